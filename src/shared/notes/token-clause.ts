/**
 * The thing a changed date, place or figure belongs to, read from the structure around it, so a
 * correction names it as a newsroom would: "misstated the day of the hearing", "misstated where the
 * retirement dinner was held", "misstated the deadline to return the files", "misstated Dana
 * Pike's age when she vanished", "misstated how many more votes the measure drew than the bond".
 *
 * Review 14 found two failures on real copy: a stock phrase where the thing could have been named
 * ("a detail about the events described", "a figure", "a name", "the street"), and a broken
 * fragment lifted from the copy ("the number of when", "the month a consequence of …"). This
 * reader runs after describe.ts: a head that is stock or does not read as a noun phrase or a
 * wh-clause is replaced by the first structural reading that fits, else by the plain category
 * ("a date", "the location"). A few readings are certain enough to replace a sound head too: a
 * possessive day ("Tuesday's vote" dates the vote), a gathering's venue ("a dinner at X"), an age
 * told with "when", a count inside another count ("including 40 who …") and "N more … than".
 */
import { tagged } from './topics';
import { isStopword } from './edits';
import { GATHERING, PARTY_GATHERING } from './gatherings';
import { PRICE_NOUNS } from './price-nouns';
import { placeOfDeed } from './place-of-deed';
import { placeRole, seatHeld, placeInList } from './place-roles';
import { reachedFigure } from './reached-figures';
import { listedFigure } from './listed-figures';
import { barePlace, placeInModifier } from './place-in-modifier';
import { placeOfBearing } from './compass-bearings';
import { dateOfNearestClause, placeOfNearestClause } from './nearest-clause';

/** A reading of the changed token: what it belongs to, and whether the fact "was" or "is". */
interface Head {
  what: string;
  past: boolean;
  /** The right value, with the preposition the sentence gives a place ("at Elm Bank Hotel"). */
  right?: string;
  /** Readings certain enough to replace a head describe.ts found sound. */
  strong?: boolean;
  /** The right fact's own verb, when "It is" would misstate it: "It has passed" (reached-figures.ts). */
  verb?: string;
  /** Read from the clause before the value, which the old line must tell too (nearest-clause.ts). */
  nearest?: boolean;
}

/** The nearest-clause readings, marked so the caller checks their deed against the old line. */
const nearestDate = (sentence: string, value: string): Head | null => {
  const read = dateOfNearestClause(sentence, value);
  return read ? { ...read, nearest: true } : null;
};
const nearestPlace = (sentence: string, value: string): Head | null => {
  const read = placeOfNearestClause(sentence, value);
  return read ? { ...read, nearest: true } : null;
};

/**
 * Does the old line tell the deed too? A value swapped inside a clause that stands in both
 * versions dates or places that clause; a line rewritten around a new value ("the crash occurred
 * about 10:30 p.m." → "the plane departed about 3 p.m.") did not misstate the new clause's time.
 */
function deedKept(what: string, older: string): boolean {
  const words = what
    .replace(/^(?:the (?:day|date|year|time|location of)|when|where)\s+/, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w.length > 2);
  const old = older.toLowerCase();
  return words.every((w) => old.includes(w));
}

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)$/i;
/** Words that would end a clause lifted from the copy before it runs on into another. */
const CLAUSE_STOP = /^(?:after|before|while|as|since|until|from|in|at|on|near|during|following|when|where|and|but|because|with|without)$/i;
const PAST_VERB = /\b(?:was|were|had|did|died|\p{Ll}{3,}ed)\b/u;
const FUTURE = /\b(?:will|is to|are to|upcoming|next)\b/i;

/** Past forms of common irregular verbs, from their -ing form ("holding" → "held"). */
const IRREGULAR: Record<string, string> = {
  making: 'made',
  taking: 'took',
  giving: 'gave',
  holding: 'held',
  winning: 'won',
  losing: 'lost',
  buying: 'bought',
  selling: 'sold',
  sending: 'sent',
  bringing: 'brought',
  building: 'built',
  paying: 'paid',
  leaving: 'left',
  setting: 'set',
  putting: 'put',
  cutting: 'cut',
  shutting: 'shut',
  running: 'ran',
  becoming: 'became',
  finding: 'found',
  keeping: 'kept',
  leading: 'led',
  meeting: 'met',
  beginning: 'began',
  writing: 'wrote',
  choosing: 'chose',
  seeing: 'saw',
  hearing: 'heard',
  telling: 'told',
  spending: 'spent',
  striking: 'struck',
  throwing: 'threw',
  overturning: 'overturned',
};

