/**
 * A corrections-column item that tells the error first and names the piece it was made in after,
 * by the day or the page it ran: "The first name of Jane Roe was misspelled in a correction Tuesday
 * about …", "Tom Hale was incorrectly referred to as a woman in Monday's Metro section story about
 * …", "The title of … was left out of a story on Page 14A of Monday's paper." US metro papers print
 * their column items this way round as often as piece-first ("A story Tuesday misspelled …").
 *
 * The error must be told in the passive by a verb of print that says it erred ("misspelled",
 * "omitted", "incorrectly referred to"), and the piece be of a kind the paper prints, named by the
 * paper's own day, page or section: copy says "The name was misspelled in a police report Tuesday"
 * (a report is anyone's), "… in a story Tuesday in the Daily Herald" (another paper's), or "…, the
 * coach said" (someone telling it). Read under the copy only, where a corrections item stands.
 */
const INHERENT_ERROR = String.raw`(?:misspell(?:ed|t)|misidentified|misstated|misnamed|misquoted|misattributed|miscaptioned|mislabell?ed|misdated|misreported|omitted|left out|dropped|transposed)`;
const ERROR_ADVERB = String.raw`(?:incorrectly|wrongly|mistakenly|erroneously|inaccurately)`;
const NEUTRAL_VERB = String.raw`(?:referred to|identified|described|reported|listed|given|attributed|credited|named|called|spell(?:ed|t)|stated|shown|labell?ed|captioned|printed|quoted)`;
const PASSIVE_ERROR = String.raw`\b(?:was|were) (?:${ERROR_ADVERB} ${NEUTRAL_VERB}|${INHERENT_ERROR}|${NEUTRAL_VERB} ${ERROR_ADVERB})\b`;
const PIECE = String.raw`(?:story|article|editorial|column|caption|headline|obituary|review|graphic|chart|correction|brief|profile|feature|item|listing|map)`;
const DAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
/** "in Monday's Living section story", "in yesterday's editorial", "in our obituary of …". */
const PIECE_OF_OUR_DAY = String.raw`\b(?:in|from|out of|of) (?:${DAY}['’]s|yesterday['’]s|today['’]s|last ${DAY}['’]s|our) (?:[\p{L}/&'’-]+\s+){0,3}?${PIECE}\b`;
/** "in a story Tuesday", "out of a story on Page 14A", "in an article in the Business section". */
const PIECE_THEN_DAY = String.raw`\b(?:in|from|out of|of) (?:an?|the) (?:[\p{L}/&'’-]+\s+){0,3}?${PIECE}\b(?:,?\s+(?:on |last )?${DAY}\b|\s+on [Pp]age [A-Z]?\d+[A-Z]?\b|\s+in (?:the |[Tt]oday['’]s |[Yy]esterday['’]s )?(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}(?:section|edition|pages)\b)`;
const ERROR_THEN_PIECE = new RegExp(`${PASSIVE_ERROR}[^.;]{0,80}?(?:${PIECE_OF_OUR_DAY}|${PIECE_THEN_DAY})`, 'u');
/** Someone telling it: "…, the coach said", "according to …", "She told reporters her name was misspelled …". */
const SOMEONE_TELLS = /\b(?:said|says|told|according to|complained|claimed|argued)\b/i;
/** Another paper named as where the piece ran: "in the Daily Herald", "by the Springfield News-Sun". */
const ANOTHER_PAPER =
  /\b(?:in|by|of|from) (?:the )?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:Times|Post|Herald|News|Journal|Tribune|Star|Gazette|Chronicle|Globe|Telegraph|Mail|Express|Sun|Mirror|Guardian|Independent|Observer|Press|Register|Inquirer|Examiner|Courier|Record|Standard|Bulletin|Dispatch|Enquirer|Sentinel|Magazine|Daily|Weekly)\b/u;

export function tellsErrorThenOwnPiece(item: string): boolean {
  const first = item.trim().split(/(?<=[.!?][”"’]?)\s+(?=[\p{Lu}“"‘])/u)[0]!;
  const m = new RegExp(ERROR_THEN_PIECE.source, 'u').exec(first);
  if (!m) return false;
  return !SOMEONE_TELLS.test(first) && !ANOTHER_PAPER.test(first.slice(m.index)) && !/^["“‘]/.test(first);
}
