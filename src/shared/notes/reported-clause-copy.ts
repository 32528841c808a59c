/**
 * "a statement from the Harbour Trust that it will hold its first public workshop on the pier in
 * March": a development is often told, as newsrooms' own notes tell it ("Adds that …"), by the
 * speaker's reported clause restated whole. A whole clause is no fragment: grammar.ts's copying
 * check (COPIED_RUN) is there for runs cut out of a sentence ("details on as part", "the toll,
 * earlier the toll and"). So a clause after "that" in the note is let through when the article
 * holds it word for word as a reported clause — right after "that" or a verb of saying — running
 * to the end of the article's sentence or clause (a stop, a semicolon or a comma follows), and it
 * has at most REPORTED_CLAUSE_WORDS words. A clause cut short mid-phrase, or one the article holds
 * only in the middle of a longer sentence, is still copying; one cut at its head, where the first
 * modifier or second clause opens, is the source's own words told short (reported-clause-head.ts).
 */
import { isRetoldReportedClause } from './attributed-clause';
import { isReportedClauseHead } from './reported-clause-head';
import { speechVerbs } from './speech-verbs';
import { memoByText } from './text-memo';
import { isRestatedSentence, lowerWords } from './restated-sentence';

/** The most words a reported clause restated whole may have. */
export const REPORTED_CLAUSE_WORDS = 16;

/** The note with each whole reported clause the article holds set apart as quoted, for the copying check. */
export function withReportedClauseLicensed(noteText: string, articleText: string, restated = true): string {
  if (!articleText) return noteText;
  return noteText.replace(
    // ("2.5 lakh tonnes": a figure's decimal point ends no clause; nor does a short title's, "Mr. Na".)
    // (Or after "said": "that the Bank of Marrow said it is lending …", a reported clause told with its speaker before it.)
    /(\bthat\s+(?:[^.;:,"“”]{1,60}?\bsaid\s+)?)((?:[^.;:"“”]|(?<=\d)\.(?=\d)|(?<=(?<![\p{L}.])\p{Lu}\p{Ll}{0,3})\.(?=\s\p{Lu}))+?)(?=\s+and\s+(?:that|additional|details|comments|the news|a statement|description)\b|,\s|(?:;|(?<!(?<![\p{L}.])\p{Lu}\p{Ll}{0,3})\.)\s|[.;]?$)/giu,
    (whole, lead: string, clause: string) => {
      const words = lowerWords(clause);
      const count = words.split(' ').filter(Boolean).length;
      if (count < 4 || count > REPORTED_CLAUSE_WORDS) return whole;
      const opener = String.raw`\bthat|\b(?:${speechVerbs('said', 'says', 'announced', 'confirmed', 'added', 'reported')}|told \S+)`;
      const opened = new RegExp(`(?:${opener}) ${escape(words)} \\|`, 'u');
      const clauses = clauseEnds(articleText);
      // A long clause told in short by its head (reported-clause-head.ts) is the source's words too.
      // So is one told before its credit (", officials said"), or in the clause reader's tense (attributed-clause.ts).
      return opened.test(clauses) ||
        isReportedClauseHead(words, clauses, opener, REPORTED_CLAUSE_WORDS) ||
        isRetoldReportedClause(words, clauses, opener) ||
        // An added sentence's whole main clause, told after "that" (restated-sentence.ts).
        (restated && isRestatedSentence(words, articleText, REPORTED_CLAUSE_WORDS))
        ? `${lead}"clause"`
        : whole;
    },
  );
}

/**
 * The article's clause ends, as words: each sentence or clause closed by . ; , ! ? marked with "|".
 * Read once per article (text-memo.ts), not once per note clause checked.
 */
const clauseEnds = memoByText(
  (articleText: string): string => {
    const marked = ` ${articleText
      .toLowerCase()
      .replace(/([\p{L}\p{N}’'”"])\s*[.;,!?]+(?=["”’)]?(?:\s|$))/gu, '$1 |')
      .replace(/[^\p{L}\p{N}|'’.\s-]/gu, ' ')
      // "retirees’ January payments": a plural's apostrophe closes no word, as lowerWords reads the note.
      .replace(/['’.-](?![\p{L}\p{N}])/gu, ' ')
      .replace(/\s+/g, ' ')} `;
    return marked.replace(/\s*\|\s*/g, ' | ').replace(/\s+/g, ' ');
  },
  { entries: 8, chars: 1_000_000 },
);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
