/**
 * Places put right in frames the cues of place-cues.ts do not read (review 12a), each told as a
 * place with both values whole, never as "a name" nor as a bare abbreviation ("Ore"):
 * - a town's state: "a purchase in Fairview, Mont." → "Ore." — the state tells two towns of one
 *   name apart, so each value is the town with its state, AP's points kept ("Fairview, Ore.");
 * - a town before a post: "The Selby, Nebraska, fire chief, Rosa Vint" → "the town where Rosa Vint
 *   is fire chief";
 * - a thing the place locates: "a purchase in Bristol", "ones under the Dale Park complex in
 *   Greenpoint", "a server abroad, apparently in Spain", "Grace Chapel in downtown Easton" → "the
 *   location of …", its hedge kept with the place ("It was apparently in Portugal").
 */
import { checkNoteGrammar } from './grammar';
import { escapeRegExp, isPostNoun, isSentenceStarter } from './names';
import { clauseAt, placeCue, placeTold } from './place-cues';
import { isStateAbbreviation, stateName } from './datelines';
import { regionOfTown } from './town-regions';
import { presentTense } from './edits';
import { tagged } from './topics';
import { venueBefore } from './named-venue';

export interface FramedPlace {
  /** What the note says was misstated: "the location of the unauthorized purchase". */
  what: string;
  /** The right place as the note gives it: "in Bristol, Va.", "Alton, Nebraska". */
  right: string;
  /** The wrong place whole when the words put right were only part of it ("Bristol, Tenn."); '' to read it from the old text. */
  wrong: string;
  /** What happened there is told in the past ("It was in …"). */
  past: boolean;
}

/** A town's name: up to three capitalized words. */
const TOWN = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}";

/** Words that hedge where a thing was ("apparently in Spain"): they stay with the place. */
const HEDGE = /,\s+(apparently|probably|possibly|likely|reportedly|presumably|perhaps)\s*$/i;

/** Prepositions after which a thing is not where the clause happens but where it goes or comes from. */
const TOWARD = /^(?:to|from|into|onto|toward|towards|for|with|of)$/;

/** Buildings that stand in a town: "Grace Chapel in downtown Easton" is where the chapel is. */
const BUILDING =
  /^(?:Chapel|Church|Cathedral|Mosque|Synagogue|Temple|Hall|Hotel|Tower|Building|Mall|Prison|Jail|Courthouse|Hospital|Museum|Library|Stadium|Arena|Theater|Theatre|School|Academy|Clinic)$/;

/** Posts a town's name is set before ("the Selby fire chief"), beyond the common nouns for a post (names.ts). */
const TOWN_POST = /^(?:sheriff|marshal|constable|clerk|coroner|assessor)$/;

/** "Fairview, Ore." in a sentence, the state as printed (points kept only for an AP abbreviation). */
function townWithState(sentence: string, state: string): { town: string; state: string; start: number; end: number } | null {
  const found = new RegExp(`(?<![\\p{L}'’])(${TOWN}),\\s+(${escapeRegExp(state)}\\.?)(?![\\p{L}])`, 'u').exec(sentence);
  // (Or a region the frame tells is one: "in Fenwick, Manitoba", town-regions.ts.)
  if (!found || !(stateName(found[2]!) || regionOfTown(sentence, found[1]!.split(/\s+/).at(-1)!, found[2]!))) return null;
  // ("The Selby": a capital that only opens the sentence is no part of the town.)
  const words = found[1]!.split(/\s+/);
  while (words.length > 1 && isSentenceStarter(words[0]!)) words.shift();
  const printed = found[2]!.endsWith('.') && !isStateAbbreviation(found[2]!) ? found[2]!.slice(0, -1) : found[2]!;
  return {
    town: words.join(' '),
    state: printed,
    start: found.index + found[1]!.length - words.join(' ').length,
    end: found.index + found[0].length,
  };
}

