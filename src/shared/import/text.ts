/**
 * Plain text in the form news sites publish and Copydesk's text export writes:
 *
 *   Headline
 *   Deck, on the line right under the headline (Copydesk's export)
 *   Section: World                        (Copydesk's export)
 *   Published: 06 Nov. 2024, 11:43
 *   Updated: 06 Nov. 2024, 17:36
 *   - REPORTER NAME
 *   - reporter@example.org
 *   HARTFORD — Paragraphs, one per line or separated by blank lines (a dateline in capitals
 *   and a dash at the head of the first is the dateline: assemble.ts).
 *   Update, Nov. 6: What was added.
 *
 * The masthead and tail are read line by line before paragraphs are formed, because a text
 * export keeps them on consecutive lines that would otherwise run together.
 */
import { ArticleFrame, isMastheadLine, readTailLine, SECTION_LINE } from './frame';
import { isFurnitureLine, isSlugUnderHeadline, isWireSlug, joinNoteHeadings, readStampLine } from './frame-lines';
import { assembleArticle } from './assemble';
import { BlockBuilder } from './block-builder';
import type { ImportedArticle, ParseOptions } from './imported-article';

/** Longer than this, the first line is copy, not a headline. */
const HEADLINE_MAX = 300;

export function splitLines(text: string): string[] {
  return text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
}

/** Reads the masthead above the copy; returns the index of the first line of copy. */
export function readMasthead(
  lines: string[],
  frame: ArticleFrame,
  headlineOf: (line: string) => string | null,
): { headline: string; start: number } {
  let headline = '';
  let headlineAt = -1;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    // Before the headline, only stamps and furniture: "By the numbers" is a headline, and so is a
    // wire's "UPDATE 2 - <headline>".
    // Under the headline, a wire's count of versions ("UPDATE 3 - Protesters gather outside City
    // Hall.") is the story's own slug, sent with the headline: copy, never a note (assemble.ts).
    if (headline !== '' && isSlugUnderHeadline(line)) break;
    if (!(headline === '' && isWireSlug(line)) && frame.takeMastheadLine(line, headline !== '')) continue;
    if (!headline) {
      const candidate = headlineOf(line);
      if (candidate === null) break;
      headline = candidate;
      headlineAt = i;
      continue;
    }
    if (i === headlineAt + 1 && !frame.deck && isDeckLine(lines, i)) {
      frame.deck = line;
      continue;
    }
    break;
  }
  return { headline, start: i };
}

/**
 * The line right under the headline is the deck when the masthead goes on under it, or a blank
 * line ends it in copy whose paragraphs are blank-line separated (a file of one paragraph per
 * line has no deck to find: its second line is copy).
 */
function isDeckLine(lines: string[], i: number): boolean {
  const next = lines[i + 1]?.trim() ?? '';
  // Only the export's own masthead lines: a "By …" line under one line of copy is a sign-off.
  if (next) return SECTION_LINE.test(next) || !!readStampLine(next) || (/^- /.test(next) && isMastheadLine(next));
  const rest = lines.slice(i + 2);
  const firstCopy = rest.findIndex((line) => line.trim());
  return (
    firstCopy >= 0 && rest.slice(firstCopy).some((line, k, all) => !line.trim() && k < all.length - 1 && all.slice(k).some((l) => l.trim()))
  );
}

/** Reads notes, sign-offs and furniture under the copy; returns the index after the copy. */
/**
 * Reads the tail under the copy; returns the index after the last line of copy. `isNoteLabel`
 * says which lines are a note's label alone ("## Update" in Markdown): a tail line under one is
 * that note's text, left for the block assembly to read as one note with its label. `readerText`
 * turns a line of markup into the words a reader sees ("\_\_SUB\_\_" is "__SUB__"), so a note
 * keeps its words and not its escapes.
 */
