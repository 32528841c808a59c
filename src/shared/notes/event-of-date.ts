/**
 * The event a corrected date, day or year is the time of, read from the date's own sentence, so
 * the note says what happened then: "misstated the day the fire started. It was Thursday, not
 * Wednesday." A copy chief never writes "misstated a day" or "the date reaching record highs": the
 * reader must learn whose day or year it was.
 *
 * The sentence is read around the date by its structure, never by its words:
 * - a chronology line ("Oct. 6, 1944: First game.") dates the entry after its colon;
 * - the date before a noun ("the Oct. 13 attack that killed …") dates that noun;
 * - a clause led by "when", "after", "as" … ("when Varley was arrested in 2005") dates that clause;
 * - a relative clause ("The fire that appeared to start … on Wednesday") dates what it tells;
 * - a day set between a subject and its verb ("The council on Monday voted …") dates that clause;
 * - a participle after a comma ("…, reaching record highs in April 2025") dates the subject's deed;
 * - "until June 9" is how long something runs; "since 2015" with "has led" is the year it began;
 * - a main clause closing on its date ("Sweden became a member in March 2024") dates that clause.
 * Anything else is left to the caller's older reading (null).
 */
import { isPluralNoun } from './plurals';
import { clauseTense } from './clause-tense';
import { pronounAsMainSubject } from './subordinate-pronoun';
import { clauseOpening as opening } from './clause-opening';
import { studyDated } from './dated-thing';
import { IRREGULAR_PAST } from './past-forms';
import { paperDated } from './dated-papers';
import { isDateWord, isYear } from './edits';
import { copiedFragment } from './grammar';
import { eventEndsAtDate, withoutAsides, withoutOrigin } from './event-asides';
import { namedForIt } from './passive-it';
import { proceedingNamed } from './proceedings-referred';
import { plainText } from './sentences';
import { spanEdge } from './span-ends';
import { toldAsSuspect } from './suspects';
import { clauseAfterTime, opensOnTime, partOfDayOpened, TIME_HEDGE } from './time-openers';
import { tagged } from './topics';
import { WEEKDAY, WEEKDAY_NAME } from './weekdays';
import { leadsAClause } from './preposition-leads';
import { ownersDatedEvent } from './possessed-dates';
import { isRelativeDay } from './relative-days';
import { datesRequestedDeed } from './requested-deeds';
import { asideRelativeClause } from './aside-relatives';
import { frontedEvent } from './fronted-events';
import { withoutLongTitle } from './titled-subjects';

/** A month as a date prints it: "March", "Sept.", "Jan.". */
const MONTH_NAME = String.raw`(?:(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December)`;
const PART_OF_DAY = /^\s*(?:morning|afternoon|evening|night)\b/;
/** Words that lead a clause of its own, whose event the date then belongs to. */
const SUBORDINATOR = /\b(?:when|after|before|as|once|while|because|since|until|where)\s+/giu;
/** Prepositions (and time words) that tie a date to what it dates: cut before the clause is told. */
const TIE =
  /(?:\s*\b(?:on|in|by|during|since|until|till|through|from|of|at|this|last|late|early|the (?:winter|spring|summer|fall|autumn) of|the (?:start|end|middle) of))+$/i;
/** Words that open a clause before its subject, set aside: "Even so,", "However,". */
const LEAD_IN = /^(?:even so|however|still|meanwhile|yet|but|and|instead|in fact|by contrast|at the time),\s+/i;
/** A verb of the past, as the clause prints it ("was arrested", "killed", "appeared"). */
const PAST = /\b(?:was|were|had|did)\b|\b\p{Ll}{3,}ed\b/u;
/** "-ing" forms whose past is not the stem with -ed. */
const ING_PAST: Record<string, string> = {
  rising: 'rose',
  falling: 'fell',
  hitting: 'hit',
  growing: 'grew',
  holding: 'held',
  making: 'made',
  taking: 'took',
  coming: 'came',
  going: 'went',
  running: 'ran',
  winning: 'won',
  setting: 'set',
  sinking: 'sank',
  losing: 'lost',
  becoming: 'became',
  leaving: 'left',
  getting: 'got',
  topping: 'topped',
};
/** "led" → "lead": past participles of a perfect ("has led … since") whose base is not the stem. */
const BASE: Record<string, string> = {
  led: 'lead',
  run: 'run',
  held: 'hold',
  had: 'have',
  kept: 'keep',
  taught: 'teach',
  lived: 'live',
  served: 'serve',
  made: 'make',
  sat: 'sit',
  stood: 'stand',
  headed: 'head',
  owned: 'own',
  managed: 'manage',
  chaired: 'chair',
  coached: 'coach',
  worked: 'work',
  taken: 'take',
  given: 'give',
  written: 'write',
  played: 'play',
  studied: 'study',
  represented: 'represent',
  overseen: 'oversee',
  directed: 'direct',
  edited: 'edit',
  hosted: 'host',
  volunteered: 'volunteer',
  joined: 'join',
  covered: 'cover',
  reported: 'report',
};

