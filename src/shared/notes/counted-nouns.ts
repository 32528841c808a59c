/**
 * What a counted noun's relative clause says, read to where the sentence's own verb begins:
 * "half of the 46 guides who lead the tours were …" → "who lead the tours"; "the 30 people who
 * took part in the race had …" → "who took part in the race". The main verb shows itself by an
 * auxiliary ("were", "had") after the clause's own verb; without one the caller keeps its reading.
 */

import { tagged } from './topics';

const AUXILIARY = 'were|was|had|have|has|are|is|will|would|could|can|did';

/** "who staff the depot were sent home" → "who staff the depot"; '' when no auxiliary closes the clause. */
export function relativeClause(afterNoun: string): string {
  const m = new RegExp(`^(who|that|which)\\s+((?:[\\p{Ll}-]+\\s+){1,6}?)(?:${AUXILIARY})\\s`, 'u').exec(afterNoun);
  if (!m) return '';
  const words = m[2]!.trim().split(/\s+/);
  // ("who had lost their homes asked …": an auxiliary opening the clause is its own; no reading here.)
  if (new RegExp(`^(?:${AUXILIARY}|not)$`).test(words[0]!)) return '';
  return `${m[1]} ${words.join(' ')}`;
}

/**
 * "The board had received 60 comment letters": a figure right after a verb or a preposition is
 * what was done to, never the doer, so the words after it are its noun ("comment letters"), not a
 * verb it did ("Five remain in serious condition"). By wink-nlp's tags of the words before it.
 */
export function figureIsObject(sentence: string, number: string): boolean {
  const at = sentence.search(new RegExp(`(?<![\\p{L}\\d])${number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u'));
  if (at <= 0) return false;
  const before = sentence.slice(0, at).trimEnd();
  // (A comma or a clause's start before the figure: it may open its own clause.)
  if (!before || /[,;:—–-]$/.test(before)) return false;
  // (The last few words are enough to tag the one before the figure.)
  const last = tagged(before.split(/\s+/).slice(-4).join(' ')).at(-1);
  return !!last && (last.pos === 'VERB' || last.pos === 'ADP') && !/^(?:said|says|say|than)$/i.test(last.text);
}

/**
 * "Out of 140 sailings this week, 96 were canceled": a figure with no noun of its own counts the
 * group the sentence opened on ("Of the 30 drivers, …"). The group's noun phrase, to its first
 * plural noun ("Hispanic students", "sailings"), or ''.
 */
export function groupOpening(sentence: string, number: string): string {
  const m = /^(?:Out of|Of)\s+(?:the\s+)?[\d,.]+\s+([^,]+),\s+(.*)$/u.exec(sentence);
  if (!m || !m[2]!.startsWith(`${number} `)) return '';
  const words = m[1]!.split(/\s+/).slice(0, 3);
  const head = words.findIndex((w) => /^\p{Ll}{3,}s$/u.test(w) && !/ss$/.test(w));
  return head < 0 ? '' : words.slice(0, head + 1).join(' ');
}
