/**
 * A hedge the copy puts on a figure — "about 49%", "some 175", "roughly 14,000", "more than 300" — is
 * part of the fact, so the corrected value keeps it: "It was about 49%, not 39%." Read from the words
 * right before the figure in its sentence; '' when none stands there. A leaf module.
 */
import { escapeRegExp } from './names';
import { FIGURE_HEDGES } from './hedge-words';

const HEDGE = new RegExp(String.raw`(?:^|[\s(])(?<!\bno\s)(${FIGURE_HEDGES})\s+[$€£]?$`, 'i');

/** "about " for "about 41%" in `sentence`; '' when the figure stands bare. */
export function hedgeOf(sentence: string, figure: string): string {
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(figure)}(?![\\p{N}])`, 'u').exec(sentence);
  if (!at) return '';
  const hedge = HEDGE.exec(sentence.slice(0, at.index))?.[1];
  return hedge ? `${hedge.toLowerCase()} ` : '';
}
