/**
 * The fallback ladder for a part of an update that fails the note check (grammar.ts), most often
 * its copying guard: "a statement from the Harbour Trust that it plans to hold its first public
 * meeting" was cut short by the clause compressor, and a run of eight article words cut out of a
 * sentence is copying. Before the writer gives up on the fact and keeps only who said it (or
 * nothing: "Additional details."), it tries other tellings of the SAME fact, in this order:
 *
 * 1. the reported clause told whole: the article's clause after "that" or a verb of saying, run to
 *    its end ("… on the design in March"). A whole short clause is a restatement, not a clipped
 *    fragment, and grammar.ts lets it through (reported-clause-copy.ts);
 * 2. the clause without the phrases that only say which one a noun is ("a meeting on the design"
 *    → "a meeting"), keeping any phrase that tells when — the time is often the news;
 * 3. the plan told as a noun: "that it plans to hold …" → "the Harbour Trust's plan to hold …";
 * 4. the clause's verb and its object alone ("that it will hold a workshop").
 *
 * Each candidate is still judged by the same check; the guard itself is never loosened.
 */
import { speechVerbs } from './speech-verbs';
import { plainText } from './sentences';
import { printedTokens, tagged } from './topics';
import { REPORTED_CLAUSE_WORDS } from './reported-clause-copy';
import { verbAndObject } from './said-news';

/** "a statement from X that …", "the news that …", "X's report that …": what leads the clause, and the clause. */
const LEAD_THAT = /^(.*?\bthat\s+)(.+)$/;
/** A credit opening a part: "a statement from X", "additional comments from X", "X's report". */
const CREDITED = /^(?:an? |additional |the )?(?:statements?|comments?|report|confirmation|announcement|remarks)\s+from\s+(.+?)\s+that\s/;
/** Prepositions that open a phrase describing the noun before them. */
const NOUN_PREPOSITION = new Set(['on', 'about', 'over', 'for', 'of', 'at', 'in', 'near', 'from', 'with', 'into', 'regarding']);
/** Words that make a phrase tell when: a day, a month, a season, a year, a relative time. */
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|week|weekend|month|year|morning|afternoon|evening|night|today|tonight|tomorrow|yesterday|noon|midnight|\d{4}s?|\d{1,2}(?:st|nd|rd|th)?)$/i;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The candidates, best first; the caller keeps the first that passes the note check. */
export function shorterTellings(part: string, articleText: string): string[] {
  const m = LEAD_THAT.exec(part);
  if (!m) return [];
  const lead = m[1]!;
  const clause = m[2]!;
  const credit = CREDITED.exec(part);
  // "the news that it plans …": a pronoun the note names no one for stays unsaid, however told.
  if (!credit && /^(?:it|they|he|she|we)\b/i.test(clause)) return [];
  const out: string[] = [];
  const toEnd = reportedClauseToEnd(clause, articleText);
  const whole = countWords(toEnd) <= REPORTED_CLAUSE_WORDS ? toEnd : '';
  if (whole) out.push(`${lead}${whole}`);
  for (const base of [toEnd, clause].filter(Boolean)) {
    const bare = withoutNounPhrases(base);
    if (bare && bare !== base) out.push(`${lead}${bare}`);
  }
  if (credit) {
    for (const base of [toEnd, clause].filter(Boolean)) {
      const plan = planAsNoun(credit[1]!, base);
      if (plan) {
        out.push(plan);
        const bare = withoutNounPhrases(plan);
        if (bare && bare !== plan) out.push(bare);
      }
    }
  }
  // 4. the clause's verb and its object, before the credit alone (said-news.ts): "that he would
  //    commission an independent review", not "comments from the commissioner".
  const core = verbAndObject(clause);
  if (core && core !== clause && countWords(core) >= MIN_CORE_WORDS) out.push(`${lead}${core}`);
  return [...new Set(out)].filter((c) => c !== part);
}

/** A verb and its object told alone has a subject, a verb and a noun at least. */
const MIN_CORE_WORDS = 3;

/** The reported clause told whole, when it is no longer than a reported clause may be (reported-clause-copy.ts). */
export function wholeReportedClause(clause: string, articleText: string): string {
  const toEnd = reportedClauseToEnd(clause, articleText);
  return countWords(toEnd) <= REPORTED_CLAUSE_WORDS ? toEnd : '';
}

/**
 * The clause the article reports after "that" or a verb of saying, of which the note's clause is
 * the start, told to its end (a stop, a semicolon or a comma); empty when there is none.
 */
function reportedClauseToEnd(clause: string, articleText: string): string {
  const words = clause.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length < 3) return '';
  const text = plainText(articleText);
  const start = new RegExp(
    String.raw`(?:\bthat|\b(?:${speechVerbs('said', 'says', 'announced', 'confirmed', 'added', 'reported')}))\s+(${words.map(escape).join(String.raw`[^\p{L}\p{N}]+`)})`,
    'iu',
  ).exec(text);
  if (!start) return '';
  const rest = text.slice(start.index + start[0].length);
  const end = /[.;,!?](?=["”’)]?(?:\s|$))/.exec(rest);
  const whole = `${start[1]}${end ? rest.slice(0, end.index) : rest}`.trim();
  // A clause that opens a sentence's subject the article capitalizes keeps the note's own wording.
  const told = `${clause.slice(0, 1)}${whole.slice(1)}`;
  return countWords(told) > words.length ? told : '';
}

/**
 * The clause without the phrases that only say which one a noun is: a preposition right after a
 * noun opens one ("a meeting on the design", "the report into the crash"), and it runs to the next
 * such phrase or the clause's end. A phrase that tells when ("in March", "on Friday") stays; so
 * does a phrase after a verb ("spread to her liver", "appear in the payments"), which the verb needs.
 */
export function withoutNounPhrases(clause: string): string {
  const tokens = tagged(clause);
  if (tokens.length < 5) return '';
  const keep = tokens.map(() => true);
  for (let i = 3; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!NOUN_PREPOSITION.has(t.lower) || tokens[i - 1]!.pos !== 'NOUN') continue;
    let j = i + 1;
    // ("on the east bank of the river": "of" binds on, the phrase runs through it.)
    while (j < tokens.length && !((NOUN_PREPOSITION.has(tokens[j]!.lower) && tokens[j]!.lower !== 'of') || tokens[j]!.pos === 'PUNCT')) j++;
    const phrase = tokens.slice(i, j);
    // "of" binds the noun it follows to its own ("the cost of the repairs"): never cut.
    if (t.lower === 'of' || phrase.some((p) => TIME_WORD.test(p.lower) || p.pos === 'NUM' || p.pos === 'PROPN')) continue;
    for (let k = i; k < j; k++) keep[k] = false;
    i = j - 1;
  }
  if (keep.every(Boolean)) return '';
  return printedTokens(tokens.filter((_, k) => keep[k]));
}

/** "it plans to hold …", "they intend to open …": an intention the note may tell as a noun. */
const INTENT = /^(?:it|they|he|she)\s+(?:plans|plan|intends|intend)\s+to\s+(\p{L}+\s+.+)$/iu;

/** "a statement from Harbour Works that it plans to hold …" → "Harbour Works' plan to hold …". */
export function planAsNoun(source: string, clause: string): string {
  const m = INTENT.exec(clause.trim());
  if (!m) return '';
  const owner = /s$/.test(source) ? `${source}'` : `${source}'s`;
  return `${owner} plan to ${m[1]}`;
}
