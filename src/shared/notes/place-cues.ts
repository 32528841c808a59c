/**
 * Where a name is a place, by the words printed around it (review 11a): "the village of Qasr
 * Nadim", "their hometown of Brookton, Ohio", "the riverside party town Dorrow Vale", "in rural
 * St. Garret, Vermont", "Lantern Ledger Partners in Omaha", "Ivo Brandle, 60, from Kessel Bay".
 * A place put right is told as a place ("misstated the village near which …"), never as "a name"
 * nor as a person: the cues say what kind of place it is and whose, and the note names that.
 */
import { placeNouns } from './place-kinds';
import { checkNoteGrammar } from './grammar';
import { escapeRegExp, isTitleWord, looksLikeOrganization, nameRuns, personName, readsAsName } from './names';
import { tagged } from './topics';
import { isDateWord } from './edits';
import { isStateAbbreviation } from './datelines';

/** Nouns that say the name after them is a place: "the village of", "party town", "hometown of". */
const PLACE_NOUN = placeNouns(
  'hometown',
  'home town',
  'birthplace',
  'village',
  'town',
  'city',
  'county',
  'province',
  'region',
  'district',
  'suburb',
  'island',
  'port',
  'state',
  'country',
  'neighborhood',
  'neighbourhood',
  'borough',
  'municipality',
  'parish',
  'township',
  'capital',
  'resort',
  'enclave',
  'settlement',
  'valley',
  'commune',
);

/** Particles inside a place's name ("Beit al-Marra", "Rio de Oro", "Den Haag"): the name runs on through them. */
const PARTICLE = '(?:al|el|ad|as|ash|ar|an|at|az|ibn|bin|de|del|della|di|da|do|dos|das|du|la|le|les|van|von|der|den|ter|y)';

/** Words a noun phrase's modifiers never are: "on a hill near the village" is no modifier of "village". */
const NOT_MODIFIER = '(?:the|a|an|of|in|at|near|from|to|into|and|or|on|by|with|for|was|were|is|are|has|had|said|who|which|that)';

/** The last word of a place's name that says what kind of place it is: "Willow Square", "Exposition Park". */
const PLACE_KIND =
  /^(?:Square|Park|Plaza|Street|Avenue|Road|Beach|Bay|Harbor|Harbour|Stadium|Field|Center|Centre|Station|Bridge|Island|Lake|River|Valley|Hill|Heights|Gardens|Common|Airport|Port|Falls|Springs|Creek|County)$/;

/** A place's own abbreviation before it: "St. Garret", "Mt. Orrin", "Ft. Dale". */
const PLACE_ABBREVIATION = /^(?:St|Ste|Mt|Ft|Pt)\.$/;

export interface PlaceCue {
  /** The place as printed whole: "Beit al-Marra", "St. Orrin", "Birchmont Square". */
  place: string;
  /** The state, county or country printed after its comma: "Ohio" in "Fairhaven, Ohio". */
  region: string;
  /** The kind of place the sentence names: "village", "hometown", "home"; '' when only a preposition says it. */
  noun: string;
  /** Words before the noun that say which one: "Lebanese", "riverside party". */
  modifiers: string;
  /** The preposition that places the clause there: "in", "near", "from"; '' when none. */
  preposition: string;
  /** Whose place it is: "Lenk" for "their hometown" when the sentence names the Lenks, a person "from" it, … */
  owner: string;
  /** The body the place follows ("Lantern Ledger Partners in Omaha"): where it is based. */
  body: string;
  /** The person the place follows ("Ivo Brandle, 60, from Kessel Bay"): where that person is from. */
  person: string;
  /** Only the place's own last word ("Square", "Park") says it is one: told when nothing else can. */
  kindOnly?: boolean;
  /** Where the cue opens in the sentence ("near the village of …"), for the clause before it; -1 when none. */
  cueAt: number;
}

