/**
 * Word counting and segmentation in the article's language. Intl.Segmenter knows that Korean,
 * Japanese and Chinese words are not separated by spaces. Segment one block at a time: V8's
 * segmenter is superlinear on very long strings (docs/architecture.md, “The redline”).
 */
const segmenters = new Map<string, Intl.Segmenter>();

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

export function countWords(text: string, language = 'en'): number {
  if (!text) return 0;
  let count = 0;
  for (const segment of wordSegmenter(language).segment(text)) {
    if (segment.isWordLike) count++;
  }
  return count;
}

/** Minutes to read at 230 words a minute, never less than 1 for a non-empty text. */
export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / 230));
}
