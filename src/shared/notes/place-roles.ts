/**
 * A place put right is told as a place, by the part it plays in its sentence — never as "a name"
 * or "a detail about the events described" (review 15 found both on real copy: a state in a list,
 * a parliamentary seat, a depot's town at the end of a long passive clause). Four shapes, read
 * from structure:
 * - a seat: "the MP for Harlow", "the state senator for the 4th District" → "the constituency
 *   Dana Pike represented in 1998";
 * - one of a list of places: "has no offices in Ohio, Iowa and Maine" → "one of the three states
 *   where the firm has no offices";
 * - the origin inside a subject: "Even water from the wells of Kessel carried the dye" → "the
 *   origin of the water that carried the dye";
 * - the place a passive deed was done: "the van had been hired from a yard in Dunmore" → "where
 *   the van was hired".
 */
import { tagged } from './topics';
import { lowerOpening, opensOnTitledName } from './names';
import { kindOfPlaces } from './place-kinds';
import { numberWord } from '../text/numbers';

export interface PlaceRole {
  /** "the constituency Dana Pike represented", "one of the states where …". */
  what: string;
  past: boolean;
  /** The place with the preposition the sentence gives it, when the role asks for one ("in Dunmore"). */
  right?: string;
}

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Posts held for a place, and what that place is called for each. */
const SEATS: [RegExp, string][] = [
  [/^(?:MP|M\.P\.|MSP|MEP|MS|AM|MLA|MPP|TD|member of Parliament|Member of Parliament)$/, 'constituency'],
  [
    /^(?:state senator|state representative|congressman|congresswoman|representative|assemblyman|assemblywoman|assembly member|delegate)$/i,
    'district',
  ],
  [/^(?:senator)$/i, 'state'],
  [/^(?:councillor|councilor|councilman|councilwoman|council member|alderman|alderwoman)$/i, 'ward'],
];
const POST = SEATS.map(([post]) => post.source.replace(/^\^\(\?:|\)\$$/g, '')).join('|');
/** Words that open a clause or phrase, never part of the holder's name. */
const NOT_A_NAME = /^(?:The|A|An|When|Then|While|But|And|In|By|As|After|Before|Since|Until|Where|If|At|On|For)$/;

