/** The comparison in one sentence and in counts: words added and removed, paragraphs by kind of change. */
import type { DiffStats } from '../../shared/diff';

const n = (value: number) => value.toLocaleString('en-US');

export function RedlineSummary({ summary, stats, fieldCount }: { summary: string; stats: DiffStats; fieldCount: number }): React.JSX.Element {
  const items: [string, number, string][] = [
    ['words added', stats.wordsAdded, 'added'],
    ['words removed', stats.wordsRemoved, 'removed'],
    ['paragraphs inserted', stats.blocksInserted, 'inserted'],
    ['paragraphs deleted', stats.blocksDeleted, 'deleted'],
    ['paragraphs modified', stats.blocksModified, 'modified'],
    ['paragraphs moved', stats.blocksMoved, 'moved'],
    ['fields changed', fieldCount, 'fields'],
  ];
  return (
    <section className="redline-summary" aria-label="Summary">
      <p className="summary-sentence">{summary}</p>
      <dl className="summary-counts">
        {items.map(([label, value, kind]) => (
          <div key={kind} className={`count count-${kind}${value === 0 ? ' zero' : ''}`}>
            <dt>{label}</dt>
            <dd>
              {kind === 'added' && value > 0 ? '+' : kind === 'removed' && value > 0 ? '−' : ''}
              {n(value)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
