/**
 * "The tornado was rated an EF-1. It was on the ground for nearly 5 miles.", "The launch is set
 * for 6:51 p.m. It will be streamed live on NASA TV.": the line right after the lead often goes on
 * about the lead's subject by a pronoun. Read alone, it had no subject the note could tell, and the
 * writer fell to a side noun of the line ("details on the ground and nearly 5 miles"). The pronoun
 * is the lead's subject when it agrees with it (joined-pronoun.ts), and the line so named is read as
 * a lone added line is (lone-development.ts): told by its whole main clause when that is a deed the
 * old article did not give, or a new state of the same subject ("was on the ground for …"), else not at all.
 */
import { withJoinedSubject } from './joined-pronoun';
import { loneDevelopment } from './lone-development';
import { compressClause, FORECAST, isBackground, NEGATED, UNKNOWN, type NewsClause } from './news-clause';
import { REPORTED_CLAUSE_WORDS } from './reported-clause-copy';
import { tagged } from './topics';
import { plainText } from './sentences';

/** The line after the lead, its opening pronoun told as the lead's subject, as news; null when it does not read so. */
export function continuedNews(
  line: string,
  leadClause: string,
  olderText: string,
  articleText: string,
  noteDate = '',
): (NewsClause & { part: number }) | null {
  const plain = plainText(line).trim();
  if (!/^(?:it|they)\s/i.test(plain)) return null;
  const opened = plain.replace(/^\S+/, (w) => w.toLowerCase());
  const named = withJoinedSubject(opened, leadClause);
  if (named === opened) return null;
  const deed = loneDevelopment(named, olderText, articleText, noteDate);
  if (deed) return { ...deed, part: 0 };
  // "the tornado was on the ground for nearly 5 miles": after the lead, the same subject's new state
  // is part of its news, told whole or not at all.
  const told = compressClause(named, articleText, { olderText, alone: true });
  if (!told?.whole || told.verb !== '' || told.clause.split(/\s+/).length > REPORTED_CLAUSE_WORDS) return null;
  const state = tagged(told.clause).some((t) => t.pos === 'AUX' && /^(?:is|are|was|were)$/.test(t.lower));
  const doubtful = NEGATED.test(told.clause) || UNKNOWN.test(told.clause) || FORECAST.test(told.clause);
  return state && !doubtful && !isBackground(told.clause, olderText) ? { ...told, part: 0 } : null;
}
