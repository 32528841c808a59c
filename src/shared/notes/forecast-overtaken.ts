/**
 * A forecast overtaken by events: "A final result is expected on Friday" rewritten as "Final
 * results released on Friday confirmed that …", "The hub will host trials on May 4" as "The hub
 * hosted trials on May 4, drawing …", "The bridge is expected to reopen Thursday" as "The bridge
 * reopened Thursday". The old line was true when it was written: it told what was to come, and
 * the story moved on. Cutting it for the line that tells what came is an update, never a claim
 * withdrawn ("incorrectly reported that a final result was expected"), as newsroom standards
 * desks put it: a forecast that events overtook is no error.
 *
 * Read by structure, not by the event's words: the old line looks ahead (a future or an
 * expectation), the new one does not, and the two are about the same thing (they share two of
 * their content words). A forecast rewritten as another forecast ("expected Friday" → "expected
 * Monday") is a date put right or moved, left to the readers of dates.
 */
import { lemmaOf } from './opposites';

/** A line that looks ahead: a future, a plan, a schedule or an expectation. */
const LOOKS_AHEAD = new RegExp(
  [
    // "will host", "would reopen", "is going to vote", "won't resume"
    String.raw`\b(?:will|would|won['’]t|shall)\s+(?:not\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}+`,
    String.raw`\b(?:is|are|was|were|am)\s+going\s+to\b`,
    // "is expected to reopen", "was expected on Friday", "is due Monday", "is scheduled for May 4"
    String.raw`\b(?:is|are|was|were|had\s+been|has\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?(?:expected|scheduled|set|due|slated|poised|likely|planned|anticipated)\b`,
    // "plans to vote", "planned to hold", "hopes to reopen"
    String.raw`\b(?:plans?|planned|planning|intends?|intended|hopes?|hoped)\s+to\s+\p{Ll}+`,
    // "Next up, …", "Coming up, …"
    String.raw`^(?:next\s+up|coming\s+up|next)\b`,
  ].join('|'),
  'iu',
);

/** Words that say nothing of what the line is about. */
const EMPTY = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'for',
  'to',
  'by',
  'with',
  'from',
  'that',
  'this',
  'its',
  'their',
  'his',
  'her',
  'it',
  'they',
  'he',
  'she',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'said',
  'says',
  'told',
  'also',
  'about',
  'after',
  'before',
  'next',
  'up',
  'expected',
  'scheduled',
  'due',
  'set',
  'plans',
  'planned',
  'which',
  'who',
  'not',
  'than',
  'more',
  'some',
  'all',
]);

/** The line's content words, each as its lemma ("results" → "result", "hosted" → "host"). */
function contentWords(line: string): Set<string> {
  const words = line.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !EMPTY.has(w)).map((w) => lemmaOf(w)));
}

/** Does `older` look ahead to what `newer` tells as come to pass? */
export function forecastOvertaken(older: string, newer: string): boolean {
  if (!LOOKS_AHEAD.test(older) || LOOKS_AHEAD.test(newer)) return false;
  const before = contentWords(older);
  let shared = 0;
  for (const word of contentWords(newer)) if (before.has(word)) shared++;
  return shared >= 2;
}