/**
 * What the value names: "day" (Thursday), "date" (June 4), "month" (May, May 2025) or "year" (2017).
 * A month whose fix changed only its year ("January 2023" → "January 2024") names the year, never
 * the month that stayed right (`wrong`, the value as it was).
 */
function unitOf(value: string, wrong = ''): string {
  const words = value.replace(/,/g, '').split(/\s+/);
  // ("this evening", "tomorrow night": a day told relative to the article's is a day; relative-days.ts.)
  if (words.some((w) => WEEKDAY_NAME.test(w)) || isRelativeDay(value)) return 'day';
  // ("2 p.m.", "14:30": a clock time, "the time the victim saw …".)
  if (/^(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d|noon|midnight)$/i.test(value.trim())) return 'time';
  if (words.some((w) => /^\d{1,2}$/.test(w))) return 'date';
  if (words.length === 1 && isYear(words[0]!)) return 'year';
  const was = wrong.replace(/,/g, '').split(/\s+/);
  const changed = words.filter((w, i) => was[i] !== w);
  if (words.some((w) => isDateWord(w)))
    return was.length === words.length && changed.length === 1 && isYear(changed[0]!) ? 'year' : 'month';
  return 'date';
}

/** "when the tanker docked" for a day (a day is when, as the older notes tell it); "the year Vale was elected" else. */
const whenOf = (unit: string) => (unit === 'day' ? 'when' : `the ${unit}`);
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;
const isVerb = (pos: string | undefined) => pos === 'VERB' || pos === 'AUX';
const hasVerb = (clause: string) => tagged(clause).some((t) => isVerb(t.pos));
/** The note's own clause ends clean: no comma tail, no "also" that pointed at the line before. */
const tidy = (clause: string) =>
  clause
    .replace(/\s+\balso\b/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[,;:.\s]+$/, '')
    .trim();
/** The subject of a clause: its words before the first verb ("women's participation in the workforce"). */
export function subjectOf(clause: string): string {
  const tokens = tagged(clause);
  // "Hiring of nurses has recovered": a gerund that opens the clause is its subject, not its verb.
  const at = tokens.findIndex((t, k) => isVerb(t.pos) && !(k === 0 && /ing$/i.test(t.text)));
  if (at <= 0) return '';
  const words = clause.split(/\s+/);
  // The tagger splits "women's" into two tokens: count the clause's own words up to the verb.
  const verb = tokens[at]!.text;
  const k = words.findIndex((w) => w.replace(/[,.;:]$/, '') === verb);
  return k > 0 ? words.slice(0, k).join(' ') : '';
}
/** "Ravel, 61," / "Marla Quint, the director,": a subject told without its appositive. */
const withoutAppositive = (subject: string) => subject.replace(/,\s+[^,]+,?\s*$/, '').replace(/,\s+[^,]+,\s+/, ' ');

