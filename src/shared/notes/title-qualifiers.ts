/**
 * A title set before a name keeps every word of it: "House Minority Leader Dara Pell", "Budget
 * Committee Chairwoman Ivy Lott". The words that say which holder of a post is meant ("Majority",
 * "Minority", "Ranking", "Deputy") are capitalized only because the title stands before the name,
 * so two of them that look alike ("Majority" → "Minority") are a title put right, never a name
 * misspelled; and the title told in the note keeps them ("the correct title is House minority
 * leader", not "leader").
 */
import { isOrgWord, isTitleWord, nameRuns, personName, titleInWords } from './names';

/** Words that say which holder of a post is meant; lowercase in the note, like the post itself. */
const POST_QUALIFIERS = new Set(
  'majority minority ranking presiding floor deputy assistant associate acting interim executive senior junior chief vice first principal general special managing lead rear lieutenant staff'.split(
    ' ',
  ),
);

/** "Minority", "Ranking": a word that says which holder of a post is meant. */
export function isPostQualifier(word: string): boolean {
  // ("Sub-Assistant", "Co-Deputy": a prefix hyphened to a qualifier qualifies as the qualifier does.)
  return (
    POST_QUALIFIERS.has(word.toLowerCase()) || (/^\p{L}{2,5}-\p{L}+$/u.test(word) && POST_QUALIFIERS.has(word.split('-')[1]!.toLowerCase()))
  );
}

const isCap = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Whether the capitalized words put right at `at` (`count` of them) qualify a post that runs on to
 * a person's name: "House [Minority] Leader Dara Pell". The words after them are title words, then a
 * name; "Majority Dara Pell" (no post after) or "Leader of the majority" (no name) do not count.
 */
export function qualifiesTitleBeforeName(tokens: string[], at: number, count: number): boolean {
  const changed = tokens.slice(at, at + count);
  // (Title words themselves, "Deputy" → "Assistant", are read as titles already.)
  if (!changed.length || !changed.every((t) => isPostQualifier(t) && isCap(t)) || changed.every(isTitleWord)) return false;
  let j = at + count;
  let posts = 0;
  while (j < tokens.length && isCap(tokens[j]!) && (isTitleWord(tokens[j]!) || isPostQualifier(tokens[j]!))) {
    if (isTitleWord(tokens[j]!)) posts++;
    j++;
  }
  const name = tokens[j] ?? '';
  return posts > 0 && isCap(name) && !isTitleWord(name) && !isOrgWord(name);
}

/**
 * The person and the whole title before their name that holds `word`, when `word` is a qualifier
 * of that title but not a post word itself ("Minority", "Ranking"): { name: "Dara Pell", right:
 * "House minority leader" }. Null when `word` stands in no title set before a name.
 */
export function titleBeforeName(sentence: string, word: string): { name: string; right: string } | null {
  // (Only a qualifier: a title word itself, or a body's name, "City" → "County", is read by the title logic.)
  if (!word || isTitleWord(word) || !isPostQualifier(word)) return null;
  for (const run of nameRuns(sentence)) {
    const at = run.words.indexOf(word);
    if (at < 0) continue;
    const name = personName(run.text);
    const nameAt = name ? run.words.indexOf(name.split(' ')[0]!, at + 1) : -1;
    if (!name || nameAt < 0 || name.split(' ').length < 2) continue;
    // The title is the capitals from the changed word to the name: post words and qualifiers, with a
    // body named within it ("House", "Budget Committee").
    const title = run.words.slice(at, nameAt);
    if (!title.some(isTitleWord) || !isTitleWord(title[title.length - 1]!)) continue;
    // Back over the body the post serves ("House", "State Senate", "Finance Committee").
    let start = at;
    while (start > 0) {
      const prev = run.words[start - 1]!;
      const next = run.words[start]!;
      if (isTitleWord(prev) || isPostQualifier(prev) || isOrgWord(prev) || isOrgWord(next)) start--;
      else break;
    }
    // A body's name keeps its capitals ("state Senate minority leader"); the post is lowercase.
    const words = run.words.slice(start, nameAt);
    const spelled = titleInWords(words.join(' ')).split(' ');
    const right = (spelled.length === words.length ? spelled.map((w, i) => (isOrgWord(words[i]!) ? words[i]! : w)) : spelled)
      .map((w) => (isPostQualifier(w) ? w.toLowerCase() : w))
      .join(' ');
    return { name, right };
  }
  return null;
}
