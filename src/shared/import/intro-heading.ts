/**
 * A note's label over the words it introduces, on a line of its own with the words on the next:
 * "UPDATE — Hirsch sends this email:" over the email, or The Register's "Updated to add" over the
 * added sentence. The label and its short introduction end in a colon (or are the fixed "Updated to
 * add"), so the pair is one note; joined, it keeps every word: "UPDATE: Hirsch sends this email: …".
 * Only the line shapes are read here; note-line.ts decides, as for every heading, that the pair
 * closes the copy and that the joined line reads as a note.
 */

/** "Updated to add", with or without its colon, alone on its line. */
const UPDATED_TO_ADD = /^updated to add\s*:?\s*$/i;

/**
 * "UPDATE — Hirsch sends this email:", "Update: The company sent this statement:": an update's
 * label, a dash or colon, and an introduction of a few words that ends in a colon — the words
 * introduced stand on the next line. Not "Update: 3:15 p.m." (a clock) and not a label alone.
 */
const LABEL_THEN_INTRO = /^(update|updated|editor['’]s note)\s*[—–:-]\s*(\p{Lu}[^:]{2,70}):\s*$/iu;

/** The pair joined as one note line, or null when `heading` is no such label. */
export function joinIntroHeading(heading: string, words: string): string | null {
  const head = heading.trim();
  const text = words.trim();
  if (!text) return null;
  if (UPDATED_TO_ADD.test(head)) return `Updated to add: ${text}`;
  const m = LABEL_THEN_INTRO.exec(head);
  if (!m || /\d:\d/.test(head)) return null;
  return `${m[1]}: ${m[2]!.trim()}: ${text}`;
}
