/**
 * The app's behaviour behind the API contract: every handler the renderer can reach, whichever
 * transport carried the call. Arguments arrive already validated (shared/api/validate.ts).
 * Writes that belong together (a draft change and the version it makes) share one transaction.
 */
import type { Store } from '../store';
import type { ApiHandlers, AppSettings, VersionedArticle } from '../../shared/api/contract';
import type { ArticleContent, ArticleNote, ArticleStatus, ArticleSummary } from '../../shared/article/article';
import type { VersionKind, VersionSummary } from '../../shared/article/version';
import { ApiError } from '../../shared/api/errors';
import { apDate, nowIso } from '../../shared/text/dates';
import { osAuthor } from './author';
import type { HouseStyleOverrides } from '../../shared/notes/style';
import type { NewsroomMethod } from './newsroom-service';

/** An article gets an automatic version after this much editing since its last one. */
export const AUTO_VERSION_MS = 10 * 60 * 1000;

export interface ServiceOptions {
  /** The current time as ISO 8601; tests pass a fixed clock. */
  now?: () => string;
  /** Where imports and exports run: a WorkPool off the serving thread (web host), else in place. */
  work?: import('../work/tasks').Work;
}

/** Fields that describe publication, not the text: a restore keeps the current ones. */
const PUBLICATION_FIELDS = ['status', 'firstPublishedAt', 'updatedAt', 'notes'] as const;

/** Every handler but those other service files add (see services/index.ts). */
export type ArticleHandlers = Omit<
  ApiHandlers,
  | 'exportArticle'
  | 'importFiles'
  | 'compareVersions'
  | 'proposeNote'
  | 'listBackups'
  | 'restoreBackup'
  | 'backupNow'
  | 'setSpellcheckLanguage'
  | 'addPhoto'
  | 'readPhoto'
  | NewsroomMethod
>;

