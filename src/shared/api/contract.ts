/**
 * The one API contract between the renderer and the app. Each entry names a method, the shape
 * of its argument (checked at runtime by main on every call, whichever transport carried it) and
 * the type of its result. Preload, the IPC registration, the HTTP server and the web client are
 * all generated from this table: adding a method is one entry here and one handler in services.
 */
import { z } from 'zod';
import type { Article, ArticleSummary } from '../article/article';
import { ARTICLE_STATUSES } from '../article/article';
import { draftPatchSchema, noteSchema } from '../article/schema';
import type { ArticleContent } from '../article/article';
import type { VersionSummary } from '../article/version';
import { EXPORT_FORMATS } from '../export/types';
import type { ArticleDiff } from '../diff/types';
import type { ProposedNote } from '../notes/types';
import type { HouseStyleOverrides } from '../notes/style';
import type { NewsroomStatus, StoryLock, SyncSummary } from '../newsroom/status';
import type { AuditEntry, Person } from '../newsroom/protocol';
import { ROLES, USER_NAME } from '../newsroom/roles';
import { PHOTO_LIMITS, photoHashSchema, type PhotoType } from '../article/media';
import { MAX_ARCHIVE_IMPORT_BYTES } from '../import/limits';

/** Carries a result type through the table without a runtime value. */
declare const resultBrand: unique symbol;
export interface ResultOf<T> {
  readonly [resultBrand]?: T;
}
const result = <T>(): ResultOf<T> => ({});

const articleId = z.string().regex(/^[a-z0-9]{4,40}$/, 'is not an article id');

export interface DraftSaved {
  savedAt: string;
  revision: number;
  wordCount: number;
}

export interface OpenedArticle extends Article {
  editedAt: string;
  createdAt: string;
  trashedAt: string | null;
  /** Counts autosaves; a save names the revision it started from to detect a lost update. */
  revision: number;
}

/** A stored version, read-only: its record and the article exactly as it was. */
export interface VersionView {
  version: VersionSummary;
  content: ArticleContent;
}

/** An article after a call that made a version. */
/** What "Delete forever" would take from the store, or why it is refused (nothing is changed). */
export interface ErasePlan {
  id: string;
  headline: string;
  /** The versions that go with it. */
  versions: number;
  /** The photos that go with it: those no other article's draft or version names. */
  photos: number;
  /** Why it may not be deleted forever, in plain words; null when it may. */
  refusal: string | null;
}

export interface Erased {
  erased: true;
  versions: number;
  /** Photos deleted with it (those it alone used). */
  photos: number;
}

export interface VersionedArticle {
  article: OpenedArticle;
  version: VersionSummary;
}

export interface ExportedFile {
  fileName: string;
  mime: string;
  /** The file's bytes, base64: both transports carry JSON. */
  base64: string;
}

export interface AppSettings {
  author: { name: string; email: string };
  houseStyle: HouseStyleOverrides;
  /** How the body editor sets copy as it is typed: curly quotes, em dashes (house style). */
  typing: { smartPunctuation: boolean };
}

/** One side of a comparison, named for people: "Version 3 “Filed”", "Current draft". */
export interface ComparedSide {
  ref: string;
  title: string;
  number?: number;
  createdAt?: string;
}

export interface Comparison {
  from: ComparedSide;
  to: ComparedSide;
  diff: ArticleDiff;
  summary: string;
}

/** A photo as stored: named by the SHA-256 of its bytes. */
export interface AddedPhoto {
  hash: string;
  mime: PhotoType;
  width: number;
  height: number;
  /** Size of the stored file in bytes. */
  bytes: number;
  /** True when the file's metadata carried (or could carry) a location, which was taken out. */
  locationRemoved: boolean;
}

/** A base64 string of at most `bytes` decoded bytes (4 characters carry 3 bytes). */
const base64Of = (bytes: number) => z.string().max(Math.ceil(bytes / 3) * 4 + 4, `is over ${bytes / 1048576} MB`);