/** "when Sir Colm Ardle was the MP for Tarrow in 1982": the seat, by the person who held it, and when. */
export function seatHeld(sentence: string, place: string): PlaceRole | null {
  const m = new RegExp(
    `(?:^|[\\s,(])((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*)?(?:,[^,]{1,60},)?\\s*(was|is|were|had been|has been|became|becomes|served as|serves as)?\\s*(?:the|a|an)?\\s*(?:(?:\\p{Lu}\\p{L}+|former|then|sitting|local)\\s+)?(${POST})\\s+for\\s+(?:the\\s+)?${esc(place)}\\b(\\s+(?:in|from|until|since)\\s+\\d{4})?`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  const kind = SEATS.find(([post]) => post.test(m[3]!))?.[1] ?? 'seat';
  const past = !m[2] || !/^(?:is|has been|becomes|serves as)$/.test(m[2]);
  // The holder, when the sentence names one as the subject of "was": words that only open the clause go.
  const words = (m[2] ? (m[1] ?? '') : '').split(/\s+/).filter(Boolean);
  while (words.length && NOT_A_NAME.test(words[0]!)) words.shift();
  const holder = words.join(' ');
  const when = m[4]?.trim() ?? '';
  const what = holder ? `the ${kind} ${holder} ${past ? 'represented' : 'represents'}${when ? ` ${when}` : ''}` : `the ${m[3]}'s ${kind}`;
  return { what, past };
}

/** Prepositions after which a list of places says where: "in Ohio, Iowa and Maine". */
const WHERE_PREPOSITION = /^(?:in|at|across|throughout|inside)$/i;
/** Words that open a new clause: the clause a list belongs to starts after the last of them. */
const CLAUSE_OPENER = /^(?:that|said|says|because|while|although|though|when|after|before|since|and|but|which|who)$/i;

/**
 * "… has no offices in Ohio, Iowa, New Hampshire and Maine": a place among three or more (or two
 * joined by "and"/"or") is "one of the four states where the firm has no offices". The clause is
 * the one the list belongs to, from its start to the preposition; with no clause that reads, "one
 * of the four states listed".
 */
export function placeInList(sentence: string, place: string): PlaceRole | null {
  const at = sentence.indexOf(place);
  if (at < 0) return null;
  // The run of capitalized items around the place, joined by commas and "and"/"or".
  const ITEM = String.raw`(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.'’-]*)*`;
  const list = new RegExp(`\\b(in|at|across|throughout|inside|from|to|of)\\s+(${ITEM}(?:,\\s+${ITEM})*,?\\s+(?:and|or)\\s+${ITEM})`, 'gu');
  for (const m of sentence.matchAll(list)) {
    const start = m.index + m[0].length - m[2]!.length;
    if (at < start || at + place.length > start + m[2]!.length) continue;
    const items = m[2]!
      .split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+(?=[^,]*$)/)
      .map((s) => s.trim().replace(/[.,;:!?]+$/, ''))
      .filter(Boolean);
    if (items.length < 2 || !items.includes(place)) return null;
    const kind = kindOfPlaces(items);
    const count = (items.length >= 2 && items.length <= 10 && numberWord(items.length)) || '';
    const named = `one of the ${count ? `${count} ` : ''}${kind}`;
    const clause = listClause(sentence.slice(0, m.index));
    const prep = m[1]!.toLowerCase();
    if (clause && WHERE_PREPOSITION.test(prep)) return { what: `${named} where ${clause}`, past: /ed\b|\b(?:was|were|had)\b/.test(clause) };
    // ("one of the countries from which players arrived": a note never ends on its preposition.)
    if (clause && prep !== 'of') return { what: `${named} ${prep} which ${clause}`, past: /ed\b|\b(?:was|were|had)\b/.test(clause) };
    return { what: `${named} listed`, past: false };
  }
  return null;
}

/** The clause a list of places belongs to: from the clause's start, a subject and its verb, at most seven words. */
function listClause(before: string): string {
  const words = before.trim().split(/\s+/);
  let from = words.length;
  while (from > 0 && !/[,;:]$/.test(words[from - 1]!) && !CLAUSE_OPENER.test(words[from - 1]!)) from--;
  const clause = words.slice(from).join(' ');
  if (!clause || clause.split(' ').length > 7) return '';
  const tokens = tagged(clause);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // A subject, then a verb: "the firm has no offices", not "offices" alone or a verb with no doer.
  if (verb < 1 || tokens.slice(0, verb).some((t) => ['PRON', 'ADP', 'SCONJ'].includes(t.pos))) return '';
  // ("Delegates flew in": a common noun capitalized only to open the sentence goes small.)
  const told = clause.replace(/[,;:]$/, '');
  // ("President Ama Osei flew in" keeps its title's capital: names.ts opensOnTitledName.)
  return tokens[0]!.pos === 'NOUN' && /^\p{Lu}\p{Ll}+$/u.test(tokens[0]!.text) && !opensOnTitledName(told)
    ? told.charAt(0).toLowerCase() + told.slice(1)
    : lowerOpening(told, before);
}

/**
 * "Even water from the wells of Kessel carried the dye": a place told as where the subject came
 * from is asked so — "the origin of the water that carried the dye". The verb and its object
 * follow the place; at most six words of them.
 */
