/**
 * The right fact's values as AP prints them, whichever reader wrote the sentence. Each reader of a
 * figure, a date or a place builds its own "It is X, not Y", and on unseen copy they passed the
 * article's printing through: "7120, not 7210" (AP: 7,120), "6, not 8" for a count (AP spells
 * one to nine), "the 119th Street" (a numbered street takes no article, and keeps its "East"),
 * "seven counts, not six counts" (the unit said once), "It is thousand, not a hundred", and
 * "714,000" where the article printed "P714,000" (the currency dropped). One pass over the right
 * fact's sentence (the one that gives "X, not Y") tells every value the same way.
 */
import { lowerSpelledValue } from './spelled-value';
import { unitOfWord } from './measures';
import { figureIsPast } from './figure-tense';
import { toldAs } from './pronoun-gender';
import { escapeRegExp } from './names';
import { numberWord, numberWordValue } from '../text/numbers';

/** "six": a count AP spells (one to nine), as the article printed it. */
const oneToNine = (word: string) => {
  const value = numberWordValue(word);
  return word === word.toLowerCase() && value !== undefined && value >= 1 && value <= 9;
};

/** A word a count is measured in, not counted by ("6 percent", "6 feet", "6 years old", "6 a.m."). */
const MEASURED =
  /^(?:percent|per|%|a\.m\.|p\.m\.|years?-old|old|points?|goals?|runs?|seconds?|minutes?|hours?|inches|feet|foot|miles?|degrees?|years?|months?|weeks?|days?|hundred|thousand|million|billion|trillion|lakh|crore|dozen|euros?|dollars?|pounds?|rupees?|pesos?)$/i;
/** A currency printed straight before its figure ("P714,000", "Ksh73.69", "Rs 500", "Taka 5,800"). */
const CURRENCY = /(?<![\p{L}\p{N}])((?:P|Php|PHP|Rs\.?|Ksh\.?|KSh|Sh|N|R|GH¢|GH₵|₱|₹|₦|¥)|(?:Taka|Tk\.?|Rs\.?|Ksh|Sh|Rp)\s)$/u;
const LEAD =
  /^((?:It|They|He|She|There) (?:is|was|are|were|will be)(?: (?:about|nearly|almost|roughly|around|more than|less than|fewer than|up to|at least|some|over|under|in|at|on|near|from))*|The correct (?:number|figure) is(?: (?:about|nearly|almost|roughly|around|more than|less than|fewer than|up to|at least|some|over|under))*) (.+?), not (.+)$/;

/**
 * "7120" → "7,120": a whole figure of five digits or more, or of four that is no year. Digits run
 * into letters ("2024Mayor", "A380") are no figure and keep their printing.
 */
function grouped(value: string, counting: boolean): string {
  return value.replace(/(?<![\p{L}\p{N}.,:/-])\d{4,}(?![\p{L}\p{N}:/-]|\.\p{N}|,\p{N})/gu, (digits, at: number, whole: string) => {
    const next = whole.slice(at + digits.length);
    // "1234 Main St.": an address number keeps its printing.
    if (/^\s+\p{Lu}/u.test(next)) return digits;
    const n = Number(digits);
    if (digits.length === 4 && !counting && n >= 1000 && n <= 2099) return digits;
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  });
}

/**
 * "2024 Nov", where the article printed "2024Nov.": a reader that split a value into words keeps
 * the printing when the article ran figure and letters together, so the note tells no word the
 * article never printed ("Nov" alone is no word of it).
 */
function runTogether(value: string, printed: string): string {
  const joined = value.replace(/(\p{N}) (?=\p{L})/gu, '$1');
  return joined !== value && !printed.includes(value) && printed.includes(joined) ? joined : value;
}

/** "6" → "six" when it counts something (no unit, sign or percent beside it). */
function spelledSmall(value: string, counting: boolean): string {
  return value.replace(
    /(?<![\p{L}\p{N}$€£.,:/-])([1-9])(?![\p{N}.,:/%-]?\p{N}|%|-)(\s+[\p{L}.%-]+)?/gu,
    (all, digit: string, tail?: string) => {
      const word = tail?.trim() ?? '';
      if (word && (MEASURED.test(word) || unitOfWord(word))) return all;
      if (!word && !counting) return all;
      return `${numberWord(Number(digit))}${tail ?? ''}`;
    },
  );
}

