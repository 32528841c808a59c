import type { NoteLine } from './note-line';

/**
 * "APOLOGY: In Friday's article on … it was wrongly stated that …": a paper's apology under a
 * label of its own (the Telegraph's form), a correction. The label alone is not enough — "Apology:
 * Why I said sorry" is a headline, "APOLOGY: The mayor was wrong to …" copy — so what follows must
 * name the piece and the error told in a newsroom's words.
 */
const APOLOGY_LABEL = /^(?:APOLOGY|Apology)\s*[:—–]\s+(?=\p{Lu})/u;
const PIECE = /\b(?:article|story|report|column|headline|caption|photograph|photo|picture|editorial|feature|obituary|review|item)s?\b/i;
const ERRED =
  /\b(?:wrongly|incorrectly|mistakenly|erroneously|falsely|inaccurately|in error|untrue|not true|mis(?:stat|identif|spel|quot|attribut|report|nam|caption)\p{L}*)\b/iu;

export function readApologyLabel(line: string): NoteLine | null {
  const label = APOLOGY_LABEL.exec(line.trim());
  if (!label) return null;
  const words = line.trim().slice(label[0].length);
  return PIECE.test(words) && ERRED.test(words) ? { kind: 'correction', text: line.trim() } : null;
}
