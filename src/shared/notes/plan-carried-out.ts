/**
 * A plan carried out, told in a new line where the old one stood: "Police are set to hold a press
 * conference on Friday" cut, "Police held a press conference on Friday, where …" put in its place.
 * The pairing reads that as a line removed and a line added, so the edited-line check
 * (promise-kept.ts) never saw the two together and the note fell to "details on" the subject. Here
 * each line cut is held against the line added: when the added one does what the cut one planned,
 * by the same subject, the act done is the news, told as a short clause (news-clause.ts).
 */
import { promiseKept } from './promise-kept';
import { compressClause } from './news-clause';

/** The act done, as a clause, when one of the cut lines planned what the added line did; '' otherwise. */
export function carriedOutPlan(added: string, cutLines: string[], articleText: string): string {
  for (const cut of cutLines) {
    const done = promiseKept(cut, added);
    if (!done) continue;
    const told = compressClause(done, articleText);
    if (told?.clause) return told.clause;
  }
  return '';
}
