/**
 * A figure put right by its scale word alone: "2.4 million users" → "2.4 billion users". The figure
 * is the same both ways, so a note that prints only the number ("The correct number is 2.4") drops the
 * very word that changed. The value is told whole, both ways: "It is 2.4 billion, not 2.4 million."
 */

/** The words that scale a figure as newsrooms print them. */
export const SCALE_WORD = /^(?:hundred|thousand|million|billion|trillion)$/i;

/** "2.4 million" → { figure: "2.4", scale: "million" }; null when the value is not a figure with its scale. */
function scaled(value: string): { figure: string; scale: string } | null {
  const m = /^(?:[$€£])?(\d[\d,.]*)\s+(\p{L}+)$/u.exec(value.trim());
  return m && SCALE_WORD.test(m[2]!) ? { figure: m[1]!, scale: m[2]!.toLowerCase() } : null;
}

/** The right and wrong values when the scale word changed ("2.4 billion, not 2.4 million"), or ''. */
export function scaleWordChange(before: string, after: string): string {
  const was = scaled(before);
  const is = scaled(after);
  if (!was || !is || was.scale === is.scale) return '';
  return `${after.trim()}, not ${before.trim()}`;
}
