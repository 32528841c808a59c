/**
 * The redline's data: what `compareArticles` returns and `copydesk diff --format json` prints.
 * Plain JSON (no classes, no Maps), so it crosses IPC, HTTP and the CLI unchanged.
 * See README.md in this folder for the shape with an example.
 */
import type { Block, BlockType, HeadingTag, ListType } from '../article/blocks';

export type OpKind = 'equal' | 'insert' | 'delete';

/** One piece of a modified block's text. Equal text carries the new formatting. */
export interface InlineOp {
  op: OpKind;
  text: string;
  /** FORMAT bitmask (bold 1, italic 2, …); absent when plain. */
  format?: number;
  /** URL when the text is inside a link. */
  link?: string;
  /** On equal text whose formatting or link changed: how it was before. */
  previous?: TextStyle;
}

export interface TextStyle {
  format: number;
  link?: string;
}

/** Unchanged words whose formatting or link changed. */
export interface FormatChange {
  text: string;
  before: TextStyle;
  after: TextStyle;
  /** For people: "bold added, link changed". */
  description: string;
}

/** What kind of block it is, without its text or id. */
export interface BlockShape {
  type: BlockType;
  tag?: HeadingTag;
  listType?: ListType;
  depth?: number;
}

export type BlockChangeKind = 'equal' | 'inserted' | 'deleted' | 'modified' | 'moved';

/**
 * One entry of the redline, in reading order: the newer article's blocks, with deleted blocks
 * (and the old places of moved blocks) standing where they stood in the older one.
 *
 * A move gives two entries sharing `moveId`: `moveSide: 'from'` at the old place (old text, no
 * ops) and `moveSide: 'to'` at the new place (new text, with `ops` when it was also edited).
 */
export interface BlockChange extends BlockShape {
  kind: BlockChangeKind;
  /** Id of the newer block (the older one for deleted blocks and move sources). */
  id: string;
  /** List the item belongs to, for list items. */
  listId?: string;
  /** Plain text: the new text, or the old one for deleted blocks and move sources. */
  text: string;
  /** Position in the older article's block list, when the block stood there. */
  oldIndex?: number;
  /** Position in the newer article's block list, when the block stands there. */
  newIndex?: number;
  old?: Block;
  new?: Block;
  /** For modified blocks and edited moves: the text as equal/insert/delete pieces. */
  ops?: InlineOp[];
  /** Formatting or links changed over unchanged words. */
  formatChanges?: FormatChange[];
  /** Set when the block changed kind (paragraph to subhead, list depth…). */
  typeChange?: { before: BlockShape; after: BlockShape };
  /** Links the two places of a move ("m1", "m2", …). */
  moveId?: string;
  moveSide?: 'from' | 'to';
  /** Past the edit budget: shown as whole old text deleted and new text inserted. */
  replaced?: boolean;
  /** On a photo or embed paired across versions: a replaced image and its words changed. */
  media?: MediaChange;
  /** Words added and removed inside this block. */
  wordsAdded?: number;
  wordsRemoved?: number;
}

/** The words of a photo (caption, credit, alt) or an embed (url, provider, title). */
export type MediaFieldName = 'caption' | 'credit' | 'alt' | 'url' | 'provider' | 'title';

export interface MediaFieldChange {
  field: MediaFieldName;
  /** For people: "Caption", "Credit", "Alt text", "Address". */
  label: string;
  before: string;
  after: string;
  ops: InlineOp[];
}

/**
 * What changed in a photo or an embed that kept its place (or moved): the image itself — another
 * hash at the same block id, `replaced` — and the words the desk wrote about it.
 */
export interface MediaChange {
  replaced: boolean;
  /** Changed fields only, in the order caption, credit, alt (url, provider, title for an embed). */
  fields: MediaFieldChange[];
}

export type FieldName = 'headline' | 'deck' | 'bylines' | 'dateline' | 'section' | 'slug' | 'tags' | 'status' | 'notes';

/** A changed article field. Text fields carry a word-level `ops` diff; list fields what came and went. */
export interface FieldChange {
  field: FieldName;
  /** Field name for people: "Headline", "Bylines". */
  label: string;
  before: string;
  after: string;
  ops?: InlineOp[];
  /** Items of list fields (tags, bylines, notes) that are new. */
  added?: string[];
  /** Items of list fields that are gone. */
  removed?: string[];
}

export interface DiffStats {
  /** Text blocks (paragraphs, subheads, quotes, list items, rules). */
  blocksInserted: number;
  blocksDeleted: number;
  /** Blocks changed in place (moves count in blocksMoved even when edited). */
  blocksModified: number;
  blocksMoved: number;
  /** Words of the body's text blocks only; field, caption and credit changes are listed apart. */
  wordsAdded: number;
  wordsRemoved: number;
  /** Photos and embeds count here, never as paragraphs. */
  photosAdded: number;
  photosRemoved: number;
  /** Another image at the same block id. */
  photosReplaced: number;
  photosMoved: number;
  /** Captions, credits and alt texts changed, one per field of each photo. */
  photoFieldsChanged: number;
  embedsAdded: number;
  embedsRemoved: number;
  /** Embeds whose address, provider or title changed. */
  embedsChanged: number;
  embedsMoved: number;
}

export interface ArticleDiff {
  stats: DiffStats;
  blocks: BlockChange[];
  fields: FieldChange[];
  /** True when some blocks were shown as replaced because the change was too large to diff word by word. */
  degraded: boolean;
  /** Language the words were segmented in (BCP 47). */
  language: string;
}

export interface DiffOptions {
  /** Most token comparisons spent on one pair of blocks before it shows as replaced. */
  blockBudget?: number;
  /** Most token comparisons spent on the whole article; past it, remaining pairs show as replaced. */
  docBudget?: number;
}
