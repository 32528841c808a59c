/**
 * A figure that is a limit: the most or the least a thing may be, told by the words that bound it.
 * - "a fine of up to Rs 10 crore for organised offences", "a maximum penalty of $5,000", "a
 *   deposit of at least £200" → "the maximum fine for organised offences", "the maximum penalty",
 *   "the minimum deposit": the noun the figure is "of", made maximum or minimum by its bound;
 * - "Benefits are capped at $450 a week", "pay, limited to €900 a month", "… but capped at $811 a
 *   week" → "the weekly cap on benefits", "the monthly limit on pay": the participle of a limit,
 *   its period, and the noun phrase it limits (the subject of "are capped", or the nearest noun
 *   phrase before the participle).
 * Without this, the note read the figure as a bare count ("the number of crore") or "a figure".
 * '' when the figure is bound by none of these.
 */
import { escapeRegExp } from './names';
import { plainText } from './sentences';
import { tagged } from './topics';
import { CURRENCY_NAME, CURRENCY_WORD } from './money-words';

/** Words that bound a figure from above or below, as "of" takes them ("a fine of up to …"). */
const UPPER = /^(?:up to|as much as|as many as|no more than|not more than|at most|a maximum of)$/i;
const LOWER = /^(?:at least|no less than|not less than|as little as|a minimum of)$/i;
const BOUND =
  'up to|as much as|as many as|no more than|not more than|at most|a maximum of|at least|no less than|not less than|as little as|a minimum of';

/** A word of a noun phrase: no word that joins or opens one. */
const WORD = String.raw`(?!(?:up|as|no|not|at|a|an|the|and|or|but|with|for|to|in|on|of|by|from|than)\s)[\p{Ll}-]+`;

/** A period after a sum ("a week", "per month") and the adjective a cap takes from it. */
const PERIODS: Record<string, string> = { hour: 'hourly', day: 'daily', week: 'weekly', month: 'monthly', year: 'annual' };

/** The sum's own words after the figure: a scale ("crore", "million") and a unit run in ("5m"). */
const SCALE_AFTER = /^(?:\s+(?:thousand|million|billion|trillion|crores?|lakhs?|bn|mn|percent|per cent)\b|(?:bn|mn|m|k|%)(?![\p{L}]))?/u;

/** Words after which the next word is a noun, whatever the tagger reads ("rate of pay", "their leave"). */
const NOUN_AFTER = /^(?:of|the|a|an|their|its|his|her|our|your|this|that|these|those)$/;

/**
 * The noun phrase at the end of `words`: its last word a noun (by wink-nlp's tags, or after "of" or
 * a determiner), with the adjectives and nouns before it; a word the sentence's start capitalized is
 * read in lower case ("Benefits are capped").
 */
function lastNounPhrase(words: string): { phrase: string; determined: boolean } {
  const tags = tagged(words.replace(/^\p{Lu}(?=\p{Ll}+\b)/u, (c) => c.toLowerCase()));
  let end = tags.length;
  while (end > 0 && tags[end - 1]!.pos === 'PUNCT') end--;
  const head = tags[end - 1];
  if (!head || !/^\p{Ll}[\p{Ll}-]+$/u.test(head.text)) return { phrase: '', determined: false };
  if (head.pos !== 'NOUN' && !(end > 1 && NOUN_AFTER.test(tags[end - 2]!.lower))) return { phrase: '', determined: false };
  let start = end - 1;
  while (
    start > 0 &&
    (/^(?:NOUN|ADJ)$/.test(tags[start - 1]!.pos) || /^\p{Ll}+ed$/u.test(tags[start - 1]!.text)) &&
    !/^(?:normal|usual|current|own|such|other|same)$/.test(tags[start - 1]!.lower)
  )
    start--;
  const phrase = tags
    .slice(start, end)
    .map((t) => t.lower)
    .join(' ')
    .replace(/ - /g, '-');
  return { phrase, determined: start > 0 && /^(?:the|a|an|this|that)$/.test(tags[start - 1]!.lower) };
}

/** "for organised examination-related offences": what the limit is for, adjectives and nouns to the last noun. */
function limitFor(after: string): string {
  const m = /^\s*for\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u.exec(after);
  if (!m) return '';
  const tags = tagged(m[1]!);
  let last = -1;
  // (A participle before the noun is its adjective: "organised offences", "drug-related crimes".)
  const modifier = (k: number) => /^(?:ADJ|NOUN|PUNCT)$/.test(tags[k]!.pos) || (tags[k]!.pos === 'VERB' && /ed$/.test(tags[k]!.lower));
  for (let k = 0; k < tags.length && modifier(k); k++) if (tags[k]!.pos === 'NOUN') last = k;
  if (last < 0) return '';
  return ` for ${tags
    .slice(0, last + 1)
    .map((t) => t.text)
    .join(' ')
    .replace(/ - /g, '-')}`;
}

