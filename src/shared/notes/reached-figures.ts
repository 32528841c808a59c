/**
 * A figure a running total has passed or reached ("The sum raised has now passed $40,000", "the
 * death toll has risen to 31"): what was wrong is the total, named by the subject, and the right
 * fact keeps the verb — "It has passed $48,000, not $40,000" — for "It is $48,000" would say the
 * total stands at that sum when the copy says only that it went past it. standingMeasure in
 * figures.ts reads the plain copula ("the county's debt is …"); this reads the verbs of a threshold
 * and a subject cut by a participle ("the amount donated"), which review 15 found told as
 * "a figure" with the whole old sentence copied after it.
 */
import { upToSaying } from './speech-verbs';
import { plainText } from './sentences';
import { tagged } from './topics';

export interface ReachedFigure {
  /** "the amount donated". */
  what: string;
  /** "It has passed", "They have risen to". */
  verb: string;
  past: boolean;
}

/** Verbs of a total going past or to a figure, with "to" where the verb takes it. */
const THRESHOLD = String.raw`(?:passed|reached|topped|exceeded|surpassed|hit|crossed|broken|broke|cleared|(?:risen|rose|climbed|grown|grew|jumped|fallen|fell|dropped|slipped|increased|decreased|swelled|swollen)\s+to)`;
/** Nouns that name a running total or a sum: what can pass or reach a figure. */
const TOTAL =
  /^(?:amount|amounts|sum|sums|total|totals|toll|tally|count|number|cost|costs|bill|price|value|figure|donations|pledges|funds|fund|fundraiser|appeal|debt|deficit|losses|sales|revenue|turnout|attendance|crowd|cases|population|balance|jackpot|bid|offer|reward|fine|budget|spending|payout|prize|fee|fees|damages|bail|signatures|petition|membership|enrolment|enrollment|subscribers|followers|views|downloads|votes|lead|deaths|infections|arrests|claims|complaints|applications|bookings|orders|visitors|rainfall|temperature|level|levels|rate|index|score|pot|kitty|collection|campaign)$/;
const HEDGE = String.raw`(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+|around\s+|some\s+|over\s+)?`;

/** The total and its verb when `figure` is what a total passed or reached in `sentence`; null otherwise. */
export function reachedFigure(sentence: string, figure: string): ReachedFigure | null {
  const text = plainText(sentence);
  const at = text.indexOf(figure.split(/\s+/)[0]!);
  if (at < 0) return null;
  // Who said it is not the total: "Organisers said the sum raised has …".
  const before = text
    .slice(0, at)
    .replace(/[$€£]$/, '')
    .replace(upToSaying('said', 'says', 'told', 'reported', 'announced'), '');
  const m = new RegExp(
    String.raw`^((?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{Ll}-]+)\s+(has|have|had)?\s*(?:(?:now|already|so far|since|just)\s+)*(${THRESHOLD})\s+${HEDGE}$`,
    'u',
  ).exec(before);
  if (!m) return null;
  const tags = tagged(m[1]!);
  // A noun phrase: nouns ("the death toll"), then at most a participle that says which ("the amount
  // donated", "the sum raised"); its head a noun of quantity, for "the team passed 40 yards" is no total.
  let head = tags.findIndex((t) => t.pos === 'NOUN');
  if (head < 1) return null;
  while (tags[head + 1]?.pos === 'NOUN') head++;
  // ("the sum collected for the shelter": a participle, then at most a phrase that says for what.)
  const tail = tags.slice(head + 1);
  const which =
    tail.length === 0 ||
    (/(?:ed|en)$/.test(tail[0]!.text) && tail.slice(1).every((t) => ['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN'].includes(t.pos)));
  if (!which || tail.length > 5 || tags.slice(0, head).some((t) => ['VERB', 'AUX'].includes(t.pos))) return null;
  if (!TOTAL.test(tags[head]!.lower)) return null;
  const plural = m[2] === 'have' || (!m[2] && /s$/.test(tags[head]!.text) && tail.length === 0);
  const aux = m[2] ? `${m[2]} ` : '';
  const verb = m[3]!.replace(/\s+/g, ' ');
  return {
    what: m[1]!.replace(/^The\s/, 'the ').replace(/^(?:Its|Their|His|Her)\s/, (w) => w.toLowerCase()),
    verb: `${plural ? 'They' : 'It'} ${aux}${verb}`,
    past: m[2] !== 'has' && m[2] !== 'have',
  };
}
