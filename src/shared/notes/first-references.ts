/**
 * An unnamed speaker on second reference. Copy introduces a source it does not name once — "One
 * senior official said …", "a law enforcement officer told reporters" — and then calls them "the
 * official". At an article's end, "misquoted the official" points at no one; the note names them
 * as the article first did: "misquoted a senior official".
 */
import { isStopword } from './edits';
import { escapeRegExp, isPostNoun } from './names';
import { plainText } from './sentences';

/** Unnamed people a story quotes that no post names: "a source", "a diplomat". */
const UNNAMED = /^(?:source|diplomat|staffer|employee|trooper|detective|officer|official|insider)$/;

/**
 * The article's indefinite reference to the one `described` names on second reference ("the
 * official" → "a senior official"). With `line`, the one the article introduced last before that
 * line (a second official, once introduced, is the one "the official" then means); without it,
 * only when the article introduces one such person, in one way. '' when there is none.
 */
export function firstReference(described: string, articleText: string, line = ''): string {
  const m = /^the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/iu.exec(described.trim());
  // A person, never a body or a thing: "the official", not "the company".
  if (!m || !(isPostNoun(m[1]!.split(/\s+/).at(-1)!) || UNNAMED.test(m[1]!.split(/\s+/).at(-1)!))) return '';
  const noun = m[1]!;
  // The noun ends the reference: "an official said", "a senior official familiar with …", never
  // "an official report".
  const intro = new RegExp(
    String.raw`(?<![\p{L}])(?:[Oo]ne|[Aa]n?)\s+((?:[\p{L}.’'-]+\s+){0,4}?)${escapeRegExp(noun)}(?=\s*[,.;:]|\s+(?:said|says|told|who|with|from|at|for|in|of|on|familiar|close|speaking|briefed|involved|\p{Ll}+ed)\b)`,
    'gu',
  );
  const text = plainText(articleText);
  const at = line ? text.indexOf(plainText(line)) : -1;
  const seen = new Set<string>();
  let last = '';
  for (const found of (at > 0 ? text.slice(0, at) : text).matchAll(intro)) {
    const all = found[1]!.trim().split(/\s+/).filter(Boolean);
    // ("a day when one senior official": the reference opens at its own article.)
    const words = all.slice(all.findLastIndex((w) => /^(?:one|a|an)$/i.test(w)) + 1);
    // (The words between are what kind of one: "senior", "law enforcement" — no clause: "a man who shot an official".)
    if (words.some((w) => isStopword(w))) continue;
    last = [...words, noun].join(' ');
    seen.add(last);
  }
  if (!last || (at <= 0 && seen.size !== 1)) return '';
  const phrase = at > 0 ? last : [...seen][0]!;
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** "a senior transit official" on second reference: "the official"; '' for anything but an indefinite description. */
export function secondReference(described: string): string {
  const m = /^(?:an?|one)\s+(?:[\p{L}.’'-]+\s+){0,4}?(\p{Ll}+)$/iu.exec(described.trim());
  return m && !/\p{Lu}/u.test(m[1]!) ? `the ${m[1]}` : '';
}
