/**
 * "Tait is scheduled to appear in Castlegar provincial court on April 30.": when a revision adds one
 * line that can lead (quotations beside it are comments, told apart), that line IS the update, and
 * a newsroom's note tells its main clause. The clause reader asked for an event word first ("was
 * arrested", "rose to 17") and, without one, the note fell to "Details on Tait." So the lone line is
 * read by its structure instead: its main clause, told whole by the clause reader (subject, finite
 * verb and all it needs, nothing cut from its end), a deed rather than a copula's state, credited to no one, at most
 * REPORTED_CLAUSE_WORDS words (the most a note tells whole), neither negated, unknown, a guess nor
 * what the old article already said, nor a line of saying ("praised her team") nor an intent with no time set
 * ("plans to resign") nor an appeal ("pleaded with residents to stay patient"), is the news, whatever its verb ("plans to retire Feb. 1",
 * "will serve as acting superintendent", "ordered the conviction not be recorded").
 */
import { compressClause, FORECAST, isBackground, NEGATED, UNKNOWN, type NewsClause } from './news-clause';
import { INTENT, plannedWithTime, TIME_SET } from './reported-plans';
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
  // An intent or a hope ("plans to resign", "hopes the trawlers can reach …") is news with its time set ("plans to retire Feb. 1").
  const tokens = tagged(clause);
  // A deed, not a state ("the pool is open to swimmers from 9 a.m.": a copula's state is the state reader's, in news-clause.ts).
  const verb = tokens.find((t) => t.pos === 'VERB' || INTENT.test(t.lower));
  if (!verb) return null;
  if (tokens.some((t) => t.pos === 'VERB' && SPEECH_VERB_WORDS.includes(t.lower))) return null;
  if (INTENT.test(verb.lower) && !TIME_SET.test(clause)) return null;
  // "pleaded with residents to stay patient", "called on drivers to avoid …": a verb that turns to
  // someone (a preposition, then who) and asks them to act is an appeal, words said, not a deed.
  const at = tokens.indexOf(verb);
  const to = tokens.findIndex((t, k) => k > at + 2 && t.lower === 'to' && tokens[k + 1]?.pos === 'VERB');
  if (
    tokens[at + 1]?.pos === 'ADP' &&
    to > 0 &&
    tokens.slice(at + 2, to).every((t) => ['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(t.pos))
  )
    return null;
  // "the bridge could reopen": a guess is no development; a plan with its time set is.
  if (FORECAST.test(clause) && !plannedWithTime(clause)) return null;
  return isBackground(clause, olderText) ? null : told;
}
