/**
 * Evaluation helpers for the note writer: plain-text articles (headline line, blank line, body
 * paragraphs separated by blank lines) into ArticleContent, ROUGE-L against a reference note, and
 * the "names invented" count. Pure, so both the eval script and the tests use them.
 */
import type { ArticleContent } from '../article/article';
import { blocksFromParagraphs, blocksToBody } from '../article/blocks';
import { newContent } from '../article/content';
import { mentions } from './names';
import { DEFAULT_HOUSE_STYLE, styleWords, type HouseStyle } from './style';
import { plainText } from './sentences';

export function articleFromText(text: string, init: Partial<ArticleContent> = {}): ArticleContent {
  const chunks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((c) => c.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  const headline = chunks.shift() ?? '';
  let n = 0;
  const blocks = blocksFromParagraphs(chunks, () => `p${n++}`);
  return newContent({ headline, body: blocksToBody(blocks), status: 'published', ...init });
}

function tokens(text: string): string[] {
  return plainText(text).toLowerCase().match(/[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** ROUGE-L F1: longest common subsequence of lowercased word tokens. */
export function rougeL(candidate: string, reference: string): number {
  const a = tokens(candidate);
  const b = tokens(reference);
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
      diag = up;
    }
  }
  const lcs = row[b.length]!;
  if (lcs === 0) return 0;
  const precision = lcs / a.length;
  const recall = lcs / b.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Capitalized words of the note that stand nowhere in the article: names the note invented. */
export function inventedNames(note: string, articleText: string, style: HouseStyle = DEFAULT_HOUSE_STYLE): string[] {
  const skip = styleWords(style);
  const words = plainText(note).match(/\p{Lu}[\p{L}\p{M}'.-]*/gu) ?? [];
  return words
    // A word ending a sentence carries its full stop ("Details."): judge the word without it.
    .filter((w) => !skip.has(w) && !skip.has(w.replace(/[.']+$/, '')) && !mentions(articleText, w) && !mentions(articleText, w.replace(/[.']+$/, '')))
    .map((w) => (/^\p{Lu}\p{Ll}{3,}\.$/u.test(w) ? w.slice(0, -1) : w));
}

/** Whether a proposed source matches a reference source: equal, or one is a whole-word part of the other. */
export function sameSource(a: string, b: string): boolean {
  const x = a.toLowerCase().trim();
  const y = b.toLowerCase().trim();
  return x === y || mentions(x, y) || mentions(y, x);
}
