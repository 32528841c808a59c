/**
 * "On Wednesday, the harbor authority reopened two of the four berths": told as the article told
 * it, the clause copies the article's words. Wire style sets the day between the subject and its
 * verb ("the harbor authority on Wednesday reopened two of the four berths"), which tells the same
 * news in the note's own order. Only a day the sentence gave, and only before a past-tense verb
 * within the first few words.
 */
import { tagged } from './topics';
import { WEEKDAY } from './weekdays';

const DAY_GIVEN = new RegExp(String.raw`(?:^|\s)(?:on\s+)?(${WEEKDAY})\b`, 'u');

/** The clause with the sentence's day set after its subject, or '' when that cannot be done. */
export function dayAfterSubject(told: string, sentence: string): string {
  let clause = told;
  const day = DAY_GIVEN.exec(sentence)?.[1];
  if (!day) return '';
  // ("… reopened two of the four berths on Wednesday": a day closing the clause moves up.)
  const closing = new RegExp(String.raw`\s+on\s+${day}$`);
  if (closing.test(clause)) clause = clause.replace(closing, '');
  if (clause.includes(day)) return '';
  const tokens = tagged(clause);
  const verb = tokens.findIndex((t, k) => k > 0 && t.pos === 'VERB' && /ed$/i.test(t.lower));
  if (verb < 1 || verb > 6 || tokens.slice(0, verb).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'to')) return '';
  const words = clause.split(' ');
  // The tagger's tokens and the clause's words line up only when no word was split (a possessive, a comma).
  if (tokens.length !== words.length) return '';
  return [...words.slice(0, verb), 'on', day, ...words.slice(verb)].join(' ');
}
