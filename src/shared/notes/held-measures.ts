/**
 * A measure a thing "has" as a figure ("the four towns have a combined population of 221,000",
 * "The district has an annual budget of $40 million"): told as "the combined population of the four
 * towns". standingMeasure in figures.ts reads a named holder ("Harwick has a population of …");
 * this reads one told by a common noun phrase, and a measure whose holder the sentence leaves to a
 * pronoun ("It would have a combined population of …") as the measure alone — review 12a found
 * those two fall back to "a figure" on real copy.
 */
import { plainText } from './sentences';
import { tagged } from './topics';
import { hedges } from './hedge-words';

/** Measures a place, a body or a thing has, which name the fact without their holder. */
const MEASURE =
  /^(?:population|capacity|budget|payroll|debt|deficit|surplus|revenue|enrollment|membership|circulation|readership|workforce|area|length|height|depth|width|value|salary|turnout|audience|following)$/i;

const HEDGE = String.raw`(?:(?:${hedges('about', 'nearly', 'almost', 'more than', 'roughly', 'around', 'some')})\s+)?`;

export function heldMeasure(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const at = text.indexOf(figure);
  if (at < 0) return '';
  const before = text.slice(0, at).replace(/[$€£]$/, '');
  const m = new RegExp(
    String.raw`(?:^|\s)(?:((?:the|its|their|these|those|all)\s+(?:[\p{Ll}\d-]+\s+){0,3}?[\p{Ll}-]+)\s+)?(?:(?:would|will|could|now|still|together|combined)\s+)*(?:has|have|had|having)\s+an?\s+((?:\p{Ll}+\s+)?)(\p{Ll}+)\s+of\s+${HEDGE}$`,
    'iu',
  ).exec(before);
  if (!m || !MEASURE.test(m[3]!)) return '';
  const measure = `${m[2] ?? ''}${m[3]!.toLowerCase()}`;
  const holder = m[1] ? m[1].replace(/^The\s/, 'the ') : '';
  // The holder a noun phrase by wink-nlp's tags: its last word a noun, no verb inside.
  const tags = holder ? tagged(holder) : [];
  const named = holder && tags.at(-1)?.pos === 'NOUN' && !tags.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return named ? `the ${measure} of ${holder}` : `the ${measure}`;
}
