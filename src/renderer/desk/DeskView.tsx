/**
 * The desk: every article with its headline, status, bylines, last edit and length; sorted,
 * filtered by status, searched in full text (the search is in the URL), and the trash.
 */
import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../shared/article/article';
import { ARTICLE_STATUSES } from '../../shared/article/article';
import { DESK_SORTS, type DeskSort } from '../../shared/api/contract';
import { api, errorMessage, onMenuCommand } from '../api/client';
import { articleHash, deskHash, navigate } from '../app/route';
import { useToast } from '../app/Toast';
import { DeskRow } from './DeskRow';

const SORT_LABELS: Record<DeskSort, string> = { edited: 'Last edited', created: 'Newest', headline: 'Headline', status: 'Status', words: 'Length' };

export function DeskView({ query, status, trashed }: { query: string; status: string; trashed: boolean }): React.JSX.Element {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sort, setSort] = useState<DeskSort>(() => (localStorage.getItem('copydesk:sort') as DeskSort) || 'edited');
  const [typed, setTyped] = useState(query);
  const [reload, setReload] = useState(0);
  const toast = useToast();

  useEffect(() => setTyped(query), [query]);

  useEffect(() => {
    let live = true;
    api
      .listArticles({ query: query || undefined, status: (status || undefined) as never, sort, trashed })
      .then((rows) => live && (setArticles(rows), setError(null)), (e) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [query, status, sort, trashed, reload]);

  // Searching as one types, with the search in the address so it can be bookmarked.
  useEffect(() => {
    if (typed === query) return;
    const timer = setTimeout(() => navigate(deskHash(typed.trim(), status, trashed), true), 250);
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

  useEffect(() => onMenuCommand((c) => {
    if (c === 'new-article') void create();
    if (c === 'find') document.getElementById('desk-search')?.focus();
  }), []);

  return (
    <main className="view desk">
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
          <select aria-label="Filter by status" value={status} onChange={(e) => navigate(deskHash(query, e.target.value, trashed))}>
            <option value="">All</option>
            {ARTICLE_STATUSES.map((s) => <option key={s} value={s}>{s[0]!.toUpperCase() + s.slice(1)}</option>)}
          </select>
        </label>
        <label>
          Sort
          <select aria-label="Sort articles" value={sort} disabled={!!query} onChange={(e) => (setSort(e.target.value as DeskSort), localStorage.setItem('copydesk:sort', e.target.value))}>
            {DESK_SORTS.map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
          </select>
        </label>
        <a className="button" href={deskHash('', '', !trashed)}>{trashed ? 'Back to desk' : 'Trash'}</a>
      </header>
      {error && <p role="alert" className="error">{error}</p>}
      {articles && articles.length === 0 && (
        <p className="empty">{query ? `Nothing matches “${query}”.` : trashed ? 'The trash is empty.' : 'No articles yet. Start one with “New article”.'}</p>
      )}
      {articles && articles.length > 0 && (
        <table className="desk-table" aria-label={trashed ? 'Trashed articles' : 'Articles'}>
          <thead>
            <tr>
              <th scope="col">Headline</th>
              <th scope="col">Status</th>
              <th scope="col">Bylines</th>
              <th scope="col">Edited</th>
              <th scope="col" className="num">Words</th>
              {trashed && <th scope="col"><span className="visually-hidden">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {articles.map((a) => (
              <DeskRow
                key={a.id}
                article={a}
                trashed={trashed}
                onRestore={async () => {
                  await api.restoreArticle({ id: a.id });
                  toast(`Restored “${a.headline || 'Untitled'}”`);
                  setReload((r) => r + 1);
                }}
              />
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