/** The town's state put right ("Fairview, Mont." → "Fairview, Ore."): the town with each state. */
function statePutRight(older: string, newer: string, before: string, after: string) {
  const wrong = townWithState(older, before);
  const right = townWithState(newer, after);
  if (!wrong || !right || wrong.town !== right.town || (stateName(wrong.state) || wrong.state) === (stateName(right.state) || right.state))
    return null;
  return { ...right, right: `${right.town}, ${right.state}`, wrong: `${wrong.town}, ${wrong.state}` };
}

/** "The Selby, Nebraska, fire chief, Rosa Vint": the post the town is set before, and who holds it. */
function postOfTown(newer: string, start: number, end: number): { post: string; holder: string } | null {
  if (!/(?:^|\bthe\s+)$/i.test(newer.slice(0, start))) return null;
  // ("fire chief", "police chief": the post ends on its noun, one to three lowercase words.)
  const run = /^,?\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)(?=[\s,])/u.exec(newer.slice(end));
  if (!run) return null;
  const words = run[1]!.split(/\s+/);
  const last = words.findLastIndex((w) => isPostNoun(w) || TOWN_POST.test(w));
  if (last < 0) return null;
  const post = words.slice(0, last + 1).join(' ');
  const rest = newer.slice(end + run[0].length - run[1]!.length + post.length);
  const holder = /^,?\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,2})(?=[\s,.;:]|$)/u.exec(rest);
  return { post, holder: holder?.[1] ?? '' };
}

