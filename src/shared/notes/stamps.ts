/**
 * When a figure was read: the time stamp a running figure carries ("by evening", "on Tuesday",
 * "by Saturday morning", "as of 3 p.m."). A figure whose stamp moved forward with it was not
 * wrong when it was printed — it is the later reading of a running figure, an update. A stamp that
 * moved back, or a day put right while every figure stayed, is a fact put right.
 */
import { clockTimes } from './clocks';
import { WEEK } from './weekdays';

/** Parts of the day, in order. */
const PARTS: [RegExp, number][] = [
  [/\b(?:overnight|dawn|daybreak)\b/i, 0],
  [/\bmorning\b/i, 1],
  [/\b(?:midday|noon|lunchtime)\b/i, 2],
  [/\bafternoon\b/i, 3],
  [/\b(?:evening|dusk|nightfall)\b/i, 4],
  [/\b(?:tonight|night|midnight)\b/i, 5],
];

export interface Stamp {
  /** Day of the week, Monday = 0; -1 when none is named. */
  day: number;
  /** Part of the day (overnight 0 … night 5); -1 when none. */
  part: number;
  /** Minutes after midnight of a clock time; -1 when none. */
  minutes: number;
}

/** Words that put a figure at a moment: "by evening", "as of Tuesday", "on Monday", "at 3 p.m.". */
const STAMP_LEAD = String.raw`(?:by|as of|on|at|through|until|till|in the|this|late|early)\s+(?:late\s+|early\s+|the\s+)?`;
/**
 * A clause that tells of another event — "the fire, which started Monday, …", "after the storm hit
 * Sunday" — carries that event's day, not the figure's stamp.
 */
const OTHER_EVENT = /\b(?:which|who|that|when|after|before|while|where|because)\b[^,;]*/gi;

/**
 * The time stamp in a sentence, or null when it names no day, part of day or clock time. In a
 * sentence only a moment the figure is put at counts ("by evening", "as of Tuesday", "on Monday",
 * "at 3 p.m."), outside a clause of another event; `bare` words ("Saturday morning") are all stamp.
 */
export function stampOf(sentence: string, bare = false): Stamp | null {
  const main = bare ? sentence : sentence.replace(OTHER_EVENT, ' ');
  const lead = bare ? '' : STAMP_LEAD;
  const lower = main.toLowerCase();
  // "contained Tuesday morning": a day with its part is a moment however it is led (AP drops
  // "on"), read only when no day is led ("started Monday night … by Tuesday" is stamped Tuesday).
  const led = WEEK.findIndex((d) => new RegExp(`\\b${lead}${d}\\b`).test(lower));
  // Unled, it stamps a figure it follows ("35 percent contained Monday morning"); "started Monday
  // night and burned 300 acres" dates the start, not the count.
  const day =
    led >= 0
      ? led
      : WEEK.findIndex((d) => {
          const m = new RegExp(`\\b${d}\\s+(?:morning|afternoon|evening|night)\\b`).exec(lower);
          return !!m && /\d/.test(lower.slice(0, m.index)) && !/\d/.test(lower.slice(m.index));
        });
  const partWords = (re: RegExp) => re.source.replace(/\\b/g, '');
  const part =
    PARTS.find(
      ([re]) =>
        new RegExp(`(?:\\b${lead}|\\b(?:${WEEK.join('|')})\\s+)(?:${partWords(re)})\\b|\\b(?:overnight|tonight)\\b`, 'i').test(main) &&
        re.test(main),
    )?.[1] ?? -1;
  const clock = clockTimes(main).find(
    (c) => bare || /\b(?:by|as of|at|until|through|around|about|before)\s+$/i.test(main.slice(0, main.indexOf(c.text))),
  );
  let minutes = -1;
  if (clock) {
    const [hour, minute] = clock.parts;
    const pm = /p\.?\s?m/i.test(clock.text) && Number(hour) < 12;
    minutes = (Number(hour) + (pm ? 12 : 0)) * 60 + (clock.parts.length > 1 ? Number(minute) : 0);
  } else if (part === 2 && /\bnoon\b/i.test(main)) minutes = 12 * 60;
  if (day < 0 && part < 0 && minutes < 0) return null;
  return { day, part, minutes };
}

