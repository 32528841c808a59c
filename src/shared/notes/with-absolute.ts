/**
 * "Two new clinics are being built near the town, with others under way in Calloway": a clause
 * hung on "with" tells a state of its own noun ("others are under way"), and a place at its end
 * is where that state holds, not where the main clause's verb happened. "Others", "more" and
 * "another" stand for the main clause's subject noun, so the note names it: "misstated where
 * other clinics are under way". The state is a participle ("planned", "expected", "injured") or
 * a phrase of progress ("under way", "under construction", "in the works"); the tense is the main
 * clause's. A "with" that is a preposition of company ("landed with two engineers") has no comma
 * no state after its noun, and is left alone; the comma before "with" may be left out.
 */
import { isPluralNoun } from './plurals';
import { presentTense } from './edits';
import { tagged } from './topics';
import { SPELLED_PLURAL_CARDINAL } from '../text/numbers';

/** States a thing can be in, told after its noun in such a clause. */
const STATE =
  'under way|underway|under construction|in progress|in the works|on the way|in place|planned|proposed|expected|scheduled|reported|pending|due|injured|wounded|killed|hurt|missing|stranded|affected|closed|open';

/** A noun phrase counted as more than one: "seven clinics", "several clinics" (the one spelled-number table, as above). */
const COUNTED = new RegExp(`^(?:${SPELLED_PLURAL_CARDINAL}|some|several|many|more|\\d+)\\b`);

/** Words that stand for the main clause's noun: "others" → "other clinics". */
const STAND_IN: Record<string, string> = { others: 'other', more: 'more', several: 'several other', many: 'many other' };

/** "where other clinics are under way" from `lead` (the sentence up to the place's preposition); null when it holds no such clause. */
export function withClauseOfPlace(lead: string): { clause: string; past: boolean } | null {
  const m = new RegExp(
    `^(.*\\S),?\\s+with\\s+((?:(?:the|a|an|${SPELLED_PLURAL_CARDINAL}|some|several|many|more|\\d+)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+)\\s+(?:(?:still|now|also|reportedly|already)\\s+)?(${STATE})\\s*$`,
    'u',
  ).exec(lead.trim());
  if (!m) return null;
  const main = m[1]!.replace(/,$/, '');
  const words = m[2]!.split(/\s+/);
  const mainTokens = tagged(main);
  const verb = mainTokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb < 1) return null;
  const past = !presentTense(main);
  let noun = m[2]!;
  const stand = STAND_IN[words.at(-1)!.toLowerCase()];
  if (stand) {
    // The main clause's subject noun: the last noun before its verb ("Two new clinics are …").
    const head = mainTokens
      .slice(0, verb)
      .filter((t) => t.pos === 'NOUN')
      .at(-1);
    if (!head || !isPluralNoun(head.text)) return null;
    noun = [...words.slice(0, -1), stand, head.lower].join(' ');
  } else if (tagged(noun).at(-1)?.pos !== 'NOUN') return null;
  const plural = isPluralNoun(noun.split(' ').at(-1)!) || COUNTED.test(noun);
  const be = plural ? (past ? 'were' : 'are') : past ? 'was' : 'is';
  return { clause: `${noun.replace(/^(?:a|an)\s/, 'the ')} ${be} ${m[3]}`, past };
}
