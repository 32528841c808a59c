/**
 * "Police Scotland held a press conference", "Transport Scotland said", "Fire Rescue Victoria
 * crews": a capital opening a clause that runs straight into another capitalized word is the start
 * of a name, though the word alone is common ("police said"). Lowering it ("police Scotland")
 * broke the name. A day or a month after it names no one ("Voters Tuesday approved …"), nor does
 * a word only capitalized to open a sentence.
 */
export const DAY_OR_MONTH =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b/;

/**
 * Does the clause open on two capitalized words in a row, and no third, the second no day or
 * month? A third ("Challenger Cal Brenner", "Police Chief Ada Moss") is a word describing a
 * person named after it, which the note lowers as before.
 */
export function opensNameRun(clause: string): boolean {
  const m = /^\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}+)(?=[\s,;:]+\p{Ll}|[.,;:]?$)/u.exec(clause);
  return !!m && !DAY_OR_MONTH.test(m[1]!);
}
