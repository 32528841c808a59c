/**
 * A fraction said in words is a share: "Half of the town's residents lost power" → "the share of the
 * town's residents who lost power"; "a third of the loans went unpaid" → "the share of the loans that
 * went unpaid"; "two-thirds of voters" → "the share of voters". The group is the noun phrase after
 * "of" to its verb (wink-nlp's tags), the deed that verb and what follows it to the first preposition
 * or mark. '' when the fraction is no "of" phrase.
 */
import { plainText } from './sentences';
import { tagged } from './topics';

const FRACTION =
  /^(?:half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?|tenths?))$/i;
/** Plural nouns for people: the deed is told with "who" ("residents who lost power"). */
const PEOPLE = /^(?:people|children|men|women|staff|adults|voters)$|(?:ers|ors|ists|ians|ents|ees|ants|men|cans)$/i;

/** "the share of the town's residents who lost power" for "Half" in that sentence; ''. */
export function fractionShare(sentence: string, figure: string): string {
  if (!FRACTION.test(figure)) return '';
  const tags = tagged(plainText(sentence));
  const at = tags.findIndex((t) => t.lower === figure.toLowerCase());
  if (at < 0 || tags[at + 1]?.lower !== 'of') return '';
  const group: string[] = [];
  let k = at + 2;
  for (; k < tags.length && group.length < 6; k++) {
    const t = tags[k]!;
    if (['VERB', 'AUX', 'PUNCT', 'ADP', 'CCONJ', 'SCONJ'].includes(t.pos) && !/^['’]s$/.test(t.text)) break;
    group.push(t.text);
  }
  if (!group.length) return '';
  const noun = group.join(' ').replace(/\s+(['’]s?)(?=\s|$)/g, '$1');
  const deed: string[] = [];
  for (; k < tags.length && deed.length < 4; k++) {
    const t = tags[k]!;
    if (t.pos === 'PUNCT' || (deed.length && ['ADP', 'SCONJ', 'CCONJ'].includes(t.pos))) break;
    if (!deed.length && !['VERB', 'AUX'].includes(t.pos)) break;
    // (A time after the deed dates it, it is no part of what they did: "… went unpaid last year".)
    if (/^(?:said|says|told|last|next|this|yesterday|today|tonight|overnight)$/.test(t.lower)) break;
    deed.push(t.text);
  }
  // ("Half of voters said …": a verb of saying tells no deed of theirs.)
  if (!deed.length) return `the share of ${noun}`;
  const head = group.at(-1)!;
  return `the share of ${noun} ${PEOPLE.test(head) ? 'who' : 'that'} ${deed.join(' ')}`;
}
