/**
 * House style for reader-facing notes: label words, date style and the wording templates the
 * note writer fills. Every newsroom words these a little differently, so none of it is fixed.
 * Templates use {placeholders}; a placeholder with no value removes itself and its connecting words
 * only where the template says so (see the `media` parts below).
 */
import { apClock, apDate, isoDate, longDate } from '../text/dates';
import { endsInAbbreviation } from './sentences';

export type NoteDateStyle = 'ap' | 'long' | 'iso';

/** How the note reads: AP's dated label, the wires' "(Updates with …)", the UK's "This article was amended on …". */
export type NoteForm = 'ap' | 'wire' | 'uk';

export interface HouseStyle {
  form: NoteForm;
  labels: { update: string; correction: string };
  dateStyle: NoteDateStyle;
  /** How the label reads: "{label}, {date}:" gives "Update, Nov. 6:". */
  labelTemplate: string;
  /** Words that join the last two items of a list ("A, B and C"). */
  listAnd: string;
  /** AP leaves the serial comma out. */
  serialComma: boolean;
  /**
   * How people are named: 'surname' is AP's second reference ("Rutte"), used unless two people in
   * the article share the surname; 'as-introduced' keeps the full name unless the article itself
   * uses the surname alone.
   */
  personNames: 'surname' | 'as-introduced';
  templates: NoteTemplates;
}

export interface NoteTemplates {
  /** Quotes and reported speech: {sources} is the joined list of who said it. */
  comments: string;
  /** A source confirming named things ("The company also confirmed … Game Center service issues …"): {source}, {what}. */
  /** A short fact a source confirmed ("… confirmed that the voice belongs to Ames"): {source}, {what}. */
  confirmedThat: string;
  /** What happened, as a source told it ("… said five people were shot"): {source}, {what} a clause. */
  reportedThat: string;
  /** The same, from a body that is no name ("police", "officials"): {source}, {what}. */
  reportFromThat: string;
  confirmation: string;
  /** A statement a source issued ("the company posted a small statement"): {source}. */
  statement: string;
  /** A source explaining something ("Ames explains that the effect uses Tracelight"): {what}, {source}. */
  explanation: string;
  /** A source's count of its own ("Klarna says it has 111 million active consumers"): {source}, {what}. */
  statedCount: string;
  /** Description of a video or photos: {subject}, {platform}, {medium}, {poster}. */
  media: string;
  mediaNoPoster: string;
  mediaNoSubject: string;
  /** Unattributed new facts or background: {topics}. */
  details: string;
  /** Things whose state the added lines report ("services were unavailable"): {what}. */
  status: string;
  /** Opening of every correction. */
  correctionLead: string;
  misspelledName: string;
  misidentified: string;
  misidentifiedNoRole: string;
  wrongPronoun: string;
  misstatedNumber: string;
  misstatedAmount: string;
  misstatedYear: string;
  /** A score or a vote tally: {what} is "score" or "vote". */
  misstatedScore: string;
  misstatedDate: string;
  /** A time put right that dates an event told in a "when" clause: {what} is "when …", {right} the time. */
  misstatedWhen: string;
  misstatedTitle: string;
  misstatedPlace: string;
  misquoted: string;
  /** The same quotation credited to someone else: {right} is who said it (the wrong one follows as ", not …"). */
  misattributed: string;
  /** A word changed inside a quoted title ("headed “Flood Plan 101”"): {what} names the thing, {right} and {wrong} the titles. */
  misstatedQuotedTitle: string;
  /** One word for a person or thing put right ("translator" → "interpreter"): {wrong} and {right} with their articles. */
  wrongWord: string;
  /** A fact that flipped (did / did not): {what} is the positive claim. */
  misstatedWhether: string;
  misstatedDetail: string;
  /** A fact put right in the headline: {what} is "a figure", "a place name", … */
  misstatedInHeadline: string;
  /** A description replaced: {what} is who or what was described. */
  described: string;
  removedClaim: string;
  removedClaimBy: string;
  /** A claim rewritten as a whole, that a named institution had given: {source}, {claim}. */
  misreportedClaimBy: string;
  removedClaimPlain: string;
  /** After the corrections, when the same revision also added material: {additions}. */
  alsoUpdated: string;
  /**
   * Developments of a running story: a count that rose, a situation resolved; `resolved` also tells
   * any added event no one is credited with ("the news that the MRI revealed no damage"), {what} a clause.
   */
  newDeathToll: string;
  newCount: string;
  newFigures: string;
  resolved: string;
}

