/**
 * A one-word title before a name put right, "Rep. Dana Holt" → "Sen. Dana Holt", "Sgt. Ivo
 * Lund" → "Lt. Ivo Lund": AP tells both titles as running text writes them, "Holt is a senator,
 * not a representative", rather than the bare "The correct title is senator", which leaves out
 * what was printed. Only for posts many hold (members, ranks), told with "a"/"an": a post one
 * person holds ("Mayor", "Governor") needs the body it is of, which a one-word title does not give,
 * so it keeps the older form.
 */
import { familyOrLastName } from './family-first-names';
import { titleInWords } from './names';
import { fill } from './style';

/** Posts one person holds at a body: "the mayor" of where? Not told from the title alone. */
const ONE_HOLDER =
  /^(?:mayor|governor|president|premier|chancellor|speaker|sheriff|coroner|superintendent|chief|director|secretary|minister|treasurer|attorney|principal|dean|provost|pope|king|queen|prince|princess|chairman|chairwoman|chair)$/i;

/** A post one person holds at a body ("Mayor", "Sheriff"), with no body of its own. */
export function isOneHoldersPost(word: string): boolean {
  return ONE_HOLDER.test(word);
}

export interface OneWordTitle {
  right: string;
  wrong: string;
}

/**
 * Both titles in running text when the title printed before the name is one word and the edit
 * changed just that word; null otherwise.
 */
export function oneWordTitle(printedTitle: string, before: string, after: string): OneWordTitle | null {
  if (/\s/.test(printedTitle) || /\s/.test(before.trim()) || /\s/.test(after.trim())) return null;
  const stop = /\.$/.test(printedTitle) ? '.' : '';
  if (printedTitle.replace(/\.$/, '') !== after.replace(/\.$/, '')) return null;
  const right = titleInWords(printedTitle);
  const wrong = titleInWords(`${before.replace(/\.$/, '')}${stop}`);
  const word = (w: string) => /^\p{Ll}{3,}$/u.test(w) && !ONE_HOLDER.test(w);
  // (An abbreviation not spelled out, "rep", is no word to tell a reader.)
  if (!word(right) || !word(wrong) || right === wrong || wrong.length < 4 || right.length < 4) return null;
  return { right, wrong };
}

/** "misstated Dana Holt's title. Holt is a senator, not a representative". */
export function oneWordTitlePhrase(person: string, found: OneWordTitle): string {
  const a = (w: string) => `${/^[aeiou]/i.test(w) ? 'an' : 'a'} ${w}`;
  // (fill writes the AP possessive of a name ending in s: "Ross' title".)
  return fill("misstated {name}'s title. {surname} is {right}, not {wrong}", {
    name: person,
    surname: familyOrLastName(person),
    right: a(found.right),
    wrong: a(found.wrong),
  });
}