/** The currency the article printed before `figure`, or ''. */
function currencyOf(figure: string, printed: string): string {
  const digits = /\d[\d,.]*/.exec(figure)?.[0];
  if (!digits || /^[$€£]/.test(figure)) return '';
  let at = printed.indexOf(digits);
  while (at >= 0) {
    const sign = CURRENCY.exec(printed.slice(Math.max(0, at - 6), at))?.[1];
    if (sign && !/\d/.test(printed[at + digits.length] ?? '') && !/\d/.test(printed[at - 1] ?? '')) return sign;
    at = printed.indexOf(digits, at + 1);
  }
  return '';
}

/** A figure's unit, printed beside it but dropped by the reader: "about 7.4 billion years", "38,000-square-feet" → "square feet". */
function unitBeside(figure: string, printed: string): string {
  const m =
    /^((?:about|nearly|almost|roughly|around|more than|less than|some|over|under) )?([$€£]?\d[\d,.]*)((?: (?:million|billion|trillion))?)$/.exec(
      figure,
    );
  if (!m) return '';
  const at = printed.indexOf(`${m[2]}${m[3]}`);
  if (at < 0) return '';
  const next = /^[\s-]+(square[\s-](?:feet|foot|meters|metres|miles|kilometers|kilometres)|[\p{L}/]+)/u.exec(
    printed.slice(at + m[2]!.length + m[3]!.length),
  )?.[1];
  if (!next) return '';
  const unit = next.replace(/-/g, ' ');
  if (/^years?$/.test(unit) && new RegExp(`${escapeRegExp(m[2]!)}[\\s-]+years?[\\s-]+old`).test(printed)) return '';
  return unitOfWord(unit.split(' ').at(-1)!) || /^(?:years|months|weeks|days|hours|minutes|seconds)$/.test(unit) ? unit : '';
}

/** "the 119th Street" → "East 119th Street" as printed, else "119th Street". */
function numberedStreet(value: string, printed: string): string {
  return value.replace(
    /\bthe (\d+(?:st|nd|rd|th) (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Place|Pl\.|Drive|Dr\.|Lane|Ln\.))/g,
    (_all, street: string) =>
      new RegExp(`\\b((?:East|West|North|South|E\\.|W\\.|N\\.|S\\.) ${street.replace('.', '\\.')})`).exec(printed)?.[1] ?? street,
  );
}

/**
 * `phrase` (a correction phrase, "misstated …. It is X, not Y") with X and Y told as AP prints
 * them. `printedNow` and `printedBefore` are the article's two versions of the line, read for a
 * currency or a street's bearing the reader dropped.
 */
