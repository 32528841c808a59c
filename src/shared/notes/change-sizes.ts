/**
 * "a 42% increase in the use of road salt", "a 7 percent drop in ridership": a figure set before a
 * noun of change measures that change, and the note names it by what changed — "misstated the size
 * of the increase in the use of road salt. It is 42%" — never "a figure" (review 13a found that
 * vague object on real copy). The thing changed is read from "in" to the next comma or clause,
 * five words at most; a change with no "in …" after it ("a 5% raise") is left to the caller.
 */
import { escapeRegExp } from './names';
import { plainText } from './sentences';

/** Nouns of a rise or a fall that a newsroom sizes in percent or in figures. */
const CHANGE_NOUN = 'increase|rise|jump|surge|gain|growth|climb|spike|drop|decline|fall|decrease|reduction|cut|slump|plunge|dip|loss';

/** "the size of the increase in the use of road salt", or ''. */
export function sizeOfChange(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const m = new RegExp(
    String.raw`(?<![\p{L}\d])${escapeRegExp(figure)}(?:\s*(?:%|percent|per cent|percentage points?))?[\s-]+(?:(?:annual|yearly|monthly|overall|sharp|steep|further)\s+)?(${CHANGE_NOUN})\s+in\s+([^,;:.—–()]+)`,
    'iu',
  ).exec(text);
  if (!m) return '';
  // The changed thing to its first clause word: "in ridership since March" → "in ridership". A
  // "the" opening a longer phrase is dropped, as a headline would ("an increase in use of salt").
  const all = m[2]!.trim().split(/\s+/);
  const words: string[] = [];
  for (const w of /^the$/i.test(all[0] ?? '') && all.length > 5 ? all.slice(1) : all) {
    if (
      /^(?:since|after|before|over|during|from|which|that|who|when|as|because|while|and|but|last|this|compared)$/i.test(w) ||
      words.length >= 5
    )
      break;
    words.push(w);
  }
  // Five words at most, so the note describes rather than copies (grammar.ts's COPIED_RUN), and
  // never ending on a word that leads on ("the use of a").
  while (words.length && /^(?:of|in|on|at|for|to|by|with|a|an|the|its|their|his|her)$/i.test(words.at(-1)!)) words.pop();
  if (!words.length) return '';
  // "of a stimulant, zolpidem,": a name set beside "a <noun>" is what it is, and the note says it.
  const named = /^,\s+(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?),/u.exec(text.slice(m.index + m[0].length))?.[1];
  if (named && words.length >= 2 && /^(?:a|an)$/i.test(words.at(-2)!) && !/^(?:which|who|that|and|but)\b/i.test(named))
    words.splice(-2, 2, named);
  return `the size of the ${m[1]!.toLowerCase()} in ${words.join(' ')}`;
}
