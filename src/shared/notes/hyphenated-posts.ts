/**
 * A post written with a hyphen is one post: "vice-president", "vice-chairman", "deputy-governor",
 * "co-chair". British and many foreign desks hyphenate what American copy spaces ("vice president"),
 * so "the agency's vice-president" → "the agency's president" is a title put right, as the spaced
 * form is — never a hyphen's restyle. Only a word whose last part is a post, with a post's
 * qualifier before it, counts: "well-kept", "state-owned", "first-time" are no posts.
 */
import { isTitleWord } from './names';
import { isPostQualifier } from './title-qualifiers';

/** Prefixes that make another holder of the post: "co-chair", "ex-president", "sub-editor". */
const POST_PREFIX = /^(?:co|ex|sub|under|pro)$/i;

/** "vice-president", "co-chair", "deputy-director": a post in one hyphenated word. */
export function isHyphenatedPost(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || parts.some((p) => !p)) return false;
  const last = parts[parts.length - 1]!;
  return (
    isTitleWord(last) &&
    !isPostQualifier(last) &&
    parts.slice(0, -1).every((p) => POST_PREFIX.test(p) || isPostQualifier(p) || isTitleWord(p))
  );
}
