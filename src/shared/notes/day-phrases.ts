/**
 * The day a deed or a statement is dated by, as copy sets it after the verb: "apologised late on
 * Friday", "said on Thursday evening", "confirmed earlier today", "said this week". The rules that
 * read past such a day to the news (source-deeds.ts, said-news.ts, speech-channel.ts) take it from
 * here, so a day one of them knows is never news to another. Built on weekdays.ts; a leaf module
 * besides that one, so any rule file may take it at load time.
 *
 * Each rule keeps the reach it was written for: a deed's day may lean ("late on Friday"), a day
 * beside a verb of saying may be "this week" or "last night", a day after a channel is a plain day.
 */
import { NEAR_DAY, PART_OF_DAY, WEEKDAY } from './weekdays';

/** A word that leans a day earlier or later: "late Friday", "earlier today". */
const LEANING = String.raw`(?:late|early|earlier|later)`;

/** A day by its name or told from the dateline: "Tuesday", "today". */
const DAY_NAMED = String.raw`(?:${WEEKDAY}|${NEAR_DAY})`;

/** The day set after a deed: "late on Friday", "on Tuesday night", "earlier today". */
export const DAY_OF_DEED = String.raw`(?:${LEANING}\s+)?(?:on\s+)?${DAY_NAMED}(?:\s+${PART_OF_DAY})?`;

/** A time set beside a verb of saying: "Tuesday", "on Thursday evening", "late Friday", "earlier today", "this week". */
export const DAY_OF_SAYING = String.raw`(?:(?:on|late|early|earlier|later)\s+)?(?:${DAY_NAMED}|this|last)(?:\s+(?:${PART_OF_DAY}|week))?`;

/** The day after a channel of speech: "in a post Monday", "on its website late Friday". */
export const DAY_OF_POST = String.raw`(?:on\s+|late\s+|early\s+)?${DAY_NAMED}(?:\s+${PART_OF_DAY})?`;
