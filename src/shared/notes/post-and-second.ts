import { manyHold } from './multiword-posts';

/**
 * A post and its second told as a pair ("captain" and "vice-captain", "medical officer of health" and
 * "associate medical officer of health"): a post that has a vice, deputy or assistant under it is the
 * body's one, told with "the" — "its" after an owner the right post names ("the Munster captain, not
 * its vice-captain") — never "a", which would make it one of many.
 */
/** The qualifiers that make a post the second under another ("vice-captain", "deputy director"); "chief" ranks above. */
const SECOND = /^(?:vice|deputy|assistant|associate|under)$/i;

export function oneWithItsSecond(right: string, wrong: string, owned: boolean): [string, string] {
  const one = (post: string, own: boolean) => (/^an? /.test(post) ? post.replace(/^an? /, own ? 'its ' : 'the ') : post);
  if (secondOf(wrong, right)) return [one(right, false), owned ? wrong.replace(/^(?:an?|the) /, 'its ') : wrong];
  if (secondOf(right, wrong)) return [right, one(wrong, owned && right.startsWith('the '))];
  return [right, wrong];
}

/** Is `second` the post under `first` ("vice-captain" under "captain"), both told with their articles? */
export function secondOf(second: string, first: string): boolean {
  const bare = (post: string) => post.replace(/^(?:an?|the|its) /, '');
  // (A county kept before the wrong post is the owner's, "county deputy health officer".)
  const [s, f] = [bare(second).replace(/^(?:county|city|state) /, ''), bare(first)];
  const m = /^(\S+?)(?: |-)(.+)$/.exec(s);
  // (Two qualified posts, "assistant professor" and "associate professor", are neither the other's second.)
  if (!m || !SECOND.test(m[1]!) || SECOND.test(f.split(/[ -]/)[0]!)) return false;
  return (m[2] === f || f.endsWith(` ${m[2]}`)) && !(!/ (?:of|for) /.test(f) && manyHold(f.split(' ')));
}
