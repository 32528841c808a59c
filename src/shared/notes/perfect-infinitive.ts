/**
 * "claimed to have struck", "is believed to have died", "appears to have been": "to have" before a
 * past participle is a perfect infinitive, whole newsroom grammar, not a preposition run into a
 * function word ("details on have"). The participle: "been", a regular "-ed", or a common
 * irregular one; "to have a say" or a bare "to have" is left to the grammar check.
 */
const PARTICIPLE =
  /^(?:been|\p{Ll}{2,}ed|(?:struck|taken|given|seen|done|made|won|lost|left|led|fled|shot|hit|sent|spent|built|bought|caught|fought|sought|brought|thought|told|sold|held|kept|met|paid|run|begun|broken|chosen|driven|eaten|fallen|flown|forgotten|frozen|gotten|grown|hidden|known|ridden|risen|shaken|spoken|stolen|sworn|thrown|woken|written|drawn|withdrawn|overseen|undertaken))$/u;

/** Is the "to have" at `at` in the sentence a perfect infinitive ("to have struck")? */
export function isPerfectInfinitive(sentence: string, at: number): boolean {
  const m = /^to\s+have\s+([\p{L}-]+)/iu.exec(sentence.slice(at));
  return !!m && PARTICIPLE.test(m[1]!.toLowerCase());
}
