/**
 * A clock alone on its line ("8.00PM:", "8:15 p.m.") over words that are a note in their own right
 * ("This story has been updated with …", "Correction: An earlier version …"), closing the copy: a
 * live page stamps each development with its clock, and this one is the note at that clock. Joined
 * into one line ("8.00PM: This story has been updated …"), the note keeps the clock as its time.
 *
 * Only over a note's own words: a live blog's bare clock over what happened then ("8.00PM:" over
 * "Crews have reopened the road.") is an entry of its copy and stays there, as does a schedule's
 * "7.30pm:" over "Doors open.".
 */
import type { NoteLine } from './note-line';

/** A clock with its meridiem, as pages print it ("8.00PM", "8:15 p.m.", "11am"), and an optional colon. */
const BARE_CLOCK = /^\d{1,2}(?:[:.]\d{2})?\s*(?:[aApP]\.?\s?[mM]\.?)(?:\s+[A-Z]{2,4})?\s*:?$/;

/** `read` is the note-line reader (passed in: note-line.ts calls this while it joins headings). */
export function clockOverNote(stamp: string, words: string, read: (line: string, undated: boolean) => NoteLine | null): string | null {
  const clock = stamp.trim();
  const text = words.trim();
  if (!BARE_CLOCK.test(clock) || !read(text, true)) return null;
  const joined = `${clock.replace(/\s*:$/, '')}: ${text}`;
  return read(joined, true)?.hour !== undefined ? joined : null;
}
