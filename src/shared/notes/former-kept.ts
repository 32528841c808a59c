/**
 * "former" kept with the title it qualifies: a note that names "former Labour MP Gareth Pryce" as
 * "Labour MP Gareth Pryce" would itself misstate his status, the very thing a correction must not
 * do. When the article prints the word right before the title and name the note repeats, the
 * note prints it too. A bare name ("Gareth Pryce") takes no "former": the article never set one
 * before it.
 */
import { escapeRegExp } from './names';

/** `printed` with the article's "former" (or "ex-") before it when `sentence` sets one there. */
export function withFormer(sentence: string, printed: string): string {
  if (!printed) return printed;
  const m = new RegExp(`\\b(former|ex-)\\s*${escapeRegExp(printed)}\\b`, 'i').exec(sentence);
  if (!m) return printed;
  return m[1]!.toLowerCase() === 'ex-' ? `ex-${printed}` : `former ${printed}`;
}