/** The part of the day a clock time falls in, on the scale of PARTS. */
function partOfMinutes(minutes: number): number {
  const hour = minutes / 60;
  return hour < 5 ? 0 : hour < 12 ? 1 : hour < 13 ? 2 : hour < 17 ? 3 : hour < 21 ? 4 : 5;
}

/** Within one day: later clock time, else later part of the day (a clock read as its part). 0 when neither tells. */
function laterInDay(was: Stamp, now: Stamp): number {
  if (was.minutes >= 0 && now.minutes >= 0 && was.minutes !== now.minutes) return Math.sign(now.minutes - was.minutes);
  const partWas = was.part >= 0 ? was.part : was.minutes >= 0 ? partOfMinutes(was.minutes) : -1;
  const partNow = now.part >= 0 ? now.part : now.minutes >= 0 ? partOfMinutes(now.minutes) : -1;
  if (partWas >= 0 && partNow >= 0 && partWas !== partNow) return Math.sign(partNow - partWas);
  return 0;
}

/**
 * True when the newer sentence's stamp is later than the older one's: a later weekday (within
 * three days, so "Sunday" → "Monday" counts and "Tuesday" → "Monday" does not), a later part of the
 * same day or a later clock time, or a moment of an unnamed day ("by evening") that now names its
 * day ("by Saturday morning") — the count was read again the next day. With `bare`, every day
 * and part of day in the sentences counts ("was rising Tuesday" → "was falling Wednesday").
 */
export function stampMovedForward(older: string, newer: string, bare = false): boolean {
  // "With 62% of precincts reporting" → "With 88% …": the count of returns is an election night's clock.
  const [wasCounted, nowCounted] = [returnsCounted(older), returnsCounted(newer)];
  if (wasCounted !== null && nowCounted !== null) return nowCounted > wasCounted;
  // A share of the vote now given with the returns counted ("With all precincts reporting, Reyes had
  // 52.1%"), the old line giving none: read later in the count, not put right.
  if (wasCounted === null && nowCounted !== null && /\b(?:votes?|ballots)\b/i.test(older)) return true;
  const was = stampOf(older, bare);
  const now = stampOf(newer, bare);
  if (!was || !now) return false;
  if (was.day >= 0 && now.day >= 0 && was.day !== now.day) {
    const ahead = (now.day - was.day + 7) % 7;
    return ahead >= 1 && ahead <= 3;
  }
  if (was.day < 0 && now.day >= 0) return was.part >= 0 || was.minutes >= 0;
  if (was.day >= 0 && now.day < 0) return false;
  return laterInDay(was, now) > 0;
}

/** The share of returns counted a line gives ("with 62% of precincts reporting", "with 80 percent of the vote counted"), or null. */
export function returnsCounted(line: string): number | null {
  const m =
    /\b(\d{1,3}(?:\.\d+)?)\s*(?:%|percent|per cent)\s+of\s+(?:the\s+)?(?:precincts|votes?|ballots|returns|polling places|districts)\s+(?:reporting|reported|counted|in|tallied)\b/i.exec(
      line,
    ) ?? /\b(\d{1,4})\s+of\s+\d{1,4}\s+precincts\s+(?:reporting|counted|in)\b/i.exec(line);
  if (m) return Number(m[1]);
  // "With all precincts reporting": the count is complete.
  return /\b(?:all|every)\s+(?:precincts|votes|ballots|returns|polling places)\s+(?:reporting|counted|in)\b/i.test(line) ? 100 : null;
}

/** True when `words` are only a stamp: day, part of day, clock words ("Saturday morning", "by evening"). */
export function isStampOnly(words: string): boolean {
  let unclocked = words;
  for (const clock of clockTimes(words)) unclocked = unclocked.replace(clock.text, ' ');
  const rest = unclocked
    .toLowerCase()
    .replace(/\b(?:on|by|at|as of|late|early|this|last|in the)\b/g, ' ')
    .replace(new RegExp(`\\b(?:${WEEK.join('|')})\\b`, 'g'), ' ')
    .replace(/\b(?:overnight|dawn|daybreak|morning|midday|noon|lunchtime|afternoon|evening|dusk|nightfall|tonight|night|midnight)\b/g, ' ')
    .replace(/[\s.,]+/g, '');
  return rest === '' && stampOf(words, true) !== null;
}
