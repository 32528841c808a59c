/**
 * The copy editor's redline (#/articles/ID/compare/A..B): two states of an article compared,
 * inline or side by side, with the changed fields above the body, a summary, a change-by-change
 * navigator, print and export. The diff is made in main (compareVersions); the page only draws
 * the engine's JSON with React.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Comparison, OpenedArticle } from '../../shared/api/contract';
import type { VersionSummary } from '../../shared/article/version';
import { api, errorMessage } from '../api/client';
import { articleHash, historyHash } from '../app/route';
import { formatWhen } from '../app/when';
import { afterClosing } from '../article/closing';
import { ComparePickers } from './ComparePickers';
import { FieldChanges } from './FieldChanges';
import { InlineRedline } from './InlineRedline';
import { SelectChange } from './RedlineBlock';
import { CurrentChange } from './RedlineMarks';
import { RedlineSummary } from './RedlineSummary';
import { SideBySideRedline } from './SideBySideRedline';
import { exportRedline, redlineFileName } from './export-redline';
import { buildRedlineModel, changesOnly } from './redline-model';
import { useChangeSteps } from './useChangeSteps';
import './compare.css';

type Mode = 'inline' | 'side-by-side';
const MODE_KEY = 'copydesk.redline.mode';
const ONLY_CHANGES_KEY = 'copydesk.redline.changes-only';

function readFlag(key: string): boolean {
  try {
    return localStorage.getItem(key) === 'true';
  } catch {
    return false;
  }
}

function writeFlag(key: string, value: boolean): void {
  try {
    localStorage.setItem(key, String(value));
  } catch {
    // A page without storage simply forgets the choice.
  }
}

function toRef(ref: string): number | 'draft' | 'published' {
  return ref === 'draft' || ref === 'published' ? ref : Number(ref);
}

function savedMode(): Mode {
  try {
    return localStorage.getItem(MODE_KEY) === 'side-by-side' ? 'side-by-side' : 'inline';
  } catch {
    return 'inline';
  }
}

export function CompareView({ id, from, to }: { id: string; from: string; to: string }): React.JSX.Element {
  const [article, setArticle] = useState<OpenedArticle | null>(null);
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pageError, setPageError] = useState<string | null>(null);
  const [mode, setModeState] = useState<Mode>(savedMode);
  const [onlyChanges, setOnlyChanges] = useState(() => readFlag(ONLY_CHANGES_KEY));
  const region = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    afterClosing()
      .then(() => Promise.all([api.getArticle({ id }), api.listVersions({ id })]))
      .then(
        ([a, v]) => {
          if (!live) return;
          setArticle(a);
          setVersions(v);
        },
        (e) => live && setPageError(errorMessage(e)),
      );
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => {
    let live = true;
    setComparison(null);
    setError(null);
    afterClosing()
      .then(() => api.compareVersions({ id, from: toRef(from), to: toRef(to) }))
      .then(
        (c) => live && setComparison(c),
        (e) => live && setError(errorMessage(e)),
      );
    return () => {
      live = false;
    };
  }, [id, from, to]);

  const model = useMemo(() => (comparison ? buildRedlineModel(comparison.diff) : null), [comparison]);
  const rows = useMemo(() => (model ? (onlyChanges ? changesOnly(model.rows) : model.rows) : []), [model, onlyChanges]);
  const total = model?.changes.length ?? 0;
  const steps = useChangeSteps(total, region, comparison);
  // Switching layout or folding keeps the change the reader was on, and brings it back into view.
  const { current, select } = steps;
  useEffect(() => {
    if (current) select(current, true);
  }, [mode, onlyChanges]);

  const setMode = (next: Mode) => {
    setModeState(next);
    try {
      localStorage.setItem(MODE_KEY, next);
    } catch {
      // A page without storage simply forgets the choice.
    }
  };

  if (pageError)
    return (
      <main className="view">
        <p role="alert" className="error">
          {pageError}
        </p>
      </main>
    );
  if (!article || !versions)
    return (
      <main className="view" aria-busy="true">
        <p>Loading the comparison…</p>
      </main>
    );

  const headline = article.headline || 'Untitled';
  const title = comparison ? `${headline}: ${comparison.from.title} → ${comparison.to.title}` : headline;
  const currentInfo = model?.changes[steps.current - 1];

  return (
    <main className="view compare-view">
      <header className="article-bar compare-bar">
        <a href={articleHash(id)} className="back">
          ← {headline}
        </a>
        <h1>Compare versions</h1>
        <a href={historyHash(id)}>History</a>
        <div className="actions">
          <button type="button" onClick={() => window.print()} disabled={!comparison}>
            Print
          </button>
          <button
            type="button"
            className="primary"
            disabled={!comparison}
            onClick={() => comparison && exportRedline(comparison.diff, title, redlineFileName(headline, from, to))}
          >
            Export redline
          </button>
        </div>
      </header>

      <div className="compare-controls">
        <ComparePickers id={id} from={from} to={to} versions={versions} />
        <div className="view-toggle" role="group" aria-label="Layout">
          <button type="button" aria-pressed={mode === 'inline'} onClick={() => setMode('inline')}>
            Inline
          </button>
          <button type="button" aria-pressed={mode === 'side-by-side'} onClick={() => setMode('side-by-side')}>
            Side by side
          </button>
        </div>
        <label className="only-changes">
          <input
            type="checkbox"
            checked={onlyChanges}
            onChange={(e) => {
              setOnlyChanges(e.target.checked);
              writeFlag(ONLY_CHANGES_KEY, e.target.checked);
            }}
          />{' '}
          Changes only
        </label>
      </div>

      {error && (
        <p role="alert" className="banner error">
          {error}
        </p>
      )}
      {!error && !comparison && (
        <p aria-busy="true" className="loading">
          Comparing…
        </p>
      )}

      {comparison && model && (
        <>
          <p className="print-title">{title}</p>
          <p className="compared-sides">
            <span className="side-name old">{comparison.from.title}</span>
            {comparison.from.createdAt && <span className="side-when"> ({formatWhen(comparison.from.createdAt)})</span>}
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> compared with </span>
            <span className="side-name new">{comparison.to.title}</span>
            {comparison.to.createdAt && <span className="side-when"> ({formatWhen(comparison.to.createdAt)})</span>}
          </p>
          <RedlineSummary summary={comparison.summary} stats={comparison.diff.stats} fieldCount={comparison.diff.fields.length} />
          {comparison.diff.degraded && (
            <p className="banner degraded" role="note">
              <strong>Degraded:</strong> some paragraphs changed too much to compare word by word. They are shown as replaced: the whole old
              text deleted, then the new text inserted.
            </p>
          )}

          <div className="change-nav" role="toolbar" aria-label="Changes">
            <button type="button" onClick={steps.previous} disabled={total === 0 || steps.current <= 1} aria-keyshortcuts="p k Alt+ArrowUp">
              ↑ Previous change
            </button>
            <button
              type="button"
              onClick={steps.next}
              disabled={total === 0 || steps.current >= total}
              aria-keyshortcuts="n j Alt+ArrowDown"
            >
              ↓ Next change
            </button>
            <p role="status" className="change-count" aria-live="polite">
              {total === 0
                ? 'No changes'
                : steps.current
                  ? `Change ${steps.current} of ${total}`
                  : `${total} ${total === 1 ? 'change' : 'changes'}`}
              {currentInfo && <span className="change-what">: {currentInfo.what}</span>}
            </p>
            <span className="keys-hint" aria-hidden="true">
              <kbd>n</kbd>/<kbd>p</kbd> or <kbd>Alt</kbd>+<kbd>↓</kbd>/<kbd>↑</kbd>
            </span>
          </div>

          <CurrentChange.Provider value={steps.current}>
            <SelectChange.Provider value={steps.select}>
              <section
                ref={region}
                role="region"
                aria-label="Redline"
                className={`redline-view mode-${mode}`}
                lang={comparison.diff.language}
                onClick={(e) => {
                  const mark = (e.target as Element).closest<HTMLElement>('[data-change]');
                  if (mark && region.current?.contains(mark)) steps.select(Number(mark.dataset.change), false);
                }}
              >
                <FieldChanges fields={model.fields} />
                {model.rows.length === 0 ? (
                  <p className="empty">Both versions have an empty body.</p>
                ) : mode === 'inline' ? (
                  <InlineRedline rows={rows} />
                ) : (
                  <SideBySideRedline rows={rows} fromTitle={comparison.from.title} toTitle={comparison.to.title} />
                )}
              </section>
            </SelectChange.Provider>
          </CurrentChange.Provider>
        </>
      )}
    </main>
  );
}
