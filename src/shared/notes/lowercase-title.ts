/**
 * A post set before a name in lower case, as many papers print it ("Federal health minister Omar
 * Dalt" → "Federal minister of state for housing Omar Dalt"): the capitals that mark a title are
 * missing, so the words of the new post read as material added ("details on …"). When the words
 * that changed, old and new, each hold a post word and end right before the same name, the post was
 * put right: the person's title, told as the new version prints it.
 */
import { isPostNoun, isTitleWord } from './names';

/** A post word printed in lower case: "minister", "secretary", "chief". */
const post = (w: string) => /^\p{Ll}/u.test(w) && (isTitleWord(w) || isPostNoun(w));
const capital = (w: string) => /^\p{Lu}/u.test(w);
/** Lower-case words of a post, with a body or place after "of"/"for" kept ("of state for PMO"). */
const postWords = (span: string[]) =>
  span.length > 0 &&
  span.length <= 7 &&
  span.some(post) &&
  span.every((w, i) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) || (capital(w) && /^(?:of|for)$/.test(span[i - 1] ?? '') && /^[\p{L}]+$/u.test(w)));

export interface LowercaseTitle {
  name: string;
  wrong: string;
  right: string;
}

/**
 * The person and both posts, when the tokens that changed (`o`/`n` between the common opening `p`
 * and the common ending `s`) are a lower-case post standing right before a name of two or three
 * capitalized words; null otherwise.
 */
export function lowercaseTitleBeforeName(o: string[], n: string[], p: number, s: number): LowercaseTitle | null {
  const oldSpan = o.slice(p, o.length - s);
  const newSpan = n.slice(p, n.length - s);
  if (!postWords(oldSpan) || !postWords(newSpan)) return null;
  // The name: the capitalized words the common ending opens with, a lower-case word after them.
  const tail = n.slice(n.length - s);
  let k = 0;
  // A possessive ends the name and is no part of it: "director Ana Ruiz's film" names Ana Ruiz.
  while (k < tail.length && capital(tail[k]!) && /^[\p{L}'’-]+\.?$/u.test(tail[k]!)) if (/['’]s?$/u.test(tail[k++]!)) break;
  const name = tail.slice(0, k).map((w) => w.replace(/\.$/, '').replace(/['’]s?$/u, ''));
  if (name.length < 2 || name.length > 3 || name.some((w) => isTitleWord(w) || isPostNoun(w))) return null;
  return { name: name.join(' '), wrong: oldSpan.join(' '), right: newSpan.join(' ') };
}
