/**
 * The redline and the update note, from the store: resolves "draft", "published" or a version
 * number to an article state, then runs the pure engines of src/shared. Runs in main (the
 * desktop's main process or the web host), so a long diff never stalls typing in the page.
 */
import type { Store } from '../store';
import type { Comparison, ComparedSide } from '../../shared/api/contract';
import type { ArticleContent } from '../../shared/article/article';
import { compareArticles, summarizeDiff } from '../../shared/diff';
import { proposeNote } from '../../shared/notes';
import type { HouseStyleOverrides } from '../../shared/notes/style';
import { ApiError } from '../../shared/api/errors';
import { contentOf } from '../../shared/article/content';

type Ref = number | 'draft' | 'published';

export function resolveSide(store: Store, id: string, ref: Ref): { side: ComparedSide; content: ArticleContent } {
  if (ref === 'draft') {
    return { side: { ref: 'draft', title: 'Current draft' }, content: contentOf(store.articles.get(id)) };
  }
  const summary = ref === 'published' ? store.versions.latestPublished(id) : store.versions.list(id).find((v) => v.number === ref);
  if (!summary) {
    store.articles.assertExists(id);
    throw new ApiError(
      'not-found',
      ref === 'published' ? 'This article has not been published yet.' : `Article ${id} has no version ${ref}.`,
    );
  }
  const title = `Version ${summary.number}${summary.label ? ` “${summary.label}”` : ''}${ref === 'published' ? ' (published)' : ''}`;
  return {
    side: { ref: String(ref), title, number: summary.number, createdAt: summary.createdAt },
    content: store.versions.read(id, summary.number),
  };
}

export function compareInStore(store: Store, id: string, from: Ref, to: Ref): Comparison {
  const a = resolveSide(store, id, from);
  const b = resolveSide(store, id, to);
  const diff = compareArticles(a.content, b.content);
  return { from: a.side, to: b.side, diff, summary: summarizeDiff(diff) };
}

export function proposeInStore(store: Store, id: string, date: string, style: HouseStyleOverrides, kind?: 'update' | 'correction') {
  const published = store.versions.latestPublished(id);
  if (!published) throw new ApiError('conflict', 'This article has not been published yet: publish it first, then publish updates.');
  const older = store.versions.read(id, published.number);
  const newer = contentOf(store.articles.get(id));
  return { ...proposeNote(older, newer, { date, style, kind }), since: published };
}
