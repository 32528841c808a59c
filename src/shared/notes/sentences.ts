/**
 * Sentences are the unit of a note: a reader-facing note says "comments from X were added", and a
 * comment is a sentence. Splitting is rule-based: newsroom copy is full of abbreviations ("Gen.",
 * "U.S.", "Nov.") and quotes that end after the full stop, and both must not end a sentence early.
 */
import type { ArticleContent } from '../article/article';
import { bodyToBlocks, blockText } from '../article/blocks';
import { printedDatelineLength } from '../article/dateline';
import { memoByText } from './text-memo';
import { WEEKDAY } from './weekdays';

export interface Sentence {
  text: string;
  /** Index of the paragraph (block) in the body. */
  block: number;
  /** Index in the whole article, in reading order. */
  index: number;
  /** Loose form used to align versions: lowercase, no punctuation, straight quotes. */
  key: string;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen sen rep gov lt col sgt capt maj adm cmdr st jr sr inc corp co ltd no vs ' +
    'jan feb aug sept sep oct nov dec mt ft rev fr gov. mass calif fla ill pa wash ariz colo conn ' +
    'u.s u.k u.n e.u a.m p.m d.c n.y l.a etc approx dept univ ave blvd est det insp supt cpl pvt ofc atty asst sup'
  ).split(' '),
);

