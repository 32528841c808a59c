/**
 * "VTsIOM said it polled 1,800 people": a clause reported after its speaker's verb opens on a
 * pronoun for that speaker, named right before the verb in the same sentence. The figure's clause
 * reader (value-clause.ts) tells the reported clause alone ("it polled 1,800 people") and looked for
 * the pronoun's referent only in the sentences before, so the correction fell back to "misstated the
 * number of people", which judges refuse for not saying whose count. The speaker is the referent:
 * "incorrectly reported that VTsIOM polled 1,800 people."
 *
 * Only "it", "he" or "she" (a plural "they" may be the speaker's people, not the speaker), only a
 * speaker named by capitals the article prints mid-sentence too (a name, never "Officials said"),
 * and only a clause that follows the verb at once or after "that".
 */
import { plainText } from './sentences';
import { readsAsName } from './names';
import { speechVerbs } from './speech-verbs';

const SAID = speechVerbs('said', 'says', 'told', 'reported', 'reports', 'announced', 'confirmed', 'stated');

/** The claim with its opening pronoun named by the speaker the sentence gives it; '' when none does. */
export function speakerSubject(claim: string, sentence: string, articleText: string): string {
  const pronoun = /^(it|he|she)\s+(.+)$/iu.exec(claim);
  if (!pronoun) return '';
  const rest = pronoun[2]!;
  const at = plainText(sentence).indexOf(`${pronoun[1]} ${rest}`);
  if (at < 0) return '';
  const before = plainText(sentence).slice(0, at);
  const m = new RegExp(`(?:^|[^\\p{L}'’])((?:\\p{Lu}[\\p{L}\\p{N}.&'’-]*\\s+){1,4})(?:${SAID})\\s+(?:that\\s+)?$`, 'u').exec(before);
  if (!m) return '';
  const speaker = m[1]!.trim();
  // (Every word a name the article prints mid-sentence: "Officials" opening a sentence is no speaker.)
  if (!speaker.split(/\s+/).every((w) => readsAsName(w.replace(/['’]s$|[.,]$/u, ''), articleText))) return '';
  return `${speaker} ${rest}`;
}
