/**
 * Whom a descriptive appositive describes: in "the driver, a 22-year veteran of the agency" and "the
 * victim, a 45-year-old mother of two", the span and the age are the driver's and the victim's — the
 * noun phrase before the comma — not "the veteran's" or "the mother's", which are the appositive's own
 * words. Read from the text before "a"/"an": "the", up to two lowercase words, a comma. '' otherwise.
 */
import { tagged } from './topics';

/** "the driver" for text ending "… the driver, a "; ''. */
export function appositiveOwner(before: string): string {
  const m = /(?:^|[\s,])([Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*),\s+(?:a|an)\s+$/u.exec(before);
  if (!m) return '';
  // Its last word a noun (wink-nlp's tags): "the driver", not "the same, a".
  return tagged(m[1]!).at(-1)?.pos === 'NOUN' ? m[1]!.replace(/^The\s/, 'the ') : '';
}
