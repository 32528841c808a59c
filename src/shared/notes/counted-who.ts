/**
 * "nine ships, with 93 crew members, who have been abandoned since the war began", "The flood
 * stranded 40 hikers, who were flown out on Sunday": a count of people set off by commas and then
 * told by a "who" clause is counted by what that clause says of them — "the number of crew members
 * who have been abandoned", "hikers who were flown out" — not by the bare noun. Only "who": a
 * "which" after a comma may tell of the whole clause ("…, which was a record"). The clause is read
 * to its verb and what it was done to, up to a time or a place phrase or a comma.
 */
import { escapeRegExp } from './names';
import { plainText } from './sentences';
import { tagged } from './topics';

/** Where a "who" clause's own news ends: a phrase of time or place, or a joining word. */
const CLAUSE_END = /^(?:since|during|after|before|in|on|at|when|while|until|from|near|across|for|as|and|but|because|amid|following)$/i;

export function countedWho(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const m = new RegExp(
    String.raw`(?<![\p{L}\p{N}$€£.,-])${escapeRegExp(figure)}\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),\s+who\s+([^,;:]+)`,
    'u',
  ).exec(text);
  if (!m) return '';
  // ("300 nurses, who say they are underpaid, walked out": the count is the subject of a verb after
  // the clause, which says what they did; the aside does not.)
  if (/^\s*,/.test(text.slice(m.index + m[0].length))) return '';
  const nouns = tagged(m[1]!);
  // A plural noun of people at its end ("crew members", "hikers", "people").
  const head = nouns.at(-1)!;
  if (head.pos !== 'NOUN' || !/(?:s|people|men|women|children|staff|crew|police)$/.test(head.lower) || /ss$/.test(head.lower)) return '';
  if (!nouns.every((t) => /^(?:NOUN|ADJ)$/.test(t.pos))) return '';
  const words = m[2]!.trim().split(/\s+/);
  const tags = tagged(m[2]!);
  // The clause's verb: auxiliaries, then a verb (wink-nlp's tags), then what it was done to.
  let k = 0;
  while (k < tags.length && tags[k]!.pos === 'AUX') k++;
  if (tags[k]?.pos !== 'VERB') return '';
  let end = k + 1;
  while (end < words.length && end - k <= 3 && !CLAUSE_END.test(words[end]!)) end++;
  // (A clause of six words or fewer reads whole; a longer one stops at its first phrase of time or place.)
  const clause = words.length <= 6 && !words.some((w, i) => i > k && CLAUSE_END.test(w)) ? words : words.slice(0, end);
  return `${m[1]} who ${clause.join(' ').replace(/[.]$/, '')}`;
}
