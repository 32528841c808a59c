/**
 * Words that turn a fact round: "prices would rise" → "would fall", "won" → "lost", "above" →
 * "below", "the third-largest employer" → "the fourth-largest". Swapped for each other in a frame
 * that stands, they say the opposite or another place in an order — a fact put right, never a
 * rewording. Directions are read by their lemma (wink-nlp's lite English model), so every form of
 * a verb or an adjective counts ("rose", "rising", "had risen"; "higher", "highest") and one pair
 * stands for all of them. A synonym swapped ("rose" → "climbed") is no opposite and stays rewording.
 */
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { ordinalValue } from '../text/numbers';

/**
 * Directions, one group a line: any word of a group's first half against any of its second.
 * Only words that name a direction, an outcome or a side of a line — the closed kinds of fact a
 * correction turns round.
 */
const OPPOSED: [string[], string[]][] = [
  [
    ['rise', 'increase', 'grow', 'gain', 'climb', 'jump', 'soar', 'surge', 'expand', 'raise', 'widen', 'strengthen', 'improve'],
    ['fall', 'decrease', 'shrink', 'drop', 'decline', 'lose', 'slip', 'plunge', 'contract', 'lower', 'narrow', 'weaken', 'worsen'],
  ],
  [['win', 'beat', 'defeat'], ['lose']],
  [
    ['above', 'over', 'ahead'],
    ['below', 'under', 'behind'],
  ],
  [
    ['high', 'up', 'upper'],
    ['low', 'down', 'lower'],
  ],
  [
    ['more', 'most', 'many'],
    ['less', 'least', 'fewer', 'few'],
  ],
  [['large', 'big'], ['small']],
  [['good'], ['bad']],
  [['early'], ['late']],
  [
    ['approve', 'accept', 'pass', 'support', 'back', 'favor', 'endorse'],
    ['reject', 'deny', 'fail', 'oppose', 'veto', 'decline'],
  ],
  [['acquit'], ['convict']],
  [
    ['open', 'reopen'],
    ['close', 'shut'],
  ],
  [
    ['surplus', 'profit'],
    ['deficit', 'loss'],
  ],
  [['majority'], ['minority']],
  // Relations with a converse ("Pike led Haddad" is "Haddad trailed Pike"): with the same two sides
  // in the same order, one for the other turns the fact round (edits.ts `conversed` reads the
  // exchanged order as the same fact).
  [
    ['lead', 'precede', 'outrank', 'outpoll'],
    ['trail', 'follow'],
  ],
  [['old', 'elder'], ['young']],
];

let reader: ReturnType<typeof winkNLP> | null = null;
const lemmaCache = new Map<string, string>();

/** A word's lemma ("rose" → "rise", "higher" → "high"), read alone; the word itself when wink gives none. */
export function lemmaOf(word: string): string {
  const key = word.toLowerCase();
  const known = lemmaCache.get(key);
  if (known !== undefined) return known;
  reader ??= winkNLP(model, ['pos']);
  const its = reader.its;
  const tokens: string[] = [];
  reader
    .readDoc(key)
    .tokens()
    .each((t: ItemToken) => {
      // wink's typings give `its.lemma` a signature `out` does not accept; it reads like `its.pos`.
      tokens.push(t.out(its.lemma as unknown as typeof its.pos) as string);
    });
  const lemma = tokens.length === 1 ? tokens[0]!.toLowerCase() : key;
  lemmaCache.set(key, lemma);
  return lemma;
}

/** Which side of which group a lemma stands on, as `group:side`; none when it names no direction. */
function sidesOf(word: string): string[] {
  const lemma = lemmaOf(word);
  const bare = word.toLowerCase();
  const out: string[] = [];
  OPPOSED.forEach(([a, b], g) => {
    if (a.includes(lemma) || a.includes(bare)) out.push(`${g}:0`);
    if (b.includes(lemma) || b.includes(bare)) out.push(`${g}:1`);
  });
  return out;
}

/** True when `a` and `b` stand on opposite sides of one direction ("rise"/"fell", "above"/"below"). */
export function opposite(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return false;
  const x = sidesOf(a);
  const y = sidesOf(b);
  return x.some((s) => {
    const [g, side] = s.split(':');
    return y.includes(`${g}:${side === '0' ? 1 : 0}`) && !y.includes(s);
  });
}

/** "third-largest", "2nd-biggest": the place an ordinal gives in an order of a superlative; null when none. */
function rank(token: string): { place: number; scale: string } | null {
  const m = /^(\p{L}+|\d+(?:st|nd|rd|th))-(\p{L}+est)$/iu.exec(token);
  if (!m) return null;
  const place = ordinalValue(m[1]!);
  return place < 1 ? null : { place, scale: m[2]!.toLowerCase() };
}

/**
 * "third-largest" → "fourth-largest" (or "third-smallest"): a place in an order put right. Both
 * words must be ranks; the same rank respelled ("3rd-largest") is no change of fact.
 */
export function rankChanged(a: string, b: string): boolean {
  const x = rank(a);
  const y = rank(b);
  return !!x && !!y && (x.place !== y.place || opposite(x.scale, y.scale));
}

/** One word swapped for one that turns the fact round: an opposite direction, or another rank. */
export function turnsRound(removed: string[], added: string[]): boolean {
  // ("ahead of" → "behind", "more than" → "fewer than": the particle goes with the word.)
  const bare = (ts: string[]) => (ts.length === 2 ? ts.filter((t) => !/^(?:of|than|to)$/i.test(t)) : ts);
  const [was, now] = [bare(removed), bare(added)];
  if (was.length !== 1 || now.length !== 1) return false;
  return rankChanged(was[0]!, now[0]!) || opposite(was[0]!, now[0]!);
}