export function originInSubject(sentence: string, place: string): PlaceRole | null {
  const m = new RegExp(
    `^(?:(?:Even|Only|Also|Some|Most|All|Much|Many)\\s+)?(?:the\\s+|The\\s+)?((?:\\p{L}+\\s+){0,2}?\\p{L}+)\\s+from\\s+(?:[^,;.]{0,40}?\\s)?${esc(place)}\\s+([^,;]+?)[.!]?$`,
    'u',
  ).exec(sentence.trim());
  if (!m) return null;
  const subject = tagged(m[1]!);
  if (!subject.length || subject.at(-1)!.pos !== 'NOUN' || subject.some((t) => !['NOUN', 'ADJ'].includes(t.pos))) return null;
  const rest = tagged(m[2]!);
  if (!rest.length || !['VERB', 'AUX'].includes(rest[0]!.pos) || rest.length > 6) return null;
  const noun = lowerOpening(m[1]!, sentence);
  // (Named as its origin: "where … came from" would end the note's sentence on its preposition.)
  return { what: `the origin of the ${noun} that ${m[2]}`, past: true };
}

/** Auxiliaries of a passive, told in the past a correction uses. */
const PASSIVE = /^(?:was|were|had been|has been|have been|is|are)$/;

/**
 * "Police said the van used in the raid had been hired from a yard in Dunmore": the place a passive
 * deed was done — "where the van was hired". The subject is cut to its noun (what follows it, "used
 * in the raid", only says which); what stands between the verb and the place goes.
 */
export function placeOfPassive(sentence: string, place: string): PlaceRole | null {
  const at = sentence.indexOf(place);
  if (at < 0) return null;
  const before = sentence.slice(0, at);
  const prep = /\b(in|at)\s+(the\s+)?$/.exec(before);
  if (!prep) return null;
  // The last passive in the clause before the place, with nothing between but a phrase (no comma).
  const m =
    /(?:^|\s)((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?!(?:said|says|told|that)\s)[\p{Ll}-]+\s+){0,2}?(?!(?:said|says|told|that)\b)[\p{Ll}-]+)((?:\s+(?:(?!\b(?:said|says|told|that|who|which)\b)[^,;]){1,40}?)?)\s+(was|were|had been|has been|have been|is|are)\s+(\p{Ll}+)\s+([^,;]*)$/u.exec(
      sentence.slice(0, prep.index),
    );
  if (!m || !PASSIVE.test(m[3]!) || m[5]!.split(/\s+/).filter(Boolean).length > 6) return null;
  // ("Car parts from the plant were shipped": a noun phrase after a preposition is no subject.)
  const lead = sentence.slice(0, m.index).trim().split(/\s+/).at(-1) ?? '';
  if (/^(?:of|from|in|at|on|for|with|by|to|into|near|about|under|over|after|before|without|between|among)$/i.test(lead)) return null;
  // A participle ("hired", "bought", "stolen"), not an adjective or a noun after "was".
  if (!/(?:ed|en|wn|ght|lt|ld|nt|ft|pt|ot|id|ung|uck)$/.test(m[4]!) || tagged(`it was ${m[4]}`)[2]?.pos !== 'VERB') return null;
  const noun = tagged(m[1]!);
  if (noun.at(-1)?.pos !== 'NOUN') return null;
  // "the van used in the raid": a phrase after the noun is a participle or a preposition's, never a verb of its own.
  const which = m[2]!.trim();
  if (
    which &&
    !/^(?:\p{Ll}+(?:ed|en|wn)|in|of|at|on|from|for|with|near|seen|held|bought|found|kept|left|made|sold|built|caught)\b/u.test(which)
  )
    return null;
  const plural = /^(?:were|have been|are)$/.test(m[3]!);
  const present = /^(?:is|are)$/.test(m[3]!);
  const be = present ? (plural ? 'are' : 'is') : plural ? 'were' : 'was';
  const subject = m[1]!.replace(/^(?:a|an)\s/i, 'the ').replace(/^The\s/, 'the ');
  return { what: `where ${lowerOpening(subject, sentence)} ${be} ${m[4]}`, past: !present, right: `${prep[1]} ${prep[2] ?? ''}${place}` };
}

/** The first role that reads for `place` in `sentence`, most certain first. */
export function placeRole(sentence: string, place: string): PlaceRole | null {
  return seatHeld(sentence, place) ?? placeInList(sentence, place) ?? originInSubject(sentence, place) ?? placeOfPassive(sentence, place);
}
