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
import { escapeRegExp } from './names';
import { plainText } from './sentences';
import { tagged } from './topics';

/** Verbs whose figure is no count of things done to: a state, a move, a rank, a saying, a result. */
const NO_DEED =
  /^(?:is|was|were|are|be|been|being|am|became|become|becomes|turned|turns|turn|reached|reaches|hit|hits|topped|tops|totaled|totalled|totals|numbered|numbers|rose|rises|fell|falls|climbed|dropped|jumped|gained|grew|stood|stands|said|says|told|tells|called|calls|dialed|dialled|aged|finished|placed|ranked|went|came|seemed|looked|cost|costs|weighed|weighs|measured|measures|lasted|took|takes|ended|closed|opened|trailed|led|leads|won|wins|lost|loses|beat|increased|decreased|declined|doubled|tripled|slipped|slid|sank|soared|surged|plunged|tumbled|eased|edged|averaged|averages|shot|posted|scored|voted|passed|expects|expected|estimated|put|set|turning|born)$/i;

/** Words that may follow a counted object: a preposition or a join, never its noun. */
const NEXT =
  /^\s*(?:[,.;:!?)]|$|(?:in|on|at|for|against|during|over|before|after|as|while|when|and|but|to|from|with|by|since|this|last|across|through|under|inside|outside|near)\b)/;

/** Past forms without "-ed" of verbs a count of deeds takes. */
const IRREGULAR_PAST =
  /^(?:struck|caught|threw|took|saw|made|sold|fought|brought|bought|held|kept|left|met|paid|ran|sent|spent|stole|wrote|drove|rode|chose|broke|drew|gave|knew|blew|flew|stuck|dug|hung|swung|bit|built|cut|let|shut|hurt|fed|fled|hid|laid|slew|found|freed|won|lost|beat|sank|shot|felled|overcame|hired|fired)$/i;

const PREPOSITION = String.raw`(?:in|on|at|for|against|during|over|before|after|as|while|when|and|but|to|from|with|by|since|of|through|under)`;

/** The subject of the verb at the end of `before`: a "who" clause's name, or the clause's opening noun phrase. */
function subjectOf(before: string): string {
  // "Officials said the gunman shot …": the subject is after the verb of saying.
  const clause = before.replace(/^.*\b(?:said|says|told\s+\p{L}+|reported|added)\s+(?:that\s+)?/u, '');
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
  const past = !!verb[1] || /ed$/.test(verb[2]!) || IRREGULAR_PAST.test(verb[2]!);
  const deed = `${verb[1]}${verb[2]}${verb[3]}${phrase ? ` ${phrase[1]}` : ''}`.replace(/\s+/g, ' ');
  return { subject, deed, past };
}
