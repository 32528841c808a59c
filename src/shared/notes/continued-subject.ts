/**
 * "The tornado was rated an EF-1. It was on the ground for nearly 5 miles.", "The launch is set
 * for 6:51 p.m. It will be streamed live on NASA TV.": the line right after the lead often goes on
 * about the lead's subject by a pronoun. Read alone, it had no subject the note could tell, and the
 * writer fell to a side noun of the line ("details on the ground and nearly 5 miles"). The pronoun
 * is the lead's subject when it agrees with it (joined-pronoun.ts), and the line so named is read as
 * a lone added line is (lone-development.ts): told by its whole main clause when that is a deed the
 * old article did not give, or a new state of the same subject ("was on the ground for …"), else not at all.
 * A lead whose verb takes an object the pronoun could stand for ("The board approved a dividend. It
 * will be paid on Jan. 10.") leaves the line as it was: the object is as likely the pronoun's, and
 * after such a lead a passive or a cost ("will be paid", "will cost about $40,000") is the object's.
 */
import { withJoinedSubject } from './joined-pronoun';
import { loneDevelopment } from './lone-development';
import { compressClause, FORECAST, isBackground, NEGATED, UNKNOWN, type NewsClause } from './news-clause';
import { isPluralNoun } from './plurals';
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
  const object = objectOf(leadClause);
  if (object && (isPluralNoun(object) === /^they\s/.test(opened) || objectPredicate(opened))) return null;
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

/** The head noun of the object of `clause`'s active verb: "dividend" of "the board approved a dividend of …"; '' when none. */
function objectOf(clause: string): string {
  const tokens = tagged(clause);
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  if (verb < 1) return '';
  // "was raised", "was rated a Category 2": a passive verb's noun is no object.
  let before = verb - 1;
  while (before > 0 && tokens[before]!.pos === 'ADV') before--;
  if (tokens[before]!.pos === 'AUX' && /^(?:is|are|was|were|be|been|being)$/.test(tokens[before]!.lower)) return '';
  let head = '';
  for (const t of tokens.slice(verb + 1)) {
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = t.lower;
    else if (head || !['DET', 'ADJ', 'NUM', 'ADV', 'PART'].includes(t.pos)) break;
  }
  return head;
}

/** "it will be paid on …", "it will cost about …": a passive or a cost, read of a lead's object. */
function objectPredicate(clause: string): boolean {
  const tokens = tagged(clause).slice(1);
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  if (verb < 0) return false;
  if (/^cost(?:s|ing)?$/.test(tokens[verb]!.lower)) return true;
  return verb > 0 && tokens[verb - 1]!.pos === 'AUX' && /^(?:is|are|was|were|be|been|being)$/.test(tokens[verb - 1]!.lower);
}
