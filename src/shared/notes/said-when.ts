/**
 * When a source spoke, set after its speech verb at a line's end: "…, the force said shortly after
 * 10pm", "…, police said late Tuesday", "…, the agency said at 3:15 p.m. Wednesday". The whole
 * tail is attribution, and goes with the speaker when the line is told as a clause: a time left
 * after the cut ("… in Harrow, the force said shortly after 10pm") is copied into the note.
 */
const DAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const PART = String.raw`(?:morning|afternoon|evening|night|noon|midday|midnight|today|tonight|yesterday)`;
const CLOCK = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:a\.m\.?|p\.m\.?|am|pm)?`;
const ZONE = String.raw`(?:local time|GMT|BST|UTC|ET|EDT|EST|CT|PT)`;

/** A regex source for the time after "said": one time word or clock, with an "about" or "after" before and a day or zone after. */
export const SAID_WHEN = String.raw`\s+(?:(?:shortly|just|soon|sometime|late|early)\s+)?(?:(?:after|before|at|around|about|by|on|in the|early|late|this|last)\s+)?(?:${DAY}|${PART}|${CLOCK})(?:\s+(?:${DAY}|${PART}|${ZONE}))?`;
