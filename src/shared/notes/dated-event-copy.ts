/**
 * "misstated the date the sale and lease of farm drones became legal": the event a date, day or
 * year belongs to can only be told in the article's own words, and a clause of a few more than
 * grammar.ts's copying limit (COPIED_RUN) is still a short naming of it, not a pasted sentence.
 * Without this, such events fell back to "a detail about the events described" (review 13a found
 * it on real copy). Only the clause right after "misstated the date", "… the day", "… the year" …
 * or "misstated when" (a day or a time is when), or the event told alone ("the date …"), to the
 * sentence's end, is let run longer, and only to DATED_EVENT_WORDS words; a longer one is copying.
 * "Details on crews worked through the night to clear …" names no date: it is still copying.
 */

/** The most words an event after "the date" may share with the article. */
export const DATED_EVENT_WORDS = 11;

/** The note with a short dated event set apart as quoted (free to copy), for the copying check. */
export function withDatedEventLicensed(noteText: string): string {
  return noteText.replace(
    /((?:^|\bmisstated\s+)(?:the\s+(?:date|day|year|month|week|time|night|morning|afternoon|evening)|when)\s+)([^.;:"“”]+?)(?=[.;]\s|[.;]?$)/giu,
    (whole, lead: string, event: string) => (event.trim().split(/\s+/).length <= DATED_EVENT_WORDS ? `${lead}"event"` : whole),
  );
}
