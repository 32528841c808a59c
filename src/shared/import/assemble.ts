/**
 * The last step every importer shares: take the masthead and the tail off the blocks, drop
 * site furniture, pick the headline, build the Lexical body, and check the result against the
 * article schema, so nothing half-formed reaches the store.
 */
import type { ArticleContent } from '../article/article';
import { blocksToBody, blockText, FORMAT, type Block } from '../article/blocks';
import { contentPatchSchema, describeIssues } from '../article/schema';
import { ArticleFrame, isMastheadLine, readTailLine } from './frame';
import { pointsToAppendedNote } from './appended-pointer';
import { isEmail, isFurnitureLine, isNoteHeading, isSlugUnderHeadline, labelOverLead, readNoteLine, type NoteLine } from './frame-lines';
import { refuse } from './import-error';
import { closingCopyAbove } from './closing-copy';
import { readDatelineDay } from './dateline-day';
import { readLiveEntry } from './live-entry';
import { takeDatelineLead } from '../article/dateline';
import type { ImportedArticle, ParseOptions, PendingImage } from './imported-article';

export interface ArticleParts {
  /** The headline the source marks as such (first h1, first line of text). */
  headline?: string;
  /** Used when the source marks no headline: a page title, a document title. */
  fallbackHeadline?: string;
  blocks: Block[];
  /** Masthead and tail lines the importer already read. */
  frame?: ArticleFrame;
  /** Fields the source states outright (front matter, JSON, meta tags); they win over guesses. */
  fields?: Partial<ArticleContent>;
  /** Fields the source only hints at (page meta tags); the masthead's own lines win over them. */
  defaults?: Partial<ArticleContent>;
  /** The blocks are an article's own body (Copydesk JSON): take nothing off them. */
  exactBody?: boolean;
  /** Markdown: an all-italic paragraph under the headline is the deck. */
  italicDeck?: boolean;
  /** Images the photo blocks wait for (BlockBuilder.pendingImages). */
  pendingImages?: PendingImage[];
}

const MASTHEAD_BLOCKS = 12;
const HEADLINE_MAX = 300;

function linesOf(block: Block): string[] {
  return blockText(block)
    .split('\n')
    .filter((line) => line.trim());
}

function isAllItalic(block: Block): boolean {
  const words = block.runs.filter((run) => run.text.trim() && run.text !== '\n');
  return words.length > 0 && words.every((run) => run.format & FORMAT.italic) && blockText(block).length <= 500;
}

function isDatelineLike(line: string): boolean {
  const text = line.trim();
  return text.length <= 60 && /^\p{Lu}/u.test(text) && !/[.!?:]$/.test(text) && text.split(/\s+/).length <= 6;
}

/** Blocks made of words (a rule, a photo and an embed carry none in their runs). */
function isWords(block: Block): boolean {
  return block.type !== 'rule' && block.type !== 'photo' && block.type !== 'embed';
}

function isPlainParagraph(block: Block): boolean {
  return block.type === 'paragraph' || block.type === 'heading';
}

/**
 * A note printed as a label of its own ("Correction: Feb. 9, 2020", "Correction:", a heading
 * "Update") with its words in the paragraph after it: the pair read as one note, or null.
 */
function headedNote(label: Block | undefined, words: Block | undefined): NoteLine | null {
  if (!label || !words || !isPlainParagraph(label) || words.type !== 'paragraph') return null;
  const lines = linesOf(label);
  if (lines.length !== 1 || !isNoteHeading(lines[0]!, true)) return null;
  const text = linesOf(words).join(' ').trim();
  // "Correction Appended" points at a note printed elsewhere: no words of its own (appended-pointer.ts).
  if (labelOverLead(lines[0]!, text) || pointsToAppendedNote(lines[0]!)) return null;
  return readNoteLine(`${lines[0]!.trim().replace(/:\s*$/, '')}: ${text}`, true);
}

/**
 * A live page's one entry under the copy ("7:02 p.m.: Highway 5 remains closed …"), as the lift
 * above takes notes out: the story's update at that clock. A page whose copy holds other such
 * entries is a live blog, and its last entry is copy like the rest.
 */
function liveEntryAtEnd(blocks: Block[], start: number, end: number): { from: number; to: number; notes: NoteLine[] } | null {
  const last = blocks[end - 1];
  if (end - 1 <= start || last?.type !== 'paragraph') return null;
  const entry = readLiveEntry(blockText(last).replace(/\s+/g, ' ').trim());
  if (!entry) return null;
  const liveBlog = blocks
    .slice(start, end - 1)
    .some((block) => isWords(block) && readLiveEntry(blockText(block).replace(/\s+/g, ' ').trim()));
  return liveBlog ? null : { from: end - 1, to: end, notes: [entry] };
}

/**
 * A list of one bullet: the Guardian sets its note off so ("• This article was amended …"). A
 * bullet of closing copy under it ("• Bridesmaids is out now on …", from `closingFrom` on) is no
 * second item of the note's list.
 */
