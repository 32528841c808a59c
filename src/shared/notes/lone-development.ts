/**
 * "Tait is scheduled to appear in Castlegar provincial court on April 30.": when a revision adds one
 * line that can lead (quotations beside it are comments, told apart), that line IS the update, and
 * a newsroom's note tells its main clause. The clause reader asked for an event word first ("was
 * arrested", "rose to 17") and, without one, the note fell to "Details on Tait." So the lone line is
 * read by its structure instead: its main clause, told whole by the clause reader (subject, finite
 * verb and all it needs, nothing cut from its end), a deed rather than a copula's state, credited to no one, at most
 * REPORTED_CLAUSE_WORDS words (the most a note tells whole), neither negated, unknown, a guess, a look cut before what it looks ("appeared to") nor
 * what the old article already said, nor a line of saying ("praised her team") nor an intent with no time set
 * ("plans to resign") nor an appeal ("pleaded with residents to stay patient"), is the news, whatever its verb ("plans to retire Feb. 1",
 * "will serve as acting superintendent", "ordered the conviction not be recorded").
 * Nor is a line of background the news, though the old article never had it: a time before the
 * story ("moved to the street in 2019", "bought the vehicle last year", "has worked as a prosecutor
 * since 2011"), a habit ("are usually heard at the crown court") or a lasting state told by its verb
 * ("owns a florist shop", "grew up above the bakery", "has two previous convictions").
 */
import { compressClause, FORECAST, isBackground, NEGATED, UNKNOWN, type NewsClause } from './news-clause';
import { INTENT, plannedWithTime, TIME_SET } from './reported-plans';
import { REPORTED_CLAUSE_WORDS } from './reported-clause-copy';
import { SPEECH_VERB_WORDS } from './speech-verbs';
import { plainText } from './sentences';
import { hasFiniteVerb, tagged } from './topics';

/** A time before the story, or a habit: "last year", "two years ago", "since 2011", "for 12 years", "in the past", "usually". */
const BEFORE_THE_STORY =
  /\b(?:last\s+(?:year|month|season|summer|winter|spring|fall|autumn|decade|century)|(?:years?|months?|decades?)\s+ago|since\s+(?:(?:the\s+)?(?:1[89]|20)\d\ds?|\p{Lu}\p{Ll}+\s+(?:1[89]|20)\d\d|childhood|birth)|for\s+(?:\d+|\p{Ll}+)\s+(?:years|decades)|in\s+the\s+past|previous(?:ly)?|formerly|usually|often|always|typically|traditionally|grew\s+up)\b/iu;
/** A verb of a lasting state, not a deed: "owns a florist shop", "lives on Main Street", "has two convictions". */
const STATE_VERB = /^(?:owns?|owned|lives?|lived|belongs?|belonged|has|have|had)$/;

/** True when the clause names a year before the note's ("in 2019", "in 1974"; `noteDate` ISO). */
function earlierYear(clause: string, noteDate: string): boolean {
  const noteYear = Number(/^(\d{4})/.exec(noteDate)?.[1]);
  if (!noteYear) return false;
  return [...clause.matchAll(/\b(1[89]\d\d|20\d\d)\b(?!s)/g)].some((m) => Number(m[1]) < noteYear);
}

/**
 * A look cut before what it looks: "the sheriff appeared to", "it seemed". A look told whole keeps its
 * hedge ("the break-ins appeared to be linked to a ring …") and is news as the article hedged it.
 */
const SEEMING_CUT = /\b(?:appears?|appeared|seems?|seemed)(?:\s+to)?\s*$/i;

/**
 * A clause a lone line's reader refuses whatever it is told by: a time before the story or a habit, a
 * year before the note's, a look cut short, or an appeal ("pleaded with residents to stay away").
 * ranked-news.ts asks it too, so no ranking tells as news what this reader declines.
 */
export function refusedAsNews(clause: string, noteDate = ''): boolean {
  if (BEFORE_THE_STORY.test(plainText(clause)) || earlierYear(plainText(clause), noteDate) || SEEMING_CUT.test(plainText(clause)))
    return true;
  const tokens = tagged(clause);
  const at = tokens.findIndex((t) => t.pos === 'VERB');
  const to = tokens.findIndex((t, k) => k > at + 2 && t.lower === 'to' && tokens[k + 1]?.pos === 'VERB');
  return (
    at >= 0 &&
    tokens[at + 1]?.pos === 'ADP' &&
    to > 0 &&
    tokens.slice(at + 2, to).every((t) => ['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ'].includes(t.pos))
  );
}

/** The lone added line's whole main clause as the news, or null when it cannot be told whole. */
export function loneDevelopment(line: string, olderText: string, articleText: string, noteDate = ''): NewsClause | null {
  // "Hirsch sends this email:": a line that ends on a colon introduces what follows, and tells nothing of its own.
  if (/:\s*$/.test(plainText(line))) return null;
  const told = compressClause(line, articleText, { olderText, alone: true });
  if (!told?.whole || told.verb !== '') return null;
  const clause = told.clause;
  if (clause.split(/\s+/).length > REPORTED_CLAUSE_WORDS || !hasFiniteVerb(clause)) return null;
  if (NEGATED.test(clause) || UNKNOWN.test(clause)) return null;
  if (BEFORE_THE_STORY.test(plainText(clause)) || earlierYear(plainText(clause), noteDate)) return null;
  // "coach Maria Lindqvist praised her team's patience": a line whose verb is one of saying tells
  // what was said, which the note gives as comments.
  // An intent or a hope ("plans to resign", "hopes the trawlers can reach …") is news with its time set ("plans to retire Feb. 1").
  const tokens = tagged(clause);
  // A deed, not a state ("the pool is open to swimmers from 9 a.m.": a copula's state is the state reader's, in news-clause.ts).
  const verb = tokens.find((t) => t.pos === 'VERB' || INTENT.test(t.lower));
  if (!verb) return null;
  if (verb.pos === 'VERB' && STATE_VERB.test(verb.lower) && tokens[tokens.indexOf(verb) + 1]?.lower !== 'to') return null;
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
  if (SEEMING_CUT.test(plainText(clause))) return null;
  return isBackground(clause, olderText) ? null : told;
}
