/**
 * A figure a measure moves to ("the jobless rate fell to 3.9 percent", "It sees unemployment
 * falling to 4.5 percent next year"): the figure is the level of what moved, and when a forecast
 * verb governs it, the forecast for it — "misstated the forecast for unemployment next year", not
 * "misstated a figure". Review 12a found the bare "a figure" on real copy. The noun phrase is read
 * back from the verb (a determiner, adjectives and nouns by wink-nlp's tags, its last word a noun).
 */
import { plainText } from './sentences';
import { tagged } from './topics';
import { hedges } from './hedge-words';

/** Verbs of a level moving, in every form copy gives them before "to". */
const MOVED =
  /^(?:falls?|falling|fell|fallen|rises?|rising|rose|risen|drops?|dropping|dropped|climbs?|climbing|climbed|eases?|easing|eased|declines?|declining|declined|increases?|increasing|increased|slips?|slipping|slipped|reach(?:es)?|reaching|reached|grows?|growing|grew|grown|shrinks?|shrinking|shrank|edges?|edging|edged)$/i;
/** Verbs that forecast the move ("sees", "expects"), with the one who forecasts before them. */
const FORECAST =
  /^(?:sees?|saw|seeing|expects?|expected|expecting|projects?|projected|forecasts?|forecast|predicts?|predicted|estimates?|estimated)$/i;
const DETERMINER = /^(?:the|its|their|his|her|our)$/i;
/** Hedges between "to" and the figure. */
const HEDGE = new RegExp(`^(?:${hedges('about', 'nearly', 'almost', 'roughly', 'around', 'just', 'only')})$`, 'i');

/** A time the moved level is told for, right after the figure and its unit ("next year", "in 2027"). */
const WHEN = /^\s*(?:percent|per cent|%)?\s*((?:next|this|last)\s+(?:year|month|quarter|week)|(?:in|by)\s+\d{4})\b/i;

export function movedLevel(sentence: string, figure: string): string {
  const text = plainText(sentence);
  const at = text.indexOf(figure);
  // A rate or a share: other figures a thing moves to ("rose to 21 feet") are measures.ts's.
  if (at < 0 || !(/%$/.test(figure) || /^\s*(?:percent|per cent|%)/i.test(text.slice(at + figure.length)))) return '';
  const ws = text.slice(0, at).trim().split(/\s+/);
  while (ws.length && HEDGE.test(ws.at(-1)!)) ws.pop();
  if (ws.pop()?.toLowerCase() !== 'to' || !MOVED.test(ws.at(-1) ?? '')) return '';
  ws.pop();
  // "is expected to fall to": the passive forecast stands between the phrase and its verb.
  let forecast = false;
  if (ws.at(-1)?.toLowerCase() === 'to' && FORECAST.test(ws.at(-2) ?? '')) {
    ws.splice(-2);
    forecast = true;
  }
  if (/^(?:is|are|was|were|be|been)$/i.test(ws.at(-1) ?? '')) ws.pop();
  // The noun phrase, read back from the verb: three words at most; a determiner or a forecast verb closes it.
  const phrase: string[] = [];
  const open = (w: string) => /^\p{Ll}[\p{Ll}'’-]*$/u.test(w) && !DETERMINER.test(w) && !FORECAST.test(w);
  while (ws.length && phrase.length < 3 && open(ws.at(-1)!)) phrase.unshift(ws.pop()!);
  // "Unemployment rose to 5.2 percent", "Bond yields …": a common word opening the sentence is read lower case.
  if (phrase.length < 3 && ws.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(ws[0]!) && !DETERMINER.test(ws[0]!))
    phrase.unshift(ws.pop()!.toLowerCase());
  if (!phrase.length) return '';
  const determiner = DETERMINER.test(ws.at(-1) ?? '') ? ws.pop()!.toLowerCase() : '';
  const tags = tagged(phrase.join(' '));
  // Nouns and adjectives only, ending on a noun: "the jobless rate", "unemployment".
  if (tags.at(-1)?.pos !== 'NOUN' || tags.some((t) => !['NOUN', 'ADJ'].includes(t.pos))) return '';
  // A phrase with no determiner must open the sentence or follow its forecast verb: else it may be cut from a longer one.
  if (!determiner && ws.length && !FORECAST.test(ws.at(-1)!)) return '';
  const what = determiner ? `${determiner} ${phrase.join(' ')}` : phrase.join(' ');
  if (forecast || FORECAST.test(ws.at(-1) ?? '')) {
    const when = WHEN.exec(text.slice(at + figure.length))?.[1] ?? '';
    return `the forecast for ${what}${when ? ` ${when}` : ''}`;
  }
  return determiner ? what : `the level of ${what}`;
}
