/**
 * "Lopez struck out seven in five innings", "Police arrested 14 on Saturday", "The goalkeeper saved
 * 11 against Leeds": a figure standing alone as the object of a deed's verb counts what the verb
 * was done to, which the sentence does not name. The note asks it the way a desk would — "misstated
 * how many Maria Lopez struck out in five innings" — with the verb's subject (the clause's opening
 * noun phrase, or the name a "who" clause hangs on) and the first phrase after the figure ("in five
 * innings", "from the warehouse").
 * Verbs that give a figure no object — being, becoming, moving, saying, scoring a result ("turned
 * 40", "rose 12", "said 14 were hurt", "won 3-1") — never fire. '' when the sentence is no such shape.
 */
import { upToSaying } from './speech-verbs';
import { escapeRegExp } from './names';
import { isIrregularPast } from './past-forms';
import { bareWord, plainText } from './sentences';
import { tagged } from './topics';

/** Verbs whose figure is no count of things done to: a state, a move, a rank, a saying, a result. */
const NO_DEED =
  /^(?:is|was|were|are|be|been|being|am|became|become|becomes|turned|turns|turn|reached|reaches|hit|hits|topped|tops|totaled|totalled|totals|numbered|numbers|rose|rises|fell|falls|climbed|dropped|jumped|gained|grew|stood|stands|said|says|told|tells|called|calls|dialed|dialled|aged|finished|placed|ranked|went|came|seemed|looked|cost|costs|weighed|weighs|measured|measures|lasted|took|takes|ended|closed|opened|trailed|led|leads|won|wins|lost|loses|beat|increased|decreased|declined|doubled|tripled|slipped|slid|sank|soared|surged|plunged|tumbled|eased|edged|averaged|averages|shot|posted|scored|voted|passed|expects|expected|estimated|put|set|turning|born)$/i;

/** Words that may follow a counted object: a preposition or a join, never its noun. */
const NEXT =
  /^\s*(?:[,.;:!?)]|$|(?:in|on|at|for|against|during|over|before|after|as|while|when|and|but|to|from|with|by|since|this|last|across|through|under|inside|outside|near)\b)/;

const PREPOSITION = String.raw`(?:in|on|at|for|against|during|over|before|after|as|while|when|and|but|to|from|with|by|since|of|through|under)`;

