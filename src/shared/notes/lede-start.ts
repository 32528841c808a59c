/**
 * Where the lede starts inside one "sentence" the splitter ran together with the headline or the
 * dateline before it ("… Tickets The NYPD on Wednesday arrested …", "… profit TORONTO (Reuters) -
 * Thomson Reuters Corp on Tuesday reported …"). A headline ends without a period, so the splitter
 * cannot see the break; the clause reader then takes headline words for the lede's subject or
 * refuses the sentence. Round 24 found one in six of the figure, date and place corrections on the
 * blind sets read this way.
 *
 * Two marks, both from the sentence's own structure: a capitalized article or personal pronoun
 * right after a word that no article follows in running text (a noun, a number, an adjective: "…
 * charges A 44-year-old man"), and a dateline (capitals, an optional credit in brackets, a dash)
 * after a word that is not in capitals. "of The New York Times", "said The Times" and "and The
 * Guardian" are no breaks.
 */
import { DATELINE } from './news-clause';
import { printedTokens } from './topics';

interface LedeToken {
  text: string;
  lower: string;
  pos: string;
  space: string;
}

/** Words that open a sentence and never stand capitalized after a noun inside one. */
const OPENING = /^(?:The|A|An|He|She|They|We)$/;
/** What an article may follow in running text: a preposition, a verb, a conjunction, punctuation. */
const BEFORE_ARTICLE = new Set(['ADP', 'VERB', 'AUX', 'CCONJ', 'SCONJ', 'PUNCT', 'PART', 'DET']);

const allCaps = (t: LedeToken) => /^\p{Lu}[\p{Lu}.'-]{2,}$/u.test(t.text);

/** The index of the first token of the lede that `toks` holds at or before `at`; 0 when the sentence is one. */
export function ledeStart(toks: readonly LedeToken[], at: number): number {
  let start = 0;
  for (let i = 0; i <= at && i < toks.length; i++) {
    const t = toks[i]!;
    const before = toks[i - 1] ?? { text: '', lower: '', pos: 'X', space: '' };
    if (i > 0 && OPENING.test(t.text) && !BEFORE_ARTICLE.has(before.pos) && /^\p{L}/u.test(before.text) && toks[i + 1]?.pos !== 'PUNCT') {
      start = i;
      continue;
    }
    // "… quarterly profit TORONTO (Reuters) - Thomson Reuters Corp …": the lede opens after the
    // dash, and so does a sentence that opens on its dateline.
    if (allCaps(t) && !allCaps(before) && before.pos !== 'PUNCT') {
      const line = printedTokens(toks.slice(i));
      const dateline = DATELINE.exec(line);
      if (!dateline) continue;
      // (The dash's token: the first token past the dateline's length.)
      let k = i;
      while (k < toks.length && printedTokens(toks.slice(i, k + 1)).length < dateline[0].trimEnd().length) k++;
      if (k + 1 <= at) start = k + 1;
    }
  }
  return start;
}
