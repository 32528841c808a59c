/**
 * "Tait is scheduled to appear in Castlegar provincial court on April 30.": when a revision adds one
 * line that can lead (quotations beside it are comments, told apart), that line IS the update, and
 * a newsroom's note tells its main clause. The clause reader asked for an event word first ("was
 * arrested", "rose to 17") and, without one, the note fell to "Details on Tait." So the lone line is
 * read by its structure instead: its main clause, told whole by the clause reader (subject, finite
 * verb and all it needs, nothing cut from its end), credited to no one, at most
 * REPORTED_CLAUSE_WORDS words (the most a note tells whole), neither negated, unknown, a guess nor
 * what the old article already said, nor a line of saying ("praised her team"), is the news, whatever its verb ("plans to retire Feb. 1",
 * "will serve as acting superintendent", "ordered the conviction not be recorded").
 */
import { compressClause, FORECAST, isBackground, NEGATED, UNKNOWN, type NewsClause } from './news-clause';
import { plannedWithTime } from './reported-plans';
import { REPORTED_CLAUSE_WORDS } from './reported-clause-copy';
import { SPEECH_VERB_WORDS } from './speech-verbs';
import { hasFiniteVerb, tagged } from './topics';

/** The lone added line's whole main clause as the news, or null when it cannot be told whole. */
export function loneDevelopment(line: string, olderText: string, articleText: string): NewsClause | null {
  const told = compressClause(line, articleText, { olderText, alone: true });
  if (!told?.whole || told.verb !== '') return null;
  const clause = told.clause;
  if (clause.split(/\s+/).length > REPORTED_CLAUSE_WORDS || !hasFiniteVerb(clause)) return null;
  if (NEGATED.test(clause) || UNKNOWN.test(clause)) return null;
  // "coach Maria Lindqvist praised her team's patience": a line whose verb is one of saying tells
  // what was said, which the note gives as comments.
  const verb = tagged(clause).find((t) => t.pos === 'VERB');
  if (verb && SPEECH_VERB_WORDS.includes(verb.lower)) return null;
  // "the bridge could reopen": a guess is no development; a plan with its time set is.
  if (FORECAST.test(clause) && !plannedWithTime(clause)) return null;
  return isBackground(clause, olderText) ? null : told;
}
