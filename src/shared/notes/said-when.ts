/**
 * When a source spoke, set after its speech verb at a line's end: "…, the force said shortly after
 * 10pm", "…, police said late Tuesday", "…, the agency said at 3:15 p.m. Wednesday". The whole
 * tail is attribution, and goes with the speaker when the line is told as a clause: a time left
 * after the cut ("… in Harrow, the force said shortly after 10pm") is copied into the note.
 */
import { WEEKDAY } from './weekdays';

const PART = String.raw`(?:morning|afternoon|evening|night|noon|midday|midnight|today|tonight|yesterday)`;
const CLOCK = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.?|p\.m\.?|am|pm)?`;
/** A clock that says it is one ("9 a.m.", "10pm", "3:15 p.m."): before what was said, a bare figure is the news ("said 5 people …"). */
const CLOCK_MARKED = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)`;
const ZONE = String.raw`(?:local time|GMT|BST|UTC|ET|EDT|EST|CT|PT)`;
/** How near the time is told: "shortly after", "just before", "late". */
const NEAR = String.raw`(?:(?:shortly|just|soon|sometime|late|early)\s+)?`;

/** A regex source for the time after "said": one time word or clock, with an "about" or "after" before and a day or zone after. */
export const SAID_WHEN = String.raw`\s+${NEAR}(?:(?:after|before|at|around|about|by|on|in the|early|late|this|last)\s+)?(?:${WEEKDAY}|${PART}|${CLOCK})(?:\s+(?:${WEEKDAY}|${PART}|${ZONE}))?`;

/**
 * The same time set between the speech verb and what was said: "said at 9 a.m. Wednesday that the
 * man had been found", "said late Tuesday the road was open", "said Wednesday at 3 p.m. that …".
 * Only a clock with its a.m. or p.m. counts here: "said 5 people were hurt" opens on the news.
 */
export const SAID_WHEN_BEFORE_NEWS = String.raw`\s+${NEAR}(?:(?:after|before|at|around|about|by|on|early|late|this|last)\s+)?(?:${WEEKDAY}|${PART}|${CLOCK_MARKED})(?:\s+(?:(?:at|on)\s+)?(?:${WEEKDAY}|${PART}|${ZONE}|${CLOCK_MARKED}))?`;
