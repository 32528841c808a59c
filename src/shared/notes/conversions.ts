/**
 * A figure and its conversion in parentheses, as AP prints measures: "190 kilometers (118 miles)",
 * "40 degrees Celsius (104 Fahrenheit)". Put right together they are one figure put right, told
 * once — never "misstated the distance and the distance".
 */
import type { EditFinding } from './edits';
import { escapeRegExp } from './names';
import { plainText } from './sentences';

/** The findings without a figure that only converts the one before it ("190 kilometers (118 miles)"). */
export function withoutConversions(findings: EditFinding[], newer: string): EditFinding[] {
  const text = plainText(newer);
  return findings.filter((f, k) => {
    const previous = findings[k - 1];
    if (k === 0 || f.type !== 'corrected' || previous?.type !== 'corrected' || f.fact !== 'number' || previous.fact !== 'number')
      return true;
    const converted = new RegExp(
      `(?<![\\d.,])${escapeRegExp(previous.after)}\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+\\s*\\(\\s*(?:about\\s+)?${escapeRegExp(f.after)}(?![\\d.,])`,
      'u',
    );
    return !converted.test(text);
  });
}
