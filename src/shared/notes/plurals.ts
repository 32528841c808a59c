/**
 * One or many, read from a noun's own shape: "son" / "sons", "bus" / "buses", "man" / "men". A
 * change of number is a fact (how many were hurt), and a pronoun or verb must agree with it.
 */

/** Plurals not made by adding -s or -es, by their singular ("policeman" / "policemen" ends the same way). */
const IRREGULAR_PLURAL: Record<string, string> = {
  man: 'men',
  woman: 'women',
  child: 'children',
  person: 'people',
  foot: 'feet',
  tooth: 'teeth',
  goose: 'geese',
  mouse: 'mice',
  ox: 'oxen',
};

/**
 * Is one word the other's plural: "son" / "sons", "bus" / "buses", "city" / "cities", "wife" /
 * "wives", "man" / "men", "chairwoman" / "chairwomen"? Either order.
 */
export function singularAndPlural(a: string, b: string): boolean {
  const pluralOf = (one: string, many: string) => {
    if (many === `${one}s` || many === `${one}es`) return true;
    if (/[^aeiou]y$/.test(one) && many === `${one.slice(0, -1)}ies`) return true;
    if (/(?:f|fe)$/.test(one) && many === `${one.replace(/fe?$/, '')}ves`) return true;
    return Object.entries(IRREGULAR_PLURAL).some(
      ([single, several]) => one.endsWith(single) && many === `${one.slice(0, one.length - single.length)}${several}`,
    );
  };
  return pluralOf(a, b) || pluralOf(b, a);
}

/**
 * Does this noun name many: "trucks", "cities", "men", "people"? A singular that ends in -s
 * ("bus", "campus", "crisis", "glass", "news") is one.
 */
export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  // "firemen", "chairwomen" end as "men" does; "omen" and "specimen" do not name many.
  if (Object.values(IRREGULAR_PLURAL).includes(w) || /[^aiou]men$/.test(w)) return true;
  return /[^su']s$/.test(w) && !/(?:ss|us|is|news)$/.test(w);
}

/** The plural of a singular noun, by its shape: "person" → "people", "city" → "cities", "bus" → "buses". */
export function pluralOf(noun: string): string {
  const w = noun.toLowerCase();
  const irregular = Object.entries(IRREGULAR_PLURAL).find(([single]) => w.endsWith(single));
  if (irregular) return `${w.slice(0, w.length - irregular[0].length)}${irregular[1]}`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return /(?:s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`;
}
