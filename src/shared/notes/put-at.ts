/**
 * A sum an estimate puts a cost at: "estimated the cost associated with releasing the 12 floors at
 * $6 million" measures the cost of releasing the 12 floors. The thing valued is the object of
 * "estimated/put/pegged/valued … at", its head a word for a sum (cost, price, bill, damage, loss);
 * the wordy link a newsroom trims ("associated with", "related to", "tied to", "linked to") is
 * written "of", as a copy chief writes it.
 */

/** The head nouns of a sum that an estimate puts "at" a figure. */
const SUM_HEAD = '(?:cost|costs|price|value|bill|tab|damage|damages|loss|losses|expense|expenses|budget)';

const PUT_AT = new RegExp(
  `\\b(?:estimated|estimates|estimate|put|puts|pegged|pegs|placed|places|valued|values|calculated|calculates|projected|projects)\\s+` +
    `the\\s+((?:[\\p{Ll}-]+\\s+){0,2}?${SUM_HEAD})(?:\\s+(?:associated\\s+with|related\\s+to|tied\\s+to|linked\\s+to|of)\\s+([^,;:"“”]{3,70}?))?\\s+at\\s+` +
    `(?:about\\s+|nearly\\s+|almost\\s+|more than\\s+|roughly\\s+|up to\\s+)?$`,
  'u',
);

/** At most this many words in what the cost is of: longer, the note names the cost alone. */
const MAX_WORDS = 7;

/**
 * "The board estimated the cost associated with releasing the floors at" (the words before the
 * figure) → "the cost of releasing the floors"; "Engineers put the damage at" → "the damage". ''
 * when no estimate puts a sum at the figure.
 */
export function estimatedSum(before: string): string {
  const m = PUT_AT.exec(before.replace(/[$€£]$/, '').replace(/\s*$/, ' '));
  if (!m) return '';
  const head = `the ${m[1]}`;
  const of = m[2]?.trim();
  return of && of.split(/\s+/).length <= MAX_WORDS ? `${head} of ${of}` : head;
}