export function apToldValues(phrase: string, printedNow: string, printedBefore: string, noteDate = ''): string {
  const cut = phrase.lastIndexOf('. ');
  const head = cut >= 0 ? phrase.slice(0, cut + 2) : '';
  const tail = lowerSpelledValue(cut >= 0 ? phrase.slice(cut + 2) : phrase);
  const m = LEAD.exec(tail);
  if (!m || /["“”]/.test(tail) || /\bin the headline\b/.test(head)) return head + tail;
  const [, leadRaw, rightRaw, wrongRaw] = m;
  // ("The correct number is a quarter, not a third": a share is no number; it is told by "It is".)
  const share =
    /^(?:(?:about|nearly|almost|roughly|around|more than|less than) )?(?:(?:a|one|two|three|four) (?:half|thirds?|quarters?|fifths?|tenths?)|\S+ (?:percent|per cent)|\S+%)$/;
  const lead = /^The correct number is$/.test(leadRaw!) && share.test(rightRaw!) ? 'It is' : leadRaw!;
  const stop = /[.]$/.test(wrongRaw!) && !/\b(?:a\.m|p\.m|St|Ave|Rd|Jr|Sr|Inc|Co|Dr|Ln|Pl)\.$/.test(wrongRaw!) ? '.' : '';
  let right = rightRaw!;
  let wrong = stop ? wrongRaw!.slice(0, -1) : wrongRaw!;
  [right, wrong] = [runTogether(right, printedNow), runTogether(wrong, printedBefore)];
  const counting = /^The correct (?:number|figure) is/.test(lead);
  [right, wrong] = [grouped(right, counting), grouped(wrong, counting)];
  if (counting || /^There /.test(lead)) [right, wrong] = [spelledSmall(right, true), spelledSmall(wrong, true)];
  // "It is thousand, not a hundred": a scale word keeps the article its figure was printed with.
  const scale = /^(?:hundred|thousand|million|billion|dozen)\b/;
  if (scale.test(right) && /^a\s/.test(wrong)) right = `a ${right}`;
  // "P714,000": the currency the article printed, which the reader left behind.
  const signNow = currencyOf(right, printedNow);
  const signBefore = currencyOf(wrong, printedBefore);
  if (signNow && /^\d/.test(right)) right = `${signNow}${right}`;
  if (signBefore && /^\d/.test(wrong)) wrong = `${signBefore}${wrong}`;
  // ("It is about 7.4 billion, not 4.7 billion" for "about 4.7 billion years": the unit the article printed, said once.)
  // (Never an age: "It was 17, not 19" for "was only 17 years old".)
  const unit = /^It (?:is|was)\b|^The correct figure is\b/.test(lead) && !/\bage\b/.test(head) ? unitBeside(right, printedNow) : '';
  if (unit && unitBeside(wrong, printedBefore) === unit) [right, wrong] = [`${right} ${unit}`, `${wrong} ${unit}`];
  right = numberedStreet(right, printedNow);
  wrong = numberedStreet(wrong, printedBefore);
  // "seven counts, not six counts": the unit said once, after the right value.
  const unitTail = /^(\S+)((?: \p{Ll}[\p{Ll}-]*){1,2})$/u;
  const [r, w] = [unitTail.exec(right), unitTail.exec(wrong)];
  // ("$17.3 million, not $13.7 million" keeps its scale: "million" is part of the figure, not its unit.)
  // (A measure keeps its unit on both sides, "It is 18 years, not 8 years", as earlier rounds pinned: only a counted noun is said once.)
  const measure = (words: string) =>
    /\b(?:hundred|thousand|million|billion|trillion|lakh|crore|percent|per cent|euros?|dollars?|pounds?|rupees?|pesos?|shillings?|naira|rand|yuan|yen|years?|months?|weeks?|days?|hours?|minutes?|seconds?|points?|degrees?)\b/.test(
      words,
    ) ||
    words
      .trim()
      .split(' ')
      .some((x) => unitOfWord(x));
  if (r && w && r[2] === w[2] && !measure(w[2]!) && (/\d/.test(w[1]!) || oneToNine(w[1]!))) wrong = w[1]!;
  return `${head}${toldTense(lead, right, printedNow, noteDate)} ${right}, not ${wrong}${stop}`;
}

/** A plan or a forecast: its date or figure is still ahead, whatever year the note is written in. */
const AHEAD = /\b(?:will|would|expected|expects?|scheduled|set to|plans?|planned|forecasts?|due)\b/i;

/**
 * "It is April 2015" for a layoff that year, "It is about 80 percent" for a share of a game played:
 * the right fact's verb follows the clause that holds the value (the verb that governs a figure,
 * figure-tense.ts), and a date in a year before the note's is a thing done unless its line looks ahead.
 */
function toldTense(lead: string, right: string, printedNow: string, noteDate: string): string {
  if (!/^It is\b/.test(lead) || AHEAD.test(printedNow)) return lead;
  const year = /\b(?:1[89]|20)\d\d\b/.exec(right)?.[0];
  // (A year a count is reckoned from, "has lost 900 riders a week since 2016", opens a time still running: "It is".)
  if (year && new RegExp(`\\bsince\\s+(?:\\S+\\s+){0,2}${year}`, 'i').test(printedNow)) return lead;
  const noteYear = Number(/^\d{4}/.exec(noteDate)?.[0] ?? 0);
  const first = right.split(/\s+/).find((w) => /\d/.test(w)) ?? '';
  const past = (year && noteYear && Number(year) < noteYear && !/\d-\d/.test(right)) || (!year && first && figureIsPast(printedNow, first));
  return past ? lead.replace(/^It is/, 'It was') : lead;
}

/**
 * "incorrectly reported that … Bernie Sanders was in Rochester. It was in Buffalo.": the right
 * place of a person's whereabouts is told by the person's pronoun ("He was in Buffalo"), as the
 * article tells them; an "It" there names nothing. Unchanged when the article gives no one pronoun.
 */
export function personPlaced(phrase: string, articleText: string): string {
  const m =
    /\bthat (?:[^.]*?\s)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}) (?:was|is|were|are|had been|has been) (?:in|at|near|from)\b[^.]*\. It (was|is) (in|at|near|from) /u.exec(
      phrase,
    );
  if (!m) return phrase;
  const pronoun = toldAs(m[1]!, '', articleText);
  if (!pronoun) return phrase;
  return phrase.replace(
    /\. It (was|is) (in|at|near|from) (?=[^.]*$)/,
    (_all, be: string, prep: string) => `. ${pronoun === 'he' ? 'He' : 'She'} ${be} ${prep} `,
  );
}
