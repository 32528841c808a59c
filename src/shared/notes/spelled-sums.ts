/**
 * A sum written out in words, as magazines and quoted speech print it: "one to two million
 * dollars", "about three billion dollars a year". It is a figure as much as "$1 million to $2
 * million", and a sum put right is told as one: what it costs, the right sum and the wrong one —
 * "misstated the cost of rebuilding the pier. It is two to four million dollars, not one to two
 * million" — never a claim cut or a speaker's comments added.
 */
import { isNumberToken } from './edits';
import { plainText } from './sentences';

/** A currency named after a figure in words, with its scale and how often: "million dollars per year". */
const CURRENCY_AFTER =
  /^\s*((?:(?:hundred|thousand|million|billion|trillion)\s+)?(?:dollars|pounds|euros)(?:\s+(?:a|per|each)\s+(?:year|month|week|day))?)\b/i;
/** Words that join a range's ends. */
const JOIN = /^(?:to|or|and|through|-|–)$/i;

/** A run of number words and the words that join a range, with no digits: "one to two", "three". */
function spelled(value: string): boolean {
  const words = value.trim().split(/\s+/);
  return words.every((w) => JOIN.test(w) || (isNumberToken(w) && !/\d/.test(w))) && isNumberToken(words[0]!);
}

/**
 * "Rebuilding the pier would cost …" → "the cost of rebuilding the pier": what the sum is the
 * cost of, the subject of "cost" at the clause's start (set-off words of who said it dropped),
 * six words at most; else "the estimated cost" for a sum a verb of cost names, or ''.
 */
function costOf(sentence: string, at: number): string {
  const before = sentence
    .slice(0, at)
    // ", Voss told me," / ", she said,": who said it, set off inside the clause.
    .replace(/,\s+[^,]*\b(?:said|says|told\s+\p{L}+|estimated|added)\s*,/giu, '');
  const verb =
    /(?:^|,\s+|\bthat\s+)([^,]*?)\s+(?:would|will|could|might|may|should)?\s*(?:costs?|run)\s+(?:about\s+|roughly\s+|around\s+|anywhere\s+from\s+|between\s+)?$/iu.exec(
      before,
    );
  if (!verb) return '';
  const subject = verb[1]!.trim();
  const words = subject.split(/\s+/);
  if (!subject || words.length > 6 || /^(?:it|this|that|they|he|she)$/i.test(subject)) return 'the estimated cost';
  return `the cost of ${subject.replace(/^(?:The|A|An|\p{Lu}\p{Ll}+ing)\b/u, (w) => (/ing$/.test(w) ? w.toLowerCase() : 'the'))}`;
}

/**
 * A sum in words put right: the phrase "misstated the cost of … It is {right}, not {wrong}", or ''
 * when the values are no spelled-out sum followed by a currency.
 */
export function spelledSumFix(before: string, after: string, older: string, newer: string): string {
  if (!spelled(before) || !spelled(after)) return '';
  const [lineWas, lineNow] = [plainText(older), plainText(newer)];
  const [atWas, atNow] = [lineWas.indexOf(before), lineNow.indexOf(after)];
  if (atWas < 0 || atNow < 0) return '';
  const unitNow = CURRENCY_AFTER.exec(lineNow.slice(atNow + after.length))?.[1];
  const unitWas = CURRENCY_AFTER.exec(lineWas.slice(atWas + before.length))?.[1];
  if (!unitNow || !unitWas) return '';
  const what = costOf(lineNow, atNow) || 'a sum';
  // The wrong sum keeps its scale ("one to two million"), as the reader saw it.
  const scale = /^(?:hundred|thousand|million|billion|trillion)\b/i.exec(unitWas)?.[0];
  return `misstated ${what}. It is ${after} ${unitNow}, not ${scale ? `${before} ${scale}` : before}`;
}
