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
/** Whose post it is, before it: "the", "its", "Eastvale College's". */
const WHOSE = String.raw`(?:the|a|an|its|his|her|their|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s)`;
/** "Dana Pruitt, who is Eastvale College's director of athletics," / "Dana Pruitt, the director,". */
const POST_AFTER_NAME = new RegExp(
  String.raw`(${NAME}),\s+(?:who\s+(?:is|was|serves\s+as|served\s+as)\s+)?${WHOSE}\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,5})(?=\s*[,.;]|\s*$)`,
  'u',
);

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
  const was = POST_AFTER_NAME.exec(older);
  const now = POST_AFTER_NAME.exec(newer);
  if (!was || !now || was[1] !== now[1] || was[2] === now[2]) return null;
  const person = personName(now[1]!);
  if (person.split(' ').length < 2 || looksLikeOrganization(now[1]!)) return null;
  // Nothing else changed: the sentence around the post is the same.
  const around = (s: string, m: RegExpExecArray) =>
    s.slice(0, m.index + m[0].length - m[2]!.length) + '\u0000' + s.slice(m.index + m[0].length);
  if (around(older, was) !== around(newer, now)) return null;
  // Both are posts: each ends on the noun that heads one ("director") or goes on with "of" / "for".
  const headed = (post: string) =>
    headsPost(
      post
        .split(/\s+(?:of|for)\s+/)[0]!
        .split(' ')
        .at(-1)!,
    );
  if (!headed(was[2]!) || !headed(now[2]!)) return null;
  if (samePost(stems(was[2]!), stems(now[2]!))) return null;
  return { before: was[2]!, after: now[2]! };
}
