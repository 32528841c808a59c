/**
 * A post's qualifier put right in a title set before a name, with the body the post is of:
 * "former Deputy Secretary of Commerce and board co-chair Lena Harrow" → "former Under Secretary
 * of Commerce …". The word that says which holder is meant ("Deputy", "Under", "Assistant",
 * "Vice") changed; the post word after it ("Secretary") stayed. That is a title put right, never a
 * name misspelled, and the note tells both posts whole, with "former" kept when the article gives
 * it: "Harrow is a former under secretary of commerce, not a former deputy secretary of commerce".
 */
import { familyOrLastName } from './family-first-names';
import { escapeRegExp, isTitleWord, nameRuns, personName } from './names';
import { isPostQualifier } from './title-qualifiers';
import { withArticle } from './same-person-title';
import { fill } from './style';

/** "Under", "Deputy", "Vice", "Assistant": a word that says which holder of a post is meant. */
const qualifier = (word: string) => /^\p{Lu}/u.test(word) && (isPostQualifier(word) || isTitleWord(word) || /^(?:Under|Co)$/.test(word));

/**
 * Whether the one capitalized word put right (`was` → `now`) qualifies the same post word after it
 * in both versions ("Deputy | Secretary" → "Under | Secretary").
 */
export function postQualifierPutRight(was: string[], now: string[], nextOld: string, nextNew: string): boolean {
  if (was.length !== 1 || now.length !== 1 || !qualifier(was[0]!) || !qualifier(now[0]!)) return false;
  return nextOld === nextNew && /^\p{Lu}/u.test(nextNew) && isTitleWord(nextNew);
}

/** A post as running text prints it: "under secretary of commerce" (the body's name keeps its capital only when it is no plain word). */
const inWords = (post: string) => post.replace(/\b\p{Lu}[\p{Ll}.-]*/gu, (w) => w.toLowerCase());

/** The post that opens with `word` in `sentence`: its capitals, and "of …" the body it is of. */
function postFrom(sentence: string, word: string): { post: string; end: number; former: boolean } | null {
  const m = new RegExp(`(former\\s+|ex-)?\\b${escapeRegExp(word)}((?:\\s+(?:of|for|the|\\p{Lu}[\\p{L}.-]*))*)`, 'u').exec(sentence);
  if (!m) return null;
  const words = `${word}${m[2] ?? ''}`.split(/\s+/);
  // (A post ends on its own words, never on "of" or "the" before what follows.)
  while (words.length > 1 && /^(?:of|for|the)$/.test(words.at(-1)!)) words.pop();
  // (The name after the post is no part of it: stop at the first capital that begins a person's name.)
  const cut = words.findIndex(
    (w, k) => k > 0 && /^\p{Lu}/u.test(w) && !isTitleWord(w) && personName(words.slice(k).join(' ')).split(' ').length >= 2,
  );
  const post = (cut > 0 ? words.slice(0, cut) : words).join(' ');
  return { post, end: m.index + m[0].length, former: !!m[1] };
}

/**
 * "misstated Lena Harrow's title. Harrow is a former under secretary of commerce, not a former
 * deputy secretary of commerce", or '' when the edit is no such qualifier or no person follows.
 */
export function qualifiedPostPhrase(older: string, newer: string, before: string, after: string): string {
  // (Only a qualifier of a post: "Ottawa correspondent" → "Europe editor" names places, told elsewhere.)
  if (!qualifier(before.trim()) || !qualifier(after.trim())) return '';
  const now = postFrom(newer, after);
  const was = postFrom(older, before);
  if (!now || !was) return '';
  // The person the post is held by: the first full name after the post.
  const run = nameRuns(newer).find(
    (r) => r.start >= now.end - now.post.length && personName(r.text).split(' ').length >= 2 && !r.words.includes(after),
  );
  const name = run ? personName(run.text) : '';
  if (!name) return '';
  const told = (post: string, former: boolean) => (former ? `a former ${inWords(post)}` : withArticle(inWords(post)));
  return fill("misstated {name}'s title. {surname} is {right}, not {wrong}", {
    name,
    surname: familyOrLastName(name),
    right: told(now.post, now.former),
    wrong: told(was.post, was.former),
  });
}
