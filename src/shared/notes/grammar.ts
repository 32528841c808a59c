/**
 * The automatic check every proposed note must pass (the evaluation and the fuzz tests run it):
 * one or two sentences of at most 40 words after the label, each a sentence (capital first, a stop
 * last, no dangling "of"/"and", balanced quotes and brackets, no doubled punctuation, no clipped
 * word), and no run of the article's own words copied in — except names, titles and quoted words,
 * which a note must repeat exactly.
 */
import { speechVerbs } from './speech-verbs';
import { unitOfWord } from './measures';
import { plainText, splitSentences } from './sentences';
import { memoByText } from './text-memo';
import { isSentenceStarter, isTitleWord, opensOnNumberedName, particleInName, readsAsName } from './names';
import { WEEKDAY } from './weekdays';
import { withDatedEventLicensed } from './dated-event-copy';
import { withReportedClauseLicensed } from './reported-clause-copy';
import { withRestatedClaimLicensed } from './restated-claim';
import { withTitleLicensed } from './title-copy';
import { isPerfectInfinitive } from './perfect-infinitive';
import { endsOnCountedHave, isHaveWithCount } from './counted-have';
import { verblessPronounSubject } from './pronoun-verbs';

export interface GrammarProblem {
  rule:
    | 'sentences'
    | 'length'
    | 'sentence-shape'
    | 'dangling-word'
    | 'punctuation'
    | 'brackets'
    | 'clipped-word'
    | 'copied-fragment'
    | 'credit'
    | 'counted-noun'
    | 'sentence-capital';
  detail: string;
}

export const MAX_NOTE_WORDS = 40;
export const MAX_NOTE_SENTENCES = 2;
/** This many of the article's words in a row, none a name or quoted, is copying, not describing. */
export const COPIED_RUN = 8;

const DANGLING = new Set(
  'the a an of on in and or to as from with by for at that which who whose but than into about after before against among amid between despite toward towards upon via its their his her has have had is was were are will would already also still yet just even'.split(
    ' ',
  ),
);
/** Subject pronouns, and the words that open a clause before one ("that it", "because they"). */
const SUBJECT_PRONOUN = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);
const CLAUSE_OPENER = new Set([
  'that',
  'which',
  'who',
  'whom',
  'because',
  'after',
  'before',
  'when',
  'where',
  'while',
  'if',
  'since',
  'until',
  'unless',
  'although',
]);
/** A verb in the past, then "her" ending the sentence: the verb's object ("found her", "rescued her"). */
const OBJECT_HER =
  /\b(?:\p{Ll}{2,}ed|found|saw|took|told|gave|hit|left|met|brought|caught|held|kept|led|sent|shot|struck|drove|beat|fed|freed|taught|called|knew|heard)\s+her$/u;
/** Real short words; any other one- or two-letter lowercase word is a clipped fragment ("th"). */
// ("pulled the ad", "an ox cart": short nouns of their own, never a word clipped by a cut.)
const SHORT_WORDS = new Set(
  'a an as at be by do go he if in is it me my no of on or so to up us we am pm vs ok mr ms dr st ad ox ax'.split(' '),
);