/** The thing the place after `lead`'s preposition locates, or null when the place says where the clause happened. */
function thingLocated(lead: string, articleText: string): string {
  // "the fire at the Blue Heron Diner in Marlow": a venue named with "the" (named-venue.ts).
  const venue = venueBefore(lead);
  if (venue) return venue;
  // "Grace Chapel in downtown Easton": a building named just before the place.
  const building = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}(\p{Lu}[\p{L}'’-]*))\s*$/u.exec(lead);
  if (building && BUILDING.test(building[2]!)) {
    const words = building[1]!.split(/\s+/);
    while (words.length > 1 && isSentenceStarter(words[0]!)) words.shift();
    return words.join(' ');
  }
  const hedged = HEDGE.test(lead);
  const bare = lead.replace(HEDGE, '');
  const thing =
    /(?:^|\s)(the|a|an)\s+((?:(?!(?:the|a|an|of|and|or|in|at|to|from|who|which|that)\s)[\p{L}\d'’-]+\s+){0,4}?)([\p{Ll}-]+)(?:\s+(?:abroad|overseas))?$/u.exec(
      bare,
    );
  const named = thing ? `the ${thing[2]}${thing[3]}` : '';
  // A noun phrase only, its head last (the tagger may take a noun such as "complex" for an adjective).
  const tags = tagged(named);
  if (!thing || tags.some((t) => ['VERB', 'AUX', 'ADP', 'PRON', 'SCONJ'].includes(t.pos)) || !['NOUN', 'ADJ'].includes(tags.at(-1)!.pos))
    return '';
  const before = bare.slice(0, thing.index + (/^\s/.test(thing[0]) ? 1 : 0)).trimEnd();
  const preposition = /(\p{L}+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  // The stretch since the last comma opens on a preposition ("…, under the Dale Park complex"): no clause of its own.
  // ("Dana Lee, a researcher at …": an appositive after a name is a person's post, told by the place logic.)
  const part = before.split(/,\s*/).at(-1) ?? '';
  const subjectless = !!part && ['ADP', 'SCONJ'].includes(tagged(part)[0]?.pos ?? '');
  if (isPostNoun(thing[3]!)) return '';
  if (!hedged && !TOWARD.test(preposition) && !subjectless) return '';
  // "the threat came from a server": told as "the server from which the threat came" when that reads.
  const clause = new RegExp(`(?:^|\\bthat\\s+|,\\s+)((?:the|a|an)\\s+[^,]+?)\\s+${preposition}$`, 'u').exec(before)?.[1] ?? '';
  if (/^(?:from|to|into)$/.test(preposition) && clause && clause.split(/\s+/).length <= 6) {
    const relative = `${named} ${preposition} which ${clause.replace(/^(?:a|an)\s/, 'the ')}`;
    const verb = tagged(clause).some((t, k) => k > 0 && (t.pos === 'VERB' || t.pos === 'AUX'));
    if (verb && checkNoteGrammar(`Misstated the location of ${relative}.`, articleText).length === 0) return relative;
  }
  return named;
}

/** The right place printed after its preposition, with its state when the sentence gives one. */
function printedPlace(newer: string, place: string): string {
  const state =
    new RegExp(`${escapeRegExp(place)},\\s+(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?)(?=\\s*[,;:]|\\.?$)`, 'u').exec(newer)?.[1] ?? '';
  if (!state || !stateName(state)) return place;
  return `${place}, ${state.endsWith('.') && !isStateAbbreviation(state) ? state.slice(0, -1) : state}`;
}

/**
 * A place put right told by its frame: the town's state, the post the town is set before, or the
 * thing it locates; null when none of these frames holds it (the cues and the place logic tell it).
 */
export function framedPlace(
  older: string,
  newer: string,
  before: string,
  after: string,
  articleText: string,
  readAsPlace = true,
): FramedPlace | null {
  const state = statePutRight(older, newer, before, after);
  const place = state ? state.town : after;
  const whole = state ? state.right : printedPlace(newer, after);
  const at = newer.search(new RegExp(`(?<![\\p{L}'’])${escapeRegExp(place)}(?![\\p{L}])`, 'u'));
  if (at < 0) return null;
  const wrong = state?.wrong ?? '';
  // "The Selby, Nebraska, fire chief, Rosa Vint": the town the post serves.
  const region = new RegExp(`^,\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?(?=,)`, 'u').exec(newer.slice(at + place.length))?.[0] ?? '';
  // (Only a town with its region between commas: "The Democratic sheriff", "the Harmon campaign
  // manager" name a party or a person.)
  const post = region && (readAsPlace || state) ? postOfTown(newer, at, at + place.length + region.length) : null;
  if (post) {
    const right = state ? whole : `${place}${region}`;
    return {
      what: post.holder ? `the town where ${post.holder} is ${post.post}` : `the town of the ${post.post}`,
      right,
      wrong,
      past: false,
    };
  }
  // "a purchase in Bristol, Va.", "Grace Chapel in downtown Easton": the thing the place locates.
  // ("a researcher at Helix Labs": "at" names a body one works or studies at, not a town.)
  const located = new RegExp(`\\b(in|near|outside)\\s+(downtown\\s+)?$`, 'i').exec(newer.slice(0, at));
  if (located) {
    const lead = newer.slice(0, located.index).trimEnd();
    const thing = thingLocated(lead, articleText);
    if (thing) {
      const hedge = HEDGE.exec(lead)?.[1]?.toLowerCase() ?? '';
      // (A building stands where it is: "It is in downtown Easton".)
      const standing = /^\p{Lu}/u.test(thing);
      return {
        what: `the location of ${thing}`,
        right: `${hedge ? `${hedge} ` : ''}${located[1]!.toLowerCase()} ${located[2] ? 'downtown ' : ''}${whole}`,
        wrong,
        // ("will perform at the Corn Exchange": what is still to come is told in the present.)
        past: !standing && !presentTense(lead) && !/\bwill\b/.test(lead),
      };
    }
  }
  if (!state) return null;
  // Else where the clause happened, as the cues tell it, with the town and its state.
  const cue = placeCue(newer, place);
  const clause = cue && cue.cueAt > 0 ? clauseAt(newer, cue.cueAt, articleText) : '';
  if (cue && clause) {
    const told = placeTold(cue, clause);
    return { what: told.what, right: told.right, wrong, past: !presentTense(clause) };
  }
  // ("Fairview, Mont." with nothing told there: which of the towns of that name.)
  return { what: `which ${place} was meant`, right: whole, wrong, past: false };
}