/** "passing" → "passed", "closing" → "closed", "holding" → "held". */
function pastOfGerund(verb: string): string {
  if (IRREGULAR[verb]) return IRREGULAR[verb]!;
  const stem = verb.slice(0, -3);
  if (/ee$/.test(stem)) return `${stem}d`;
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  return `${stem}ed`;
}

/** Lowercase nouns at the start of `words`, with the adjectives or nouns before them: "engagement party". */
function nounRun(words: string): string {
  const list = words.trim().split(/\s+/).slice(0, 3);
  // (Read after "the", as a noun phrase: "flat" alone reads as an adjective.)
  const tags = tagged(`the ${list.join(' ')}`).slice(1);
  let n = 0;
  while (n < tags.length && ['NOUN', 'ADJ', 'PROPN'].includes(tags[n]!.pos) && /^\p{Ll}[\p{Ll}-]*$/u.test(tags[n]!.text)) n++;
  while (n > 0 && tags[n - 1]!.pos !== 'NOUN') n--;
  return list.slice(0, n).join(' ');
}

/** A noun phrase's subject for a note: its opening article lowered. */
const lowered = (np: string) => np.replace(/^(?:The|A|An|Its|Their|His|Her)\b/, (w) => w.toLowerCase());

/** A clause lifted from the copy, cut before a word that starts another one, at most `max` words. */
function clauseUpTo(text: string, max: number): string {
  const words = text.trim().split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (kept.length && CLAUSE_STOP.test(w)) break;
    kept.push(w.replace(/[,;:.]+$/, ''));
    if (/[,;:.]$/.test(w) || kept.length >= max) break;
  }
  return kept.join(' ');
}

/** "at Tuesday night's hearing": a possessive day dates the noun it owns. */
function dayOwned(sentence: string, value: string): Head | null {
  const first = value.split(' ')[0]!;
  const m = new RegExp(`\\b${esc(value)}(?:\\s+(?:night|morning|afternoon|evening))?['’]s\\s+(\\S+(?:\\s+\\S+){0,2})`, 'u').exec(sentence);
  if (!m) return null;
  let noun = nounRun(m[1]!);
  // "Friday's vote plan to sue": a last word followed by "to" is the clause's verb, not the noun's.
  if (noun.includes(' ') && new RegExp(`^${esc(noun)}\\s+to\\b`).test(m[1]!)) noun = noun.replace(/\s+\S+$/, '');
  if (!noun) return null;
  return {
    what: `${WEEKDAY.test(first) ? 'the day' : 'the date'} of the ${noun}`,
    past: !FUTURE.test(sentence),
    strong: true,
  };
}

/** Nouns that name a stretch of time or a count, not a thing the value is: "the week of March 9", "a total of 40". */
const NOT_A_VALUE =
  /^(?:date|day|days|week|weeks|month|months|year|years|time|end|start|beginning|morning|night|evening|afternoon|weekend)$/;
const COUNT_WORD =
  /^(?:total|number|sum|group|handful|dozen|couple|series|lot|host|range|average|majority|minority|score|region|order|tune|neighbourhood|neighborhood|vicinity|excess|upwards)$/;
/** A day of a month, either order: "March 9", "Oct. 21", "4 April". */
const CALENDAR_DATE = /^(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)\b/u;

