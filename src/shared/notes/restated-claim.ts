/**
 * "incorrectly reported that the student activity fee will be raised by $5. It will be raised by
 * $3.": a figure's claim told by the clause that carried it (value-clause.ts) is the old version's
 * own clause, and every word of it but the figure stands in the new version too — so the copying
 * check (grammar.ts, COPIED_RUN words running) refused it whenever the clause ran eight words before
 * or after its value, and the correction fell back to "misstated a figure", which judges refuse for
 * naming nothing (round 26 counted 20 such notes among the 124 refused figure corrections).
 *
 * A claim restated whole, its wrong figure in place, is what a newsroom's correction says, not a
 * run cut out of a sentence: the clause after "reported that" is let through when the article
 * holds it word for word at one place, save its figures, and at least one of its figures is not the
 * article's there (the wrong value the correction puts right). It has MIN_WORDS to MAX_WORDS words,
 * as the clause reader tells one; a clause copied with the article's own figures is still copying.
 */
import { plainText } from './sentences';
import { escapeRegExp } from './names';
import { REPORTED_CLAUSE_WORDS } from './reported-clause-copy';
import { lowerWords } from './restated-sentence';
import { isNumberToken } from './edits';
import { memoByText } from './text-memo';

/** A restated claim's length in words: as value-clause.ts tells a clause, at most REPORTED_CLAUSE_WORDS. */
const MIN_WORDS = 4;

/** The words as the copying check reads them (restated-sentence.ts' `lowerWords`). */
const words = (text: string) => lowerWords(text).split(' ').filter(Boolean);

/** A word that is, or holds, a figure ("$5" read as "5", "36,000-square-feet" as "000-square-feet", "three"): edits.ts' reading. */
const figure = isNumberToken;

/** The article as the copying check reads it, its curly marks made plain: read once per article (text-memo.ts). */
const articleWords = memoByText((articleText: string) => ` ${words(plainText(articleText)).join(' ')} `, { entries: 8, chars: 1_000_000 });

/** The note with each restated claim set apart as quoted, for the copying check. */
export function withRestatedClaimLicensed(noteText: string, articleText: string): string {
  if (!articleText) return noteText;
  // (Read as the copying check reads the article: its curly marks made plain.)
  const article = articleWords(articleText);
  return noteText.replace(
    // (To the sentence's stop: a figure's own point, "12.5%", ends nothing.)
    /(\breported that\s+)((?:[^.;:"“”]|(?<=\d)\.(?=\d))+)(?=\.(?:\s|$)|$)/giu,
    (whole, lead: string, clause: string) => {
      const told = words(clause);
      if (told.length < MIN_WORDS || told.length > REPORTED_CLAUSE_WORDS || !told.some(figure)) return whole;
      const pattern = told.map((w) => (figure(w) ? '(\\S+)' : escapeRegExp(w))).join(' ');
      const found = new RegExp(` ${pattern} `, 'u').exec(article);
      if (!found) return whole;
      // (Only a claim whose figure the article prints otherwise: the wrong value put right.)
      const figures = told.filter(figure);
      return figures.some((w, k) => found[k + 1] !== w) ? `${lead}"${clause}"` : whole;
    },
  );
}
