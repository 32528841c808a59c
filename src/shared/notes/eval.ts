/**
 * Evaluation helpers for the note writer: plain-text articles (headline line, blank line, body
 * paragraphs separated by blank lines) into ArticleContent, ROUGE-L against a reference note, and
 * the "names invented" count. Pure, so both the eval script and the tests use them.
 */
import type { ArticleContent } from '../article/article';
import { blocksFromParagraphs, blocksToBody } from '../article/blocks';
import { newContent } from '../article/content';
import { CAPITALIZED_WORD, mentions } from './names';
import { DEFAULT_HOUSE_STYLE, styleWords, type HouseStyle } from './style';
import { plainText, splitSentences } from './sentences';
import { isStopword } from './edits';
import { numberWordValue } from '../text/numbers';

export function articleFromText(text: string, init: Partial<ArticleContent> = {}): ArticleContent {
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((c) => c.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  const headline = chunks.shift() ?? '';
  let n = 0;
  const blocks = blocksFromParagraphs(chunks, () => `p${n++}`);
  return newContent({ headline, body: blocksToBody(blocks), status: 'published', ...init });
}

function tokens(text: string): string[] {
  return (
    plainText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*/gu) ?? []
  );
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
  const words = plainText(note).match(CAPITALIZED_WORD) ?? [];
  return words
    .filter((w) => !skip.has(w) && !mentions(articleText, w) && !mentions(articleText, w.replace(/['’]s$/, '').replace(/[.']+$/, '')))
    .map((w) => (/^\p{Lu}\p{Ll}{3,}\.$/u.test(w) ? w.slice(0, -1) : w));
}

/**
 * Names a note invented, read as a correction is written: what the old version wrongly said — the
 * value after ", not" and the one sentence after "reported that" — may name what the old version
 * said; every other word, the right fact after the claim included, must stand in the new version.
 */
export function inventedInNote(noteText: string, oldText: string, newText: string, style: HouseStyle = DEFAULT_HOUSE_STYLE): string[] {
  const claim = /\breported(?:, citing [^,]+,)? that /.exec(noteText);
  const [claimSentence = '', ...after] = claim ? splitSentences(noteText.slice(claim.index)) : [];
  const rest = claim ? `${noteText.slice(0, claim.index)} ${after.join(' ')}` : noteText;
  // The wrong value runs to the sentence's end; a dot inside it ("not U.S.") is an abbreviation's.
  const wrongs = [...rest.matchAll(/, not ((?:[^.;]|\.(?=\S))+)[.;]/g)].map((m) => m[1]!);
  return [
    ...wrongs.flatMap((w) => inventedNames(w, oldText, style)),
    ...inventedNames(rest.replace(/, not (?:[^.;]|\.(?=\S))+([.;])/g, '$1'), newText, style),
    ...(claimSentence ? inventedNames(claimSentence, `${newText}\n${oldText}`, style) : []),
  ];
}

/** Whether a proposed source matches a reference source: equal, or one is a whole-word part of the other. */
export function sameSource(a: string, b: string): boolean {
  const x = a.toLowerCase().trim();
  const y = b.toLowerCase().trim();
  return x === y || mentions(x, y) || mentions(y, x);
}

/** Lowercase words, straight quotes, no punctuation, number words as figures ("Forty-five" → "45"). */
export function normalizeFact(text: string): string {
  const words =
    plainText(text)
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/(\d),(\d{3})/g, '$1$2')
      .match(/[\p{L}\p{N}$%.]+/gu) ?? [];
  const out: string[] = [];
  for (const raw of words) {
    const w = raw.replace(/^\.+|\.+$/g, '');
    if (!w) continue;
    const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
    if (compound) out.push(String(numberWordValue(compound[1]!)! + numberWordValue(compound[2]!)!));
    else out.push(String(numberWordValue(w) ?? w));
  }
  return ` ${out.join(' ')} `.replace(/\b(\d+) (\d+)\b/g, (m, a: string, b: string) =>
    Number(a) % 10 === 0 && Number(b) < 10 ? String(Number(a) + Number(b)) : m,
  );
}

/** The exact rule, kept for comparison: the fact's words, normalized, stand in the note in a row. */
export function factPresentVerbatim(fact: string, note: string): boolean {
  const f = normalizeFact(fact).trim();
  return !!f && normalizeFact(note).includes(` ${f} `);
}

/**
 * A word's stem for matching a fact to a note, so that "dedicated" meets "dedication", "died" meets
 * "dies" and "misspelled" meets "spelling" (the "mis-" of "misstated", "misspelled", "misidentified"
 * says the same fact was wrong, so it is set aside). Plain suffix stripping: the note and the fact are
 * both English newsroom prose, and a full stemmer would add nothing the scores could see.
 */
export function factStem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (/^\d/.test(w)) return w;
  if (w.length > 5 && w.startsWith('mis')) w = w.slice(3);
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/ied$/, 'y'],
    [/sses$/, 'ss'],
    [/(?<=[^su])s$/, ''],
    [/(?<=\w{3})ations?$/, 'ate'],
    [/(?<=\w{3})ing$/, ''],
    [/(?<=\w{3})ed$/, ''],
    [/(?<=\w{3})ly$/, ''],
    [/(?<=\w{3})ment$/, ''],
  ];
  for (const [end, put] of rules) if (end.test(w)) w = w.replace(end, put);
  // "dedicat(e)", "stat(e)", "spell" vs "spel(l)": a final e or a doubled consonant is spelling, not meaning.
  return w.replace(/e$/, '').replace(/([b-df-hj-np-tv-z])\1$/, '$1');
}

