/**
 * A noun made to agree with the word that counts it: "both team" → "both teams", "several case" →
 * "several cases", "every residents" → "every resident", "one of the oldest school" → "… schools",
 * "all kind of growers" → "all kinds of growers". The counting word, left as it was, already said
 * how many; the old noun only disagreed with it. Grammar put right, no fact — a note would tell
 * readers a fact was wrong when none was.
 *
 * A word that does not fix the number ("the", "her", "some", "no") leaves the noun's number a fact:
 * "her son" → "her sons" still gets a correction. So does a changed counting word ("two homes" →
 * "three homes"), which is not this edit at all: here only the noun changed.
 */

/** Words that take a plural noun only (a count noun after them is one of many). */
const TAKES_PLURAL = new RegExp(
  String.raw`^(?:both|several|many|few|these|those|various|numerous|multiple|all|${SPELLED_PLURAL_CARDINAL}|dozens|hundreds|thousands)$`,
  'i',
);

/** Words that take a singular noun only. ("That" is left out: it is as often a conjunction.) */
const TAKES_SINGULAR = /^(?:a|an|each|every|this|another|either|neither)$/i;

/** Words that may stand between a counting word and the noun ("the", "her", "their") in "one of the …". */
const OWNING = /^(?:the|his|her|their|its|our|my|your)$/i;

/** "one of", "each of", "some of": a part of a group named in the plural. */
const PART_OF = new RegExp(String.raw`^(?:${SPELLED_CARDINAL}|each|some|any|none|many|several|few|most|all|both|either|neither)$`, 'i');

import { lemmaOf } from './opposites';
import { SPELLED_CARDINAL, SPELLED_PLURAL_CARDINAL } from '../text/numbers';

/** A figure greater than one ("2", "1,500"), counting as plural. */
const plainFigure = (t: string) => /^\d[\d,]*$/.test(t) && Number(t.replace(/,/g, '')) > 1;

/**
 * Whether the noun at `at` in `tokens` (one word, changed only in number from `was` to `now`) was
 * made to agree with an unchanged counting word before it. `isModifier` says whether a word
 * between is an adjective or a possessive ("oldest", "district's"), looked past.
 */
export function agreesWithCounter(tokens: string[], at: number, was: string, now: string, isModifier: (word: string) => boolean): boolean {
  // (The plural's own lemma is its singular: "kinds" → "kind", "men" → "man".)
  const madePlural = lemmaOf(now) === was.toLowerCase() && now.toLowerCase() !== was.toLowerCase();
  const madeSingular = lemmaOf(was) === now.toLowerCase() && now.toLowerCase() !== was.toLowerCase();
  if (!madePlural && !madeSingular) return false;
  // Past the noun's modifiers to the word that counts it (at most three: "several small rural case").
  let k = at - 1;
  while (k >= 0 && at - k <= 3 && isModifier(tokens[k]!) && !TAKES_PLURAL.test(tokens[k]!) && !TAKES_SINGULAR.test(tokens[k]!)) k--;
  const counter = tokens[k] ?? '';
  if (madePlural && (TAKES_PLURAL.test(counter) || plainFigure(counter))) return true;
  if (madeSingular && TAKES_SINGULAR.test(counter)) return true;
  // "one of the district's oldest school": the part of a group is counted from the group, plural.
  if (madePlural) {
    const ownerAt = OWNING.test(counter) ? k - 1 : k;
    if (/^of$/i.test(tokens[ownerAt] ?? '') && PART_OF.test(tokens[ownerAt - 1] ?? '')) return true;
  }
  return false;
}