export function createArticleService(store: Store, options: ServiceOptions = {}): ArticleHandlers {
  const now = options.now ?? (() => nowIso());

  const settings = (): AppSettings => ({
    author: store.settings.get('author', osAuthor()),
    houseStyle: store.settings.get<HouseStyleOverrides>('houseStyle', {}),
    typing: store.settings.get('typing', { smartPunctuation: true }),
  });

  /** A version of the draft as it stands, signed by the author in Settings (the store marks the draft versioned). */
  function makeVersion(id: string, kind: VersionKind, label?: string | null, at = now()): VersionSummary {
    return store.recordVersion(id, { kind, label, author: settings().author, createdAt: at });
  }

  /** "correction", "dated Nov. 6" — how a version label names a note. */
  function describeNote(note: ArticleNote): { label: string; line: string } {
    let day: string;
    try {
      day = apDate(note.date);
    } catch {
      day = note.date;
    }
    return { label: note.kind === 'correction' ? 'correction' : 'update note', line: `dated ${day}` };
  }

  /** Applies a patch to the draft and records a version of the result, in one transaction. */
  function changeAndVersion(id: string, patch: Partial<ArticleContent>, kind: VersionKind, label?: string | null): VersionedArticle {
    return store.transaction(() => {
      const at = now();
      store.articles.saveDraft(id, patch, at);
      const version = makeVersion(id, kind, label, at);
      return { article: store.articles.get(id), version };
    });
  }

  function hasUnversionedChanges(id: string): boolean {
    const article = store.articles.get(id);
    return store.articles.versionedRevision(id) !== article.revision;
  }

  const handlers: ArticleHandlers = {
    listArticles: async ({ mine, assignedToMe, ...rest }) => {
      const me = store.newsroom.link()?.user ?? null;
      const args = {
        ...rest,
        mine: mine && me ? me : undefined,
        // Off a shared desk nothing is assigned to anyone.
        assignedTo: assignedToMe ? (me ?? '\u0000') : undefined,
      };
      let rows: ArticleSummary[] | null = null;
      // A search reads in a work thread when there is a pool; the index is brought up to date
      // here first, by the one writer.
      if (args.query?.trim() && options.work) {
        store.articles.refreshSearchIndex();
        const found = options.work.search(store.dir, args, store.nativeBinding);
        // A thread that cannot read the store (held exclusively, opened by an older build)
        // leaves the search to the writer's own connection, which says what is wrong if anything is.
        if (found) rows = await found.catch(() => store.articles.list(args));
      }
      rows ??= store.articles.list(args);
      // Off a shared desk there is nothing to wait for.
      if (!me) for (const row of rows) row.waiting = false;
      return rows;
    },

    createArticle: (args) => store.articles.create({ headline: args.headline ?? '' }, now()),

    getArticle: ({ id }) => store.articles.get(id),

    saveDraft: ({ id, patch, baseRevision }) => {
      // The word count of a long body is counted before the transaction begins.
      const counted = store.articles.countPatch(id, patch);
      return store.transaction(() => {
        const at = now();
        const saved = store.articles.saveDraft(id, patch, at, baseRevision, counted);
        // Ten minutes of editing since the first change after the last version makes one.
        const since = store.articles.dirtySince(id);
        if (since && Date.parse(at) - Date.parse(since) >= AUTO_VERSION_MS) makeVersion(id, 'auto', null, at);
        return saved;
      });
    },

    trashArticle: ({ id }) => store.articles.trash(id, now()),

    restoreArticle: ({ id }) => store.articles.restore(id),

    planErase: ({ id }) => store.eraser.plan(id),

    // The store refuses what may not go (outside the trash, ever published, a shared desk).
    eraseArticle: ({ id }) => store.eraser.erase(id),

    listVersions: ({ id }) => {
      store.articles.assertExists(id);
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
        if (!changed && (kind !== 'checkpoint' || !label))
          return kind === 'checkpoint' ? (store.versions.latest(id) ?? makeVersion(id, kind)) : null;
        return makeVersion(id, kind, label || null);
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
      if (article.firstPublishedAt)
        throw new ApiError('conflict', 'This article is already published. Use "Publish update" to publish a revision.');
      if (!article.headline.trim()) throw new ApiError('invalid-argument', 'An article needs a headline before it can be published.');
      const at = now();
      return changeAndVersion(id, { status: 'published', firstPublishedAt: at, updatedAt: null }, 'published', 'Published');
    },

    publishUpdate: ({ id, note }) => {
      const article = store.articles.get(id);
      if (!article.firstPublishedAt) throw new ApiError('conflict', 'This article has not been published yet. Publish it first.');
      if (!note) return changeAndVersion(id, { status: 'published' }, 'update', 'Cosmetic fix');
      const at = now();
      const full: ArticleNote = { kind: note.kind, date: note.date ?? at, text: note.text };
      return changeAndVersion(
        id,
        { status: 'published', updatedAt: at, notes: [...article.notes, full] },
        'update',
        note.kind === 'correction' ? 'Correction' : 'Update',
      );
    },

    reviseNote: ({ id, index, text, withdraw }) => {
      const article = store.articles.get(id);
      const note = article.notes[index];
      if (!note) throw new ApiError('not-found', `This article has no note number ${index + 1}.`);
      if (!withdraw === !text) throw new ApiError('invalid-argument', "Give the note's new words, or withdraw it — one of the two.");
      const { label: what, line } = describeNote(note);
      if (!withdraw) {
        const notes = article.notes.map((n, i) => (i === index ? { ...n, text: text! } : n));
        return changeAndVersion(id, { notes }, 'update', `Edited the ${what} ${line}`);
      }
      const notes = article.notes.filter((_, i) => i !== index);
      // Readers who saw a correction are told it was withdrawn; an update note simply goes.
      if (note.kind === 'correction') {
        const at = now();
        notes.push({ kind: 'correction', date: at, text: `A correction ${line} has been withdrawn.` });
        return changeAndVersion(id, { notes, updatedAt: at }, 'update', `Withdrew the ${what} ${line}`);
      }
      return changeAndVersion(id, { notes }, 'update', `Withdrew the ${what} ${line}`);
    },

    unpublish: ({ id, reason }) => {
      const article = store.articles.get(id);
      if (article.status !== 'published')
        throw new ApiError('conflict', 'This article is not published, so there is nothing to unpublish.');
      return changeAndVersion(id, { status: 'draft' }, 'status', reason ? `Unpublished: ${reason}` : 'Unpublished');
    },

    restoreVersion: ({ id, number }) =>
      store.transaction(() => {
        const old = store.versions.read(id, number);
        if (hasUnversionedChanges(id)) makeVersion(id, 'before-restore', null);
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
