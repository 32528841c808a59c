/**
 * What happened, as a clause: newsrooms' update notes say the news ("Update: The MRI revealed no
 * significant damage", "… confirmed five people have been shot"), not only what it is about. Among
 * the added sentences the writer picks the LEAD development — the one a reader most needs told —
 * and compresses it to a short main clause the note can carry after "the news that …" or
 * "confirmation from X that …".
 *
 * The lead: an added sentence that reports an event or a new state (a count, a casualty, a state
 * changed, an outcome, a decision, an arrest, a charge, a ruling, a result), first in reading order.
 * Never a quotation, a sign-off, a line that says nothing is known, a question, a writer speaking
 * for themselves, nor background whose words the old article already had.
 *
 * The clause is cut from the sentence's structure: the dateline, a leading time or place ("On
 * Monday,", "As of 8 p.m.,"), attribution ("X said", "according to X"), appositives and trailing
 * subordinate clauses go; subject, verb, object, figures, names and place stay. The perfect moves
 * to the past ("have been shot" → "were shot"), as the note tells it after the fact, which also
 * breaks a long run of the article's own words; a clause that still copies COPIED_RUN words is
 * shortened, and one that cannot be told short is not told (the caller keeps its "details on …").
 */
import { quotesOnlyPhrases } from './partial-quotes';
import { speechVerbs } from './speech-verbs';
import { partitiveSaidShort } from './partitive-subjects';
import { directedPassive, intentBeforeInfinitive, plannedWithTime, planAsWill, setsAnAct } from './reported-plans';
import { withoutFrontedClause } from './fronted-clauses';
import { tellsArrival } from './arrivals';
import { rulingHead } from './ruling-head';
import { bareJoin, cutsJoinedClause } from './joined-clause-cut';
import { withoutEventOpening } from './event-openers';
import { tellsWayState, wayStateWord } from './way-states';
import { custodyMoveWord, tellsCustodyMove } from './custody-moves';
import { courtStepWord, tellsCourtStep } from './court-steps';
import { progressiveWithPast } from './joined-tenses';
import { cutsJoinedPredicate } from './joined-predicate-cut';
import { closedPrefix } from './hyphened-prefix';
import { withPhraseNews } from './with-news';
import { statusMoved, statusTellings } from './status-news';
import { sharedSubjectDeed } from './shared-subject';
import { expectedAtTime } from './estimated-times';
import { plainVoice } from './formal-voice';
import { withoutInsetSpeaker } from './inset-speakers';
import { endsBeforeNamedPlace } from './named-place-tail';
import { withJoinedSubject } from './joined-pronoun';
import { loneDevelopment } from './lone-development';
import { REPORTED_CLAUSE_WORDS } from './reported-clause-copy';
import { withoutPredicateComma } from './predicate-comma';
import { withoutNameDescriptions } from './described-names';
import { withoutLongTitle } from './titled-subjects';
import { subjectOf } from './event-of-date';
import { cutsSubjectFromVerb } from './subject-verb-cut';
import { curlyQuote } from '../text/smart-punctuation';
import { plainText, isSignOffLine, splitSentences } from './sentences';
import { isNumberToken, isStopword } from './edits';
import { saysNothingNew } from './developments';
import { hasFiniteVerb, knownPlural, tagged, wordKey } from './topics';
import { looksLikeOrganization, lowerOpening, opensOnNumberedName, personName, readsAsName } from './names';
import { copiedFragment, copiedFragment as copiedRun, COPIED_RUN, MAX_NOTE_WORDS } from './grammar';
import { COLLECTIVE_SOURCE, sourceFromRaw } from './attribution';
import { isPluralNoun } from './plurals';
import { isPeoplesAdjective, opensOnGroupNoun } from './proper-adjectives';
import { SAID_WHEN, SAID_WHEN_BEFORE_NEWS } from './said-when';
import { withoutSaidWhere } from './said-where';
import { officeActionWords, tellsOfficeAction } from './office-actions';
import { shareWithoutItsClause } from './defining-clause';
import { dayAfterSubject } from './day-after-subject';
import { extentKept } from './extent-kept';
import { receiverAfterTo } from './dative-shift';
import { SPEECH_CHANNEL } from './speech-channel';
import { NEAR_DAY, PART_OF_DAY, WEEKDAY } from './weekdays';
import { HEDGED_FIGURE, QUALIFIER } from './qualifiers';
import {
  cutsAwayTheNews,
  decidedThat,
  embeddedVerbReached,
  GUESS,
  ownPossessive,
  pledgedBy,
  shareOfGroup,
  withoutSubjectAgent,
} from './clause-ends';
import { SPELLED_CARDINAL } from '../text/numbers';

/** A clause the note carries: at most this many words. */
export const MAX_CLAUSE_WORDS = 16;
/** "ruled Tuesday that", "said on Monday night that": a verb, a day, then what the verb says. */
const VERB_DAY_THAT = new RegExp(
  String.raw`\b(\p{Ll}+ed|said|found|held|told|wrote|announced)\s+(?:on\s+)?(?:(?:late|early|last)\s+)?(?:${WEEKDAY}|today|yesterday)(?:\s+${PART_OF_DAY})?\s+that\s+`,
  'u',
);
/** "that independent candidate Ana Voss": lower-case words describing a person named in full after "that". */
const DESCRIBED_NAME_AFTER_THAT = /\bthat\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})(\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+)/u;
/** Shorter than this, a clause says too little to stand for the news. */
const MIN_CLAUSE_WORDS = 3;

/** Words that report an event or a new state: a casualty, a settled situation, an outcome, a decision, a ruling. */
const EVENT =
  /\b(?:killed|dead|died|deaths?|death toll|injured|wounded|hurt|shot|stabbed|missing|evacuated|displaced|rescued|reunited|arrested|captured|apprehended|surrendered|arraigned|charged|cited|ticketed|fined|indicted|detained|in custody|into custody|sentenced|convicted|acquitted|jailed|ruled|ruling|verdict|dismissed|upheld|overturned|blocked|struck down|approved|rejected|passed|vetoed|voted|shelved|scrapped|withdrawn|withdrew|dropped|cancell?ed|postponed|delayed|suspended|resumed|reopen(?:s|ed|ing)?|opened (?:to|on|again|back)|open again|back open|now open|fully open|open in both directions|open to traffic|without (?:power|electricity|water|service)|back online|back in service|back up and running|cleared|closed|shut|restored|resolved|fixed|contained|extinguished|lifted|ended|expired|expires|called off|downgraded|upgraded|collapsed|destroyed|damaged|flooded|burned|burnt|erupted|struck|hit|won|wins|chose|picked|selected|(?:taking|took|takes|taken) the lead|in the lead|(?:leads|led) the race|beat|defeated|lost|elected|re-elected|conceded|resigned|fired|appointed|named|hired|identified|found|located|recovered|revealed|showed|shows|confirmed dead|(?:was|were|been) confirmed|announced|launched|released|agreed|signed|settled|declared|ordered|issued|authori[sz]ed|deployed|activated|mobilized|dispatched|sued|granted|imposed|banned|recalled|seized|awarded|enacted|raised|cut|rose|fell|climbed|dropped|increased|decreased|now available|(?:is|are) (?:now )?available|no longer|diagnosed|recovering|hospitali[sz]ed|discharged|returned)\b/i;

/** A dateline opening a lead: "NORMAL, Ill. (WMBD) — ", "LONDON (Reuters) - ". */
export const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]+(?:,\s*[\p{L}.\s]{1,20}?)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]+(?!\d)\s*/u;
/** A label a breaking line opens with: "BREAKING:", "Developing -". */
const LABEL = /^(?:breaking(?:\s+news)?|developing|just in|alert|urgent|update|updated)\s*(?::|[-–—]+)\s*/i;
/** A wire credit or initials signing off a line: ". -AB", "-- The Associated Press". */
const SIGN_OFF_TAIL = /(?:\s*-{1,2}\s*\p{Lu}{1,4}\.?|\s*--\s*(?:the\s+)?\p{Lu}[\p{L}\s.]{0,40})$/u;
/** A wire credit opening a line: "(Reuters) -- ", "(Bloomberg) - ". */
const WIRE_CREDIT = /^\(\p{Lu}[\p{L}\s.&]{1,30}\)\s*[-–—]+\s*/u;

/**
 * A photo credit closing a caption pasted into the copy: "(Ada Moss/AFP/Getty Images)", "(Reuters)",
 * "(AP Photo/Ada Moss)", "Credit: Ada Moss/The Courier", "Credit Ada Moss — Getty Images". A
 * credit names who took a picture; it is never news, a source or a topic.
 */
const PHOTO_CREDIT =
  /\s*(?:\((?:[^()]{2,60}\/[^()]{2,80}|Reuters|AP|AFP|Getty Images|EPA|Bloomberg|AP Photo[^()]{0,60}|(?:Photo|Image|Photograph)s?(?::| by)[^()]{2,60})\)|\bCredit(?::|…|\.{3})?\s+\p{Lu}[^.!?]{0,100}?(?:\/|—|-|\bfor\b)[^.!?]{0,80})\s*$/u;
/** A line that is only a picture's furniture: "Photo", "Image", "Credit…". */
const PICTURE_LABEL = /^(?:photo|image|video|photograph|credit|caption|enlarge this image|view gallery)s?\s*(?:…|\.{3})?$/i;

/** Does a paragraph end on a photo credit (a caption), or is it only a picture's label? */
export function isCaptionFurniture(paragraph: string): boolean {
  const text = plainText(paragraph).trim();
  return PICTURE_LABEL.test(text) || PHOTO_CREDIT.test(text);
}

/** A line without its furniture — dateline, wire credit, breaking label, sign-off, photo credit — as topics are read from it. */
export function withoutFurniture(line: string): string {
  return line
    .replace(DATELINE, '')
    .replace(WIRE_CREDIT, '')
    .replace(LABEL, '')
    .replace(SIGN_OFF_TAIL, '')
    .replace(SIGN_OFF_TAIL, '')
    .replace(PHOTO_CREDIT, '');
}

/**
 * "She said (that) …", "He told reporters …": a speaker the line gives only by a pronoun. Where the
 * story names no one it can be, what was said is the line's subject, never "she".
 */
export const PRONOUN_SAID = new RegExp(
  String.raw`^(?:he|she|they)\s+(?:also\s+|later\s+)?(?:${speechVerbs('said', 'says')}|told\s+(?:reporters|the\s+\p{L}+|\p{Lu}\p{L}+)|${speechVerbs('added', 'wrote', 'noted', 'explained', 'argued')})\s+(?:that\s+)?(?=\S)`,
  'iu',
);

/**
 * A line without who told it ("…, according to city records reviewed by the Gazette", "…, police
 * said", "She said …"): the teller is no topic of what was added.
 */
export function withoutAttribution(line: string): string {
  const s = plainText(line)
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(PRONOUN_SAID, '');
  const tail = TAIL_ATTRIBUTION.exec(s);
  return (tail ? s.slice(0, tail.index) : s)
    .replace(/,\s*according to [^,]+,/i, ',')
    .replace(AS_SAID, '')
    .replace(AS_SAID_OPENING, '');
}

/** A leading time or place: "On Monday,", "Sunday afternoon,", "Late Friday,", "As of 8:40 p.m. Friday,", "Meanwhile,". */
const LEADING_ADVERBIAL =
  /^(?:(?:on|in|at|by|as of|as at|around|about|shortly after|shortly before|early|late|earlier|later|overnight|since|until|during|this|last|within)\b[^,]{0,45}|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?|meanwhile|however|now|also|then|separately|in addition|additionally|at this time|so far|as a result),\s+/i;
/**
 * A quantity opening the subject, never a leading time: "At least 40 homes were damaged,", "About
 * 200 residents, most of them elderly, …". "About 3 p.m.," and "Around noon," are times.
 */
const QUANTITY_OPENING = new RegExp(
  String.raw`^(?:at (?:least|most)|more than|fewer than|less than|up to|(?:about|around|nearly|almost)\s+(?:\d[\d,.]*|${SPELLED_CARDINAL}|a dozen|dozens|hundreds|thousands|half)(?!\s*(?:[:.]\d|a\.?m\b|p\.?m\b|o['’]clock)))\b`,
  'i',
);
/** "With all the votes counted, ", "With the fire out, ": with, a noun phrase and its participle or particle. */
const WITH_ABSOLUTE =
  /^with\s+(?:[^\s,;"“”]+\s+){1,8}?(?:\p{Ll}+ed|\p{Ll}+ing|in|out|over|done|gone|down|up|off)(?:\s+(?:so far|now|early|late|overnight|on \p{L}+|by \p{L}+))?,\s+/iu;
/** "On Friday the court …", "Late Tuesday the council …": a day opening the line, then its subject. */
const BARE_DAY_OPENING = new RegExp(
  String.raw`^(?:[Oo]n|[Ll]ate|[Ee]arly|[Bb]y)\s+${WEEKDAY}(?:\s+${PART_OF_DAY})?\s+(?=(?:the|a|an|its|his|her|their)\s|\p{Lu})`,
  'u',
);
/** Openers that take a clause of their own ("Since the storm hit,"): a verb inside them is theirs. */
const CLAUSE_OPENER = /^(?:since|until|shortly after|shortly before)\b/i;
/** Prepositions opening a time or place: a participle inside ("In a statement released Monday,") modifies a noun. */
const PREPOSITION_OPENER = /^(?:on|in|at|by|as of|as at|during|within)\b/i;

/**
 * The sentence without its leading time or place. A leading adverbial never holds the clause's
 * finite verb: "At least 12 people were killed," is the main clause, and cutting it would leave
 * only what trails it ("the county coroner said", "which left 200 residents …").
 */
function withoutLeadingAdverbial(line: string): string {
  // "Following a collision on Route 9, north of the Elk River, …": the event it follows (event-openers.ts).
  const s = withoutEventOpening(line);
  // "With all the votes counted,", "With 90% of precincts reporting,": an absolute phrase sets the
  // scene (its participle is no main verb); the clause after it is the news.
  const absolute = WITH_ABSOLUTE.exec(s);
  if (absolute && hasFiniteVerb(s.slice(absolute[0].length))) return s.slice(absolute[0].length);
  // "On Friday the court upheld …": a day set before its subject without a comma.
  const day = BARE_DAY_OPENING.exec(s);
  if (day && hasFiniteVerb(s.slice(day[0].length))) return s.slice(day[0].length);
  const opening = LEADING_ADVERBIAL.exec(s);
  if (!opening || QUANTITY_OPENING.test(s)) return s;
  if (!CLAUSE_OPENER.test(opening[0])) {
    const preposition = PREPOSITION_OPENER.test(opening[0]);
    const tokens = tagged(opening[0].replace(/,\s+$/, ''));
    const finite = tokens.some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !preposition && !/ing$/.test(t.lower)));
    if (finite) return s;
  }
  return s.slice(opening[0].length);
}
/**
 * A relative clause that only says which one the subject is, without commas: "A worker who was
 * inside when the fire started died at a hospital" → "A worker died at a hospital". Its end is
 * read from structure: a verb followed straight by another verb ("started | died") closes the
 * relative clause, and the second is the main verb. Without that sign the line is left whole.
 */
