/**
 * "Harbor Lines lost ground. At the close Tuesday its share price was $39.": a figure whose owner is
 * "its" or "their" names nothing in a note read alone. The owner is the name the sentence before
 * opens on (its subject, by wink-nlp's tags all proper nouns), so the note reads "misstated Harbor
 * Lines' share price at the close Tuesday". When that sentence opens on no name, nothing is said.
 */
import { plainText, splitSentences } from './sentences';
import { tagged } from './topics';

/** "Orrin Lines, which …" or "Last week Orrin Lines rose …": the name the sentence opens on, or ''. */
export function openingName(sentence: string): string {
  const name = "(\\p{Lu}[\\p{L}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}&.'’-]*)*)";
  for (const re of [
    new RegExp(`^${name}(?:,|\\s+\\p{Ll})`, 'u'),
    // ("Earlier this month Orrin Lines became …": a lowercase time phrase before the name.)
    new RegExp(`^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){1,3}\\s+${name}\\s+\\p{Ll}`, 'u'),
  ]) {
    const found = re.exec(sentence)?.[1];
    if (found && tagged(found).every((t) => t.pos === 'PROPN')) return found;
  }
  return '';
}

/** "its share price was $39" after a sentence on Harbor Lines → "Harbor Lines' share price …"; '' otherwise. */
export function possessiveOwner(sentence: string, figure: string, articleText: string): { what: string; past: boolean } | null {
  const text = plainText(sentence);
  const at = text.indexOf(figure);
  if (at < 0) return null;
  const m =
    /^(?:((?:At|On|As of)\s+(?:[\p{L}-]+\s+){1,4}?))?(?:its|their)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(was|is|were|are|stood at|stands at|closed at)\s+(?:about\s+|nearly\s+|roughly\s+)?[$€£]?$/u.exec(
      text.slice(0, at),
    );
  if (!m) return null;
  // The sentence right before, never across a blank line: the headline over the copy ("Council
  // news") is no antecedent of "its".
  const told = text.slice(0, at + figure.length);
  const lines = articleText.split('\n');
  const line = lines.findIndex((l) => plainText(l).includes(told));
  const inLine = line >= 0 ? splitSentences(plainText(lines[line]!)) : [];
  const k = inLine.findIndex((s) => s.includes(told));
  const previous =
    k > 0 ? inLine[k - 1]! : line > 0 && lines[line - 1]!.trim() ? (splitSentences(plainText(lines[line - 1]!)).at(-1) ?? '') : '';
  const owner = previous ? openingName(previous) : '';
  if (!owner) return null;
  const when = m[1] ? ` ${m[1].trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase())}` : '';
  return { what: `${owner}${/s$/.test(owner) ? "'" : "'s"} ${m[2]}${when}`, past: /^(?:was|were|closed at|stood at)$/.test(m[3]!) };
}
