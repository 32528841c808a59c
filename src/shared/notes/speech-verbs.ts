/**
 * The verbs of saying, in one list: who a line comes from is read off them (attribution.ts), and
 * so are what a source said (said-news.ts), where it said it (speech-channel.ts), a credit closing
 * a line (status-news.ts) and where a reported clause opens (place-of-deed.ts). Those readers want
 * fewer of them (a credit tail is "said" or "reported", not "praised"), so each takes a narrower
 * view with `speechVerbs(...)`, which names only verbs from this list: a verb of saying added here
 * is one the house knows everywhere, and none is known in one reader and forgotten in another.
 *
 * A leaf module (it imports nothing): attribution.ts loads the rule files that use it, so the list
 * cannot live there without a circular import.
 */

/** Every verb the house reads as saying, past and present, with the phrases that say it. */
export const SPEECH_VERB_WORDS: readonly string[] = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'explained',
  'explains',
  'added',
  'adds',
  'noted',
  'notes',
  'wrote',
  'writes',
  'stated',
  'states',
  'argued',
  'argues',
  'warned',
  'warns',
  'urged',
  'urges',
  'characterized',
  'characterizes',
  'described',
  'describes',
  'criticized',
  'criticizes',
  'praised',
  'singled out',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'acknowledged',
  'admitted',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'denied',
  'denies',
  'tweeted',
  'testified',
  'recalled',
  'cautioned',
  'stressed',
  'emphasized',
  'pointed out',
  'responded',
  'replied',
  'countered',
  'predicted',
  'appealed',
  'thanked',
  'vowed',
  'pledged',
  'promised',
  'suggested',
  'maintained',
  'contended',
  'estimated',
  'disputed',
  'rejected',
  'dismissed',
  'welcomed',
  'condemned',
  'blamed',
  'accused',
  'defended',
  'conceded',
  'expressed',
  'declined',
  'questioned',
  'called',
  'asked',
  'told reporters',
  'wrote in',
  'posted',
  'shared',
  'released',
  'reiterated',
  'observed',
  'remarked',
  'conceded',
  'assured',
  'signaled',
  'hinted',
  'complained',
  'lamented',
  'joked',
  'predicted',
  'ruled',
  'found',
  'sentenced',
  'concluded',
  'reported',
  'reports',
];

/**
 * The whole list as a regex source, for finding the verb that attributes a line. It ends on the
 * participle of a breaking line ("AP reporting at 2:20 p.m. that …"), a verb of saying only before
 * what was reported.
 */
export const SPEECH_VERBS = SPEECH_VERB_WORDS.join('|') + '|' + String.raw`reporting(?=\s+(?:(?:at|as of)\s+[^,]{1,20}?\s+)?that\b)`;

/**
 * A narrower view of the list as a regex alternation, in the order given: `speechVerbs('said',
 * 'says')` → "said|says". A word not in the list is a mistake of the rule that asks for it, caught
 * when the module loads.
 */
export function speechVerbs(...words: string[]): string {
  const unknown = words.filter((w) => !SPEECH_VERB_WORDS.includes(w));
  if (unknown.length) throw new Error(`not a verb of saying in speech-verbs.ts: ${unknown.join(', ')}`);
  return words.join('|');
}

/**
 * The words up to the last verb of saying in a sentence and its "that", to cut off who said a
 * clause and keep what they said: "Police said that the road was shut" → "the road was shut". The
 * verbs are a view of the list; "told" takes the one it was told to ("told reporters"). One reading
 * for the figure readers (figures.ts, figure-clauses.ts, reached-figures.ts, counted-deeds.ts).
 */
export function upToSaying(...words: string[]): RegExp {
  const verbs = speechVerbs(...words)
    .split('|')
    .map((verb) => (verb === 'told' ? String.raw`told\s+\p{L}+` : verb));
  return new RegExp(String.raw`^.*\b(?:${verbs.join('|')})\s+(?:that\s+)?`, 'u');
}