const SUBJECT_BEFORE_RELATIVE = new RegExp(
  String.raw`^((?:the|a|an|${SPELLED_CARDINAL}|\d+)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:who|that)\s+`,
  'iu',
);
function withoutSubjectRelative(s: string): string {
  const opening = SUBJECT_BEFORE_RELATIVE.exec(s);
  if (!opening) return s;
  const rest = s.slice(opening[0].length).split(' ');
  const tokens = tagged(rest.join(' '));
  for (let k = 1; k < rest.length && k < tokens.length; k++) {
    // Only plain words up to the seam, so words and tags stay in step.
    if (!/^[\p{L}'’-]+$/u.test(rest[k - 1]!) || tokens[k - 1]!.text !== rest[k - 1]) return s;
    const before = tokens[k - 1]!;
    const here = tokens[k]!;
    if (before.pos === 'VERB' && !/ing$/.test(before.lower) && here.pos === 'VERB' && /ed$/.test(here.lower) && k >= 2)
      return `${opening[1]} ${rest.slice(k).join(' ')}`;
  }
  return s;
}

/** A discourse opener that frames the line, not its news: "It turns out,", "In fact,", "For reference,". */
const DISCOURSE_OPENER =
  /^(?:(?:as\s+)?it (?:turns|turned) out|it seems|it appears|in fact|indeed|of course|as expected|for reference|for now|instead|moreover|furthermore|finally|ultimately|notably),\s+/i;
/** A time between the subject and its verb: "Officials late Sunday raised …" tells the news without it. */
const INNER_TIME = new RegExp(
  String.raw`^((?:\S+\s+){1,4}?)(?:(?:late|early|on)\s+)?(?:${WEEKDAY}|${NEAR_DAY})(?:\s+${PART_OF_DAY})?\s+(?=\p{Ll}+ed\b)`,
  'iu',
);
/**
 * Speech verbs of attribution; "confirmed" is told as confirmation. A police release's "can confirm"
 * and "can advise" ("Police can confirm that the road has reopened") say it too.
 */
const SAID = String.raw`(?:(?:now|also|still|later)\s+)?(?:(?:can|could)\s+(?:now\s+)?(?:confirm|advise|report)|said|says|say|projected|confirmed|confirms|confirm|announced|announces|announce|reported|reports|report|(?:told|tells|tell)\s+[\p{L}\s.]{1,30}?(?=\s+that\b)|(?:told|tells|tell)\s+[\p{L}\s.]{1,30}?|added|stated|wrote|posted|tweeted|noted|(?:shows|showed|indicates|indicated)(?=\s+that\b)|(?:is\s+|are\s+)?(?:reporting|confirming)(?:\s+(?:at|as of)\s+[^,]{1,20}?)?(?=\s+that\b))`;
/** An aside that points to what someone said before: ", as the council had announced", "As Ruiz said Tuesday, ". */
const AS_SAID = new RegExp(String.raw`,\s*as\s+[^,;"“”]{1,60}?\s+(?:(?:had|has|have|was|were)\s+)?${SAID}\b[^,;"“”]{0,30}(?=,|$)`, 'iu');
const AS_SAID_OPENING = new RegExp(String.raw`^as\s+[^,;"“”]{1,60}?\s+(?:(?:had|has|have|was|were)\s+)?${SAID}\b[^,;"“”]{0,30},\s*`, 'iu');
/** Where words were given, between the speech verb and what was said: "said in an email Tuesday that …". */
const SAID_IN = String.raw`(?:${SPEECH_CHANNEL})?`;
/** A finding opens what was found, never closes it: ", and the body was found Monday" is the news itself. */
const SAID_OR_FOUND = String.raw`(?:${SAID}|determined|concluded|found)`;
const HEAD_ATTRIBUTION = new RegExp(
  String.raw`^([^,;"“”]{1,80}?)\s+${SAID_OR_FOUND}${SAID_IN}(?:${SAID_WHEN_BEFORE_NEWS})?\s+(?:that\s+)?`,
  'iu',
);
/**
 * "The company said the issue was resolved by 4 p.m. and blamed a faulty update": after a passive,
 * a verb joined by "and" with no subject of its own is the speaker's act, not the passive subject's
 * ("the issue … blamed" says what the copy did not). What was said ends before it.
 */
function speakersOwnAct(said: string): string {
  const join = /,?\s+and\s+(\p{Ll}+)\b/u.exec(said);
  if (!join || !/\b(?:was|were|been|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u.test(said.slice(0, join.index))) return said;
  // Active only when an object follows ("blamed a faulty update"); "arrested and charged with
  // theft" shares its "was".
  const tail = said.slice(join.index + join[0].length);
  if (!/^\s+(?:a|an|the|its|their|his|her|this|that|these|those|\d)/i.test(tail)) return said;
  const word = tagged(said.slice(join.index).replace(/^,/, '')).find((t) => t.lower === join[1]!.toLowerCase());
  return word?.pos === 'VERB' && /ed$/.test(word.lower) ? said.slice(0, join.index) : said;
}
/** A speaker's name set between commas before the speech verb: "The boy's uncle, Carl Finn, said". */
const NAMED_APPOSITIVE = new RegExp(
  String.raw`^((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+[^,;"“”]{1,40}?),\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?\p{Lu}[\p{L}'’-]+,\s+(?=${SAID}\b)`,
  'u',
);
/** Words heard said: "… could be heard as of 1 p.m. saying (that) …", "… was heard announcing …". */
const HEARD_SAYING =
  /^[^,;"“”]{3,100}?\s+(?:could\s+be|can\s+be|was|were)\s+heard\b[^,;"“”]{0,40}?\s+(?:saying|announcing)\s+(?:that\s+)?(?=\S)/i;
/** "…, police said", "…, the building's owner, Greenway Properties, said in an email": who told it, at the end. */
const TAIL_ATTRIBUTION = new RegExp(
  String.raw`,\s*(?:according to [^,]+|[^,]{1,60}?(?:,\s*[^,]{1,40},)?\s+${SAID}(?:${SAID_WHEN}|\s+(?:on\s+)?\p{L}+)?(?:\s+in an?\s+(?:\p{L}+\s+)?(?:statement|email|e-mail|interview|post|letter|release|filing|notice|report))?)$`,
  'iu',
);
/** ", the statistics office said on Thursday, ": who told it, set between the clause and an aside after it. */
const MID_ATTRIBUTION = new RegExp(
  String.raw`,\s*((?:the\s+|a\s+|an\s+)?[^,;"“”]{1,50}?)\s+${SAID}(?:\s+(?:on\s+)?(?:${WEEKDAY}|today|yesterday))?,\s+(?=\S)`,
  'iu',
);
/** ", per the county fire site", ", per police": attribution by "per", never "per gallon" or "per se". */
const PER_SOURCE =
  /,\s*per (?:the\s+)?(?:\p{Lu}[^,]{0,50}|(?:state |local |city |county |[Ff]ederal )?(?:police|officials|authorities|records|data|investigators|prosecutors)|an? (?:statement|release|report|news release|spokes\p{Ll}+)[^,]{0,40})$/u;
/**
 * What trails the main clause: a relative clause, a clause of time or cause, a list tacked on, the
 * reasons given for an act (", ruling that …", ", finding …", ", arguing …"): the act is the news,
 * and a "not" in its reasons limits only them.
 */
const TRAILING =
  /,\s+(?:which|who|whom|whose|where|when|while|as|after|before|although|though|because|but|since|bringing|leaving|making|prompting|forcing|including|according|saying|citing|adding|noting|ruling|finding|holding|arguing|concluding|reasoning|writing|stating|declaring|explaining|insisting|contending|a claim|an allegation|an assertion|an account)\b.*$/i;
/** ", who was last seen Monday, was …": a relative clause between commas, before the main verb. */
const INNER_RELATIVE = /,\s+(?:who|which)\s+[^,;"“”]{1,60},\s+(?=(?:was|were|is|are|has|have|had|will|would)\s)/i;
/** An appositive between commas: ", a 34-year-old nurse," ", one of its earliest employees,". */
const APPOSITIVE = /,\s+(?:a|an|the|one of|both|each|his|her|their|its)\b[^,;]{1,60},\s+/gi;
/** Words that only soften or time the claim: dropped to tell it short. */
// ("reportedly" and "apparently" say how sure the news is, and stay.)
// A state that lasts keeps its "still" ("370 customers are still without power"): beside a state
// restored, it says what is not.
const HEDGE =
  /\b(?:now|also|still(?!\s+(?:without|closed|out|missing|shut|blocked|down|unaccounted|hospitali[sz]ed|in the dark|in (?:the )?hospital|under))|already|currently|officially|indeed|just|finally)\s+/gi;
/** Openers that point elsewhere or speak for the writer. */
const POINTER = /^(?:it|he|she|they|this|that|these|those|there|we|i|you|our|my|here|things|everything|something|nothing)\b(?![-–‑]\s*\d)/i;

/**
 * A finding or characterisation told with an "it" that is no one: "it was the third shooting this
 * month", "it was not yet clear who was at fault", "it is a targeted attack". The "it" is followed
 * by a form of "be" and a complement (a determiner, an adjective, a figure, "not"), not by a verb
 * ("it was closed" names a thing the reader must already know).
 */
const FINDING_IT = /^it\s+(?:is|was|'s|’s|has been|had been|remains|remained|seems|seemed|appears|appeared)\s+(\S+)(?:\s+(\S+))?/i;
export function isFinding(clause: string): boolean {
  const m = FINDING_IT.exec(clause);
  if (!m) return false;
  if (/^(?:not|a|an|the|one|too|still|unclear|clear|likely|unlikely|possible|impossible|unknown|known)$/i.test(m[1]!)) return true;
  const complement = tagged(m[0].split(/\s+/).slice(2).join(' '));
  return ['DET', 'ADJ', 'NUM'].includes(complement[0]?.pos ?? '');
}

/**
 * A person's pronoun opening a clause: told only where the note has just named who it is (the
 * caller passes `pronoun` when the line follows the lead development, whose clause names a person).
 */
const PERSONAL = /^(?:he|she|they)\s/i;

/** A clause that names a person ("police arrested a 34-year-old man", "Ada Moss won"): a "he" or "she" after it has someone to be. */
export const NAMES_PERSON =
  /\b(?:man|woman|boy|girl|teen(?:ager)?|child|person|suspect|driver|victim|officer|student|worker|resident|hiker|\d+-year-old)\b/i;

/** A part of a count, "None of the five", "All of the": the subject of a clause, never a speaker. */
const PARTITIVE = new RegExp(String.raw`^(?:none|all|some|most|many|few|each|both|several|half|any|${SPELLED_CARDINAL})\s+of\b`, 'i');

/**
 * Words that can name who spoke: no verb of their own, a capitalized word being a name ("Sheriff Ada Quell").
 * ("None of the five confirmed cases were infected …": a partitive before "confirmed" is the subject, whose
 * adjective the speech verb only looks like; told without it, the clause says the opposite.)
 */
function namesSpeaker(words: string): boolean {
  return !PARTITIVE.test(words.trim()) && !tagged(words).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text));
}

/** Past forms for participles that are not the past ("has taken" → "took"). */
const PAST: Record<string, string> = {
  taken: 'took',
  given: 'gave',
  begun: 'began',
  seen: 'saw',
  gone: 'went',
  risen: 'rose',
  fallen: 'fell',
  broken: 'broke',
  written: 'wrote',
  spoken: 'spoke',
  driven: 'drove',
  shown: 'showed',
  known: 'knew',
  grown: 'grew',
  chosen: 'chose',
  stolen: 'stole',
  frozen: 'froze',
  beaten: 'beat',
  thrown: 'threw',
  flown: 'flew',
  drawn: 'drew',
  eaten: 'ate',
  done: 'did',
  come: 'came',
  become: 'became',
  run: 'ran',
  withdrawn: 'withdrew',
  struck: 'struck',
  hit: 'hit',
  won: 'won',
  lost: 'lost',
  found: 'found',
  made: 'made',
  left: 'left',
  held: 'held',
  sold: 'sold',
  shut: 'shut',
  cut: 'cut',
  set: 'set',
  put: 'put',
  led: 'led',
  fled: 'fled',
  paid: 'paid',
  burnt: 'burnt',
  spent: 'spent',
  sent: 'sent',
  kept: 'kept',
  brought: 'brought',
  caught: 'caught',
  fought: 'fought',
  told: 'told',
  said: 'said',
};

/**
 * "have been shot" → "were shot", "has died" → "died", "has taken" → "took", "had fired" → "fired":
 * told after the fact. A "have" after "to" or a modal is no tense of its own ("appear to have
 * left", "may have fled") and stays.
 */
export function pastTense(clause: string): string {
  const past = clause
    .replace(
      /(?<!\b(?:to|could|would|should|may|might|must|will)\s+)\b(has|have)\s+(?:now\s+|since\s+|already\s+|also\s+)?been\b/giu,
      (_, aux: string) => (aux.toLowerCase() === 'has' ? 'was' : 'were'),
    )
    .replace(
      /(?<!\b(?:to|could|would|should|may|might|must|will)\s+)\b(?:has|have|had)\s+(?:now\s+|since\s+|already\s+|also\s+)?(\p{Ll}+(?:-\p{Ll}+)?)\b/gu,
      (whole, verb: string) => {
        if (/[^e]ed$|eed$/.test(verb) || /ied$/.test(verb)) return verb;
        return PAST[verb] ?? whole;
      },
    );
  // "are trying to free the driver and closed the highway": a progressive beside it is told in the past too (joined-tenses.ts).
  return progressiveWithPast(past, past !== clause);
}

/** Ordinals and shares are no counts: "her second term", "half the city". */
const NOT_A_COUNT = /^(?:first|second|third|fourth|fifth|half|quarter|one|\d+(?:st|nd|rd|th))$/i;

/** Does the clause report an event or a new state, rather than colour, reaction or background? */
export function reportsEvent(clause: string): boolean {
  // "re-opened" is "reopened" (hyphened-prefix.ts).
  const s = closedPrefix(plainText(clause));
  if (EVENT.test(s) || HELD.test(s) || tellsOfficeAction(s) || tellsWayState(s) || tellsCustodyMove(s) || tellsCourtStep(s)) return true;
  // "arrived back in Denver on June 3": a journey finished is an event (arrivals.ts).
  if (tellsArrival(s)) return true;
  // A count of people or things ("1,130 people", "three homes"); clocks, years and ordinals are no counts.
  const words = s.split(/\s+/);
  return words.some((raw, k) => {
    const w = raw.replace(/[,.;:]$/, '');
    const next = words[k + 1] ?? '';
    return (
      isNumberToken(w) &&
      !NOT_A_COUNT.test(w) &&
      !/^(?:1[89]|20)\d\d$/.test(w) &&
      !/\d[:.]\d/.test(w) &&
      /^\p{Ll}{3,}/u.test(next) &&
      !/^(?:a\.m|p\.m|am|pm|percent|years?|days?|weeks?|months?|hours?|minutes?|times?|o'clock)\b/.test(next)
    );
  });
}

/** The old article's sentences as sets of word keys, kept for the last article read: each candidate line asks again. */
let lastOld: { text: string; words: Set<string>; sentences: Set<string>[]; foretold: Set<string>[] } | null = null;
const keysOf = (text: string) => (plainText(text).match(/[\p{L}\p{N}'’,.-]*[\p{L}\p{N}]/gu) ?? []).map(wordKey);
function oldArticle(olderText: string): { words: Set<string>; sentences: Set<string>[]; foretold: Set<string>[] } {
  if (lastOld?.text !== olderText) {
    // The headline (the first line) announces; the body tells: a body line first telling what the
    // headline announced is news.
    const lines = olderText
      .split(/\n+/)
      .slice(1)
      .flatMap((line) => splitSentences(line));
    lastOld = {
      text: olderText,
      words: new Set(keysOf(olderText)),
      sentences: lines.map((line) => new Set(keysOf(line))),
      foretold: lines.map((line) => new Set([...plainText(line).matchAll(FORETOLD)].map((m) => wordKey(m[1]!)))),
    };
  }
  return lastOld;
}

/**
 * The verb an old line only foretold: "power will be restored by 2 a.m.", "the road is expected to
 * reopen". When the new line tells it done, the old line is no background for it.
 */
const FORETOLD =
  /\b(?:will|would|could|may|might|should|(?:is|are|was|were)\s+(?:expected|estimated|likely|set|scheduled|due)\s+to|plans?\s+to|hopes?\s+to)\s+(?:not\s+)?(?:(?:be|have|been|\p{Ll}+ly)\s+){0,3}(\p{Ll}+)/gu;

/** A count that held ("the toll remains at 17", "stood unchanged at 40"): in a running story that is news too. */
const HELD = /\b(?:remains?|remained|stays?|stayed|stands|stood|unchanged)\b(?:\s+\p{L}+){0,2}\s+(?:at\s+)?(?:about\s+|around\s+)?\d/iu;

/**
 * Background: the clause says what one sentence of the old article already said — most of its
 * content words and its event stood there together, and no figure is new (a toll that moved from 970 to 1,130 is
 * news in old words). Words spread over the old article are not its news: "evacuations were
 * lifted" is news in a story that said evacuations were ordered and the fire was burning.
 */
export function isBackground(clause: string, olderText: string): boolean {
  const old = oldArticle(olderText);
  // A figure is content however short: a toll that moved from 24 to 33 is news in old words.
  const content = (plainText(clause).match(/[\p{L}\p{N}'’,.-]*[\p{L}\p{N}]/gu) ?? []).filter(
    (w) => /\d/.test(w) || (!isStopword(w) && w.length > 2),
  );
  if (!content.length) return true;
  if (content.some((w) => /\d/.test(w) && !old.words.has(wordKey(w)))) return false;
  if (HELD.test(plainText(clause))) return false;
  // A state said of more or less of the same thing ("Interstate 80 is open" after "… between A and B is open") is news (status-news.ts).
  if (statusMoved(clause, olderText)) return false;
  const keys = content.map(wordKey);
  // The event a clause reports must stand in that sentence too: "all lanes are open again" is news
  // in a story whose sentence had all lanes closed, though the lanes and the road are old words.
  // ("re-opened" is "reopened"; a road's state, "are open", is its event: hyphened-prefix.ts, way-states.ts.)
  const events = [
    ...[...closedPrefix(plainText(clause)).matchAll(new RegExp(EVENT.source, 'gi'))].map((m) => m[0]),
    ...officeActionWords(plainText(clause)),
    wayStateWord(plainText(clause)),
    custodyMoveWord(plainText(clause)),
    courtStepWord(plainText(clause)),
  ]
    .filter(Boolean)
    .flatMap((w) => keysOf(w));
  const foretoldOnly = (k: number) => !FORECAST.test(clause) && events.length > 0 && events.every((e) => old.foretold[k]!.has(e));
  return old.sentences.some(
    (sentence, k) =>
      keys.filter((key) => sentence.has(key)).length / keys.length >= 0.75 && events.every((e) => sentence.has(e)) && !foretoldOnly(k),
  );
}

/** A main verb negated: what has not happened yet ("has not yet been identified") is no news to tell. */
export const NEGATED =
  /\bnot yet\b|\b(?:has|have|had|was|were|is|are)(?:n['’]t| not) (?:yet )?(?:been )?(?:immediately )?(?:identified|determined|known|clear|released|confirmed|found|located|charged|named|disclosed|announced|decided)\b/i;
/** The writer speaking: "I wrote …", "We think …" (never a road: "I-25 has reopened"). */
const FIRST_PERSON = /^(?:[^,]{0,40},\s+)?(?:i|we|i['’]m|we['’]re|we['’]ve|i['’]ve|my|our)\b(?![-–‑]\s*\d)/i;
/** …unless announcing: "We're excited to announce that timeline is now available …" tells the news after it. */
const ANNOUNCING =
  /^(?:we|i)(?:['’]re|['’]m| are| am)\s+(?:\p{L}+\s+)?(?:excited|pleased|happy|proud|thrilled|delighted|glad)\s+to\s+(?:announce|report|share|say|confirm)\s+(?:that\s+)?/iu;

/** Could this added sentence be the lead development at all (before its clause is read)? */
export function canLead(sentence: string): boolean {
  const s = plainText(sentence).trim();
  return !(
    !s ||
    (/["“”]/.test(s) && !onlyQuotedTerms(s)) ||
    /\?\s*$/.test(s) ||
    isSignOffLine(s) ||
    saysNothingNew(s) ||
    (FIRST_PERSON.test(s) && !ANNOUNCING.test(s))
  );
}

export interface NewsClause {
  /** The clause as the note prints it ("five people were shot near Linden Street"). */
  clause: string;
  /** The attribution the sentence carried: "confirmed" reads as confirmation. */
  verb: 'confirmed' | 'said' | '';
  /** True when the clause tells the sentence's whole main clause, nothing cut from its end. */
  whole?: boolean;
  /** The speaker said what it would do itself ("Harbor Market said it would extend …"): a decision, not a guess. */
  pledge?: boolean;
}

/** How many candidates are compressed before giving up: the first that reads is the lead. */
const MAX_TRIES = 3;

/**
 * The news one added sentence tells, as a short clause: null for a line that cannot lead (a
 * quotation, a sign-off, nothing new, the writer speaking), for a clause that carries no event
 * (the event sat in a clause that was dropped), a negated one ("has not yet been identified"), and
 * background the old article already gave.
 */
export function toldNews(sentence: string, olderText: string, articleText: string, options: ClauseOptions = {}): NewsClause | null {
  if (!canLead(sentence)) return null;
  const told = compressClause(sentence, articleText, { olderText, ...options });
  return told &&
    // ("talks will resume next month": an act set for a time is news too, reported-plans.ts.)
    (reportsEvent(told.clause) || told.pledge || plannedWithTime(told.clause)) &&
    !NEGATED.test(told.clause) &&
    (!FORECAST.test(told.clause) ||
      decidedThat(told.clause) ||
      (told.pledge && !GUESS.test(told.clause)) ||
      plannedWithTime(told.clause)) &&
    !isBackground(told.clause, olderText)
    ? told
    : null;
}

/**
 * What a source said, told short: the first of its lines that is not a quotation and cuts to a
 * clause ("heavy rain helped firefighting efforts"), so the note says what the comments added, not
 * only whose they were. Opinion and expectation count here (they are the source's own word), but
 * not a line the old article already gave, nor what has not happened ("has not been identified").
 */
export function saidClause(sentences: string[], olderText: string, articleText: string, options: { pronoun?: boolean } = {}): string {
  for (const sentence of sentences) {
    if (!canLead(sentence)) continue;
    const told = compressClause(sentence, articleText, options);
    if (
      told &&
      told.verb &&
      (told.whole || endsWhereSaid(sentence, told.clause)) &&
      !NEGATED.test(told.clause) &&
      !isBackground(told.clause, olderText)
    )
      return told.clause;
  }
  return '';
}

/**
 * Does the clause run to where the source's words end (a full stop, a comma, a dash, or a clause
 * that only trails)? A clause cut mid-phrase to dodge a copied run ("had made lowering drug prices
 * | a priority") says something else than the source did, and a comment is not told so.
 */
function endsWhereSaid(sentence: string, clause: string): boolean {
  const last = clause.split(' ').slice(-2).join(' ');
  const at = plainText(sentence).lastIndexOf(last);
  if (at < 0) return false;
  const after = plainText(sentence).slice(at + last.length);
  // A participle after a noun only says more of it ("a single boat | running every two hours");
  // "and" before a second verb opens a second thing said ("fight the closures | and called for talks").
  // A place or a time after a noun only sets the scene of a passive or a "be" ("was found in a
  // parking lot | near the station", "it was the fourth shooting | on the east side this year");
  // after an active verb it may be inside what the verb still needs ("made clearing brush | along
  // the ridge roads a priority").
  if (
    /^\s+(?:near|in|on|at|outside|inside|across|along|behind|during|this|last|earlier)\b/i.test(after) &&
    /\b(?:is|are|was|were|been)\b/i.test(clause) &&
    tagged(clause).at(-1)?.pos === 'NOUN'
  )
    return true;
  // "will begin physical therapy | at Front Range Medical Center": only a named place closes the line (named-place-tail.ts).
  if (endsBeforeNamedPlace(clause, after)) return true;
  return /^(?:\s*$|\s*[.,;:!?]|\s+[—–-]+\s|\s+(?:who|which|when|where|while|after|before|because|since|as|until|according|said|says|told)\b|\s+\p{Ll}+ing\b|,?\s+(?:and|but)\s+\p{Ll}+ed\b)/u.test(
    after,
  );
}

/**
 * What someone guesses may happen ("the road would reopen on Thursday", "may be lifted by Friday")
 * has not happened: the source's word on it is their comment, not news. A time set for it ("the
 * verdict will be announced between 3:30 and 4 p.m.") is news in a running story, so "will" stays.
 */
export const FORECAST = /\b(?:would|could|may|might|should|hopes? to)\b/i;

/**
 * The lead among added sentences, in reading order: the first that reports an event or a new
 * state and can be told as a short clause. Its index into `sentences` and its clause, or null.
 * An empty sentence is passed over (the caller blanks lines told another way, such as media).
 */
export function leadDevelopment(
  sentences: string[],
  olderText: string,
  articleText: string,
  noteDate = '',
): (NewsClause & { index: number; part?: number }) | null {
  // (The one line that can lead: quotations beside it are the speaker's, told as comments.)
  const lines = sentences.map((line, k) => ({ line, k })).filter(({ line }) => line.trim() && canLead(line));
  let tries = 0;
  for (let k = 0; k < sentences.length && tries < MAX_TRIES; k++) {
    if (!canLead(sentences[k]!)) continue;
    tries++;
    // A sentence of two main clauses leads by the first that tells news; the caller tells the next
    // beside it (laterNews).
    const told = firstNews(sentences[k]!, olderText, articleText);
    // A status is news whatever its length, with a second status joined by "though" (status-news.ts).
    const status = statusLead(sentences[k]!, olderText, articleText, !!told);
    if (status) return { ...status, index: k };
    // The whole update in one line is told whole where it can be, not cut to leave room (lone-development.ts).
    const whole =
      told && !told.whole && told.part === 0 && lines.length === 1
        ? loneDevelopment(sentences[k]!, olderText, articleText, noteDate)
        : null;
    if (whole) return { ...whole, part: 0, index: k };
    if (told) return { ...told, index: k };
  }
  // Several added lines and none told an event word: the first line that can lead is where the
  // added copy puts its news ("Wednesday's launch is scheduled for 6:51 p.m." before "It will be
  // streamed live …"), and its whole main clause is the news when it reads as a lone line's would
  // (lone-development.ts), whatever its verb. A later line is not tried in its place: behind a
  // first line the note cannot tell, a later one is most often background ("analysts had expected …").
  // (Only the first added line: behind one the caller tells otherwise, a statement or a count, the
  // next is no lead either.)
  if (lines.length > 1 && lines[0]!.k === 0) {
    const { line, k } = lines[0]!;
    // ("The authority met on Tuesday night. They said …": a line the next one's "they said" goes on
    // from introduces a speaker; what was said is the addition, told as their comments.)
    const introduces = PRONOUN_SAID.test(plainText(sentences[k + 1] ?? '').trim());
    const whole = PRONOUN_SAID.test(plainText(line).trim()) || introduces ? null : loneDevelopment(line, olderText, articleText, noteDate);
    if (whole) return { ...whole, clause: withArticle(whole.clause), index: k };
  }
  if (lines.length !== 1) return null;
  // An update of one short line ("Suspect was reportedly armed.") is the news by being the whole
  // update, whatever its verb: told when it reads as a clause the old article did not give.
  const { line, k } = lines[0]!;
  // "She said the closure was overdue": a state someone only called so is their word, not news.
  if (PRONOUN_SAID.test(plainText(line).trim())) return null;
  // "Tait is scheduled to appear in court on April 30.": the added line's whole main clause, short
  // enough to tell whole, is the news whatever its verb (lone-development.ts).
  const whole = loneDevelopment(line, olderText, articleText, noteDate);
  if (whole) return { ...whole, clause: withArticle(whole.clause), index: k };
  if (line.split(/\s+/).length > LONE_LINE_WORDS) return null;
  const told = compressClause(line, articleText);
  // A state reported of someone or something ("was armed", "is stable"): a copula and its adjective.
  const tokens = told ? tagged(told.clause) : [];
  const state = tokens.some((t) => t.pos === 'AUX' && /^(?:is|are|was|were)$/.test(t.lower)) && tokens.at(-1)?.pos === 'ADJ';
  return told && state && !NEGATED.test(told.clause) && !isBackground(told.clause, olderText)
    ? { ...told, clause: withArticle(told.clause), index: k }
    : null;
}

/**
 * A status line's news (status-news.ts), when the clause reader told none, or told the first of two
 * statuses joined where it does not split a sentence ("…, though the east lane remains closed"):
 * the first telling that is no background, no guess and no copied run.
 */
export function statusLead(sentence: string, olderText: string, articleText: string, told = false): (NewsClause & { part: number }) | null {
  if (!canLead(sentence)) return null;
  const parts = coordinated(sentence).length;
  const clause = statusTellings(sentence)
    .filter((c) => !told || (parts === 1 && /,\s+(?:though|although|while)\s/i.test(c)))
    .find(
      (c) => !NEGATED.test(c) && !FORECAST.test(c) && !isBackground(c, olderText) && !copiedFragment(`the news that ${c}`, articleText),
    );
  return clause ? { clause, verb: '', whole: true, part: parts - 1 } : null;
}

/** A lone added line this short is the update itself. */
const LONE_LINE_WORDS = 10;

/** Words a clause cut short must not end on. */
const FUNCTION_END =
  /^(?:the|a|an|of|on|in|and|or|to|as|from|with|by|for|at|that|which|who|its|their|his|her|was|were|is|are|has|have|had|be|been|due|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|next|\d+(?:st|nd|rd|th))$/i;

/**
 * Cut to at most `max` words, ending where a phrase ends: the longest stretch, read back from the
 * cut, that closes on a noun, a figure, an adjective or a participle and leaves no clause open
 * ("destroyed by the flames", not "… by the flames that swept the"). Empty when none does.
 */
function cutTo(words: string[], max: number): string[] {
  if (words.length <= max) return words;
  for (let n = max; n >= MIN_CLAUSE_WORDS; n--) {
    const kept = words.slice(0, n);
    // ("her" may be the object the clause ends on: "the girl's aunt found her", read by endsWhole.)
    const end = kept.at(-1)!.replace(/[,;:]$/, '');
    if (FUNCTION_END.test(end) && !(/^her$/i.test(end) && endsWhole(kept.join(' ')))) continue;
    // "raised by a quarter | of a percentage point": an "of" continues the noun phrase.
    if (/^of$/i.test(words[n] ?? '') && !/[,;:]$/.test(kept.at(-1)!)) continue;
    // "cited for failure | to yield": an infinitive after a noun is the noun's own complement.
    if (
      /^to$/i.test(words[n] ?? '') &&
      !/[,;:]$/.test(kept.at(-1)!) &&
      // ("announced plans | to acquire …": the plural too.)
      /^(?:failure|failing|refusal|attempt|plan|decision|order|right|effort|bid|vote|motion)s?$/i.test(kept.at(-1)!)
    )
      continue;
    // "expected to gain as more votes | are counted": "as" opens a clause that must reach its verb.
    const as = kept.findLastIndex((w) => /^as$/i.test(w));
    if (as >= 0 && as >= n - 4 && !tagged(kept.slice(as + 1).join(' ')).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
    if (
      endsWhole(kept.join(' ')) &&
      !insideNoun(kept, words[n]!) &&
      !leavesVerbBare(kept, words[n]!, words[n + 1]) &&
      !opensBareClause(kept, words) &&
      !cutsJoinedClause(kept, words) &&
      !cutsJoinedPredicate(kept, words) &&
      !cutsSubjectFromVerb(kept, words.slice(n)) &&
      !cutsAwayTheNews(words, n)
    )
      return kept;
  }
  return [];
}

/** Prepositions that open a verb's complement rather than a circumstance: "collided with", "sentenced to". */
const COMPLEMENT_PREPOSITION = /^(?:with|to|into|onto|of|against)$/i;

/** Verbs of rising and falling: their "to …" says how far, and the clause is whole without it. */
const SCALAR_CHANGE =
  /^(?:rose|risen|rises?|fell|fallen|falls?|climbed|climbs?|dropped|drops?|grew|grown|grows?|jumped|jumps?|slipped|slips?|increased|increases?|decreased|decreases?|declined|declines?|soared|soars?|plunged|plunges?|surged|surges?)$/;

/** Words that open a clause inside the clause: "was killed | after a van collided …". */
const SUBORDINATOR = /^(?:after|before|when|while|because|since|until|once|although|though)$/i;

/**
 * Does the cut end inside a clause it opened, before that clause's verb ("was killed after this
 * minivan")? A time or a tail may go, but a clause begun must keep its verb, or go whole.
 */
function opensBareClause(kept: string[], words: string[]): boolean {
  const at = kept.findLastIndex((w) => SUBORDINATOR.test(w));
  if (at < 0) return false;
  const hasVerb = (text: string) => tagged(text).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const tail = kept.slice(at + 1).join(' ');
  if (!tail || hasVerb(tail)) return false;
  // Only a clause: "after the crash | on Route 9" is a phrase, and a phrase may be cut after its noun.
  const rest = words.slice(at + 1);
  const comma = rest.findIndex((w) => /[,;:]$/.test(w));
  return hasVerb(rest.slice(0, comma < 0 ? rest.length : comma + 1).join(' '));
}

/** Particles that finish a verb's meaning: "broke out", "called off", "gave up". */
const PARTICLE = /^(?:out|up|off|away|back)$/i;
/** Words that are particles only when no noun phrase follows: "shut down." but "rose | over the bridge". */
const PARTICLE_OR_PREPOSITION = /^(?:down|over|on)$/i;
/** A time after a verb is no object: "were killed | Monday". */
const TIME_WORD = new RegExp(String.raw`^(?:${WEEKDAY}|${NEAR_DAY}|overnight)$`, 'i');

/**
 * Does the cut leave a verb without what finishes it — its particle ("a fire broke | out") or its
 * object ("… and destroyed | two homes")? Either changes what the clause says. A passive verb
 * takes no object ("were evacuated | from 40 homes" ends whole), though it keeps its particle.
 */
function leavesVerbBare(kept: string[], next: string, then = ''): boolean {
  if (/[,;:]$/.test(kept.at(-1)!)) return false;
  // "she is on her way | to the police station": a way goes somewhere.
  if (/^way$/i.test(kept.at(-1)!) && /^(?:to|home|back|into)\b/i.test(next)) return true;
  // A comma after the next word closes its phrase: nothing beyond it belongs to the verb.
  const bare = (w: string) => w.replace(/[^\p{L}\p{N}]+$/u, '');
  const head = tagged(kept.join(' ')).length;
  const tokens = tagged(`${kept.join(' ')} ${bare(next)} ${next === bare(next) ? bare(then) : ''}`.trim());
  const [before, verb, after, beyond] = tokens.slice(head - 2, head + 2);
  if (verb?.pos !== 'VERB' || !after) return false;
  if (PARTICLE.test(after.text)) return true;
  // "officials appear | to have left": a verb whose meaning is the infinitive after it.
  if (after.lower === 'to' && after.pos === 'PART') return true;
  // "to help | evacuate residents": a verb whose bare verb after it is what it does.
  if (before?.lower === 'to' && after.pos === 'VERB' && !/(?:ed|ing)$/.test(after.lower)) return true;
  if (PARTICLE_OR_PREPOSITION.test(after.text) && !['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(beyond?.pos ?? '')) return true;
  // "collided | with a delivery van", "was charged | with battery", "was sentenced | to 10 years",
  // "was taken | to a hospital": these prepositions open what the verb needs, not a time or a
  // place around it (as "was killed | in a crash" does).
  // After a verb of rising or falling, "to" marks only how far ("rose | to a record"); anywhere
  // else it is where or whose ("was moved | to Denver", "belonged | to his uncle").
  const passive = !!before && /^(?:is|are|was|were|be|been|being)$/.test(before.lower);
  if (COMPLEMENT_PREPOSITION.test(after.text) && !(after.lower === 'to' && SCALAR_CHANGE.test(verb.lower))) return true;
  return !passive && !TIME_WORD.test(after.text) && ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(after.pos);
}

/** Is the cut inside a noun phrase ("the old stone | bridge")? The next word, read in place, is its head noun. */
function insideNoun(kept: string[], next: string): boolean {
  if (/[,;:]$/.test(kept.at(-1)!)) return false;
  // The next word without a stop or comma of its own ("two | handguns,"), read as a word.
  const tokens = tagged(`${kept.join(' ')} ${next.replace(/[^\p{L}\p{N}]+$/u, '')}`);
  const [before, after] = tokens.slice(-2);
  if (!before || !after) return false;
  // "hold two | public forums": a figure or an adjective before an adjective is inside the phrase too.
  if (['NUM', 'ADJ', 'DET'].includes(before.pos) && after.pos === 'ADJ') return true;
  // "charges of second-degree | unintentional murder": a hyphened modifier goes on into its noun.
  if (/\p{L}-\p{L}/u.test(kept.at(-1)!) && before.pos !== 'VERB' && ['NOUN', 'PROPN', 'ADJ'].includes(after.pos)) return true;
  return ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(before.pos) && ['NOUN', 'PROPN'].includes(after.pos);
}

/** Does the clause open on a subject followed by its verb (not a verb, a preposition or a pronoun pointing elsewhere)? */
function readsAsClause(clause: string, pronoun = false): boolean {
  if (POINTER.test(clause) && !isFinding(clause) && !(pronoun && PERSONAL.test(clause))) return false;
  const tokens = tagged(clause);
  // "later corrected to eight …": an adverb opening a verb leaves the clause without a subject.
  const opening = tokens.find((t) => t.pos !== 'ADV');
  if (opening && ['VERB', 'AUX'].includes(opening.pos) && tokens[0]?.pos === 'ADV') return false;
  const first = tokens[0];
  // "At least 1,130 people …", "More than 40 homes …": a quantity opens the subject.
  const quantity = tokens.slice(1, 3).some((t) => t.pos === 'NUM');
  if (!first || ['VERB', 'AUX', 'CCONJ', 'SCONJ', 'PUNCT', 'INTJ', 'PART'].includes(first.pos) || (first.pos === 'ADP' && !quantity))
    return false;
  // "no need to call or email anymore": the first verb an infinitive, the line has no main verb.
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // ("Moss plans to visit …": an intent read as a noun still gives the clause its verb, reported-plans.ts.)
  if (verb > 0 && tokens[verb - 1]!.lower === 'to' && !intentBeforeInfinitive(tokens, verb)) return false;
  return hasFiniteVerb(clause);
}

/**
 * The sentence as a short main clause, or null when nothing readable is left. `articleText` is the
 * new article (for the copy check and for a capital only the sentence's start gave).
 */
/** A quoted term set as the article sets it, in curly quotes: the note is read beside the copy. */
const typographicQuotes = (clause: string) => clause.replace(/"/g, (quote, at: number) => curlyQuote('"', clause.slice(0, at)));

/** Every quotation in the sentence a term of up to four words, with no stop of its own: "the "stay home" order". */
function onlyQuotedTerms(sentence: string): boolean {
  // In reported speech a quoted word is the speaker's ("said the suit was "baseless""): a quotation.
  if (
    new RegExp(
      String.raw`\b(?:${speechVerbs('said', 'says', 'say', 'told', 'tells', 'called', 'described', 'describes', 'wrote', 'writes', 'added', 'adds')}|according to|calls)\b`,
      'i',
    ).test(sentence)
  )
    return false;
  // Outside reported speech, a short quoted phrase inside the paper's own clause (partial-quotes.ts).
  if (quotesOnlyPhrases(sentence)) return true;
  const spans = sentence.match(/"[^"]*"/g) ?? [];
  if (!spans.length || (sentence.match(/"/g) ?? []).length !== spans.length * 2) return false;
  return spans.every((span) => {
    const words = span.slice(1, -1).trim().split(/\s+/);
    return words.length <= 4 && !/[.,!?;:]$/.test(span.slice(1, -1).trim()) && /^\p{L}/u.test(span.slice(1));
  });
}

/** `pronoun`: a clause may open on "he"/"she"; `olderText`: the old version, whose names are names still. */
interface ClauseOptions {
  pronoun?: boolean;
  olderText?: string;
  /** The sentence is the whole update (lone-development.ts): told whole up to REPORTED_CLAUSE_WORDS, no room kept. */
  alone?: boolean;
}

export function compressClause(sentence: string, articleText: string, options: ClauseOptions = {}): NewsClause | null {
  // A cut that reads, or the sentence told whole in the note's own order ("the council on Friday
  // announced …", day-after-subject.ts), comes first when it is whole. Else a short added sentence is
  // told whole (restated-sentence.ts); a longer one by its cut, which leaves the note room for more.
  const cut = compressedClause(sentence, articleText, options, false);
  if (cut?.whole) return cut;
  const restated = compressedClause(sentence, articleText, options, true);
  if (!cut || !restated?.whole) return cut ?? restated;
  return restated.clause.split(' ').length <= (options.alone ? REPORTED_CLAUSE_WORDS : SHORT_SENTENCE_WORDS) ? restated : cut;
}

/** A sentence told whole rather than cut: at most a quarter of a note, so the note keeps room for the next development. */
const SHORT_SENTENCE_WORDS = MAX_NOTE_WORDS / 4;

function compressedClause(sentence: string, articleText: string, options: ClauseOptions, restated: boolean): NewsClause | null {
  const copiedFragment = (note: string, article: string) => copiedRun(note, article, { restated });
  let s = plainText(sentence)
    .trim()
    .replace(/[.!?]+$/, '')
    // ('… the deaths of "multiple US citizens."': the sentence's stop inside a closing quotation mark.)
    .replace(/[.!?,]+"$/, '"');
  // A quotation someone spoke is no clause of ours; a term the article puts in quotation marks
  // (the "shelter in place" order) is its word for a thing, and stays as quoted words.
  if (/["“”]/.test(s) && !onlyQuotedTerms(s)) return null;
  s = s
    .replace(DATELINE, '')
    .replace(WIRE_CREDIT, '')
    .replace(ANNOUNCING, '')
    .replace(LABEL, '')
    .replace(SIGN_OFF_TAIL, '')
    .replace(SIGN_OFF_TAIL, '')
    .replace(/[.!?]+$/, '');
  let verb: NewsClause['verb'] = '';
  let namedSpeaker = false;
  let pledge = false;
  // "Party official: quake kills 32 people": a headline's speaker before a colon is attribution.
  const speaker = /^([^:;,"“”]{2,60}?)\s*:\s+(?=\S)/u.exec(s);
  if (speaker && speaker[1]!.split(/\s+/).length <= 6 && namesSpeaker(speaker[1]!) && hasFiniteVerb(s.slice(speaker[0].length))) {
    verb = 'said';
    s = s.slice(speaker[0].length);
  }
  s = s.replace(DISCOURSE_OPENER, '');
  for (let pass = 0; pass < 2; pass++) s = withoutLeadingAdverbial(s.replace(DISCOURSE_OPENER, ''));
  // "When the case came back on Tuesday, the tribunal ordered …": the main clause is the news (fronted-clauses.ts).
  s = withoutFrontedClause(s);
  // "This tornado warning has expired": a demonstrative before its noun points at the story's own
  // subject, which the note names as "the tornado warning" (a bare "This was …" still points elsewhere).
  // ("This week the council voted …" is a time, not a subject.)
  const pointing =
    /^(?:this|that|these|those)\s+(?=\p{Ll})(?!(?:week|weekend|month|year|morning|afternoon|evening|time|season|summer|spring|fall|autumn|winter|spring|past|coming)\b)/iu.exec(
      s,
    );
  if (pointing && ['NOUN', 'ADJ'].includes(tagged(s)[1]?.pos ?? '')) s = `the ${s.slice(pointing[0].length)}`;
  s = s.replace(/^according to [^,]+,\s*/i, () => ((verb = 'said'), ''));
  // "…, according to PG&E, and …": said mid-sentence, still said.
  s = s.replace(/,\s*according to [^,]+,/i, () => ((verb = 'said'), ','));
  // "Prices rose 2.1 percent, the statistics office said on Thursday, the fastest pace since May":
  // said mid-sentence before an aside on the whole clause. The speaker goes, and the aside with it
  // (a noun phrase with no verb of its own tells no more news).
  const mid = MID_ATTRIBUTION.exec(s);
  if (mid && namesSpeaker(mid[1]!) && !hasFiniteVerb(s.slice(mid.index + mid[0].length))) {
    verb = /confirm/i.test(mid[0]) ? 'confirmed' : 'said';
    s = s.slice(0, mid.index);
  } else {
    // "… arrived home on May 3 and, the agency said, will begin …": a speaker set inside the clause it credits (inset-speakers.ts).
    const inset = withoutInsetSpeaker(s);
    if (inset) {
      verb = inset.verb;
      s = inset.clause;
    }
  }
  const tail = TAIL_ATTRIBUTION.exec(s) ?? PER_SOURCE.exec(s);
  if (tail) {
    verb = /confirm/i.test(tail[0]) ? 'confirmed' : 'said';
    s = s.slice(0, tail.index);
  }
  // "A speaker at the school could be heard about 2 p.m. saying the lockdown had ended": what was
  // heard said is the news, the speaker only how it came.
  const heard = HEARD_SAYING.exec(s);
  if (heard && hasFiniteVerb(s.slice(heard[0].length))) {
    verb = 'said';
    s = s.slice(heard[0].length);
  }
  // "The boy's uncle, Carl Finn, said he …": a name in apposition to the speaker is still the speaker.
  s = s.replace(NAMED_APPOSITIVE, '$1 ');
  // "said in Tarvik, Norway, on Monday that …": where it was said is the saying's frame (said-where.ts).
  s = withoutSaidWhere(s);
  // "RCMP can advise that …", "DriveBC reminds commuters that …": a body speaking formally (formal-voice.ts).
  const voiced = HEAD_ATTRIBUTION.exec(plainVoice(s));
  if (voiced && namesSpeaker(voiced[1]!)) s = plainVoice(s);
  const head = HEAD_ATTRIBUTION.exec(s);
  // The words before the speech verb must name a speaker, not be a clause of their own; and what
  // follows must be what was said, a clause: "The council announced a curfew" is itself the news.
  // "The audit report found …": a noun read as the speech verb leaves a verb opening what follows.
  const said = head ? s.slice(head[0].length) : '';
  // ("Regulators told the operator to suspend …": "told … to" sets an act, it reports no words.)
  if (
    head &&
    namesSpeaker(head[1]!) &&
    said &&
    hasFiniteVerb(said) &&
    !['VERB', 'AUX'].includes(tagged(said)[0]?.pos ?? '') &&
    !setsAnAct(said)
  ) {
    verb = /confirm/i.test(head[0]) ? 'confirmed' : 'said';
    s = s.slice(head[0].length);
    // "The company said it had fired …": the pronoun is the speaker, who is the clause's subject.
    // Not "it was the third shooting" or "it was raining": "it" before a form of "be" is as often
    // no one as the speaker, and the clause keeps its words.
    // "X said A and that B": two things said; one that only goes on ("were still investigating")
    // is no news beside the other.
    const [first, ...more] = s.split(/,?\s+and\s+that\s+/i);
    if (more.length) s = ONGOING.test(first!) ? more.join(' and that ') : first!;
    s = speakersOwnAct(s);
    if (
      /^(?:it|they)\s/i.test(s) &&
      !/^it\s+(?:is|was|'s|’s|has been|had been|will be|would be)\b/i.test(s) &&
      !/^(?:it|they|he|she|we|i)$/i.test(head[1]!.trim())
    ) {
      // ("Neighbors on Oak Street said they …": where they stood is not who they are.)
      const said = head[1]!.trim().replace(/\s+(?:on|in|at|near|from|along|outside|around)\s+.*$/, '');
      // "Police said they …", "Hospital officials said they …": a body that is no name, in prose's lower case.
      const [whose, body] = said.split(/\s+/);
      const who =
        COLLECTIVE_SOURCE.test(said) ||
        (body &&
          !said.includes(' ', whose!.length + 1) &&
          COLLECTIVE_SOURCE.test(body) &&
          !readsAsName(whose!, articleText) &&
          !isPeoplesAdjective(whose!, articleText)) ||
        // "Patrons at the branch said they …": one plural the language knows, capitalized only by the line.
        (!body && /^\p{Lu}\p{Ll}+$/u.test(said) && isPluralNoun(said) && knownPlural(said) && !readsAsName(said, articleText))
          ? said.toLowerCase()
          : said;
      s = s.replace(/^\S+/, who);
      pledge = pledgedBy(s, who);
      // "Police said it has …": the verb agrees with the speaker put in the pronoun's place.
      if (isPluralNoun(who.split(/\s+/).at(-1)!) || COLLECTIVE_PLURAL.test(who))
        s = s.replace(new RegExp(`^(${escapeForRegExp(who)})\\s+(has|is|was)\\b`), (_, w: string, v: string) => `${w} ${PLURAL_VERB[v]}`);
      // A speaker named by a capital ("Harbrook") keeps it; "The utility" reads "the utility".
      namedSpeaker = !/^(?:the|a|an)\s/i.test(who);
    }
    s = ownPossessive(s, head[1]!);
  }
  for (let pass = 0; pass < 2; pass++) s = withoutLeadingAdverbial(s);
  s = s.replace(INNER_TIME, '$1');
  s = withoutSubjectRelative(s);
  // ", but not to the hospital", ", except …": a tail that limits the clause stays with it.
  // Kept only when the clause and its limit fit in a note's clause, without a clause hung on the
  // limit (", which remained closed"); "but not before a fire broke out" limits nothing.
  // "acquitted of arson, but convicted of fraud": the contrast is the news, told first.
  s = contrastFirst(s);
  s = defendantNamed(s);
  // "Maya Cole, 15, who was last seen Monday, was found safe": a relative clause set off between the
  // subject and its verb only says which one; the main clause goes on after it.
  // (An appositive opened before it, "Maya Cole, 15,", keeps its closing comma.)
  s = s.replace(INNER_RELATIVE, (_m: string, at: number, whole: string) => (whole.slice(0, at).includes(',') ? ', ' : ' '));
  s = s.replace(APPOSITIVE, ' ').replace(TRAILING, (tail: string, at: number, whole: string) => {
    if (!/^,\s+but\s/i.test(tail) || !QUALIFIER.test(tail) || /^,\s+but\s+not\s+(?:before|until|after|yet|long)\b/i.test(tail)) return '';
    const limit = tail.replace(/,\s+(?:which|who|where|when|while)\b.*$/i, '');
    return `${whole.slice(0, at)}${limit}`.split(/\s+/).length <= MAX_CLAUSE_WORDS ? limit : '';
  });
  // A dash or a semicolon ends the main clause.
  s = s.split(/\s+[—–-]+\s+|;\s+|:\s+/)[0]!;
  s = pastTense(s.replace(HEDGE, '')).replace(/\s+/g, ' ').trim();
  // Reported speech's "would" for a plan with its time set is told as the "will" it was (reported-plans.ts).
  if (verb) s = planAsWill(s);
  // "the estimated time of the highway reopening is 1 p.m." → "the highway was expected to reopen at 1 p.m." (estimated-times.ts).
  s = expectedAtTime(s);
  // "power had been restored" → "power was restored": told after the fact, as the perfect is.
  s = s.replace(/^((?:\S+\s+){0,7}?)(\S+)\s+had\s+been\s+(?=\p{Ll}+ed\b)/u, (all, before: string, last: string) => {
    const subject = subjectHead(`${before}${last}`);
    if (!subject) return all;
    return `${before}${last} ${isPluralNoun(subject) || COLLECTIVE_PLURAL.test(subject) || /^(?:they|we)$/i.test(subject) ? 'were' : 'was'} `;
  });
  // "it was not yet clear who …" → "it was unclear who …": the finding in the note's own words.
  // Only before a question word or at the end: "streets were not clear of snow" is no finding.
  s = s.replace(
    /\bnot\s+(?:yet\s+)?(?:immediately\s+)?(clear|known|certain)\b(?=\s+(?:who|what|when|where|why|how|whether|if)\b|\s*$)/i,
    (_, w: string) => `un${w.toLowerCase()}`,
  );
  // A long clause is cut to its core: a tail that only ties it to the story ("in connection with
  // the robbery") goes first.
  // A day stays: it is often the news's own ("will be held Saturday", "departed about 3 p.m. Saturday").
  if (s.split(' ').length > MAX_CLAUSE_WORDS) s = withoutSubjectAgent(shareOfGroup(s));
  if (s.split(' ').length > CORE_WORDS) s = identifiedAs(s);
  // Only a clause that would be cut: a place that fits is part of what happened.
  if (s.split(' ').length > MAX_CLAUSE_WORDS) s = shorterSubject(s);
  // "… provider Veeam Software announced plans to acquire … company Securiti AI": over length, the
  // common nouns describing a name go before the clause is cut from its end (described-names.ts).
  if (s.split(' ').length > MAX_CLAUSE_WORDS) s = withoutNameDescriptions(s);
  // ("Assistant Superintendent of Curriculum and Instruction John Davis will serve …": the person by name, titled-subjects.ts.)
  if (s.split(' ').length > MAX_CLAUSE_WORDS) s = withoutLongTitle(s, subjectOf(s));
  // "ruled Tuesday that independent candidate Ana Voss must …": over length, the day between a verb
  // and what it says goes, then the description before a name given in full (review 11b).
  if (s.split(' ').length > MAX_CLAUSE_WORDS) s = s.replace(VERB_DAY_THAT, '$1 that ');
  if (s.split(' ').length > MAX_CLAUSE_WORDS)
    s = s.replace(DESCRIBED_NAME_AFTER_THAT, (whole, described: string, name: string) =>
      // Only words that describe ("independent candidate"), never a verb ("police arrested Ana Voss").
      tagged(described).every((t) => ['NOUN', 'ADJ', 'DET'].includes(t.pos)) ? `that ${name}` : whole,
    );
  // "the court ruled that the city's ban on … did not violate …": over length, the ruling keeps its head (ruling-head.ts).
  if (s.split(' ').length > MAX_CLAUSE_WORDS) s = rulingHead(s, MAX_CLAUSE_WORDS);
  if (s.split(' ').length > CORE_WORDS) {
    const core = s.replace(CONNECTION_TAIL, '');
    // "… was not | related to the first one": a cut that leaves a negation or a limit bare says the opposite.
    if (core.split(' ').length >= MIN_CLAUSE_WORDS + 2 && !QUALIFIER_END.test(core)) s = core;
  }
  // "Two of the children were flown …" told in the story's own words copies its run, and the copy
  // cut below would keep only "two of the children": the count said short tells the same (partitive-subjects.ts).
  // (Said short whether or not the copying check would let the reported clause through whole
  // (attributed-clause.ts): "three of the passengers" reads as no count of its own to the event reader.)
  s = partitiveSaidShort(s.split(' ')).join(' ');
  const whole = s.split(' ').filter(Boolean);
  const told = (clause: string, kept: number): NewsClause | null =>
    dropsQualifier(whole, kept)
      ? null
      : {
          // ("the part of the lease | that lets …": cut before its defining clause, "part of the lease".)
          // ("rescued Monday, and was not injured": no comma before a second predicate, predicate-comma.ts.)
          clause: withoutPredicateComma(typographicQuotes(shareWithoutItsClause(clause, whole[kept]))),
          verb,
          ...(kept >= whole.length ? { whole: true } : {}),
          ...(pledge ? { pledge: true } : {}),
        };
  let words = s.split(' ').filter(Boolean);
  // Two clauses joined by ", and" ("… are still without power, and power is not expected back until
  // midnight"): the first is whole on its own, and a "not" of the second, which a shorter cut
  // may not pass, limits only the second.
  const [first, ...second] = s.split(COORDINATE);
  const compound = first!.split(' ');
  if (QUALIFIER.test(second.join(' ')) && compound.length >= MIN_CLAUSE_WORDS + 1) words = compound;
  // A clause cut short at its own comma reads better than one cut mid-phrase.
  if (words.length > MAX_CLAUSE_WORDS) {
    const comma = s.split(/,(?!\d{3})\s+/)[0]!.split(' ');
    words = comma.length >= MIN_CLAUSE_WORDS + 1 && comma.length <= MAX_CLAUSE_WORDS ? comma : cutTo(words, MAX_CLAUSE_WORDS);
  }
  words = words.map((w, k) => (k === words.length - 1 ? w.replace(/[,;:]$/, '') : w));
  // Copying a run of the article's own words is not telling the news: shorten until it is not.
  // A clause that copies LONG_COPY words in a row, names and figures among them, is the article's
  // sentence told again: told without the scene it closes on where that is all a cut drops
  // (sceneCut), else as it is — a figure or a second verb is the news, never cut for length.
  for (let n = words.length; n >= MIN_CLAUSE_WORDS; n--) {
    const kept = cutTo(words, n);
    if (kept.length < MIN_CLAUSE_WORDS) break;
    if (kept.length < n) n = kept.length;
    const candidate = namedSpeaker ? kept.join(' ') : commonOpening(kept.join(' '), articleText, options.olderText);
    // Read as the note prints it, after "the news that": a name opening the clause is a name.
    const copied = copiedFragment(`The news that ${candidate}`, articleText);
    // A passive with its agent told the other way round ("the fire was caused by a space heater"
    // → "a space heater caused the fire") says the same without copying the article's run.
    const active =
      copied && kept.length === words.length ? activeVoice(candidate) || ownerForm(candidate) || frontedMeasure(candidate) : '';
    // A fronted measure is read as the clause after it ("for at least a month, | the bridge will …").
    const main = active.replace(/^(?:for|until|through|within|in|over)\s[^,]+,\s+/, '').replace(/\s+and,\s+[^,]+,\s+/, ' and ');
    if (active && !copiedFragment(`The news that ${active}`, articleText) && readsAsClause(main)) return told(active, kept.length);
    // Else the day set after the subject, or the extent kept before "about what" (day-after-subject.ts, extent-kept.ts).
    const retold =
      copied && kept.length === words.length
        ? [dayAfterSubject(candidate, plainText(sentence)), extentKept(candidate), receiverAfterTo(candidate), directedPassive(candidate)]
        : [];
    for (const other of retold)
      if (other && !copiedFragment(`The news that ${other}`, articleText) && readsAsClause(other)) return told(other, kept.length);
    if (copied) {
      // A shorter clause still holding the whole copied run copies it too: cut inside the run.
      const at = runStart(kept, copied);
      if (at >= 0) n = Math.min(n, at + COPIED_RUN);
      continue;
    }
    if (!readsAsClause(candidate, options.pronoun)) return null;
    const verbatim = verbatimRunStart(kept, articleText);
    if (verbatim >= 0) {
      // Cut before the scene the clause closes on, when that is all it drops.
      const at = sceneCut(kept, verbatim + LONG_COPY - 1);
      const shorter =
        at > 0
          ? namedSpeaker
            ? kept.slice(0, at).join(' ')
            : commonOpening(kept.slice(0, at).join(' '), articleText, options.olderText)
          : '';
      if (shorter && readsAsClause(shorter, options.pronoun) && !copiedFragment(`The news that ${shorter}`, articleText))
        return told(shorter, at);
    }
    return told(candidate, kept.length);
  }
  return null;
}

/** A day, a time of day, a month or a period a figure is counted over. */
const WHEN = new RegExp(
  String.raw`\b(?:${WEEKDAY}|${NEAR_DAY}|${PART_OF_DAY}|noon|midnight|week|month|year|quarter|season|january|february|march|april|may|june|july|august|september|october|november|december)\b`,
  'i',
);
/** Prepositions that open where a thing happened: the scene, not the news. */
const SCENE = /^(?:in|on|at|near|across|during|outside|inside|throughout|along|amid)$/i;

/**
 * The longest cut of a clause, at most `most` words, that drops only its scene: what follows opens
 * on a preposition of place and holds no name, no figure, no day and no verb of its own ("… were killed | in
 * Wednesday's blast"), and what is kept ends whole (cutTo). 0 for none: "only about 200 customers
 * | across the state are without power" drops the verb, "$299 | million" splits the figure.
 */
function sceneCut(words: string[], most: number): number {
  for (let n = Math.min(most, words.length - 1); n >= MIN_CLAUSE_WORDS + 2; n--) {
    // ("$2 million | in repairs": a bare noun after "in" says what for; a scene has its article.)
    if (!SCENE.test(words[n]!) || !/^(?:the|a|an|its|their|his|her|this|that)$/i.test(words[n + 1] ?? '') || /[,;:]$/.test(words[n - 1]!))
      continue;
    const dropped = words.slice(n).join(' ');
    // ("died | on Friday": a day is the news's own, and stays; so is a place named, "in Brennan Flats".)
    if (
      /\d|\p{Lu}/u.test(dropped) ||
      WHEN.test(dropped) ||
      tagged(dropped).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ed|en|ing)$/.test(t.lower)))
    )
      continue;
    if (cutTo(words, n).length === n) return n;
  }
  return 0;
}

/** A clause copying this many of the article's words in a row, whatever they are, retells its sentence. */
const LONG_COPY = 11;

/** The article's words, lowercased and spaced, kept for the last article read. */
let lastArticle: { text: string; words: string } | null = null;
const bareWord = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Where a run of LONG_COPY or more of the clause's words, in the article's order, starts; -1 for none. */
function verbatimRunStart(words: string[], articleText: string): number {
  if (words.length < LONG_COPY) return -1;
  if (lastArticle?.text !== articleText)
    lastArticle = {
      text: articleText,
      words: ` ${(
        plainText(articleText)
          .toLowerCase()
          .match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? []
      ).join(' ')} `,
    };
  const bare = words.map(bareWord);
  for (let k = 0; k + LONG_COPY <= bare.length; k++)
    if (lastArticle.words.includes(` ${bare.slice(k, k + LONG_COPY).join(' ')} `)) return k;
  return -1;
}

/**
 * "The jury in the trial of Dale Ames found him guilty of arson" → "a jury found Dale Ames guilty
 * of arson": the verdict told whole, its "him" the one defendant the subject names. Only a court's
 * body (jury, judge, court, panel) in the trial, case or hearing of one person, and only the
 * pronoun right after the verdict's verb: where the subject names no one, or two, the clause is
 * left as it stands.
 */
const PLACE_WORD = /\b(?:County|City|Town|Township|Parish|State|Street|Road|Avenue|Lake|River|Mount|Valley)\b/;
const COURT_SUBJECT =
  /^(?:[Tt]he|[Aa])\s+((?:[\p{Ll}-]+\s+)?(?:jury|judge|court|panel|jurors))\s+(?:in|at|for|hearing|weighing)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:trial|retrial|case|hearing)\s+(?:of|against)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?\p{Lu}[\p{L}'’-]+)\s+(\p{Ll}+)\s+(him|her)\b/u;
export function defendantNamed(clause: string): string {
  const m = COURT_SUBJECT.exec(clause);
  // One person: no body, and no place ("the trial of Pell County").
  if (!m || !personName(m[2]!) || m[2]!.split(/\s+/).length < 2 || looksLikeOrganization(m[2]!) || PLACE_WORD.test(m[2]!)) return clause;
  if (!tagged(m[3]!).some((t) => t.pos === 'VERB')) return clause;
  return `${/s$/.test(m[1]!) ? '' : 'a '}${m[1]} ${m[3]} ${m[2]}${clause.slice(m[0].length)}`;
}

/**
 * "the fire was caused by a space heater" → "a space heater caused the fire": a passive whose
 * agent ends the clause, turned active. Empty when the clause is not that shape (a time or place
 * after the agent, a second verb, a participle with no simple past).
 */
/** Heads of a "by" phrase that measure or date the change, not who made it: "by Sunday", "by a third", "by a wide margin". */
const NO_AGENT = new RegExp(
  String.raw`^(?:${WEEKDAY}|today|tonight|noon|midnight|${PART_OF_DAY}|week|weekend|month|year|hour|minute|time|end|third|quarter|half|percent|point|margin|majority|vote|votes|amount|much|far|hand|mail|phone|email|law|default|accident|mistake|design|chance)s?$`,
  'i',
);
const MONTH_NAME_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/**
 * Is a "by" phrase the doer ("by a space heater", "by the Federal Trade Commission") rather than a
 * time, an amount or a manner ("by Sunday", "by a third after a late amendment", "by a quarter of a
 * point", "by a wide margin")? Only determiners, adjectives, nouns and names, with no figure and no
 * phrase of its own, and a head that is no measure or date.
 */
function readsAsAgent(agent: string): boolean {
  const tokens = tagged(agent).filter((t) => t.pos !== 'PUNCT');
  if (!tokens.length || tokens.some((t) => !['DET', 'ADJ', 'NOUN', 'PROPN', 'PART'].includes(t.pos))) return false;
  const head = tokens.at(-1)!.text;
  return !NO_AGENT.test(head) && !MONTH_NAME_WORD.test(head) && !/\d/.test(agent);
}

/**
 * "he will be sentenced in eight weeks" → "in eight weeks, he will be sentenced": a span of time
 * ahead of a verb in the future that ends the clause, set before the clause it measures, says the
 * same without copying the article's run, where cutting it would drop the figure. In "A and B in eight weeks" it measures B only, and goes before B. Empty when the
 * clause does not end on one.
 */
function frontedMeasure(clause: string): string {
  const m =
    /^(.+?\s\p{L}+)\s+((?:for|until|through|within|in|over)\s+(?:(?:at least|at most|more than|less than|up to|nearly|almost)\s+)?(?:a|an|\S+)(?:\s+\p{L}+)?)$/u.exec(
      clause,
    );
  if (!m || m[2]!.split(/\s+/).length > 6) return '';
  const [, main, measure] = m;
  // A span ahead ("in eight weeks") only after a verb in the future: "was built in two years" stays.
  const ahead = /^(?:in|within)\s+(?:a|an|\S+)\s+(?:days?|weeks?|months?|years?|hours?)$/i.test(measure!) && FUTURE_VERB.test(main!);
  // (Not a hedged span: "the news that for at least a month, …" reads as a dangling "for at";
  // cut away, "the mine will stay closed" still tells the development.)
  if (!ahead) return '';
  const joined = /^(.+?)\s+and\s+((?:he|she|they|it|the\s+\p{L}+|\p{Lu}\p{L}+)\s+.+)$/u.exec(main!);
  return joined ? `${joined[1]} and, ${measure}, ${joined[2]}` : `${measure}, ${main}`;
}

/** A verb in the future: "will be sentenced", "is scheduled to reopen", "is expected to". */
const FUTURE_VERB = /\b(?:will|is|are)\s+(?:be\s+\p{Ll}+|scheduled to|expected to|set to|due to|\p{Ll}+)(?:\s+\p{Ll}+)?$/u;

/**
 * One subject, two verbs turned against each other by "but": "Danner was acquitted of arson, but
 * convicted of fraud" → "Danner was convicted of fraud and acquitted of arson"; "the jury acquitted
 * Danner of arson but convicted him of fraud" → "the jury convicted Danner of fraud and acquitted
 * him of arson". The verb after "but" is the news (a cut at ", but" would drop it); told first, the
 * clause keeps both and no longer copies the article's run. Unchanged unless the sentence is that
 * shape: a subject, a verb, then "but" and a verb with no subject of its own that reports an event.
 */
export function contrastFirst(clause: string): string {
  const m = /^(.+?),?\s+but\s+(?:(?:also|later|then)\s+)?(\p{Ll}+(?:ed|en|t))\b([^,;]*)(.*)$/u.exec(clause);
  if (!m || !EVENT.test(`${m[2]}${m[3]}`)) return clause;
  const [, first, verb2, rest2, after] = m;
  const tokens = tagged(first!);
  const at = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (at < 1 || tagged(`they ${verb2}`)[1]?.pos !== 'VERB') return clause;
  // Subject and auxiliary ("Danner was"), then the first verb's phrase ("acquitted of arson").
  const words = first!.split(/\s+/);
  if (words.length !== tokens.length) return clause;
  let v = at;
  while (v < tokens.length && tokens[v]!.pos === 'AUX' && tokens[v + 1] && ['VERB', 'AUX', 'ADV'].includes(tokens[v + 1]!.pos)) v++;
  const head = words.slice(0, v).join(' ');
  let phrase1 = words.slice(v).join(' ');
  let phrase2 = `${verb2}${rest2}`.trim();
  if (!/^\p{Ll}+(?:ed|en|t)\b/u.test(phrase1) || !head) return clause;
  // "acquitted Danner … but convicted him …": the name goes with the verb told first.
  const object1 = /^(\S+)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\b/u.exec(phrase1);
  const object2 = /^(\S+)\s+(him|her|them)\b/.exec(phrase2);
  if (object2 && object1) {
    phrase2 = phrase2.replace(object2[0], `${object2[1]} ${object1[2]}`);
    phrase1 = phrase1.replace(object1[0], `${object1[1]} ${object2[2]}`);
  } else if (object2 || object1) return clause;
  return `${head} ${phrase2} and ${phrase1}${after!.replace(/^,\s*/, ' ')}`;
}

export function activeVoice(clause: string): string {
  const m = /^(.+?)\s+(?:was|were)\s+(\p{Ll}+)\s+by\s+((?:the|a|an|his|her|its|their)\s+[^,;]+|\p{Lu}[^,;]+)$/u.exec(clause);
  if (!m) return '';
  const [, patient, participle, agent] = m;
  const past = /ed$/.test(participle!) ? participle! : PAST[participle!];
  if (!past || hasFiniteVerb(agent!) || agent!.split(/\s+/).length > 6 || !readsAsAgent(agent!)) return '';
  const object = /^(?:The|A|An)\s/.test(patient!) ? patient!.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : patient!;
  return `${agent} ${past} ${object}`;
}

/**
 * "the rifle the boy used belonged to his uncle" → "the rifle the boy used was his uncle's": whose
 * a thing was, said with a possessive, tells the same without copying the article's run. Empty when
 * the owner is more than a short noun phrase (a clause, a list, a place after it).
 */
export function ownerForm(clause: string): string {
  const m =
    /^(.+?)\s+(belonged|belongs)\s+to\s+((?:the|a|an|his|her|its|their|my|our)\s+\p{L}+(?:\s+\p{L}+)?|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,2})$/u.exec(
      clause,
    );
  if (!m || /\b(?:and|or|in|at|of|on|who|which|that)$/i.test(m[3]!) || /\s(?:and|or|in|at|of|on|who|which|that)\s/i.test(` ${m[3]} `))
    return '';
  const owner = m[3]!.endsWith('s') ? `${m[3]}'` : `${m[3]}'s`;
  return `${m[1]} ${m[2] === 'belongs' ? 'is' : 'was'} ${owner}`;
}

/** A headline's bare subject takes its article in a note's sentence: "suspect was armed" → "the suspect was armed". */
function withArticle(clause: string): string {
  const [first, next] = tagged(clause);
  return first?.pos === 'NOUN' && /^\p{Ll}+$/u.test(first.text) && !/s$/.test(first.text) && (next?.pos === 'AUX' || next?.pos === 'VERB')
    ? `the ${clause}`
    : clause;
}

/** Where the copied run starts among the clause's words (it may begin in "the news that": 0), or -1. */
function runStart(words: string[], run: string): number {
  const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const first = run.split(' ');
  for (let k = 0; k < words.length; k++) if (bare(words[k]!) === first[0] && bare(words[k + 1] ?? '') === (first[1] ?? '')) return k;
  return first[0] === 'news' || first[0] === 'that' ? 0 : -1;
}

/**
 * A capital only the sentence's start gave is dropped ("Residents of 40 homes …" → "residents …"):
 * the tagger reads any capital as a name, so the word is tagged as the note will print it.
 */
/** A line most of whose words open on a capital: a headline in title case. */
const titleCased = (line: string) => {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.6;
};

function commonOpening(clause: string, articleText: string, olderText = ''): string {
  const lowered = lowerOpening(clause, articleText);
  if (opensOnNumberedName(lowered)) return lowered;
  // A capital before a capital is a name's first word ("Ada Moss won …"), a bracketed qualifier
  // between them too ("Owensboro (Ky.) Health").
  const first = /^\p{Lu}\p{Ll}+(?=\s+(?:\([^()\s]{1,12}\)\s+)?[^\p{Lu}\s(])/u.exec(lowered)?.[0];
  if (!first) return lowered;
  const small = first.toLowerCase() + lowered.slice(first.length);
  // "Police have arrested …" is the common noun, though the story names "Knox Police" (proper-adjectives.ts).
  // (Read against an article: without one, no capital is known to be the sentence's.)
  if (articleText && opensOnGroupNoun(lowered)) return small;
  if (readsAsName(first, articleText)) return lowered;
  // "Dunmore voters approved …" opening the only line that names Dunmore now: the old version
  // capitalized it mid-sentence, so it is a name.
  // (Line by line, and not in a headline set in title case, where every word has its capital.)
  const midLine = new RegExp(`[\\p{Ll},;]\\s+${escapeForRegExp(first)}\\b`, 'u');
  if (olderText.split(/\n+/).some((line) => midLine.test(plainText(line)) && !titleCased(line))) return lowered;
  // "Hospital officials hoped …": a common word before a body that is no name says whose it is.
  // ("Acadian police", "Lao officials": a people's adjective keeps its capital.)
  if (COLLECTIVE_SOURCE.test(lowered.slice(first.length).trim().split(/\s+/)[0] ?? ''))
    return isPeoplesAdjective(first, articleText) ? lowered : small;
  return tagged(small)[0]?.pos === 'PROPN' ? lowered : small;
}

/**
 * The noun a verb agrees with, read from the words before it: in a relative clause its antecedent
 * ("the number of people who | had been evacuated" → "people"), else the head of the first noun
 * phrase, before any preposition ("Power to all but 2,000 homes | had been restored" → "Power").
 */
function subjectHead(words: string): string {
  const tags = tagged(words).filter((t) => t.pos !== 'PUNCT');
  const nouns = ['NOUN', 'PROPN', 'PRON'];
  if (/^(?:who|which|that)$/i.test(tags.at(-1)?.text ?? '')) {
    const antecedent = tags.at(-2);
    return antecedent && nouns.includes(antecedent.pos) ? antecedent.text : '';
  }
  // "14 families whose homes lost power | had been moved": a relative clause inside the subject
  // ends nothing; its antecedent is the head.
  const relative = tags.findIndex((t, k) => k > 0 && /^(?:who|whose|which)$/i.test(t.text));
  if (relative > 0 && nouns.includes(tags[relative - 1]!.pos)) return tags[relative - 1]!.text;
  const preposition = tags.findIndex((t) => t.pos === 'ADP');
  const phrase = tags.slice(0, preposition >= 0 ? preposition : tags.length);
  const head = [...phrase].reverse().find((t) => nouns.includes(t.pos))?.text ?? '';
  // "nearly 80 percent of its flights | had been canceled": a share agrees with what it is a share of.
  if (/^(?:percent|per cent|%|half|third|quarter|share|majority|most|rest|bulk|all)$/i.test(head) && tags[preposition]?.lower === 'of')
    return [...tags.slice(preposition + 1)].reverse().find((t) => nouns.includes(t.pos))?.text ?? head;
  return head;
}

/** Prepositions that open where a thing is, inside a long subject. */
const SUBJECT_PLACE = /^(?:in|near|at|along|outside|off)$/i;
/** A subject longer than this many words before its verb is told without where it was. */
const LONG_SUBJECT = 8;

/**
 * "The forward progress of a fire in the area of Dell Road and Highway 9 has been stopped": a long
 * subject says where before it says what happened, and a cut from the end would lose the verb. The
 * place inside the subject goes ("the forward progress of a fire was stopped"); the story says
 * where. Only a subject of more than LONG_SUBJECT words, only a place after its first three, and
 * never a named one ("the intersection of A and B in Mad River Township").
 */
export function shorterSubject(clause: string): string {
  const words = clause.split(' ');
  const tokens = tagged(clause);
  // The first verb, read by its tag; wink keeps one token per word here, else leave the clause.
  if (tokens.filter((t) => t.pos !== 'PUNCT').length !== words.length) return clause;
  // An auxiliary, or a verb after its subject's noun ("forward progress" is no verb after an adverb).
  const verb = tokens
    .filter((t) => t.pos !== 'PUNCT')
    .findIndex((t, k, all) => t.pos === 'AUX' || (t.pos === 'VERB' && ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(all[k - 1]?.pos ?? '')));
  // A relative clause inside the subject ("the toll from a slide that killed …") has verbs of its own.
  if (verb <= LONG_SUBJECT || words.slice(0, verb).some((w) => /[,;:]$/.test(w) || /^(?:that|which|who|whose|whom)$/i.test(w)))
    return clause;
  // A named place ("in Mad River Township") is where the news is; "in the area of …" only near it.
  const place = words.findIndex((w, k) => k >= 3 && k < verb && SUBJECT_PLACE.test(w) && !/^\p{Lu}/u.test(words[k + 1] ?? ''));
  return place < 0 ? clause : [...words.slice(0, place), ...words.slice(verb)].join(' ');
}

/** "identified … as" / "named … as": the verbs whose "as" names who it was. */
const NAMING_VERB = /^(?:identified|named)$/i;
/** Prepositions that open a circumstance of the person named ("the woman killed | in the crash"). */
const CIRCUMSTANCE = /^(?:in|at|on|during|after|near|outside|inside)$/i;

/**
 * "police identified the woman killed in the crash as Ana Ruiz of Erie in Monroe County": the name
 * after "as" is the news, and a cut from the end would lose it first. Told as "police identified
 * the woman killed as Ana Ruiz of Erie": the circumstance between the person and "as" (the story
 * says what crash) and any place after the name's own town go, the name, an age and the town stay.
 * Unchanged unless a capitalized name follows the "as".
 */
export function identifiedAs(clause: string): string {
  const words = clause.split(' ');
  const verb = words.findIndex((w) => NAMING_VERB.test(w));
  const as = words.findIndex((w, k) => k > verb + 1 && /^as$/i.test(w));
  if (verb < 0 || as < 0 || !/^\p{Lu}/u.test(words[as + 1] ?? '')) return clause;
  const person = words.slice(verb + 1, as);
  let circumstance = person.findIndex((w, k) => k >= 2 && CIRCUMSTANCE.test(w));
  // "the man found | in the river | on Sunday": where someone was found is part of who they are.
  if (circumstance > 0 && /^(?:found|located|discovered|seen|spotted|pulled|rescued)$/i.test(person[circumstance - 1]!))
    circumstance = person.findIndex((w, k) => k > circumstance + 1 && CIRCUMSTANCE.test(w));
  const named: string[] = [];
  let k = as + 1;
  // The name: capitalized words (initials, hyphens and particles inside it).
  while (
    k < words.length &&
    (/^\p{Lu}/u.test(words[k]!) ||
      (/^(?:de|del|la|le|van|von|der|da|di|bin)$/.test(words[k]!) && /^(?:\p{Lu}|la\b|le\b|der\b)/u.test(words[k + 1] ?? '')))
  ) {
    named.push(words[k]!);
    if (/,$/.test(words[k]!)) break;
    k++;
  }
  let tail = named.at(-1)?.endsWith(',') ? words.slice(k + 1) : words.slice(k);
  // ", 34," an age; "of Erie" a home town: both said with the name.
  const age = /^\d{1,3},?$/.test(tail[0] ?? '') && named.at(-1)?.endsWith(',') ? [tail.shift()!.replace(/,$/, '')] : [];
  // Only one person's name, whole, may be told so: a second person ("… and Owen Whitfield", "and
  // her son") or a description ("as Hispanic") leaves the clause as it was; a clause going on ("but
  // have not released his age") is cut at the name.
  if (/^(?:and|or)\s+(?:\p{Lu}|(?:his|her|their)\s)/u.test(tail.join(' '))) return clause;
  if (age.length && tail[0] && !/^of$/i.test(tail[0])) tail = [];
  const home = /^of$/i.test(tail[0] ?? '') && /^\p{Lu}/u.test(tail[1] ?? '') ? ['of', tail[1]!.replace(/,$/, '')] : [];
  const name = named.join(' ').replace(/,$/, '');
  // ("Maria de la Cruz": two capitalized words at least, particles between them.)
  if (
    name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length < 2 ||
    !personName(
      name
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .join(' '),
    )
  )
    return clause;
  const told = [
    ...words.slice(0, verb + 1),
    ...(circumstance > 0 ? person.slice(0, circumstance) : person),
    'as',
    ...(age.length ? [`${name},`, ...age] : [name]),
    ...home,
  ];
  return age.length && home.length ? told.join(' ').replace(` ${age[0]} of`, ` ${age[0]}, of`) : told.join(' ');
}

/** Longer than this, a clause is told by its core (CONNECTION_TAIL). */
const CORE_WORDS = 10;
/** "… in connection with the robbery", "… as part of the investigation": ties to the story, no news of its own. */
/** A clause that ends on a negation or a limit needs what follows it. */
const QUALIFIER_END = /\b(?:not|no|never|only|but|except|than|nor)$/i;
const CONNECTION_TAIL = /\s+(?:in connection (?:with|to)|as part of|in relation to|related to)\s+[^,;]+$/i;
/** A thing said that only goes on ("they were still investigating", "crews continue to work"). */
const ONGOING =
  /\b(?:still|continu(?:e|es|ed|ing) to)\s+(?:\p{L}+\s+)?\p{L}+ing\b|\b(?:were|was|are|is)\s+(?:still\s+)?(?:investigating|looking into|reviewing|assessing)\b/iu;
/** Bodies named by a collective noun that takes a plural verb ("police have", "the patrol has" is one). */
const COLLECTIVE_PLURAL = /(?:^|\s)(?:police|authorities|officials|investigators|prosecutors|firefighters|crews|residents|people)$/i;
const PLURAL_VERB: Record<string, string> = { has: 'have', is: 'are', was: 'were' };
const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** ", and" before a clause with its own subject and verb: "…, and power is not expected back". */
const COORDINATE = /,\s+and\s+(?=(?:the\s+|a\s+|an\s+)?\p{L}+\s+(?:is|are|was|were|has|have|had|will|would)\b)/u;

/** Does cutting `whole` down to `kept` drop a qualifier that limits what is kept? */
function dropsQualifier(whole: string[], kept: number): boolean {
  if (kept >= whole.length) return false;
  // "all | but 2,000": a qualifier the cut splits is dropped too.
  // A qualifier in a clause of its own ("…, and power is not expected back until midnight") limits
  // that clause, not the one kept; ", but" always limits what came before.
  const own = `${whole[kept - 1]?.endsWith(',') ? ', ' : ''}${whole.slice(kept).join(' ')}`.split(COORDINATE)[0]!;
  if (QUALIFIER.test(own) || QUALIFIER.test(whole.slice(kept - 1, kept + 1).join(' '))) return true;
  // "for more | than a week": a cut through a hedged figure leaves half a measure. (Cut before it
  // — "will stay closed | for at least a month" — the development stands whole, only less exact.)
  return HEDGED_FIGURE.test(whole.slice(kept - 1, kept + 1).join(' '));
}

/** Words that open a clause inside the clause: cut short after one, the clause is left open. */
const EMBEDDED = /\s(?:that|which|who|whom|whose|how|where|whether|what|when|why|if)\s/i;

/**
 * A clause cut short must end where a phrase ends: on a noun, a figure, an adjective or a
 * participle, never on a determiner, a preposition, a conjunction or an auxiliary, and not inside
 * a clause it opened ("developed a dongle that was").
 */
function endsWhole(clause: string): boolean {
  if (/[,;:]$/.test(clause)) return false;
  const tokens = tagged(clause);
  // An embedded clause must reach its own verb: "found that the stage failed" ends whole,
  // "developed a dongle that | was" does not.
  if (EMBEDDED.test(` ${clause} `.slice(1)) && !embeddedVerbReached(tokens)) return false;
  const last = tokens.at(-1);
  // "… and called": a second verb cut from what it does is no phrase; the cut goes before "and".
  if (last?.pos === 'VERB' && tokens.at(-2)?.pos === 'CCONJ') return false;
  // "issued a statement saying the state": what was said must reach its verb.
  // ("to a warning": after an article the word is a noun, and says nothing.)
  const saying = tokens.findLastIndex(
    (t, k) =>
      /^(?:saying|stating|adding|noting|warning|claiming|announcing|confirming)$/.test(t.lower) &&
      !/^(?:a|an|the)$/.test(tokens[k - 1]?.lower ?? ''),
  );
  if (saying >= 0 && !tokens.slice(saying + 2).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  // "the boy's uncle found him": an object pronoun whose one it points to stands in the clause,
  // as the owner of its subject, ends the phrase ("… found him | in a barn").
  if (
    last &&
    ['PRON', 'DET'].includes(last.pos) &&
    /^(?:him|her|them)$/.test(last.lower) &&
    /^\S+\s+\p{Ll}+['’]s\s+\p{Ll}+\s+\p{Ll}+\s+\S+$/u.test(clause)
  )
    return true;
  // A participle in -ing wants its object ("the technology powering"); after an article it is a
  // noun ("to a warning", "the ruling"), and ends the phrase.
  const gerundNoun = last?.pos === 'VERB' && /^(?:a|an|the)$/.test(tokens.at(-2)?.lower ?? '');
  return (
    !!last && ['NOUN', 'PROPN', 'NUM', 'ADJ', 'VERB'].includes(last.pos) && !(last.pos === 'VERB' && /ing$/.test(last.lower) && !gerundNoun)
  );
}

/** The speaker's words for themselves, by the pronoun reported speech gives them. */
const REPORTED = {
  it: { own: 'its', object: 'it', be: 'is', have: 'has', s: true },
  they: { own: 'their', object: 'them', be: 'are', have: 'have', s: false },
  he: { own: 'his', object: 'him', be: 'is', have: 'has', s: true },
  she: { own: 'her', object: 'her', be: 'is', have: 'has', s: true },
} as const;
export type ReportedPronoun = keyof typeof REPORTED;

/**
 * A quotation that opens with a pledge in the first person: “We will rebuild, and …,” the company
 * said.
 */
const PLEDGE =
  /^[“"‘']\s*(?:We|I)\s+(will|would|won['’]t|are going to|am going to|plan to|intend to|expect to|hope to|have decided to|are committed to|am committed to)\s+([^,.;:!?”"’—–]{3,80})/u;
/** A pledge that says nothing of the news: "We will not comment on …". */
const NO_COMMENT = /\b(?:comment|speculate|discuss)\b/i;

/**
 * A statement made only of a quotation is told by its opening pledge, in reported speech: “We will
 * rebuild, and every employee will be paid while we do,” the company said → "it will rebuild".
 * Cut at the first comma, dash or stop, at most ten words; "we/our/us" become the speaker's
 * pronoun. Null when the quotation opens otherwise, or pledges only not to comment.
 */
export function pledgeInQuote(sentence: string, pronoun: ReportedPronoun): string | null {
  const m = PLEDGE.exec(plainText(sentence).trim());
  if (!m) return null;
  const said = m[2]!.trim();
  if (said.split(/\s+/).length > 10 || NO_COMMENT.test(said)) return null;
  const r = REPORTED[pronoun];
  const verb = m[1]!
    .replace(/’/g, "'")
    .replace(/^(?:are|am) /, `${r.be} `)
    .replace(/^have /, `${r.have} `)
    .replace(/^(plan|intend|expect|hope) to$/, (_, v: string) => `${v}${r.s ? 's' : ''} to`);
  const told = said
    .replace(/\b(?:our|my)\b/gi, r.own)
    .replace(/\b(?:us|me)\b/g, r.object)
    .replace(/\b(?:we|I)\b/g, pronoun);
  return `${pronoun} ${verb} ${told}`;
}

/** What is not known is no development told beside the news: "…, and it was unclear why". */
export const UNKNOWN = /\b(?:unclear|unknown|not (?:yet )?(?:clear|known))\b/i;

/** Where one main clause ends and a second begins: ", and", ", but", a semicolon. */
const COORDINATION = /,\s+(?:and|but)\s+|;\s+(?:and\s+|but\s+)?/g;

/**
 * A sentence that joins two main clauses ("The fire has grown to 28 acres, and containment is up
 * to 40%") tells two things; each is told on its own, so a cut made to keep one short does not
 * drop the other. Split only where both sides have a finite verb and the second opens on a
 * subject of its own: "He was arrested, and charged with …" (no subject) and a list ("Ames, Cole,
 * and Diaz were hurt", no verb before the comma) stay one clause. Quoted words are never split.
 */
export function coordinated(sentence: string): string[] {
  const s = plainText(sentence).trim();
  if (/["“”]/.test(s)) return [sentence];

  for (const m of s.matchAll(COORDINATION)) {
    const left = s.slice(0, m.index);
    const right = s.slice(m.index + m[0].length);
    if (left.split(/\s+/).length < MIN_CLAUSE_WORDS || right.split(/\s+/).length < MIN_CLAUSE_WORDS) continue;
    if (!hasFiniteVerb(left) || !readsAsClause(right.replace(/[.!?]+$/, ''), true)) continue;
    // "No one else was injured, apparently, and …": a lone adverb set off before the join only hedges.
    const hedge = /,\s*(\p{L}+)$/u.exec(left);
    const first = hedge && tagged(hedge[1]!)[0]?.pos === 'ADV' ? left.slice(0, hedge.index) : left;
    return [first, ...coordinated(right)];
  }
  // No comma: "The crash was cleared and the highway was reopened" (joined-clause-cut.ts).
  const join = bareJoin(s, hasFiniteVerb, (right) => readsAsClause(right, true));
  if (join) return [s.slice(0, join.at), ...coordinated(s.slice(join.at + join.length))];
  // "…, with the warning level downgraded to 'advice'": the trailing phrase's news (with-news.ts).
  const trailing = withPhraseNews(s);
  if (trailing && hasFiniteVerb(trailing.before)) return [...coordinated(trailing.before), trailing.clause];
  // "The fire was contained, but displaced four tenants": the second deed with its subject (shared-subject.ts).
  const deed = sharedSubjectDeed(s);
  if (deed) return [deed.before, deed.clause];
  return [sentence];
}

/**
 * The first of a sentence's main clauses that tells news, and which one it is: "Crews worked
 * through the night, and power was restored to 4,000 homes" leads by its second. A later clause
 * may open on the first one's pronoun.
 */
export function firstNews(
  sentence: string,
  olderText: string,
  articleText: string,
  options: { pronoun?: boolean } = {},
): (NewsClause & { part: number }) | null {
  const parts = coordinated(sentence);
  // "The district said A, and B", "WJAX reporting that A, and B": a later clause is told only when the
  // first, which carries who said it or how sure it is, is told too; alone it would lose its source.
  const owned =
    HEAD_ATTRIBUTION.test(parts[0]!) ||
    /\b(?:not been (?:verified|confirmed)|unverified|unconfirmed|alleged(?:ly)?|reportedly)\b/i.test(sentence);
  for (let part = 0; part < parts.length; part++) {
    // ("…, and the coroner said Tuesday the death was ruled …": a later clause with a source of its own keeps it.)
    if (part > 0 && owned && !HEAD_ATTRIBUTION.test(parts[part]!)) return null;
    const told = toldNews(parts[part]!, olderText, articleText, part ? { pronoun: true } : options);
    // (A later clause told without the one before it names that one's subject in its pronoun's place.)
    if (told) return { ...told, clause: part ? joinedSubject(told.clause, parts[part - 1]!, articleText) : told.clause, part };
  }
  return null;
}

/**
 * The news a sentence's later main clauses tell, after the first ("…, and she is on her way to the
 * police station" → "she was on her way to the police station"). The first clause carried the
 * sentence's news, so a later one needs no event word of its own, only to be told whole enough: not
 * negated, not a guess, not background the old article gave, never cut off before what its verb
 * needs (compressClause keeps that). A pronoun opening it is the first clause's subject.
 */
export function laterNews(sentence: string, olderText: string, articleText: string, after = 0): string[] {
  return (
    coordinated(sentence)
      .slice(after + 1)
      // Told after the fact, as the lead is: "she is on her way" → "she was on her way".
      .map((part) =>
        part.replace(
          /^((?:\S+\s+){1,5}?)(is|are)\b/i,
          (_, before: string, be: string) => `${before}${be.toLowerCase() === 'is' ? 'was' : 'were'}`,
        ),
      )
      .map((part) => compressClause(part, articleText, { pronoun: true }))
      .filter(
        (told): told is NewsClause =>
          !!told &&
          !NEGATED.test(told.clause) &&
          !UNKNOWN.test(told.clause) &&
          !FORECAST.test(told.clause) &&
          !isBackground(told.clause, olderText),
      )
      .map((told) => told.clause)
  );
}

/** A pronoun opening a later clause told as the earlier clause's subject, read off that clause as the note would tell it (joined-pronoun.ts). */
function joinedSubject(clause: string, earlier: string, articleText: string): string {
  if (!/^(?:he|she|they|it)\s/i.test(clause)) return clause;
  // (A clause the reader will not tell, a copied run, still names its subject; a credit opening it does not.)
  const told =
    compressClause(earlier, articleText, { pronoun: true })?.clause ?? (HEAD_ATTRIBUTION.test(earlier) ? '' : plainText(earlier));
  return told ? withJoinedSubject(clause, told) : clause;
}

/**
 * Does the clause open on a person's name ("Dana Ortiz was arrested", "Lt. Rosa Vale was named")?
 * Only capitalized words before the verb, read as a person by the attribution reader: "The
 * Harbor Ministry was …" is an institution, "the man's lawyer" no name.
 */
export function personSubject(clause: string, articleText: string): boolean {
  const tokens = tagged(clause);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb < 2) return false;
  const subject = tokens.slice(0, verb).filter((t) => t.pos !== 'PUNCT');
  if (!subject.every((t) => /^\p{Lu}/u.test(t.text))) return false;
  return sourceFromRaw(subject.map((t) => t.text).join(' '), articleText)?.kind === 'person';
}

/**
 * A line that is one quotation and nothing else ("“Six people killed after a truck rips through a
 * bike lane”") quotes a report's headline, as blogs do: its words are the news, told as a clause.
 * A headline drops its "be" ("Six people killed", "Two hikers rescued"); it goes back in, by the
 * subject's number. Empty when the line is not a whole quotation, names a speaker outside it, or
 * does not open on a subject and a participle.
 */
/** Words of a state a short line gives without its verb: "fully open again", "back in service". */
const STATE_WORD =
  /^(?:open|closed|shut|clear|reopened|restored|resolved|contained|lifted|back|online|offline|operational|available|unavailable)$/i;

/**
 * A line written as a headline, its "be" left out: "Route 12 fully open again." → "Route 12 is
 * fully open again"; "Water service restored." → "water service was restored". Only a short line
 * with no verb of its own: a subject of names and nouns, then a word of state (an adjective, or a
 * participle of an event) with at most an adverb before it. Empty otherwise.
 */
export function headlineState(line: string): string {
  const plain = line.replace(/[.!]+$/, '').trim();
  const words = plain.split(/\s+/);
  if (words.length < 2 || words.length > 7 || /["“”,;:]/.test(plain)) return '';
  const tokens = tagged(plain);
  if (tokens.length !== words.length) return '';
  const at = words.findIndex((w, k) => k > 0 && STATE_WORD.test(w));
  // No verb but the state word itself ("restored" read as a past tense has no object to take).
  if (at < 1 || tokens.some((t, k) => k !== at && (t.pos === 'VERB' || t.pos === 'AUX'))) return '';
  let subjectEnd = at;
  while (subjectEnd > 1 && tokens[subjectEnd - 1]!.pos === 'ADV') subjectEnd--;
  const subject = tokens.slice(0, subjectEnd);
  if (
    !subject.every((t) => ['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'].includes(t.pos)) ||
    !['NOUN', 'PROPN', 'NUM'].includes(subject.at(-1)!.pos)
  )
    return '';
  // What follows the state only says where or how ("again", "in both directions").
  if (tokens.slice(at + 1).some((t) => ['VERB', 'AUX', 'PRON'].includes(t.pos))) return '';
  // "Crews restored power": an object after it makes the word a verb in the past, the line a sentence.
  const next = tokens[at + 1];
  if (next && (['DET', 'NOUN', 'PRON', 'NUM', 'ADJ'].includes(next.pos) || (next.pos === 'PROPN' && !/day$/i.test(next.text)))) return '';
  const head = words[subjectEnd - 1]!;
  // "Schools", "Ramps": a plural capitalized only by the line's start is still a plural.
  const plural = isPluralNoun(head) && (subjectEnd === 1 || !/^\p{Lu}/u.test(head));
  const done = /ed$/i.test(words[at]!);
  const be = done ? (plural ? 'were' : 'was') : plural ? 'are' : 'is';
  return `${words.slice(0, subjectEnd).join(' ')} ${be} ${words.slice(subjectEnd).join(' ')}`;
}

/** Verbs a headline drops "was" before: done to someone, never done by them ("died", "closed"). */
const HEADLINE_PASSIVE =
  /^(?:located|found|rescued|arrested|identified|charged|captured|killed|injured|hospitali[sz]ed|released|recovered|hurt|shot|stabbed|detained|sentenced|convicted|acquitted)$/i;
/** Nouns for one person or thing a headline names bare ("Male located safe", "Hiker found dead"). */
const LONE_PERSON =
  /^(?:male|female|man|woman|boy|girl|child|teen|teenager|hiker|driver|motorcyclist|cyclist|pedestrian|suspect|victim|swimmer|student|worker|resident|officer|firefighter|body|dog|inmate|prisoner|fugitive)$/i;

export function quotedHeadline(sentence: string): string {
  // Unquoted, only a line as short as a headline's lead words: "Male located safe."
  const plain = plainText(sentence).trim();
  const state = headlineState(plain);
  if (state) return state;
  // ("Both drivers died instantly", "Stocks closed higher" are sentences: only a bare person and a
  // verb done to them, "Male located safe", "Hiker found dead", read as a headline's.)
  const [first = '', second = ''] = plain.split(/\s+/);
  const unquoted = /^[^“”"]+$/u.test(plain) && plain.split(/\s+/).length <= 5 && LONE_PERSON.test(first) && HEADLINE_PASSIVE.test(second);
  const m = /^[“"]([^“”"]{10,200}?)[”"]?$/u.exec(plain) ?? (unquoted ? [plain, plain] : null);
  if (!m) return '';
  const inner = m[1]!.replace(/[.!?,]+$/, '').trim();
  const words = inner.split(/\s+/);
  // A subject of at most four words, then a participle with no "be" before it.
  for (let k = 1; k <= Math.min(4, words.length - 2); k++) {
    const verb = words[k]!;
    const participle = /^\p{Ll}+ed$/u.test(verb) || Object.values(PAST).includes(verb) || verb in PAST;
    if (!participle) continue;
    // Only a verb that reports an event reads as a headline's passive ("killed", "rescued",
    // "closed"), and only with no object after it: "Crews worked through the night" and
    // "Residents evacuated the building" are a speaker's past tense, not a headline.
    if (!new RegExp(`^(?:${EVENT.source})$`, 'i').test(verb)) return '';
    const next = tagged(words.slice(k, k + 2).join(' '))[1];
    // "located safe", "found dead": an adjective that ends the line says how, it is no object.
    const complement = next?.pos === 'ADJ' && k + 2 === words.length;
    if (next && ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ'].includes(next.pos) && !complement) return '';
    const subject = words.slice(0, k);
    if (subject.some((w) => /^(?:is|are|was|were|be|been|has|have|had)$/i.test(w))) return '';
    const tokens = tagged(subject.join(' '));
    if (!tokens.length || tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP')) return '';
    const head = subject.at(-1)!;
    const count = tokens.find((t) => t.pos === 'NUM')?.lower;
    const plural = isPluralNoun(head) && count !== 'one' && count !== '1';
    // "Male located safe": a headline's bare noun takes its article back ("a male was located safe").
    const bare = subject.length === 1 && LONE_PERSON.test(subject[0]!) ? [`a ${subject[0]!.toLowerCase()}`] : subject;
    return `${bare.join(' ')} ${plural ? 'were' : 'was'} ${words.slice(k).join(' ')}`;
  }
  return '';
}
