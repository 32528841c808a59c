/**
 * The desk: every article with its headline, status, bylines, last edit and length; sorted,
 * filtered by status, searched in full text (the search is in the URL), and the trash.
 */
import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../shared/article/article';
import { ARTICLE_STATUSES } from '../../shared/article/article';
import { DESK_SORTS, type DeskSort } from '../../shared/api/contract';
import { api, errorMessage, onMenuCommand } from '../api/client';
import { articleHash, deskHash, navigate, type DeskPeopleFilter } from '../app/route';
import { useToast } from '../app/Toast';
import { DeskRow } from './DeskRow';
import { EraseDialog } from './EraseDialog';
import { afterClosing } from '../article/closing';
import { ImportButton, useImport } from '../transfer/ImportButton';
import { BatchExportDialog } from '../transfer/BatchExportDialog';
import { DeskFilters } from '../newsroom/DeskFilters';
import { useDeskRefresh } from '../newsroom/useDeskRefresh';

const SORT_LABELS: Record<DeskSort, string> = {
  edited: 'Last edited',
  created: 'Newest',
  headline: 'Headline',
  status: 'Status',
  words: 'Length',
};

export function DeskView({
  query,
  status,
  trashed,
  people = {},
}: {
  query: string;
  status: string;
  trashed: boolean;
  people?: DeskPeopleFilter;
}): React.JSX.Element {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sort, setSort] = useState<DeskSort>(() => (localStorage.getItem('copydesk:sort') as DeskSort) || 'edited');
  const [typed, setTyped] = useState(query);
  const [reload, setReload] = useState(0);
  const toast = useToast();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [exporting, setExporting] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [erasing, setErasing] = useState<ArticleSummary | null>(null);
  const importer = useImport(() => setReload((r) => r + 1));
  useDeskRefresh(() => setReload((r) => r + 1));
  const { mine = false, assigned = false } = people;

  useEffect(() => setTyped(query), [query]);
  useEffect(() => setSelected(new Set()), [query, status, trashed, mine, assigned]);

  useEffect(() => {
    let live = true;
    afterClosing()
      .then(() =>
        api.listArticles({
          query: query || undefined,
          status: (status || undefined) as never,
          sort,
          trashed,
          mine: mine || undefined,
          assignedToMe: assigned || undefined,
        }),
      )
      .then(
        (rows) => live && (setArticles(rows), setError(null)),
        (e) => live && setError(errorMessage(e)),
      );
    return () => {
      live = false;
    };
  }, [query, status, sort, trashed, mine, assigned, reload]);

  // Searching as one types, with the search in the address so it can be bookmarked.
  useEffect(() => {
    if (typed === query) return;
    const timer = setTimeout(() => navigate(deskHash(typed.trim(), status, trashed, people), true), 250);
    return () => clearTimeout(timer);
  }, [typed]);

  const create = async () => {
    try {
      const article = await api.createArticle({});
      navigate(articleHash(article.id));
    } catch (e) {
      toast(`Could not create an article: ${errorMessage(e)}`, 'error');
    }
  };

  useEffect(
    () =>
      onMenuCommand((c) => {
        if (c === 'new-article') void create();
        if (c === 'find') document.getElementById('desk-search')?.focus();
      }),
    [],
  );

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const chosen = (articles ?? []).filter((a) => selected.has(a.id));

  return (
    <main
      className={`view desk${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        if (trashed || !e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        if (trashed) return;
        e.preventDefault();
        setDragging(false);
        void importer.importFiles([...e.dataTransfer.files]);
      }}
    >
      <header className="desk-bar">
        <h1>{trashed ? 'Trash' : 'Desk'}</h1>
        {!trashed && (
          <button type="button" className="primary" onClick={() => void create()}>
            New article
          </button>
        )}
        <input
          id="desk-search"
          type="search"
          aria-label="Search articles"
          placeholder="Search headlines, decks and text"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
        />
        <label>
          Status
          <select aria-label="Filter by status" value={status} onChange={(e) => navigate(deskHash(query, e.target.value, trashed, people))}>
            <option value="">All</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s[0]!.toUpperCase() + s.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort
          <select
            aria-label="Sort articles"
            value={sort}
            disabled={!!query}
            onChange={(e) => (setSort(e.target.value as DeskSort), localStorage.setItem('copydesk:sort', e.target.value))}
          >
            {DESK_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        {!trashed && <DeskFilters people={people} onChange={(next) => navigate(deskHash(query, status, trashed, next))} />}
        {!trashed && <ImportButton onFiles={(files) => void importer.importFiles(files)} />}
        {!trashed && (
          <button type="button" disabled={chosen.length === 0} onClick={() => setExporting(true)}>
            Export selected{chosen.length > 0 ? ` (${chosen.length})` : ''}…
          </button>
        )}
        <a className="button" href={deskHash('', '', !trashed)}>
          {trashed ? 'Back to desk' : 'Trash'}
        </a>
        <a className="button" href="#/settings">
          Settings
        </a>
        <a className="button" href="#/backups">
          Backups
        </a>
      </header>
      {dragging && (
        <div className="drop-hint" aria-hidden>
          Drop files to import them
        </div>
      )}
      {importer.error && (
        <div className="banner error" role="alert">
          <strong>Import refused.</strong>
          <pre className="refusals">{importer.error}</pre>
          <button type="button" onClick={importer.clearError}>
            Dismiss
          </button>
        </div>
      )}
      {importer.duplicate}
      {exporting && <BatchExportDialog articles={chosen} onClose={() => setExporting(false)} />}
      {erasing && (
        <EraseDialog
          id={erasing.id}
          headline={erasing.headline}
          onClose={() => setErasing(null)}
          onErased={(plan) => {
            setErasing(null);
            toast(`Deleted “${plan.headline.trim() || 'Untitled'}” forever.`);
            setReload((r) => r + 1);
          }}
        />
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {articles && articles.length === 0 && (
        <p className="empty">
          {query
            ? `Nothing matches “${query}”.`
            : trashed
              ? 'The trash is empty.'
              : status
                ? `No ${status} articles.`
                : assigned
                  ? 'Nothing is assigned to you.'
                  : mine
                    ? 'You have not started any story on this desk yet.'
                    : 'No articles yet. Start one with “New article”.'}
        </p>
      )}
      {articles && articles.length > 0 && (
        <table className="desk-table" aria-label={trashed ? 'Trashed articles' : 'Articles'}>
          <thead>
            <tr>
              {!trashed && (
                <th scope="col" className="select-cell">
                  <input
                    type="checkbox"
                    aria-label="Select all"
                    checked={articles.length > 0 && selected.size === articles.length}
                    onChange={(e) => setSelected(e.target.checked ? new Set(articles.map((a) => a.id)) : new Set())}
                  />
                </th>
              )}
              <th scope="col">Headline</th>
              <th scope="col">Status</th>
              <th scope="col">Bylines</th>
              <th scope="col">Edited</th>
              <th scope="col" className="num">
                Words
              </th>
              {trashed && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <DeskRow
                key={a.id}
                article={a}
                trashed={trashed}
                selected={selected.has(a.id)}
                onToggle={() => toggle(a.id)}
                onRestore={async () => {
                  await api.restoreArticle({ id: a.id });
                  toast(`Restored “${a.headline || 'Untitled'}”`);
                  setReload((r) => r + 1);
                }}
                onErase={() => setErasing(a)}
              />
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