/** True when the word before a full stop is an abbreviation or an initial, so no sentence ends there. */
function isAbbreviation(wordBeforeStop: string): boolean {
  const w = wordBeforeStop.toLowerCase().replace(/^[("“‘']+/, '');
  if (ABBREVIATIONS.has(w)) return true;
  if (/^\p{Lu}$/u.test(wordBeforeStop.replace(/^[("“‘']+/, ''))) return true; // an initial: "John F. Kennedy"
  if (/^(\p{L}\.)+\p{L}$/u.test(w)) return true; // "U.S", "a.m"
  return false;
}

/** Words shortened before the number they label ("Prop. 1", "Sec. 4", "Hwy. 41"), never before a capital. */
const NUMBERING = /^(?:props?|arts?|secs?|vols?|figs?|ch|chap|pts?|rte?|hwy|nos?|paras?|amdt|ords?|res|apt|ste|rm|bldg|pp?|dist|div|ex)$/i;

/** "… not 10:30 p.m" lost its abbreviation's stop when the sentence's was taken off: true when the last word wants it back. */
export function endsInAbbreviation(text: string): boolean {
  const last = /([\p{L}.]+)$/u.exec(text.trim())?.[1];
  return !!last && /\p{L}$/u.test(last) && (/\./.test(last) || /^(?:Jr|Sr|Inc|Corp|Co|Ltd)$/.test(last)) && isAbbreviation(last);
}

/** What may follow "p.m." inside one sentence: a day, a month or a time zone ("3:40 p.m. Tuesday"). */
const DATE_OR_ZONE_AFTER_CLOCK = new RegExp(
  String.raw`^(?:${WEEKDAY}|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Pacific|Eastern|Central|Mountain|Atlantic|Greenwich|[A-Z]{2,4})$`,
);

const BOUNDARY = /([.!?…]+)(["”’')\]]*)(\s+)(?=["“‘'(\[]?[\p{Lu}\p{N}])/gu;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const stopAt = m.index;
    const next = /^\s*["“‘'(\[]?([\p{L}\p{N}]+)/u.exec(text.slice(m.index + m[0].length - m[3]!.length))?.[1] ?? '';
    if (m[1] === '.' && !m[2]) {
      const before = /(\S+)$/.exec(text.slice(start, stopAt))?.[1] ?? '';
      // "3:40 p.m. Crews arrived": a clock ends a sentence unless a day, month or zone follows.
      const clock = /^[ap]\.m$/i.test(before) && !DATE_OR_ZONE_AFTER_CLOCK.test(next);
      if (isAbbreviation(before) && !clock) continue;
      // "Voters approved Prop. 1", "Art. 5 of the charter": a numbering word's stop before its number.
      if (NUMBERING.test(before) && /^\p{N}/u.test(next)) continue;
    }
    // "Owensboro (Ky.) Health": a lone abbreviation closing a bracket qualifies a name, and ends no sentence.
    if (m[1] === '.' && m[2] === ')' && /\(\p{Lu}[\p{L}.]{0,7}$/u.test(text.slice(start, stopAt))) continue;
    // Inside an open quotation ("I think so. I hope so," Mercer said.) the sentence goes on.
    // (Two closing single quotes, ’’, are a closing double one as some pages print it.)
    const quotes = (text.slice(start, stopAt).match(/["“”]|[’']{2}/g) ?? []).length;
    if (!m[2] && quotes % 2 === 1) continue;
    const end = stopAt + m[1]!.length + m[2]!.length;
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end + m[3]!.length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * Straight quotes and hyphens, single spaces: the form every comparison starts from. Remembered
 * (text-memo.ts): nearly every reader asks it of the same sentences and the same whole article.
 */
export const plainText: (text: string) => string = memoByText(readPlainText, { entries: 4096, chars: 2_000_000 });

function readPlainText(text: string): string {
  // (An em dash set close, "Rob Keary—who oppose", still parts two words: never joined as a hyphen joins them.)
  return (
    text
      // "service,’’ Davis said": two closing single quotes are the closing double quote some pages print.
      .replace(/’’/g, '"')
      .replace(/[“”„‟″]/g, '"')
      .replace(/[‘’‚‛′]/g, "'")
      .replace(/\s*([—―])\s*/g, ' $1 ')
      .replace(/[‐‑‒–—―]/g, '-')
      .replace(/\u00a0/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** A word without the quotes, brackets and stops that cling to it: "(Police," → "Police". */
export const bareWord = (w: string): string => w.replace(/^[("“]+|[),.;:!?"”]+$/g, '');

/** Lowercase words and numbers only: two sentences with the same key differ only cosmetically. */
export function looseKey(text: string): string {
  // One pass over the words; hyphens, quotes and other punctuation fall away, "4.2" and "40,000" stay whole.
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,]\p{N}+)*|[$%]/gu) ?? []).join(' ');
}

/**
 * Credits, sign-offs and contact lines ("Editing by …", "Reporting by …", "Produced by …", "… contributed
 * to this report", "Contact the writer at …"): furniture of the article, never people quoted nor
 * facts corrected, so the note writer does not read them.
 */
const SIGN_OFF = [
  /^\(?(?:additional )?(?:reporting|editing|writing|produced|compiled|research|graphics|photos?|video|translation|fact-checking|edited|written|reported)(?: and [a-z-]+)* by\b/i,
  /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b/i,
  /^(?:contact|email|e-mail|reach|follow)\b.{0,120}(?:@|\bat\b|\bon (?:twitter|x|instagram|facebook|bluesky|threads)\b)/i,
  /^(?:write to|send (?:tips|news tips) to|got a (?:news )?tip)\b/i,
  /^(?:copyright|©)\s/i,
  // A byline ("By Lena Haldane and Oskar Lindqvist", "By Lena Haldane, Reuters") and a time stamp
  // ("Updated 3:15 p.m.", "Published Nov. 6, 2024"): who wrote it and when, not what it says.
  /^[Bb]y\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\b)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:,|\s+and|\s*&)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*\.?$/u,
  /^(?:last\s+)?(?:updated|published|posted|first published)(?:\s+(?:on|at))?:?\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d{1,4}(?:[:/.]\d{1,4})*(?:,?\s+\d{4})?(?:,?\s+(?:at\s+)?\d{1,2}(?::\d\d)?)?(?:\s*(?:a\.m\.|p\.m\.|am|pm))?(?:\s+(?:ET|PT|CT|MT|EST|EDT|PST|PDT|GMT|UTC|BST))?\.?$/i,
];

export function isSignOffLine(text: string): boolean {
  const t = plainText(text);
  return t.length <= 300 && SIGN_OFF.some((re) => re.test(t));
}

export function articleSentences(content: Pick<ArticleContent, 'body'>): Sentence[] {
  const sentences: Sentence[] = [];
  bodyToBlocks(content.body).forEach((block, blockIndex) => {
    if (block.type === 'rule') return;
    if (isSignOffLine(blockText(block))) return;
    // A dateline opening the paragraph is set aside: when a new lead is written under it, the old
    // lead moves to the next paragraph without it and must still read as the same sentence.
    const printed = blockText(block).replace(/\n/g, ' ');
    for (const text of splitSentences(printed.slice(printedDatelineLength(printed)))) {
      if (isSignOffLine(text)) continue;
      sentences.push({ text, block: blockIndex, index: sentences.length, key: looseKey(text) });
    }
  });
  return sentences;
}

/** Word tokens with their case kept; numbers keep their inner points and commas ("4.2", "40,000"). */
export function wordTokens(text: string): string[] {
  // "$380K", "$3bn": a sum with its scale's short form is one figure, never "$380" and a "K".
  // "T20Is", "MP3s": a code of letters with digits inside is one word, never a "T", a figure and an "Is".
  return (
    plainText(text).match(
      /\$\d[\d,.]*(?:bn|mn|tn|[KMBkmb])\b|\d+-\d+(?![\d-])|\$?\d[\d,.]*\d%?|\$?\d%?|(?<![\p{L}\p{N}])\p{L}+\d+\p{L}+(?![\p{L}\p{N}])|[\p{L}\p{M}][\p{L}\p{M}'.-]*[\p{L}\p{M}]|[\p{L}]/gu,
    ) ?? []
  );
}
