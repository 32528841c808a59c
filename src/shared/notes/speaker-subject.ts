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
 * only a clause that follows the verb at once or after "that", and only a pronoun that agrees with the
 * speaker (`pronounOfSpeaker`): "Ann Roe said it cost $5 million" is no "Ann Roe cost $5 million".
 */
import { plainText } from './sentences';
import { looksLikeCompany, looksLikeOrganization, personName, readsAsName } from './names';
import { speechVerbs } from './speech-verbs';

const SAID = speechVerbs('said', 'says', 'told', 'reported', 'reports', 'announced', 'confirmed', 'stated');

/**
 * Is a reported clause's opening pronoun its own speaker's? "it" for a body ("the Bank of Ghana",
 * "NASA", "VTsIOM", "Acme Corp"), "they" for a plural ("officials", "police"), "he" or "she" for a
 * person named by capitals alone ("Davis", "Brett Davis"), never a body. A "he" after "police said"
 * is someone else, whom no credit names. (One home: ranked-news.ts asks it too.)
 */
export function pronounOfSpeaker(pronoun: string, speaker: string): boolean {
  const words = speaker.replace(/^the\s+/i, '').split(/\s+/);
  const last = words.at(-1) ?? '';
  // (A body by its article, its acronym — "NASA", "VTsIOM": three capitals in one word, never "McCain" —
  // or, named by capitals, its name's last word: "Acme Corp", "Tarn Polling Group"; "police" stays plural.)
  const body =
    /^the\s/i.test(speaker) ||
    /^(?:\p{Lu}{2,}|(?:\p{Ll}*\p{Lu}){3,}\p{Ll}*)$/u.test(speaker) ||
    (/^\p{Lu}/u.test(speaker) && (looksLikeOrganization(speaker) || looksLikeCompany(speaker)));
  const plural = /^police$/i.test(last) || (/[^s]s$/.test(last) && /^\p{Ll}/u.test(last));
  const person = !body && !plural && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w));
  return pronoun === 'it' ? body : pronoun === 'they' ? plural : /^(?:he|she)$/.test(pronoun) && person;
}

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
  // (The pronoun agrees with the speaker, read without a title before the name: "Police Chief Ann Roe" is "she".)
  if (!pronounOfSpeaker(pronoun[1]!.toLowerCase(), personName(speaker) || speaker)) return '';
  return `${speaker} ${rest}`;
}
