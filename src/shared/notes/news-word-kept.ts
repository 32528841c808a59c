/**
 * A development told short keeps the word that makes it news. The short telling (developments.ts
 * shortClause) takes a sentence's first seven words; where the subject runs long ("Two hikers who
 * went missing on Mount Orrin during a storm were found alive"), the cut stops inside it and drops
 * the news ("the news that two hikers who went missing"), a fragment that tells nothing or the
 * opposite. When the cut lost the word that resolved the story ("found", "reopened", "restored"),
 * the sentence is told by its main clause instead (news-clause.ts compressClause), which reads past
 * a long subject to its verb.
 */
import { compressClause } from './news-clause';

const holds = (clause: string, word: string) => new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(clause);

/**
 * `short`, when it holds the word of `sentence` that `news` finds; else the sentence's main clause
 * when that holds it; else `short` as it was.
 */
export function keptNews(short: string, sentence: string, news: RegExp, articleText: string): string {
  const word = news.exec(sentence)?.[0];
  if (!word || holds(short, word)) return short;
  const told = compressClause(sentence, articleText)?.clause;
  return told && holds(told, word) ? told : short;
}
