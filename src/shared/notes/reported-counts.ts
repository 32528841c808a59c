/**
 * A count the copy gives as what is known so far: "three workers have reportedly been hurt",
 * "12 cases have been reported", "at least 40 homes", "so far 9 arrests". Such a count is a running
 * story's, passed on as it came in; a new figure in the same frame is the later count (an update),
 * not the old one put right. A settled count stated flatly ("Three workers were hurt in March")
 * carries no such word and stays a fact.
 */
import { numberWordValue } from '../text/numbers';
import { mentions } from './names';
import { plainText } from './sentences';

/** Words that pass a count on as reported or partial. */
export const REPORTED_COUNT =
  /\b(?:reportedly|(?:has|have|had)\s+(?:so far\s+|now\s+)?been\s+reported|(?:is|are|were|was)\s+(?:now\s+)?(?:reported|said|believed|thought)\s+to\s+(?:be|have)|according to (?:early|initial|preliminary|unconfirmed|local) reports|so far|at least|thus far|to date)\b/i;

/** An adjective that stands for the people it describes: "the number of injured", "the missing". */
export const COLLECTIVE = /^(?:injured|wounded|missing|displaced|homeless|evacuated|sick|stranded)$/i;

/** Verbs that pass a state on rather than tell what befell: "reported missing", "feared dead". */
const HEARSAY = /^(?:reported|believed|feared|confirmed|listed|thought|said|presumed)$/;

/**
 * "three workers have reportedly been hurt" → "workers hurt": the counted noun with the participle
 * its perfect passive gives ("have (reportedly|now|so far) been hurt"), or the noun alone when the
 * line says no such verb.
 */
export function countedDeed(sentence: string, counted: string): string {
  if (!/^\p{Ll}+(?:\s+\p{Ll}+)?$/u.test(counted)) return counted;
  const deed = new RegExp(
    `\\b${counted}\\s+(?:have|has|had|were|are)\\s+(?:\\p{Ll}+ly\\s+|now\\s+|so far\\s+)?(?:been\\s+)(\\p{Ll}+(?:ed|en)|hurt|shot|struck|hit|held|caught|lost)(?:\\s+(\\p{Ll}+))?\\b`,
    'u',
  ).exec(sentence);
  if (!deed) return counted;
  // "have been reported missing": the word of report passes on the state, which is what is counted.
  if (HEARSAY.test(deed[1]!))
    return deed[2] && (COLLECTIVE.test(deed[2]) || /^(?:dead|killed|hurt)$/.test(deed[2])) ? `${counted} ${deed[2]}` : counted;
  return `${counted} ${deed[1]}`;
}

/**
 * How often `text` prints `figure`, in digits or in words ("3" is "three" and "Three"), so a
 * headline's "3 officers" and a lead's "Three officers" are one figure, changed once.
 */
export function timesPrinted(text: string, figure: string): number {
  if (!/^\d+$/.test(figure)) return mentions(text, figure) ? 1 : 0;
  const plain = plainText(text);
  const digits = plain.match(new RegExp(`(?<![\\p{L}\\p{N}.,:])${figure}(?![\\p{L}\\p{N}]|[.,:]\\d)`, 'gu'))?.length ?? 0;
  return digits + (plain.match(/\p{L}+/gu) ?? []).filter((w) => numberWordValue(w) === Number(figure)).length;
}
