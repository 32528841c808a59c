/**
 * A figure that is one item of a list ("In Kent, 61 percent of wells held the salt; Surrey, 44
 * percent; Essex 38 percent", "Ardley reported 12 cases, Corbin 40 and Dunmore 9"): the figure is
 * the list's figure for that item's label, and what the list counts is told once, by the clause
 * that opens it. So "Essex 38 percent" put right is "the share of wells in Essex that held the salt",
 * "Corbin 40" is "the number of cases Corbin reported" — and, when the opening clause does not
 * read, "the share for Essex" or "the figure for Corbin", never the stock "a figure" (review 15).
 */
import { tagged } from './topics';
import { lowerOpening } from './names';

export interface ListedFigure {
  what: string;
  past: boolean;
}

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A share's unit after its figure. */
const PERCENT = String.raw`(?:\s*%|\s+percent|\s+per\s+cent)`;
/** The most words a label may have: "the Australian region", "South America". */
const MOST_LABEL_WORDS = 4;

/** The items of a list sentence: parts between semicolons when it has two or more, else between commas and "and". */
function itemsOf(sentence: string): string[] {
  const body = sentence.trim().replace(/[.!]$/, '');
  const semis = body.split(/\s*;\s*/);
  const parts = semis.length >= 3 ? semis : body.split(/,\s+(?:and\s+)?|\s+and\s+(?=[^,]*$)/);
  // "the Australian region, 71 percent and South America, 57 percent": a last part joined by "and".
  return parts.flatMap((p) => p.split(/(?<=\d(?:\s*%|\s+percent|\s+per\s+cent)?)\s+and\s+/));
}

/** A label of a list item: a name or a short noun phrase, no verb. */
function labelOf(text: string): string {
  const label = text
    .replace(/^(?:and|or)\s+/i, '')
    .replace(/[,:]\s*$/, '')
    .trim();
  if (!label || label.split(/\s+/).length > MOST_LABEL_WORDS) return '';
  if (!/^(?:the\s+)?\p{Lu}/u.test(label)) return '';
  const tags = tagged(label);
  if (tags.some((t) => ['VERB', 'AUX', 'PRON', 'SCONJ', 'NUM'].includes(t.pos))) return '';
  return label;
}

/** What the list's figure for `figure`'s item is, or null when the figure is no list item. */
export function listedFigure(sentence: string, figure: string): ListedFigure | null {
  const items = itemsOf(sentence);
  if (items.length < 3) return null;
  const value = esc(figure.trim());
  const k = items.findIndex((item) => new RegExp(`(?:^|\\s|,)${value}(?:${PERCENT})?$`, 'u').test(item.trim()));
  if (k < 1) return null;
  const item = items[k]!.trim();
  // "Essex 38 percent", "Surrey, 44 percent", "Corbin 40": a label, then only the figure.
  const label = labelOf(item.slice(0, item.search(new RegExp(`${value}(?:${PERCENT})?$`, 'u'))).replace(/[$€£]$/, ''));
  if (!label) return null;
  // The other items must be of the same shape: two or more labelled figures beside this one.
  const shaped = items.filter((it, j) => j !== k && j > 0 && /\d/.test(it) && it.trim().split(/\s+/).length <= MOST_LABEL_WORDS + 3);
  if (shaped.length < 1) return null;
  const share = new RegExp(`\\d${PERCENT}$`, 'u').test(item);
  const place = lowerOpening(label, sentence);
  return openingCount(items[0]!, place, share) ?? { what: `the ${share ? 'share' : 'figure'} for ${place}`, past: false };
}

/**
 * What the opening item counts, told for `label`: "In Kent, 61 percent of wells held the salt" →
 * "the share of wells in Essex that held the salt"; "Ardley reported 12 cases" → "the number of
 * cases Corbin reported".
 */
function openingCount(opening: string, label: string, share: boolean): ListedFigure | null {
  const text = opening.trim();
  // "In Kent, 61 percent of wells held the salt".
  const led = new RegExp(
    String.raw`^(?:(In|At|From|Across|For)\s+[^,]{1,40},\s+)?(?:about\s+|nearly\s+|almost\s+|some\s+)?[$€£]?\d[\d,.]*${PERCENT}?\s+of\s+((?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)\s+(\p{Ll}+\b[^,]{0,40})$`,
    'u',
  ).exec(text);
  // (The words after the counted noun open on its verb: "wells held the salt".)
  const ledVerb = led ? /^\p{Ll}+/u.exec(led[3]!)![0] : '';
  if (led && share && ['VERB', 'AUX'].includes(tagged(`they ${ledVerb}`)[1]?.pos ?? '')) {
    const tags = tagged(led[2]!);
    if (tags.at(-1)?.pos !== 'NOUN') return null;
    const prep = led[1] ? led[1].toLowerCase() : 'for';
    const noun = led[2]!.replace(/^the\s/, '');
    return {
      what: `the share of ${noun} ${prep} ${label} that ${led[3]!.trim()}`,
      past: !/^(?:has|have|is|are|do|does)$|s$/.test(ledVerb),
    };
  }
  // "Ardley reported 12 cases".
  const told = new RegExp(
    String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(\p{Ll}+)\s+(?:about\s+|nearly\s+)?\d[\d,.]*(${PERCENT}|\s+([\p{Ll}-]+))`,
    'u',
  ).exec(text);
  if (!told) return null;
  const verb = tagged(`They ${told[1]}`)[1];
  if (verb?.pos !== 'VERB' || !/ed$|^(?:had|won|got|took|drew|saw|gave|made)$/.test(told[1]!)) return null;
  const counted = share ? '' : told[3];
  if (!share && (!counted || tagged(counted).at(-1)?.pos !== 'NOUN')) return null;
  return { what: `${share ? 'the share' : `the number of ${counted}`} ${label} ${told[1]}`, past: true };
}
