/**
 * A post's field put right in running text, its holder named by a pronoun or by the clause the post
 * sits in: "As shadow transport secretary, he had called for …" → "As shadow housing secretary, he
 * …", "Dorren, who as trade minister had signed the deal, …" → "… as energy minister …". The field
 * ("transport", "housing": portfolios.ts) names which post, the head ("secretary") stays, and the
 * person is the one the sentence names, or the one person the sentences just before name in full
 * when the sentence says only "he" or "she". The note names them and gives both posts whole:
 * "misstated Tom Aldane's title. Aldane was shadow housing secretary, not shadow transport
 * secretary" — "was" when the post is told as one held before ("former", "as … had").
 */
import { isPostNoun, isTitleWord, looksLikeOrganization, nameRuns, personName } from './names';
import { isPortfolio, isPortfolioLink } from './portfolios';
import { isPostQualifier } from './title-qualifiers';
import { onePerson } from './pronoun-person';
import { sentencesInReach } from './referents';
import { plainText } from './sentences';
import { changedSpan } from './changed-span';
import type { FieldPutRight } from './post-fields';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu;
/** A word a post in running text is made of before its head: a field, "shadow", a rank. */
const fieldWord = (w: string) => /^\p{Ll}/u.test(w) && (isPortfolio(w) || isPortfolioLink(w) || isPostQualifier(w));
/** The noun a post ends on, lower case in running text: "secretary", "minister", "spokesman". */
const headWord = (w: string) => /^\p{Ll}/u.test(w) && (isTitleWord(w) || isPostNoun(w)) && !isPortfolio(w) && !isPostQualifier(w);
/** The post told as held before: "former", "ex-", or "as …" in a clause told in the past. */
const FORMER = /^(?:former|ex|then|onetime|erstwhile)$/i;
const PAST = /\b(?:had|was|were|did|served|held)\b|\b\p{Ll}{3,}ed\b/u;
const PRONOUN = /\b(?:he|she|He|She|his|her|His|Her)\b/;

/** The post around tokens [from, to): back over fields to the sentence's run, on through fields to the head. */
function postAround(t: string[], from: number, to: number): { start: number; end: number } | null {
  let start = from;
  while (start > 0 && fieldWord(t[start - 1]!)) start--;
  let end = to;
  while (end < t.length && fieldWord(t[end]!)) end++;
  if (end >= t.length || !headWord(t[end]!)) return null;
  return { start, end: end + 1 };
}

/**
 * The person and both posts when the edit changed only the field of a lower-case post (its head
 * kept) and the sentence names its holder or says "he"/"she" of the one person named just before;
 * null otherwise. `newArticle` is the new version's text, where the sentences before are read.
 */
export function fieldPostHolder(older: string, newer: string, newArticle: string): FieldPutRight | null {
  const [o, n, p, s] = changedSpan(older, newer, WORD);
  const gone = o.slice(p, o.length - s);
  const put = n.slice(p, n.length - s);
  // One to three words of a field, swapped for another field: "transport" → "housing".
  if (!gone.length || !put.length || gone.length > 3 || put.length > 3) return null;
  if (![...gone, ...put].every(fieldWord) || !gone.some(isPortfolio) || !put.some(isPortfolio)) return null;
  const wasPost = postAround(o, p, o.length - s);
  const nowPost = postAround(n, p, n.length - s);
  if (!wasPost || !nowPost) return null;
  const name = postHolder(newer, newArticle);
  if (!name) return null;
  const lead = o.slice(Math.max(0, wasPost.start - 2), wasPost.start).map((w) => w.toLowerCase());
  const former =
    [...lead, ...o.slice(wasPost.start, wasPost.end)].some((w) => FORMER.test(w.replace(/-$/, ''))) ||
    (lead.includes('as') && PAST.test(n.slice(nowPost.end).join(' ')));
  const post = (t: string[], span: { start: number; end: number }) =>
    t
      .slice(span.start, span.end)
      .filter((w) => !FORMER.test(w))
      .join(' ');
  return { name, right: post(n, nowPost), wrong: post(o, wasPost), former };
}

/**
 * Whose post a sentence tells: the one person it names in full, else — when it says only "he" or
 * "she" — the one person the sentence right before names (or the two before, when only one is
 * named there). '' when that is not plain: a wrong name is worse than none. `subjectEnd`, a place in
 * the sentence's plain text, keeps the names after it (the office of "a reporter for the Kelby
 * Courier") out of the count.
 */
export function postHolder(newer: string, newArticle: string, subjectEnd = Infinity): string {
  const text = plainText(newer);
  // (Names are read up to `subjectEnd`, where a post told of the subject begins: its office may hold a name.)
  const named = [
    ...new Set(
      nameRuns(text.slice(0, subjectEnd))
        .map((r) => personName(r.text))
        .filter((x) => x && x.split(' ').length >= 2 && !looksLikeOrganization(x)),
    ),
  ];
  if (named.length) return named.length === 1 ? named[0]! : '';
  if (!PRONOUN.test(text)) return '';
  const at = newArticle.indexOf(text);
  const reach = sentencesInReach(at > 0 ? newArticle.slice(0, at) : '').slice(0, 2);
  // (The one person the sentence right before names is who "he" means; else the one of the two before.)
  const surname = onePerson(reach.slice(0, 1), newArticle) || onePerson(reach, newArticle);
  // (The full name as the sentences before print it: "Tom Aldane".)
  const full = reach
    .flatMap((line) => nameRuns(line).map((r) => personName(r.text).replace(/['’]s$/, '')))
    .find((x) => x.split(' ').length >= 2 && x.endsWith(surname));
  return surname && full ? full : '';
}
