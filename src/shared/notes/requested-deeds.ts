/**
 * "… called on the port director to testify before the panel on April 22": a date closing a
 * request to do something dates the deed asked for, which lies after the asking, so the note says
 * "It is April 22" rather than "It was", which would date the request (review 13a). Only a verb of
 * asking, its object, and "to <verb>"; "said he would testify" or "agreed to testify" ask no one.
 */

const ASKED = /\b(?:called on|called upon|asked|urged|invited|summoned|pressed|subpoenaed)\s+(?:\S+\s+){1,6}?to\s+\p{Ll}+/u;

/** Whether the dated clause is a request whose asked-for deed the date belongs to. */
export function datesRequestedDeed(clause: string): boolean {
  return ASKED.test(clause);
}
