/**
 * A range of figures moved: "one to two million dollars" → "two to four million dollars". The old
 * top figure is the new bottom one, and a word diff matches it across, leaving "one to" cut before
 * it and "to four" put in after — read so, a claim cut and words added. The range is one figure,
 * and its change is one fix: "one to two" → "two to four".
 */
import { isNumberToken } from './edits';

/** One diff region, as edits.ts reads them. */
interface Region {
  removed: string[];
  added: string[];
  newAt: number;
  oldAt: number;
}

/** The words that join a range's two ends. */
const RANGE_JOIN = /^(?:to|or|through|-|–)$/i;

/**
 * Regions with a range's two halves, split around the figure the two versions share, joined into
 * one: cut "A to" before it and put in "to B" after (the range moved up), or the other way round
 * (moved down). Every other region stands as it was.
 */
export function joinMovedRange<R extends Region>(regions: R[], oldTokens: string[]): R[] {
  const out: R[] = [];
  for (let k = 0; k < regions.length; k++) {
    const [first, second] = [regions[k]!, regions[k + 1]];
    const shared = second ? oldTokens.slice(first.oldAt + first.removed.length, second.oldAt) : [];
    const figure = (ts: string[]) => ts.length === 2 && (isNumberToken(ts[0]!) || isNumberToken(ts[1]!));
    if (second && shared.length === 1 && isNumberToken(shared[0]!)) {
      const up = !first.added.length && !second.removed.length && figure(first.removed) && figure(second.added);
      const down = !first.removed.length && !second.added.length && figure(first.added) && figure(second.removed);
      const [cut, put] = up ? [first.removed, second.added] : [second.removed, first.added];
      // "one to | two | to four": the joining word closes the cut half and opens the added one.
      const joined = up
        ? RANGE_JOIN.test(cut[1]!) && RANGE_JOIN.test(put[0]!) && isNumberToken(cut[0]!) && isNumberToken(put[1]!)
        : (up || down) && RANGE_JOIN.test(put[1]!) && RANGE_JOIN.test(cut[0]!) && isNumberToken(put[0]!) && isNumberToken(cut[1]!);
      if ((up || down) && joined) {
        out.push({
          ...first,
          removed: up ? [...cut, shared[0]!] : [shared[0]!, ...cut],
          added: up ? [shared[0]!, ...put] : [...put, shared[0]!],
          oldAt: first.oldAt,
          newAt: first.newAt,
        });
        k++;
        continue;
      }
    }
    out.push(first);
  }
  return out;
}

/**
 * "between 12 and 15 homes" → "between 20 and 25 homes": both ends of one range put right read as
 * two regions, each a lone figure, with the joining word standing between them; they are one
 * figure, and one fix ("12 and 15" → "20 and 25"), never two facts that turn the note into a claim
 * withdrawn. "and" joins a range only after "between".
 */
export function joinRangeEnds<R extends Region>(regions: R[], oldTokens: string[]): R[] {
  const out: R[] = [];
  for (let k = 0; k < regions.length; k++) {
    const [first, second] = [regions[k]!, regions[k + 1]];
    const lone = (r: Region) =>
      r.removed.length === 1 && r.added.length === 1 && isNumberToken(r.removed[0]!) && isNumberToken(r.added[0]!);
    const gap = second ? oldTokens.slice(first.oldAt + 1, second.oldAt) : [];
    const join =
      gap.length === 1 && (RANGE_JOIN.test(gap[0]!) || (/^and$/i.test(gap[0]!) && /^between$/i.test(oldTokens[first.oldAt - 1] ?? '')));
    if (second && lone(first) && lone(second) && join) {
      out.push({
        ...first,
        removed: [first.removed[0]!, gap[0]!, second.removed[0]!],
        added: [first.added[0]!, gap[0]!, second.added[0]!],
      });
      k++;
      continue;
    }
    out.push(first);
  }
  return out;
}

/**
 * The range a figure is one end of, as the sentence prints it: "Between 20 and 25 homes" → the high
 * end "25" (whose words say what the range counts) and the range told mid-sentence, "between 20 and
 * 25"; "from 20 to 25" is told "20 to 25". Null when the figure stands alone.
 */
export function rangeAround(sentence: string, figure: string): { high: string; told: string } | null {
  const num = String.raw`[$€£]?\d[\d,.]*%?|[\p{Ll}]+`;
  const m = new RegExp(String.raw`(?:\b(between|from)\s+)?(${num})\s+(to|and|or|through)\s+(${num})(?![\p{L}\d])`, 'iu').exec(
    sentence.replace(/^Between\b/, 'between').replace(/^From\b/, 'from'),
  );
  if (!m || !isNumberToken(m[2]!) || !isNumberToken(m[4]!) || (m[2] !== figure && m[4] !== figure)) return null;
  if (/^and$/i.test(m[3]!) && !/^between$/i.test(m[1] ?? '')) return null;
  const told = `${/^between$/i.test(m[1] ?? '') ? 'between ' : ''}${m[2]} ${m[3]} ${m[4]}`;
  return { high: m[4]!, told };
}