/** A backup of the store kept in the data dir's backups/ folder. */
export interface BackupInfo {
  name: string;
  /** daily (automatic), manual, before-restore (the store as it was before a restore), damaged (a damaged store moved aside). */
  kind: 'daily' | 'manual' | 'before-restore' | 'damaged';
  createdAt: string;
  bytes: number;
}

const versionNumber = z.number().int().min(1).max(1_000_000_000);
const versionRef = z.union([versionNumber, z.enum(['draft', 'published'])]);

export const DESK_SORTS = ['edited', 'created', 'headline', 'status', 'words'] as const;
export type DeskSort = (typeof DESK_SORTS)[number];

export const apiContract = {
  listArticles: {
    args: z.object({
      status: z.enum(ARTICLE_STATUSES).optional(),
      query: z.string().max(500).optional(),
      sort: z.enum(DESK_SORTS).optional(),
      trashed: z.boolean().optional(),
      /** Shared desk: only stories this person started ("Mine") or that are assigned to them. */
      mine: z.boolean().optional(),
      assignedToMe: z.boolean().optional(),
    }),
    result: result<ArticleSummary[]>(),
  },
  createArticle: {
    args: z.object({ headline: z.string().max(1000).optional() }),
    result: result<OpenedArticle>(),
  },
  getArticle: {
    args: z.object({ id: articleId }),
    result: result<OpenedArticle>(),
  },
  saveDraft: {
    args: z.object({ id: articleId, patch: draftPatchSchema.strict(), baseRevision: z.number().int().min(0).optional() }),
    result: result<DraftSaved>(),
  },
  trashArticle: {
    args: z.object({ id: articleId }),
    result: result<{ trashedAt: string }>(),
  },
  restoreArticle: {
    args: z.object({ id: articleId }),
    result: result<{ restored: true }>(),
  },
  /** Before "Delete forever": the headline, how many versions go, or why it is refused. */
  planErase: {
    args: z.object({ id: articleId }),
    result: result<ErasePlan>(),
  },
  /**
   * "Delete forever" from the trash: the article, its draft and all its versions leave the store.
   * Refused outside the trash, for an article ever published, and on a newsroom's shared desk.
   */
  eraseArticle: {
    args: z.object({ id: articleId }),
    result: result<Erased>(),
  },
  listVersions: {
    args: z.object({ id: articleId }),
    result: result<VersionSummary[]>(),
  },
  getVersion: {
    args: z.object({ id: articleId, number: versionNumber }),
    result: result<VersionView>(),
  },
  /** Ctrl/Cmd+S, the ten-minute timer and closing an article all land here. */
  checkpoint: {
    args: z.object({
      id: articleId,
      label: z.string().trim().max(120).optional(),
      kind: z.enum(['checkpoint', 'auto', 'closed']).optional(),
    }),
    /** null when an automatic or closing version found nothing new since the last one. */
    result: result<VersionSummary | null>(),
  },
  setStatus: {
    args: z.object({ id: articleId, status: z.enum(ARTICLE_STATUSES) }),
    result: result<VersionedArticle>(),
  },
  publish: {
    args: z.object({ id: articleId }),
    result: result<VersionedArticle>(),
  },
  /** Publishes the draft as a revision; without a note for a cosmetic fix (no "Updated" time then). */
  publishUpdate: {
    /** The note's date is the desk's (its local day, as the dialog shows it); the publishing time when absent. */
    args: z.object({ id: articleId, note: noteSchema.partial({ date: true }).optional() }),
    result: result<VersionedArticle>(),
  },
  /**
   * Edits the words of a published note, or withdraws it; either makes a version. A withdrawn
   * correction leaves a note saying it was withdrawn.
   */
  reviseNote: {
    args: z.object({
      id: articleId,
      index: z.number().int().min(0).max(499),
      text: z.string().trim().min(1, 'a note needs text').max(5000).optional(),
      withdraw: z.boolean().optional(),
    }),
    result: result<VersionedArticle>(),
  },
  /**
   * Takes a published article off the site's list: back to Draft, with a version that says so
   * (and why). Its published versions stay in its history; "Publish update" brings it back.
   */
  unpublish: {
    args: z.object({ id: articleId, reason: z.string().trim().max(100).optional() }),
    result: result<VersionedArticle>(),
  },
  restoreVersion: {
    args: z.object({ id: articleId, number: versionNumber }),
    result: result<VersionedArticle>(),
  },
  /**
   * The redline between two states of an article: version numbers, 'draft' (the working draft)
   * or 'published' (the last published version). Runs in main, never on the typing thread.
   */
  compareVersions: {
    args: z.object({ id: articleId, from: versionRef, to: versionRef }),
    result: result<Comparison>(),
  },
  /** The reader-facing note for publishing the draft as an update of the last published version. */
  proposeNote: {
    /** `kind` asks for the note of that kind (the desk switched Update ⇄ Correction). */
    args: z.object({ id: articleId, kind: z.enum(['update', 'correction']).optional() }),
    result: result<ProposedNote & { since: VersionSummary }>(),
  },
  /** Files dropped on the desk or chosen with File › Import; all of them, or none. */
  importFiles: {
    args: z.object({
      files: z
        .array(z.object({ name: z.string().min(1).max(500), base64: base64Of(MAX_ARCHIVE_IMPORT_BYTES) }))
        .min(1)
        .max(200),
      asVersionOf: articleId.optional(),
    }),
    /** `notes`: what a file could not bring as it was ("remote image not downloaded: …"). */
    result: result<{ id: string; headline: string; version: number; file: string; notes?: string[] }[]>(),
  },
  /** One article (its draft, or version N) in one format, as a file to save. */
  exportArticle: {
    args: z.object({ id: articleId, version: versionNumber.optional(), format: z.enum(EXPORT_FORMATS) }),
    result: result<ExportedFile>(),
  },
  /**
   * Spellcheck in the article's language. The desktop sets Electron's session spellchecker; in the
   * web host the browser's own spellchecker follows the editor's lang attribute instead.
   */
  setSpellcheckLanguage: {
    args: z.object({ language: z.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/) }),
    result: result<{ applied: string[] }>(),
  },
  getSettings: {
    args: z.object({}),
    result: result<AppSettings>(),
  },
  saveSettings: {
    args: z.object({
      author: z.object({ name: z.string().trim().min(1).max(200), email: z.string().trim().max(320) }).optional(),
      houseStyle: z
        .object({
          labels: z
            .object({ update: z.string().trim().min(1).max(40), correction: z.string().trim().min(1).max(40) })
            .partial()
            .optional(),
          dateStyle: z.enum(['ap', 'long', 'iso']).optional(),
          form: z.enum(['ap', 'wire', 'uk']).optional(),
          labelTemplate: z.string().max(200).optional(),
          templates: z.record(z.string(), z.string().max(500)).optional(),
        })
        .optional(),
      typing: z.object({ smartPunctuation: z.boolean() }).optional(),
    }),
    result: result<AppSettings>(),
  },
  /**
   * A photo inserted from a file, a paste or a drop: checked (type by its bytes, size,
   * dimensions), its location taken out of the metadata, stored once by hash (adding it again
   * changes nothing). Refused with a plain reason: SVG, a damaged or cut-short file, a giant picture.
   */
  addPhoto: {
    args: z.object({ fileName: z.string().max(500), base64: base64Of(PHOTO_LIMITS.maxBytes) }),
    result: result<AddedPhoto>(),
  },
  /** A stored photo's bytes, to show or export; not-found when this store does not hold it. */
  readPhoto: {
    args: z.object({ hash: photoHashSchema }),
    result: result<{ hash: string; mime: PhotoType; base64: string }>(),
  },
  /** The backups kept in the data dir, newest first. */
  listBackups: {
    args: z.object({}),
    result: result<BackupInfo[]>(),
  },
  /** "Back up now": a backup of the whole store into the data dir's backups/ folder, checked. */
  backupNow: {
    args: z.object({}),
    result: result<BackupInfo>(),
  },
  /** Puts a kept backup back; the store as it was is kept as a backup of its own first. */
  restoreBackup: {
    args: z.object({ name: z.string().regex(/^copydesk-[A-Za-z0-9-]+\.sqlite$/, 'is not a backup name') }),
    result: result<{ restored: string; keptAs: string | null }>(),
  },
  /** The shared desk: the hub this folder is joined to, as whom, and how sync is going. */
  newsroomStatus: {
    args: z.object({}),
    result: result<NewsroomStatus>(),
  },
  /** Settings › Newsroom: sign in with the one-time code from the desk chief and join the hub. */
  joinNewsroom: {
    args: z.object({
      hubUrl: z.string().trim().min(1).max(500),
      user: z.string().regex(USER_NAME, 'is not a user name'),
      code: z.string().trim().min(4).max(100),
      switchHub: z.boolean().optional(),
    }),
    result: result<NewsroomStatus>(),
  },
  /** One sync round now. */
  syncNow: {
    args: z.object({}),
    result: result<SyncSummary & { status: NewsroomStatus }>(),
  },
  /** Opening a story to edit takes its lock (and renews it while open). */
  lockStory: {
    args: z.object({ id: articleId }),
    result: result<StoryLock>(),
  },
  unlockStory: {
    args: z.object({ id: articleId }),
    result: result<StoryLock>(),
  },
  /** The chief takes over a story someone else is editing (logged in the audit log). */
  takeOverStory: {
    args: z.object({ id: articleId }),
    result: result<StoryLock>(),
  },
  assignStory: {
    args: z.object({ id: articleId, user: z.string().regex(USER_NAME, 'is not a user name').nullable() }),
    result: result<{ assignedTo: string | null }>(),
  },
  /**
   * The desk's people, for the chief: list them, or add one / give one a new sign-in code (the
   * code comes back once), change a role, disable someone. Logged in the audit log.
   */
  managePeople: {
    args: z
      .object({
        action: z.enum(['add', 'code', 'role', 'disable']).optional(),
        name: z.string().regex(USER_NAME, 'is not a user name').optional(),
        role: z.enum(ROLES).optional(),
      })
      .refine(
        (a) => !a.action || (a.name && ((a.action !== 'add' && a.action !== 'role') || a.role)),
        'names a person (and a role, to add one or change it)',
      ),
    result: result<{ people: Person[]; code?: { user: string; role: string; code: string } }>(),
  },
  /** The hub's audit log, newest first; for the chief. */
  readAudit: {
    args: z.object({ limit: z.number().int().min(1).max(1000).optional() }),
    result: result<{ entries: AuditEntry[]; intact: boolean }>(),
  },
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiArgs<M extends ApiMethod> = z.input<ApiContract[M]['args']>;
export type ApiResult<M extends ApiMethod> = ApiContract[M]['result'] extends ResultOf<infer T> ? T : never;

/** What the renderer sees as window.copydesk, over IPC or HTTP alike. */
export type CopydeskApi = { [M in ApiMethod]: (args: ApiArgs<M>) => Promise<ApiResult<M>> };

/** What main implements: handlers receive arguments already validated. */
export type ApiHandlers = { [M in ApiMethod]: (args: z.output<ApiContract[M]['args']>) => ApiResult<M> | Promise<ApiResult<M>> };

export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}

/**
 * Commands the desktop's native menu sends to the page (the page runs them exactly as its own
 * buttons and shortcuts do). The web host has no native menu; the page's toolbar stands in.
 */
export const MENU_COMMANDS = [
  'new-article',
  'import',
  'export',
  'checkpoint',
  'history',
  'compare',
  'publish-update',
  'desk',
  'find',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_CHANNEL = 'copydesk:menu';

/** The preload adds one listener to the contract's methods: the native menu's commands. */
export interface DesktopBridge {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** IPC channel for a method: one namespace so nothing else can be invoked. */
export const ipcChannel = (method: ApiMethod): string => `copydesk:${method}`;