/** The words of a note as its length is counted (anything holding a letter or a digit). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function bare(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Words of the note with a flag: may it be copied (a name, a title, a quoted word, a number)? */
function tokensWithLicence(text: string): { word: string; free: boolean }[] {
  const out: { word: string; free: boolean }[] = [];
  let inQuote = false;
  let sentenceStart = true;
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    const opens = /^["“]/.test(raw);
    const quoted = inQuote || opens;
    const quotes = (raw.match(/["“”]/g) ?? []).length;
    if (quotes % 2 === 1) inQuote = !inQuote;
    const word = bare(raw).toLowerCase();
    if (!word) continue;
    // A name: a capital not opening a sentence, or a capital inside a word ("iMessage", "eBay").
    const capital = (/^\p{Lu}/u.test(bare(raw)) && !sentenceStart) || /^[\p{Ll}\p{N}]+\p{Lu}/u.test(bare(raw));
    out.push({ word, free: quoted || capital || /\d/.test(word) });
    sentenceStart = /[.!?]["”’)]*$/.test(raw);
  }
  return out;
}

/** Problems with a note's text (without its label); empty when it reads as a note should. */
export function checkNoteGrammar(noteText: string, articleText = ''): GrammarProblem[] {
  const problems: GrammarProblem[] = [];
  const text = plainText(noteText);
  if (!text) return problems;
  const sentences = splitSentences(text);
  if (sentences.length > MAX_NOTE_SENTENCES)
    problems.push({ rule: 'sentences', detail: `${sentences.length} sentences; a note has one or two` });
  const count = words(text).length;
  if (count > MAX_NOTE_WORDS) problems.push({ rule: 'length', detail: `${count} words; at most ${MAX_NOTE_WORDS} after the label` });
  for (const sentence of sentences) {
    if (!/^["“(]?[\p{Lu}\p{N}]/u.test(sentence) || !/[.!?]["”’)]?$/.test(sentence))
      problems.push({ rule: 'sentence-shape', detail: `"${sentence}" does not open with a capital and end with a stop` });
    const list = words(sentence.replace(/[.!?]["”’)]?$/, ''));
    const last = bare(list[list.length - 1] ?? '').toLowerCase();
    // "… the girl's aunt found her.": "her" right after a verb in the past is its object, not a
    // possessive cut from its noun.
    const objectHer = last === 'her' && OBJECT_HER.test(sentence.replace(/[.!?]["”’)]?$/, ''));
    // "… where the crew flew in from.": a "where" clause ends on "from" where its place was the origin.
    const whereFrom = last === 'from' && /\bwhere\s+\S+(?:\s+\S+)+\s+from$/i.test(sentence.replace(/[.!?]["”’)]?$/, ''));
    // ("… misstated the number of members the club has.": a count's clause ends on its verb, counted-have.ts.)
    const countedHave = /^(?:has|have|had)$/.test(last) && endsOnCountedHave(sentence);
    if (DANGLING.has(last) && !objectHer && !whereFrom && !countedHave)
      problems.push({ rule: 'dangling-word', detail: `"${sentence}" ends on "${last}"` });
    // "said Ortiz.Update": two sentences run together with no space are pasted copy, never a note's
    // words (and a reader of names takes "Ortiz.Update" for one the article never printed).
    const runTogether = /\p{Ll}{2,}[.!?]["”’]?\p{Lu}\p{Ll}/u.exec(sentence);
    if (runTogether) problems.push({ rule: 'punctuation', detail: `"${runTogether[0]}" runs two sentences together` });
    // "the number of buses that it.": a clause opened and given its subject, then cut before its verb.
    const opener = bare(list[list.length - 2] ?? '').toLowerCase();
    if (SUBJECT_PRONOUN.has(last) && CLAUSE_OPENER.has(opener))
      problems.push({ rule: 'dangling-word', detail: `"${sentence}" ends on "${opener} ${last}", a clause with no verb` });
    // "details on as part": a preposition runs straight into another function word.
    // ("claimed to have struck": a perfect infinitive is no such run, perfect-infinitive.ts.)
    const pair = [
      ...sentence.matchAll(
        /\b(?:on|of|in|to|from|with|by|for|at|about|into)\s+(?:as|and|or|but|of|on|in|to|from|with|by|for|at|has|have|is|was)\b/gi,
      ),
      // ("designed to have 184 beds": nor is "to have" with a count for its object, counted-have.ts.)
    ].find((m) => !isPerfectInfinitive(sentence, m.index) && !isHaveWithCount(sentence, m.index));
    if (pair) problems.push({ rule: 'dangling-word', detail: `"${pair[0]}" in "${sentence}"` });
    // "The news that which surprised many": a clause after "that" opens on its subject, never on
    // another relative pronoun or a conjunction (what was cut away was the clause's start).
    const headless =
      /\b(?:news|report|confirmation|comments?|statement|word)\s+(?:from\s+[^,;]+?\s+)?that\s+(?:which|who|whom|whose|that|and|or|but)\b/i.exec(
        sentence,
      );
    if (headless) problems.push({ rule: 'dangling-word', detail: `"${headless[0]}" opens no clause in "${sentence}"` });
    // "It cheese from the valley …": a sentence opened on "it", "he" or "she" goes on with its verb.
    const verbless = verblessPronounSubject(sentence);
    if (verbless) problems.push({ rule: 'sentence-shape', detail: `"${verbless}" has no verb after its subject in "${sentence}"` });
    // "the number of am", "the number of the": a count names a noun, not a function word, a clock's
    // meridiem or a figure.
    for (const m of sentence.matchAll(/\bnumber of\s+(\S+)/gi)) {
      const counted = bare(m[1]!).toLowerCase();
      // ("the number of Mayor", "the number of Sen.": a title or a name is no counted noun.)
      const titled = isTitleWord(bare(m[1]!)) || isTitleWord(`${bare(m[1]!)}.`);
      if (
        DANGLING.has(counted) ||
        SHORT_WORDS.has(counted) ||
        /^[ap]\.?m$/.test(counted) ||
        // ("the number of T20Is": a code of letters with digits inside is a noun; a figure opens on its digit.)
        /^\d/.test(counted) ||
        counted.length < 3 ||
        titled
      )
        problems.push({ rule: 'counted-noun', detail: `"${m[0]}" counts no noun in "${sentence}"` });
    }
    for (const [k, w] of list.entries()) {
      const b = bare(w);
      // "12 km", "40 mi": a unit's short form after its figure is no clipped word.
      const unit = /^\d/.test(list[k - 1] ?? '') && !!unitOfWord(b);
      // ("Faf du Plessis": a particle inside a name is no clipped word.)
      if (/^\p{Ll}{1,2}$/u.test(b) && !SHORT_WORDS.has(b) && !unit && !particleInName(list.map(bare), k))
        problems.push({ rule: 'clipped-word', detail: `"${b}" in "${sentence}"` });
    }
  }
  if (/--|[,;:]\s*[,;:.]|\.\s*\.(?!\.)|\s[,;:.](?!\d)|\(\s*\)/.test(text))
    problems.push({ rule: 'punctuation', detail: 'doubled or stray punctuation' });
  const opens = (text.match(/\(/g) ?? []).length;
  const closes = (text.match(/\)/g) ?? []).length;
  if (opens !== closes || (text.match(/"/g) ?? []).length % 2 === 1)
    problems.push({ rule: 'brackets', detail: 'an unbalanced bracket or quotation mark' });
  for (const credit of creditProblems(text, articleText)) problems.push({ rule: 'credit', detail: credit });
  if (articleText)
    for (const word of sentenceCapitals(text, articleText))
      problems.push({ rule: 'sentence-capital', detail: `"${word}" keeps the capital its sentence gave it` });
  if (articleText) {
    const copied = copiedFragment(text, articleText);
    if (copied) problems.push({ rule: 'copied-fragment', detail: `"${copied}" is copied from the article` });
  }
  return problems;
}

/**
 * Words the note capitalizes mid-sentence that the article capitalizes only where they open a
 * sentence ("the status of Mobile timeline"): a description lifted from a sentence's start kept
 * its capital. A word counts when it is a function word or the article also writes it small.
 */
export function sentenceCapitals(noteText: string, articleText: string): string[] {
  const out: string[] = [];
  const plain = plainText(articleText);
  let sentenceStart = true;
  let inQuote = false;
  const raws = noteText.split(/\s+/).filter(Boolean);
  raws.forEach((raw, k) => {
    const quoted = inQuote || /^["“]/.test(raw);
    // "Valley Power": a capital before another capital is part of a name, unless it is "The" or the like.
    // "Highway 41", "Gate 12": a word named by its number keeps its capital (names.ts NUMBERED_NAME).
    const inRun = (/^\p{Lu}/u.test(raws[k + 1] ?? '') || opensOnNumberedName(`${raw} ${raws[k + 1] ?? ''}`)) && !/[,.;:!?]$/.test(raw);
    if ((raw.match(/["“”]/g) ?? []).length % 2 === 1) inQuote = !inQuote;
    const word = bare(raw);
    if (!sentenceStart && !quoted && /^\p{Lu}\p{Ll}+$/u.test(word) && !readsAsName(word, articleText)) {
      const small = new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(plain);
      // "The Harlow Courier": "The" before a name is the name's own, as a paper or a band writes it.
      const namesOwnThe = word === 'The' && inRun;
      if ((isSentenceStarter(word) && !namesOwnThe) || (small && !inRun)) out.push(word);
    }
    sentenceStart = /[.!?:]["”’)]*$/.test(raw);
  });
  return out;
}

/**
 * The first run of COPIED_RUN or more words the note shares with the article, none of them free to copy.
 * `restated: false` reads a whole added sentence told after "that" as a copy still (restated-sentence.ts):
 * the clause reader asks so first, to tell a sentence whole only where no shorter cut reads.
 */
export function copiedFragment(
  noteText: string,
  articleText: string,
  { restated = true, claims = true }: { restated?: boolean; claims?: boolean } = {},
): string {
  // ("the date the sale and lease of farm drones became legal": a dated event may run a little longer.)
  // (A wrong figure's claim restated whole, as a correction tells it: restated-claim.ts.)
  const licensed = withReportedClauseLicensed(withDatedEventLicensed(withTitleLicensed(plainText(noteText))), articleText, restated);
  const tokens = tokensWithLicence(claims ? withRestatedClaimLicensed(licensed, articleText) : licensed);
  const article = articleWords(articleText);
  let run: string[] = [];
  const flush = (): string => {
    let found = '';
    // The longest stretch of the run that stands in the article, at least COPIED_RUN words long.
    for (let i = 0; i + COPIED_RUN <= run.length && !found; i++) {
      const piece = run.slice(i, i + COPIED_RUN).join(' ');
      if (article.includes(` ${piece} `)) found = piece;
    }
    run = [];
    return found;
  };
  for (const token of tokens) {
    if (token.free) {
      const found = flush();
      if (found) return found;
    } else run.push(token.word);
  }
  return flush();
}

/** The article's words, lower-cased and spaced as the copying check reads them: read once per article (text-memo.ts). */
const articleWords = memoByText(
  (articleText: string): string =>
    ` ${(
      plainText(articleText)
        .toLowerCase()
        .match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []
    ).join(' ')} `,
  { entries: 8, chars: 1_000_000 },
);

/** What a note credits material to: "comments from …", "a statement from …", "video posted by …". */
const CREDIT =
  /\b(?:comments?|statements?|remarks|reply|response|interview|account|testimony|clarification|information|details|explanation|video|photos?|footage)\s+(?:\p{L}+\s+)?(?:from|by)\s+(.+?)(?=,|;|\.(?:\s|$)|\s+(?:and|as well as)\s+(?:a|an|the|additional|new|details|description|comments|information|that)\b|\s+(?:that|on|about|over|describing|saying|showing|in which|as)\s|$)/giu;
/** Words that end a name: a credit reading "from the company did not" ran on into its clause. */
const CLAUSE_WORD = new RegExp(
  String.raw`\b(?:${speechVerbs('said', 'says', 'say', 'told', 'declined')}|did|does|do|didn't|doesn't|was|were|is|are|has|have|had|will|would|could|can|not|refused|who|which|that)\b`,
  'i',
);
const WHEN_WORD = new RegExp(
  String.raw`^(?:the\s+)?(?:${WEEKDAY}|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec)\b`,
  'i',
);

/**
 * A credit must name someone: "comments from Tuesday" took a day for a source, "comments from
 * the company did not" ran into a clause, and "comments from Workers" took a sentence's first word
 * for a name — a single capitalized word counts as a name only when the article capitalizes it
 * somewhere no sentence starts (a word the article does not hold is not judged).
 */
export function creditProblems(noteText: string, articleText = ''): string[] {
  const problems: string[] = [];
  for (const match of noteText.matchAll(CREDIT)) {
    const who = match[1]!.trim();
    if (WHEN_WORD.test(who)) problems.push(`"${match[0]}" credits a time, not a source`);
    else if (CLAUSE_WORD.test(who)) problems.push(`"${match[0]}" runs into a clause`);
    // "Gov. Pat Lowe": an abbreviated title before a name, whose point ends no credit.
    else if (isTitleWord(`${who}.`) && noteText.startsWith('. ', match.index! + match[0].length)) continue;
    else if (articleText && /^\p{Lu}\p{Ll}+$/u.test(who) && !readsAsName(who, articleText))
      problems.push(`"${match[0]}": "${who}" is a common word capitalized at a sentence's start, not a name`);
  }
  return problems;
}
