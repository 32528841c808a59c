/**
 * A figure that names its thing by the noun beside it or by the verb that values it:
 * - "The order is valued at $8.8 billion" → "the value of the order";
 * - "held in lieu of $326,000 bond", "a $5 million settlement" → "the amount of the bond";
 * - "the group's 28-year insurgency" → "the number of years of the group's insurgency".
 * Without these, the note read the words before the figure ("the in lieu", "the value", "the
 * number of year insurgency").
 */
import { escapeRegExp } from './names';
import { plainText } from './sentences';
import { complementOf } from './figure-complements';

/** Sums a newsroom names by what they are: a bond, a fine, a contract. */
const SUM_NOUN =
  /^(?:bond|bail|budget|contract|deal|fine|settlement|salary|loan|grant|bonus|award|payment|package|fee|fees|judgment|verdict|lawsuit|bid|offer|donation|gift|ransom|reward|bill|tab|investment|stake|purchase|sale|acquisition|buyout|order|pledge|penalty|refund|raise)$/i;
/** Spans a compound measures: "a 28-year insurgency", "a 10-day strike". */
const SPAN = /^(\d[\d,.]*)-(?:year|month|week|day|hour)s?-?(?:old|long)?$/i;

export function figureOfNoun(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const fig = escapeRegExp(figure.replace(/^[$€£]/, ''));
  const valued = new RegExp(
    String.raw`(?:^|[,;]\s+|\b(?:and|but)\s+)((?:the|its|their|his|her|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:is|was|are|were|has been|had been)\s+(?:now\s+)?valued\s+at\s+(?:about\s+|roughly\s+|nearly\s+|more than\s+)?[$€£]?${fig}\b`,
    'iu',
  ).exec(text);
  if (valued) return `the value of ${valued[1]!.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`;
  const sum = new RegExp(String.raw`[$€£]${fig}(?:\s+(?:million|billion|trillion))?\s+([\p{L}-]+)`, 'u').exec(text);
  // ("a $500,000 purchase of Bitcoin": the noun's own complement says which one, figure-complements.ts.)
  if (sum && SUM_NOUN.test(sum[1]!))
    return `the amount of the ${sum[1]!.toLowerCase()}${complementOf(text.slice(sum.index + sum[0].length), text)}`;
  const span = new RegExp(
    String.raw`((?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+['’]s?\s+)?)(${fig}-(?:year|month|week|day|hour)s?(?:-long)?)\s+([\p{Ll}-]+)`,
    'u',
  ).exec(text);
  if (span && SPAN.test(span[2]!) && !/-old$/.test(span[2]!)) {
    const owner = span[1]!.trim().replace(/^(?:the|a|an)\s+$/i, '');
    const head = /['’]s?$/.test(owner) ? owner.replace(/^(?:a|an)\s+/i, 'the ').replace(/^(?!the\s)(?=\p{Ll})/u, 'the ') : 'the';
    // The value is printed as a bare figure ("It is 18, not 28"): the unit goes in the phrase.
    const unit = /-(year|month|week|day|hour)/i.exec(span[2]!)![1]!.toLowerCase();
    return `the number of ${unit}s of ${head} ${span[3]}`;
  }
  return '';
}
