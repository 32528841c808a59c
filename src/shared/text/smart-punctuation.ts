/**
 * Typographic punctuation as a reporter types, the way a house style sets copy: straight quotes
 * become curly ones that open or close by what stands before them, and two hyphens between
 * words become an em dash. Pure, so the editor plugin and its table test share it.
 */

/** Before these, a quote opens: the start of a block, a space, an opening bracket or quote, a dash. */
const OPENS_AFTER = /[\s([{“‘—–\-/]$/u;

/** The curly quote for a typed `"` or `'`, given the text before the caret in its block. */
export function curlyQuote(typed: '"' | "'", before: string): string {
  const opening = before === '' || OPENS_AFTER.test(before);
  if (typed === '"') return opening ? '“' : '”';
  return opening ? '‘' : '’';
}

/**
 * Whether the two hyphens just before the caret become an em dash as the next character is
 * typed: not at the very start of a block, where "---" is the way to type a rule.
 */
export function dashBefore(before: string): boolean {
  return before.endsWith('--') && !/^\s*-+$/.test(before);
}

/** A block whose whole text is three or more hyphens: the Markdown way to ask for a rule. */
export function isRuleShortcut(blockText: string): boolean {
  return /^\s*-{3,}\s*$/.test(blockText);
}
