/**
 * The hedges copy puts on a figure or a span, in one list: "about 49%", "some 175", "nearly an
 * hour", "more than 300", "up to six inches". A hedge is part of the fact (figure-hedges.ts keeps it
 * with the corrected value, durations.ts and it-took.ts with both values of a span), and where a
 * reader looks back from a figure it is stepped over (held-measures.ts, moved-levels.ts,
 * figure-clauses.ts, describe.ts). The readers want different hedges on purpose ("only" and "just"
 * before a level moved to, "an estimated" before a figure, "just over" before a span), so each takes
 * its own view with `hedges(...)`, which names only words from this list: a hedge added here is one
 * the house knows, and no reader spells one its own way.
 *
 * A leaf module (it imports nothing), so any reader may use it without a circular import.
 */

/** Every hedge the house reads before a figure or a span. */
export const HEDGE_WORDS: readonly string[] = [
  // Near the figure, either side of it.
  'about|around|roughly|some|nearly|almost|approximately|close to|an estimated',
  // A bound on it.
  'more than|at least|at most|no more than|up to|fewer than|less than|as many as|as much as|over|under|just over|just under',
  // Small, or no more than it.
  'just|only|barely',
]
  .join('|')
  .split('|');

/**
 * A view of the list as a regex alternation, in the order given: `hedges('about', 'nearly')` →
 * "about|nearly". A word not in the list is a mistake of the rule that asks for it, caught when the
 * module loads.
 */
export function hedges(...words: string[]): string {
  const unknown = words.filter((w) => !HEDGE_WORDS.includes(w));
  if (unknown.length) throw new Error(`not a hedge in hedge-words.ts: ${unknown.join(', ')}`);
  return words.join('|');
}

/** The hedges kept with a figure put right ("It was about 49%, not 39%"; figure-hedges.ts). */
export const FIGURE_HEDGES = hedges(
  'about',
  'around',
  'roughly',
  'some',
  'nearly',
  'almost',
  'approximately',
  'more than',
  'at least',
  'up to',
  'fewer than',
  'less than',
  'an estimated',
  'close to',
);

/** The hedges kept with a span put right ("about two months, not about a month"; durations.ts, it-took.ts). */
export const SPAN_HEDGES = hedges(
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'at least',
  'more than',
  'less than',
  'up to',
  'some',
  'just over',
  'just under',
);

/**
 * A word of degree a figure's own phrase opens on ("about 30", "more than 40", "at least 30 homes"):
 * stepped over back from a counted subject (value-clause.ts) and before the count "to have" takes
 * (counted-have.ts).
 */
export const DEGREE_HEDGES = hedges(
  'about',
  'around',
  'roughly',
  'some',
  'nearly',
  'almost',
  'approximately',
  'close to',
  'an estimated',
  'more than',
  'at least',
  'at most',
  'no more than',
  'up to',
  'fewer than',
  'less than',
  'as many as',
  'as much as',
  'over',
  'under',
);
