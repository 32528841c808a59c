/**
 * The last resort for a correction told by its claim ("incorrectly reported that the water from
 * Kessel carried the dye"): when the right fact cannot be built as a clause on the claim's subject
 * (claims.ts's rightFact gives nothing), it is told plainly — "It was Tarrow." — rather than left
 * out or built broken ("It water from Tarrow", review 15). Only a short value reads so: a name, a
 * figure or a date of at most four words; anything longer is a clause the plain form cannot carry.
 */
import { presentTense } from './edits';
import { isTitleWord } from './names';

/** "It was Tarrow" for the value put right, in the claim's tense; '' when the value is no short value. */
export function plainRightFact(claim: string, value: string): string {
  const right = value.trim().replace(/[,.;:]+$/, '');
  if (!right || right.split(/\s+/).length > 4 || !/^(?:the\s+)?[\p{Lu}\p{N}$€£]/u.test(right)) return '';
  // "It was Sheriff.": a title is no value a sentence can stand on; the title readers tell it.
  if (right.split(/\s+/).every((w) => isTitleWord(w))) return '';
  return `It ${presentTense(claim) ? 'is' : 'was'} ${right}`;
}