export const DEFAULT_HOUSE_STYLE: HouseStyle = {
  form: 'ap',
  labels: { update: 'Update', correction: 'Correction' },
  dateStyle: 'ap',
  labelTemplate: '{label}, {date}:',
  listAnd: 'and',
  serialComma: false,
  personNames: 'surname',
  templates: {
    comments: 'additional comments from {sources}',
    confirmation: 'confirmation from {source} of {what}',
    confirmedThat: 'confirmation from {source} that {what}',
    reportedThat: "{source}'s report that {what}",
    reportFromThat: 'a report from {source} that {what}',
    statedCount: "{source}'s figure of {what}",
    statement: 'a statement from {source}',
    explanation: 'an explanation of {what} from {source}',
    media: 'description of {subject} in {platform}{medium} posted by {poster}',
    mediaNoPoster: 'description of {subject} in {platform}{medium}',
    mediaNoSubject: 'description of {platform}{medium} posted by {poster}',
    details: 'details on {topics}',
    status: 'the status of {what}',
    correctionLead: 'An earlier version of this article',
    misspelledName: 'misspelled the {part} of {name}',
    misidentified: 'misidentified {role}, who is {name}',
    misidentifiedNoRole: 'misidentified a person named in it, who is {name}',
    misstatedNumber: 'misstated the number of {what}. The correct number is {right}',
    misstatedAmount: 'misstated {what}. It is {right}',
    misstatedScore: 'misstated the {what}. It was {right}',
    misstatedYear: 'misstated the year {what}. It was {right}',
    misstatedDate: 'misstated the date {what}. It is {right}',
    misstatedWhen: 'misstated {what}. It was {right}',
    misstatedTitle: "misstated {name}'s title. The correct title is {right}",
    misstatedPlace: 'misstated {what}. It is {right}',
    misquoted: 'misquoted {name}',
    misattributed: 'misattributed a quotation. It was said by {right}',
    misstatedQuotedTitle: 'misstated the title of {what}. It is {right} not {wrong}',
    wrongWord: 'referred to {wrong} when {right} was meant',
    wrongPronoun: 'used the wrong pronoun for {name}',
    misstatedWhether: 'misstated whether {what}',
    misstatedDetail: 'misstated a detail about {what}',
    misstatedInHeadline: 'misstated {what} in the headline',
    described: 'incorrectly described {what}',
    removedClaim: 'incorrectly reported that {claim}',
    removedClaimBy: 'included a claim by {source} that has been removed',
    misreportedClaimBy: 'incorrectly reported, citing {source}, that {claim}',
    removedClaimPlain: 'included a claim that has been removed',
    alsoUpdated: 'It has also been updated with {additions}.',
    newDeathToll: 'new death toll',
    newCount: 'new number of {what}',
    newFigures: 'new figures',
    resolved: 'the news that {what}',
  },
};

/** What a caller may override: any field, and any single label or template. */
export type HouseStyleOverrides = Partial<Omit<HouseStyle, 'labels' | 'templates'>> & {
  labels?: Partial<HouseStyle['labels']>;
  templates?: Partial<NoteTemplates>;
};

export function resolveStyle(style: HouseStyleOverrides = {}): HouseStyle {
  return {
    ...DEFAULT_HOUSE_STYLE,
    ...style,
    labels: { ...DEFAULT_HOUSE_STYLE.labels, ...style.labels },
    templates: { ...DEFAULT_HOUSE_STYLE.templates, ...style.templates },
  };
}

