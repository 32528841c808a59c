/**
 * The two sides of the comparison, chosen from the article's versions, the current draft or the
 * last published version. Changing either changes the route, so every comparison has an address.
 */
import type { VersionSummary } from '../../shared/article/version';
import { compareHash, navigate } from '../app/route';
import { formatWhen } from '../app/when';

interface Props {
  id: string;
  from: string;
  to: string;
  versions: VersionSummary[];
}

function versionName(v: VersionSummary): string {
  return `Version ${v.number}${v.label ? ` “${v.label}”` : ''}${v.published ? ' · published' : ''} · ${formatWhen(v.createdAt)}`;
}

function SidePicker({
  label,
  value,
  versions,
  onChange,
}: {
  label: string;
  value: string;
  versions: VersionSummary[];
  onChange: (v: string) => void;
}): React.JSX.Element {
  const published = versions.some((v) => v.published);
  const known = value === 'draft' || (value === 'published' && published) || versions.some((v) => String(v.number) === value);
  return (
    <label className="side-picker">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value={value}>{value === 'published' ? 'Last published (none yet)' : `Version ${value} (not found)`}</option>}
        <option value="draft">Current draft</option>
        {published && <option value="published">Last published version</option>}
        {versions.map((v) => (
          <option key={v.number} value={String(v.number)}>
            {versionName(v)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function ComparePickers({ id, from, to, versions }: Props): React.JSX.Element {
  const go = (a: string, b: string) => navigate(compareHash(id, a, b));
  const published = versions.some((v) => v.published);
  const [latest, before] = versions;
  return (
    <div className="compare-pickers" role="group" aria-label="Versions compared">
      <SidePicker label="From (older)" value={from} versions={versions} onChange={(v) => go(v, to)} />
      <button type="button" className="swap" onClick={() => go(to, from)} title="Swap the two sides" aria-label="Swap sides">
        ⇄
      </button>
      <SidePicker label="To (newer)" value={to} versions={versions} onChange={(v) => go(from, v)} />
      <span className="quick-picks">
        {published && !(from === 'published' && to === 'draft') && (
          <button type="button" className="link-button" onClick={() => go('published', 'draft')}>
            Draft against published
          </button>
        )}
        {latest && before && !(from === String(before.number) && to === String(latest.number)) && (
          <button type="button" className="link-button" onClick={() => go(String(before.number), String(latest.number))}>
            Last two versions
          </button>
        )}
        {latest && !(from === String(latest.number) && to === 'draft') && (
          <button type="button" className="link-button" onClick={() => go(String(latest.number), 'draft')}>
            Draft against last version
          </button>
        )}
      </span>
    </div>
  );
}
