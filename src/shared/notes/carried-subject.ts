/**
 * "Ms Okafor ordered the council to pay the costs. She adjourned the matter to March 3.": a "he" or
 * "she" opening a line most often carries on the subject of the sentence right before, and a court
 * or council story names that subject by surname, with other people a few sentences up. The reader
 * of one person in reach (pronoun-subject.ts) then found two and left the pronoun, so the note fell
 * to "Details on the matter." Here the pronoun is named by the sentence right before when that
 * sentence opens (after at most a short opening phrase) on one named person as the subject of its
 * verb ("Ms Okafor ordered …", "Upon his release, Dunmore will be …"), the article names that
 * person in full somewhere, no other person is named in that sentence, and nothing tells the person
 * by the other sex (an honorific, "Mr" for a "she", or the pronouns the article tells them by).
 * The person is named in full, as a note names someone a reader may not have met ("Ada Okafor"), by
 * names.ts' `surnameInFull`.
 */
import { looksLikeOrganization, nameRuns, personName, surnameInFull } from './names';
import { toldAs } from './pronoun-gender';
import { hasFiniteVerb, tagged } from './topics';

/** An opening phrase before the subject: a few words and a comma ("Upon his release,", "On Monday,"). */
const OPENING = /^([^,;:"“”]{2,40}),\s+/u;
/** The subject: an honorific or a title word, then a name of one to three capitalized words, then its verb in lower case. */
const NAMED_SUBJECT =
  /^(?:(Mr|Mrs|Ms|Miss|Dr|Judge|Justice|Magistrate|Sheriff|Mayor|Coach|Officer|Detective|Sgt|Lt|Capt|Gov|Sen|Rep)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?=\p{Ll})/u;
/** Honorifics that tell the person's sex. */
const HER = /^(?:Mrs|Ms|Miss)$/;
const HIS = /^Mr$/;

/** The person a line's opening "he" or "she" carries on from the sentence right before, named in full; '' when not plain. */
export function carriedSubject(nearest: string, line: string, pronoun: string, articleText: string): string {
  let text = nearest.trim();
  const opening = OPENING.exec(text);
  // (An opening phrase with a verb of its own is a clause, whose subject may be someone else.)
  if (opening && !hasFiniteVerb(opening[1]!)) text = text.slice(opening[0].length);
  const m = NAMED_SUBJECT.exec(text);
  if (!m) return '';
  const [, honorific = '', name] = m;
  // The subject's verb follows the name: "will be", "ordered", "has been".
  const next = tagged(text.slice(m[0].length))[0];
  if (!next || !['VERB', 'AUX'].includes(next.pos)) return '';
  const surname = name!.split(/\s+/).at(-1)!;
  // (A lone surname in full as the article prints it, never a headline's adjective run on before it: "Longtime Dunmore lawyer …".)
  const full = name!.includes(' ') ? personName(name!) : surnameInFull(surname, articleText);
  if (!full || full.split(/\s+/).length < 2 || looksLikeOrganization(full)) return '';
  // No one else named in that sentence: "Dunmore told Ada Reyes …. She …" could be either.
  const others = nameRuns(text.slice(m[0].length)).filter((r) => {
    const person = personName(r.text);
    return person && person.split(/\s+/).length >= 2 && !looksLikeOrganization(r.text) && !person.includes(surname);
  });
  if (others.length) return '';
  // (An honorific says the sex outright; without one, the pronouns the article tells the person by, this line aside.)
  const she = /^she$/i.test(pronoun);
  if (HIS.test(honorific) || HER.test(honorific)) return she === HER.test(honorific) ? full : '';
  const told = toldAs(full, line, articleText);
  return told && told !== (she ? 'she' : 'he') ? '' : full;
}
