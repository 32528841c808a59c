/**
 * A value swapped in place: the revision's only change is one figure or date replaced by another
 * inside its own sentence, with no sentence added beside it and no word of the line saying the
 * figure moves on. A count read again later brings something with it (a later stamp, a new
 * sentence, "rose", "now", "so far"); a lone swap brings nothing, so the old value was wrong when
 * it was printed: a correction, whatever the line counts. On unseen copy the running-count readings
 * (a stamp kept in both versions, "as of July"; a toll of this week) told such swaps as "New
 * figures." or "New number of aftershocks." ("as of 7 a.m. Thursday, nine aftershocks" → "six
 * aftershocks", "As of yesterday, there were 46 detected" → "56", "as of Friday, July 17" → "July
 * 24"), and a count so far cannot even fall. Read by structure, not by what is counted.
 */
import { isNumberToken } from './edits';

/** Words that say a figure moves on as it is counted: the count so far, told as it runs. */
const MOVES_ON =
  /\b(?:rose|risen|rises|rising|climbed|climbs|climbing|grew|grown|grows|growing|increased|jumped|surged|swelled|mounted|reached|reportedly|at least|now|so far|to date|latest|still|updated figures?|new figures?)\b/i;

/** The perfect of a count so far: "has burned 1,200 acres", "have been evacuated". */
const COUNT_SO_FAR = /\b(?:has|have)\s+(?:now\s+|already\s+)?(?:been\s+)?\p{L}+(?:ed|en|nt)\b/iu;

/** A value alone: a figure or a date's parts, at most three words, each a number or a month or a day. */
const DATE_WORD =
  /^(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function isValue(span: string): boolean {
  const words = span
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[,.;:]+$/, ''))
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 3 &&
    words.some((w) => isNumberToken(w)) &&
    words.every((w) => isNumberToken(w) || DATE_WORD.test(w))
  );
}

/**
 * True when `older` became `sentence` only by `before` giving way to `after` (both a value), no
 * other material was added to the article, and the line has no word of a count moving on.
 */
export function valueSwappedInPlace(
  before: string,
  after: string,
  older: string,
  sentence: string,
  otherMaterial: boolean,
  around: { older: string; newer: string } = { older: '', newer: '' },
): boolean {
  // (Nothing else of its paragraph moved either: a returns clock told in the sentence before is the figure's stamp.)
  // (The newer side also holds the next paragraph's first line: only the paragraph's own lines are compared.)
  if (otherMaterial || !around.newer.startsWith(around.older) || !isValue(before) || !isValue(after)) return false;
  const at = older.indexOf(before.trim());
  if (at < 0 || older.indexOf(before.trim(), at + 1) >= 0) return false;
  if (older.slice(0, at) + after.trim() + older.slice(at + before.trim().length) !== sentence) return false;
  // A date moved alone ("as of Friday, July 17" → "July 24") with the count beside it kept: the stamp was wrong.
  const dated = [...before.trim().split(/\s+/), older.slice(0, at).trim().split(/\s+/).pop() ?? ''].some((w) =>
    DATE_WORD.test(w.replace(/[,;:]+$/, '')),
  );
  // The line's own words: a sentence that tells its count moving ("rose to", "now stands at") stays a development.
  return dated || (!MOVES_ON.test(sentence) && !COUNT_SO_FAR.test(sentence));
}
