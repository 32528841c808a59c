/**
 * A dateline put right: the place a story was reported from is a fact ("SPRINGFIELD, Ill. (AP) —"
 * → "PEORIA, Ill. (AP) —"), and AP corrects it in its own words: "An earlier version of this
 * article gave an incorrect dateline. The story was reported from Peoria, not Springfield." The
 * sentence reader sets the dateline aside as furniture, so it is read here.
 */
import type { ArticleContent } from '../article/article';
import { blockText, bodyToBlocks } from '../article/blocks';
import { printedDatelineLength, readDatelineLead } from '../article/dateline';

/** The dateline's place as a reader says it: "SPRINGFIELD, Ill. (AP)" → "Springfield". */
export function datelinePlace(dateline: string): string {
  const place = dateline.split(/[,(—–]|\s-/)[0]!.trim();
  if (!/\p{Lu}/u.test(place)) return '';
  // Capitals as printed ("NEW YORK", "ST. PAUL"): each word with its first letter kept.
  return place
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/**
 * The article's dateline: its field when it reads as a dateline prints (the place in capitals, a
 * word with a vowel: "PEORIA, Ill. (AP)"), else the one printed at the head of the first paragraph,
 * as wire copy and pasted copy carry it. A field of other text names no place.
 */
export function datelineOf(content: Pick<ArticleContent, 'body'> & { dateline?: string }): string {
  const field = content.dateline?.trim() ?? '';
  if (field) {
    const lead = readDatelineLead(`${field} — .`);
    return lead && lead.length === field.length + 3 && /^[A-Z][A-Z .'’-]*[AEIOUY][A-Z .'’-]*[A-Z](?=$|[,(\s])/.test(field) ? field : '';
  }
  const first = bodyToBlocks(content.body).find((b) => b.type !== 'rule');
  if (!first) return '';
  const text = blockText(first);
  return text.slice(0, printedDatelineLength(text)).trim();
}

/** The places of a dateline put right, or null when it kept its place (or either version has none). */
export function datelineCorrection(
  older: Pick<ArticleContent, 'body'>,
  newer: Pick<ArticleContent, 'body'>,
): { wrong: string; right: string } | null {
  const wrong = datelinePlace(datelineOf(older));
  const right = datelinePlace(datelineOf(newer));
  if (!wrong || !right || wrong.toLowerCase() === right.toLowerCase()) return null;
  return { wrong, right };
}
