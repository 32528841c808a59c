/** What the history of an article records about each version (the version-history issue). */
import type { ArticleStatus } from './article';

/** Why a version was made. */
export const VERSION_KINDS = [
  'created', // the first version of a new or imported article
  'checkpoint', // Ctrl/Cmd+S, optionally labelled ("Filed", "Copy-edited")
  'status', // the status changed
  'published', // first publication
  'update', // a published article's update or correction
  'auto', // ten minutes of editing since the last version
  'closed', // the article was closed with changes since its last version
  'before-restore', // the draft as it stood just before a restore
  'restored', // an earlier version brought back
  'import', // a revised copy imported as a new version
  'offline-copy', // a draft the shared desk could not take (changed or locked elsewhere), kept whole
] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export interface VersionAuthor {
  name: string;
  email: string;
}

/**
 * Photos and embeds a version changed against the one before it: the redline's own DiffStats
 * counts (`mediaCountsOf`), stored with the version like its words. Versions recorded before
 * these were counted, and versions pulled from the shared desk, carry zeros.
 */
export interface MediaCounts {
  photosAdded: number;
  photosRemoved: number;
  photosReplaced: number;
  /** Captions, credits and alt texts changed, one per field of each photo. */
  photoFieldsChanged: number;
  embedsAdded: number;
  embedsRemoved: number;
}

export const NO_MEDIA_CHANGES: MediaCounts = Object.freeze({
  photosAdded: 0,
  photosRemoved: 0,
  photosReplaced: 0,
  photoFieldsChanged: 0,
  embedsAdded: 0,
  embedsRemoved: 0,
});

export interface VersionSummary {
  number: number;
  createdAt: string;
  author: VersionAuthor;
  kind: VersionKind;
  label: string | null;
  wordCount: number;
  wordsAdded: number;
  wordsRemoved: number;
  /** Photos and embeds changed, counted as the redline counts them. */
  media: MediaCounts;
  /** The article's status in this version. */
  status: ArticleStatus;
  /** True for a version made by publishing (first publication or an update). */
  published: boolean;
}

/** `ID` or `ID@N`, as the CLI and links name an article or one of its versions. */
export interface ArticleRef {
  id: string;
  version?: number;
}

export function parseArticleRef(ref: string): ArticleRef | null {
  const m = /^([a-z0-9]{4,40})(?:@(\d{1,9}))?$/.exec(ref.trim());
  if (!m) return null;
  return m[2] ? { id: m[1]!, version: Number(m[2]) } : { id: m[1]! };
}
