/**
 * Word counting and segmentation in the article's language. Intl.Segmenter knows that Korean,
 * Japanese and Chinese words are not separated by spaces.
 *
 * V8's segmenter costs the square of the string it is given (a 160,000-character paragraph took
 * 15 s; a 300 KB import with no line breaks, 38 s). So every caller segments through
 * `wordSegments`, which hands the segmenter windows of at most WINDOW characters, cut where no
 * word can straddle the cut: at whitespace, or — in a run with no whitespace, such as Japanese —
 * before the last few segments of the window, which are segmented again with what follows.
 * The cost is linear in the text and the words are the same as segmenting it whole.
 */
const segmenters = new Map<string, Intl.Segmenter>();

/** Characters given to the segmenter at once: ~0.3 ms each, far below its quadratic knee. */
export const SEGMENT_WINDOW = 512;
/** In a run without whitespace, segments starting this close to a window's end are redone. */
const WINDOW_MARGIN = 48;

export function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language || 'en', { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    }
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

export interface WordSegment {
  segment: string;
  index: number;
  isWordLike: boolean;
}

function isWhitespace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/** The end of the next window starting at `start`: after the last whitespace in it, or 0 when it has none. */
function whitespaceCut(text: string, start: number, end: number): number {
  for (let i = end - 1; i > start; i--) if (isWhitespace(text.charCodeAt(i))) return i + 1;
  return 0;
}

/** Every segment of `text` (words, spaces, punctuation), in order, in linear time. */
export function* wordSegments(text: string, language = 'en'): Generator<WordSegment> {
  const segmenter = wordSegmenter(language);
  let start = 0;
  while (start < text.length) {
    const end = start + SEGMENT_WINDOW;
    if (end >= text.length) {
      for (const s of segmenter.segment(text.slice(start)))
        yield { segment: s.segment, index: start + s.index, isWordLike: !!s.isWordLike };
      return;
    }
    const cut = whitespaceCut(text, start, end);
    if (cut) {
      for (const s of segmenter.segment(text.slice(start, cut)))
        yield { segment: s.segment, index: start + s.index, isWordLike: !!s.isWordLike };
      start = cut;
      continue;
    }
    // No whitespace: keep the segments that end well before the window does; the last one
    // (cut by the window) and those near the end are segmented again with what follows.
    const keepBefore = end - WINDOW_MARGIN;
    const parts: WordSegment[] = [];
    for (const s of segmenter.segment(text.slice(start, end)))
      parts.push({ segment: s.segment, index: start + s.index, isWordLike: !!s.isWordLike });
    let keep = parts.length - 1;
    for (let k = 1; k < parts.length - 1; k++) {
      if (parts[k]!.index >= keepBefore) {
        keep = k;
        break;
      }
    }
    // One segment as long as the window (a 600-letter "word") is taken as the window holds it.
    if (keep === 0) keep = parts.length;
    for (let k = 0; k < keep; k++) yield parts[k]!;
    const next = keep < parts.length ? parts[keep]!.index : end;
    start = next;
  }
}

export function countWords(text: string, language = 'en'): number {
  if (!text) return 0;
  let count = 0;
  for (const segment of wordSegments(text, language)) if (segment.isWordLike) count++;
  return count;
}

/** The words of a text, without spaces and punctuation. */
export function wordsOf(text: string, language = 'en'): string[] {
  const out: string[] = [];
  for (const segment of wordSegments(text, language)) if (segment.isWordLike) out.push(segment.segment);
  return out;
}

/** Minutes to read at 230 words a minute, never less than 1 for a non-empty text. */
export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / 230));
}
