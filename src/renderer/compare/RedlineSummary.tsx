/**
 * The comparison in one sentence and in counts: words added and removed, paragraphs by kind of
 * change, and — when a version touched them — photos and embeds, by the engine's own numbers.
 */
import type { DiffStats } from '../../shared/diff';

const n = (value: number) => value.toLocaleString('en-US');

type Count = [label: string, value: number, kind: string];

function Group({ name, counts }: { name: string; counts: Count[] }): React.JSX.Element {
  return (
    <div className="summary-group">
      <span className="group-name" aria-hidden="true">
        {name}
      </span>
      <dl aria-label={name}>
        {counts.map(([label, value, kind]) => (
          <div key={kind} className={`count count-${kind}${value === 0 ? ' zero' : ''}`}>
            <dt>{label}</dt>
            <dd>
              {kind === 'added' && value > 0 ? '+' : kind === 'removed' && value > 0 ? '−' : ''}
              {n(value)}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function RedlineSummary({
  summary,
  stats,
  fieldCount,
}: {
  summary: string;
  stats: DiffStats;
  fieldCount: number;
}): React.JSX.Element {
  return (
    <section className="redline-summary" aria-label="Summary">
      <p className="summary-sentence">{summary}</p>
      <div className="summary-groups">
        <Group
          name="Words"
          counts={[
            ['added', stats.wordsAdded, 'added'],
            ['removed', stats.wordsRemoved, 'removed'],
          ]}
        />
        <Group
          name="Paragraphs"
          counts={[
            ['inserted', stats.blocksInserted, 'inserted'],
            ['deleted', stats.blocksDeleted, 'deleted'],
            ['modified', stats.blocksModified, 'modified'],
            ['moved', stats.blocksMoved, 'moved'],
          ]}
        />
        <Group name="Fields" counts={[['changed', fieldCount, 'fields']]} />
        {stats.photosAdded + stats.photosRemoved + stats.photosReplaced + stats.photosMoved + stats.photoFieldsChanged > 0 && (
          <Group
            name="Photos"
            counts={[
              ['added', stats.photosAdded, 'photos-added'],
              ['removed', stats.photosRemoved, 'photos-removed'],
              ['replaced', stats.photosReplaced, 'photos-replaced'],
              ['moved', stats.photosMoved, 'photos-moved'],
              ['fields changed', stats.photoFieldsChanged, 'photo-fields'],
            ]}
          />
        )}
        {stats.embedsAdded + stats.embedsRemoved + stats.embedsChanged + stats.embedsMoved > 0 && (
          <Group
            name="Embeds"
            counts={[
              ['added', stats.embedsAdded, 'embeds-added'],
              ['removed', stats.embedsRemoved, 'embeds-removed'],
              ['changed', stats.embedsChanged, 'embeds-changed'],
              ['moved', stats.embedsMoved, 'embeds-moved'],
            ]}
          />
        )}
      </div>
    </section>
  );
}
