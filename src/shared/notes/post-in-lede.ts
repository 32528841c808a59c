import { secondReference } from './printed-posts';
import { ledeHolder } from './delayed-identification';
import { sameRole } from './roles-beside-names';
import { printedTokens } from './topics';
import { OPENING } from './post-words';
import type { Token } from './post-words';
import { postAfter } from './post-apposition';
import { told } from './post-told';
import type { HeldPostFound } from './held-post-found';

/**
 * A post put right in a lede that names its holder only in the next sentence ("A former Dallas Police
 * Department sergeant" → "officer", delayed-identification.ts): the post is the noun phrase that holds
 * the changed words, opened by its article ("the finance minister") and headed by a post, told as the
 * person's. The opening both versions share is told once: "a Dallas Police Department officer, not a
 * sergeant".
 */
export function unnamedPostPutRight(
  a: Token[],
  b: Token[],
  span: { from: number; oldEnd: number; newEnd: number },
  older: string,
  newer: string,
  article: string,
): HeldPostFound | null {
  const name = ledeHolder(newer, article);
  if (!name) return null;
  const shift = a.length - b.length;
  for (let k = span.from; k >= 0 && k >= span.from - 6; k--) {
    if (!OPENING.test(b[k]!.text) || a[k]?.text !== b[k]!.text) continue;
    const [now, was] = [postAfter(b, k, newer), postAfter(a, k, older)];
    if (!now || !was || now.end < span.newEnd || was.end !== now.end + shift) return null;
    // (A changed head is the post itself; a changed word before an unchanged head says which one.)
    if (now.head < span.from || b[now.head]!.pos !== 'NOUN') return null;
    const [right, wrong] = [told(b.slice(k, now.end), false), told(a.slice(k, was.end), false)];
    if (!right || !wrong || right.toLowerCase() === wrong.toLowerCase() || sameRole(wrong, right)) return null;
    const former = /(?:^|\s)former\s/i.test(right) && /(?:^|\s)former\s/i.test(wrong);
    const strip = (p: string) => (former ? p.replace(/(^|\s)former\s/i, '$1') : p);
    const [r, w] = [strip(right), strip(wrong)];
    // The words both share after the article, up to the changed ones: the right post keeps them.
    const shared = span.from - k - 1 - (former ? 1 : 0);
    const wrongTold =
      shared > 0 && now.head === span.from
        ? `${w.split(' ')[0]} ${w
            .split(' ')
            .slice(1 + shared)
            .join(' ')}`
        : w;
    return {
      name,
      again: secondReference(name, article),
      right: r,
      wrong: wrongTold,
      former,
      formerPrinted: former,
      before: printedTokens(a.slice(span.from, span.oldEnd)),
      after: printedTokens(b.slice(span.from, span.newEnd)),
      titled: false,
      ownWords: '',
    };
  }
  return null;
}
