/**
 * Collects the blocks an importer finds, giving each a fresh stable id (docs/architecture.md, “The article”) and
 * tidying its text runs, so every importer builds the body the same way.
 */
import { normalizeRuns, type Block, type HeadingTag, type ListType, type TextRun } from '../article/blocks';
import type { EmbedFields, PhotoFields } from '../article/media';
import type { PendingImage } from './imported-article';
import { newBlockId } from '../article/ids';

// Control characters never belong in copy; they arrive from old wire files and broken exports.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]/g;
const SPACES = /[ \t\r\n\f\v\u00a0\u2028\u2029]+/g;

/**
 * The canonical form of imported runs: controls removed, no space at the block's edges or around
 * a line break, no line break at the edges. With `collapse`, runs of white space (as HTML and
 * Markdown treat them) become one space.
 */
export function tidyRuns(runs: TextRun[], collapse: boolean): TextRun[] {
  const cleaned = runs.map((run) => {
    if (run.text === '\n') return run;
    let text = run.text.replace(CONTROL, '');
    text = collapse ? text.replace(SPACES, ' ') : text.replace(/\r/g, '');
    return { ...run, text };
  });
  const out = normalizeRuns(cleaned);
  // Trim around line breaks and at both ends.
  for (let i = 0; i < out.length; i++) {
    const run = out[i]!;
    if (run.text === '\n') continue;
    const atStart = i === 0 || out[i - 1]!.text === '\n';
    const atEnd = i === out.length - 1 || out[i + 1]!.text === '\n';
    if (atStart) run.text = run.text.replace(/^[ \t]+/, '');
    if (atEnd) run.text = run.text.replace(/[ \t]+$/, '');
  }
  const kept = out.filter((run) => run.text !== '');
  while (kept[0]?.text === '\n') kept.shift();
  while (kept[kept.length - 1]?.text === '\n') kept.pop();
  // No more than one empty line inside a block.
  const squeezed: TextRun[] = [];
  for (const run of kept) {
    const a = squeezed[squeezed.length - 1];
    const b = squeezed[squeezed.length - 2];
    if (run.text === '\n' && a?.text === '\n' && b?.text === '\n') continue;
    squeezed.push(run);
  }
  return normalizeRuns(squeezed);
}

export function runsText(runs: TextRun[]): string {
  return runs.map((r) => r.text).join('');
}

export class BlockBuilder {
  readonly blocks: Block[] = [];
  private listId: string | null = null;
  /** The kind of the current list's top level. */
  private listType: ListType = 'bullet';

  constructor(private readonly collapse: boolean) {}

  paragraph(runs: TextRun[]): void {
    this.push('paragraph', runs);
  }

  heading(tag: HeadingTag, runs: TextRun[]): void {
    this.push('heading', runs, { tag });
  }

  quote(runs: TextRun[]): void {
    this.push('quote', runs);
  }

  rule(): void {
    this.endList();
    // Two rules in a row say nothing more than one.
    if (this.blocks[this.blocks.length - 1]?.type === 'rule') return;
    this.blocks.push({ id: newBlockId(), type: 'rule', runs: [] });
  }

  listItem(listType: ListType, depth: number, runs: TextRun[]): void {
    const tidy = tidyRuns(runs, this.collapse);
    if (!runsText(tidy).trim()) return;
    // The first item at the top level decides the list; a change of kind starts a new list.
    const last = this.blocks[this.blocks.length - 1];
    if (this.listId && depth === 0 && this.listType !== listType) this.listId = null;
    if (!this.listId) {
      this.listId = newBlockId();
      this.listType = listType;
    }
    const previousDepth = last?.type === 'list-item' && last.listId === this.listId ? (last.depth ?? 0) : -1;
    // A list cannot skip levels: an item two levels deeper hangs one level under its parent.
    const safeDepth = Math.max(0, Math.min(depth, previousDepth + 1, 8));
    this.blocks.push({ id: newBlockId(), type: 'list-item', listType, depth: safeDepth, listId: this.listId, runs: tidy });
  }

  /** Images the photo blocks wait for, in the order they were found. */
  readonly pendingImages: PendingImage[] = [];

  /**
   * A photo whose image is at `src` (or in `bytes`): its block names it `pending-<n>` until main
   * settles it. Caption, credit and alt text are tidied to one line each.
   */
  photo(src: string, words: Partial<Pick<PhotoFields, 'caption' | 'credit' | 'alt'>>, bytes?: Uint8Array): void {
    this.endList();
    const key = `pending-${this.pendingImages.length}`;
    this.pendingImages.push(bytes ? { key, src, bytes } : { key, src });
    const line = (text: string | undefined) => (text ?? '').replace(CONTROL, '').replace(SPACES, ' ').trim();
    const photo: PhotoFields = {
      hash: key,
      mime: 'image/jpeg',
      width: 1,
      height: 1,
      caption: line(words.caption),
      credit: line(words.credit),
      alt: line(words.alt),
    };
    this.blocks.push({ id: newBlockId(), type: 'photo', runs: [], photo });
  }

  /** A photo already named by its hash (Copydesk JSON): kept as it is. */
  storedPhoto(photo: PhotoFields): void {
    this.endList();
    this.blocks.push({ id: newBlockId(), type: 'photo', runs: [], photo: { ...photo } });
  }

  /** An embed whose address the caller has vetted. */
  embed(embed: EmbedFields): void {
    this.endList();
    this.blocks.push({ id: newBlockId(), type: 'embed', runs: [], embed: { ...embed } });
  }

  /** The last block when it is a photo without a caption yet: a caption paragraph right after belongs to it. */
  photoAwaitingCaption(): PhotoFields | null {
    const last = this.blocks[this.blocks.length - 1];
    return last?.type === 'photo' && last.photo && !last.photo.caption ? last.photo : null;
  }

  endList(): void {
    this.listId = null;
  }

  private push(type: 'paragraph' | 'heading' | 'quote', runs: TextRun[], extra: { tag?: HeadingTag } = {}): void {
    const tidy = tidyRuns(runs, this.collapse);
    // Empty blocks (white space between list paragraphs) must not end a list.
    if (!runsText(tidy).trim()) return;
    this.endList();
    this.blocks.push({ id: newBlockId(), type, ...extra, runs: tidy });
  }
}
