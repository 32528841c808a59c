/**
 * The day a wire dateline prints at the head of the copy: "KELSO, Wash., Nov. 6 (Reuters) - …",
 * "LONDON, March 3 (Reuters) - …". It is the story's day when the page prints no stamp, so a note
 * the page printed with a clock and no day (a live entry, "Updated at 3:40 p.m.") is dated on it,
 * not on the day of import. The place is in capitals, as every dateline prints it, and the day sits
 * between the place and the dash: a day named in the copy ("LONDON - The bank said on Nov. 6 …")
 * is not the dateline's.
 */
import { monthFromWord } from '../text/dates';

const DATED_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?(?:,\s+\p{Lu}[\p{L}.'’ ]{0,29}?)?,\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s+(\d{1,2})\s*(?:\([\p{L}\p{N} .&-]{1,30}\))?\s*(?:—|–|--?)\s+\S/u;

export function readDatelineDay(text: string): { month: number; day: number } | null {
  const m = DATED_DATELINE.exec(text);
  const month = m ? monthFromWord(m[1]!) : undefined;
  const day = m ? Number(m[2]) : 0;
  return month && day >= 1 && day <= 31 ? { month, day } : null;
}
