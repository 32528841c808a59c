/**
 * What an office or a body does that is news of its own, beyond the verbs news-clause.ts knows:
 * "the county extended the comment period", "the mayor's office pulled the notice", "inspectors
 * arrived to oversee the repairs", "the board created a committee". Told as "the news that …",
 * never "additional details". Only verbs of a deed done: "said", "added", "felt" are not here.
 */
const OFFICE_ACTION =
  /\b(?:extended|pulled|removed|revoked|rescinded|waived|expanded|relocated|arrived|created|formed|established|set up|took down|taken down|sent|filed|dissolved|merged|acquired|renamed|reinstated|terminated|evicted|demolished)\b/i;

/** Whether a clause tells a deed an office or a body did ("extended the comment period by 30 days"). */
export function tellsOfficeAction(clause: string): boolean {
  return OFFICE_ACTION.test(clause);
}

/** The deeds a clause tells, as words: an old line about the same things without the deed is no background for it. */
export function officeActionWords(clause: string): string[] {
  return [...clause.matchAll(new RegExp(OFFICE_ACTION.source, 'gi'))].map((m) => m[0]);
}
