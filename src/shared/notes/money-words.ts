/**
 * How copy around the world writes a sum: a currency word or sign before the figure ("Rs 10
 * crore", "KSh 500", "A$2 billion", "₹40 lakh", "US$5m") and a scale word after it ("crore",
 * "lakh", "million", "bn"). A correction keeps both with the figure ("It is Rs 10 crore, not Rs 1
 * crore"); a bare "10, not 1" says not what was wrong. A leaf module: word lists only.
 */
import { escapeRegExp } from './names';
import { plainText } from './sentences';

/** Currency codes and abbreviations printed before a figure, apart or run in: "Rs 40", "Rs.40", "INR 40", "KSh 40". */
export const CURRENCY_WORD =
  /(?:Rs\.?|INR|Rp|RM|KSh|Ksh|Sh|USD|US\$|EUR|GBP|AUD|A\$|CAD|C\$|NZ\$|NZD|HK\$|HKD|S\$|SGD|R\$|CHF|JPY|CNY|RMB|Tk|PKR|LKR|NGN|ZAR|GHS|AED|SAR|QAR|Dh|EGP|R(?=\d)|[$€£₹¥₩₦₱₺₪])/;

/** Currencies named after the figure: "5,000 euros", "12 million rupees", "400 shillings". */
export const CURRENCY_NAME =
  /^(?:dollars|euros|pounds|rupees|shillings|yen|yuan|renminbi|rand|naira|pesos|reais|rubles|roubles|francs|krona|kronor|kroner|dinars|dirhams|riyals|rupiah|ringgit|baht|won|lira|liras|cedis|pence|cents)$/i;

/** Scale words after a figure of money: "crore", "lakh", "million", "bn", "m" run in ("£5m"). */
export const SCALE_WORD = /^(?:thousand|million|billion|trillion|crore|crores|lakh|lakhs|bn|mn|m|k)$/i;

/**
 * The sum as `sentence` prints it around `figure` ("10" in "a fine of Rs 10 crore" → "Rs 10 crore"),
 * or '' when no currency word stands before the figure (a bare count is no sum).
 */
export function writtenSum(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const fig = escapeRegExp(figure.replace(/^[$€£₹¥]/, ''));
  const m = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(${CURRENCY_WORD.source})(\s?)(${fig})(?![\d,.]*\d)(?:\s+(thousand|million|billion|trillion|crores?|lakhs?|bn|mn)\b|(bn|mn|m|k)\b)?`,
    'u',
  ).exec(text);
  if (!m) {
    // "5,000 euros", "12 million rupees": the currency's name after the figure.
    const named = new RegExp(
      String.raw`(?<![\p{L}\p{N}$€£])${fig}(?![\d,.]*\d)((?:\s+(?:thousand|million|billion|trillion|crores?|lakhs?))?)\s+(\p{L}+)`,
      'u',
    ).exec(text);
    return named && CURRENCY_NAME.test(named[2]!) ? `${figure.replace(/^[$€£₹¥]/, '')}${named[1]} ${named[2]}` : '';
  }
  const scale = m[4] ? ` ${m[4]}` : (m[5] ?? '');
  return `${m[1]}${m[2]}${m[3]}${scale}`;
}
