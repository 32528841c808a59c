/**
 * A day put right beside a clock time that stands ("happened about 6 p.m. Tuesday" → "Wednesday")
 * is the day of the event, not its time: the note says "the day the crash happened", never "when
 * the crash happened about 6 p.m.", which reads as if the hour were wrong.
 */

/** A clock time closing a clause, with the word that places it: "about 6 p.m.", "at 11:30 a.m.", "shortly after noon". */
const CLOSING_CLOCK =
  /\s+(?:(?:at|about|around|near|nearly|shortly\s+(?:after|before)|just\s+(?:after|before)|before|after|by)\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.?|p\.m\.?|am|pm)|noon|midnight)$/i;

/** "when the crash happened about 6 p.m." → "the day the crash happened", for a day's event; else as given. */
export function dayNotClock(what: string, unit: string): string {
  if (unit !== 'day' || !CLOSING_CLOCK.test(what)) return what;
  const event = what.replace(CLOSING_CLOCK, '');
  return /^when\s+\S+\s+\S+/.test(event) ? event.replace(/^when\s+/, 'the day ') : what;
}
