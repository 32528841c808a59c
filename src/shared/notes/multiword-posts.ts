/**
 * A post of several words set in an appositive before the body it serves: "Mara Finch, head of
 * research for Corvel," → "spokeswoman for Corvel", "Omar Felde, managing director of the port
 * authority," → "chairman of the board of directors of the port authority". The post is every
 * lower-case word between the comma (or article) and the "of"/"for" the body follows, not just the
 * words the edit changed — "managing director" → "managing editor" put right is the post "managing
 * editor", never "editor".
 */

import { isPostNoun, isTitleWord } from './names';

/** A word of a post as running text prints it: lower case, and the joins inside one ("head of research"). */
const POST_WORD = /^(?:\p{Ll}[\p{Ll}-]*|of|for|the|and)$/u;
/** What a post never holds: a verb of saying, a pronoun or a clause word. */
const NOT_POST = /^(?:said|says|told|who|which|that|is|was|has|had|he|she|they|it|in|on|at|with|by|to|from|a|an)$/;
const ARTICLE = /^(?:the|a|an)$/i;

export interface PostSpan {
  /** Where the post opens (in both versions: the words before it are shared). */
  from: number;
  /** Where the new post ends, at the "of"/"for" its body follows. */
  to: number;
  /** Where the old post ends. */
  wrongTo: number;
}

/**
 * The post around the changed words of two token lists (o, n, with p shared words before the change
 * and s after): widened back to the appositive's comma or article and on to the "of"/"for" that opens
 * the body. Null when the changed words hold anything but post words.
 */
export function postAround(o: string[], n: string[], p: number, s: number): PostSpan | null {
  const word = (w: string | undefined) => !!w && POST_WORD.test(w) && !NOT_POST.test(w);
  const oldEnd = o.length - s;
  const newEnd = n.length - s;
  if (oldEnd - p < 1 || newEnd - p < 1 || oldEnd - p > 6 || newEnd - p > 7) return null;
  if (!o.slice(p, oldEnd).every(word) || !n.slice(p, newEnd).every(word)) return null;
  // (A post opens on a word, not on "of"/"for", and the changed words open or close it.)
  let from = p;
  while (from > 0 && word(n[from - 1]) && !ARTICLE.test(n[from - 1]!) && p - from < 3) from--;
  if (/^(?:of|for|and)$/.test(n[from]!)) return null;
  // On over shared post words to the join: "research [director] of", when only "research" changed.
  let to = newEnd;
  while (to < n.length && to - newEnd < 3 && word(n[to]) && !/^(?:of|for)$/.test(n[to]!)) to++;
  // (A join the new post ends on is the body's: the body follows it, not the post's own words.)
  if (!/^(?:of|for)$/.test(n[to] ?? '')) {
    if (!/^(?:of|for)$/.test(n[newEnd - 1] ?? '')) return null;
    to = newEnd - 1;
  }
  const span = { from, to, wrongTo: oldEnd + (to - newEnd) };
  // Widened past the changed word, or of several words, the post must end on a post's own noun
  // ("research director", "head of research"), not a kin word or a comparison ("older sister").
  const widened = from < p || to > newEnd || oldEnd - p > 1 || newEnd - p > 1;
  if (widened && (!strictPost(headOf(n.slice(from, to))) || !strictPost(headOf(o.slice(from, span.wrongTo))))) return null;
  return span;
}

/**
 * Posts a body has many of, told with "a" even printed bare: "Finch is a spokeswoman for Corvel",
 * never "the spokeswoman", which would make her its only one. The head is the post's word before
 * its first "of"/"for": "spokeswoman", "member" in "member of the board".
 */
const MANY =
  /^(?:spokes(?:man|woman|person)|member|researcher|analyst|lawyer|attorney|adviser|advisor|aide|consultant|engineer|scientist|reporter|correspondent|professor|lecturer|fellow|volunteer|employee|worker|staffer|official|representative|teacher|nurse|doctor|physician|surgeon|student|associate|economist|strategist|lobbyist|organizer|organiser|campaigner|activist|trustee|investigator|agent|officer|partner)$/i;

export function manyHold(post: string[]): boolean {
  return MANY.test(headOf(post));
}

/** The post's word before its first "of"/"for": "head" in "head of research", "director" in "managing director". */
function headOf(post: string[]): string {
  const join = post.findIndex((w) => /^(?:of|for)$/.test(w));
  return (join < 0 ? post : post.slice(0, join)).at(-1) ?? '';
}

/** A noun the shared lists know for a post or rank ("director", "chairman", "spokeswoman"), not a word that only ends like one. */
const strictPost = (w: string) => (isPostNoun(w) || isTitleWord(w)) && !KIN.test(w);
/** Kin, which the title lists hold for a religious order ("Sister", "Brother"): a relation, no post. */
const KIN =
  /^(?:sister|brother|mother|father|daughter|son|aunt|uncle|cousin|niece|nephew|wife|husband|widow|widower|grandmother|grandfather|grandson|granddaughter|stepmother|stepfather|stepson|stepdaughter|sibling|twin)s?$/i;
