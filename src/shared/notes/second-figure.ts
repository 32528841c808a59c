/**
 * Whether a claim holds a figure of the wrong one's kind besides it, so "The correct number is
 * 6,000" after it could be read as either ("… that the 8,000-square-foot hall will seat about 200
 * people. The correct number is 6,000." reads as 6,000 seats). A figure of another kind names
 * itself: a share beside a sum ("turnover closed at Ksh73.69 million, a 41.1 per cent jump"), a
 * year beside a count ("in 2019").
 */
const FIGURE = /([\p{L}$€£¥]*)(\d[\d,.]*\d|\d)(\s*(?:%|per ?cent\b|percent\b|million\b|billion\b|trillion\b))?/gu;

/** A figure's kind: a currency or letters run on before it, and a share or a scale after it. */
function kinds(text: string): string[] {
  return [...text.matchAll(FIGURE)]
    .filter((m) => !/^(?:19|20)\d\d$/.test(m[2]!))
    .map((m) => `${m[1] ? 'sum' : ''}:${/%|cent/.test(m[3] ?? '') ? 'share' : m[3] ? 'scale' : ''}`);
}

export function secondFigure(claim: string, wrong: string): boolean {
  const own = kinds(wrong)[0];
  if (own === undefined) return false;
  const rest = claim.split(wrong).join(' ');
  return kinds(rest).includes(own);
}