/** "reaching" → "reached", "rising" → "rose": a participle after a comma, told as its subject's deed. */
function pastOfIng(word: string): string {
  const lower = word.toLowerCase();
  if (ING_PAST[lower]) return ING_PAST[lower]!;
  const stem = lower.replace(/ing$/, '');
  if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ied`;
  return /e$/.test(stem) ? `${stem}d` : `${stem}ed`;
}

export interface DateEvent {
  /** "the day the fire started", "the date of the first game", "how long the exhibit will run". */
  what: string;
  /** The right value told whole: "It was Thursday", "It will run until June 4". */
  right: string;
}

/**
 * The event `value` (the right date as printed in `sentence`) is the time of, with the right fact
 * in the event's tense; null when the sentence does not say plainly what happened then. `wrong` is
 * the date the old version printed.
 */
export function eventOfDate(sentence: string, value: string, articleText = '', wrong = ''): DateEvent | null {
  const found = readEvent(sentence, value, articleText, wrong);
  // "the date the hearing is set for": a clause left on its preposition names no event; the
  // caller's reading ("the date of the hearing") tells it better.
  // A clause that copies eight of the article's words running is no note's wording (grammar.ts):
  // the caller's shorter reading is told instead.
  return found &&
    !/\b(?:for|to|at|of|on|in|by|with|from|until|till|through|since|as)$/i.test(found.what) &&
    !(articleText && copiedFragment(found.what, articleText))
    ? found
    : null;
}

function readEvent(sentence: string, value: string, articleText: string, wrong: string): DateEvent | null {
  // ("That trial is scheduled …": the proceeding named from the sentence before, proceedings-referred.ts.)
  const line = proceedingNamed(plainText(sentence).replace(/\s+/g, ' ').trim(), sentence, articleText);
  let at = line.indexOf(value);
  let printed = value;
  if (at < 0) {
    printed = value.replace(/,/g, '');
    at = line.indexOf(printed);
  }
  if (at < 0) return null;
  const unit = unitOf(value, wrong);
  const head = line.slice(0, at).trimEnd();
  const tail = line.slice(at + printed.length).replace(PART_OF_DAY, '');
  const tie = (TIE.exec(head)?.[0] ?? '').trim().toLowerCase();
  const before = head.replace(TIE, '').trim();
  // The event's own verb gives the tense: "is set to begin" is still to come though "set" reads as
  // a past, "said it has" was said, "was arrested" is done.
  const tense = (clause: string) => clauseTense(clause) || (PAST.test(clause) || IRREGULAR_PAST.test(clause) ? 'was' : 'is');
  // ("called on Ure to testify … on April 22": the date is the deed asked for, still ahead; requested-deeds.ts.)
  const told = (what: string, clause: string): DateEvent => ({
    what,
    right: `It ${datesRequestedDeed(clause) ? 'is' : tense(clause)} ${value}`,
  });

  // "Oct. 6, 1944: First game." — a chronology's entry is history, dated by its line.
  if (!before && /^\s*:/.test(tail)) {
    const entry = tail
      .replace(/^\s*:\s*/, '')
      .split(/(?<=[.;])\s/)[0]!
      .replace(/[.;]$/, '');
    if (!entry || wordsOf(entry) > 8 || /^["“]/.test(entry)) return null;
    // "First game": an entry's capital only opens its line, unless it is a name.
    const thing = tagged(entry)[0]?.pos === 'PROPN' ? entry : entry.charAt(0).toLowerCase() + entry.slice(1);
    const noun = /^(?:the|a|an|its|their|his|her)\s/i.test(thing) ? thing : `the ${thing}`;
    return { what: `the date of ${noun}`, right: `It was ${value}` };
  }

  // "the audit, which was dated March 9" — a paper's own date is the date of the paper (dated-papers.ts).
  const paper = paperDated(head);
  if (paper) return { what: `the ${unit} of ${paper}`, right: `It is ${value}` };

  // "a 30-day comment period that ends on May 8" — the span's edge is the event (span-ends.ts).
  const span = spanEdge(before);
  if (span) return told(`${whenOf(unit)} ${span}`, span);

  // "In 2009, crews …", "On the night of 14 March, officers …" — a time that opens the sentence
  // dates its main clause (time-openers.ts).
  if (opensOnTime(head)) {
    const clause = clauseAfterTime(tail);
    const subject = clause ? subjectOf(clause) : '';
    if (!subject || /^(?:it|they|he|she|we|this|that|there)$/i.test(subject.trim())) return null;
    const part = partOfDayOpened(head);
    // (Its tense is the main verb's, not a participle's in the subject: "crews repairing … stumbled".)
    const event = told(`${part ? `the ${part}` : whenOf(unit)} ${opening(clause, articleText)}`, clause.replace(/\b\p{Ll}+ing\b/gu, ''));
    // ("Just after 2 p.m., …": the hedge is told with the value, "It was just after 2 p.m.".)
    const hedge = TIME_HEDGE.test(head) ? head.toLowerCase() : /^back\s+in\s+(late|early)$/i.exec(head)?.[1]?.toLowerCase();
    if (!hedge) return event;
    // ("Back in late 2024": a part of the year is when, not "the year".)
    const what = /^(?:late|early)$/.test(hedge) ? event.what.replace(/^the (?:year|month)\s/, 'when ') : event.what;
    return { what, right: event.right.replace(/^(It \S+) /, `$1 ${hedge} `) };
  }

  // ("After Jamshedpur FC's loss … on Monday, …", "In making the announcement on Wednesday, Premier Ada Roe …":
  // the fronted phrase's event, fronted-events.ts.)
  const fronted = frontedEvent(line, printed, unit === 'day' ? 'the day' : `the ${unit}`, pastOfIng);
  if (fronted) return told(fronted.what, fronted.clause);

  // "the city's May 9 runoff" — the date between an owner and its noun dates that noun (possessed-dates.ts).
  const owned = !tie ? ownersDatedEvent(before, tail) : '';
  if (owned) return told(`the ${unit} of ${owned}`, line);

  // "the Oct. 13 attack that killed …" — the date before a noun dates that noun.
  // ("October exercise called off", "a 2012 survey": a line's opening date, or one after "a", is as attributive.)
  const attributive =
    (/(?:^|\s)(?:the|a|an)$/i.test(before) || !before) && !tie && /^\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?)/u.exec(tail);
  if (attributive) {
    const rest = tail.trim();
    const tokens = tagged(rest);
    let nouns = 0;
    while (nouns < Math.min(2, tokens.length) && ['NOUN', 'ADJ'].includes(tokens[nouns]!.pos)) nouns++;
    if (!nouns || tokens[nouns - 1]!.pos !== 'NOUN') return null;
    const words = rest.split(/\s+/);
    let noun = words
      .slice(0, nouns)
      .join(' ')
      .replace(/[,.;:]$/, '');
    // Its relative clause says which one, up to the next comma or dash.
    const relative = /^\s*(?:that|which|who)\s+[^,;:—–]+?(?=\s+[-—–]\s|[,;:—–]|$)/.exec(words.slice(nouns).join(' '))?.[0] ?? '';
    if (relative && wordsOf(relative) <= 8) noun = `${noun} ${tidy(relative)}`;
    return told(`the ${unit} of the ${tidy(noun)}`, relative || line);
  }

  // "…, reaching record highs in April 2025" — a participle after a comma is the subject's deed.
  const segments = before.split(/,\s+/);
  const last = segments.at(-1) ?? '';
  const participle = /^(\p{Ll}+ing)\s+(.+)$/u.exec(last);
  // ("including 12 in March", "according to …": a participle that only introduces is no deed.)
  if (
    participle &&
    segments.length >= 2 &&
    !/^(?:including|excluding|according|following|starting|beginning|ending|during|compared)$/i.test(participle[1]!)
  ) {
    const main = segments
      .slice(0, -1)
      .join(', ')
      .replace(LEAD_IN, '')
      .replace(/^(?:\p{Lu}\p{Ll}+\s+so),\s+/u, '');
    const subject = subjectOf(main);
    if (!subject || wordsOf(subject) > 6 || /^(?:it|they|he|she|this|that)$/i.test(subject)) return null;
    const clause = `${opening(subject, articleText)} ${pastOfIng(participle[1]!)} ${participle[2]}`;
    if (wordsOf(clause) > 14) return null;
    return { what: `${whenOf(unit)} ${tidy(clause)}`, right: `It was ${value}` };
  }

  // "… will run until June 9" — how long something runs, told in its own tense.
  if (/^(?:until|till|through)$/.test(tie)) {
    const conjuncts = before.split(/\s+and\s+/);
    const whole = before.replace(LEAD_IN, '');
    const subject = subjectOf(whole);
    // Only a thing ("the exhibit", "its run"): a person's "until" is a term, told another way.
    if (!subject || !/^(?:the|its|their)\s/i.test(subject) || wordsOf(subject) > 5) return null;
    const rest = conjuncts.length > 1 ? conjuncts.at(-1)! : whole.slice(subject.length).trim();
    if (!isVerb(tagged(rest)[0]?.pos) || wordsOf(rest) > 5) return null;
    const pronoun = /s$/.test(subject.split(' ').at(-1)!) && !/ss$/.test(subject) ? 'They' : 'It';
    return {
      what: `how long ${opening(subject, articleText)} ${rest}`,
      // (The wrong date is given here: the caller adds it only after "It is" or "It was".)
      right: `${pronoun} ${rest} ${tie} ${value}${wrong && wrong !== value ? `, not ${wrong}` : ''}`,
    };
  }

  // "Ravel has led the union since 2015" — the year the lasting deed began. ("Since 2015, the
  // district has lost …": the clause after the date, when the date opens the line.)
  if (tie === 'since') {
    const lasting = before || tail.replace(/^,\s+/, '').replace(/[.]$/, '');
    const perfect = /^(.+?)\s+(has|have)\s+(\p{Ll}+)\s+(.+)$/u.exec(before ? before.replace(LEAD_IN, '') : lasting.split(/,(?!\d)/)[0]!);
    if (!perfect || (!before && !/^,/.test(tail))) return null;
    const subject = withoutAppositive(perfect[1]!);
    const [aux, verb, rest] = [perfect[2]!, perfect[3]!, tidy(perfect[4]!)];
    if (wordsOf(subject) > 5 || !/\p{Lu}|^(?:the|its|their|she|he|they)\s/iu.test(subject) || /^(?:it|there)$/i.test(subject)) return null;
    const who = opening(subject, articleText);
    const base = BASE[verb] ?? '';
    // "has lost 1,200 students since", "have climbed 40% since": a count reckoned from that year.
    if (/\d/.test(rest) || (!base && verb !== 'been')) {
      const clause = opening(`${subject} ${aux} ${verb} ${rest}`, articleText);
      return wordsOf(clause) > 14 ? null : { what: `the ${unit} since which ${clause}`, right: `It is ${value}` };
    }
    // "has been president since": the year the post began; "has been closed since" is a state, told elsewhere.
    if (verb === 'been' && !/^(?:an?\s|the\s|its\s|their\s|\p{Lu})/u.test(rest) && tagged(rest)[0]?.pos !== 'NOUN') return null;
    const deed = verb === 'been' ? `became ${rest}` : `began to ${base} ${rest}`;
    const clause = `${who} ${deed}`;
    if (wordsOf(clause) > 14) return null;
    return { what: `${whenOf(unit)} ${tidy(clause)}`, right: `It was ${value}` };
  }

  // "The shelter, built in 1961, will be torn down" — a participle set beside its noun.
  const beside =
    /^((?:the|its|their|his|her|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+),\s+((?:first|originally|later|newly|once)\s+)?(\p{Ll}+(?:ed|en)|built|made|held|set|begun|founded)$/iu.exec(
      before,
    );
  if (beside && /^,/.test(tail))
    return told(
      `${whenOf(unit)} ${opening(beside[1]!, articleText)} ${isPluralNoun(beside[1]!.split(' ').at(-1)!) ? 'were' : 'was'} ${beside[2] ?? ''}${beside[3]}`,
      'was',
    );

  // "… when Varley was arrested in 2005" — the clause the subordinator leads.
  // ("… before the panel": a subordinator with no verb after it is a preposition; preposition-leads.ts.)
  const leads = [...before.matchAll(SUBORDINATOR)].filter((m) => leadsAClause(before.slice(m.index! + m[0].length)));
  const lead = leads.at(-1);
  if (lead) {
    // "… to adopt the system when it was first introduced": the passive "it" is the system (passive-it.ts).
    let clause = namedForIt(tidy(before.slice(lead.index! + lead[0].length)), before.slice(0, lead.index!));
    // "reopened the highway … after a rockslide closed it": the "it" is the thing the main clause named.
    const named = /\b((?:the|its|their)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)\b[^,]*$/u.exec(before.slice(0, lead.index!))?.[1];
    const thing = named?.replace(/(?:\s+(?:on|in|at|of|for|to|by|with|from|after|before|during|last|this))+$/, '');
    if (/\sit$/.test(clause) && thing && thing.split(' ').length >= 2) clause = clause.replace(/it$/, thing);
    // ("… was charged after he was arrested": the pronoun is the main clause's subject; subordinate-pronoun.ts.)
    clause = pronounAsMainSubject(clause, withoutAppositive(subjectOf(before.slice(0, lead.index!).replace(LEAD_IN, ''))));
    // ("after Nigerian Minister of Mines and Steel Development Olamilekan Adegbite said …": a long
    // title before the name is left out, the name told alone; titled-subjects.ts.)
    clause = withoutLongTitle(clause, subjectOf(clause));
    if (wordsOf(clause) >= 2 && wordsOf(clause) <= 12 && !clause.includes(',') && hasVerb(clause) && subjectOf(clause))
      return told(`${whenOf(unit)} ${opening(clause, articleText)}`, clause);
    return null;
  }

  // "the studio, which opened a second office in March" — a relative clause set off by its comma (aside-relatives.ts).
  const aside = asideRelativeClause(before);
  if (aside) return told(`${whenOf(unit)} ${opening(aside, articleText)}`, aside);

  // "The fire that appeared to start in one flat on Wednesday" — the relative clause's event.
  const relative = /(?:^|\s)((?:the|a|an|its|their|his|her)\s+(?:[\p{L}\d'’-]+\s+){0,3}?)(?:that|which|who)\s+(.+)$/iu.exec(before);
  // Only a relative clause whose own subject is the noun ("the fire that appeared to start"); "the
  // company that Vale founded" is the object's, and "the company Vale founded" would misread.
  const opensOnVerb = (clause: string) => /^\p{Ll}+ed\b/u.test(clause) || isVerb(tagged(clause)[0]?.pos);
  if (relative && opensOnVerb(relative[2]!)) {
    const clause = tidy(`${relative[1]!.trim()} ${relative[2]}`);
    if (wordsOf(clause) > 12 || clause.includes(',')) return null;
    return told(`${whenOf(unit)} ${opening(clause, articleText)}`, clause);
  }

  // "Research for the ministry in 2012 showed …" — a study the year dates, not its finding (dated-thing.ts).
  const study = tie === 'in' && (unit === 'year' || unit === 'month') ? studyDated(before.replace(LEAD_IN, ''), tail, articleText) : '';
  if (study) return { what: `the ${unit} ${study}`, right: `It was ${value}` };
  // "The city council on Monday voted 5-2 to shut it, citing …" — a day between subject and verb.
  if (before && !hasVerb(before) && isVerb(tagged(tail.trim())[0]?.pos)) {
    let clause = tidy(`${before.replace(LEAD_IN, '')} ${tail.trim().split(/[,;:—–]|\s[-]\s|\s+which\s/)[0]}`);
    // "… to shut it": a pronoun object names nothing in the note; the deed ends before it.
    clause = clause.replace(/\s+(?:to\s+\p{Ll}+\s+)?(?:it|them|him|her)$/u, '');
    if (wordsOf(clause) > 16 || !subjectOf(clause)) return null;
    return told(`${whenOf(unit)} ${opening(clause, articleText)}`, clause);
  }

  // "Sweden became a member in March 2024" — a main clause that closes on its date, or on a
  // place after it ("died Tuesday at a hospital in Reno"); "Her husband, a retired teacher, died"
  // is told without the appositive.
  // ("… on Tuesday in connection with a scheme", "… hiding in a hayloft": how or why, after the
  // event has been told; event-asides.ts.)
  const ends = eventEndsAtDate(tail);
  const place = ends ? '' : (/^\s+((?:at|in|near|outside)\s+(?!\d)[^,;:]+?)\s*(?:[,.;]|$)/.exec(tail)?.[1] ?? '');
  const rest = ends ? '' : place ? tail.slice(tail.indexOf(place) + place.length) : tail;
  // (", and applies to …", " but stalled …": a clause of its own follows; the date's clause has ended.)
  if (before && (/^[\s.;:!?"”]*$/.test(rest) || /^,?\s+(?:and|but)\s+\p{Ll}/u.test(rest)) && hasVerb(before)) {
    // ("The man who …, setting fires …, was found", "A man from the Dunmore, Ky., area were
    // arrested": asides and where the subject is from are no part of the event.)
    const plain = withoutAsides(toldAsSuspect(before));
    const trimmed = /,(?!\d)/.test(plain) || wordsOf(plain) > 14 ? withoutOrigin(plain) : plain;
    const main = trimmed.replace(LEAD_IN, '').replace(/^(\S+(?:\s+\S+){0,3}),\s+[^,]+,\s+/, '$1 ');
    // "jumped from $10,000 in 2020 to a peak …": the start of a climb is not its date.
    const clause = tidy(main.replace(/\s+from\s+(?:[^,]|,(?=\d))+?(?=\s+to\s)/, ''));
    if (wordsOf(clause) > 14 || /,(?!\d)/.test(clause) || !subjectOf(clause) || /^(?:it|they|there)\s/i.test(clause)) return null;
    const told_ = told(`${whenOf(unit)} ${opening(clause, articleText)}${place ? ` ${place}` : ''}`, clause);
    return wordsOf(told_.what) > 16 ? null : told_;
  }
  return null;
}

/**
 * "Oct. 6 1944" → "Oct. 6, 1944": AP sets a comma between a month's day and its year, and
 * "Thursday March 19" → "Thursday, March 19": between a weekday and the date it names.
 */
export function withDateComma(date: string): string {
  return date
    .replace(new RegExp(String.raw`\b(${WEEKDAY}) (?=${MONTH_NAME}\s)`), '$1, ')
    .replace(new RegExp(String.raw`\b(${MONTH_NAME}) (\d{1,2}) (\d{4})\b`), '$1 $2, $3');
}
