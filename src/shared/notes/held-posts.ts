/**
 * A post put right, read with the person who holds it from the sentence's structure, and told whole.
 *
 * The title readers each looked for a post by one sentence shape and took the nearest name for its
 * holder, so on unseen copy a post changed in one apposition was given to the person named in another
 * ("misstated Matthias Müller's title" for "chairman Hans Dieter Pötsch"), a post word inside a
 * longer post was dropped or read as a name ("It is Senate, not Chamber", "commander of Brigade",
 * "Investigator is an NTSB senior"), and a post word added or a body inside the post put right
 * ("the deputy crown prince", "Volkswagen's supervisory board") was read as rewording and got no note.
 *
 * This reader finds the tokens the edit changed (wink-nlp's tokens, the same prefix and suffix cut off
 * both versions) and the noun phrase that holds them, attached to a person by the apposition that
 * sets a post beside a name — `POST NAME` (a run before the name), `NAME, POST (of BODY)`,
 * `POST (of BODY), NAME`, and `NAME is/was/became POST`, `NAME, sworn in as POST`, `NAME, who is POST`
 * — never by distance. The post is read whole: its article or owner, its modifiers, its head (a word
 * that holds a post: names.ts' lists, or a noun compromise reads as a person's role) and the body
 * after its "of", "for", "at" or "with" (a run of capitals with its number, "Brigade 23", "the
 * Chamber of Deputies", or an owner's nouns, "Volkswagen's supervisory board"). Both versions' posts
 * are told as printed, with the article the post takes and honorifics ("Dr") left out; a body both
 * share is told once ("an energy and climate scholar at the …, not its director"), a post both share
 * is told with the bodies that differ ("the acting president of the Senate, not of the Chamber of
 * Deputies").
 *
 * The reader's parts, one idea each: the words of a post phrase (post-words.ts), where a post stands
 * beside a name (post-apposition.ts), the holder read from a run of capitals (post-holder.ts), a post
 * as a note tells it (post-told.ts), what two posts share told once (post-body-shared.ts), a post and
 * its second (post-and-second.ts), a post in a lede that names its holder later (post-in-lede.ts),
 * the note's phrase (held-post-phrase.ts) and the check of another reader's phrase (held-post-agrees.ts).
 */
import { postLike } from './both-titles';
import { sharedEnds } from './changed-span';
import { editDistance, isAcronym, isJurisdiction, isOrgWord, isPostWord, nameRuns } from './names';
import { secondReference } from './printed-posts';
import { isStopword } from './edits';
import { isRoleNoun, sameRole } from './roles-beside-names';
import { toldInTense } from './post-tense';
import { plainText } from './sentences';
import { nameInFull } from './surname-in-full';
import { printedTokens, tagged } from './topics';
import { BODY_LINK, BODY_LINK_AT, OPENING, headsPost, hyphenedHeldBefore, wordy } from './post-words';
import type { Token } from './post-words';
import { nameAt, postBeside } from './post-apposition';
import { capitalsAsPrinted, sentenceCapitalLowered, told } from './post-told';
import { ROYAL, holderOf } from './post-holder';
import { oneWithItsSecond } from './post-and-second';
import { bodyToldOnce, shared } from './post-body-shared';
import { unnamedPostPutRight } from './post-in-lede';
import { heldPostPhrase } from './held-post-phrase';
import { heldPostAgrees } from './held-post-agrees';
import type { HeldPostFound } from './held-post-found';
export { heldPostPhrase } from './held-post-phrase';
export type { HeldPost, HeldPostFound } from './held-post-found';

/** The words each version changed: the tokens left when the shared opening and close are cut. */
function changedSpan(a: Token[], b: Token[]): { from: number; oldEnd: number; newEnd: number } | null {
  const [p, s] = sharedEnds(
    a.map((t) => t.text),
    b.map((t) => t.text),
  );
  const [oldEnd, newEnd] = [a.length - s, b.length - s];
  if (oldEnd === p && newEnd === p) return null;
  if (oldEnd - p > 8 || newEnd - p > 8) return null;
  return { from: p, oldEnd, newEnd };
}

/**
 * The post put right in one sentence and its holder, read from the apposition; null when the
 * changed words stand in no post set beside a person's name in both versions.
 */