function isLoneItem(blocks: Block[], i: number, closingFrom = blocks.length): boolean {
  const block = blocks[i]!;
  const isItem = (b: Block | undefined) => b?.type === 'list-item';
  return isItem(block) && block.listType === 'bullet' && !isItem(blocks[i - 1]) && (!isItem(blocks[i + 1]) || i + 1 >= closingFrom);
}

/**
 * The notes right above the page's closing copy (closing-copy.ts), as blocks [from, to) and the
 * notes they hold; null when there are none, or when nothing of the story would stay above them.
 */
function notesAboveClosingCopy(blocks: Block[], start: number, end: number): { from: number; to: number; notes: NoteLine[] } | null {
  const closing = closingCopyAbove(blocks, start, end);
  if (closing === 0) return null;
  const to = end - closing;
  const notes: NoteLine[] = [];
  let from = to;
  while (from > start) {
    const headed = from - 2 >= start ? headedNote(blocks[from - 2], blocks[from - 1]) : null;
    if (headed) {
      notes.unshift(headed);
      from -= 2;
      continue;
    }
    const block = blocks[from - 1]!;
    const lines = linesOf(block);
    if (block.type !== 'paragraph' && block.type !== 'quote' && !isLoneItem(blocks, from - 1, to)) break;
    const read = lines.map((line) => readTailLine(line));
    if (lines.length === 0 || !read.every((tail) => tail?.kind === 'note')) break;
    notes.unshift(...read.map((tail) => (tail as { kind: 'note'; note: NoteLine }).note));
    from--;
  }
  // Some of the story must stay above the notes: a page of notes alone is no story with a tail.
  const copyAbove = blocks.slice(start, from).some((block) => isWords(block) && blockText(block).trim());
  return notes.length > 0 && copyAbove ? { from, to, notes } : null;
}

