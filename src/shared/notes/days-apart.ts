/**
 * A span between two events put right ("comes two days after her friend died" → "a day after"):
 * the note says which event was when, not "a detail about" the story. A news peg ("X's death
 * comes a day after Y died") dates the earlier event by the later one: "misstated when Y died. It
 * was a day before X's death, not two days before." Any other verb dates its own clause by the
 * anchor: "misstated when the council voted. It was a week after the hearing, not two weeks after."
 */
import { lowerOpening } from './names';
import { plainText } from './sentences';
import { tagged } from './topics';
import { SPELLED_CARDINAL } from '../text/numbers';

const SPAN = String.raw`(?:an?|${SPELLED_CARDINAL}|\d+|several|a few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)`;
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;
// ("Tomas Reyl drowned off the point": the tagger may read a past tense after a name as an adjective.)
const hasVerb = (clause: string) =>
  tagged(clause).some(
    (t, k, all) => t.pos === 'VERB' || t.pos === 'AUX' || (/ed$/.test(t.lower) && ['PROPN', 'NOUN'].includes(all[k - 1]?.pos ?? '')),
  );

/** "her friend Ada Kell, also 24, died in the storm" → "Ada Kell died in the storm". */
function anchorClause(text: string): string {
  let clause = text
    .replace(/[.!?"”]+$/, '')
    .split(/;|\s[—–-]\s/)[0]!
    .replace(/,\s+(?:also\s+)?[^,]+,\s+/, ' ')
    .replace(/,.*$/, '')
    .replace(/^(?:his|her|their|its)\s+(?:\p{Ll}+\s+){1,2}(?=\p{Lu})/u, '')
    .trim();
  // "… died from the same incident in the riverside town of X": its last places go first.
  while (wordsOf(clause) > 8 && / (?:in|at|near|on|from|outside) [^ ]+(?: [^ ]+)*$/.test(clause)) {
    const cut = clause.replace(/ (?:in|at|near|on|from|outside) (?:(?! (?:in|at|near|on|from|outside) ).)+$/, '');
    if (cut === clause) break;
    clause = cut;
  }
  return clause;
}

/** The subject of a clause: its words before the first verb. */
function subjectOf(clause: string): string {
  const words = clause.split(/\s+/);
  const tokens = tagged(clause);
  const at = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (at <= 0) return '';
  const k = words.findIndex((w) => w.replace(/[,.;:]$/, '') === tokens[at]!.text);
  return k > 0 ? words.slice(0, k).join(' ') : '';
}

/** The corrected span told by the events it lies between; null when the sentence names them not. */
export function daysApart(sentence: string, before: string, after: string, articleText = ''): string | null {
  const spanned = new RegExp(`^${SPAN}$`, 'i');
  const line = plainText(sentence).replace(/\s+/g, ' ').trim();
  // "three" → "two" before "days": the span is the figure with its unit, each in its number.
  const unit = new RegExp(`(?:^|\\s)${after.trim()}\\s+(minutes?|hours?|days?|weeks?|months?|years?)\\b`, 'i').exec(line)?.[1];
  if (unit && !/\s/.test(after.trim()) && !/\s/.test(before.trim())) {
    const one = (n: string) => /^(?:an?|one)$/i.test(n);
    const singular = unit.replace(/s$/, '');
    before = `${before.trim()} ${one(before.trim()) ? singular : `${singular}s`}`;
    after = `${after.trim()} ${unit}`;
  }
  if (!spanned.test(before.trim()) || !spanned.test(after.trim())) return null;
  const m = new RegExp(
    `^(.*?)\\s+${after.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(after|before|earlier than|later than)\\s+(.+)$`,
    'i',
  ).exec(line);
  if (!m) return null;
  const [, lead, prep, rest] = m as unknown as [string, string, string, string];
  const anchor = anchorClause(rest);
  if (!anchor || wordsOf(anchor) > 10) return null;
  const flip = /^after$/i.test(prep) ? 'before' : /^before$/i.test(prep) ? 'after' : '';
  // "X's death … comes a day after Y died": the news is dated by the earlier event.
  const peg = /^(.*?)(?:\s+and)?\s+(?:comes|came|come)$/i.exec(lead);
  if (peg && flip) {
    // "The 19-year-old's death in a hospital": the event, without where it happened.
    // ("The game comes two days after …": a subject with no verb of its own is the event itself.)
    const subject = (hasVerb(peg[1]!) ? subjectOf(peg[1]!) : peg[1]!).replace(/\s+(?:in|at|on|near|from)\s.*$/, '');
    if (!subject || wordsOf(subject) > 5 || !hasVerb(anchor)) return null;
    return `misstated when ${lowerOpening(anchor, articleText)}. It was ${after} ${flip} ${lowerOpening(subject, articleText)}, not ${before}`;
  }
  const event = lead.replace(/,\s*$/, '');
  if (wordsOf(event) > 12 || event.includes(',') || !hasVerb(event) || wordsOf(anchor) > 8) return null;
  return `misstated when ${lowerOpening(event, articleText)}. It was ${after} ${prep} ${lowerOpening(anchor, articleText)}, not ${before}`;
}
