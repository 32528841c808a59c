/**
 * The clause a figure stands in, read by compromise's clause reader: a running count is told by the
 * verb of the figure's own clause, not by any verb of its sentence. On real copy "While other brands
 * have migrated …, Paris Baguette remains a true bakery, he said, with 60% of sales from breads" was
 * read as a count so far by "have migrated", and "Forty-one percent of public schools heeded that call
 * …, though it is unclear how much … have been spent" by "have been spent", so a share put right was
 * told as "New figures." Dashes, semicolons and colons part clauses first (compromise joins across
 * them); the clause holding the figure is then the one compromise reads around it.
 */
import nlp from 'compromise';
import { memoByTextAndKey } from './text-memo';

export function figureClause(line: string, value: string): string {
  return figureClauseIn(line, value);
}

/** Read once per line and figure (text-memo.ts): compromise's clause reader is slow, and each figure is asked about often. */
const figureClauseIn = memoByTextAndKey(readFigureClause, { entries: 256, chars: 200_000, perText: 16 });

function readFigureClause(line: string, value: string): string {
  const figure = value.trim();
  const part = line.split(/\s[—–-]{1,2}\s|;\s|:\s/).find((c) => c.includes(figure)) ?? line;
  const clauses = nlp(part).clauses().out('array') as string[];
  return clauses.find((c) => c.includes(figure)) ?? part;
}

/** "from nearly 30 years ago": a figure of time before now dates a past event, and counts nothing that runs on. */
export function timeAgo(line: string, value: string): boolean {
  const figure = value.trim();
  if (!figure) return false;
  return new RegExp(`(?<![\\p{L}\\p{N},.])${figure.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:\\p{L}+\\s+)?ago\\b`, 'iu').test(line);
}
