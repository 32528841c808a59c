/**
 * A post put right in other words: "Dana Pruitt, who is Eastvale College's deputy athletic
 * director" → "… director of athletics". The words moved ("athletic director" is "director of
 * athletics"), but one went ("deputy"): the person holds another post, a title corrected. The same
 * post only reworded — the same words, turned round an "of" — is restyling, no fix.
 */
import { editDistance, looksLikeOrganization, personName } from './names';
import { plainText } from './sentences';
import { headsPost } from './whole-posts';

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+)+`;
/** Whose post it is, before it: "the", "its", "the agency's", "Eastvale College's". */
const WHOSE = String.raw`(?:[Tt]he\s+(?:[\p{L}-]+['’]s\s+)?|[Aa]n?\s+|[Ii]ts\s+|[Hh]is\s+|[Hh]er\s+|[Tt]heir\s+|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s+)`;
/** The post's own words: lowercase, "of" and "for" among them. */
const POST = String.raw`(?<post>[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,5})`;
/** "Dana Pruitt, who is Eastvale College's director of athletics," / "Dana Pruitt, the director,". */
const POST_AFTER_NAME = new RegExp(
  String.raw`(?<name>${NAME}),\s+(?:who\s+(?:is|was|serves\s+as|served\s+as)\s+)?${WHOSE}${POST}(?=\s*[,.;]|\s*$)`,
  'du',
);
/** "Eastvale College's director of athletics, Dana Pruitt, said": the post set before the name. */
const POST_BEFORE_NAME = new RegExp(String.raw`(?<![\p{L}'’-])${WHOSE}${POST},\s+(?<name>${NAME}),`, 'du');

/** Words that rank a post, whose going or coming changes it: "deputy harbor master" → "harbor master". */
const RANK = /(?:^|\s)(?:deputy|assistant|associate|acting|interim|vice|chief)\s/;

/** The words that say what the post is, each cut to its stem: "athletics" and "athletic" are one. */
function stems(post: string): string[] {
  return post
    .split(/[\s-]+/)
    .filter((w) => w && !/^(?:of|for|and|the|a|an)$/.test(w))
    .map((w) => w.replace(/s$/, ''));
}

/** Two words of one post: the same stem ("finance" / "financial"), or one mistyped. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return k >= 5 || (Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= 2);
}

/** Whether every word of one post has its match in the other: the same post, reworded. */
function samePost(was: string[], now: string[]): boolean {
  if (was.length !== now.length) return false;
  const left = [...now];
  for (const w of was) {
    const k = left.findIndex((x) => sameWord(w, x));
    if (k < 0) return false;
    left.splice(k, 1);
  }
  return true;
}

/**
 * The post beside the same person, put right in other words (`before` → `after`, whole), when
 * nothing else in the sentence changed; null when the post is only reworded or there is none.
 */
export function postReworded(olderText: string, newerText: string): { before: string; after: string } | null {
  const older = plainText(olderText);
  const newer = plainText(newerText);
  for (const frame of [POST_AFTER_NAME, POST_BEFORE_NAME]) {
    const was = frame.exec(older);
    const now = frame.exec(newer);
    if (!was?.groups || !now?.groups || was.groups.name !== now.groups.name || was.groups.post === now.groups.post) continue;
    const [before, after] = [was.groups.post!, now.groups.post!];
    const person = personName(now.groups.name!);
    if (person.split(' ').length < 2 || looksLikeOrganization(now.groups.name!)) continue;
    // Nothing else changed: the sentence around the post is the same.
    const around = (s: string, m: RegExpExecArray) => {
      const [from, to] = m.indices!.groups!.post!;
      return s.slice(0, from) + '\u0000' + s.slice(to);
    };
    if (around(older, was) !== around(newer, now)) continue;
    // Both are posts: each ends on the noun that heads one ("director"), before any "of" / "for";
    // or the two end on one noun and a rank came or went ("deputy harbor master" → "harbor master").
    const head = (post: string) =>
      post
        .split(/\s+(?:of|for)\s+/)[0]!
        .split(' ')
        .at(-1)!;
    const posts =
      (headsPost(head(before)) && headsPost(head(after))) ||
      (head(before) === head(after) && [before, after].some((p) => RANK.test(` ${p}`)));
    if (!posts || samePost(stems(before), stems(after))) continue;
    return { before, after };
  }
  return null;
}
