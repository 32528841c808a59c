/**
 * A figure inside a code is part of the code: "the K5+1 partners", "the A9 motorway", "G20". When a
 * quotation's only change is such a digit ("K4" → "K5"), the note quotes the code as printed — "She
 * said "K5+1," not "K4+1."" — never the bare digit ("5"), which is no word anyone said.
 */

/** A code holding a figure, with a "+1" or "/2" joined to it: "K5+1", "K5 +1", "A9", "2B". */
const CODE = /(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*\p{L})(?=[\p{L}\p{N}]*\p{N})[\p{L}\p{N}]+(?:\s?[+/]\s?\p{N}+)?(?![\p{L}\p{N}])/gu;

/**
 * The code in `sentence` that holds the figure `value`, as printed; `value` itself when the figure
 * stands alone ("4 hours") or no single code holds it.
 */
export function codeHolding(sentence: string, value: string): string {
  if (!/^\p{N}+$/u.test(value)) return value;
  const holding = [...sentence.matchAll(CODE)]
    .map((m) => m[0])
    .filter((code) => new RegExp(`(?<!\\p{N})${value}(?!\\p{N})`, 'u').test(code.replace(/\s?[+/]\s?\p{N}+$/u, '')));
  return holding.length === 1 ? holding[0]! : value;
}
