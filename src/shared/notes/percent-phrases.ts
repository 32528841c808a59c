/**
 * A percent that names its thing by the words around it, where no share or change reader fired and the
 * note fell back to "misstated a figure":
 * - set before a noun: "charges a 3% surcharge", "the city's 2 percent levy" → "the size of the
 *   surcharge", "the size of the city's levy";
 * - a move from a level: "Sales fell to 4,100 - down 25 percent from the spring peak" → "how far sales
 *   fell from the spring peak" (the subject is the sentence's, read to its first verb).
 */
import { escapeRegExp, lowerOpening } from './names';
import { plainText } from './sentences';
import { tagged } from './topics';
import { complementOf } from './figure-complements';

// ("a 55-percent stake": the hyphen of a compound joins the figure to its unit too.)
const PERCENT = String.raw`(?:\s*%|[\s-]percent|[\s-]per cent)`;

/** The noun phrase opening `words` (adjectives and nouns by the tagger, to its last noun), or ''. */
function nounPhrase(words: string): string {
  const ws = words
    .split(/[,.;:()—–]|\s-\s/)[0]!
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4);
  if (!ws.length) return '';
  const tags = tagged(ws.join(' '));
  let end = 0;
  while (end < tags.length && ['NOUN', 'ADJ', 'PROPN'].includes(tags[end]!.pos) && /^[\p{L}.-]+$/u.test(tags[end]!.text)) end++;
  while (end > 0 && tags[end - 1]!.pos !== 'NOUN') end--;
  return tags
    .slice(0, end)
    .map((t) => t.text)
    .join(' ');
}

/** "a 3% surcharge" → "the size of the surcharge"; "its 2 percent levy" → "the size of its levy". */
function percentBeforeNoun(text: string, fig: string): string {
  const m = new RegExp(
    String.raw`(?:^|\s)((?:the|a|an|its|their|his|her)|(?:(?:the|a|an)\s+)?[\p{L}-]+['’]s?)\s+${fig}${PERCENT}[\s-]+(?!of\b)(\p{Ll}[^]*)$`,
    'iu',
  ).exec(text);
  if (!m) return '';
  const phrase = nounPhrase(m[2]!);
  // ("a 40 percent chance": odds are a share of likelihood, not a thing's size.)
  if (!phrase || /\b(?:chance|probability|likelihood|odds|majority|minority)$/i.test(phrase)) return '';
  const det = m[1]!;
  const whose = /^(?:a|an|the)$/i.test(det)
    ? 'the'
    : det.replace(/^(?:a|an|the)\s+/i, 'the ').replace(/^(?!the\s)(?=\p{Ll})(?!(?:its|their|his|her)$)/u, 'the ');
  // ("a 55-percent stake in its Financial & Risk unit": which stake, figure-complements.ts.)
  const of = m[2]!.startsWith(phrase) ? complementOf(m[2]!.slice(phrase.length), text) : '';
  return `the size of ${whose.replace(/^\p{Lu}/u, (c) => c.toLowerCase())} ${phrase}${of}`;
}

/** "Sales fell to 4,100 - down 25 percent from the spring peak" → "how far sales fell from the spring peak". */
function percentFromLevel(text: string, fig: string): string {
  const m = new RegExp(String.raw`\b(down|up)\s+${fig}${PERCENT}\s+from\s+((?:the|its|their|a|an|last)\s+[^,;:.—–()]+)`, 'iu').exec(text);
  if (!m) return '';
  // "from the most recent peak of 5,500 last spring": the level, without its figure and its time.
  const level = m[2]!.split(/\s+(?:of|in|at|on|to|during|when|and)\s+|\s+\d/)[0]!.trim();
  if (!level || level.split(/\s+/).length > 6) return '';
  // The subject: the sentence's opening words before its first verb.
  const tags = tagged(text.slice(0, m.index));
  // (Its first verb after a noun: the tagger reads some nouns before a noun as verbs, "ticket sales".)
  const noun = tags.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const verb = noun < 0 ? -1 : tags.findIndex((t, i) => i > noun && (t.pos === 'VERB' || t.pos === 'AUX'));
  if (verb < 1 || verb > 8) return '';
  const subject = tags.slice(0, verb);
  if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') || subject.some((t) => t.pos === 'PUNCT' || t.pos === 'PRON')) return '';
  // (Tokens the tagger split, "U.S." read back as printed.)
  const said =
    text.slice(0, m.index).match(new RegExp(subject.map((t) => escapeRegExp(t.text)).join(String.raw`\s*`), 'iu'))?.[0] ??
    subject.map((t) => t.text).join(' ');
  // An adjective or a determiner opening the sentence is lower case mid-note ("Total sales");
  // a noun is left as printed for the writer, who knows the article, to judge (opening-capitals.ts).
  // (Capitalized, any opening word reads as a name to the tagger: it is judged lower case.)
  const lowered = said.charAt(0).toLowerCase() + said.slice(1);
  const who = ['ADJ', 'ADV', 'DET', 'NUM'].includes(tagged(lowered)[0]?.pos ?? '') ? lowered : lowerOpening(said);
  return `how far ${who} ${m[1]!.toLowerCase() === 'down' ? 'fell' : 'rose'} from ${level.replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`;
}

/** What a percent measures in the shapes above, or ''. */
export function percentOfPhrase(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const fig = escapeRegExp(figure.replace(/%$/, ''));
  if (!new RegExp(`${fig}${PERCENT}`, 'iu').test(text)) return '';
  return percentFromLevel(text, fig) || percentBeforeNoun(text, fig);
}
