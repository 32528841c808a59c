/**
 * A person's post at a body, the post put right and the body kept: "Servo Marl, founder of the
 * Harbour Trust," → "leader of the Harbour Trust", "Ana Lisk, the treasurer of the rowing club," →
 * "the secretary of the rowing club". The body says whose post it is, so the note keeps it: "Marl
 * is the leader of the Harbour Trust, not its founder" — never the bare post ("The correct title is
 * leader"), which leaves the reader asking of what.
 */
import { editDistance, isPostNoun, isTitleWord, looksLikeOrganization, personName } from './names';
import { changedSpan } from './changed-span';
import { manyHold, postAround } from './multiword-posts';

/** What ends the body's words: a mark, or a verb of saying or a clause after the appositive. */
const ENDS = /^(?:[,;:.!?"“”()]|said|says|told|who|which|that|and|in|on|at|was|is|has|had)$/;
const ARTICLE = /^(?:the|a|an)$/i;
/** A noun for a person by the post they hold or what they do there: "founder", "leader", "treasurer". */
const postNoun = (w: string) => /^\p{Ll}/u.test(w) && (isPostNoun(w) || isTitleWord(w) || /(?:er|or|ist|ent|ant)$/.test(w));

export interface PostOfBody {
  name: string;
  /** "the leader of the Harbour Trust". */
  right: string;
  /** "its founder", "a researcher". */
  wrong: string;
}

/**
 * The person, the post now with its body, and the post before, when the edit changed one post noun
 * in an appositive "Name, (the) POST of|for BODY," and kept the body; null otherwise.
 */
export function postOfBody(older: string, newer: string): PostOfBody | null {
  const [o, n, p, s] = changedSpan(older, newer);
  // The post may be several words, in either version ("head of research" → "spokeswoman",
  // "managing director" → "chairman of the board of directors"): the changed words, widened over
  // the post's words both versions print, up to the "of"/"for" the body follows (multiword-posts.ts).
  const post = postAround(o, n, p, s);
  if (!post) return null;
  const { from, to, wrongTo } = post;
  const wrongWords = o.slice(from, wrongTo);
  const rightWords = n.slice(from, to);
  if (!wrongWords.some(postNoun) || !rightWords.some(postNoun)) return null;
  const [wrong, right] = [wrongWords.join(' '), rightWords.join(' ')];
  // ("ledaer" → "leader": a post's word mistyped is a slip put right, no other post.)
  if (wrongWords.length === rightWords.length && editDistance(wrong, right) <= 2) return null;
  // "of" or "for" and the body after the post, to the appositive's end.
  const join = n[to] ?? '';
  if (!/^(?:of|for)$/.test(join)) return null;
  let k = to + 1;
  while (k < n.length && !ENDS.test(n[k]!)) k++;
  const body = n.slice(to + 1, k);
  // A body: "the …" or a name ("Harbour Trust"), a few words, not a place's or a year's.
  if (!body.length || body.length > 6 || !(ARTICLE.test(body[0]!) || /^\p{Lu}/u.test(body[0]!)) || /^\d/.test(body.at(-1)!)) return null;
  // The name before: "Name, (the|a|an)? POST" — an appositive.
  let at = from;
  if (at > 0 && ARTICLE.test(n[at - 1]!)) at--;
  if (at < 3 || n[at - 1] !== ',') return null;
  let start = at - 1;
  while (start > 0 && /^\p{Lu}/u.test(n[start - 1]!) && at - 1 - start < 4) start--;
  const name = personName(n.slice(start, at - 1).join(' '));
  if (!name || name.split(' ').length < 2 || looksLikeOrganization(name)) return null;
  // ("a researcher for the institute" is one of many: "a director …, not a researcher"; the one post is "its".)
  // (So is a post many hold at any body, printed bare: "a spokeswoman for the firm": multiword-posts.ts.)
  const one = !/^an?$/i.test(n[from - 1] ?? '');
  const a = (noun: string) => (/^[aeiou]/i.test(noun) ? 'an' : 'a');
  const article = one && !manyHold(rightWords) ? 'the' : a(right);
  return {
    name,
    right: `${article} ${right} ${join} ${body.join(' ')}`,
    wrong: one ? `its ${wrong}` : `${a(wrong)} ${wrong}`,
  };
}

/** "misstated Servo Marl's title. Marl is the leader of the Harbour Trust, not its founder". */
export function postOfBodyPhrase(fix: PostOfBody, surname: string): string {
  return `misstated ${fix.name}'s title. ${surname} is ${fix.right}, not ${fix.wrong}`;
}
