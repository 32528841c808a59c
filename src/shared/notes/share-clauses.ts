/**
 * "About 62% of students at the school qualify for free lunch" → "the share of students at the
 * school who qualify for free lunch": a share whose group is followed by where it is, or whose verb
 * is in the present, is told with the place and the verb, read by structure (wink-nlp's tags): the
 * group is the words after "of" to the first verb (a place phrase inside it kept), the deed that verb
 * and its object to the clause's end. Without it the note said only "the share of students", which
 * names no fact. '' when the words after "of" are no such clause (a verb of saying or being, a
 * clause too long to restate).
 */
import { tagged } from './topics';

const NO_DEED = /^(?:is|are|was|were|be|been|has|have|had|say|says|said|think|thinks|believe|believes)$/;

/** The share told with its group's place and its verb, from the words right after "of"; or ''. */
export function shareWithClause(afterOf: string): string {
  const tags = tagged(afterOf);
  // ("voters in the county favor the measure": a word the tagger reads as a noun, between a noun and
  // a determiner, is the verb.)
  const verb = tags.findIndex(
    (t, k) => t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NOUN' && tags[k - 1]?.pos === 'NOUN' && tags[k + 1]?.pos === 'DET'),
  );
  if (verb < 1 || verb > 7 || NO_DEED.test(tags[verb]!.lower) || /ing$/.test(tags[verb]!.lower)) return '';
  const group = tags.slice(0, verb);
  if (group.some((t) => t.pos === 'PUNCT' || t.pos === 'VERB') || group.at(-1)!.pos !== 'NOUN') return '';
  const deed: string[] = [tags[verb]!.text];
  for (const t of tags.slice(verb + 1)) {
    // (A hyphen joins a compound, "reduced-price": only a stop, a comma or a dash ends the clause.)
    if ((t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'SCONJ') break;
    deed.push(t.text);
  }
  // (A clause cut mid-way on a joining word reads as broken: it ends on its last noun.)
  while (deed.length > 1 && ['ADP', 'CCONJ', 'DET', 'PART', 'ADJ', 'PUNCT', 'SCONJ'].includes(tagged(deed.join(' ')).at(-1)!.pos))
    deed.pop();
  // (A deed too long to restate is left out: eight words at most, a hyphened compound one.)
  if (deed.filter((w) => w !== '-').length > 8) return '';
  const words = (ts: { text: string }[]) =>
    ts
      .map((t) => t.text)
      .join(' ')
      .replace(/\s+(['’]s?)\b/g, '$1')
      .replace(/\s+-\s+/g, '-');
  return `the share of ${words(group)} who ${deed.join(' ').replace(/\s+-\s+/g, '-')}`;
}
