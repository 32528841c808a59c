/**
 * The holder of a post, read from a run of capitals beside it: a name of two words or more with no
 * post or body word in it ("Safety Investigator" is none), a body's words run into the name cut
 * ("Campus Safety Mark Welker" → "Mark Welker"), and a royal's second reference ("Prince Mohammad").
 */
import nlp from 'compromise';
import { isOrgWord, isPostWord, isTitleWord, personName } from './names';

/** A royal or noble title opening a name: "Prince Mohammad bin Salman" is "Prince Mohammad" again. */
export const ROYAL = /^(?:Prince|Princess|King|Queen|Sheikh|Sheikha|Emir|Sultan|Lord|Lady|Sir|Dame)$/;

/** The holder's name: a run of two words or more, no post or body word in it ("Safety Investigator" is none). */
export function holderOf(run: string, afterLink = false): string {
  let name = personName(run).replace(/['’]$/, '');
  if (afterLink) name = bodyWordsCut(name);
  const words = run.split(' ');
  // ("Dean Sidelinger": a given name that is also a title word, read by compromise as a given name.)
  // ("Dr. Dean Sidelinger": a given name that is also a title word, read by compromise as a person's.)
  const pair = words.slice(-2).join(' ');
  const person = () => ((nlp(pair).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []).includes('Person');
  if (name.split(' ').length < 2 && words.length >= 2 && isTitleWord(words.at(-2)!) && person()) name = pair;
  const parts = name.split(' ');
  const given = name === pair && name !== personName(run);
  if (parts.length < 2 || parts.some((w, k) => (isPostWord(w) && !(given && k === 0)) || isOrgWord(w)) || /^\p{Lu}{2,}$/u.test(parts[0]!))
    return '';
  return name;
}

/**
 * A body's last words run into the name after it ("Director of Campus Safety Mark Welker": the run
 * after "of" is "Campus Safety Mark Welker"): the words before the one compromise reads as a given
 * name, none of them read as a person's, are the body's and cut.
 */
function bodyWordsCut(name: string): string {
  const words = name.split(' ');
  const tags = (nlp(name).json() as { terms: { tags: string[] }[] }[]).flatMap((s) => s.terms.map((t) => t.tags));
  if (tags.length !== words.length) return name;
  const first = tags.findIndex((t) => t.includes('FirstName'));
  if (first < 1 || words.length - first < 2) return name;
  return tags.slice(0, first).every((t) => !t.includes('Person')) ? words.slice(first).join(' ') : name;
}