/**
 * True when the note names the fact the newsroom's note names, judged the way an editor would,
 * not by phrasing (tests/notes-eval/README.md, "Scoring facts"):
 * - every number of the fact (figures, number words, years), every name (a capitalized word; a
 *   title abbreviated before a name, such as "Sgt." or "Dr.", aside) and every word the fact quotes
 *   stands in the note;
 * - of the fact's other content words (names included; function words such as "the", "of", "was"
 *   left out), at least two thirds stand in the note, compared by stem.
 */
export function factPresent(fact: string, note: string): boolean {
  const words = (text: string) => normalizeFact(text).trim().split(' ').filter(Boolean);
  const factWords = words(fact);
  if (factWords.length === 0) return false;
  const noteWords = words(note);
  const noteStems = new Set(noteWords.map(factStem));
  const quoted = (plainText(fact).match(/(?<!\p{L})["“‘'][^"”]+?["”’'](?!\p{L})/gu) ?? []).flatMap(words).filter((w) => !isStopword(w));
  const numbers = factWords.filter((w) => /\d/.test(w));
  // "U.S" and "D.C." are one name each, not a title "U." before a name "S"; "Sgt." alone is a title.
  const names = (
    plainText(fact).match(/(?<![\p{L}\p{N}.])(?:\p{Lu}\.)+\p{Lu}\.?(?!\p{L})|(?<![\p{L}\p{N}.])\p{Lu}[\p{L}\p{M}\p{N}'’-]*\.?/gu) ?? []
  )
    .filter((w) => /^(?:\p{Lu}\.)+\p{Lu}/u.test(w) || !w.endsWith('.'))
    .flatMap(words)
    // "This tornado warning has expired": a function word capitalized by the fact's start names no one.
    .filter((w) => !isStopword(w));
  if (![...numbers, ...names, ...quoted].every((w) => noteWords.includes(w) || noteStems.has(factStem(w)))) return false;
  const content = [...new Set(factWords.filter((w) => !/\d/.test(w) && !isStopword(w)).map(factStem))];
  if (content.length === 0) return numbers.length + quoted.length > 0;
  const found = content.filter((w) => noteStems.has(w)).length;
  return found * 3 >= content.length * 2;
}

/**
 * Names in the note (capitalized words not opening a sentence, not the house style's own words)
 * that stand nowhere in the material the changes were read from: a note must credit only who
 * and what the change involves.
 */
export function uninvolvedNames(
  noteText: string,
  changes: { type: string; evidence: string[]; before?: string; after?: string; sources: string[] }[],
  articleText: string,
  style: HouseStyle = DEFAULT_HOUSE_STYLE,
): string[] {
  const skip = styleWords(style);
  const material = changes
    .filter((c) => c.type !== 'cosmetic')
    .flatMap((c) => [...c.evidence, c.before ?? '', c.after ?? '', ...c.sources])
    .join('\n');
  const out: string[] = [];
  // "the National Nuclear Safety Administration (NNSA)": an acronym the change involves, spelled out.
  const text = plainText(noteText).replace(
    /((?:\p{Lu}[\p{L}-]*\s+)(?:(?:of|for|and)\s+|\p{Lu}[\p{L}-]*\s+){0,8})\((\p{Lu}{2,})\)/gu,
    (whole, _full: string, acronym: string) => (mentions(material, acronym) ? acronym : whole),
  );
  const sentences = text.split(/(?<=[.!?])\s+/);
  for (const sentence of sentences) {
    const tokens = sentence.split(/\s+/);
    tokens.forEach((raw, i) => {
      const word = raw.replace(/^[^\p{L}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/['’]s$/, '');
      if (!/^\p{Lu}/u.test(word) || (i === 0 && skip.has(word)) || skip.has(word)) return;
      const bareWord = word.replace(/\.$/, '');
      if (i === 0 && !mentions(articleText, bareWord)) return out.push(bareWord) && undefined;
      if (i === 0) return;
      if (!mentions(material, bareWord) && !mentions(material, word) && !sameNameRun(bareWord, material, articleText)) out.push(bareWord);
    });
  }
  return out;
}

/**
 * True when the word stands in one run of capitals the article prints together with a word the change
 * involves: "Rosa" of "Councilwoman Rosa Delgado" when the change quotes "Delgado". Naming an involved
 * person in full, as the article first does, names no one else; "Co" of "Jefferies & Co analyst Peter
 * Misek" stands in no run with "Misek" (the lower-case "analyst" ends it) and still counts.
 */
function sameNameRun(word: string, material: string, articleText: string): boolean {
  const runs = plainText(articleText).match(/(?:\p{Lu}[\p{L}\p{M}'’-]*\.?)(?:\s+\p{Lu}[\p{L}\p{M}'’-]*\.?)+/gu) ?? [];
  return runs.some((run) => {
    const words = run.split(/\s+/).map((w) => w.replace(/['’]s$|[.,]$/gu, ''));
    return words.includes(word) && words.some((w) => w !== word && w.length > 1 && mentions(material, w));
  });
}
