/**
 * Number words as copy spells them ("Fourteen people", "three of the victims"): "fourteen" and
 * "14" are the same fact, whether the note writer compares two versions or the evaluation
 * compares a note with the newsroom's own. One table for both.
 */
const NUMBER_WORD_VALUES: Readonly<Record<string, number>> = Object.fromEntries([
  ...'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, value) => [word, value] as const),
  ...'thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, i) => [word, 30 + 10 * i] as const),
]);

/** The value of a spelled-out number ("fourteen" → 14, "twenty-five" → 25), in any letter case; undefined for any other word. */
export function numberWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (Object.hasOwn(NUMBER_WORD_VALUES, w)) return NUMBER_WORD_VALUES[w];
  // "twenty-five", "Forty-two": tens and units joined by a hyphen.
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  return compound ? NUMBER_WORD_VALUES[compound[1]!]! + NUMBER_WORD_VALUES[compound[2]!]! : undefined;
}
