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

const CARDINALS = Object.keys(NUMBER_WORD_VALUES);

/**
 * A spelled cardinal inside a pattern ("three", "Twenty-five"): one source for every reader that
 * matches counts in running text, so none of them knows eleven but not thirteen. Use with the "i"
 * flag where a capital may open the sentence.
 */
const spelled = (words: string[]) =>
  String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|${[...words].sort((a, b) => b.length - a.length).join('|')})`;
export const SPELLED_CARDINAL = spelled(CARDINALS);
/** A spelled cardinal of two or more ("two", "thirteen", "forty-one"): a word that takes a plural noun. */
export const SPELLED_PLURAL_CARDINAL = spelled(CARDINALS.filter((w) => w !== 'zero' && w !== 'one'));

/** The word for a whole number from zero to twenty (AP spells one to nine; a reader may spell ten), or undefined. */
export function numberWord(value: number): string | undefined {
  return Number.isInteger(value) && value >= 0 && value <= 20 ? CARDINALS[value] : undefined;
}

/** Ordinals as copy spells them, in order: "third" is 3. */
const ORDINALS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
    ' ',
  );

/** The place an ordinal gives ("seventh" is 7, "12th" is 12), or 0 for any other word. */
export function ordinalValue(word: string): number {
  const w = word.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  return digits ? Number(digits[1]) : ORDINALS.indexOf(w) + 1;
}

/** The value of a spelled-out number ("fourteen" → 14, "twenty-five" → 25), in any letter case; undefined for any other word. */
export function numberWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  if (Object.hasOwn(NUMBER_WORD_VALUES, w)) return NUMBER_WORD_VALUES[w];
  // "twenty-five", "Forty-two": tens and units joined by a hyphen.
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  return compound ? NUMBER_WORD_VALUES[compound[1]!]! + NUMBER_WORD_VALUES[compound[2]!]! : undefined;
}
