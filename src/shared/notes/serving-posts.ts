/**
 * A post that serves another: "spokesperson for the Secretary-General", "an aide to the Prime
 * Minister", "adviser to the health secretary", "envoy of the president". The office served is part
 * of the post — a spokesperson for one office is not a spokesperson for another — so when the edit
 * puts the office right, the title told is the whole post, its head kept: "misstated Lina Sorvik's
 * title. Sorvik is spokesperson for the Harbour Commissioner, not for the Transport Secretary" —
 * never the office alone ("The correct title is harbour commissioner"), which makes her the
 * commissioner.
 */
import { escapeRegExp, isPostNoun, isTitleWord, looksLikeOrganization, personName } from './names';
import { plainText } from './sentences';
import { changedSpan } from './changed-span';
import type { FieldPutRight } from './post-fields';
import { postHolder } from './field-post-holder';

/** The posts that serve someone else's office, the word that joins them to it. */
const SERVES =
  /^(?:spokes(?:person|man|woman)|press secretary|adviser|advisor|aide|envoy|assistant|secretary|counsel|deputy|representative|emissary|attaché|attache|chief of staff|liaison|private secretary|speechwriter)$/i;
const JOIN = /^(?:for|to|of)$/i;
/** A post told of the subject: "is", "was", "he's", "remains". */
const PREDICATE = /^(?:is|was|remains|remained|(?:he|she)['’]s)$/i;
const ARTICLE = /^(?:the|a|an)$/i;
/** What ends the office's words: a mark, or the verb of saying after an appositive. */
const ENDS = /^(?:[,;:.!?"“”()]|said|says|told|who|and|in|on|at)$/;

/**
 * The person and both posts when the edit changed only the office a serving post is for ("for the
 * Transport Secretary" → "for the Harbour Commissioner"), the post set after the person's name
 * between commas or at the sentence's end; null otherwise.
 */
export function servingPostPutRight(older: string, newer: string, newArticle = ''): FieldPutRight | null {
  const [o, n, p, s] = changedSpan(older, newer);
  const changed = [...o.slice(p, o.length - s), ...n.slice(p, n.length - s)];
  // (Inside the office: "of the Street anthology" may change with it; the joining word itself may not.)
  if (!changed.length || changed.some((w) => ENDS.test(w)) || JOIN.test(o[p] ?? '') || JOIN.test(n[p] ?? '')) return null;
  // Back from the change over the office's words to "for"/"to"/"of" and the serving post before it.
  let join = p - 1;
  while (join >= 0 && !JOIN.test(n[join]!) && !ENDS.test(n[join]!)) join--;
  if (join < 1 || !JOIN.test(n[join]!)) return null;
  const head = n[join - 1]!;
  const twoWord = join >= 2 ? `${n[join - 2]} ${head}` : '';
  // Any post serves the body or office it is "for" or "to" ("a coordinator for the bureau"); "of" joins
  // only the posts that serve ("envoy of the president"), where "director of" names a post of its own.
  const anyPost = n[join] !== 'of' && /^\p{Ll}/u.test(head) && (isPostNoun(head) || isTitleWord(head));
  const post = SERVES.test(twoWord) ? twoWord : SERVES.test(head) || anyPost ? head : '';
  if (!post) return null;
  const postAt = join - post.split(' ').length;
  // The person before the post: "Lina Sorvik, (the|a|an)? spokesperson for …".
  // (A rank or two may stand before the post: "a senior adviser to …", "the chief spokesperson for …".)
  let at = postAt;
  while (at > 0 && postAt - at < 2 && /^\p{Ll}+$/u.test(n[at - 1]!) && !ARTICLE.test(n[at - 1]!) && !JOIN.test(n[at - 1]!)) at--;
  const ranks = n.slice(at, postAt);
  if (at > 0 && ARTICLE.test(n[at - 1]!)) at--;
  if (at < 1) return null;
  let name = '';
  if (n[at - 1] === ',' && at >= 3) {
    let start = at - 1;
    while (start > 0 && /^\p{Lu}/u.test(n[start - 1]!) && at - 1 - start < 4) start--;
    name = personName(n.slice(start, at - 1).join(' '));
  } else if (PREDICATE.test(n[at - 1]!)) {
    // "he's a coordinator for …", "Ada Roe is an aide to …": the post told of the clause's subject.
    const subjectEnd = plainText(newer).search(new RegExp(`\\b${escapeRegExp(`${head} ${n[join]}`)}\\b`, 'u'));
    name = subjectEnd > 0 ? postHolder(newer, newArticle, subjectEnd) : '';
  }
  if (!name || name.split(' ').length < 2 || looksLikeOrganization(name)) return null;
  // The office's words run from "for" to the first mark or verb after the change, in both versions.
  const office = (t: string[], end: number) => {
    let k = join + 1;
    while (k < t.length && !ENDS.test(t[k]!)) k++;
    return k >= end ? t.slice(join + 1, k) : null;
  };
  const right = office(n, n.length - s);
  const wrong = office(o, o.length - s);
  // An office or a body: a post ("Secretary-General", "commissioner"), a name, or "the …" a body ("the ferry operator").
  const holdsPost = (t: string[]) =>
    ARTICLE.test(t[0]!) || t.some((w) => isTitleWord(w.replace(/-.*$/, '')) || isPostNoun(w) || /^\p{Lu}/u.test(w));
  if (!right?.length || !wrong?.length || right.length > 7 || !holdsPost(right) || !holdsPost(wrong)) return null;
  // ("an aide to …": the article printed before the post stays with it; "the" reads as a title and goes.)
  const article = /^an?$/i.test(n[at]!) ? `${n[at]!.toLowerCase()} ` : '';
  const lead = `${article}${[...ranks, post.toLowerCase()].join(' ')}`;
  return {
    name,
    right: `${lead} ${n[join]} ${right.join(' ')}`,
    wrong: `${n[join]} ${wrong.join(' ')}`,
    former: false,
  };
}
