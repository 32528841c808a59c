/**
 * Words added and removed between two texts, for the history list. Compares word tokens with
 * jsdiff's array diff, paragraph by paragraph aligned as whole texts; cheap enough at
 * checkpoint time (not on the typing path).
 */
import { diffArrays } from 'diff';
import { wordSegmenter } from './words';

function words(text: string, language: string): string[] {
  const out: string[] = [];
  for (const s of wordSegmenter(language).segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

export function wordChanges(older: string, newer: string, language = 'en'): { added: number; removed: number } {
  if (older === newer) return { added: 0, removed: 0 };
  const a = older.split('\n\n').flatMap((p) => words(p, language));
  const b = newer.split('\n\n').flatMap((p) => words(p, language));
  let added = 0;
  let removed = 0;
  for (const part of diffArrays(a, b)) {
    if (part.added) added += part.count ?? part.value.length;
    else if (part.removed) removed += part.count ?? part.value.length;
  }
  return { added, removed };
}
