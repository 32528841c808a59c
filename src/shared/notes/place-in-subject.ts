/**
 * A place set inside the subject of a clause, between its noun and its verb ("… after an Uber
 * self-driving vehicle in Tempe landed on its side", "when a bus from Leeds crashed"), is where that
 * subject did its deed: "misstated where an Uber self-driving vehicle landed on its side", never the
 * main clause's deed ("where Uber briefly pulled", review 19). Only a subject that opens its clause
 * (after a subordinator or at the sentence's start) and a verb right after the place; the
 * deed is told to the next comma, at most six words after the verb. Null otherwise.
 */
import { escapeRegExp } from './names';
import { modifies, tagged } from './topics';
import { isIrregularPast } from './past-forms';
import { speechVerbs } from './speech-verbs';

const SAYING = new RegExp(`^(?:${speechVerbs('said', 'says', 'told', 'tells', 'reported', 'announced', 'added')})$`);

export interface PlaceInSubject {
  what: string;
  past: boolean;
}

export function placeInSubject(sentence: string, place: string): PlaceInSubject | null {
  const m = new RegExp(
    String.raw`(?:^|\b(?:after|before|when|while|as|because|since|until|where|and|but)\s+)((?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s+(?:in|at|from|near|outside)\s+(?:the\s+)?${escapeRegExp(place)}\s+(\p{Ll}+)\b([^,;:.]*)`,
    'u',
  ).exec(sentence);
  // ("a statement from the airport said": a verb of saying is no deed done at the place.)
  if (!m || SAYING.test(m[2]!)) return null;
  const subject = tagged(m[1]!);
  const tail = tagged(`${m[2]}${m[3]}`);
  if (
    subject.at(-1)?.pos !== 'NOUN' ||
    subject.some((t, k) => t.pos === 'AUX' || (t.pos === 'VERB' && !modifies(subject, k))) ||
    tail[0]?.pos !== 'VERB'
  )
    return null;
  const deed = `${m[2]}${m[3]}`.trim().split(/\s+/);
  if (deed.length > 7) return null;
  return {
    what: `where ${m[1]!.replace(/^(?:An?|The)\s/, (d) => d.toLowerCase())} ${deed.join(' ')}`,
    past: /ed$/.test(m[2]!) || isIrregularPast(m[2]!),
  };
}