/** The subject of the verb at the end of `before`: a "who" clause's name, or the clause's opening noun phrase. */
function subjectOf(before: string): string {
  // "Officials said the gunman shot …": the subject is after the verb of saying.
  const clause = before.replace(upToSaying('said', 'says', 'told', 'reported', 'added'), '');
  // "Danny Roe (1-0, 0.00), who allowed one hit and struck out …": the name the clause hangs on.
  const relative = /^(.*?)(?:,\s*|\s+)who\s+([^,]*)$/u.exec(clause);
  if (relative) {
    const name = /((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s*(?:\([^)]*\))?\s*$/u.exec(relative[1]!);
    return name && predicateChain(relative[2]!) ? name[1]! : '';
  }
  // "On Friday, Lopez struck out …": the clause after an opening phrase.
  const opened = clause.slice(clause.lastIndexOf(', ') >= 0 ? clause.lastIndexOf(', ') + 2 : 0);
  const m =
    /^((?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*|(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+(.*)$/u.exec(
      `${opened} `,
    );
  if (!m || /^(?:The|A|An|It|This|That|They|He|She|We|In|On|At|After|Before)$/.test(m[1]!)) return '';
  // The words between the subject and the verb: none, or a predicate joined by "and" ("allowed one hit and").
  if (!predicateChain(m[2]!)) return '';
  // A noun phrase only: its last word a noun or a name by wink-nlp's tags.
  const tags = tagged(m[1]!);
  return /^(?:NOUN|PROPN)$/.test(tags.at(-1)?.pos ?? '') ? m[1]! : '';
}

/** Empty, or a predicate of its own closed by "and" before the counting verb. */
function predicateChain(words: string): boolean {
  const rest = words.trim();
  if (!rest) return true;
  return /\band$/.test(rest) && !/[,;]/.test(rest) && tagged(rest).some((t) => t.pos === 'VERB');
}

export function countedDeed(sentence: string, figure: string): { subject: string; deed: string; past: boolean } | null {
  const text = plainText(sentence);
  const m = new RegExp(String.raw`(?<![\p{L}\p{N}$€£.,-])${escapeRegExp(figure)}(?![\p{L}\p{N}%-]|[.,]\d)`, 'u').exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length);
  if (!NEXT.test(after)) return null;
  const before = text.slice(0, m.index);
  const verb = /(?:^|\s)((?:(?:has|have|had)\s+)?)(\p{Ll}+)((?:\s+(?:out|up|off|down|away|back))?)\s+$/u.exec(before);
  if (!verb || NO_DEED.test(verb[2]!) || /ing$/.test(verb[2]!)) return null;
  // The verb read in its sentence: wink-nlp's tag on it must be a verb's.
  const head = before.slice(0, verb.index + verb[0].length).trimEnd();
  const tags = tagged(head);
  const at = tags.length - 1 - (verb[3] ? 1 : 0);
  if (tags[at]?.pos !== 'VERB') return null;
  const subject = subjectOf(before.slice(0, verb.index));
  if (!subject) return null;
  // "in five innings", "against Leeds": the first phrase after the figure, when it is short.
  const phrase = new RegExp(
    String.raw`^\s+((?:in|on|at|against|during|over|from)\s+(?:[\p{L}\d'’-]+\s+){0,2}?[\p{L}\d'’-]+)(?=\s+${PREPOSITION}\b|[,.;:]|$)`,
    'u',
  ).exec(after);
  const past = !!verb[1] || /ed$/.test(verb[2]!) || isIrregularPast(verb[2]!);
  const deed = `${verb[1]}${verb[2]}${verb[3]}${phrase ? ` ${phrase[1]}` : ''}`.replace(/\s+/g, ' ');
  return { subject, deed, past };
}

/** Verbs of bodily harm or of being driven out: a bare figure they take counts people. */
const HARM = /^(?:killed|injured|wounded|sickened|infected|hurt|displaced|evacuated|hospitali[sz]ed|stranded|poisoned|drowned)$/i;
/** Words that may stand between the verb and its figure: "killed at least 40". */
const HARM_HEDGE = /^(?:at|least|more|than|nearly|almost|about|around|some|roughly|over|an|estimated)$/i;
/** Auxiliaries and adverbs between the subject and the verb: "has now killed", "had so far injured". */
const HARM_AUX = /^(?:has|have|had|was|were|is|are|now|so|far|already|also|reportedly|since)$/i;
/** A subject the note cannot stand on alone. */
const HARM_PRONOUN = /^(?:it|they|he|she|we|this|that|which|who)$/i;

/**
 * A bare figure a verb of harm takes counts people ("The latest outbreak has killed 3,383 in three
 * countries", "the flooding injured 212 across the county"): copy leaves out "people", and a
 * correction names the count as newsrooms do, "the number of people killed by the latest outbreak".
 * Deeds done to things or by people to people (arrests, saves) are asked by `countedDeed` above.
 * '' when the figure is no such count.
 */
export function peopleHarmed(sentence: string, figure: string): string {
  const ws = plainText(sentence).split(/\s+/).filter(Boolean);
  const first = figure.split(/\s+/)[0]!;
  const at = ws.findIndex((w) => bareWord(w) === first);
  if (at < 1) return '';
  // The figure stands alone: what follows is a place, a time or the clause's end, never a noun.
  const after = bareWord(ws[at + figure.split(/\s+/).length] ?? '');
  const closes = /[,.;:]$/.test(ws[at + figure.split(/\s+/).length - 1] ?? '');
  if (!closes && after && !/^(?:in|across|on|at|since|during|this|last|so|and|throughout|around|near|from|over)$/i.test(after)) return '';
  let v = at - 1;
  while (v > 0 && HARM_HEDGE.test(bareWord(ws[v]!))) v--;
  const verb = bareWord(ws[v]!);
  if (!HARM.test(verb)) return '';
  // The subject: back over the auxiliaries to the clause's start (the sentence's, after a comma,
  // or after the verb that reports it: "officials said | the heat wave had …").
  let end = v;
  while (end > 0 && HARM_AUX.test(bareWord(ws[end - 1]!))) end--;
  let start = end;
  while (
    start > 0 &&
    !/[,;:]$/.test(ws[start - 1]!) &&
    !/^(?:that|and|but|as|said|says|say|told|reported|announced|confirmed|stated|added)$/i.test(bareWord(ws[start - 1]!))
  )
    start--;
  const subject = ws.slice(start, end).map(bareWord).join(' ');
  const n = end - start;
  if (n < 1 || n > 7 || HARM_PRONOUN.test(subject)) return '';
  // "The latest outbreak" → "the latest outbreak"; a name keeps its capital ("Police" is a common noun).
  const told = /^(?:The|A|An|This|Police|Officials|Authorities|Troops|Soldiers)\b/.test(subject)
    ? subject.charAt(0).toLowerCase() + subject.slice(1)
    : subject;
  return `the number of people ${verb.toLowerCase()} by ${told}`;
}
