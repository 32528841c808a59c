/**
 * Clock times in running copy: "10.44am", "3:15 p.m.", "15:40 BST", "9 a.m.". A time tells when,
 * never how many, so its digits are no figure to correct ("misstated the number of am"), and a
 * live blog's time stamp opening an entry is furniture, like a dateline.
 */

/** An hour with minutes and/or a meridiem, and a zone when one follows. */
const CLOCK = /(?<![\d.,:])(\d{1,2})(?:([:.])(\d{2}))?(?!\d)(?:\s?([aApP])\.?\s?[mM]\b\.?)?(?:\s+([ECMP][SD]?T|GMT|BST|UTC|CET|CEST)\b)?/g;

export interface Clock {
  /** As printed: "3:15 p.m.", "10.44am". */
  text: string;
  /** Where it starts in the text it was read from. */
  at: number;
  /** Its digit groups as the tokenizer splits them: "3", "15", "3:15"; "10.44" stays whole. */
  parts: string[];
}

/** The clock times in `text`, in order. A bare number ("12 people") or a decimal ("4.5") is none. */
export function clockTimes(text: string): Clock[] {
  const out: Clock[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const [whole, hour, sep, minute, meridiem, zone] = m;
    // "4.5 million" is a decimal, "3:1" a ratio: a time has a meridiem, or a colon and minutes, or a
    // point, minutes and a zone ("15.40 BST").
    const isClock = !!meridiem || (sep === ':' && !!minute) || (sep === '.' && !!minute && zone);
    if (!isClock || Number(hour) > 24 || Number(minute ?? 0) > 59) continue;
    const parts = minute ? [hour!, minute, `${hour}${sep}${minute}`] : [hour!];
    out.push({ text: whole.trim(), at: m.index!, parts });
  }
  return out;
}

/** Is `token` (a word token of `text`) one of the digit groups of a clock time in it? */
export function isClockToken(token: string, text: string): boolean {
  return clockTimes(text).some((c) => c.parts.includes(token));
}

/**
 * A time stamp opening a live blog's entry ("10.44am: Police said …", "15:40 BST – …"): the time
 * the entry was posted, not a fact of the story.
 */
export function isTimeStamp(clock: Clock, text: string): boolean {
  return clock.at === 0 && /^\s*(?:[:–—-]|$)/.test(text.slice(clock.text.length));
}
