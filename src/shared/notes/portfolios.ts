/**
 * The fields a minister, a secretary or a committee chair is put over: "Foreign", "Defence",
 * "Home", "Transport". Before a post they say which post it is ("Defence Minister", "Health
 * Secretary"), so a change of field is another post, and the note gives it whole and lower case as
 * AP does ("defence minister"), never the bare head ("minister"). A leaf module (it imports
 * nothing), so the title readers that load one another can all read it at start-up. US and UK
 * spellings both, and the usual cabinet and shadow-cabinet portfolios of English-language
 * governments. ("Prime" is no field, but it too says which minister: "deputy prime minister" is
 * not "deputy foreign minister".)
 */
const PORTFOLIOS = new Set(
  (
    'foreign defence defense home interior internal finance financial treasury economy economic economics ' +
    'trade commerce industry business enterprise energy environment environmental climate agriculture ' +
    'farming fisheries food forestry mines mining petroleum oil water health education schools universities ' +
    'justice legal transport transportation roads aviation housing communities culture arts tourism sport ' +
    'sports youth labour labor employment work works pensions welfare social security homeland immigration ' +
    'border borders intelligence veterans women equality equalities science technology innovation digital ' +
    'communications information media broadcasting planning infrastructure development budget revenue ' +
    'tax taxation trade investment cabinet constitutional local regional rural urban local-government ' +
    'foreign-affairs public disability children family families heritage prime'
  ).split(' '),
);

/** Words that may stand before a field in the same post: "shadow", "foreign affairs", "public works". */
const POST_BEFORE = new Set(['shadow', 'affairs', 'services', 'office']);

/** "Defence", "transport": a field a post is put over. */
export function isPortfolio(word: string): boolean {
  return PORTFOLIOS.has(word.toLowerCase());
}

/** "shadow", "affairs": words that sit among a post's fields without being one. */
export function isPortfolioLink(word: string): boolean {
  return POST_BEFORE.has(word.toLowerCase());
}

/**
 * A field named after its post's "of" is lower case in running text, as AP writes it, when the run
 * opens on a field word: "minister of Mines and Steel Development" → "minister of mines and steel
 * development", "Minister of Petroleum Resources" → "… petroleum resources". A run after "of" that
 * opens on no field ("president of Kenya") or after "of the" ("director of the Federal Bureau of
 * Investigation") is a name, kept as printed.
 */
export function fieldsAfterOf(words: string[]): string[] {
  const out = [...words];
  for (let k = 0; k < out.length - 1; k++) {
    if (out[k]!.toLowerCase() !== 'of' || !isPortfolio(out[k + 1]!)) continue;
    for (let j = k + 1; j < out.length && (/^\p{Lu}/u.test(out[j]!) || isPortfolio(out[j]!) || /^(?:and|&)$/.test(out[j]!)); j++)
      out[j] = out[j]!.toLowerCase();
  }
  return out;
}