export function assembleArticle(parts: ArticleParts, options: ParseOptions = {}): ImportedArticle {
  const frame = parts.frame ?? new ArticleFrame();
  let headline = parts.headline?.trim() ?? '';
  if (parts.exactBody) return finish(headline, parts.blocks, frame, parts, options);
  let blocks = parts.blocks.filter((block) => !(isWords(block) && isFurnitureLine(blockText(block))));

  if (!headline && blocks[0]?.type === 'heading' && blockText(blocks[0]).length <= HEADLINE_MAX) {
    headline = blockText(blocks[0]).replace(/\s+/g, ' ').trim();
    blocks = blocks.slice(1);
  }

  const found: Partial<ArticleContent> = {};
  // A paragraph all in italics right under the headline is the deck (Markdown's convention).
  const first = blocks[0];
  // A note's label in italics ("*Correction: Feb. 9, 2020*") is no deck, nor a whole note in
  // italics ("_**Correction:** An earlier version of this story …_").
  if (
    parts.italicDeck &&
    headline &&
    first?.type === 'paragraph' &&
    !parts.fields?.deck &&
    isAllItalic(first) &&
    !headedNote(first, blocks[1]) &&
    !readNoteLine(blockText(first).replace(/\s+/g, ' ').trim())
  ) {
    found.deck = blockText(first).replace(/\s+/g, ' ').trim().slice(0, 5000);
    blocks = blocks.slice(1);
  }

  // Masthead: leading paragraphs made only of stamps, bylines and furniture; one short line
  // among them that is none of these is the dateline ("KELSO, Scotland").
  let start = 0;
  while (start < Math.min(blocks.length, MASTHEAD_BLOCKS)) {
    const block = blocks[start]!;
    if (block.type === 'rule' && start === 0) {
      start++;
      continue;
    }
    const lines = linesOf(block);
    // A note set off in a block quote ("> **Update:** This post has been updated …"), as blogs print it.
    const quotedNote = block.type === 'quote' && lines.length > 0 && lines.every((line) => readNoteLine(line));
    if ((!isPlainParagraph(block) && !quotedNote) || lines.length === 0) break;
    // "UPDATE 3 - Protesters gather outside City Hall." over the copy: the wire's slug for its story,
    // sent with the headline — copy, never a note ("UPDATE 3 - Police said …" under the copy is one).
    if (headline && lines.length === 1 && isSlugUnderHeadline(lines[0]!)) break;
    const other = lines.filter((line) => !isMastheadLine(line));
    const headed = other.length ? headedNote(block, blocks[start + 1]) : null;
    if (headed) {
      frame.addNote(headed);
      start += 2;
      continue;
    }
    const dateline = other.length === 1 && lines.length > 1 && !found.dateline && isDatelineLike(other[0]!) ? other[0]!.trim() : null;
    if (other.length > 0 && !dateline) break;
    if (dateline) found.dateline = dateline;
    lines.forEach((line) => frame.takeMastheadLine(line));
    // "By [Ana Ruiz](mailto:ana@example.org)": the address is in the link.
    for (const run of block.runs) {
      if (!run.link?.toLowerCase().startsWith('mailto:')) continue;
      const byline = frame.bylines.find((b) => b.name.toLowerCase() === run.text.trim().toLowerCase());
      const email = decodeURIComponent(run.link.slice(7).split('?')[0] ?? '');
      if (byline && !byline.email && isEmail(email)) byline.email = email;
    }
    start++;
  }

  // Tail: trailing paragraphs made only of notes, sign-offs and furniture.
  let end = blocks.length;
  const headedTail = new Map<number, NoteLine>();
  while (end > start) {
    const block = blocks[end - 1]!;
    if (block.type === 'rule') {
      end--;
      continue;
    }
    // The label first: "An earlier version …" under "Correction: Feb. 9, 2020" is that dated note.
    const headed = end - 2 >= start ? headedNote(blocks[end - 2], block) : null;
    if (headed) {
      headedTail.set(end - 2, headed);
      end -= 2;
      continue;
    }
    const lines = linesOf(block);
    const quotedNote = block.type === 'quote' && lines.every((line) => readTailLine(line)?.kind === 'note');
    if (block.type === 'paragraph')
      for (const line of lines) if (readTailLine(line)?.kind !== 'note' && readTailLine(line)) frame.seeFurniture(line);
    if (
      (block.type !== 'paragraph' && !quotedNote) ||
      lines.length === 0 ||
      !lines.every((line) => readTailLine(line) || (block.type === 'paragraph' && frame.ownCorrective(line)))
    )
      break;
    end--;
  }
  // Notes the page printed above its closing copy (a contributor line, a bio, the print line, a
  // topics list): taken out of the body, and the closing copy stays where it was.
  const lifted = notesAboveClosingCopy(blocks, start, end) ?? liveEntryAtEnd(blocks, start, end);
  if (lifted) {
    lifted.notes.forEach((note) => frame.addNote(note));
    blocks = [...blocks.slice(0, lifted.from), ...blocks.slice(lifted.to)];
    const removed = lifted.to - lifted.from;
    end -= removed;
    for (const [k, note] of [...headedTail]) {
      headedTail.delete(k);
      headedTail.set(k - removed, note);
    }
  }
  for (let k = end; k < blocks.length; k++) {
    const headed = headedTail.get(k);
    if (headed) {
      frame.addNote(headed);
      k++;
    } else for (const line of linesOf(blocks[k]!)) frame.takeTailLine(line);
  }
  blocks = blocks.slice(start, end);
  // A rule left dangling at either end separated copy from what was taken off.
  while (blocks[blocks.length - 1]?.type === 'rule') blocks.pop();
  while (blocks[0]?.type === 'rule') blocks.shift();

  // "HARTFORD — The city…": the dateline printed at the head of the copy is the dateline field.
  const lead = !found.dateline && !parts.fields?.dateline ? takeDatelineLead(blocks) : null;
  if (lead) {
    found.dateline = lead.dateline;
    blocks = lead.blocks;
  }

  // A dateline printed before a note's label is the story's, unless the story prints its own.
  frame.keepDateline(found.dateline ?? parts.fields?.dateline);
  // "KELSO, Wash., Nov. 6 (Reuters) - …": the day the copy's dateline prints dates the notes the
  // page printed with no day, when no stamp does.
  const firstCopy = blocks.find((block) => block.type === 'paragraph');
  if (firstCopy) frame.seeCopyDay(readDatelineDay(blockText(firstCopy)));

  if (!headline && parts.fallbackHeadline) headline = parts.fallbackHeadline.replace(/\s+/g, ' ').trim();
  return finish(headline, blocks, frame, parts, options, found);
}

function finish(
  headline: string,
  blocks: Block[],
  frame: ArticleFrame,
  parts: ArticleParts,
  options: ParseOptions,
  found: Partial<ArticleContent> = {},
): ImportedArticle {
  headline = headline.slice(0, 1000);
  const hasText = blocks.some((block) => blockText(block).trim() || block.type === 'photo');
  if (!headline && !hasText) refuse('there is no headline and no article text in it.');

  const article: ImportedArticle = {
    ...definedFields(parts.defaults ?? {}),
    ...frame.fields(options.now),
    ...found,
    ...definedFields(parts.fields ?? {}),
    headline,
    body: blocksToBody(blocks),
  };
  // A byline without a name is nothing to print; an address that is not one is dropped.
  if (article.bylines) {
    article.bylines = article.bylines
      .map((b) => ({ name: b.name.replace(/\s+/g, ' ').trim(), email: isEmail(b.email) ? b.email.trim() : '' }))
      .filter((b) => b.name);
    if (article.bylines.length === 0) delete article.bylines;
  }
  const checked = contentPatchSchema.safeParse(article);
  if (!checked.success) refuse(`its article fields are not valid (${describeIssues(checked.error)}).`);
  // Only the images of photos that stayed in the body (a photo in the masthead went with it).
  const kept = new Set(blocks.flatMap((block) => (block.type === 'photo' && block.photo ? [block.photo.hash] : [])));
  const pending = (parts.pendingImages ?? []).filter((image) => kept.has(image.key));
  if (pending.length > 0) article.pendingImages = pending;
  return article;
}

function definedFields(fields: Partial<ArticleContent>): Partial<ArticleContent> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out as Partial<ArticleContent>;
}
