/**
 * The one API contract between the renderer and the app. Each entry names a method, the shape
 * of its argument (checked at runtime by main on every call, whichever transport carried it) and
 * the type of its result. Preload, the IPC registration, the HTTP server and the web client are
 * all generated from this table: adding a method is one entry here and one handler in services.
 */
import { z } from 'zod';
import type { Article, ArticleSummary } from '../article/article';
import { ARTICLE_STATUSES } from '../article/article';
import { contentPatchSchema } from '../article/schema';

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

export const DESK_SORTS = ['edited', 'created', 'headline', 'status', 'words'] as const;
export type DeskSort = (typeof DESK_SORTS)[number];

export const apiContract = {
  listArticles: {
    args: z.object({
      status: z.enum(ARTICLE_STATUSES).optional(),
      query: z.string().max(500).optional(),
      sort: z.enum(DESK_SORTS).optional(),
      trashed: z.boolean().optional(),
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
    args: z.object({ id: articleId, patch: contentPatchSchema, baseRevision: z.number().int().min(0).optional() }),
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

/** IPC channel for a method: one namespace so nothing else can be invoked. */
export const ipcChannel = (method: ApiMethod): string => `copydesk:${method}`;