export function boundedFigure(sentence: string, figure: string): string {
  const text = plainText(sentence);
  // ("Rs 10 crore" whole, as the caller may pass a sum with its currency and scale.)
  const fig = escapeRegExp(figure.replace(/^[$€£₹¥]/, ''));
  const at = new RegExp(String.raw`(?:${CURRENCY_WORD.source})?\s?${fig}(?![\d,.]*\d)`, 'u').exec(text);
  if (!at) return '';
  const before = text.slice(0, at.index).trimEnd();
  const after = text
    .slice(at.index + at[0].length)
    .replace(SCALE_AFTER, '')
    .replace(/^\s+(\p{L}+)/u, (whole, word: string) => (CURRENCY_NAME.test(word) ? '' : whole));
  // ("a crowd of up to 4,000 people": a count with its own noun counts that noun, no limit.)
  const counted = /^\s+(\p{Ll}{3,})\b/u.exec(after)?.[1];
  if (
    counted &&
    !CURRENCY_NAME.test(counted) &&
    !/^(?:years?|months?|weeks?|days?|hours?|per|each|every|for|in|on|at|under|from|and|or|but)$/.test(counted)
  ) {
    if (tagged(`${at[0]} ${counted}`).at(-1)?.pos === 'NOUN') return '';
  }
  const period = /^\s*(?:a|an|per|each|every)\s+(hour|day|week|month|year)\b/.exec(after);
  // ("up to seven years for …": a span's unit stands between the figure and what the limit is for.)
  const rest = (period ? after.slice(period[0].length) : after).replace(/^\s+(?:years?|months?|weeks?|days?|hours?)\b/, '');
  // "a fine of up to …", "a maximum penalty of …", "fines of as much as …": the longest noun
  // phrase of one to three words before "of" that reads as one (a noun at its head, no verb in it).
  for (const extra of [2, 1, 0]) {
    const of = new RegExp(
      String.raw`(?:\b(an?|the|its|their|his|her)\s+)?(?:(maximum|minimum)\s+)?(${WORD}(?:\s+${WORD}){${extra}})\s+of(?:\s+(${BOUND}))?$`,
      'u',
    ).exec(before);
    const bound = of ? (of[2] ?? (UPPER.test(of[4] ?? '') ? 'maximum' : LOWER.test(of[4] ?? '') ? 'minimum' : '')) : '';
    if (!of || !bound) continue;
    const noun = of[3]!;
    // Without a determiner the phrase's edge is unsure ("could face fines of"): its head alone.
    if (!of[1] && !of[2] && extra > 0) continue;
    const tags = tagged(`the ${noun} of`).slice(1, -1);
    const head = tags.at(-1)!;
    // A noun, or, after a determiner, a word the tagger reads as an adjective ("a fine of").
    const isNoun = head.pos === 'NOUN' || (!!of[1] && head.pos === 'ADJ' && !/ly$/.test(head.lower));
    if (!isNoun || tags.some((t) => !/^(?:NOUN|ADJ|PUNCT)$/.test(t.pos))) continue;
    const per = period ? `${PERIODS[period[1]!]} ` : '';
    // ("fines of as much as": the note names one, "the maximum fine".)
    const one = of[1] ? noun : noun.replace(/(?<=[^s])s$/, '');
    return `the ${per}${bound} ${one}${limitFor(rest)}`;
  }
  // "Each household can claim no more than £300", "Students may borrow up to $5,000": the most
  // (or least) the subject may do, by its modal verb.
  const may = new RegExp(
    String.raw`(?:^|,\s+|\bthat\s+)((?:[Tt]he|[Ee]ach|[Ee]very|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+|\p{Lu}[\p{Ll}-]+)\s+((?:can|could|may|might|will|would|must|should)\s+(?:\p{Ll}+\s+)?\p{Ll}+)\s+(${BOUND})$`,
    'u',
  ).exec(before);
  if (may && !/^(?:The|A|An|It|This|That|They|He|She|We)$/.test(may[1]!)) {
    const most = UPPER.test(may[3]!) ? 'the most' : LOWER.test(may[3]!) ? 'the least' : '';
    // ("Students may borrow": a common noun the sentence's start capitalized reads in lower case.)
    const opener = /^\p{Lu}\p{Ll}+$/u.test(may[1]!) && tagged(may[1]!.toLowerCase())[0]?.pos === 'NOUN';
    const who = (opener ? may[1]!.toLowerCase() : may[1]!)
      .replace(/^(?:The|Each|Every|A|An)\s/, (w) => w.toLowerCase())
      .replace(/^an?\s/, 'the ');
    if (most && tagged(may[2]!).at(-1)?.pos === 'VERB') return `${most} ${who} ${may[2]}${period ? ` a ${period[1]}` : ''}`;
  }
  // "capped at $811 a week", "limited to 40 hours a week": a limit's participle and what it limits.
  const limit = /\b(capped|limited|restricted)\s+(?:at|to)$/i.exec(before);
  if (!limit) return '';
  const noun = limit[1]!.toLowerCase() === 'capped' ? 'cap' : 'limit';
  const per = period ? `${PERIODS[period[1]!]} ` : '';
  const head = before.slice(0, limit.index).replace(/\s+(?:(?:is|are|was|were|be|been|being|will|would|has|have|had|to)\s+)+$/i, ' ');
  // "The penalty for a first offence is capped at": a passive's whole subject, when it opens the
  // sentence as a noun phrase of a few words (no verb in it, wink-nlp's tags).
  const passive = /^((?:The|Its|Their)\s+[^,]+?)\s+(?:is|are|was|were|will be|has been|have been|would be)\s+$/.exec(
    before.slice(0, limit.index),
  );
  if (passive && passive[1]!.split(' ').length <= 7 && !tagged(passive[1]!).some((t) => /^(?:VERB|AUX)$/.test(t.pos)))
    return `the ${per}${noun} on ${passive[1]!.replace(/^The\s/, 'the ')}`;
  // "… at their normal rate of pay but capped at": over a joining word to the phrase before it.
  const limited = lastNounPhrase(head.replace(/,?\s*(?:\b(?:but|and|yet)\s*)?$/i, ''));
  if (!limited.phrase) return `the ${per}${noun}`;
  return `the ${per}${noun} on ${limited.determined && !/s$/.test(limited.phrase) ? 'the ' : ''}${limited.phrase}`;
}
