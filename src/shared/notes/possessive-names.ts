/**
 * A body named with its owner's possessive — "Varnland's Port Authority", "Ohio's Health
 * Department" — already has its determiner: the possessive stands where "the" would, so prose
 * never writes "the Varnland's Port Authority".
 */

/** Whether `name` opens on a proper noun's possessive ("Varnland's …", "Harris'"). */
export function opensOnPossessive(name: string): boolean {
  return /^\p{Lu}[\p{L}.-]*(?:['’]s|s['’])\s+\S/u.test(name.trim());
}
