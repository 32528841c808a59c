/**
 * Kin told wrongly ("his older brother" → "his younger brother", "the daughter of" → "the niece
 * of"): the fix is the relationship of one person to another, named by both their names, never
 * "referred to his older brother" — a reader at the article's end has no "his" to read.
 */
import { nameRuns, personName, looksLikeOrganization } from './names';

/** The last person named in `text` by at least two words ("Ravi Dunmore"), or ''. */
function lastPerson(text: string): string {
  const people = nameRuns(text)
    .map((r) => personName(r.text))
    .filter((n) => n.split(' ').length >= 2 && !looksLikeOrganization(n));
  return people[people.length - 1] ?? '';
}

/**
 * The relationship put right, as "misstated the relationship of A to B. A is B's younger brother",
 * when the sentence names both sides: "B and his younger brother, A", "B's younger brother, A",
 * "A, the younger brother of B". `kin` is the kin words as the newer sentence prints them
 * ("younger brother"). Null when either side goes unnamed.
 */
export function kinRelation(newer: string, kin: string): string | null {
  const at = newer.indexOf(kin);
  if (at < 0) return null;
  const head = newer.slice(0, at);
  const tail = newer.slice(at + kin.length);
  // "A, the younger brother of B" / "A, a younger brother of B".
  const of = /^\s+of\s+((?:\p{Lu}[\p{L}'’.-]*\s*){2,4})/u.exec(tail);
  const opener = /((?:\p{Lu}[\p{L}'’.-]*\s*){2,4}),\s+(?:the|a|an)\s+$/u.exec(head);
  if (of && opener) {
    const [who, whom] = [personName(opener[1]!.trim()), personName(of[1]!.trim())];
    if (who && whom) return `misstated the relationship of ${who} to ${whom}. ${who} is the ${kin} of ${whom}`;
  }
  // "B and his younger brother, A" / "B's younger brother, A".
  const named = /^,\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/u.exec(tail);
  const owner = /(?:\b(?:his|her|their)|['’]s?)\s+$/.exec(head);
  if (named && owner) {
    const whom = /['’]s?\s+$/.test(owner[0]) ? lastPerson(head.slice(0, owner.index + 1)) : lastPerson(head);
    // (A name that ends the sentence leaves its stop behind: "…, Tarek.")
    const who = named[1]!.trim().replace(/(\p{L}{2,})\.$/u, '$1');
    if (whom && who && !whom.includes(who)) return `misstated the relationship of ${who} to ${whom}. ${who} is ${whom}'s ${kin}`;
  }
  return null;
}
