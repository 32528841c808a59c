/**
 * An article's history (#/articles/ID/history[/N]): every version newest first, with its kind,
 * label, author and size; a "named only" filter; a read-only preview of the chosen version;
 * restore (which makes a new version, so nothing is lost) and "Compare with…".
 */
import { useEffect, useState } from 'react';
import type { OpenedArticle, VersionView } from '../../shared/api/contract';
import type { MediaCounts, VersionSummary } from '../../shared/article/version';
import { mediaChangeWords } from '../../shared/text/word-changes';
import { api, errorMessage } from '../api/client';
import { articleHash, compareHash, historyHash, navigate } from '../app/route';
import { useToast } from '../app/Toast';
import { formatWhen } from '../app/when';
import { ArticlePreview } from '../preview/ArticlePreview';
import { ExportDialog } from '../transfer/ExportDialog';
import { afterClosing } from '../article/closing';

export const KIND_LABELS: Record<VersionSummary['kind'], string> = {
  created: 'Created',
  checkpoint: 'Saved',
  status: 'Status change',
  published: 'Published',
  update: 'Published update',
  auto: 'Automatic',
  closed: 'On close',
  'before-restore': 'Before restore',
  restored: 'Restored',
  import: 'Imported',
  'offline-copy': 'Offline copy',
};

export function HistoryView({ id, version }: { id: string; version?: number }): React.JSX.Element {
  const [article, setArticle] = useState<OpenedArticle | null>(null);
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [namedOnly, setNamedOnly] = useState(false);
  const [preview, setPreview] = useState<VersionView | null>(null);
  const [compareTo, setCompareTo] = useState('draft');
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [exporting, setExporting] = useState<number | null>(null);
  const toast = useToast();

  useEffect(() => {
    afterClosing()
      .then(() => Promise.all([api.getArticle({ id }), api.listVersions({ id })]))
      .then(
        ([a, v]) => {
          setArticle(a);
          setVersions(v);
        },
        (e) => setError(errorMessage(e)),
      );
  }, [id, reload]);

  const selected = version ?? versions?.[0]?.number;
  useEffect(() => {
    if (!selected) return setPreview(null);
    api.getVersion({ id, number: selected }).then(setPreview, (e) => setError(errorMessage(e)));
  }, [id, selected, reload]);

  if (error)
    return (
      <main className="view">
        <p role="alert" className="error">
          {error}
        </p>
      </main>
    );
  if (!article || !versions)
    return (
      <main className="view" aria-busy="true">
        <p>Loading history…</p>
      </main>
    );

  const shown = namedOnly ? versions.filter((v) => v.label) : versions;

  const restore = async (number: number) => {
    try {
      const result = await api.restoreVersion({ id, number });
      toast(`Restored version ${number} as version ${result.version.number}`);
      navigate(articleHash(id));
    } catch (e) {
      toast(`Restore failed: ${errorMessage(e)}`, 'error');
      setReload((r) => r + 1);
    }
  };

  return (
    <main className="view history-view">
      {exporting !== null && <ExportDialog id={id} version={exporting} onClose={() => setExporting(null)} />}
      <header className="article-bar">
        <a href={articleHash(id)} className="back">
          ← {article.headline || 'Untitled'}
        </a>
        <h1>History</h1>
        <label className="inline">
          <input type="checkbox" checked={namedOnly} onChange={(e) => setNamedOnly(e.target.checked)} /> Named only
        </label>
      </header>
      {versions.length === 0 ? (
        <p className="empty">No versions yet. Save one with “Save version” (Ctrl+S); publishing and status changes make them too.</p>
      ) : (
        <div className="history-layout">
          <ol className="version-list" role="list" aria-label="Versions">
            {shown.map((v) => (
              <li key={v.number} className={v.number === selected ? 'selected' : undefined}>
                <a href={historyHash(id, v.number)} aria-current={v.number === selected ? 'true' : undefined}>
                  <span className="version-number">Version {v.number}</span>
                  {v.label && <span className="version-label">“{v.label}”</span>}
                  {v.published && <span className="published-mark">Published</span>}
                  <span className="version-meta">
                    {KIND_LABELS[v.kind]} · {formatWhen(v.createdAt)} · {v.author.name}
                  </span>
                  <span className="version-meta">
                    {v.wordCount.toLocaleString('en-US')} words
                    {(v.wordsAdded > 0 || v.wordsRemoved > 0) && (
                      <>
                        {' '}
                        · <span className="added">+{v.wordsAdded}</span> <span className="removed">−{v.wordsRemoved}</span>
                      </>
                    )}
                    <MediaChanges media={v.media} />
                  </span>
                </a>
              </li>
            ))}
            {shown.length === 0 && <li className="empty">No named versions.</li>}
          </ol>
          <section className="version-preview" aria-label="Version preview">
            {preview && (
              <>
                <div className="preview-actions">
                  <strong>Version {preview.version.number}</strong>
                  <span className="readonly-note">Read-only</span>
                  <button type="button" onClick={() => void restore(preview.version.number)}>
                    Restore this version
                  </button>
                  <button type="button" onClick={() => setExporting(preview.version.number)}>
                    Export…
                  </button>
                  <label className="inline">
                    Compare with…
                    <select aria-label="Compare with" value={compareTo} onChange={(e) => setCompareTo(e.target.value)}>
                      <option value="draft">Current draft</option>
                      {versions
                        .filter((v) => v.number !== preview.version.number)
                        .map((v) => (
                          <option key={v.number} value={String(v.number)}>
                            Version {v.number}
                            {v.label ? ` “${v.label}”` : ''}
                          </option>
                        ))}
                    </select>
                  </label>
                  <button
                    type="button"
                    onClick={() => {
                      const other = compareTo;
                      const a = preview.version.number;
                      const [from, to] = other === 'draft' || Number(other) > a ? [String(a), other] : [other, String(a)];
                      navigate(compareHash(id, from, to));
                    }}
                  >
                    Compare
                  </button>
                </div>
                <ArticlePreview content={preview.content} />
              </>
            )}
          </section>
        </div>
      )}
    </main>
  );
}

/** " · +1 photo, 1 photo field changed" beside the word counts: the redline's photo and embed counts. */
function MediaChanges({ media }: { media: MediaCounts }): React.JSX.Element | null {
  const words = mediaChangeWords(media);
  if (words.length === 0) return null;
  return (
    <>
      {' '}
      · <span className="media-changes">{words.join(', ')}</span>
    </>
  );
}
