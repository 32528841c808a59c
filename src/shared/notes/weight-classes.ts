/**
 * A fighter's weight class is the post a boxing, MMA or wrestling story sets before the name
 * ("bantamweight Ana Ruiz", "junior welterweight Tom Hale"): a role put right like a player's
 * position, never a given name. The class words end in "weight", which no person-noun suffix reads
 * ("-er", "-ist"), and a class opening its sentence ("Flyweight Ana Ruiz improved to 4-0") is a word
 * no lexicon knows, so the role readers took it for part of the name: "misidentified a person named
 * in it, who is Flyweight Ana Ruiz". Read here, the role reader tells "misidentified Ana Ruiz as a
 * flyweight. Ruiz is a bantamweight".
 */

/** The classes of the ring, with the divisions between them ("light heavyweight", "super-middleweight"). */
const CLASS =
  /^(?:(?:junior|super|light|mini|minimum)[- ]?)?(?:straw|atom|fly|bantam|feather|light|welter|middle|cruiser|bridger|heavy|paper)weight$/i;

/** Is the word a weight class ("bantamweight", "super-welterweight", "Heavyweight")? */
export function isWeightClass(word: string): boolean {
  return CLASS.test(word.replace(/[.,]+$/, ''));
}
