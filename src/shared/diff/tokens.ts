/**
 * Words for the redline, one block at a time, in the article's language (src/shared/diff/README.md, step 4).
 * Intl.Segmenter splits Korean, Japanese and Chinese into words, not whole sentences.
 *
 * Whitespace always ends a word, so each whitespace-free chunk is segmented on its own and the
 * result cached: same tokens as segmenting the whole block, at a fraction of the cost, because
 * a newsroom's prose repeats its words. Tokens are interned to numbers for the diff.
 */
import { wordSegments } from '../text/words';

export interface BlockTokens {
  /** Interned token ids. */
  ids: Int32Array;
  /** Token texts, in order; they join back to the block's text. */
  texts: string[];
  /** True for each token that counts as a word. */
  wordLike: Uint8Array;
  /** Word ids only (no spaces or punctuation), for similarity. */
  words: number[];
}

const WIDE_SPACE = /\s/;
const SPACE_ID = 0;

export function isSpace(code: number): boolean {
  if (Number.isNaN(code)) return false;
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && WIDE_SPACE.test(String.fromCharCode(code));
}

function isPlainWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

export class Tokenizer {
  private readonly ids = new Map<string, number>();
  private readonly chunks = new Map<string, { text: string; word: boolean }[]>();
  constructor(readonly language: string) {
    this.ids.set(' ', SPACE_ID);
  }

  private intern(token: string): number {
    // Half of all tokens are one space: skip the map for them.
    if (token === ' ') return SPACE_ID;
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(token, id);
    }
    return id;
  }

  private segmentChunk(chunk: string): { text: string; word: boolean }[] {
    let parts = this.chunks.get(chunk);
    if (!parts) {
      parts = [];
      for (const segment of wordSegments(chunk, this.language)) parts.push({ text: segment.segment, word: !!segment.isWordLike });
      this.chunks.set(chunk, parts);
    }
    return parts;
  }

  tokenize(text: string): BlockTokens {
    const texts: string[] = [];
    const flags: number[] = [];
    // One pass over the characters: whitespace runs and plain ASCII words need no segmenter.
    let i = 0;
    const length = text.length;
    while (i < length) {
      const start = i;
      if (isSpace(text.charCodeAt(i))) {
        while (i < length && isSpace(text.charCodeAt(i))) i++;
        texts.push(text.slice(start, i));
        flags.push(0);
        continue;
      }
      let plain = true;
      while (i < length && !isSpace(text.charCodeAt(i))) {
        if (plain && !isPlainWordChar(text.charCodeAt(i))) plain = false;
        i++;
      }
      const chunk = text.slice(start, i);
      if (plain) {
        texts.push(chunk);
        flags.push(1);
      } else {
        for (const part of this.segmentChunk(chunk)) {
          texts.push(part.text);
          flags.push(part.word ? 1 : 0);
        }
      }
    }
    const ids = new Int32Array(texts.length);
    const wordLike = new Uint8Array(texts.length);
    const words: number[] = [];
    for (let t = 0; t < texts.length; t++) {
      const id = this.intern(texts[t]!);
      ids[t] = id;
      if (flags[t]) {
        wordLike[t] = 1;
        words.push(id);
      }
    }
    return { ids, texts, wordLike, words };
  }
}