export function readTail(
  lines: string[],
  start: number,
  frame: ArticleFrame,
  isNoteLabel?: (line: string) => boolean,
  readerText: (line: string) => string = (line) => line,
): number {
  let end = lines.length;
  while (end > start) {
    const line = lines[end - 1]!;
    if (!line.trim()) {
      end--;
      continue;
    }
    let above = end - 2;
    while (above >= start && !lines[above]!.trim()) above--;
    if (above >= start && isNoteLabel?.(lines[above]!)) break;
    const tail = readTailLine(readerText(line));
    // A sign-off or copyright line under the copy names the publication a correction above may name.
    if (tail && tail.kind !== 'note') frame.seeFurniture(readerText(line));
    if (!tail && !frame.ownCorrective(readerText(line))) break;
    end--;
  }
  for (let i = end; i < lines.length; i++) frame.takeTailLine(readerText(lines[i]!));
  return end;
}

/**
 * Wire copy is often wrapped at a fixed width; such lines belong to one paragraph. Other line
 * breaks inside a paragraph are the writer's and are kept.
 */
function looksHardWrapped(groups: string[][]): boolean {
  const lines = groups.flat();
  if (lines.length < 4) return false;
  const multi = groups.filter((g) => g.length > 1);
  if (multi.length < Math.max(1, groups.length / 2)) return false;
  const wrapped = multi.flatMap((g) => g.slice(0, -1));
  return wrapped.every((line) => line.length >= 30 && line.length <= 100);
}

/**
 * Paragraphs from copy lines: blank-line separated when blank lines exist, else one per line.
 * Each keeps the indentation of its first line, which nests list items.
 */
export function paragraphsOf(lines: string[]): string[] {
  const copy = lines.map((line) => line.replace(/\s+$/, '')).filter((line) => !isFurnitureLine(line));
  const hasBlank = copy.some((line, i) => !line.trim() && i > 0 && i < copy.length - 1);
  if (!hasBlank) return copy.filter((line) => line.trim());
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of copy) {
    if (line.trim()) current.push(current.length ? line.trim() : line);
    else if (current.length) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length) groups.push(current);
  const joiner = looksHardWrapped(groups) ? ' ' : '\n';
  return groups.map((group) => group.join(joiner));
}

const BULLET = /^(\s*)[•◦▪‣]\s+(.+)$/s;
const NUMBERED = /^(\s*)(\d{1,3})[.)]\s+(.+)$/s;
const RULE = /^\s*(?:\* \* \*|\*\*\*|-{3,}|_{3,}|#\s*#\s*#)\s*$/;

/**
 * One paragraph of text as a block: "• item" and "1. item" lines are list items (two spaces of
 * indent per level, as the text export writes them), "* * *" is a rule, the rest paragraphs.
 */
function addParagraph(builder: BlockBuilder, paragraph: string): void {
  if (RULE.test(paragraph)) return builder.rule();
  const bullet = BULLET.exec(paragraph);
  if (bullet) return builder.listItem('bullet', Math.floor(bullet[1]!.replace(/\t/g, '  ').length / 2), [{ text: bullet[2]!, format: 0 }]);
  const numbered = NUMBERED.exec(paragraph);
  // "1." starts a numbered list; later numbers only continue one, so a year or a count in
  // the first words of a paragraph stays a paragraph.
  const last = builder.blocks[builder.blocks.length - 1];
  if (numbered && (numbered[2] === '1' || (last?.type === 'list-item' && last.listType === 'number') || numbered[1])) {
    return builder.listItem('number', Math.floor(numbered[1]!.replace(/\t/g, '  ').length / 2), [{ text: numbered[3]!, format: 0 }]);
  }
  builder.paragraph([{ text: paragraph.trim(), format: 0 }]);
}

export function parseTextArticle(text: string, options: ParseOptions = {}): ImportedArticle {
  // "Correction: Feb. 9, 2020" on its own line heads the note's text on the next one.
  const lines = joinNoteHeadings(splitLines(text));
  const frame = new ArticleFrame();
  const { headline, start } = readMasthead(lines, frame, (line) => (line.length <= HEADLINE_MAX ? line : null));
  const end = readTail(lines, start, frame);
  const builder = new BlockBuilder(false);
  for (const paragraph of paragraphsOf(lines.slice(start, end))) addParagraph(builder, paragraph);
  return assembleArticle({ headline, blocks: builder.blocks, frame }, options);
}
