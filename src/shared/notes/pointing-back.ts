/**
 * A clause that points back at the sentence before it for its content: "This sentiment was echoed by
 * Dr. X", "The same was true of …", "That view was shared by the mayor". Lifted into a note it tells
 * the reader that someone agreed with something the note does not say, so it ranks below any clause
 * with content of its own (ranked-news.ts), as a pronoun subject no one names does. Read from the
 * structure: a subject opened by a demonstrative ("this", "that", "these", "those", "such") or
 * "the same", or a verb of agreeing with what was said before ("echoed", "seconded", "reiterated").
 */
import { tagged } from './topics';

/** A verb whose object is what someone else said before: its content is elsewhere. */
const ECHOING = /^(?:echo(?:ed|es)?|second(?:ed|s)?|reiterat(?:ed|es?)|concurred)$/;
/** "the same" as a subject, or owning one ("the same concern"). */
const THE_SAME = /^the\s+same\b/i;

/** Does the clause's content lie in the copy before it? */
export function pointsBack(clause: string): boolean {
  const tokens = tagged(clause);
  const first = tokens[0];
  if (!first) return false;
  if (THE_SAME.test(clause.trim())) return true;
  // (A demonstrative subject with a noun after it: "This sentiment was …", not "That is why …".)
  if (/^(?:this|that|these|those|such)$/.test(first.lower) && tokens[1]?.pos === 'NOUN') return true;
  return tokens.some((tk) => tk.pos === 'VERB' && ECHOING.test(tk.lower));
}

/** "… was echoed by Dr. Andrew Agwunobi, …": the voice that agreed, named after "by" ('' when none). */
const ECHOED_BY = /\b(?:echo(?:ed)?|second(?:ed)?|reiterated|shared)\s+by\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*\p{L})/u;

/**
 * Who echoed the sentence before: a clause pointing back still names the voice of the copy added
 * after it, so the note credits that voice rather than telling the echo.
 */
export function echoedBy(clause: string): string {
  return pointsBack(clause) ? (ECHOED_BY.exec(clause)?.[1] ?? '') : '';
}