export function heldPostPutRight(older: string, newer: string, article: string): HeldPostFound | null {
  const [a, b] = [tagged(older), tagged(newer)];
  const span = changedSpan(a, b);
  if (!span) return null;
  const shift = a.length - b.length;
  // (A name re-spelled, "Acqua" → "Acquah", is a name put right, not a post.)
  const [before, after] = [printedTokens(a.slice(span.from, span.oldEnd)), printedTokens(b.slice(span.from, span.newEnd))];
  // (An acronym for another body, "TPA" → "CGA", is no spelling.)
  const respelled = !isAcronym(before) && editDistance(before, after) <= Math.max(2, before.length / 3);
  if (/^\p{Lu}/u.test(before) && /^\p{Lu}/u.test(after) && respelled) return null;
  // (A slip put right is no post put right: an apostrophe or a space, "the" dropped, a word doubled.)
  const letters = (ts: Token[]) =>
    printedTokens(ts)
      .replace(/[^\p{L}\p{N}]/gu, '')
      .toLowerCase();
  const content = (ts: Token[]) =>
    [
      ...new Set(
        ts.filter((t) => (wordy(t) || t.pos === 'NUM') && !['DET', 'ADP', 'PART', 'CCONJ', 'PRON'].includes(t.pos)).map((t) => t.lower),
      ),
    ]
      .sort()
      .join(' ');
  if (letters(a) === letters(b) || content(a) === content(b)) return null;
  const runs = nameRuns(newer);
  for (const [i, run] of runs.entries()) {
    // ("Head coach of … side Harwick Rovers, Piet Olander": a run after a lowercase word that holds no
    // post, set by the comma before a person, is the body of that person's post, never its holder;
    // "Punjab Information Minister Azma Bokhari, Mr Khan …" is a titled name.)
    const next = runs[i + 1];
    const word = /(\p{L}+) $/u.exec(newer.slice(Math.max(0, run.start - 30), run.start))?.[1] ?? '';
    const body = /^\p{Ll}/u.test(word) && !isStopword(word) && !isPostWord(word) && !isRoleNoun(word);
    if (body && next && newer.slice(run.end, next.start) === ', ' && holderOf(next.text) === next.text) continue;
    // ("Munster captain Beirne": a surname alone stands for the person the article names in full, "Tadhg Beirne".)
    // ("Director of Campus Safety Mark Welker": a run after a post's link opens on the body's last words.)
    const afterLink = /\b(?:of|for) $/.test(newer.slice(Math.max(0, run.start - 4), run.start));
    const printed = holderOf(run.text, afterLink) || (isPostWord(run.text.toLowerCase()) ? '' : run.text);
    const name = printed === run.text && !printed.includes(' ') ? holderOf(nameInFull(printed, article)) : printed;
    if (!name || !older.includes(printed)) continue;
    const [atNew, atOld] = [nameAt(b, printed), nameAt(a, printed)];
    if (!atNew || !atOld) continue;
    // (The name stands outside the changed words: a name put right is another fix.)
    if (atNew[1] > span.from && atNew[0] < span.newEnd) continue;
    for (const post of postBeside(b, atNew, newer)) {
      // The changed words lie inside the post; the same post stands beside the name in the older version.
      if (post.start > span.from || post.end < span.newEnd) continue;
      const oldFound = postBeside(a, atOld, older).find((p) => p.start === post.start && p.end === post.end + shift);
      if (!oldFound) continue;
      const [now, was] = [b.slice(post.start, post.end), a.slice(post.start, post.end + shift)];
      // The owner both titles open on ("Punjab", "Tempe police"), up to the post's own words: told once, with the right post.
      let owner = 0;
      // (In a run the paper printed partly in lower case, its shared capitals are the owner's name whole:
      // "National Public Health Service" before "director".)
      // (Nor is the post's own head an owner's: "Minister for Justice and Equality".)
      const mixed = now.some((t) => /^\p{Ll}/u.test(t.text) && !['ADP', 'CCONJ'].includes(t.pos));
      // ("Garrett County Health Officer": a county after its place's name is the owner's too.)
      const owns = (t: Token) =>
        (!postLike(t.text) || (mixed && /^\p{Lu}/u.test(t.text)) || (isJurisdiction(t.text) && /^\p{Lu}/u.test(t.text))) &&
        !(BODY_LINK.test(now[now.indexOf(t) + 1]?.text ?? '') && headsPost(t.text, newer));
      while (post.titled && owner < Math.min(now.length, was.length) - 1 && now[owner]!.text === was[owner]!.text && owns(now[owner]!))
        owner++;
      // ("National Intelligence Service Deputy Director": the shared capitals up to a body's word, "Service",
      // are the owner's name whole, whatever post words are inside it.)
      if (post.titled) {
        let same = 0;
        while (same < Math.min(now.length, was.length) - 1 && now[same]!.text === was[same]!.text) same++;
        for (let q = same - 1; q >= owner; q--)
          if (isOrgWord(now[q]!.text) && now.slice(0, q + 1).every((t) => /^\p{Lu}/u.test(t.text))) {
            owner = q + 1;
            break;
          }
      }
      let right = told(now, post.titled, owner, article);
      // (An owner in lower case, "board member" → "board clerk", is the post's own word and stays in both.)
      const named = owner > 0 && /^\p{Lu}/u.test(now[0]!.text);
      // (The owner's county kept with the wrong post, lowered: "not the county attorney".)
      const from = owner > 1 && isJurisdiction(now[owner - 1]!.text) ? owner - 1 : owner;
      let wrong = named ? told(was.slice(from), true, 0, article) : told(was, post.titled, 0, article);
      // (Two fields after "for" told alike: both lowered, "for public information", or both as printed.)
      const fieldCase = (p: string) => /\bfor (?:the )?(\p{Lu})?/u.exec(p)?.[1] !== undefined;
      if (/\bfor /.test(right) && /\bfor /.test(wrong) && fieldCase(right) !== fieldCase(wrong)) {
        right = told(now, post.titled, owner, article, false);
        wrong = named ? told(was.slice(from), true, 0, article, false) : told(was, post.titled, 0, article, false);
      }
      // ("the director, not a deputy director": a post under the same head as the right one is the same office's.)
      if (named && right.startsWith('the ') && right.split(' ').at(-1) === wrong.split(' ').at(-1)) wrong = wrong.replace(/^an? /, 'the ');
      if (!right || !wrong || right.toLowerCase() === wrong.toLowerCase() || sameRole(wrong, right)) continue;
      // (A named body put right after an unchanged post, "a researcher at Corvane" → "at Helix Labs", is
      // where the person works, told by its own reader; a body's kind, "management board", is the post's.)
      const head = b.findIndex((t, k) => k >= post.start && BODY_LINK.test(t.text));
      if (!post.titled && head >= 0 && span.from > head && /^\p{Lu}/u.test(after || before)) continue;
      [right, wrong] = [capitalsAsPrinted(right, article), capitalsAsPrinted(wrong, article)];
      // ("Associate medical officer of health Dr. …" opening the sentence: the capital is the sentence's.)
      // (A shared owner opening the sentence, "Federal", is left to the readers that tell the post without it.)
      if (post.start === 0 && !owner) [right, wrong] = [right, wrong].map((p) => sentenceCapitalLowered(p, article)) as [string, string];
      // ("the former commander …, not its former deputy commander": a post both versions call former is
      // told once, by "was", and never as "the former commander".)
      const formerIn = (post: string) => /(?:^|\s)(?:former|ex-)\s?/i.test(post);
      const formerBoth = formerIn(right) && formerIn(wrong);
      if (formerBoth) [right, wrong] = [right, wrong].map((p) => p.replace(/(^|\s)(?:former|ex-)\s?/i, '$1')) as [string, string];
      [right, wrong] = oneWithItsSecond(right, wrong, named);
      const words = name.split(' ');
      return {
        name,
        again: ROYAL.test(words[0]!) ? words.slice(0, 2).join(' ') : secondReference(name, article),
        // (A named body after the link both titles share, "Head coach of Ghana Premier League side
        // Ashantigold", told once: "…, not its head coach".)
        ...(post.titled ? bodyToldOnce(right, wrong) : shared(right, wrong)),
        before,
        after,
        titled: post.titled,
        former:
          formerBoth ||
          /^(?:former|ex|late)$/i.test(b[post.start - 1]?.text ?? '') ||
          /^(?:former|ex|late)$/i.test(b[post.start]?.text ?? '') ||
          hyphenedHeldBefore(b, post.start),
        formerPrinted: formerBoth || /^(?:former|ex)$/i.test(b[post.start - 1]?.text ?? '') || hyphenedHeldBefore(b, post.start),
        // (The post's own words as printed in lower case before its link, past the owner: "board member".)
        ownWords: now
          .slice(named ? owner : 0, BODY_LINK_AT(now))
          // (An owner's possessive, "the port's", is the owner's, not the post's.)
          .filter(
            (t, k, all) =>
              /^\p{Ll}/u.test(t.text) &&
              !OPENING.test(t.text) &&
              !/^(?:former|ex)$/i.test(t.text) &&
              !/^['’]s$/.test(all[k + 1]?.text ?? ''),
          )
          .map((t) => t.lower)
          .join(' '),
      };
    }
  }
  return unnamedPostPutRight(a, b, span, older, newer, article);
}
/**
 * A correction phrase checked against the post and holder the sentence's apposition gives: as it
 * came when they agree or no post beside a name was put right, else the structure's telling in the
 * tense the post is held in. `grounded` is the writer's test that the holder is the article's.
 */
export function postAsHeld(phrase: string, older: string, newer: string, article: string, grounded: (name: string) => boolean): string {
  const found = heldPostPutRight(plainText(older), plainText(newer), article);
  if (!found || !grounded(found.name) || heldPostAgrees(phrase, found)) return phrase;
  return toldInTense(heldPostPhrase(found), older, newer);
}