/** Fills {name} placeholders; unknown ones become empty, and doubled spaces are tidied. */
export function fill(template: string, values: Record<string, string>): string {
  return (
    template
      .replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')
      .replace(/ {2,}/g, ' ')
      .replace(/ +([.,;:])/g, '$1')
      // AP possessive of a name ending in s: "Reyes' title", not "Reyes's title".
      .replace(/(\p{L}s)'s\b/gu, "$1'")
      .trim()
  );
}

export function noteDate(dateIso: string, style: NoteDateStyle): string {
  if (style === 'long') return longDate(dateIso);
  if (style === 'iso') return isoDate(dateIso);
  return apDate(dateIso);
}

/**
 * "Update, Nov. 6:" / "Correction, Sept. 12:"; with `clock`, the time after the date as newsrooms
 * print it ("Update, Nov. 6, 11:34 p.m.:"), for a note whose page printed its clock.
 */
export function formatNoteLabel(kind: 'update' | 'correction', dateIso: string, style: HouseStyleOverrides = {}, clock = false): string {
  const house = resolveStyle(style);
  const date = noteDate(dateIso, house.dateStyle);
  return fill(house.labelTemplate, { label: house.labels[kind], date: clock ? `${date}, ${apClock(dateIso)}` : date });
}

/** "A", "A and B", "A, B and C" (or with the serial comma when the house wants it). */
export function joinList(listed: string[], style: Pick<HouseStyle, 'listAnd' | 'serialComma'>): string {
  if (listed.length <= 1) return listed[0] ?? '';
  // "contained by 6 p.m, additional comments …": a clause's stop was taken off with its sentence's;
  // before a comma, an abbreviation wants its own back.
  const items = listed.map((item, k) => (k < listed.length - 1 && endsInAbbreviation(item) ? `${item}.` : item));
  // A list of clauses ("the news that A and that B") is set off by a comma, so the last "and" is
  // read as the outer list's: "the news that A and that B, and details on C". (Names joined by "and",
  // "comments from Rutte and the presidential office and description of …", read as they are.)
  const nested = items.slice(0, -1).some((item) => item.includes(` ${style.listAnd} that `));
  if (nested) return `${items.slice(0, -1).join(', ')}, ${style.listAnd} ${items[items.length - 1]}`;
  if (items.length === 2) return `${items[0]} ${style.listAnd} ${items[1]}`;
  const head = items.slice(0, -1).join(', ');
  return `${head}${style.serialComma ? ',' : ''} ${style.listAnd} ${items[items.length - 1]}`;
}

export function capitalizeFirst(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** Words the house style itself writes ("Update", "An", "It", month names): never names. */
export function styleWords(style: HouseStyle): Set<string> {
  const words = new Set<string>(['It', 'The', 'This', 'An', 'A', 'She', 'He', 'They']);
  const add = (s: string) => (s.match(/\p{Lu}[\p{L}.]*/gu) ?? []).forEach((w) => words.add(w));
  add(style.labels.update);
  add(style.labels.correction);
  add(style.labelTemplate);
  Object.values(style.templates).forEach((tmpl) => {
    add(tmpl);
    // Each template word may open a sentence of the note.
    (tmpl.match(/\b\p{Ll}[\p{L}]*/gu) ?? []).forEach((w: string) => words.add(capitalizeFirst(w)));
  });
  // "40F" is told "40 degrees Fahrenheit": a scale's name is the note's spelling of the article's letter.
  'Celsius Fahrenheit'.split(' ').forEach((w) => words.add(w));
  // "(D-Texas)" is told "a Democrat": a party's name is the note's spelling of the code's letter (party-codes.ts).
  'Democrat Republican Libertarian'.split(' ').forEach((w) => words.add(w));
  'January February March April May June July August September October November December Jan. Feb. Aug. Sept. Oct. Nov. Dec.'
    .split(' ')
    .forEach((w) => words.add(w));
  return words;
}
