/**
 * A title swapped whole before the same name ("Interior Minister Ana Cruz" → "Public Ombudsman Ana
 * Cruz"): the capitals make the title look like part of a name, but the person is the same one and
 * only the post was wrong. It is told as a title put right ("misstated Ana Cruz's title. The correct
 * title is public ombudsman."), never as a different person misidentified.
 */
import { escapeRegExp, isPostNoun, isTitleWord } from './names';
import { plainText } from './sentences';

export interface SwappedTitle {
  /** The person, as the new sentence names them after the title. */
  name: string;
  /** The right title in running text: post words lower case, proper words ("White House") kept. */
  title: string;
}

const NAME_AFTER = String.raw`\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,2}\p{Lu}[\p{L}.-]*(?:['’](?!s\b)[\p{L}.-]+)?)`;

export function swappedTitle(before: string, after: string, older: string, newer: string, articleText: string): SwappedTitle | null {
  // The old words held a post ("Interior Minister"); the new ones end on one, or on a word shaped
  // like one ("Ombudsman", "Commissioner", "Secretary").
  const postLike = (w: string) => isPostNoun(w) || isTitleWord(w) || /^\p{Lu}\p{Ll}+(?:man|woman|person|er|or|ary|ist|ant|ent)$/u.test(w);
  if (!postLike(after.split(' ').at(-1) ?? '') || !before.split(' ').some((w) => isPostNoun(w) || isTitleWord(w))) return null;
  const name = new RegExp(`${escapeRegExp(after)}${NAME_AFTER}`, 'u').exec(plainText(newer))?.[1];
  if (!name || !new RegExp(`${escapeRegExp(before)}\\s+${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(plainText(older))) return null;
  // AP sets a title before a name in lower case when it stands alone; only a proper name inside it
  // ("White House") keeps its capitals: a word the article capitalizes mid-sentence elsewhere, not
  // as part of this title before this name.
  const words = after.split(' ');
  const proper = (w: string, k: number) =>
    !postLike(w) &&
    new RegExp(`\\p{Ll}[,;]?\\s+${escapeRegExp(w)}(?![\\p{L}])(?!\\s+${escapeRegExp([...words.slice(k + 1), name].join(' '))})`, 'u').test(
      plainText(articleText),
    );
  const title = words.map((w, k) => (proper(w, k) ? w : w.toLowerCase())).join(' ');
  return { name, title };
}
