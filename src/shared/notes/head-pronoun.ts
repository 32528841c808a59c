/**
 * "misstated the year he created SpaceX", "the date she was released from the hospital": a "he" or
 * "she" that opens the clause a correction lifts names nobody in a note read alone (round 20's blind
 * judges refused both). The pronoun is told as the one person the sentences before it name, the way
 * pronoun-subject.ts tells a line that opens on one: the lifted clause is read as a line of its own
 * standing where the pronoun stands, and `pronounNamed` places it ("the year Musk created SpaceX").
 * With two people in reach, or none, the phrase is left as it is: a wrong name is worse than a pronoun.
 */
import { pronounNamed } from './pronoun-subject';
import { plainText, splitSentences } from './sentences';

/** The lifted clause's opening: "when", "where", "the date|day|month|year|time", then the pronoun and a verb. */
const LIFTED = /^(misstated (?:when|where|the (?:date|day|month|year|time)) )(he|she) (\p{Ll}[^.]*)$/u;

export function headPronounNamed(phrase: string, sentence: string, articleText: string): string {
  const head = splitSentences(phrase)[0] ?? phrase;
  const m = LIFTED.exec(head.replace(/\.$/, ''));
  if (!m || !phrase.startsWith(head)) return phrase;
  const text = plainText(sentence);
  // Where the pronoun's clause stands in its sentence: what comes before it is in reach too.
  const at = text.search(new RegExp(`\\b${m[2]} ${m[3]!.split(' ')[0]}\\b`, 'i'));
  if (at < 0) return phrase;
  const story = plainText(articleText);
  const start = story.indexOf(text);
  const before = `${story.slice(0, Math.max(0, start))} ${text.slice(0, at)}`.trim();
  const line = `${m[2] === 'he' ? 'He' : 'She'} ${m[3]}.`;
  const named = pronounNamed(line, before, story);
  if (named === line || !named.endsWith(` ${m[3]}.`)) return phrase;
  return `${m[1]}${named.replace(/\.$/, '')}${head.endsWith('.') ? '.' : ''}${phrase.slice(head.length)}`;
}