/** The place whole around the changed words: particles and abbreviations are its own. */
function wholePlace(sentence: string, changed: string): { start: number; end: number } | null {
  const first = changed.split(' ')[0] ?? changed;
  const found = new RegExp(`(?<![\\p{L}\\p{N}'’.-])${escapeRegExp(first)}(?![\\p{L}\\p{N}])`, 'u').exec(sentence);
  if (!found) return null;
  let start = found.index;
  let end = start + first.length;
  // On through capitals, hyphens and particles ("Alma al-Chaab", "Willow Square").
  const onward = new RegExp(`^(?:-\\p{Lu}[\\p{L}'’]*|\\s+(?:${PARTICLE}-)?\\p{Lu}[\\p{L}'’]*|\\s+${PARTICLE}\\s+\\p{Lu}[\\p{L}'’]*)`, 'u');
  for (let m = onward.exec(sentence.slice(end)); m; m = onward.exec(sentence.slice(end))) end += m[0].length;
  // Back through capitals and a place's abbreviation ("St. Orrin", "Kessel Bay" from "Bay").
  for (;;) {
    const back = /(\p{Lu}[\p{L}'’]*\.?)\s+$/u.exec(sentence.slice(0, start));
    if (!back) break;
    const word = back[1]!;
    if (word.endsWith('.') && !PLACE_ABBREVIATION.test(word)) break;
    // ("Harborview's Dockside": a possessive before the place is its owner, not its first word.)
    if (/['’]s?$/u.test(word)) break;
    // ("Said Omaha": a capital that opens the sentence stays out unless it is the place's own abbreviation.)
    if (back.index === 0 && !PLACE_ABBREVIATION.test(word)) break;
    start = back.index;
  }
  return { start, end };
}

/** The possessor "their"/"his"/"her" points to: the person or family the sentence names before it. */
function ownerBefore(lead: string, subject = false): string {
  // "Mira and Tobias Lenk": a couple sharing a surname is named as printed.
  const family = /\b\p{Lu}\p{Ll}+\s+and\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+\b/u.exec(lead);
  if (family) return family[0];
  const people = nameRuns(lead)
    .filter((r) => !looksLikeOrganization(r.text))
    .map((r) => personName(r.text) || (r.start > 0 ? r.text : ''))
    .filter((p) => p && !isDateWord(p));
  // (In the sentence before, the person it is about: the first named in full, not the last aside.)
  return (subject ? people.find((p) => p.includes(' ')) : people.at(-1)) ?? '';
}

/** An owner's thing: "Epstein's home", "Reyes' hometown", "the hometown of Mira and Tobias Lenk". */
function ownersOf(owner: string, thing: string): string {
  if (/\sand\s/.test(owner)) return `the ${thing} of ${owner}`;
  return /s$/.test(owner) ? `${owner}' ${thing}` : `${owner}'s ${thing}`;
}

/**
 * What the printed words say the changed place is, or null when nothing around it says it is a
 * place (a bare capitalized name with no cue stays with the name logic).
 */
export function placeCue(sentence: string, changed: string, previous = ''): PlaceCue | null {
  const span = wholePlace(sentence, changed);
  if (!span) return null;
  const place = sentence.slice(span.start, span.end);
  const lead = sentence.slice(0, span.start);
  const tail = sentence.slice(span.end);
  // ", Ohio," / ", North Tyneside." after the place: its region, unless a person speaks next
  // ("in Brookton, Omar Pell said") or an appositive follows ("…, Ada Marsh, the mayor").
  const regionMatch = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?=\s*(?:[,.;:]|$))/u.exec(tail);
  // ("Marlow, Ky.", "Linden, N.J.": AP's abbreviation of a state keeps its points, and is no body's initials.)
  const stateAbbreviation = !!regionMatch && isStateAbbreviation(regionMatch[1]!);
  const region =
    regionMatch &&
    (stateAbbreviation || !/^,\s*(?:the|a|an)\s/i.test(tail.slice(regionMatch[0].length))) &&
    (stateAbbreviation || !looksLikeOrganization(regionMatch[1]!))
      ? stateAbbreviation
        ? regionMatch[1]!
        : regionMatch[1]!.replace(/\.$/, '')
      : '';
  const nounCue = new RegExp(
    `(?:\\b(in|at|near|from|outside|to|into|around|across|of)\\s+)?(?:(the|a|an|their|his|her|its|our)\\s+)?` +
      `((?:(?!${NOT_MODIFIER}\\b)[\\p{L}-]+\\s+){0,3}?)\\b(${PLACE_NOUN})(?:\\s+of)?\\s+$`,
    'iu',
  ).exec(lead);
  // ("City Engineer Ana Lopez", "County Supervisor Raul Ortega": a capitalized kind of place opens a
  // title, and a person follows; the cue is a lowercase noun.)
  if (nounCue && /^\p{Ll}/u.test(nounCue[4]!) && !place.split(' ').some(isTitleWord)) {
    const determiner = (nounCue[2] ?? '').toLowerCase();
    // ("they worried … in their hometown": the person the sentence before names.)
    const owner = /^(?:their|his|her)$/.test(determiner) ? ownerBefore(lead.slice(0, nounCue.index)) || ownerBefore(previous, true) : '';
    return {
      place,
      region,
      noun: nounCue[4]!.toLowerCase(),
      modifiers: (nounCue[3] ?? '').trim(),
      preposition: (nounCue[1] ?? '').toLowerCase(),
      owner,
      body: '',
      person: '',
      cueAt: nounCue.index + (/^\s/.test(nounCue[0]) ? 1 : 0),
    };
  }
  // "the Charlotte metro area": a kind of place named after the name.
  const trailing = /^\s+(metro area|metropolitan area|area|region|suburbs|countryside|coast)\b/.exec(tail);
  // ("Mecklenberg County, the home of the Charlotte metro area": the place it is the home of.)
  const homeOf = /(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*),\s+(?:the\s+)?home\s+(?:of|to)\s+(?:the\s+)?$/u.exec(lead);
  // "in Harborview's Dockside neighborhood": a part of a town named after its name, and the
  // preposition that puts the clause there.
  const quarter = /^\s+(neighborhood|neighbourhood|district|section|quarter)\b/.exec(tail);
  const into = quarter ? /\b(in|at|near|outside|from)\s+(?:the\s+|\p{Lu}[\p{L}'’-]*(?:['’]s|['’])\s+)?$/u.exec(lead) : null;
  if (quarter && into)
    return {
      place,
      region: '',
      noun: quarter[1]!,
      modifiers: '',
      preposition: into[1]!.toLowerCase(),
      owner: '',
      body: '',
      person: '',
      cueAt: into.index,
    };
  if (trailing)
    return {
      place,
      region: '',
      noun: trailing[1]!,
      modifiers: homeOf ? homeOf[1]! : '',
      preposition: '',
      owner: '',
      body: '',
      person: '',
      cueAt: -1,
    };
  // "his home in Palm Beach": a home, a farm, an office of someone named before.
  const home = /\b(his|her|their)\s+(home|house|farm|ranch|office|estate|mansion|apartment|flat)\s+(in|at|near|outside)\s+$/iu.exec(lead);
  if (home) {
    const owner = ownerBefore(lead.slice(0, home.index));
    if (owner)
      return {
        place,
        region,
        noun: home[2]!.toLowerCase(),
        modifiers: '',
        preposition: home[3]!.toLowerCase(),
        owner,
        body: '',
        person: '',
        cueAt: -1,
      };
  }
  // "founder of Lantern Ledger Partners in Omaha": the body's seat.
  // (A body by its kind of name, or one a post is held "at"/"of": "partner at Brightwater Advisors in".)
  const based = /(\b(?:at|of|for|with)\s+)?((?:\p{Lu}[\p{L}&'’.-]*\s+){1,5})in\s+$/u.exec(lead);
  if (based && (looksLikeOrganization(based[2]!.trim()) || (based[1] && based[2]!.trim().split(/\s+/).length >= 2)))
    return { place, region, noun: '', modifiers: '', preposition: 'in', owner: '', body: based[2]!.trim(), person: '', cueAt: -1 };
  // "Richard Weir, 60, from Tynemouth": where the person is from.
  const from = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*),\s+(?:\d+,\s+)?from\s+$/u.exec(lead);
  if (from && personName(from[1]!).split(' ').length >= 2 && !looksLikeOrganization(from[1]!))
    return { place, region, noun: '', modifiers: '', preposition: 'from', owner: '', body: '', person: personName(from[1]!), cueAt: -1 };
  // "on loudspeakers in Willow Square": a name that ends on a kind of place is one.
  const at = /\b(in|at|near|outside)\s+$/i.exec(lead);
  if (at && PLACE_KIND.test(place.split(' ').at(-1)!))
    return {
      place,
      region,
      noun: '',
      modifiers: '',
      preposition: at[1]!.toLowerCase(),
      owner: '',
      body: '',
      person: '',
      cueAt: at.index,
      kindOnly: true,
    };
  // "in rural St. Garret, Vermont": "rural", or a region after the comma, says it is a place.
  const rural = /\b(in|at|near|outside|from)\s+(rural|suburban|coastal|northern|southern|eastern|western|central|downtown)\s+$/iu.exec(
    lead,
  );
  if (rural || (region && /\b(?:in|at|near|outside)\s+$/i.test(lead)))
    return {
      place,
      region,
      noun: '',
      modifiers: rural ? rural[2]!.toLowerCase() : '',
      preposition: rural ? rural[1]!.toLowerCase() : /\b(in|at|near|outside)\s+$/i.exec(lead)![1]!.toLowerCase(),
      owner: '',
      body: '',
      person: '',
      cueAt: rural ? rural.index : lead.search(/\b(?:in|at|near|outside)\s+$/i),
    };
  return null;
}

/** "near" → "near which": how the clause before the cue is joined to the kind of place. */
function joined(preposition: string): string {
  return /^(?:near|outside|around|across|from)$/.test(preposition) ? `${preposition} which` : 'where';
}

/**
 * The note's "what" and right value for a place told by its cue: "the village near which the
 * crew was filming" / "Beit al-Marra"; "the Lenks' hometown" / "Fairhaven, Ohio"; "where
 * Lantern Ledger Partners is based" / "in Denver". `clause` is what happens at the place, as the
 * sentence tells it before the cue ('' when it tells none).
 */
export function placeTold(cue: PlaceCue, clause: string): { what: string; right: string } {
  const named = cue.region ? `${cue.place}, ${cue.region}` : cue.place;
  if (cue.body) return { what: `where ${cue.body} is based`, right: `in ${cue.place}` };
  // ("where Richard Weir is from" would end the sentence on its preposition.)
  if (cue.person) return { what: ownersOf(cue.person, 'hometown'), right: named };
  if (/^(?:hometown|home town|birthplace)$/.test(cue.noun))
    return { what: cue.owner ? ownersOf(cue.owner, cue.noun) : `the ${cue.noun}`, right: named };
  if (cue.owner) return { what: `the location of ${ownersOf(cue.owner, cue.noun)}`, right: `in ${cue.place}` };
  const kind = [cue.modifiers, cue.noun].filter(Boolean).join(' ');
  // ("the town where flood waters closed …": a lowercase word after "where" could read as its
  // verb, so the clause is joined by "in which" when it opens on one.)
  const relative =
    cue.noun && cue.preposition === 'in' && /^(?!(?:the|a|an|its|their|his|her)\s)\p{Ll}/u.test(clause)
      ? 'in which'
      : joined(cue.preposition);
  const where = clause && cue.preposition && cue.preposition !== 'of' ? `${relative} ${clause}` : '';
  // ("the metro area in Mecklenberg County": a trailing kind of place holds the name of its home.)
  if (cue.noun && cue.cueAt < 0 && cue.modifiers) return { what: `the ${cue.noun} in ${cue.modifiers}`, right: named };
  if (cue.noun) return { what: where ? `the ${cue.noun} ${where}` : `the name of the ${kind}`, right: named };
  // ("in downtown Easton": the heart of a town is named with it.)
  if (where) return { what: where, right: `${cue.preposition} ${cue.modifiers === 'downtown' ? 'downtown ' : ''}${named}` };
  // "Willow Square": the kind of place its name ends on.
  const kindOfPlace = PLACE_KIND.test(cue.place.split(' ').at(-1)!) ? cue.place.split(' ').at(-1)!.toLowerCase() : '';
  if (kindOfPlace) return { what: `the name of the ${kindOfPlace}`, right: cue.place };
  return { what: cue.region ? `a place in ${cue.region}` : `a ${kind || 'place'} name`, right: cue.place };
}

/** Prepositions that say where, after which a clause may stop on its verb: "the chase ended | on a street". */
const LOCATIVE = /^(?:on|at|in|near|along|across|inside|outside|behind|beside|beneath|under|through|onto|into)$/;

/** Words that open a clause inside a sentence: what follows is the clause with a subject of its own. */
const SUBORDINATOR = /^(?:.*\s)?(?:when|after|before|once|because|until|whereas|although|though|if)\s+(?=\S+\s+\S)/i;

/** The clause the last subordinating word opens ("when a fire broke out" → "a fire broke out"), when it has a verb past its subject. */
function subordinateClause(clause: string): string {
  const opened = SUBORDINATOR.exec(clause);
  if (!opened) return clause;
  const rest = clause.slice(opened[0].length);
  const verb = tagged(rest).findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return verb > 0 ? rest : clause;
}

/** Subjects that name no one in a note ("misstated the village near which they …"). */
const PRONOUN_SUBJECT = /^(?:they|he|she|it|we|i|you|this|that|these|those)$/i;

/**
 * What happens at the place, as the sentence tells it before the cue: "the crew had been filming"
 * (its verb and object, without the stretch after them), "Bianca Jones died" (the name an aside
 * stood between), "Lena Moss fell ill" (a relative clause's name). '' when it tells no one doing
 * anything, or would copy the article.
 */
export function clauseAt(sentence: string, cueAt: number, articleText: string): string {
  // The last sentence of a quoted inscription the line holds, then its clause commas (not those
  // inside a figure, "5,000").
  const lead = sentence.slice(0, cueAt).trim();
  const parts = lead
    .slice(Math.max(0, ...[...lead.matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu)].map((m) => m.index + m[0].length)))
    .split(/,(?!\d{3}\b)\s*/);
  let clause = parts.at(-1)!.replace(/^(?:and|but|while|as)\s+/i, '');
  // "When a fire broke out", "… the suspects after a card was traced": the clause that holds the
  // place is the one the last subordinating word opens, when it has a verb of its own.
  clause = subordinateClause(clause);
  const nameEnding = (text: string | undefined) => {
    const run = text ? nameRuns(text).at(-1) : undefined;
    return run && run.end >= text!.trimEnd().length - 1 && !looksLikeOrganization(run.text) ? personName(run.text) || run.text : '';
  };
  const opensOnVerb = (text: string) => ['VERB', 'AUX'].includes(tagged(text)[0]?.pos ?? '');
  // "Lena Moss, who fell ill": the relative clause is the name's.
  const relative = /^(?:who|which)\s+(.+)$/i.exec(clause);
  if (relative) clause = ((name) => (name ? `${name} ${relative[1]}` : ''))(nameEnding(parts.at(-2)));
  // "her friend Bianca Jones, also 19, died": an aside between the name and its verb.
  else if (clause && opensOnVerb(clause) && parts.length >= 3 && parts.at(-2)!.split(/\s+/).length <= 3)
    clause = ((name) => (name ? `${name} ${clause}` : ''))(nameEnding(parts.at(-3)));
  // "a fire that left two buildings in ruins": the relative clause told with its noun ("a fire left …").
  else clause = clause.replace(/^.*?\b((?:the|a|an)\s+[\p{Ll}-]+)\s+(?:that|which)\s+(?=\p{Ll})/u, '$1 ');
  // "Police said the crowd gathered": the event, not the saying.
  clause = clause.replace(/^(?:[\p{L}.'’-]+\s+){1,4}?(?:said|says|reported|told\s+\p{L}+)\s+(?:that\s+)?(?=\S+\s+\S+)/u, '');
  const tags = tagged(clause);
  const verb = tags.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb <= 0 || PRONOUN_SUBJECT.test(tags[0]!.text)) return '';
  // ("Flood waters closed …": a capital that only opened the sentence is lowercase in the note.)
  // ("Kade entered …": a name the article prints mid-sentence keeps its capital.)
  const opener = /^\p{Lu}\p{Ll}*/u.exec(clause)?.[0] ?? '';
  if (
    /^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(clause) &&
    !readsAsName(opener, articleText) &&
    new RegExp(`(?:^|[.!?]["”’]?\\s+["“‘]?)${escapeRegExp(clause)}`, 'u').test(sentence)
  )
    clause = clause.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  // (A clause the note's own checks would refuse — copied, or read as a dangling word — is no clause.)
  const fits = (text: string) =>
    text.split(/\s+/).length <= 12 && checkNoteGrammar(`An earlier version misstated where ${text}.`, articleText).length === 0;
  if (fits(clause)) return clause;
  // The clause to its verb and object: "the crew had been filming (for an hour on a hill)".
  // ("one of the stolen cards": "of" holds a noun phrase together, and cuts none. "The end came |
  // on a street": right after its verb only a preposition of place cuts, never a particle, "broke out".)
  const cut = tags.findIndex(
    (t, k) => t.pos === 'ADP' && t.lower !== 'of' && (k > verb + 1 || (k === verb + 1 && k > 1 && LOCATIVE.test(t.lower))),
  );
  if (cut < 0) return '';
  let at = 0;
  for (const t of tags.slice(0, cut)) at = clause.indexOf(t.text, at) + t.text.length;
  const core = clause.slice(0, at).trim();
  return fits(core) ? core : '';
}
