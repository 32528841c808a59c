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
