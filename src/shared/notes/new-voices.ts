/**
 * "Additional comments from Commissioner David Sharpe": the house credits remarks a revision added
 * as "additional comments from …", and "additional" says the speaker was heard before. For a voice
 * the earlier version never named, that is false (judges refused it: "'Additional' is misleading —
 * she was not quoted in the earlier version"). A voice is new when the earlier version names none of
 * the words that call it (its capitalized words, a possessive's "'s" aside; a body's common noun,
 * "police", "the agency", when the old text never uses it); the credit then reads "comments from …".
 */
import { mentions } from './names';

/** Words that name a source: its capitals ("Sharpe", "SIU"), or its last word when it has none ("police", "agency"). */
function callingWords(name: string): string[] {
  const words = name
    .split(/\s+/)
    .map((w) => w.replace(/['’]s?$/, '').replace(/[.,;:]+$/, ''))
    .filter(Boolean);
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w));
  return capitals.length ? capitals.slice(-1) : words.slice(-1);
}

/** True when the earlier version names none of the sources: each is heard for the first time. */
export function allVoicesNew(names: string[], olderText: string): boolean {
  // ("police" is named by "Police" opening a sentence too.)
  const named = (w: string) => mentions(olderText, w) || mentions(olderText, w.charAt(0).toUpperCase() + w.slice(1));
  return names.length > 0 && names.every((name) => callingWords(name).every((w) => !named(w)));
}

/** The comments credit as the template gives it, without its "additional" when every voice is new. */
export function commentsCredit(template: string, names: string[], olderText: string): string {
  return allVoicesNew(names, olderText) ? template.replace(/^additional\s+/i, '') : template;
}
