/**
 * The article as a reporter and a desk know it (docs/architecture.md, “The article”).
 * Pure data: no behaviour here, so every layer can share it.
 */
import type { SerializedBody } from './body';

export const ARTICLE_STATUSES = ['draft', 'editing', 'ready', 'published'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export interface Byline {
  name: string;
  email: string;
}

export type NoteKind = 'update' | 'correction';

/** A note readers see at the article's end: `Update, Nov. 6: …`. */
export interface ArticleNote {
  kind: NoteKind;
  /** ISO 8601 time the note was published; the label's date is written from it. */
  date: string;
  text: string;
  /**
   * Where readers saw the date of a note imported from a page. Optional: notes written in Copydesk,
   * and every note stored or exported before the field existed, leave it out and print as they
   * always have. 'label': in a label before words that name their own kind ("Update, Oct. 20: This
   * story has been updated to …") — printed again with its label, so the date survives an export.
   * 'none': nowhere — `date` is only the day the page's stamps (or the import) give, so no export
   * prints it and no note gains a date it never had.
   */
  printedDate?: 'label' | 'none';
  /**
   * The page printed the note's clock with it ("UPDATE #3 (11:34 p.m.) -- …"): exports that print a
   * dated label print the clock after its date ("Update, Nov. 6, 11:34 p.m.:"), so an import of the
   * export gives the note back at the same time. Absent on notes whose page printed no clock.
   */
  printedClock?: boolean;
}

/** Everything a version captures: the fields and the body, exactly as they were. */
export interface ArticleContent {
  slug: string;
  headline: string;
  deck: string;
  bylines: Byline[];
  dateline: string;
  section: string;
  tags: string[];
  /** BCP 47; drives word segmentation and date style. */
  language: string;
  status: ArticleStatus;
  /** ISO 8601 or null while unpublished. */
  firstPublishedAt: string | null;
  /** The public "Updated:" time, ISO 8601, or null. */
  updatedAt: string | null;
  /** Oldest first, as readers see them. */
  notes: ArticleNote[];
  /** Lexical SerializedEditorState of the body. */
  body: SerializedBody;
  /** Schema version of `body`, so a future format can migrate it. */
  bodyVersion: number;
}

export interface Article extends ArticleContent {
  id: string;
}

export const CONTENT_FIELDS = [
  'slug',
  'headline',
  'deck',
  'bylines',
  'dateline',
  'section',
  'tags',
  'language',
  'status',
  'firstPublishedAt',
  'updatedAt',
  'notes',
  'body',
  'bodyVersion',
] as const satisfies readonly (keyof ArticleContent)[];

/** One row of the desk. */
export interface ArticleSummary {
  id: string;
  headline: string;
  status: ArticleStatus;
  bylines: Byline[];
  /** Last time anyone edited the working draft (ISO 8601). */
  editedAt: string;
  createdAt: string;
  wordCount: number;
  trashedAt: string | null;
  /** Search hit with the matched words wrapped in <mark>; only set for searches. */
  snippet?: string;
  /** On a shared desk: who wrote it first, who it is assigned to, who is editing it now. */
  createdBy?: string | null;
  assignedTo?: string | null;
  lockHolder?: string | null;
  lockSince?: string | null;
  /** Local changes to it that the hub has not taken yet. */
  waiting?: boolean;
}
