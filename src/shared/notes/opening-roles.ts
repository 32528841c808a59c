/**
 * A role that opens its sentence before a name, put right ("Opening batsman Ben Foakes" → "Wicketkeeper
 * Ben Foakes"). The sentence's capital makes the role look like part of the name, so the edit was read
 * as another person named ("misidentified a person named in it, who is Wicketkeeper Ben Foakes"). A
 * capital that only opens the sentence (never printed capitalized inside a sentence of the article, and
 * an ordinary word, or read in lower case a describing word or a person noun: posts-told.ts) is lowered in both lines, and the role reader reads the person and both roles as it reads any
 * role before a name (roles-beside-names.ts): "misidentified Ben Foakes as an opening batsman. Foakes is
 * a wicketkeeper".
 */
import { isKnownWord } from './known-words';
import { capitalizedInside, capitalOnlyOpens } from './posts-told';
import { roleBesideName, type RoleBeside } from './roles-beside-names';
import { isWeightClass } from './weight-classes';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The person and both roles when the changed words open both lines; null otherwise. */
export function roleOpeningSentence(older: string, newer: string, before: string, after: string, article: string): RoleBeside | null {
  if (!before || !after || !older.startsWith(before) || !newer.startsWith(after)) return null;
  const [was, now] = [before.split(' ')[0]!, after.split(' ')[0]!];
  if (!/^\p{Lu}\p{Ll}+$/u.test(was) || !/^\p{Lu}\p{Ll}+$/u.test(now)) return null;
  // (An ordinary word, or one read as a describing word or a person noun, never printed capitalized mid-sentence.)
  // (A weight class no lexicon knows, "Bantamweight", is the fighter's class, weight-classes.ts.)
  const opens = (w: string) => capitalOnlyOpens(w, article) || ((isKnownWord(w) || isWeightClass(w)) && !capitalizedInside(w, article));
  if (!opens(now) || !opens(was)) return null;
  return roleBesideName(lowerFirst(older), lowerFirst(newer), lowerFirst(before), lowerFirst(after), article);
}
