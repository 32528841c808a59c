/**
 * A year put right ("has led the union since 2015" → "since 2017", "was arrested in 2005" → "in
 * 2006") is a fact of the past corrected, never a count that ran on: a year does not grow as a
 * story unfolds. Only a record's reach ("the highest since 2015" → "since 2009", "the first time
 * since …") moves with the news, as a new reading pushes it further back.
 */
import { isYear } from './edits';

const RECORD = /\b(?:highest|lowest|biggest|largest|smallest|most|least|best|worst|strongest|weakest|first time|longest|shortest)\b/i;

/** True when only a year changed in a line that tells no record: a correction, not a development. */
export function yearPutRight(before: string, after: string, sentence: string): boolean {
  return isYear(before.trim()) && isYear(after.trim()) && !RECORD.test(sentence);
}
