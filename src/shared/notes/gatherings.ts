/**
 * Gatherings a newsroom says are "held" somewhere: a party, a vigil, a hearing, a match. A place
 * set right after one of them ("a retirement dinner at the Grange Hotel") is that gathering's
 * venue, not where the clause's subject went or stood, so a note says "where the retirement
 * dinner was held". Words that also name standing things ("a bus service", "the sale", "the
 * race for mayor") are left out: a wrong "was held" is worse than none. A leaf module (it imports
 * nothing) so any reader can load it at start-up.
 */
export const GATHERING_NOUNS =
  'party|dinner|lunch|luncheon|breakfast|banquet|reception|gala|dance|wedding|funeral|memorial|vigil|wake|ceremony|celebration|festival|fair|carnival|parade|march|rally|protest|demonstration|meeting|hearing|session|conference|convention|summit|forum|debate|briefing|lecture|seminar|workshop|exhibition|exhibit|show|concert|gig|performance|screening|premiere|auction|fundraiser|game|match|tournament|trial|inquest|reunion|gathering|event';

/** A service is a gathering when a word says which kind ("a memorial service"), not "a bus service". */
const SERVICES = String.raw`(?:memorial|funeral|church|remembrance|thanksgiving|prayer|carol|commemorative|interfaith|wedding)\s+service`;

/** One gathering noun, whole word, as a regex source. */
export const GATHERING = String.raw`(?:${SERVICES}|${GATHERING_NOUNS})`;

/**
 * "party" is a gathering only with a word that makes it one ("an engagement party", "a leaving
 * party"); "the ruling party in Kenya" is a body, not an event.
 */
export const PARTY_GATHERING =
  /\b(?:birthday|engagement|retirement|house|office|garden|pool|street|block|dinner|holiday|christmas|new year's|launch|leaving|farewell|hen|stag|costume|wedding|graduation|watch|cocktail|tea|pizza|going-away|welcome|victory|surprise|anniversary|fancy-dress)\s+party$/;
