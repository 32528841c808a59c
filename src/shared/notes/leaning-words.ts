/**
 * Words of a told clause that lean on the article around them. A clause lifted into a dated note
 * keeps words that only made sense where it stood: a day counted from the dateline ("were in custody
 * yesterday", "will be back tomorrow", "this morning"), a contrast with the sentence before it
 * ("Chaudhry, however, opposed …") and an echo of it ("… damage from the earthquake as well"). Under
 * "Update, Dec. 6:" the day is the note's, not the article's, and the contrast and the echo point at
 * copy the reader of the note does not have; so they go, and "later Thursday" keeps only its weekday.
 * Quoted words are the speaker's and stay as printed.
 */
import { NEAR_DAY, PART_OF_DAY, WEEKDAY } from './weekdays';

/** A day counted from the dateline, with what leads into it: "yesterday", "as of this morning", "earlier today". */
const COUNTED_DAY = new RegExp(
  String.raw`,?\s+(?:(?:as\s+of|by|on|until|since|from)\s+)?(?:(?:earlier|later|late|early)\s+)?(?:${NEAR_DAY}|tomorrow|this\s+${PART_OF_DAY})(?:\s+${PART_OF_DAY})?(?![\p{L}'’-])`,
  'giu',
);
/** A time set ahead: a future, a plan or a schedule, whose day is part of what it tells. */
export const AHEAD = /\b(?:will|would|shall|won['’]t|scheduled|expected|set to|plans?|planned|tomorrow|going to|to be)\b/i;
/** "later Thursday", "earlier on Monday": the weekday stands alone. */
const NEAR_WEEKDAY = new RegExp(String.raw`\b(?:earlier|later)\s+(?:on\s+)?(?=${WEEKDAY}\b)`, 'g');
/** A contrast set off by commas after the subject: "X, however, opposed …". */
const CONTRAST = /,\s*(?:however|though|meanwhile|in turn|for (?:his|her|their|its) part),\s+/gi;
/** An echo at the clause's end: "… as well", "…, too", "… also". */
const ECHO = /(?:\s+as\s+well|,\s*too|\s+also)\s*$/i;

/** The clause without the words that lean on the copy around it; quoted words untouched. */
export function withoutLeaningWords(clause: string): string {
  // (Only the words outside quotation marks: a quoted "today" is the speaker's.)
  const parts = clause.split(/(["“][^"”]*["”])/);
  const out = parts
    .map((part, k) => {
      if (k % 2 === 1) return part;
      const trimmed = part
        .replace(CONTRAST, ' ')
        .replace(NEAR_WEEKDAY, '')
        // ("Today's vote", a day that is the subject or owns one, is the clause's own word.)
        // ("will not run this morning": a time set ahead is the news's own time, and stays.)
        .replace(COUNTED_DAY, (m, offset: number, whole: string) =>
          /^['’]s\b/.test(whole.slice(offset + m.length)) || AHEAD.test(clause) ? m : '',
        );
      return k === parts.length - 1 ? trimmed.replace(ECHO, '') : trimmed;
    })
    .join('')
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .trim();
  // (A clause that was nothing but such words, or lost its last word to them, is told as printed.)
  return out.split(/\s+/).length >= 3 ? out : clause;
}
