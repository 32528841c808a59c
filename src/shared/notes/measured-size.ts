/**
 * "A crack in the main beam measures about six inches in length": a size given with "measures"
 * and the dimension named after the unit ("in length", "in diameter") is that dimension of the
 * thing measured, not a distance — "the length of the crack in the main beam". The thing is the
 * subject opening the sentence; when another clause carries it ("…, which measures …"), the
 * dimension alone is told.
 */

const DIMENSION: Record<string, string> = {
  length: 'length',
  height: 'height',
  width: 'width',
  depth: 'depth',
  diameter: 'diameter',
  long: 'length',
  tall: 'height',
  high: 'height',
  wide: 'width',
  deep: 'depth',
  across: 'width',
};

/** The dimension and whose, for a distance `figure unit` after "measures"; '' otherwise. */
export function measuredSize(sentence: string, figure: string, unit: string): string {
  const at = sentence.indexOf(`${figure} ${unit}`);
  if (at < 0) return '';
  const before = sentence.slice(0, at);
  if (!/\b(?:measures|measured|measuring)\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|more than\s+|less than\s+)?$/i.test(before))
    return '';
  const named = /^\s*(?:in\s+(length|height|width|depth|diameter)\b|(long|tall|high|wide|deep|across)\b)/i.exec(
    sentence.slice(at + figure.length + unit.length + 1),
  );
  const dimension = named ? DIMENSION[(named[1] ?? named[2])!.toLowerCase()]! : 'size';
  const subject = /^(?:The|A|An|Its|Their)\s+((?:[\p{Ll}-]+\s+){0,5}?[\p{Ll}-]+)\s+(?:measures|measured)\s/u.exec(sentence)?.[1];
  return subject ? `the ${dimension} of the ${subject}` : `the ${dimension}`;
}