/** "a deadline of March 9 to return the files", "a fine of $500 for littering": the noun the value is. */
function nounOfValue(sentence: string, value: string): Head | null {
  const m = new RegExp(
    `\\b(?:a|an|the)\\s+((?:[\\p{Ll}-]+\\s+)?[\\p{Ll}-]+)\\s+of\\s+(?:about\\s+|roughly\\s+|nearly\\s+|some\\s+|just\\s+|up\\s+to\\s+)?${esc(value)}\\b(.*)$`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  const noun = nounRun(m[1]!);
  // ("a closing date of 4 April" is a thing of its own; "the date of 4 April" is only the date.)
  if (!noun || noun !== m[1] || NOT_A_VALUE.test(noun) || COUNT_WORD.test(noun.split(' ').at(-1)!)) return null;
  // Its purpose or object, when one follows: "to return the files", "for littering".
  const tail = /^\s+((?:to|for)\s+.*)$/.exec(m[2]!)?.[1];
  const purpose = tail ? clauseUpTo(tail, 7) : '';
  // A date that is a deadline's or a closing's is certain; a figure may count something a reader
  // of the sentence knows better ("a total of 40 people" counts people).
  return {
    what: `the ${noun}${purpose ? ` ${purpose}` : ''}`,
    past: PAST_VERB.test(sentence),
    strong: CALENDAR_DATE.test(value),
  };
}

/** "… of the city council passing Ordinance 12 in June": a gerund's subject, verb and object, told as a "when" clause. */
function gerundDated(sentence: string, value: string): Head | null {
  const at = sentence.indexOf(value);
  if (at < 0) return null;
  const m =
    /\s((?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}?|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})(\p{Ll}{3,}ing)\s+([^,;]{1,60}?)\s+(?:in|on|by|during)\s+(?:early\s+|late\s+|mid-)?$/u.exec(
      sentence.slice(0, at),
    );
  if (!m) return null;
  const subject = m[1]!.trim();
  const tags = tagged(`${subject} ${m[2]} ${m[3]}`);
  const verb = tags.find((t) => t.text === m[2]);
  if (!verb || verb.pos !== 'VERB' || !subject) return null;
  // "the city began building the bridge": a subject with a verb of its own is a clause, not the gerund's subject.
  if (tagged(subject).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  return { what: `when ${lowered(subject)} ${pastOfGerund(m[2]!)} ${m[3]}`, past: true, strong: true };
}

/** "the network dates back to at least June 2016": when the thing began. */
function originDated(sentence: string, value: string): Head | null {
  const m = new RegExp(
    `\\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)\\s+(?:dates|dated|goes|went|traces|traced|stretches|stretched|reaches|reached)\\s+(?:back\\s+to|back|from)\\s+(?:at\\s+least\\s+|as\\s+far\\s+as\\s+)?(?:the\\s+)?(?:early\\s+|late\\s+|mid-)?${esc(value)}\\b`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  return { what: `when ${lowered(m[1]!)} began`, past: true, strong: true };
}

/** A person named by a run of capitalised words, or '' for a sentence-opening word. */
const PERSON = String.raw`((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*)`;

/** "Mara Quill, from Dunmore, was 34 when she vanished": the person's age then. */
function ageWhen(sentence: string, value: string): Head | null {
  const m = new RegExp(
    `${PERSON}(?:,[^,]{1,60},)?\\s+(?:was|is|were)\\s+(?:only\\s+|just\\s+)?${esc(value)}(?:\\s+years?\\s+old)?\\s+when\\s+(.+)$`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  const when = clauseUpTo(m[2]!, 6);
  if (when.split(' ').length < 2) return null;
  return { what: `${m[1]}'s age when ${when}`, past: true, strong: true };
}

/** "… 900 patients …, including 202 who were older than 80": the part of a count told. */
function partOfCount(sentence: string, value: string): Head | null {
  const m = new RegExp(
    `\\b(?:including|among\\s+them|among\\s+whom)\\s+(?:about\\s+|nearly\\s+|some\\s+|roughly\\s+)?${esc(value)}\\s+(who|that)\\s+(\\S+\\s+.+)$`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  // The whole the part is of: the plural a figure before it counts ("340 children", "900 patients").
  const counted = /\b\d[\d,]*\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}{3,}s|children|people|men|women|staff|police|cattle|sheep)\b/u.exec(
    sentence.slice(0, m.index),
  );
  if (!counted) return null;
  const rest = clauseUpTo(m[2]!, 6);
  if (rest.split(' ').length < 2) return null;
  return { what: `the number of ${counted[1]} ${m[1]} ${rest}`, past: PAST_VERB.test(rest), strong: true };
}

/** "The measure drew roughly 1,800 more votes than the school bond": the margin, told whole. */
function moreThan(sentence: string, value: string): Head | null {
  const m = new RegExp(
    `^(.+?)\\s+(\\p{Ll}+)\\s+(?:about\\s+|roughly\\s+|approximately\\s+|nearly\\s+|some\\s+|almost\\s+|just\\s+|over\\s+)?${esc(value)}\\s+(more|fewer|less)\\s+((?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+)\\s+than\\s+([^,;.(]{1,40})`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  const subject = m[1]!.trim();
  const verb = tagged(`${subject} ${m[2]}`).at(-1);
  if (!verb || verb.pos !== 'VERB' || subject.split(' ').length > 6) return null;
  return {
    what: `how many ${m[3]} ${m[4]} ${lowered(subject)} ${m[2]} than ${m[5]!.trim()}`,
    past: /ed$|^(?:drew|won|got|had|took|gave|saw|made)$/.test(m[2]!),
    strong: true,
  };
}

/** "a birthday dinner at Elm Bank Hotel": a place right after a gathering is its venue. */
function venue(sentence: string, place: string): Head | null {
  const m = new RegExp(
    `\\b(?:a|an|the|his|her|their|its)\\s+((?:[\\p{Ll}-]+\\s+){0,2}?${GATHERING})\\s+(at|in|inside|on)\\s+(?:the\\s+)?${esc(place)}`,
    'iu',
  ).exec(sentence);
  if (!m || /\p{Lu}/u.test(m[1]!) || (/party$/.test(m[1]!) && !PARTY_GATHERING.test(m[1]!))) return null;
  const future = FUTURE.test(sentence);
  return { what: `where the ${m[1]} ${future ? 'will be' : 'was'} held`, past: !future, right: `${m[2]} ${place}`, strong: true };
}

/** "his Westvale home": a place set before a noun says where that noun is. */
function placeOfNoun(sentence: string, place: string): Head | null {
  const m = new RegExp(`\\b(his|her|their|its|the|a|an)\\s+${esc(place)}\\s+(\\p{Ll}+)\\b`, 'u').exec(sentence);
  if (!m) return null;
  // Between a place and what follows, a plain word is the noun it locates ("her Kenton flat"),
  // unless it is a function word or reads as a verb or adverb.
  const noun = nounRun(m[2]!) || (!isStopword(m[2]!) && !/(?:ly|ing|ed)$/.test(m[2]!) ? m[2]! : '');
  if (!noun) return null;
  let owner = 'the';
  if (/^(?:his|her|their)$/.test(m[1]!)) {
    const person = new RegExp(PERSON, 'u').exec(sentence.slice(0, m.index).replace(/^\S+\s+/, ''))?.[1];
    owner = person ? `${person}'s` : 'the';
  }
  return { what: `the location of ${owner} ${noun}`, past: PAST_VERB.test(sentence), right: `in ${place}` };
}

/** "in a car park near Harlow Road and Quarry Lane": a place that locates the noun before it. */
function placeOfPhrase(sentence: string, place: string): Head | null {
  const m = new RegExp(
    `\\b(?:a|an|the)\\s+((?:[\\p{Ll}-]+\\s+){0,2}?[\\p{Ll}-]+)\\s+(near|on|off|outside|behind|beside|along|at|by)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}-]*\\s+){0,4}?(?:and\\s+)?)${esc(place)}`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  const noun = nounRun(m[1]!);
  if (!noun || noun !== m[1]) return null;
  // ("on Quarry Lane", "near Oak Avenue and Cedar Street": the preposition goes with the place, and
  // so does the street it is joined to; a place inside a longer run of names is given alone.)
  const joined = !m[3] || /\sand\s$/.test(m[3]);
  return { what: `the location of the ${noun}`, past: PAST_VERB.test(sentence), right: joined ? `${m[2]} ${m[3]}${place}` : place };
}

/**
 * "Republicans postponed the vote in the Senate": where the nearest deed was done (place-of-deed.ts).
 * Certain enough to replace a sound head: a head read off the main clause names another deed.
 */
function deedPlace(sentence: string, place: string): Head | null {
  const read = placeOfDeed(sentence, place);
  return read ? { ...read, strong: true } : null;
}

/** A place told by its part in the sentence: a seat, one of a list, an origin, a passive deed's place (place-roles.ts). */
function roleOfPlace(sentence: string, place: string): Head | null {
  const read = placeRole(sentence, place);
  return read ? { ...read, strong: true } : null;
}

/** "the Fairview, Oregon-based retailer", "a 40-person Lakeport company": where a firm is (place-in-modifier.ts). */
function modifierPlace(sentence: string, place: string): Head | null {
  const read = placeInModifier(sentence, place);
  return read ? { ...read, strong: true } : null;
}

/** "Fenwick, northwest of Dalton": where the place the bearing locates is (compass-bearings.ts). */
function bearingPlace(sentence: string, value: string): Head | null {
  const read = placeOfBearing(sentence, value);
  return read ? { ...read, strong: true } : null;
}

/** For a fact read as a name, only a role no person can have: a seat, or one of a list of known places. */
function roleOfNamedPlace(sentence: string, place: string): Head | null {
  const listed = placeInList(sentence, place);
  const read = seatHeld(sentence, place) ?? (listed && !/\bplaces\b/.test(listed.what) ? listed : null);
  return read ? { ...read, strong: true } : null;
}

/** "The sum raised has now passed $40,000": the total, and the verb the right fact keeps (reached-figures.ts). */
function reachedTotal(sentence: string, figure: string): Head | null {
  return reachedFigure(sentence, figure);
}

/** "…; Essex 38 percent; …": a list's figure for one item, told by what the list counts (listed-figures.ts). */
function listItemFigure(sentence: string, figure: string): Head | null {
  return listedFigure(sentence, figure);
}

/** "fees ranging from $90 for a lesson to $350 for a full day": the price of what the sum is for. */
function priceFor(sentence: string, amount: string): Head | null {
  const at = sentence.indexOf(amount);
  if (at < 0) return null;
  // The price noun nearest before the sum: "One price list shows fees ranging from …" is of fees.
  const noun = [...sentence.slice(0, at).matchAll(new RegExp(`\\b(${PRICE_NOUNS})\\b`, 'gi'))].at(-1)?.[1];
  const tail = /^\s+for\s+(.+)$/.exec(sentence.slice(at + amount.length))?.[1];
  if (!noun || !tail) return null;
  const what = clauseUpTo(tail.replace(/\s+(?:to|and)\s+\$.*$/, ''), 7);
  if (!what) return null;
  const single = noun
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<=[^s])s$/, '');
  return { what: `the ${single} for ${what}`, past: false };
}

/** Words that open a phrase, never part of a name before it. */
const OPENERS = /^(?:The|A|An|In|At|On|Near|From|To|Of|By|For|And|But|Or|His|Her|Their|Its|Our|My)$/;

/** The capitalised run holding `token` in `sentence`: "St Bede's Church" for "Bede". */
export function wholeName(sentence: string, token: string): string {
  const at = sentence.indexOf(token);
  if (at < 0 || !/^\p{Lu}/u.test(token)) return token;
  const right = /^(?:['’]s)?(?:\s+\p{Lu}[\p{L}.'’-]*)*/u.exec(sentence.slice(at + token.length))![0];
  const lead = sentence.slice(0, at).split(/\s+/);
  lead.pop();
  const left: string[] = [];
  while (lead.length > 1 && /^\p{Lu}[\p{L}.'’-]*$/u.test(lead.at(-1)!) && !OPENERS.test(lead.at(-1)!)) left.unshift(lead.pop()!);
  return [...left, `${token}${right}`]
    .join(' ')
    .replace(/[,.;:]+$/, '')
    .replace(/['’]s$/, '');
}

/** The readings for a kind of fact, in order: the most certain first. */
function readings(fact: string, sentence: string, value: string): Head | null {
  if (WEEKDAY.test(value)) fact = 'date';
  const tries: ((s: string, v: string) => Head | null)[] =
    fact === 'time'
      ? // ("misstated a time" → "the time the lorry collided with a truck"; nearest-clause.ts.)
        [nearestDate]
      : fact === 'date' || fact === 'year'
        ? [dayOwned, originDated, gerundDated, nounOfValue, gatheringOn, nearestDate]
        : fact === 'place'
          ? [bearingPlace, venue, modifierPlace, roleOfPlace, placeOfNoun, placeOfPhrase, deedPlace, nearestPlace]
          : fact === 'name'
            ? [venue, modifierPlace, roleOfNamedPlace, placeOfPhrase]
            : fact === 'number' || fact === 'amount'
              ? [ageWhen, partOfCount, moreThan, nounOfValue, priceFor, reachedTotal, listItemFigure]
              : fact === 'detail'
                ? // ("Ostrava-based" → "Brno-based": a place in a compound is where the thing after it is.)
                  /^\p{Lu}[\p{L}.' -]*-(?:based|headquartered)$/u.test(value)
                  ? [modifierPlace]
                  : [dayOwned, venue, originDated, gerundDated, nounOfValue, gatheringOn]
                : [];
  for (const read of tries) {
    const head = read(sentence, value);
    if (head) return head;
  }
  return null;
}

/** Heads that say what kind of thing was wrong, not which. */
// ("the date", "a place in Aurora": the kind alone, which judges refuse as not saying of what; nearest-clause.ts.)
const STOCK =
  /^(?:a detail about .*|a figure|a name|a place name|a place|a place in \p{Lu}.*|the street|a date|the date|a day|a year|a time)$/u;
/** Words that cannot open the noun or clause after "the number of" or "the month". */
const BAD_OPENER =
  /^(?:when|where|who|whom|which|what|how|why|more|less|fewer|most|some|many|few|several|all|each|every|any|much|about|nearly|just|over|only|also|even|still|roughly|approximately|almost)$/i;

/** "residents who spoke at the meeting": the only verb stands inside the relative clause. */
function relativeTookVerb(clause: string): boolean {
  const m = /^(.+?)\s(?:who|which|that)\s(.+)$/.exec(clause);
  if (!m) return false;
  const verbs = (text: string) => tagged(text).filter((t) => t.pos === 'VERB' || t.pos === 'AUX').length;
  return verbs(m[1]!) === 0 && verbs(m[2]!) <= 1;
}

/** "the meeting on Tuesday": a date right after a gathering dates it. */
function gatheringOn(sentence: string, value: string): Head | null {
  const m = new RegExp(
    `\\b(?:the|a|an|its|their|his|her)\\s+((?:[\\p{Ll}-]+\\s+){0,2}?${GATHERING})\\s+(?:on|this|last|next)\\s+${esc(value)}\\b`,
    'u',
  ).exec(sentence);
  if (!m) return null;
  return { what: `${WEEKDAY.test(value) ? 'the day' : 'the date'} of the ${m[1]}`, past: !FUTURE.test(sentence) };
}

/** Is the head a noun phrase or wh-clause a reader can follow? */
export function isSoundHead(what: string, sentence: string): boolean {
  const m = /^(the number of|the (?:date|month|year|day)|when|where)\s+(\S+)(.*)$/.exec(what);
  // "the date the agency was given a deadline of": a clause left on its preposition.
  if (/^(?:the (?:date|month|year|day|number of)|when|where)\s/.test(what) && /\s(?:of|to|at|in|on|for|from|at least|by)$/.test(what))
    return false;
  if (!m) return true;
  const [, lead, opener, rest] = m;
  // (After "when" or "where" only a wh-word: "when some residents left" is a clause.)
  if (/^(?:when|where|who|whom|which|what|how|why)$/i.test(opener!)) return false;
  // ("nearly" is no noun phrase's opener; "monthly users", "elderly residents" are: an adjective in "-ly" stays.)
  if (/^the /.test(lead!) && (BAD_OPENER.test(opener!) || (/ly$/.test(opener!) && tagged(`${opener}${rest}`)[0]?.pos !== 'ADJ')))
    return false;
  // "the month a consequence of …": after "the month" a clause, not a bare noun phrase.
  if (/^the /.test(lead!) && /^(?:a|an)$/i.test(opener!)) return false;
  // "when Community members who spoke": a word capitalised only because it opened the sentence.
  if (/^\p{Lu}/u.test(opener!) && sentence.startsWith(opener!) && tagged(opener!)[0]?.pos !== 'PROPN') return false;
  // "when neighbors who spoke": the relative clause took the only verb, so the clause has none.
  if (/^(?:when|where)$/.test(lead!) && relativeTookVerb(`${opener}${rest}`)) return false;
  return true;
}

/** The plain category a fact falls back to when nothing better can be read. */
function plainCategory(fact: string): string {
  return fact === 'place' ? 'the location' : fact === 'date' || fact === 'year' ? 'a date' : fact === 'time' ? 'a time' : 'a figure';
}

/**
 * The correction `phrase` (from describe.ts) with its head named from the changed token's clause,
 * when the head was stock or broken or a certain reading applies; `phrase` itself otherwise.
 */
export function namedToken(phrase: string, fact: string, before: string, after: string, sentence: string, older = ''): string {
  if (!['date', 'year', 'time', 'place', 'name', 'number', 'amount', 'detail'].includes(fact)) return phrase;
  const parts = /^misstated (.+?)\. ((?:It (?:is|was)|The correct number is) )(.+)$/.exec(phrase);
  // The value whole, as the right fact gives it ("March 9" where only "9" changed), else as changed;
  // a possessive day is the day ("Thursday's" → "Thursday").
  const given = parts?.[3]!.replace(/,\s+not\s+.*$/, '').replace(/^(?:in|at|on|about)\s+/, '');
  let value = (given && sentence.includes(given) ? given : after.trim()).replace(/['’]s$/, '');
  // "Linden" of "the Linden Rooms": a place is named whole, as printed, and so is the wrong one.
  const place = ['place', 'name'].includes(fact) && /^\p{Lu}/u.test(value) && !WEEKDAY.test(value);
  if (place) value = wholeName(sentence, value);
  if (!value || !sentence.includes(value)) return phrase;
  // A phrase of another shape is rebuilt only for a short token put right, never for a clause.
  if (!phrase.startsWith('misstated ') && (value.split(' ').length > 4 || before.trim().split(' ').length > 4)) return phrase;
  const head = parts ? parts[1]! : '';
  // Only a certain reading replaces a phrase of another shape ("misidentified …").
  const weak = !!parts && (STOCK.test(head) || !isSoundHead(head, sentence));
  const found = readings(fact, sentence, value);
  const read = found?.nearest && older && !deedKept(found.what, older) ? null : found;
  if (!read || (!weak && !read.strong)) {
    // Nothing better: a broken head gives way to the plain category, keeping the right fact.
    if (parts && !isSoundHead(head, sentence)) return `misstated ${plainCategory(fact)}. ${parts[2]}${parts[3]}`;
    if (parts && head === 'a detail about the events described' && fact !== 'detail')
      return `misstated ${plainCategory(fact)}. ${parts[2]}${parts[3]}`;
    return phrase;
  }
  // (A sentence with no right value given keeps that; the value and the wrong one otherwise.)
  const whole = place && older ? wholeName(older, before.trim().replace(/['’]s$/, '')) : before.trim().replace(/['’]s$/, '');
  // ("Denver, not Boston-based": a compound's place is given bare both ways.)
  const rightPlace = read.right?.replace(/^in /, '');
  const wrong = read.right && rightPlace !== value && rightPlace === barePlace(value) ? barePlace(whole) : whole;
  const right = read.right ?? value;
  // ("in the House, not the Senate": the wrong place takes the article the right one is given.)
  const wrongPlace = wrong && read.right?.endsWith(`the ${value}`) && !/^the\s/i.test(wrong) ? `the ${wrong}` : wrong;
  // A place named whole is given whole both ways; any other right fact keeps the wrong one the
  // phrase gave, else the caller adds it from the old line.
  const tail =
    place && wrong && wrong !== value
      ? `${right}, not ${wrongPlace}`
      : parts
        ? parts[3]!.replace(new RegExp(`^(?:in |at |on )?${esc(value)}`), right)
        : right;
  // ("It has passed $48,000, not $40,000": a verb of its own takes the wrong value here, as the caller adds it only after "It is".)
  if (read.verb) return `misstated ${read.what}. ${read.verb} ${tail}${wrong && !/, not /.test(tail) ? `, not ${wrong}` : ''}`;
  // ("Brno, not Ostrava": a compound's place, bare both ways, is given with the wrong one.)
  const bare = !place && read.right && wrong && wrong !== whole && !/, not /.test(tail) ? `, not ${wrong}` : '';
  return `misstated ${read.what}. It ${read.past ? 'was' : 'is'} ${tail}${bare}`;
}
