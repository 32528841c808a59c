/**
 * Where an edited sentence changed: both versions as tokens, and how many tokens they share at the
 * start and at the end. The title, post and credit readers (retitled-person.ts, serving-posts.ts,
 * affiliated-people.ts, credited-roles.ts, posts-of-bodies.ts, field-post-holder.ts) all begin
 * here, each with the tokens it reads by.
 */
import { plainText } from './sentences';

/** Words and marks; a stop inside an abbreviation ("U.N") stays with its word, a sentence's stop does not. */
export const WORD_OR_MARK = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;

/**
 * Words with their points ("Sen.", "Det.", "U.S.") and the marks that bound a title: how the title,
 * party and official readers read a name with its title (retitled-person.ts, party-codes.ts,
 * other-official.ts, both-titles.ts, lowercase-title-phrase.ts).
 */
export const TITLE_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[,;:"()]/gu;

/** [older tokens, newer tokens, tokens shared at the start, tokens shared at the end (not overlapping the start)]. */
export function changedSpan(older: string, newer: string, token: RegExp = WORD_OR_MARK): [string[], string[], number, number] {
  const o = plainText(older).match(token) ?? [];
  const n = plainText(newer).match(token) ?? [];
  return [o, n, ...sharedEnds(o, n)];
}

/** How many words two token lists share at the start, and at the end (not overlapping the start). */
export function sharedEnds(o: readonly string[], n: readonly string[]): [number, number] {
  let p = 0;
  while (p < o.length && p < n.length && o[p] === n[p]) p++;
  let s = 0;
  while (s < o.length - p && s < n.length - p && o[o.length - 1 - s] === n[n.length - 1 - s]) s++;
  return [p, s];
}
