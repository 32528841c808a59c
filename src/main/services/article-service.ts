/**
 * The app's behaviour behind the API contract: every handler the renderer can reach, whichever
 * transport carried the call. Arguments arrive already validated (shared/api/validate.ts).
 * Writes that belong together (a draft change and the version it makes) share one transaction.
 */
import type { Store } from '../store';
import type { ApiHandlers, AppSettings, OpenedArticle, VersionedArticle } from '../../shared/api/contract';
import type { ArticleContent, ArticleNote, ArticleStatus } from '../../shared/article/article';
import type { VersionKind, VersionSummary } from '../../shared/article/version';
import { ApiError } from '../../shared/api/errors';
import { contentOf } from '../../shared/article/content';
import { nowIso } from '../../shared/text/dates';
import { osAuthor } from './author';
import type { HouseStyleOverrides } from '../../shared/notes/style';

/** An article gets an automatic version after this much editing since its last one. */
export const AUTO_VERSION_MS = 10 * 60 * 1000;

export interface ServiceOptions {
  /** The current time as ISO 8601; tests pass a fixed clock. */
  now?: () => string;
}

/** Fields that describe publication, not the text: a restore keeps the current ones. */
const PUBLICATION_FIELDS = ['status', 'firstPublishedAt', 'updatedAt', 'notes'] as const;

/** Every handler but those other service files add (see services/index.ts). */
export type ArticleHandlers = Omit<ApiHandlers, 'exportArticle' | 'importFiles' | 'compareVersions' | 'proposeNote' | 'listBackups' | 'restoreBackup' | 'backupNow' | 'setSpellcheckLanguage'>;

export function createArticleService(store: Store, options: ServiceOptions = {}): ArticleHandlers {
  const now = options.now ?? (() => nowIso());

  const settings = (): AppSettings => ({
    author: store.settings.get('author', osAuthor()),
    houseStyle: store.settings.get<HouseStyleOverrides>('houseStyle', {}),
    typing: store.settings.get('typing', { smartPunctuation: true }),
  });

  /** Makes a version of the draft as it stands and remembers which draft revision it holds. */
  function makeVersion(article: OpenedArticle, kind: VersionKind, label?: string | null, at = now()): VersionSummary {
    const version = store.versions.append(article.id, contentOf(article), { kind, label, author: settings().author, createdAt: at });
    store.articles.markVersioned(article.id, article.revision);
    return version;
  }

  /** Applies a patch to the draft and records a version of the result, in one transaction. */
  function changeAndVersion(id: string, patch: Partial<ArticleContent>, kind: VersionKind, label?: string | null): VersionedArticle {
    return store.transaction(() => {
      const at = now();
      store.articles.saveDraft(id, patch, at);
      const article = store.articles.get(id);
      const version = makeVersion(article, kind, label, at);
      return { article: store.articles.get(id), version };
    });
  }

  function hasUnversionedChanges(id: string): boolean {
    const article = store.articles.get(id);
    return store.articles.versionedRevision(id) !== article.revision;
  }

  const handlers: ArticleHandlers = {
    listArticles: (args) => store.articles.list(args),

    createArticle: (args) => store.articles.create({ headline: args.headline ?? '' }, now()),

    getArticle: ({ id }) => store.articles.get(id),

    saveDraft: ({ id, patch, baseRevision }) =>
      store.transaction(() => {
        const at = now();
        const saved = store.articles.saveDraft(id, patch, at, baseRevision);
        // Ten minutes of editing since the first change after the last version makes one.
        const since = store.articles.dirtySince(id);
        if (since && Date.parse(at) - Date.parse(since) >= AUTO_VERSION_MS) makeVersion(store.articles.get(id), 'auto', null, at);
        return saved;
      }),

    trashArticle: ({ id }) => store.articles.trash(id, now()),

    restoreArticle: ({ id }) => store.articles.restore(id),

    listVersions: ({ id }) => {
      store.articles.get(id);
      return store.versions.list(id);
    },

    getVersion: ({ id, number }) => {
      const version = store.versions.list(id).find((v) => v.number === number);
      if (!version) throw new ApiError('not-found', `Article ${id} has no version ${number}.`);
      return { version, content: store.versions.read(id, number) };
    },

    checkpoint: ({ id, label, kind = 'checkpoint' }) =>
      store.transaction(() => {
        const changed = hasUnversionedChanges(id);
        // Closing or the timer with nothing new would only repeat the last version.
        if (!changed && (kind !== 'checkpoint' || !label)) return kind === 'checkpoint' ? store.versions.latest(id) ?? makeVersion(store.articles.get(id), kind) : null;
        return makeVersion(store.articles.get(id), kind, label || null);
      }),

    setStatus: ({ id, status }) => {
      const article = store.articles.get(id);
      if (status === 'published') return handlers.publish({ id }) as VersionedArticle;
      if (article.status === 'published') {
        throw new ApiError('conflict', 'This article is published. Publish an update instead of moving it back.');
      }
      return changeAndVersion(id, { status }, 'status', statusLabel(status));
    },

    publish: ({ id }) => {
      const article = store.articles.get(id);
      if (article.firstPublishedAt) throw new ApiError('conflict', 'This article is already published. Use "Publish update" to publish a revision.');
      if (!article.headline.trim()) throw new ApiError('invalid-argument', 'An article needs a headline before it can be published.');
      const at = now();
      return changeAndVersion(id, { status: 'published', firstPublishedAt: at, updatedAt: null }, 'published', 'Published');
    },

    publishUpdate: ({ id, note }) => {
      const article = store.articles.get(id);
      if (!article.firstPublishedAt) throw new ApiError('conflict', 'This article has not been published yet. Publish it first.');
      if (!note) return changeAndVersion(id, { status: 'published' }, 'update', 'Cosmetic fix');
      const at = now();
      const full: ArticleNote = { kind: note.kind, date: at, text: note.text };
      return changeAndVersion(
        id,
        { status: 'published', updatedAt: at, notes: [...article.notes, full] },
        'update',
        note.kind === 'correction' ? 'Correction' : 'Update',
      );
    },

    unpublish: ({ id, reason }) => {
      const article = store.articles.get(id);
      if (article.status !== 'published') throw new ApiError('conflict', 'This article is not published, so there is nothing to unpublish.');
      return changeAndVersion(id, { status: 'draft' }, 'status', reason ? `Unpublished: ${reason}` : 'Unpublished');
    },

    restoreVersion: ({ id, number }) =>
      store.transaction(() => {
        const old = store.versions.read(id, number);
        if (hasUnversionedChanges(id)) makeVersion(store.articles.get(id), 'before-restore', null);
        const current = store.articles.get(id);
        const patch: Partial<ArticleContent> = { ...old };
        for (const field of PUBLICATION_FIELDS) delete patch[field];
        return changeAndVersion(id, { ...patch, status: current.status }, 'restored', `Restored version ${number}`);
      }),

    getSettings: () => settings(),

    saveSettings: ({ author, houseStyle, typing }) => {
      if (author) store.settings.set('author', author);
      if (typing) store.settings.set('typing', typing);
      if (houseStyle) store.settings.set('houseStyle', houseStyle);
      return settings();
    },
  };
  return handlers;
}


function statusLabel(status: ArticleStatus): string {
  return { draft: 'Back to draft', editing: 'Sent to editing', ready: 'Ready', published: 'Published' }[status];
}
