/**
 * Money spent "in" something is spent on it: "spent $290 million in television and radio
 * reservations" measures the amount spent on the reservations, not the reservations themselves, and
 * not "the television" (the first noun of a pair joined by "and"). The thing is the noun phrase
 * after "in" (adjectives and nouns by wink-nlp's tags, a pair joined by "and"/"or" kept whole), up
 * to its last noun.
 */
import { tagged } from './topics';

/** The verb of spending right before the sum ("spent about $4 million"). */
const SPENT =
  /\b(?:spent|spend|spends|spending|invested|invest|invests|poured|pours|sank|sunk)\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+|an estimated\s+)?$/i;

/** A word that ends the phrase: a time ("last year") is when, not what. */
const TIME = /^(?:last|next|this|year|years|month|months|week|weeks|day|days|quarter|today|yesterday)$/i;

/**
 * "The campaign spent $290 million in television and radio reservations" → "the amount spent on
 * television and radio reservations". `before` is the sentence up to the figure, `after` the words
 * after it. '' unless a verb of spending governs the sum and a noun phrase follows "in".
 */
export function amountSpentOn(before: string, after: string): string {
  if (!SPENT.test(before.replace(/[$€£]$/, ''))) return '';
  const words = /^(?:\s+(?:million|billion|trillion|thousand))?\s+in\s+((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+)/u.exec(after)?.[1];
  if (!words) return '';
  // "streaming reservations", "printed ads": a participle before a noun describes it, as an adjective does.
  const tags = tagged(words).map((t, k, all) =>
    t.pos === 'VERB' && /(?:ing|ed)$/.test(t.text) && all[k + 1]?.pos === 'NOUN' ? { ...t, pos: 'ADJ' } : t,
  );
  let last = -1;
  for (let k = 0; k < tags.length && !TIME.test(tags[k]!.text); k++) {
    const pos = tags[k]!.pos;
    // "television and radio": a joining word only between two words of the phrase.
    if (pos === 'CCONJ' && k > 0 && /^(?:and|or)$/.test(tags[k]!.text) && /^(?:ADJ|NOUN)$/.test(tags[k + 1]?.pos ?? '')) continue;
    if (!/^(?:ADJ|NOUN)$/.test(pos)) break;
    if (pos === 'NOUN') last = k;
  }
  // The phrase must end on a noun, never on a joining word left hanging.
  if (last < 0 || tags[last]!.pos !== 'NOUN') return '';
  return `the amount spent on ${tags
    .slice(0, last + 1)
    .map((t) => t.text)
    .join(' ')}`;
}
