/**
 * A group named as a plural name ("The Houthis have been …", "The Kestrels beat …"): "the" and
 * one capitalized word ending in "s", then a verb that agrees with many ("have", "were", "are").
 * It is the "they" of the sentence right after; a singular verb ("The Times has …") is a
 * company or a paper, never "they".
 */
const PLURAL_NAME = /^The\s+(\p{Lu}\p{Ll}+s)\s+(?:have|were|are)\b/u;

/** "the Houthis" from "The Houthis have been …"; '' when the sentence opens otherwise. */
export function pluralName(sentence: string): string {
  const m = PLURAL_NAME.exec(sentence.trim());
  return m ? `the ${m[1]}` : '';
}
