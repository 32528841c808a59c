/**
 * A correction whose opening phrase names this piece, then tells the error in the newsroom's words:
 * "In the original introduction to this report, we mistakenly said the Carr Fire has spread over
 * more than 100,000 square miles." (public radio), "In an update of this post on March 12, the total
 * number of world cases was incorrectly tabulated at 200,000-plus." Only the piece itself says "this
 * report" or "this post" in an opening phrase, and the error must be owned — "we" with an error
 * word, or the passive with one — so the line reads above the copy as under it, like "An earlier
 * version of this story …". The day in the phrase is when the piece erred, not the note's.
 */
import { SPOKEN } from './outlet-owns-error';

const OPENING =
  /^In (?:the|an?|our) (?:(?:original|earlier|previous|first|initial|last)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:of|to|in) this (?:report|story|article|post|piece|segment|broadcast|episode|podcast|video)(?:\s+on\s+[^,]{3,30})?,\s+/iu;
const ERROR_ADVERB = String.raw`(?:mistakenly|incorrectly|wrongly|erroneously|inaccurately|in error)`;
const WE_ERRED = new RegExp(
  String.raw`^we ${ERROR_ADVERB} (?:said|reported|stated|wrote|identified|described|referred|called|gave|named|listed|tabulated|put)\b`,
  'i',
);
const PASSIVE_ERRED = new RegExp(String.raw`^[^.;]{3,120}? (?:was|were) ${ERROR_ADVERB} (?:\p{L}+)\b`, 'iu');

export function namesThisPieceThenErred(line: string): boolean {
  const opening = OPENING.exec(line.trim());
  if (!opening) return false;
  const rest = line.trim().slice(opening[0].length);
  return (WE_ERRED.test(rest) || PASSIVE_ERRED.test(rest)) && !SPOKEN.test(line.trim());
}
