/**
 * The update/correction note generator: compares the last published version with the new one and
 * proposes the dated note readers see at the article's end.
 *
 * Language machinery: rules of our own, and wink-nlp's tags for the noun phrases that name what
 * was added (topics.ts), each chosen by measurement against the others (the figures are in index.ts).
 *
 * Pipeline: the redline's ArticleDiff → sentence pairings (changes.ts) → what each edit did (edits.ts) → who
 * added material comes from (attribution.ts, names.ts) → short descriptions (describe.ts) → the
 * note, filled from the house style's templates (style.ts). Nothing is written into the note that
 * is not in the new article: every capitalized word of every value is checked before use.
 */
import { speechVerbs } from './speech-verbs';
import { hedges } from './hedge-words';
import { withMissedVerb } from './well-formed-deed';
import { ownSubjectNamed } from './own-subject-pronoun';
import { headPronounNamed } from './head-pronoun';
import { withApDates } from './ap-dates';
import { unitOfWord } from './measures';
import { namedToken } from './token-clause';
import { ownedFact } from './fact-owner';
import { countedHead, figureTold, toldByClause, VALUE_FACTS } from './value-clause';
import { lowerSpelledValue } from './spelled-value';
import { apToldValues, personPlaced } from './told-value';
import { headNamesMeasure, headNamesOwner } from './specific-head';
import { plainRightFact } from './plain-right-fact';
import { plannedWithTime } from './reported-plans';
import { namedOwner } from './owned-sources';
import type { ArticleContent } from '../article/article';
import { compareArticles } from '../diff/compare';
import { formatNote } from './format';
import { summarizeDiff } from '../diff/summary';
import type { ArticleDiff } from '../diff/types';
import { pairSentences } from './changes';
import { headlineCorrection } from './headline';
import { datelineCorrection, datelineOf, isStateAbbreviation } from './datelines';
import {
  attributionOf,
  COLLECTIVE_SOURCE,
  membersOf,
  misattribution,
  sourceFromRaw,
  sourceOf,
  type AttributionContext,
  type Source,
} from './attribution';
import {
  confirmedClause,
  confirmedThings,
  apNumber,
  statedCount,
  describeCorrection,
  isCleanTopic,
  mediaMention,
  rightAndWrong,
  subjectPhrase,
  VAGUE_SUBJECT,
  wrongValue,
} from './describe';
import { eventCutShort } from './event-cut-short';
import { kindWithRightFact } from './right-fact-kept';
import { pastDeedTold } from './dated-deed-tense';
import {
  isNumberToken,
  isStopword,
  presentTense,
  readEdit,
  runContaining,
  titledSurname,
  titlesSwapped,
  figuresSwapped,
  type EditFinding,
} from './edits';
import { ageOf } from './figures';
import { outcomeReached, stateMovedOn } from './running-states';
import { cutWithoutClaim } from './trims';
import { settledSince } from './unsettled';
import { closedPastFinding } from './closed-past';
import { photoReplaced } from './captions';
import { codeHolding } from './quoted-codes';
import { commentsCredit } from './new-voices';
import { continuedNews } from './continued-subject';
import { opensOnPossessive } from './possessive-names';
import { soundsAlike } from './sounds-alike';
import { personSurnamed } from './title-word-surnames';
import { reportedQuotation } from './reported-speech';
import { firstReference, secondReference } from './first-references';
import { honorificSpeaker } from './second-reference';
import { withoutConversions } from './conversions';
import { stampMovedForward } from './stamps';
import { NOT_A_PERSON, peopleNamedIn, REACH } from './referents';
import { addressesReader, hasFiniteVerb, namesNothing, pickTopics, salientTopics, tagged, wordKey, type Topic } from './topics';
import { countMovedWithDay, reasonForCount } from './count-with-day';
import { movedOn, readDevelopment, revisesCount, saysNothingNew, settledNews } from './developments';
import {
  canLead,
  compressClause,
  firstNews,
  statusLead,
  isBackground,
  laterNews,
  leadDevelopment,
  NAMES_PERSON,
  personSubject,
  pledgeInQuote,
  quotedHeadline,
  type ReportedPronoun,
  reportsEvent,
  saidClause,
  toldNews,
  withoutAttribution,
  withoutFurniture,
  isCaptionFurniture,
  PRONOUN_SAID,
} from './news-clause';
import { isPluralNoun } from './plurals';
import { opensOnOwner, ownerOpening } from './clause-ends';
import { restatedDevelopment } from './development-source';
import { asideOfSameVoice } from './same-voice-aside';
import { quoteOccasion } from './quote-occasion';
import { describedBody } from './described-bodies';
import { speaksOfficially } from './official-voice';
import { placedPronoun } from './pronoun-person';
import { pronounNamed } from './pronoun-subject';
import { rankedClauses, rankedParts, startsItsRun, toldRanked } from './ranked-news';
import { newsAsSentence } from './news-sentence';
import { bodyPlainText } from '../article/content';
import { quotedAction } from './quoted-action';
import { titleToTell } from './retitled-person';
import { tellBothTitles } from './both-titles';
import { toldInTense } from './post-tense';
import { postsTold } from './posts-told';
import { partyPhrase, partyPutRight } from './party-codes';
import { otherOfficial, otherOfficialPhrase } from './other-official';
import { samePersonTitle, samePersonTitlePhrase } from './same-person-title';
import { apposedTitle, apposedTitlePhrase } from './apposed-titles';
import { lowercaseTitlePhrase } from './lowercase-title-phrase';
import { describedSpeakerCredit } from './described-speakers';
import { fieldPhrase, postFieldPutRight } from './post-fields';
import { fieldPostHolder } from './field-post-holder';
import { servingPostPutRight } from './serving-posts';
import { affiliationPhrase, affiliationPutRight } from './affiliated-people';
import { creditPhrase, creditPutRight } from './credited-roles';
import { postOfBody, postOfBodyPhrase } from './posts-of-bodies';
import {
  CAPITALIZED_WORD,
  escapeRegExp,
  fullName,
  introducedAs,
  isOrgWord,
  lowerOpening,
  mentions,
  nameRuns,
  looksLikeOrganization,
  personName,
  shortName,
  surnameInFull,
  titleInWords,
} from './names';
import { postBeforeNamePutRight, printedPostsTold } from './printed-posts';
import { heldPostPhrase, heldPostPutRight, postAsHeld } from './held-posts';
import { secondReferencePost, secondReferencePostPhrase } from './second-reference-posts';
import { positionNotTitle } from './playing-positions';
import { namedAgain } from './family-first-names';
import { articleSentences, endsInAbbreviation, looseKey, plainText, splitSentences, type Sentence } from './sentences';
import { capitalizeFirst, fill, joinList, resolveStyle, styleWords, type HouseStyle, type HouseStyleOverrides } from './style';
import type { NoteChange, ProposedNote } from './types';
import { checkNoteGrammar, copiedFragment, creditProblems, MAX_NOTE_WORDS } from './grammar';
import { shorterTellings } from './shorter-tellings';
import { creditedSpeaker, saidNewsOf, toldSaid } from './said-news';
import { newsOpeningLowered } from './news-capitals';
import { answerNews } from './source-deeds';
import { promiseKept } from './promise-kept';
import { carriedOutPlan } from './plan-carried-out';
import { forecastOvertaken } from './forecast-overtaken';
import { opensItsLine } from './subject-topic';
import { withTitleOf } from './titled-of-name';
import { inventedNames } from './eval';
import { mediaWords, onlyMedia, readMediaChanges } from './media';
import { bodyToBlocks } from '../article/blocks';
import {
  claimClause,
  claimCorrection,
  claimEvidence,
  namedInPhrase,
  namedSubject,
  droppedListItem,
  fieldOf,
  MAX_CLAIM_WORDS,
  namesFrom,
  rightClause,
  rightFact,
  stripAttribution,
} from './claims';
import { numberWordValue } from '../text/numbers';

export interface ProposeOptions {
  /** ISO 8601 time the update is published; the label's date is written from it. */
  date: string;
  /** House style; Partial<HouseStyle> works, and single templates or labels may be given alone. */
  style?: HouseStyleOverrides;
  /** The kind the desk chose; the text is proposed for it. Absent: the writer decides. */
  kind?: 'update' | 'correction';
  /** The redline of the two versions, when the caller already has it. */
  diff?: ArticleDiff;
}

function articleText(content: ArticleContent, sentences: Sentence[]): string {
  // Captions and credits stand in the article too: a photo's note may name who it shows.
  return [content.headline, content.deck, ...sentences.map((s) => s.text), mediaWords(bodyToBlocks(content.body))].join('\n');
}

/** The text of the paragraph (block) `block`, its sentences joined. */
function paragraphOf(sentences: Sentence[], block: number): string {
  return sentences
    .filter((s) => s.block === block)
    .map((s) => s.text)
    .join(' ');
}

/** Every capitalized word of `value` stands in the article (so the note names nothing invented). */
export function grounded(value: string, text: string, allowed: Set<string> = new Set()): boolean {
  const words = plainText(value).match(CAPITALIZED_WORD) ?? [];
  return words.every((w) => allowed.has(w) || mentions(text, w.replace(/['’]s$/, '').replace(/[.']+$/, '')) || mentions(text, w));
}

/** ", not 45", "," not “Rivers at Risk”": the wrong value a correction names after the right one ("$1.2 million", "U.S. attorney" whole). */
const WRONG_VALUE = /,(["”’]?) not ((?:[^.;]|\.(?=\S))+)/g;

/** Words of a sentence that tells what is still to come: a year there may move as plans do. */
const LOOKS_AHEAD = /\b(?:will|would|expected|expects|plans?|planned|scheduled|set to|forecasts?|projected|due|by the end of|until)\b/i;

/** Where spoken words were heard: "in an interview", "during a telecon", "at a news conference". */
const HEARD_IN =
  /\b(?:in|during|at)\s+(an?\s+(?:interview|telecon|teleconference|news conference|press conference|briefing|podcast|town hall))\b/i;

/** A month abbreviated with a point ("Nov. 5"): the point is no sentence's end. */
const MONTH_POINT = /\b(Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\./g;

/** Points and colons that end no sentence: "Nov.", "4.6", "3:15", "p.m." — removed to read a value's shape. */
function withoutInnerPoints(text: string): string {
  return (
    text
      .replace(MONTH_POINT, '$1')
      .replace(/(\d)[.:](\d)/g, '$1$2')
      // ("St. Orrin", "Mt. Dale": a place's own abbreviation ends no sentence.)
      .replace(/\b(St|Ste|Mt|Ft)\.(?=\s\p{Lu})/gu, '$1')
      // ("Marlow, Ky.", "Linden, N.J.": a state's abbreviation ends no sentence either.)
      .replace(/(?<![\p{L}.])\p{Lu}[\p{L}.]*\./gu, (word) => (isStateAbbreviation(word) ? word.replace(/\./g, '') : word))
      .replace(/\b([ap])\.\s?m\./gi, '$1m')
  );
}

interface Addition {
  sentence: Sentence;
  source: Source | null;
  /** A relative clause put into an edited line, told as a sentence of its own (`insertedClause`). */
  inserted?: boolean;
}

/**
 * The one person a line with a quotation names outside it, in full ("Colm Doyle" in "…," said
 * manager Colm Doyle."), printed by surname as a source is; null when none or more than one.
 */
function quotedSpeaker(line: string, text: string): Source | null {
  const outside = plainText(line).replace(/["“][^"”]*["”]/g, ' ');
  // ("As Rhea Sollis put it: …": "put it", "wrote" and "insisted" set up words as "said" does.)
  // (Not "put it on the table": "put it" sets up words only before a colon or "this way", "bluntly".)
  const PUT_IT = /\bputs? it(?=\s*[:,.]|\s+(?:this way|that way|best|simply|\p{Ll}+ly)\b)/u;
  if (
    !new RegExp(
      String.raw`\b(?:${speechVerbs('said', 'says', 'told', 'added', 'wrote', 'writes', 'insisted', 'claimed')}|declared)\b`,
    ).test(outside) &&
    !PUT_IT.test(outside)
  )
    return null;
  const people = [...new Set(nameRuns(outside).map((r) => personName(r.text)))].filter(
    (p) => p.split(' ').length >= 2 && !looksLikeOrganization(p),
  );
  if (people.length !== 1) return null;
  return { name: shortName(people[0]!, text), kind: 'person', raw: people[0]! };
}

/** A hedge a note's clause was cut on, the value it belonged to gone: "misstated when the ferry left the dock about". */
const CUT_HEDGE = new RegExp(
  String.raw`^((?:misstated|incorrectly)[^.]*?)\s+(?:${hedges('about', 'around', 'nearly', 'approximately', 'roughly', 'almost')})(?=\.)`,
);

export function proposeNote(older: ArticleContent, newer: ArticleContent, options: ProposeOptions): ProposedNote {
  const style = resolveStyle(options.style);
  const oldSentences = articleSentences(older);
  const newSentences = articleSentences(newer);
  const newText = articleText(newer, newSentences);
  const ctx: AttributionContext = { sentences: newSentences, articleText: newText, personNames: style.personNames };
  const oldCtx: AttributionContext = {
    sentences: oldSentences,
    articleText: articleText(older, oldSentences),
    personNames: style.personNames,
  };
  const allowed = styleWords(style);
  const changes: NoteChange[] = [];
  const additions: Addition[] = [];
  const corrections: { phrase: string; change: NoteChange }[] = [];
  const removals: Removal[] = [];
  const seenCorrections = new Map<string, { phrase: string; change: NoteChange }>();
  const developments: string[] = [];
  /** A correction told by its phrase, with the words it put right: listed as a change and as a correction. */
  const correct = (fact: string, evidence: string[], before: string, after: string) => {
    // (Every title phrase read once more at its phrase boundaries: its holder, its capitals, its owner: posts-told.ts.)
    // (A post before the name is told whole as each version prints it: printed-posts.ts.)
    const edited = pairings.find((p) => p.kind === 'edited' && p.newer.text === evidence[0]);
    const olderLine = edited?.kind === 'edited' ? edited.older.text : '';
    // ("7120, not 7210" → "7,120, not 7,210"; "6, not 8" → "six, not eight": every right fact's values as AP prints them, told-value.ts.)
    const told = personPlaced(apToldValues(fact, plainText(evidence[0] ?? ''), plainText(olderLine), options.date), newText);
    const printed = olderLine ? printedPostsTold(told, plainText(olderLine), plainText(evidence[0]!), newText) : told;
    const asTold = postsTold(printed, evidence[0] ?? '', newText, (name) => namedAgain(name, newText));
    // The post and its holder as the sentence's apposition sets them (held-posts.ts): where a reader
    // told another holder, no holder, or a post the structure does not hold, the structure's telling.
    const held = olderLine ? postAsHeld(asTold, olderLine, evidence[0]!, newText, (name) => grounded(name, newText, allowed)) : asTold;
    // (A player's position put right is a position, not a title: playing-positions.ts.)
    const phrase = positionNotTitle(held);
    const change: NoteChange = { type: 'corrected', description: phrase, sources: [], evidence, before, after };
    changes.push(change);
    corrections.push({ phrase, change });
  };
  // One change model: the redline's ArticleDiff says what changed; sentences are read from it.
  const diff = options.diff ?? compareArticles(older, newer);
  const pairings = pairSentences(oldSentences, newSentences, diff);
  // Photos and embeds are read from the same diff (media.ts).
  const media = readMediaChanges(diff, newText, style);
  const newKeys = new Set(newSentences.map((s) => s.key));
  // Whether the revision brings anything new besides edits: a rising count beside new material is
  // a running story's development, not a correction.
  const otherMaterial = pairings.some((p) => p.kind === 'added' && !saysNothingNew(p.newer.text));
  // The other lines of an edited line's paragraph, old and new, and the line after it in the new
  // version: where a returns clock or a source's own revision of a figure may be told.
  // Read once per edited line: every finding of the line asks again.
  const arounds = new Map<string, { older: string; newer: string }>();
  const aroundOf = (was: Sentence, now: Sentence) => {
    const key = `${was.index}:${now.index}`;
    const known = arounds.get(key);
    if (known) return known;
    const others = (list: Sentence[], line: Sentence) =>
      list.filter((s) => s.index !== line.index && s.block === line.block).map((s) => plainText(s.text));
    const next = newSentences[now.index + 1];
    const newer = others(newSentences, now);
    if (next && next.block !== now.block) newer.push(plainText(next.text));
    const around = { older: others(oldSentences, was).join(' '), newer: newer.join(' ') };
    arounds.set(key, around);
    return around;
  };
  const develop = (before: string, after: string, was: Sentence, now: Sentence, counted: string) => {
    const development = readDevelopment(before, after, was.text, now.text, counted, otherMaterial, style.templates, aroundOf(was, now));
    if (!development) return null;
    // A development with no phrase of its own (a wire story's day moved on) is told by the new material.
    if (development.phrase && !developments.includes(development.phrase) && grounded(development.phrase, newText, allowed)) {
      // Several figures of one line read again ("Category 2 … 300 miles" → "Category 4 … 150
      // miles"): one development, the line told as news, not a "new number" for each figure.
      const earlier = development.kind === 'count' ? countsOfLine.get(now.index) : undefined;
      if (earlier) {
        const told = compressClause(now.text, newText);
        const whole = told ? fill(style.templates.resolved, { what: told.clause }) : '';
        const phrase = whole && grounded(whole, newText, allowed) && !copiedFragment(whole, newText) ? whole : earlier.phrase;
        developments.splice(developments.indexOf(earlier.phrase), 1, phrase);
        earlier.change.description = phrase;
        earlier.phrase = phrase;
        return development;
      }
      developments.push(development.phrase);
      const change: NoteChange = { type: 'added', description: development.phrase, sources: [], evidence: [now.text], before, after };
      changes.push(change);
      if (development.kind === 'count') countsOfLine.set(now.index, { phrase: development.phrase, change });
    }
    return development;
  };
  /** The count development each edited line gave first, by the line's index. */
  const countsOfLine = new Map<number, { phrase: string; change: NoteChange }>();

  for (const pairing of pairings) {
    if (pairing.kind === 'same') {
      if (pairing.older.text !== pairing.newer.text) {
        changes.push({
          type: 'cosmetic',
          description: 'punctuation, quote marks or spacing',
          sources: [],
          evidence: [pairing.newer.text],
          before: pairing.older.text,
          after: pairing.newer.text,
        });
      }
      continue;
    }
    if (pairing.kind === 'added') {
      // A named source's answer ("… apologised, saying …", "… declined to comment") is its news (source-deeds.ts).
      const answered = answerNews(
        pairing.newer.text,
        style.templates.resolved,
        (phrase) => grounded(phrase, newText, allowed) && !copiedFragment(phrase, newText),
      );
      if (answered) {
        if (!developments.includes(answered)) developments.push(answered);
        changes.push({ type: 'added', description: answered, sources: [], evidence: [pairing.newer.text] });
        continue;
      }
      if (saysNothingNew(pairing.newer.text)) {
        changes.push({ type: 'cosmetic', description: 'says no new details are known', sources: [], evidence: [pairing.newer.text] });
        continue;
      }
      // A line cut and this one put in its place, doing what the cut one planned (plan-carried-out.ts).
      const carried = carriedOutPlan(
        pairing.newer.text,
        pairings.flatMap((p) => (p.kind === 'removed' ? [p.older.text] : [])),
        newText,
      );
      const carriedPhrase = carried ? fill(style.templates.resolved, { what: carried }) : '';
      if (carriedPhrase && grounded(carriedPhrase, newText, allowed) && !copiedFragment(carriedPhrase, newText)) {
        if (!developments.includes(carriedPhrase)) developments.push(carriedPhrase);
        changes.push({ type: 'added', description: carriedPhrase, sources: [], evidence: [pairing.newer.text] });
        continue;
      }
      const settled = settledNews(pairing.newer.text, style.templates);
      // The news is told in the note's words: a long clause copied whole is left to the details.
      // A source's statement that says it is settled stays the source's statement (named below).
      const issued = ISSUED_STATEMENT.test(pairing.newer.text) && sourceOf(pairing.newer.index, ctx);
      // A settled state that is only part of the line's news ("evacuations were lifted and the fire
      // is contained") is told whole by the news clause, as an addition.
      const settledWhat = settled
        ? settled
            .slice(fill(style.templates.resolved, { what: '' }).length)
            .trim()
            .toLowerCase()
        : '';
      const told = settled ? toldNews(pairing.newer.text, oldCtx.articleText, newText) : null;
      // So is one whose line goes on to a clause of its own ("…, but displaced four tenants").
      const partOfNews =
        (!!told && told.clause.length > settledWhat.length && told.clause.toLowerCase().includes(settledWhat)) ||
        (!!settled && laterNews(pairing.newer.text, oldCtx.articleText, newText).length > 0);
      if (settled && !partOfNews && !issued && grounded(settled, newText, allowed) && !copiedFragment(settled, newText)) {
        if (!developments.includes(settled)) developments.push(settled);
        changes.push({ type: 'added', description: settled, sources: [], evidence: [pairing.newer.text] });
        continue;
      }
      additions.push({ sentence: pairing.newer, source: sourceOf(pairing.newer.index, ctx) });
      continue;
    }
    if (pairing.kind === 'removed' && newKeys.has(pairing.older.key)) {
      // The same sentence still stands elsewhere: a repeat was cut, no claim was withdrawn.
      changes.push({
        type: 'cosmetic',
        description: 'a repeated sentence removed',
        sources: [],
        evidence: [pairing.older.text],
        before: pairing.older.text,
      });
      continue;
    }
    if (pairing.kind === 'removed') {
      // Furniture cut (a "[Read: …]" link, a plug, a related headline, a credit) or a line trimmed
      // for length withdraws no claim (trims.ts).
      const trim = cutWithoutClaim(pairing.older, oldSentences, newKeys);
      if (trim) {
        changes.push({ type: 'cosmetic', description: trim, sources: [], evidence: [pairing.older.text], before: pairing.older.text });
        continue;
      }
      removals.push({ sentence: pairing.older, source: sourceOf(pairing.older.index, oldCtx) });
      continue;
    }
    const { older: was, newer: now } = pairing;
    // A caption under a photo that was replaced (its credit names another photographer) is furniture.
    if (photoReplaced(paragraphOf(oldSentences, was.block), paragraphOf(newSentences, now.block))) {
      changes.push({
        type: 'cosmetic',
        description: 'a photo caption replaced',
        sources: [],
        evidence: [now.text],
        before: was.text,
        after: now.text,
      });
      continue;
    }
    // One person, named the same, with another title: the title put right (or brought up to date
    // when a new line tells the promotion), never a quotation credited to another (retitled-person.ts).
    // A post's field put right ("Foreign Minister" → "Defence Minister"), or the office a post serves
    // ("aide to the Prime Minister"): both posts whole (serving-posts.ts, post-fields.ts).
    // ("Sheriffs Office" → "Sheriff's Office" is a slip put right, not another post: same letters.)
    const slipOnly = lettersOnly(was.text) === lettersOnly(now.text);
    // A party code or word put right ("(R-Texas)" → "(D-Texas)"): the member's party (party-codes.ts).
    const party = slipOnly ? null : partyPutRight(was.text, now.text);
    if (party && grounded(party.member, newText, allowed)) {
      correct(partyPhrase(party, namedAgain(party.name, newText)), [now.text], party.before, party.after);
      continue;
    }
    // A position put right where the player is named only by it, "the third baseman": the holder is
    // the one person the sentence before names (second-reference-posts.ts).
    // (Only the sentence right before in this paragraph or a paragraph before it: a heading, a caption
    // or a quotation block names no holder.)
    const previous = newSentences[now.index - 1];
    const nearest =
      previous && (previous.block === now.block || bodyToBlocks(newer.body)[previous.block]?.type === 'paragraph') ? previous.text : '';
    const secondRef = slipOnly ? null : secondReferencePost(was.text, now.text, nearest, newText);
    if (secondRef && grounded(secondRef.name, newText, allowed)) {
      correct(secondReferencePostPhrase(secondRef, namedAgain(secondRef.name, newText)), [now.text], secondRef.wrong, secondRef.right);
      continue;
    }
    // A title and a name put right together: another official, not a post (other-official.ts).
    // (The same words quoted, credited to another, are a quotation misattributed, told below.)
    const official = slipOnly || misattribution(was.text, now.text) ? null : otherOfficial(was.text, now.text, oldCtx.articleText);
    if (official && grounded(official.right, newText, allowed)) {
      correct(otherOfficialPhrase(official), [now.text], official.wrong, official.right);
      continue;
    }
    const fieldFixed = slipOnly
      ? null
      : (servingPostPutRight(was.text, now.text, newText) ??
        postFieldPutRight(was.text, now.text, oldCtx.articleText, newText) ??
        fieldPostHolder(was.text, now.text, newText));
    if (fieldFixed && grounded(fieldFixed.name, newText, allowed)) {
      correct(fieldPhrase(fieldFixed, namedAgain(fieldFixed.name, newText)), [now.text], fieldFixed.wrong, fieldFixed.right);
      continue;
    }
    // People described by the body they belong to, the body put right: misidentified (affiliated-people.ts).
    const affiliated = slipOnly ? null : affiliationPutRight(was.text, now.text);
    if (affiliated && affiliated.names.every((name) => grounded(name, newText, allowed))) {
      correct(
        affiliationPhrase(affiliated, (names) => joinList(names, style)),
        [now.text],
        affiliated.wrong,
        affiliated.right,
      );
      continue;
    }
    // A person's part in making a work put right ("Producer:" → "Director:"): their role (credited-roles.ts).
    const credited = creditPutRight(was.text, now.text);
    if (credited && grounded(credited.name, newText, allowed)) {
      correct(creditPhrase(credited, namedAgain(credited.name, newText)), [now.text], credited.wrong, credited.right);
      continue;
    }
    // A post at a body put right, the body kept: "the leader of …, not its founder" (posts-of-bodies.ts).
    const ofBody = postOfBody(was.text, now.text);
    if (ofBody && grounded(ofBody.right, newText, allowed)) {
      correct(
        toldInTense(postOfBodyPhrase(ofBody, namedAgain(ofBody.name, newText)), was.text, now.text),
        [now.text],
        ofBody.wrong,
        ofBody.right,
      );
      continue;
    }
    const titleFixed = titleToTell(was.text, now.text, oldCtx.articleText, newText);
    if (titleFixed?.promoted) {
      changes.push({ type: 'cosmetic', description: 'a title brought up to date with the news', sources: [], evidence: [now.text] });
      continue;
    }
    if (titleFixed && grounded(titleFixed.right, newText, allowed)) {
      // (A post printed in lower case before the name is told with both posts, AP form: lowercase-title-phrase.ts.)
      // (The wrong post told beside the right one, read from the old line: both-titles.ts.)
      const phrase =
        lowercaseTitlePhrase(was.text, now.text) ||
        tellBothTitles(
          fill(style.templates.misstatedTitle, { name: titleFixed.name, right: titleFixed.right }),
          was.text,
          now.text,
          (name) => namedAgain(name, newText),
        );
      correct(toldInTense(phrase, was.text, now.text), [now.text], titleFixed.wrong, titleFixed.right);
      continue;
    }
    // The same person, named alike, with the title beside the name put right, where the readers below
    // would tell another speaker, another person or mere wording: the person and both titles, AP
    // form ("Lind is the acting port counsel, not the port counsel") (same-person-title.ts).
    const samePerson = slipOnly ? null : samePersonTitle(was.text, now.text);
    if (samePerson && grounded(samePerson.name, newText, allowed)) {
      correct(toldInTense(samePersonTitlePhrase(samePerson), was.text, now.text), [now.text], samePerson.wrong, samePerson.right);
      continue;
    }
    // "Lena Ortiz, Acme product manager," → "… data scientist": the person's job, not the firm, was
    // put right, where the readers would say the firm was described wrong or give the bare post (apposed-titles.ts).
    const apposed =
      slipOnly ||
      !readEdit(was.text, now.text).every(
        (f, _, all) => all.length === 1 && f.type === 'corrected' && ['description', 'role'].includes(f.fact),
      )
        ? null
        : apposedTitle(was.text, now.text);
    if (apposed && grounded(apposed.name, newText, allowed)) {
      correct(toldInTense(apposedTitlePhrase(apposed), was.text, now.text), [now.text], apposed.wrong, apposed.right);
      continue;
    }
    // "said she would file the bill" → "filed the bill": a promised act done is news (promise-kept.ts).
    const done = promiseKept(was.text, now.text);
    const doneClause = done ? compressClause(done, newText)?.clause : '';
    const donePhrase = doneClause ? fill(style.templates.resolved, { what: doneClause }) : '';
    if (
      donePhrase &&
      grounded(donePhrase, newText, allowed) &&
      !copiedFragment(donePhrase, newText) &&
      !developments.includes(donePhrase)
    ) {
      developments.push(donePhrase);
      changes.push({ type: 'added', description: donePhrase, sources: [], evidence: [now.text], before: was.text, after: now.text });
      continue;
    }
    // The same words quoted, credited to someone else: one correction, who said it and who not.
    // (A surname re-spelled as it sounds, "McHew" → "McHugh", is one speaker's name put right.)
    const surname = (who: string) => who.split(',')[0]!.trim().split(/\s+/).at(-1) ?? '';
    // (A speaker the story describes, not names, is read the same way: described-speakers.ts.)
    const credit = misattribution(was.text, now.text) ?? describedSpeakerCredit(was.text, now.text);
    // A sound-alike that the story already named as someone else ("Tom Brown" and "Tom Baron" both
    // in it) is the other person: the quotation moved to them (review 10s).
    const sameSound = (right: string, wrong: string) =>
      soundsAlike(surname(right), surname(wrong)) && !new RegExp(`\\b${escapeRegExp(surname(right))}\\b`).test(oldCtx.articleText);
    if (credit && grounded(credit.right, newText, allowed) && !sameSound(credit.right, credit.wrong)) {
      const phrase = `${fill(style.templates.misattributed, { right: credit.right })}, not ${credit.wrong}`;
      correct(phrase, [now.text], was.text, now.text);
      continue;
    }
    // Titles swapped between people ("Mayor Ann Cole and Deputy Mayor Ben Ruiz" → "Deputy Mayor Ann
    // Cole and Mayor Ben Ruiz"): one correction that names each person and the title that is theirs.
    const retitled = titlesSwapped(was.text, now.text);
    if (retitled && retitled.every((r) => grounded(r.name, newText, allowed))) {
      const names = retitled.map((r) => r.name);
      const right = retitled.map((r) => `${namedAgain(r.name, newText)} is the ${titleInWords(r.after)}`);
      const phrase = `misstated the titles of ${joinList(names, style)}. ${capitalizeFirst(joinList(right, style))}`;
      correct(
        phrase,
        [now.text],
        retitled.map((r) => `${r.before} ${r.name}`).join('; '),
        retitled.map((r) => `${r.after} ${r.name}`).join('; '),
      );
      continue;
    }
    // Figures swapped between people ("Sara Diaz, 19, and Mark Diaz, 22" → "… 22 … 19"): each person
    // is named with the figure that is theirs, not the first alone.
    const refigured = figuresSwapped(was.text, now.text);
    if (refigured && refigured.length >= 2 && refigured.every((r) => grounded(r.name, newText, allowed))) {
      const names = refigured.map((r) => shortName(r.name, newText));
      const ages = refigured.every((r) => ageOf(now.text, r.after));
      const phrase = ages
        ? `misstated the ages of ${joinList(
            refigured.map((r) => r.name),
            style,
          )}. ${capitalizeFirst(
            joinList(
              refigured.map((r, k) => `${names[k]} is ${r.after}`),
              style,
            ),
          )}`
        : `misstated the figures for ${joinList(
            refigured.map((r) => r.name),
            style,
          )}. It is ${joinList(
            refigured.map((r, k) => `${r.after} for ${names[k]}`),
            style,
          )}`;
      correct(phrase, [now.text], refigured.map((r) => r.before).join(', '), refigured.map((r) => r.after).join(', '));
      continue;
    }
    let addedHere = false;
    // The story moved on in the same sentence ("were searching" → "pulled two survivors"): news, not a fix.
    if (
      (movedOn(was.text, now.text, style.templates) || stateMovedOn(was.text, now.text) || outcomeReached(was.text, now.text)) &&
      develop(was.text, now.text, was, now, '')
    )
      continue;
    // "no group claimed responsibility" → a group claimed it in a line added beside: what was open
    // was answered (unsettled.ts); the added line tells the news, the old one was no error.
    const beside = pairings.flatMap((p) => (p.kind === 'added' && Math.abs(p.newer.index - now.index) <= 3 ? [p.newer.text] : []));
    const settledBy = settledSince(was.text, now.text, [now.text, ...beside]);
    if (settledBy) {
      // Answered in the edited line itself ("No arrests have been made" → "Police arrested two
      // men"): that line tells the news, as an outcome reached does.
      const told = settledBy === now.text ? compressClause(now.text, `${plainText(was.text)}\n${plainText(now.text)}`) : null;
      const phrase = told ? fill(style.templates.resolved, { what: told.clause }) : 'what was still open was settled';
      if (told && !developments.includes(phrase) && grounded(phrase, newText, allowed)) developments.push(phrase);
      changes.push({ type: 'added', description: phrase, sources: [], evidence: [now.text], before: was.text, after: now.text });
      continue;
    }
    // "190 kilometers (118 miles)": a conversion put right with its figure is that one figure (conversions.ts).
    // A name "re-spelled" to another person the story names ("Tom Brown" and "Tom Baron" both in
    // it, before and after) is that other person, not a misspelling (review 10s). (A misspelling
    // put right where the story spelled it right elsewhere leaves no old spelling standing.)
    const namedIn = (name: string, text: string) => new RegExp(`\\b${escapeRegExp(name)}\\b`).test(text);
    const findings = withoutConversions(readEdit(was.text, now.text), now.text).map((f) =>
      f.type === 'corrected' && f.fact === 'name-spelling' && namedIn(f.after, oldCtx.articleText) && namedIn(f.before, newText)
        ? { ...f, fact: 'name' as const }
        : f,
    );
    // Several facts of one sentence put right at once ("four members … had been found dead" →
    // "several climbers … spotted by drones"): the claim was wrong as a whole, and is named as such.
    const claim = rewrittenClaim(
      findings,
      was,
      now,
      oldCtx,
      newText,
      style,
      (f) => !!readDevelopment(f.before, f.after, was.text, now.text, '', otherMaterial, style.templates, aroundOf(was, now)),
    );
    if (claim) {
      const change: NoteChange = {
        type: 'corrected',
        description: claim.phrase,
        sources: claim.source ? [claim.source] : [],
        evidence: [now.text, ...claim.evidence],
        before: was.text,
        after: now.text,
      };
      changes.push(change);
      corrections.push({ phrase: claim.phrase, change });
    }
    // "up 4 cents on Monday" → "down 4 cents on Tuesday": a day or time that moved forward beside a
    // figure or direction that developed is part of that later reading, not a day put right.
    // ("rose to 4 on Monday" → "rose to 5 on Tuesday": the count's own day moved with it, count-with-day.ts.)
    const movedWithDay = countMovedWithDay(was.text, now.text);
    const laterReading =
      (stampMovedForward(plainText(was.text), plainText(now.text)) || movedWithDay) &&
      findings.some(
        (f) =>
          f.type === 'corrected' &&
          f.fact !== 'date' &&
          f.fact !== 'time' &&
          !!readDevelopment(f.before, f.after, was.text, now.text, '', otherMaterial, style.templates, aroundOf(was, now)),
      );
    for (const finding of findings) {
      if (claim && finding.type === 'corrected') continue;
      if (laterReading && finding.type === 'corrected' && (finding.fact === 'date' || finding.fact === 'time')) continue;
      // "… on Tuesday after a dock worker was hurt": why the count moved is the same development's news.
      if (
        laterReading &&
        movedWithDay &&
        (finding.type === 'corrected'
          ? reasonForCount(was.text, finding.before) && reasonForCount(now.text, finding.after)
          : finding.type === 'added'
            ? reasonForCount(now.text, finding.text)
            : finding.type === 'removed' && reasonForCount(was.text, finding.text))
      )
        continue;
      if (finding.type === 'cosmetic') {
        // A word spelled right ("reopend" → "reopened") is no news, whatever the word says.
        if (finding.reason !== 'spelling' && develop(was.text, now.text, was, now, '')) continue;
        // A post word added or changed beside its holder is never rewording: "the deputy crown prince",
        // "Volkswagen's supervisory board" (held-posts.ts). (Not a title brought up to date: retitled-person.ts.)
        const held = finding.reason === 'spelling' ? null : heldPostPutRight(plainText(was.text), plainText(now.text), newText);
        if (held && grounded(held.name, newText, allowed) && !titleToTell(was.text, now.text, oldCtx.articleText, newText)?.promoted) {
          if (!corrections.some((c) => c.change.evidence[0] === now.text))
            correct(toldInTense(heldPostPhrase(held), was.text, now.text), [now.text], held.before, held.after);
          continue;
        }
        changes.push({
          type: 'cosmetic',
          description: finding.reason,
          sources: [],
          evidence: [now.text],
          before: was.text,
          after: now.text,
        });
      } else if (finding.type === 'added') {
        // A relative clause put into a line ("a think tank | that counts Facebook among its
        // donors") is a fact of its own about what it hangs on: told as that, not as the line.
        const clause = addedHere ? '' : insertedClause(plainText(now.text), finding.text);
        // Words put in beside a development of the line, credited as before, are that development's (same-voice-aside.ts).
        const aside =
          developments.length > 0 &&
          asideOfSameVoice(finding.text, sourceOf(was.index, oldCtx)?.name, sourceOf(now.index, ctx)?.name) &&
          changes.some((c) => c.evidence.includes(now.text) && c.type === 'added');
        if (aside) addedHere = true;
        if (!addedHere)
          additions.push(
            clause
              ? { sentence: { ...now, text: clause }, source: null, inserted: true }
              : { sentence: now, source: sourceOf(now.index, ctx) },
          );
        addedHere = true;
      } else if (finding.type === 'removed') {
        // A relative clause cut from a line ("The plant, | which opened in 1987, | will close"): the
        // claim is what the clause said of what it hung on, never the line that stays.
        const clause = insertedClause(plainText(was.text), finding.text) || cutAppositive(plainText(was.text), finding.text);
        // A part cut that the article still says elsewhere ("The plant opened in 1987" stands in
        // another paragraph) was trimmed as said twice, not taken back.
        // (The claim's own words, its subject's with them: "the Dunn plant employs 300 workers" is
        // no repeat of what "the Hale plant, which employs 300 workers," said.)
        const cutWords = looseKey(clause || finding.text)
          .split(' ')
          .filter((w) => w.length > 2 && !isStopword(w) && !/^(?:which|who|that)$/.test(w));
        if (
          clause &&
          cutWords.length &&
          newSentences.some((other) => other.index !== now.index && cutWords.every((w) => other.key.split(' ').includes(w)))
        ) {
          changes.push({ type: 'cosmetic', description: 'a part said again elsewhere, trimmed', sources: [], evidence: [now.text] });
          continue;
        }
        // An example cut from a list ("including A, B and C"): the claim is that it belonged there.
        removals.push({
          sentence: clause ? { ...was, text: clause } : was,
          source: sourceOf(was.index, oldCtx),
          listed: droppedListItem(was.text, now.text),
        });
      } else {
        // A quotation standing alone after the line that credits it ("…," said Mr. Brandt. "These
        // crews are the best.") is the same speaker's: misquoted, never the paper's own claim; a
        // quotation put right whose line names one person outside the quotation ("…," said manager
        // Colm Doyle) is theirs, though the attribution reader did not credit it.
        const quoteBefore = newSentences[now.index - 1];
        const continued =
          quoteBefore && quoteBefore.block === now.block && /^["“].*["”]$/u.test(now.text.trim()) && /["”]/u.test(quoteBefore.text);
        const byHonorific = !sourceOf(now.index, ctx) && continued ? honorificSpeaker(quoteBefore.text, newText) : '';
        const speaker =
          sourceOf(now.index, ctx) ??
          (continued ? sourceOf(quoteBefore.index, ctx) : null) ??
          (byHonorific ? sourceFromRaw(byHonorific, newText) : null) ??
          (finding.fact === 'quote' ? quotedSpeaker(now.text, newText) : null);
        // What the figure counts: the correction's own reading ("the number of people injured"),
        // else the noun the figure stands before ("3,400 acres"), which a measure such as "the
        // area" does not name.
        const counted =
          /number of ([^.]+?)\./.exec(
            describeCorrection(finding.fact, finding.before, finding.after, { older: was.text, newer: now.text, speaker: '' }, style),
          )?.[1] ??
          (finding.fact === 'number'
            ? new RegExp(`${escapeRegExp(finding.after)}\\s+(\\p{Ll}+)\\b`, 'u').exec(plainText(now.text))?.[1]
            : undefined) ??
          '';
        // A year of a past event ("was built in 1781" → "in 1794") says when it happened, not how many:
        // put right, it is no running figure — unless the sentence looks ahead ("will open in 2027").
        // So is a count in what a closed, dated finding found ("A 2019 inquiry found 11 officers …", closed-past.ts).
        const pastYear =
          (finding.fact === 'year' && !presentTense(now.text) && !LOOKS_AHEAD.test(plainText(now.text))) ||
          (finding.fact === 'number' && closedPastFinding(now.text, options.date) && closedPastFinding(was.text, options.date));
        const developed =
          finding.fact !== 'quote' && finding.fact !== 'name-spelling' && !pastYear
            ? develop(finding.before, finding.after, was, now, counted)
            : null;
        if (developed) {
          // Told from the whole new line ("the news that prosecutors charged Holt with murder after
          // the victim died"), the development already says what else the line gained.
          if (developed.kind === 'resolved' && developed.phrase) {
            for (let k = additions.length - 1; k >= 0; k--) if (additions[k]!.sentence.index === now.index) additions.splice(k, 1);
            addedHere = true;
          }
          continue;
        }
        let phrase = describeCorrection(
          finding.fact,
          finding.before,
          finding.after,
          { older: was.text, newer: now.text, speaker: speaker?.name ?? '', articleText: newText },
          style,
        );
        // A date, place or figure named by the clause it belongs to, not a stock or broken head (token-clause.ts).
        phrase = namedToken(phrase, finding.fact, finding.before, finding.after, plainText(now.text), plainText(was.text));
        // A head still vague, owned wrongly or broken: its owner read from the sentence's structure (fact-owner.ts).
        // (A reading that does not pass the note check where the head did — "the number of suspects
        // Police in Tarrow are holding in connection" — leaves the head as it was: the fallback for a
        // failed note is the vaguest head of all.)
        const owned = ownedFact(phrase, finding.fact, finding.before, finding.after, plainText(now.text), plainText(was.text), newText);
        if (owned === phrase || !passesCheck(phrase, newText) || passesCheck(owned, newText)) phrase = owned;
        // ("The correct number is Fourteen": a figure keeps no capital from its sentence's start, spelled-value.ts.)
        phrase = lowerSpelledValue(phrase);
        // "misstated when the ferry left the dock about": a clause cut before its value keeps no
        // word of approximation that belonged to the value.
        phrase = phrase.replace(CUT_HEDGE, '$1');
        // "misstated the company's revenue": the company the article named before ("Harlow Biotech's").
        phrase = namedInPhrase(phrase, now.text, newText);
        // ("the year his career took off" → "the year Jimmy Anderson's career took off": own-subject-pronoun.ts.)
        if (finding.fact === 'date' || finding.fact === 'year' || finding.fact === 'time' || finding.fact === 'place')
          phrase = ownSubjectNamed(phrase, now.text, newText);
        // ("the year he created SpaceX" → "the year Musk created SpaceX": head-pronoun.ts.)
        if (finding.fact === 'date' || finding.fact === 'year' || finding.fact === 'time' || finding.fact === 'place')
          phrase = headPronounNamed(phrase, now.text, newText);
        // ("the date Rich Dauer was released … It is Nov. 15" → "It was": dated-deed-tense.ts.)
        if (finding.fact === 'date' || finding.fact === 'year' || finding.fact === 'time') phrase = pastDeedTold(phrase);
        // "Denver landed in Boise" → "Boise landed in Denver": a fix that is a clause of its own
        // has no right value to give after "It was" ("It was from Boise landed in …"); the claim
        // and the right clause are told below.
        if (
          finding.fact === 'detail' &&
          finding.after.split(' ').length >= 3 &&
          looseKey(finding.before).split(' ').sort().join(' ') === looseKey(finding.after).split(' ').sort().join(' ') &&
          hasFiniteVerb(finding.after)
        )
          phrase = phrase.replace(/\. It (?:is|was) [^.]*$/, '');
        // "misstated whether Carrow is on the list of towns …" copies the new line whole: the claim
        // the old line made ("incorrectly reported that Carrow is not on the list …") is told instead.
        if (finding.fact === 'negation' && copiedFragment(phrase, newText)) {
          const previousOld = oldSentences[was.index - 1];
          const told = claimClause(
            was.text,
            finding.before.split(' ').length === 1 ? finding.before : '',
            oldCtx.articleText,
            previousOld?.block === was.block ? previousOld.text : '',
          );
          // Its tail may stand in the new line too ("on the list of towns to be paved"): cut there,
          // never past the negation, and never on a function word.
          const words = told.split(' ');
          const negationAt = words.findIndex((w) => /^(?:not|never|no)$|n't$/i.test(w));
          while (words.length > Math.max(4, negationAt + 3) && copiedFragment(words.join(' '), newText)) {
            words.pop();
            while (words.length > 4 && isStopword(words.at(-1)!)) words.pop();
          }
          const claim = words.join(' ');
          if (claim && !copiedFragment(claim, newText)) phrase = fill(style.templates.removedClaim, { claim });
        }
        // "He said …" → "She said …" with two people in reach: the pronoun now means someone else,
        // so who did it was wrong, not the pronoun of one person ("misidentified who said …").
        if (
          finding.fact === 'word' &&
          phrase === fill(style.templates.wrongPronoun, { name: 'a person named in it' }) &&
          // The people in reach of the pronoun: its own sentence and the ones a reader carries it over.
          peopleNamedIn(newSentences.slice(Math.max(0, now.index - REACH), now.index + 1).map((s) => s.text)) >= 2
        ) {
          const deed = new RegExp(`^${escapeRegExp(finding.after)}\\s+([^,;:]+?)\\.?$`, 'i').exec(plainText(now.text))?.[1];
          phrase =
            deed && deed.split(/\s+/).length <= 12 && !copiedFragment(`misidentified who ${deed}`, newText)
              ? `misidentified who ${deed}`
              : 'misidentified a person it referred to';
        }
        // "misquoted Vale" says not what: a short quotation put right is given as the speaker said it.
        const quotation = finding.after.replace(/[,.]$/, '');
        const reported = finding.fact === 'quote' ? reportedQuotation(plainText(now.text), finding.after) : null;
        if (
          finding.fact === 'quote' &&
          speaker &&
          phrase === fill(style.templates.misquoted, { name: speaker.name }) &&
          finding.before &&
          quotation.split(/\s+/).length <= 15 &&
          !/["“”]/.test(quotation) &&
          // The whole quotation, not a piece of one ("will reopen only in part" inside a sentence).
          new RegExp(`^["“]${escapeRegExp(quotation)}[,.!?]?["”]`).test(plainText(now.text))
        )
          phrase = `${phrase}. ${speaker.name} said, "${quotation}"`;
        // 'saying she "may have made a mistake"': a short quotation in reported speech, given as the copy gives it.
        else if (
          finding.fact === 'quote' &&
          speaker &&
          phrase === fill(style.templates.misquoted, { name: speaker.name }) &&
          reported &&
          finding.before.split(/\s+/).length <= 4
        )
          phrase = `${phrase}. ${speaker.name} said ${reported.pronoun} "${reported.quotation}," not "${finding.before}"`;
        // A word or two replaced inside a longer quotation: the words the speaker used, and the wrong ones.
        else if (
          finding.fact === 'quote' &&
          speaker &&
          phrase === fill(style.templates.misquoted, { name: speaker.name }) &&
          [finding.before, finding.after].every((w) => /^[\p{L}\p{N}' -]+$/u.test(w) && w.split(/\s+/).length <= 4)
        )
          // ("K5+1", not "5": a figure inside a code is quoted with its code, quoted-codes.ts.)
          // ("25 million years old", not "25": a figure is quoted with its own phrase, figureTold.)
          phrase = `${phrase}. ${speaker.name} said "${figureTold(now.text, codeHolding(plainText(now.text), finding.after))}," not "${figureTold(was.text, codeHolding(plainText(was.text), finding.before))}"`;
        // "misquoted Dana Reyes. Reyes said, …": the speaker in full, as the article introduced them;
        // the second sentence opens on a capital whoever the speaker is ("The mayor said …").
        if (finding.fact === 'quote' && speaker && phrase.startsWith(fill(style.templates.misquoted, { name: speaker.name }))) {
          const head = fill(style.templates.misquoted, { name: speaker.name });
          const full =
            fullName(speaker.name, newText) ||
            (speaker.kind === 'person' ? personSurnamed(speaker.name, newText) : '') ||
            // ("the official" after "One senior official said": first-references.ts.)
            (speaker.kind === 'description' ? firstReference(speaker.name, newText, now.text) : '');
          phrase =
            (full ? fill(style.templates.misquoted, { name: full }) : head) +
            phrase
              .slice(head.length)
              .replace(/^\. (\p{Ll})/u, (_, c: string) => `. ${c.toUpperCase()}`)
              // ("… a senior official. The official said": the one just named, on second reference.)
              .replace(/^\. (\p{Lu}[^"]*?) said /u, (all, who: string) => {
                const again = secondReference(who);
                return again ? `. ${again.charAt(0).toUpperCase()}${again.slice(1)} said ` : all;
              });
        }
        // "Park is the company's chief operating officer": a post put right for a person the sentence
        // calls by surname, which the wording by full name does not find.
        const surname = finding.fact === 'role' ? titledSurname(now.text) : '';
        if (surname && phrase === fill(style.templates.misstatedDetail, { what: 'a title' }) && /^\p{Ll}[\p{Ll} -]*$/u.test(finding.after))
          phrase = fill(style.templates.misstatedTitle, { name: surname, right: finding.after });
        // "incorrectly described More": a capital that only opened the sentence, a common word
        // written lowercase elsewhere in the article, is no name. What was wrong is then the thing the
        // swapped words name ("misstated the academic field. It is artificial intelligence").
        const describedHead = escapeRegExp(fill(style.templates.described, { what: '' }).trim());
        const described =
          finding.fact === 'description' ? new RegExp(`^${describedHead} (\\p{Lu}\\p{Ll}+)$`, 'u').exec(phrase)?.[1] : undefined;
        if (
          described &&
          plainText(now.text).startsWith(`${described} `) &&
          (tagged(now.text)[0]?.pos !== 'PROPN' || new RegExp(`(?<![\\p{L}])${described.toLowerCase()}(?![\\p{L}])`, 'u').test(newText))
        ) {
          const field = fieldOf(was.text, now.text, finding.before, finding.after);
          phrase = field
            ? fill(style.templates.misstatedAmount, { what: field, right: `${finding.after}, not ${finding.before}` })
            : fill(style.templates.misstatedDetail, { what: subjectPhrase(now.text, newText) || 'the events described' });
        }
        // ("rookie defensive end T.J. Watt" → "linebacker": a word put right in the post before a name is the title, printed-posts.ts.)
        const position =
          ['description', 'word', 'detail'].includes(finding.fact) &&
          postBeforeNamePutRight(plainText(was.text), plainText(now.text), finding.before, finding.after, newText);
        if (position) phrase = position;
        // "The correct title is city manager" says not what the story had: both posts (both-titles.ts).
        phrase = tellBothTitles(phrase, was.text, now.text, (name) => namedAgain(name, newText));
        // ("former Sheriff Joe Arpaio", "…, had resigned": a post no longer held is told in the past: post-tense.ts.)
        phrase = printedPostsTold(toldInTense(phrase, was.text, now.text), plainText(was.text), plainText(now.text), newText);
        phrase = postsTold(phrase, now.text, newText, (name) => namedAgain(name, newText));
        // The right value stands in the new article; the wrong one after "not" stood in the old.
        const wrongParts = [...phrase.matchAll(WRONG_VALUE)].map((m) => m[2]!);
        if (
          !grounded(phrase.replace(WRONG_VALUE, '$1'), newText, allowed) ||
          !wrongParts.every((w) => grounded(w, oldCtx.articleText, allowed))
        )
          continue;
        // "It was 50, not 45.": the wrong value, from the old version, after the right one.
        const printed = wrongValue(finding.fact, finding.before, was.text);
        // "Sixteen" opened the old sentence; after "not" it is a number like the right one, in AP
        // style: a word lowercase, one of 10 or more in figures ("15, not 12").
        // ("It is 15 feet, not fifty feet": a measure told in figures is told so both ways.)
        const measure = /^(\p{L}+(?:-\p{L}+)?)\s+(\p{L}+)$/u.exec(printed);
        const wrong =
          !/\d/.test(printed) && printed.split(/\s+/).every(isNumberToken)
            ? apNumber(printed)
            : measure && isNumberToken(measure[1]!) && new RegExp(`\\d ${escapeRegExp(measure[2]!)}\\b`).test(phrase)
              ? `${apNumber(measure[1]!).replace(/^\p{L}.*$/u, (w) => String(numberWordValue(w) ?? w))} ${measure[2]}`
              : printed;
        // Only a clean value (words and figures, a point only inside a number) reads well after "not".
        const clean =
          /^[\p{L}\p{N}$€£%,'’ -]+$/u.test(withoutInnerPoints(wrong)) &&
          wrong.split(/\s+/).length <= 4 &&
          grounded(wrong, was.text, allowed);
        if (
          wrong &&
          clean &&
          /(?:It (?:is|was|will be)|They are|The correct number is) [^.]+$/.test(withoutInnerPoints(phrase)) &&
          !/, not /.test(phrase) &&
          // Already closing on the wrong value as a whole word ("54%" does not close on "4%").
          !new RegExp(`(?:^|[^\\p{L}\\p{N}.,])${escapeRegExp(wrong)}$`, 'iu').test(phrase)
        )
          // ("It was late 2024, not late 2023": a part of the year the old line gave too is told both ways.)
          phrase += `, not ${partOfYearToo(phrase, wrong, was.text)}${wrong}${unitToo(phrase, wrong)}`;
        // ("It was September 29, 2022" → "It was Sept. 29, 2022": a right date in AP style, ap-dates.ts.)
        if (finding.fact === 'date' && style.form === 'ap') phrase = withApDates(phrase, headOf(phrase));
        // "misstated a detail about the vote" names no claim: the old clause that carried the
        // wrong words does ("incorrectly reported that the mill closed in 1874. It was 1902.").
        // So does "incorrectly described the Larkfield Players" when what was wrong stood after a
        // preposition ("at the regional drama league"): the claim, then where it was.
        let claimed = '';
        // A name put right that the wording could not give ("St. Luke's Hospital"): the name whole, as printed.
        const renamed =
          finding.fact === 'place' && !/\.\s+\p{Lu}/u.test(phrase) ? runContaining(plainText(now.text), finding.after.split(' ')[0]!) : '';
        const placed =
          finding.fact === 'description' && !/\.\s+\p{Lu}/u.test(phrase)
            ? rightAndWrong(finding.before, finding.after, was.text, now.text)
            : /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u.test(renamed) && grounded(renamed, newText)
              ? renamed
              : '';
        // "misstated where was previously chief curator": a where/when clause that lost its subject
        // (cut at "The director, Elena Ruiz,") names nothing; the claim is told instead.
        const lostSubject = /\b(?:where|when)\s+(\p{Ll}+)\s/u.exec(headOf(phrase))?.[1];
        // ("misstated where Residents": the place stood inside the subject, and no verb is left.)
        // (To the end of the first sentence: "U.S." inside it is no end.)
        const whereClause = /^misstated (?:where|when) (.+?)\.?$/u.exec(headOf(phrase))?.[1];
        const subjectless =
          // ("where shares in Halden fell": a plural read in its own clause is the subject, not a verb.)
          (!!lostSubject &&
            ['AUX', 'VERB'].includes(tagged(`it ${lostSubject}`)[1]?.pos ?? '') &&
            ['AUX', 'VERB'].includes(tagged(whereClause ?? lostSubject)[0]?.pos ?? '')) ||
          // ("when Tomas Reyl drowned": a past tense after a name, which the tagger may read as an adjective, is a verb.)
          (!!whereClause &&
            // ("where Ruiz lives": a name's verb in "-s" the tagger read as a noun; well-formed-deed.ts.)
            !withMissedVerb(tagged(whereClause)).some(
              (t, k, all) => t.pos === 'VERB' || t.pos === 'AUX' || (/ed$/.test(t.lower) && all[k - 1]?.pos === 'PROPN'),
            ));
        // So does a fix named only by its category ("misstated a time", "misstated a figure"): the
        // claim says what happened at that time or came to that figure.
        const category = /^misstated an? (?:time|figure|date|year)\.?$/.test(headOf(phrase));
        if (placed || subjectless || category || phrase.startsWith(fill(style.templates.misstatedDetail, { what: '' }).trim())) {
          const previousOld = oldSentences[was.index - 1];
          const before = previousOld?.block === was.block ? previousOld.text : '';
          const claim = claimClause(was.text, finding.before, oldCtx.articleText, before);
          if (claim && !copiedFragment(claim, newText)) {
            phrase = claimCorrection(placed ? `${phrase}. It was ${placed}` : phrase, claim, finding.before, style.templates.removedClaim);
            // "… that officials counted 312 in the shelter. It was 321.": the right value takes the claim's tense.
            if (category && !presentTense(claim)) phrase = phrase.replace(/\. It is (?=[^.]*$)/, '. It was ');
            // A claim turned round ("would rise" → "would fall") is told with the right one: "They would fall."
            if (!/\.\s+\p{Lu}/u.test(phrase)) {
              const previousNew = newSentences[now.index - 1];
              const right = rightFact(
                claimClause(now.text, finding.after, newText, previousNew?.block === now.block ? previousNew.text : '', false),
                finding.after,
                newText,
              );
              // "Boone defeated Ames": a fix that is a clause of its own (names exchanged across a
              // verb) is the right fact as it stands: a pronoun for its subject would name no one, or
              // the wrong one.
              const whole =
                finding.fact === 'detail' &&
                /^(?:the\s+)?\p{Lu}/u.test(finding.after) &&
                finding.after.split(' ').length >= 3 &&
                hasFiniteVerb(finding.after)
                  ? capitalizeFirst(finding.after)
                  : '';
              if ((whole || right) && !copiedFragment(whole || right, newText)) phrase = `${phrase}. ${whole || right}`;
              // No clause reads: the right value told plainly, never left out nor broken (plain-right-fact.ts).
              else if (!whole && !right && plainRightFact(claim, finding.after))
                phrase = `${phrase}. ${plainRightFact(claim, finding.after)}`;
            }
            claimed = [...claimEvidence(claim, was.text, oldCtx.articleText), ...(namesFrom(claim, before, was.text) ? [before] : [])].join(
              '\n',
            );
          }
        }
        // A figure, date, time or place whose head names only its kind ("a figure", "the date", "the
        // number of beds") is told by the clause that carried it: "incorrectly reported that revenue
        // was up 13 per cent. It was up 31 per cent." (value-clause.ts).
        const kindHead = headOf(phrase).replace(/^misstated (.+?)\.?$/, '$1');
        // (So is a head that copies the article: the note check would refuse it and fall back to the kind.)
        // (Whether the head names its owner is asked once: headNamesMeasure reuses it.)
        const ownerNamed = !category && !subjectless && headNamesOwner(kindHead);
        const vagueHead = category || subjectless || !ownerNamed || !!copiedFragment(kindHead, newText);
        // The clause is the default: a head is kept first only when it names both the measure and
        // whose it is ("the age of the Tarn man"); "misstated the new ferry" says no figure, and is
        // the fallback when no clause reads (specific-head.ts).
        const kindOnly = VALUE_FACTS.has(finding.fact) && (vagueHead || !headNamesMeasure(ownerNamed, kindHead));
        if (kindOnly && !claimed) {
          const previousOld = oldSentences[was.index - 1];
          const before = previousOld?.block === was.block ? previousOld.text : '';
          const told = toldByClause(
            was,
            now,
            before,
            oldCtx.articleText,
            newText,
            style.templates.removedClaim,
            phrase,
            finding.before,
            // (A claim restated whole is let through the copying check only once no cut passes without it: restated-claim.ts.)
            (note, restated) =>
              passesCheck(note, newText) &&
              // (Only a count or a sum: a date's "comes three days" names no claim whole.)
              (restated ? ['number', 'amount'].includes(finding.fact) : !copiedFragment(note, newText, { claims: false })) &&
              !inventedNames(note, `${newText}\n${was.text}`, style).length,
            ['date', 'year', 'time'].includes(finding.fact),
          );
          // No clause reads: a count told by what it counts and the relative clause that says which
          // ("the number of rounds of ammunition that Thomas allegedly fired", countedHead).
          const counted = !told && finding.fact === 'number' ? countedHead(was.text, now.text) : '';
          const first = headOf(phrase);
          const recounted = counted ? `misstated ${counted}.${phrase.slice(first.length).replace(/^\./, '')}` : '';
          if (told) {
            phrase = told;
            claimed = was.text;
          } else if (recounted && vagueHead && passesCheck(recounted, newText)) phrase = recounted;
        }
        // "Ames said Boone would lead …" → "Boone said Ames …": names exchanged across a verb of
        // speech leave no claim once the attribution is cut; the old line is the claim, the new one
        // (or the exchanged words, when the line is long) the right fact.
        const sameWords = (a: string) => a.toLowerCase().split(' ').sort().join(' ');
        if (
          !claimed &&
          finding.fact === 'detail' &&
          finding.after.split(' ').length >= 3 &&
          sameWords(finding.before) === sameWords(finding.after) &&
          hasFiniteVerb(finding.after)
        ) {
          const claim = lowerOpening(plainText(was.text).replace(/[.]$/, ''), oldCtx.articleText);
          const line = plainText(now.text).replace(/[.]$/, '');
          const right = copiedFragment(line, newText) ? capitalizeFirst(finding.after) : line;
          if (claim.split(' ').length <= MAX_CLAIM_WORDS && !copiedFragment(claim, newText)) {
            phrase = `${fill(style.templates.removedClaim, { claim })}. ${right}`;
            claimed = was.text;
          }
        }
        // No claim to tell: the place or time is named plainly rather than by a clause with no subject.
        // (The clause runs to the end of the first sentence, read as sentences are: "when U.S. Defense
        // Secretary …" has no sentence end at "U.S.".)
        if (subjectless && !claimed) {
          const first = headOf(phrase);
          phrase =
            first.replace(/\b(where|when) .+?(?=\.?$)/u, (_, w: string) => (w === 'where' ? 'a place name' : 'a time')) +
            phrase.slice(first.length);
        }
        // "misstated the owner. It was Westline Group, not Harbor Media." names no claim either:
        // a who or where fix whose head is that short is told as the claim and the right clause
        // ("… that the Corran Ledger is owned by Harbor Media. It is owned by Westline Group.").
        const head = headOf(phrase).replace(/\.$/, '');
        if (!claimed && ['place', 'name', 'detail'].includes(finding.fact) && head.split(' ').length <= 3) {
          const previousOld = oldSentences[was.index - 1];
          const before = previousOld?.block === was.block ? previousOld.text : '';
          const claim = claimClause(was.text, finding.before, oldCtx.articleText, before);
          const previousNew = newSentences[now.index - 1];
          const right = rightClause(
            claimClause(now.text, finding.after, newText, previousNew?.block === now.block ? previousNew.text : '', false),
            finding.after,
          );
          if (claim && right && !copiedFragment(claim, newText)) {
            phrase = `${fill(style.templates.removedClaim, { claim })}. ${right}`;
            claimed = [...claimEvidence(claim, was.text, oldCtx.articleText), ...(namesFrom(claim, before, was.text) ? [before] : [])].join(
              '\n',
            );
          }
        }
        // (The post and its holder as the apposition sets them, as every phrase told through `correct`: held-posts.ts.)
        phrase = positionNotTitle(postAsHeld(phrase, was.text, now.text, newText, (name) => grounded(name, newText, allowed)));
        // (The right fact's values as AP prints them, as every phrase told through `correct`: told-value.ts.)
        phrase = personPlaced(apToldValues(phrase, plainText(now.text), plainText(was.text), options.date), newText);
        // (Two findings of one post, "Business, Enterprise" and "Innovation" put right, are the one post told once.)
        if (corrections.some((c) => c.phrase === phrase && c.change.evidence[0] === now.text)) continue;
        // The same fix made in several sentences ("12" → "14" twice) is one correction.
        const key = `${finding.fact}:${numberValue(finding.after)}`;
        // A name the phrase read from the sentence before ("it" → "Web of Angels") is evidence too.
        const previous = newSentences[now.index - 1];
        const referent =
          previous &&
          previous.block === now.block &&
          (plainText(phrase).match(CAPITALIZED_WORD) ?? []).some((w) => !mentions(now.text, w) && mentions(previous.text, w));
        const change: NoteChange = {
          type: 'corrected',
          description: phrase,
          sources: finding.fact === 'quote' && speaker ? [speaker.name] : [],
          // A claim told from the old sentence names what that sentence said: it is evidence too.
          evidence: [
            now.text,
            ...(referent ? [previous.text] : []),
            ...(claimed ? claimed.split('\n') : []),
            // A name the wording read from further back ("Harlow Biotech's revenue"): where it stood.
            ...claimEvidence(headOf(phrase), now.text, newText).slice(1),
          ],
          before: finding.before,
          after: finding.after,
        };
        const seen = seenCorrections.get(key);
        if (seen) {
          // Keep the wording with figures ("14") over the one spelled out at a sentence start.
          if (!/\d/.test(seen.change.after ?? '') && /\d/.test(finding.after)) {
            seen.phrase = phrase;
            Object.assign(seen.change, change);
          } else seen.change.evidence.push(now.text);
          continue;
        }
        const entry = { phrase, change };
        seenCorrections.set(key, entry);
        changes.push(change);
        corrections.push(entry);
      }
    }
  }

  // The headline is read too: a fact put right there is a correction that names the headline.
  const headlineFix = headlineCorrection(
    older.headline,
    newer.headline,
    oldSentences.map((s) => s.text).join('\n'),
    newSentences.map((s) => s.text).join('\n'),
    otherMaterial,
    style,
  );
  if (headlineFix && !corrections.some((c) => c.change.after === headlineFix.after)) {
    const change: NoteChange = {
      type: 'corrected',
      description: headlineFix.phrase,
      sources: [],
      evidence: [newer.headline],
      before: headlineFix.before,
      after: headlineFix.after,
    };
    changes.push(change);
    corrections.push({ phrase: headlineFix.phrase, change });
  } else if (!headlineFix) {
    // A headline or deck rewritten with no fact put right is listed too, as the redline shows it:
    // the change list and the redline name the same changes, though it gives no note.
    // Rewritten to carry the news the body added ("Interstate 95 reopens" → "Fiery crash kills family
    // of 4"), it is part of the update, and listed so: a headline that only reads better is cosmetic.
    const addedWords = new Set(
      pairings
        .filter((p) => p.kind === 'added')
        .flatMap((p) => plainText(p.newer.text).split(/[^\p{L}\p{N}'’-]+/u))
        .filter((w) => w && !isStopword(w))
        .map(wordKey),
    );
    for (const [field, was, now] of [
      ['headline', older.headline, newer.headline],
      ['deck', older.deck ?? '', newer.deck ?? ''],
    ] as const) {
      if (was.trim() === now.trim() || !now.trim()) continue;
      const wasWords = new Set(
        plainText(was)
          .split(/[^\p{L}\p{N}'’-]+/u)
          .map(wordKey),
      );
      const news = plainText(now)
        .split(/[^\p{L}\p{N}'’-]+/u)
        .filter((w) => w && !isStopword(w) && !wasWords.has(wordKey(w)) && addedWords.has(wordKey(w)));
      const carriesNews = otherMaterial && news.length >= 2;
      changes.push({
        type: carriesNews ? 'added' : 'cosmetic',
        description: carriesNews ? `${field} rewritten with the news` : `${field} rewritten`,
        sources: [],
        evidence: [],
        before: was,
        after: now,
      });
    }
  }

  // The dateline is read too: the place a story was reported from, put right, is a correction.
  const dateline = datelineCorrection(older, newer);
  if (dateline) {
    const phrase = `gave an incorrect dateline. The story was reported from ${dateline.right}, not ${dateline.wrong}`;
    correct(phrase, [datelineOf(newer), dateline.right], dateline.wrong, dateline.right);
  }

  // What developed comes first; comments and details added with it follow.
  // Never invent: a part naming a word the article does not stand behind is left out (the last
  // wall; each part was grounded as it was built, this catches what tokenizing differently finds).
  // A wrong claim names what the old version said: its names stand in the sentences the fixes read,
  // so only a name in neither version is invented.
  const standsIn = (part: string) =>
    inventedNames(
      part.replace(WRONG_VALUE, '$1'),
      [
        newText,
        ...changes.filter((c) => c.type === 'corrected' || c.type === 'removed').flatMap((c) => [c.before ?? '', ...c.evidence]),
      ].join('\n'),
      style,
    ).length === 0;
  // "Officials revised an earlier count of 12." beside the new count it explains is told by that
  // count (readDevelopment's `around`): no "details on officials" of its own.
  const countedBlocks = new Set([...countsOfLine.keys()].map((k) => newSentences[k]?.block));
  const told = additions.filter((a) => !(countedBlocks.has(a.sentence.block) && revisesCount(a.sentence.text)));
  // (Additions are read first: a line that tells a development's figure with its source takes its place.)
  const addedParts = describeAdditions(told, ctx, oldCtx.articleText, style, changes, developments, options.date);
  const additionParts = [...oneNews(developments, style), ...addedParts, ...media.additions]
    .filter(standsIn)
    .map((part) => newsOpeningLowered(part, fill(style.templates.resolved, { what: '' }), newText));
  changes.push(...media.changes);
  const forced = options.kind;
  // A claim cut while nothing new was written in its place (only sentences reworded) was withdrawn:
  // a correction. Cut beside new sentences, it is a stale line of a running story.
  // (A line that foretold what the rewritten line tells done is overtaken, not withdrawn: forecast-overtaken.ts.)
  const newSentencesAdded = pairings.some(
    (p) => (p.kind === 'added' && !saysNothingNew(p.newer.text)) || (p.kind === 'edited' && forecastOvertaken(p.older.text, p.newer.text)),
  );
  const withdrawn =
    corrections.length === 0 &&
    forced !== 'update' &&
    (additionParts.length === 0 || forced === 'correction' || (!newSentencesAdded && developments.length === 0));
  // A claim cut out of a paragraph that otherwise stands (the sentences next to it kept), credited
  // to no one: withdrawn, even beside new material — a running story's stale
  // line is replaced where it stood, not cut from between lines that stay.
  const cutFromStandingParagraph = (sentence: Sentence) => {
    const around = oldSentences.filter((o) => o.block === sentence.block && Math.abs(o.index - sentence.index) === 1);
    return around.length > 0 && around.every((o) => newKeys.has(o.key));
  };
  // A new sentence standing where the cut one stood (between the same neighbours) rewrote the line:
  // the story moved on, and the new material says so.
  const oldKeys = new Set(oldSentences.map((o) => o.key));
  const replacedInPlace = (sentence: Sentence) => {
    const neighbour = (step: number) => {
      const o = oldSentences[sentence.index + step];
      return o && o.block === sentence.block ? newSentences.find((n) => n.key === o.key) : undefined;
    };
    const fresh = (n: Sentence | undefined, beside: Sentence) => !!n && n.block === beside.block && !oldKeys.has(n.key);
    const before = neighbour(-1);
    const after = neighbour(1);
    if (before && after) return newSentences.slice(before.index + 1, after.index).some((n) => !oldKeys.has(n.key));
    if (before) return fresh(newSentences[before.index + 1], before);
    return !!after && fresh(newSentences[after.index - 1], after);
  };
  const cutClaims =
    forced === 'update' || withdrawn
      ? []
      : removals.filter(
          (r) => !r.source && !saysNothingNew(r.sentence.text) && cutFromStandingParagraph(r.sentence) && !replacedInPlace(r.sentence),
        );
  const removalPhrases = withdrawn
    ? describeRemovals(removals, oldSentences, newText, oldCtx.articleText, style, changes)
    : [
        ...describeRemovals(cutClaims, oldSentences, newText, oldCtx.articleText, style, changes),
        ...recordRemovals(
          removals.filter((r) => !cutClaims.includes(r)),
          changes,
        ),
      ];

  const t = style.templates;
  // An update's parts told by what a reader learns: the added copy's clauses ranked (ranked-news.ts).
  // (Read against the copy as printed too, dateline and all: a run copied from it is copied.)
  const printed = `${newer.headline}\n${bodyPlainText(newer)}`;
  const readsAsNews = (part: string) =>
    standsIn(part) &&
    [newsAsSentence('update', part, t.correctionLead), part].every((text) =>
      [newText, printed].every((copy) => !checkNoteGrammar(endSentence(capitalizeFirst(text)), copy).length),
    );
  const updateParts = () =>
    rankedParts(
      additionParts,
      rankedClauses(
        told.map((a) => ({
          text: a.sentence.text,
          before: ctx.sentences
            .filter((s) => s.index < a.sentence.index)
            .map((s) => s.text)
            .join('\n'),
          speaker: a.source && grounded(a.source.name, newText) ? a.source.name : '',
        })),
        oldCtx.articleText,
        ctx.articleText,
        t,
        options.date,
      )
        // (Told in the first form the note check passes; a clause it refuses in every form is passed
        // over for the next: the last guard, as for the lead.)
        .map((r) => toldRanked(r, (clause) => readsAsNews(fill(t.resolved, { what: clause }))))
        .filter((r) => r.clause),
      t,
      told.map((a) => a.sentence.text).join('\n'),
      ctx.articleText,
    );

  let kind: ProposedNote['kind'] = 'none';
  let text = '';
  const correctionPhrases = [...corrections.map((c) => c.phrase), ...media.corrections, ...removalPhrases].filter(standsIn);
  if (forced === 'update' && (correctionPhrases.length > 0 || additionParts.length > 0)) {
    // The desk says it is an update: new material, or else what the fixed sentences are about.
    kind = 'update';
    const about = [
      ...new Set(
        corrections
          .map((c) => subjectPhrase(c.change.evidence[0] ?? '', newText))
          .filter((topic) => topic && isCleanTopic(topic) && grounded(topic, newText)),
      ),
    ];
    const parts = additionParts.length
      ? updateParts()
      : [about.length ? fill(t.details, { topics: joinList(about.slice(0, 2), style) }) : 'revised details'];
    text = endSentence(capitalizeFirst(joinList(fitParts(parts, style), style)));
  } else if (forced === 'correction' && correctionPhrases.length === 0 && additionParts.length > 0) {
    // The desk says a fact was wrong though only additions were found: name what the change is about.
    kind = 'correction';
    const subject = additions
      .map((a) => subjectPhrase(a.sentence.text, newText))
      .find((topic) => topic && isCleanTopic(topic) && grounded(topic, newText));
    text = endSentence(`${t.correctionLead} ${fill(t.misstatedDetail, { what: subject ?? 'the events described' })}`);
  } else if (correctionPhrases.length > 0) {
    kind = 'correction';
    text = firstGrammatical(correctionFallbacks(correctionPhrases, additionParts, style, newText), newText);
  } else if (additionParts.length > 0) {
    kind = 'update';
    text =
      onlyMedia(additionParts, media) && style.form !== 'uk'
        ? media.alone
        : firstGrammatical(updateFallbacks(updateParts(), style, newText), newText);
  }
  // Printed by the one note formatter, in the house's form (AP label, wire brackets, UK sentence).
  const note = kind === 'none' ? '' : formatNote({ kind, date: options.date, text }, style).line;
  return { kind, note, text, changes, redline: { summary: summarizeDiff(diff), stats: diff.stats } };
}

/** "the news that A" and "the news that B" are one part: "the news that A and that B" (three, "A, that B and that C"). */
function oneNews(parts: string[], style: HouseStyle): string[] {
  const lead = fill(style.templates.resolved, { what: '' });
  const news = parts.filter((p) => lead && p.startsWith(lead));
  // ("… EA 198 engines, Müller said, and details on …": a credit closing the first of two parts is set off.)
  const setOff = (list: string[]) => (list.length === 2 && CLOSING_CREDIT.test(list[0]!) ? [`${list[0]},`, list[1]!] : list);
  if (news.length < 2) return setOff(parts);
  // Three read as a list: "the news that A, that B and that C".
  // "… lifted at 6 p.m." keeps the stop of its abbreviation inside the list.
  const stopped = (p: string) => (endsInAbbreviation(p) ? `${p}.` : p);
  // ("… 51 percent of its flights, FlightAware said, and that …": a credit closing the next-to-last clause is set off.)
  const items = [stopped(news[0]!), ...news.slice(1).map((p) => stopped(`that ${p.slice(lead.length)}`))].map((p, k, all) =>
    k === all.length - 2 && CLOSING_CREDIT.test(p) ? `${p},` : p,
  );
  const merged = joinList(items, style).replace(/\s+/g, ' ');
  return setOff([merged, ...parts.filter((p) => !news.includes(p))]);
}

/** A clause closed by its credit: "…, Müller said". */
const CLOSING_CREDIT = /,\s[^,]+\s(?:said|says)$/;

/**
 * The first wording that passes the grammar check (grammar.ts), else the first: each part was built
 * to read well, and this is the last guard for the one that does not ("details on" a clause cut
 * short, a right fact that copies the article). Later candidates say less, never more.
 */
/** A correction's phrase ("misstated …. It is …") passes the note check as its lead would print it. */
function passesCheck(phrase: string, articleText: string): boolean {
  return checkNoteGrammar(endSentence(`An earlier version of this article ${phrase}`), articleText).length === 0;
}

export function firstGrammatical(candidates: string[], articleText: string): string {
  return candidates.find((c) => checkNoteGrammar(c, articleText).length === 0) ?? candidates[0]!;
}

/**
 * An update as built; then without any part that credits no one (creditProblems); then with plain
 * "additional details" for any topic; then fewer parts; then "Additional details."
 */
export function updateFallbacks(parts: string[], style: HouseStyle, articleText = ''): string[] {
  // Fitted first, then two "the news that …" joined ("the news that A and that B").
  const sentence = (list: string[]) => endSentence(capitalizeFirst(joinList(oneNews(fitParts(list, style), style), style)));
  const credited = parts.filter((p) => creditProblems(p, articleText).length === 0);
  if (credited.length) parts = credited;
  const plain = [...new Set(parts.map((p) => (p.startsWith('details on ') ? 'additional details' : p)))];
  // Each part judged alone: a topic that does not read well is plain "additional details", any
  // other such part is dropped — one bad credit must not take the news and the topics down with it.
  const reads = (p: string) => checkNoteGrammar(sentence([p]), articleText).length === 0;
  const sound = [
    ...new Set(
      parts
        .map((p) =>
          reads(p)
            ? p
            : p.startsWith('details on ')
              ? 'additional details'
              : // The same fact told another way first (shorter-tellings.ts), then only who told it.
                (shorterTellings(p, articleText).find(reads) ?? creditAlone(p, reads)),
        )
        .filter(Boolean),
    ),
  ];
  const out = [sentence(parts), ...(sound.length ? [sentence(sound)] : []), sentence(plain)];
  for (let n = plain.length - 1; n >= 1; n--) out.push(sentence(plain.slice(0, n)));
  out.push(sentence(['additional details']));
  return out;
}

/** A sentence's letters and figures alone, in lower case: two that match differ only by marks and spaces. */
function lettersOnly(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * "a statement from the Harbour Trust that it plans to hold …" whose clause does not pass the
 * check (it copies the article, or was cut short) keeps its credit: "a statement from the Harbour
 * Trust" says more than "additional details", which is all that would be left. Empty when the part
 * credits no one or the credit alone does not read.
 */
function creditAlone(part: string, reads: (p: string) => boolean): string {
  const m = /^((?:an? |additional |the )?(?:statements?|comments?|report|confirmation|announcement|remarks)\s+from\s+.+?)\s+that\s/.exec(
    part,
  );
  return m && reads(m[1]!) ? m[1]! : '';
}

/** " percent" when the right fact says "It is 55 percent" and the wrong value is a bare "45": the unit is told both ways. */
function unitToo(phrase: string, wrong: string): string {
  const unit = /\d\s+(\p{Ll}+)$/u.exec(phrase)?.[1];
  return unit && /^[\d.,]+$/.test(wrong) && (unit === 'percent' || unitOfWord(unit)) ? ` ${unit}` : '';
}

/** "late " when the right fact says "It was late 2024" and the old line printed "late 2023"; '' otherwise. */
function partOfYearToo(phrase: string, wrong: string, older: string): string {
  const part = /\bIt (?:is|was) (late|early|mid-) ?\S+$/.exec(phrase)?.[1];
  if (!part) return '';
  const printed = new RegExp(`\\b${part}\\s*${escapeRegExp(wrong)}`, 'i').exec(plainText(older));
  return printed ? printed[0].slice(0, printed[0].length - wrong.length).toLowerCase() : '';
}

/** A correction as built; then without what was also added; then without the right fact; then its first fix alone; then a fix named by category. */
function correctionFallbacks(phrases: string[], additions: string[], style: HouseStyle, articleText = ''): string[] {
  const heads = phrases.map((p) => headOf(p).replace(/\.$/, ''));
  // Last, the fix named by category, keeping its right fact ("It is March 21, not March 14").
  const generic = fill(style.templates.misstatedDetail, { what: 'the events described' });
  const fact = phrases[0]!.slice(heads[0]!.length).replace(/^\.\s*/, '');
  const last = [correctionText([fact ? `${generic}. ${fact}` : generic], [], style), correctionText([generic], [], style)];
  return [
    correctionText(phrases, additions, style),
    correctionText(phrases, [], style),
    // ("where Ana Ruiz got a heat pump installed in her new home" copies the line: the deed without its place phrase, event-cut-short.ts.)
    ...(phrases.length === 1 ? eventCutShort(phrases[0]!).map((p) => correctionText([p], [], style)) : []),
    // ("misstated where Ama Osei spoke." would drop the right place: its kind keeps it, right-fact-kept.ts.)
    // (Only where the head alone passes the check, the one case in which it would print without its fact.)
    ...(phrases.length === 1 && passesCheck(heads[0]!, articleText)
      ? [kindWithRightFact(phrases[0]!)].filter(Boolean).map((p) => correctionText([p], [], style))
      : []),
    correctionText(heads, [], style),
    correctionText(heads.slice(0, 1), [], style),
    // ("misstated the number of buses that it." → "misstated the number of buses. …": the counted
    // noun without a clause that does not read says more than a fix named by category.)
    ...[withoutRelative(phrases[0]!)].filter((p) => p !== phrases[0]).map((p) => correctionText([p], [], style)),
    ...last,
  ];
}

/** A head "the number of buses that …" cut before its relative clause, the right fact kept; as it was when it has none. */
function withoutRelative(phrase: string): string {
  const head = headOf(phrase).replace(/\.$/, '');
  const m = /^(misstated the \p{L}+ of [\p{L}\d'’ -]+?)\s+(?:that|which|who|whose)\s.*$/u.exec(head);
  return m ? `${m[1]}${phrase.slice(head.length)}` : phrase;
}

/**
 * A correction phrase's first sentence — what was wrong — before the right fact: split as the notes
 * read sentences, so initials ("J. R. R. Smith") and abbreviations ("St. Luke's") end none.
 */
function headOf(phrase: string): string {
  const first = splitSentences(phrase)[0] ?? phrase;
  return phrase.startsWith(first) ? first : phrase;
}

/** Words of a note after its label, and the most a note may have (see grammar.ts). */
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** As many of the parts as fit in a note: the first ones, which name the most material. */
function fitParts(parts: string[], style: HouseStyle, budget = MAX_NOTE_WORDS - 2): string[] {
  const kept = parts.slice();
  while (kept.length > 1 && wordCount(joinList(kept, style)) > budget) kept.pop();
  return kept;
}

/**
 * A correction in one or two sentences: "An earlier version … misstated X. It is Y, not Z." One
 * fix keeps its right fact; several are joined in one sentence ("misstated X and misspelled Y");
 * material added in the same revision closes the second sentence.
 */
function correctionText(phrases: string[], additions: string[], style: HouseStyle): string {
  const t = style.templates;
  let heads = phrases.map((p) => headOf(p).replace(/\.$/, ''));
  const facts = phrases.map((p, k) =>
    p
      .slice(heads[k]!.length)
      .replace(/^\.\s*/, '')
      .replace(/\.$/, ''),
  );
  // Of several fixes, the one right fact that names what it is about ("The correct title is …")
  // is kept, its fix read last; an "It is …" would not say which fix it belongs to.
  const given = facts.filter(Boolean);
  // (So is a fact that names its person: "Parolin is the secretary of state, not …", both-posts.ts.)
  const namesItsSubject = (f: string) =>
    /^The correct \p{L}+ is\b/u.test(f) || /^(?!It\b)\p{Lu}[\p{L}'’-]+ (?:is|was) (?:the|an?)\b.*, not\b/u.test(f);
  const fact = phrases.length === 1 ? facts[0]! : given.length === 1 && namesItsSubject(given[0]!) ? given[0]! : '';
  if (phrases.length > 1 && fact) {
    const at = facts.indexOf(fact);
    heads = [...heads.filter((_, k) => k !== at), heads[at]!];
  }
  const also = additions.length
    ? fill(t.alsoUpdated, { additions: joinList(fitParts(additions, style, 16), style) }).replace(/\.$/, '')
    : '';
  let lead = `${t.correctionLead} ${joinList(sharedVerb(heads), style)}`;
  for (let n = heads.length; n > 1 && wordCount(lead) > 30; n--)
    lead = `${t.correctionLead} ${joinList(sharedVerb(heads.slice(0, n - 1)), style)}`;
  // "… not 10:30 p.m.; it has also been updated …": an abbreviation keeps its stop before the semicolon.
  const second = fact && also ? `${fact}${endsInAbbreviation(fact) ? '.' : ''}; ${also[0]!.toLowerCase()}${also.slice(1)}` : fact || also;
  const full = second ? `${endSentence(lead)} ${endSentence(second)}` : endSentence(lead);
  if (wordCount(full) <= MAX_NOTE_WORDS) return full;
  // Too long for a note: the fix alone, then its right fact alone.
  const shorter = fact ? `${endSentence(lead)} ${endSentence(fact)}` : endSentence(lead);
  return wordCount(shorter) <= MAX_NOTE_WORDS ? shorter : endSentence(lead);
}

/** "misstated a name and misstated the year …" → "misstated a name and the year …": one verb for fixes of one kind. */
function sharedVerb(heads: string[]): string[] {
  return heads.map((h, k) => {
    const verb = h.split(' ')[0]!;
    return k > 0 && heads[k - 1]!.split(' ')[0] === verb && /^mis\p{Ll}+ed$/u.test(verb) ? h.slice(verb.length + 1) : h;
  });
}

/** "Fourteen" and "14" are the same fix. */
function numberValue(text: string): string {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => String(numberWordValue(w) ?? w.replace(/,/g, '')))
    .join(' ');
}

function endSentence(text: string): string {
  const t = text.trim();
  if (/[.!?]["”’]?$/.test(t)) return t;
  // A sentence that closes on a quotation takes its full stop inside the quote marks (AP).
  return /["”]$/.test(t) ? `${t.slice(0, -1)}.${t.slice(-1)}` : `${t}.`;
}

/** Groups added sentences into the note's parts: comments by source, media descriptions, other details. */
/** "said in a statement", "posted a small statement", "issued a statement": words the source put out. */
const ISSUED_STATEMENT =
  /\b(?:in an? (?:\p{L}+\s+)?(statement)|(?:posted|issued|released|put out|published|sent)\s+(?:an?|its)\s+(?:\p{L}+\s+)?(statement|response|reply|rebuttal))\b/iu;

/** A source explaining, as its speech verb: "X explains that …", "X explained how …". */
const EXPLAINS = /\b(?:explains|explained|explaining)\s+(?:that|how|why|what)\b/i;

/** A topic with no name and no figure (digits or words) of its own: "the email", "the best information". */
function plainTopic(topic: string): boolean {
  return (
    /^(?:the|a|an|this|that|its|their|his|her)\s/i.test(topic) &&
    !topic.split(/\s+/).some((w) => isNumberToken(w.replace(/[,.;:]$/, ''))) &&
    !topic.split(/\s+/).some((w, k) => /^\p{Lu}/u.test(w) && !(k === 0 && /^(?:The|A|An)$/.test(w)))
  );
}

/** Where a topic's complement starts: "the death toll | from a landslide" is about the death toll. */
const COMPLEMENT_START = /\s(?:of|from|for|on|about|in|over|after|like)\s/;

/** A name or a figure in a topic: a capitalized word after its first, or a number ("Route 9", "DC Shelves …"). */
function carriesName(topic: string): boolean {
  return topic
    .split(/\s+/)
    .some(
      (w, k) =>
        (k > 0 && /^\p{Lu}/u.test(w)) ||
        (k === 0 && /^\p{Lu}\p{L}*\p{Lu}|^\p{Lu}\p{Ll}+$/u.test(w) && !/^(?:The|A|An)$/.test(w)) ||
        isNumberToken(w.replace(/[,.;:]$/, '')),
    );
}

/** A clause that states a fact with "be" (a state, a finding, whose a thing was), not an action told as colour. */
const STATED = /\b(?:is|are|was|were)\b/i;

/** A modal of what may yet happen, in what a source said (reported-plans.ts tells a plan from a guess). */
const FORECAST_SAID = /\b(?:would|could|may|might|should)\b/i;
/** A clause that tells what did not happen or is not known says no fact of the added line. */
const NEGATED_CLAUSE = /\b(?:not|no|never|nothing|unclear|unknown)\b/i;

/** A passive in the past: a thing done to the subject ("the round was led by …", "the plant was sold"). */
const DONE_TO = /\b(?:was|were|had been|has been|have been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn|ung|ought|old|ld|nt|ne)\b/u;
/** Developments told after the lead, at most: with the lead, the three a 40-word note can carry. */
const MORE_NEWS = 2;

/** A state the story has moved past ("earlier the death toll stood at 33") is background, not a second development. */
const EARLIER_STATE = /\b(?:earlier|previously|initially|originally|at first|before that)\b/i;

/** "… said they", "… said their": a group speaking of itself. */
const SAID_OF_THEMSELVES = /\b(?:said|say|says|told|reported)\s+(?:that\s+)?(?:they|their|them)\b/i;
/** "Workers at Hale Foods", "residents of Elm Park": a group that speaks for itself (attribution.ts membersOf). */
const groupSpoke = (source: Source | null | undefined) => source?.kind === 'description' && !!membersOf(source.raw);

/**
 * A line about a video, photos or a post on a named platform: described as media, never told as
 * news. A "post" with no platform named ("identified as the source of the post") is only a word
 * of the line, whose news is told as any other's.
 */
function mediaLine(sentence: string): boolean {
  const mention = mediaMention(sentence);
  return !!mention && (mention.medium !== 'post' || !!mention.platform);
}

function describeAdditions(
  additions: Addition[],
  ctx: AttributionContext,
  olderText: string,
  style: HouseStyle,
  changes: NoteChange[],
  developments: string[] = [],
  noteDate = '',
): string[] {
  const newsTold = developments.length > 0;
  const t = style.templates;
  const text = ctx.articleText;
  // A caption pasted into the copy (its paragraph closes on a photo credit) is furniture: no
  // news, no source, no topic ("details on … and Fethi Belaid" named the photographer).
  const paragraphs = new Map<number, string>();
  for (const sentence of ctx.sentences) paragraphs.set(sentence.block, `${paragraphs.get(sentence.block) ?? ''} ${sentence.text}`);
  additions = additions.filter((a) => !isCaptionFurniture(paragraphs.get(a.sentence.block) ?? a.sentence.text));
  // A clause put into an edited line says what the revision added ("… to reflect that the
  // Technology Policy Institute counts Facebook among its donors"): told first, as the news.
  const insertedParts: string[] = [];
  additions = additions.filter((a) => {
    if (!a.inserted) return true;
    const told = compressClause(a.sentence.text, text);
    const before = ctx.sentences
      .filter((s) => s.index < a.sentence.index)
      .map((s) => s.text)
      .join('\n');
    if (told) told.clause = placedPronoun(told.clause, before, text);
    const phrase = told ? fill(t.resolved, { what: told.clause }) : '';
    if (!told || !grounded(told.clause, text) || copiedFragment(phrase, text)) return true;
    insertedParts.push(phrase);
    changes.push({ type: 'added', description: phrase, sources: [], evidence: [a.sentence.text] });
    return false;
  });
  // What happened, said first: the lead development among the added lines, as a short clause
  // (news-clause.ts), unless a development of the edited lines already tells the news. A photo or
  // video line is described as media, never told as news.
  const articleBefore = (sentence: Sentence) =>
    ctx.sentences
      .filter((s) => s.index < sentence.index)
      .map((s) => s.text)
      .join('\n');
  const candidate = leadDevelopment(
    // A statement's news is told as the statement's ("a statement from X that …", below).
    // A source's count of its own ("X says it has 42,000 customers") is told by its figure, below.
    // A quoted headline ("“Six people killed …”") tells its news as a clause ("six people were killed …").
    // People who speak of themselves ("workers at Hale Foods said they …") gave comments, credited below.
    additions.map((a) =>
      mediaLine(a.sentence.text) ||
      ISSUED_STATEMENT.test(a.sentence.text) ||
      statedCount(a.sentence.text) ||
      (groupSpoke(a.source) && SAID_OF_THEMSELVES.test(plainText(a.sentence.text)))
        ? ''
        : // "He was arrested …": the one person in reach named in the pronoun's place (pronoun-subject.ts).
          quotedHeadline(a.sentence.text) ||
          // "'A man has been charged,' police said": an act announced in a quotation is news (quoted-action.ts).
          quotedAction(a.sentence.text) ||
          // '"…," Ruiz said after the board voted to close the school': the deed the quotation answered (quote-occasion.ts).
          quoteOccasion(a.sentence.text) ||
          pronounNamed(a.sentence.text, articleBefore(a.sentence), text),
    ),
    olderText,
    text,
    noteDate,
  );
  // A development of the edited lines already tells the news; an added line telling the same
  // figure ("the death toll had risen to 14", beside a lead whose toll went to 14) is where it came
  // from, and tells it whole, with its source, in the development's place.
  const sameFigure = candidate && newsTold ? restatedDevelopment(candidate.clause, developments, changes) : -1;
  const lead = !newsTold || sameFigure >= 0 ? candidate : null;
  let leadAddition = lead && grounded(lead.clause, text) ? additions[lead.index]! : null;
  // '"A man has been charged," police said': the quotation's speaker, read off the line as reported speech.
  if (leadAddition && !leadAddition.source) {
    const who = attributionOf(quotedAction(leadAddition.sentence.text));
    if (who?.form === 'phrase') leadAddition.source = sourceFromRaw(who.raw, text, ctx.personNames);
  }
  // A pronoun the note's reader cannot place ("an inquest into her death") is named from the article.
  const textBefore = (sentence: Sentence) =>
    ctx.sentences
      .filter((s) => s.index < sentence.index)
      .map((s) => s.text)
      .join('\n');
  if (lead && leadAddition) lead.clause = placedPronoun(lead.clause, textBefore(leadAddition.sentence), text);
  // Credited only when the sentence itself says who told it ("X confirmed …", "…, police said"),
  // and only to a source with a name: "several reports' report" and "a top police official" (an
  // indefinite speaker) credit no one.
  const leadSource =
    lead?.verb &&
    leadAddition?.source &&
    (leadAddition.source.kind !== 'description' ||
      COLLECTIVE_SOURCE.test(leadAddition.source.name) ||
      groupSpoke(leadAddition.source) ||
      describedBody(leadAddition.source) ||
      namedOwner(leadAddition.source)) &&
    !/^an?\s/i.test(leadAddition.source.raw) &&
    grounded(leadAddition.source.name, text)
      ? leadAddition.source
      : null;
  // An institution takes "the" when the article writes it so ("the Harbor Ministry said"): "the
  // Harbor Ministry's report that …"; a list of sources keeps the seed's bare names.
  // "Klarna said it has …" was read with the speaker as its subject: credited, an institution is
  // "it" again; anyone else is told as the news, their name already standing in it.
  const speakerOpens = (name: string) => new RegExp(`^(?:the\\s+)?${escapeRegExp(name)}(?=\\s|['’]s?\\s)`, 'i');
  const leadWording = (who: string) =>
    !lead
      ? ''
      : !leadSource ||
          ((leadSource.kind !== 'institution' || opensOnOwner(leadSource.name, lead.clause)) &&
            speakerOpens(leadSource.name).test(lead.clause))
        ? fill(t.resolved, { what: lead.clause })
        : // "Downing Street said …": a government's word is its statement, not a report (official-voice.ts).
          lead.verb !== 'confirmed' && (speaksOfficially(leadSource.name, text) || namedOwner(leadSource))
          ? `${fill(t.statement, { source: withArticle(who, text) })} that ${lead.clause.replace(speakerOpens(leadSource.name), 'it')}`
          : fill(
              lead.verb === 'confirmed'
                ? t.confirmedThat
                : COLLECTIVE_SOURCE.test(who) || groupSpoke(leadSource) || describedBody(leadSource)
                  ? t.reportFromThat
                  : t.reportedThat,
              {
                source: COLLECTIVE_SOURCE.test(who) ? who.toLowerCase() : leadSource.kind === 'institution' ? withArticle(who, text) : who,
                what: lead.clause.replace(speakerOpens(leadSource.name), 'it'),
              },
            );
  // The last guard: a clause that does not read as a note's sentence is not told, and its line is
  // read like any other.
  if (leadAddition && checkNoteGrammar(endSentence(capitalizeFirst(leadWording(leadSource?.name ?? ''))), text).length) leadAddition = null;
  if (sameFigure >= 0 && leadAddition) developments.splice(sameFigure, 1);
  // "Police arrested a 34-year-old man. He was charged with …": right after a lead that names a
  // person, the line's "he" or "she" is that person, and the note may tell it so.
  // So may the lines after that one in the same paragraph, while each line between speaks of the
  // same "he" or "she" ("He was charged … He was then reunited with …"). A lead whose subject is a
  // person's name ("Dana Ortiz was arrested") names a person as "a 34-year-old man" does.
  // So does a lead that names one person only, as its object ("a jury found Brandt guilty"): a
  // "she" on the next line ("She will be sentenced in six weeks") can be no one else.
  const leadNamesPerson =
    !!lead && (NAMES_PERSON.test(lead.clause) || personSubject(lead.clause, text) || onePersonNamed(lead.clause, text));
  // A lead that names someone "also" or "too" arrested adds a person to a story of others, and a
  // "he" or "she" the old version already used may be one of them: the pronoun lines are not told.
  const pronounOf = (sentence: Sentence) => /^(?:[^,]{0,40},\s+)?(he|she)\b/i.exec(plainText(sentence.text))?.[1]?.toLowerCase();
  const leadIsAnother = !!lead && /\b(?:also|too|as well)\b/i.test(plainText(leadAddition?.sentence.text ?? ''));
  const afterLead = (sentence: Sentence | undefined) => {
    if (!sentence || !lead || !leadAddition || !leadNamesPerson || leadIsAnother) return false;
    const own = pronounOf(sentence);
    if (own && new RegExp(`\\b${own}\\b`, 'i').test(olderText)) return false;
    const from = leadAddition.sentence.index;
    if (sentence.index === from + 1) return true;
    const pronoun = /^(?:[^,]{0,40},\s+)?(he|she)\b/i.exec(plainText(sentence.text))?.[1]?.toLowerCase();
    if (!pronoun || sentence.block !== leadAddition.sentence.block || sentence.index <= from) return false;
    const between = ctx.sentences.filter((s) => s.index > from && s.index < sentence.index);
    const same = new RegExp(`\\b${pronoun}\\b`, 'i');
    return between.length <= 2 && between.every((s) => s.block === sentence.block && same.test(s.text));
  };
  const media: { sentences: Sentence[]; platform: string; medium: string; subject: string; poster: Source | null }[] = [];
  const comments = new Map<string, { source: Source; sentences: Sentence[] }>();
  const details: { topic: string; sentence: Sentence }[] = [];
  /** A topic for "details on …": a clean noun phrase the article stands behind, naming something. */
  const goodTopic = (topic: string) =>
    !!topic &&
    !VAGUE_SUBJECT.test(topic) &&
    !namesNothing(topic) &&
    !addressesReader(topic) &&
    isCleanTopic(topic) &&
    grounded(topic, text) &&
    // "truly well done": a topic names a thing, so it has a noun.
    tagged(topic).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN');
  for (const addition of additions) {
    // (A quotation answering the lead's deed stays its speaker's comments: quote-occasion.ts.)
    if (addition === leadAddition && !quoteOccasion(addition.sentence.text)) continue;
    // The lead's news said again (a wire line repeated with its credit) adds nothing to name.
    if (leadAddition && lead && toldNews(addition.sentence.text, olderText, text)?.clause === lead.clause) continue;
    const mention = mediaMention(addition.sentence.text);
    if (mention && mediaLine(addition.sentence.text)) {
      const last = media[media.length - 1];
      const adjacent =
        last && last.sentences.some((s) => Math.abs(s.index - addition.sentence.index) <= 1 || s.block === addition.sentence.block);
      if (last && adjacent) {
        last.sentences.push(addition.sentence);
        last.platform ||= mention.platform;
        last.subject ||= mention.subject;
        last.poster ??= addition.source;
      } else {
        media.push({
          sentences: [addition.sentence],
          platform: mention.platform,
          medium: mention.medium,
          subject: mention.subject,
          poster: addition.source,
        });
      }
      continue;
    }
    // "The Vale Front has said it was behind the raid": a speaker the attribution reader missed is
    // read off the sentence's verb of saying (said-news.ts), so its words are told, not its name as a
    // topic; so is one it cut mid-word ("the so-" of "the so-called Vale Front").
    if (!addition.source || /[-–]$/.test(addition.source.raw.trim()))
      addition.source = creditedSpeaker(addition.sentence.text, text, ctx.personNames) ?? addition.source;
    // "Police said …" names police though only the sentence's start capitalizes it.
    // "Pike's brother" is checked by the name it opens on.
    // ("a lawyer for Petrakis" is checked by its noun, not its article.)
    const who =
      addition.source?.name
        .replace(/^(?:the|an?)\s+/i, '')
        .split(' ')[0]!
        .replace(/['’]s$/, '') ?? '';
    const body =
      addition.source?.kind === 'description' &&
      (COLLECTIVE_SOURCE.test(addition.source.name.split(' ').at(-1)!) || groupSpoke(addition.source));
    if (addition.source && (mentions(text, who) || (body && mentions(text, capitalizeFirst(who))))) {
      const key = addition.source.name;
      const entry = comments.get(key) ?? { source: addition.source, sentences: [] };
      entry.sentences.push(addition.sentence);
      comments.set(key, entry);
      continue;
    }
    // One topic a paragraph: the sentences after the first usually go on about the same thing;
    // when the first names nothing ("things seemed to be returning to normal"), the next may.
    const named = details.some((d) => d.sentence.block === addition.sentence.block && goodTopic(d.topic));
    // A line that speaks to the audience ("Thanks to everyone who …") has no subject to name.
    // ("She said the pool would reopen", with no "she" the story names: what she said is the subject.)
    const own =
      named || addressesReader(addition.sentence.text)
        ? ''
        : subjectPhrase(withoutFurniture(plainText(addition.sentence.text).trim()).replace(PRONOUN_SAID, ''), text);
    // A line a development already tells whole (an edited line read as news) is no topic of its own.
    const toldWhole = developments.length ? compressClause(addition.sentence.text, text)?.clause : '';
    if (toldWhole && developments.some((d) => d.toLowerCase().endsWith(toldWhole.toLowerCase()))) continue;
    details.push({ topic: own, sentence: addition.sentence });
  }

  const parts: string[] = [...insertedParts];
  // Where further developments go: after the lead, before bare credits, media and topics — a fact
  // outranks a credit or a colour line when the word budget drops parts from the end.
  let newsAt = parts.length;
  // A person new to the story, whom the article introduces by role ("Redwood Research CEO Buck
  // Shlegeris"), is introduced so in the note too, as newsrooms' notes do: the note's reader meets
  // them there first. Since round 24 so is one the old copy already quoted: the note sits above the
  // story, where a surname alone names no one; named without a role, the full name the article gives
  // ("Comments from Vance" → "Comments from Cy Vance"); one of several voices keeps the surname.
  const introduce = (name: string, kind: Source['kind']) => {
    if (kind !== 'person') return name;
    const full = name.includes(' ') ? '' : surnameInFull(name, text);
    const named = full && grounded(full, text) ? full : name;
    // ("Secretary of State Lena Moss": read whole, title word and all; titled-of-name.ts.)
    const introduced = withTitleOf(introducedAs(name.split(/\s+/).at(-1)!, text), text);
    // "Inspector General of Police Komal Singh Bam": a title's tail after "of" is no introduction;
    // nor are words from another line (a headline's last word before a paragraph's first name).
    const printed = introduced ? escapeRegExp(introduced).replace(/ /g, '[ \\t]+') : '';
    const whole = !!introduced && new RegExp(`(?<!\\bof\\s+)\\b${printed}`, 'iu').test(text);
    return introduced && whole && startsItsRun(introduced, text) && grounded(introduced, text) ? introduced : named;
  };
  if (lead && leadAddition) {
    // The source's other lines that quote no one are part of what it told; its quotations stay
    // "additional comments from …", as the house's notes credit remarks.
    const entry = leadSource ? comments.get(leadSource.name) : undefined;
    const quoted = entry?.sentences.filter((s) => /["“”]/.test(s.text)) ?? [];
    if (entry && !quoted.length) comments.delete(leadSource!.name);
    else if (entry) entry.sentences = quoted;
    // Among several voices each is named short, as a list reads. The lead's own quotations beside
    // it name no one else: the lead, read first, introduces its source, and the comments that
    // follow name them short (a budget that drops the comments keeps the introduction).
    const alone = [...comments.keys()].every((name) => name === leadSource?.name);
    const phrase = leadWording(leadSource ? (alone ? introduce(leadSource.name, leadSource.kind) : leadSource.name) : '');
    parts.push(phrase);
    newsAt = parts.length;
    // The record keeps who the line came from even when the note credits no one by name ("a top
    // police official says …" is told as the news, but it is still that official's).
    const from = leadSource ?? (lead.verb && leadAddition.source && grounded(leadAddition.source.name, text) ? leadAddition.source : null);
    changes.push({
      type: 'added',
      description: phrase,
      sources: from ? [from.name] : [],
      evidence: [
        leadAddition.sentence.text,
        ...(entry && !quoted.length ? entry.sentences.map((s) => s.text) : []),
        // "He was arrested …" told as "Dunmore was arrested …": the line that names him is where the
        // name came from (pronoun-subject.ts reads the two sentences before).
        // (pronounNamed gives the sentence back unchanged when it names no one: then nothing before is evidence.)
        ...(pronounNamed(leadAddition.sentence.text, articleBefore(leadAddition.sentence), text) !== leadAddition.sentence.text
          ? articleBefore(leadAddition.sentence).split('\n').slice(-2)
          : []),
      ],
    });
  }
  // A poster's own words about the video belong to its description, as the seed's note reads.
  const posters = new Set(media.map((m) => m.poster?.name).filter(Boolean));
  for (const [name, entry] of comments) {
    if (posters.has(name)) {
      const item = media.find((m) => m.poster?.name === name)!;
      item.sentences.push(...entry.sentences);
      comments.delete(name);
    }
  }
  // "The council voted … They said …": the sentence that introduces a source is part of its comments.
  for (let k = details.length - 1; k >= 0; k--) {
    const detail = details[k]!;
    const owner = [...comments.values()].find(
      (c) => c.sentences.some((s) => s.block === detail.sentence.block) && detail.topic && mentions(detail.topic, c.source.name),
    );
    if (owner) {
      owner.sentences.unshift(detail.sentence);
      details.splice(k, 1);
    }
  }
  const credited = [...comments.keys()];
  // A source that only confirmed named things: what it confirmed is the addition, not "comments".
  for (const [name, entry] of comments) {
    const what = entry.sentences.length === 1 ? confirmedThings(entry.sentences[0]!.text) : '';
    // "… who confirmed that the voice belongs to Ames": the short fact confirmed is the news.
    const fact = what ? '' : entry.sentences.map((s) => confirmedClause(s.text)).find(Boolean);
    const phrase = what ? fill(t.confirmation, { source: name, what }) : fact ? fill(t.confirmedThat, { source: name, what: fact }) : '';
    if (!phrase || !grounded(name, text) || !grounded(phrase, text) || copiedFragment(phrase, text)) continue;
    parts.push(phrase);
    changes.push({ type: 'added', description: phrase, sources: [name], evidence: entry.sentences.map((s) => s.text) });
    comments.delete(name);
  }
  const statements: string[] = [];
  const statementChanges: NoteChange[] = [];
  // Words a source issued as a statement are named so, as wire notes do ("Updates with statement
  // from …"): what was added is the statement, not remarks made to the reporter.
  // What a source's own words are about: their most salient new noun phrase (topics.ts), not the
  // source itself nor the statement or post that carried them.
  const aboutTopic = (sentences: Sentence[], name: string): string => {
    // ("Hollande's office": its owner's name is its own too.)
    const own = name
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.replace(/['’]s?$/, ''));
    const [top] = pickTopics(
      salientTopics(
        sentences.map((s) => s.text),
        olderText,
        text,
      ).filter(
        (c) =>
          goodTopic(c.text) &&
          !own.some((w) => mentions(c.text, w)) &&
          !/\b(?:statement|notice|post|update|interview|tweet|comments?|remarks?)s?$/i.test(c.text) &&
          !ISSUED_NOUN.test(c.text),
      ),
      1,
      8,
    );
    // Only a thing new to the article is what the words were about ("two public forums").
    return top?.freshHead ? top.text : '';
  };
  for (const [name, entry] of comments) {
    if (!entry.sentences.some((s) => ISSUED_STATEMENT.test(s.text)) || !grounded(name, text)) continue;
    // "a statement from X that the outage was resolved": what the statement settled is its news.
    const lead = fill(t.resolved, { what: '' });
    // Else the event the statement reports, told short (news-clause.ts).
    // A clause that tells of the statement itself ("X posted a response listing …") says nothing of what it said.
    const fits = (n: string) => !!n && grounded(n, text) && !copiedFragment(n, text) && !ISSUED_NOUN.test(n);
    const news =
      entry.sentences.map((s) => settledNews(s.text, t)).find((n): n is string => !!n && n.startsWith(lead) && fits(n)) ??
      entry.sentences
        // (A quotation announcing an act is read as the act: quoted-action.ts.)
        .map((s) => toldNews(quotedAction(s.text) || s.text, olderText, text)?.clause)
        .map((c) => (c ? fill(t.resolved, { what: c }) : ''))
        .find(fits) ??
      // Else what the statement said, told short, event or not: a statement is its words ("a
      // statement from the union that crews had reported overheating twice"), not a topic.
      entry.sentences
        .map((s) => SAYING.exec(s.text)?.[1] ?? s.text)
        .map((line) => (canLead(line) ? compressClause(line, text)?.clause.replace(STATEMENT_THAT, '') : undefined))
        .map((c) => (c && !isBackground(c, olderText) ? fill(t.resolved, { what: c }) : ''))
        .find(fits) ??
      // Else a statement made only of a quotation, by its opening pledge: "that it will rebuild".
      entry.sentences
        .map((s) => {
          const pronoun = reportedPronoun(entry.source, entry.sentences);
          return pronoun ? pledgeInQuote(s.text, pronoun) : null;
        })
        .map((c) => (c ? fill(t.resolved, { what: c }) : ''))
        .find(fits) ??
      // Else the clause read off its verb of saying, whole or as its verb and object (said-news.ts).
      saidNewsOf(entry.sentences.map((s) => s.text))
        .map((c) => fill(t.resolved, { what: c }))
        .find(fits);
    const about = news ? '' : aboutTopic(entry.sentences, name);
    // "a statement from Harlan Steel that it would appeal": the speaker is not named twice.
    const what = news ? asPronoun(news.slice(lead.length).trim(), entry.source, entry.sentences) : '';
    // A response or a reply put out is named as what it was ("a response from King …").
    const issued = entry.sentences.map((s) => ISSUED_STATEMENT.exec(s.text)).find(Boolean);
    const noun = (issued?.[1] ?? issued?.[2] ?? 'statement').toLowerCase();
    const phrase =
      // An institution reads as the article writes it: "a statement from the Ferry Workers Union".
      fill(t.statement, {
        source: entry.source.kind === 'institution' ? withArticle(name, text) : asItself(entry.source, entry.sentences),
      }).replace(/\bstatement\b/, noun) + (what ? ` that ${what}` : about ? ` on ${about}` : '');
    statements.push(phrase);
    statementChanges.push({ type: 'added', description: phrase, sources: [name], evidence: entry.sentences.map((s) => s.text) });
    comments.delete(name);
  }
  // A source that explains something ("Ames explains that the effect uses Tracelight") added an
  // explanation of it, named by what it explains, as notes say ("Added Tracelight explanation").
  for (const [name, entry] of comments) {
    if (!entry.sentences.some((s) => EXPLAINS.test(s.text)) || !grounded(name, text)) continue;
    const about = aboutTopic(entry.sentences, name);
    if (!about) continue;
    const phrase = fill(t.explanation, { source: name, what: about });
    statements.push(phrase);
    statementChanges.push({ type: 'added', description: phrase, sources: [name], evidence: entry.sentences.map((s) => s.text) });
    comments.delete(name);
  }
  // A source that only gave a count of its own: the figure is the addition.
  for (const [name, entry] of comments) {
    const what = entry.sentences.length === 1 && entry.source.kind !== 'description' ? statedCount(entry.sentences[0]!.text) : '';
    if (!what || !grounded(name, text)) continue;
    const phrase = fill(t.statedCount, { source: name, what });
    parts.push(phrase);
    changes.push({ type: 'added', description: phrase, sources: [name], evidence: [entry.sentences[0]!.text] });
    comments.delete(name);
  }
  const sourceNames = [...comments.keys()].filter((name) => grounded(name, text));
  if (sourceNames.length) {
    // A lone new source is introduced by role (`introduce`); among several voices (a game's quotes
    // from both coaches; "Rutte and South Korean presidential office") each is listed short, as a
    // list reads.
    // A lone institution reads as the article writes it ("comments from the GMB union").
    const printed = sourceNames.map((name) =>
      sourceNames.length !== 1 || (leadAddition && leadSource)
        ? name
        : comments.get(name)!.source.kind === 'institution'
          ? withArticle(name, text)
          : asItself(comments.get(name)!.source, comments.get(name)!.sentences) !== name
            ? asItself(comments.get(name)!.source, comments.get(name)!.sentences)
            : introduce(name, comments.get(name)!.source.kind),
    );
    // A lone source heard "in an interview" or "in a telecon with reporters" gave one: the note
    // says where the words came from.
    const heardIn =
      sourceNames.length === 1
        ? comments
            .get(sourceNames[0]!)!
            .sentences.map((s) => HEARD_IN.exec(plainText(s.text))?.[1])
            .find(Boolean)
        : undefined;
    // A lone source's comments are told by what they said ("… from the sheriff's office that heavy
    // rain helped crews"), as statements are: a credit alone names no fact.
    const lone = sourceNames.length === 1 ? comments.get(sourceNames[0]!)! : null;
    // In reading order; a "he" or "she" is told only on a line that goes on about the lead's person.
    const told = lone
      ? ([...lone.sentences]
          .sort((a, b) => a.index - b.index)
          .map((s) => saidClause([s.text], olderText, text, { pronoun: afterLead(s) }))
          .find(Boolean) ?? '')
      : '';
    // What it said of itself ("Valley Power said it has crews out") reads "that it has …".
    // Else its reported clause read off the verb of saying, whole or as its verb and object (said-news.ts).
    const read = lone
      ? toldSaid(
          told,
          lone.sentences.map((s) => s.text),
          lone.source,
          text,
        )
      : null;
    const said = read ? read.clauses[0]! : '';
    // "additional" only for a voice the earlier version already named (new-voices.ts).
    const commentsTemplate = commentsCredit(t.comments, sourceNames, olderText);
    const credit =
      fill(commentsTemplate, { sources: read?.speaker ? read.speaker : joinList(printed, style) }) +
      (heardIn ? ` in ${heardIn.toLowerCase()}` : '');
    const withSaid =
      (read?.clauses ?? [])
        .map((c) => `${credit} that ${asPronoun(c, lone!.source, lone!.sentences)}`)
        .find((p) => !p.endsWith(' that ') && grounded(p, text) && !copiedFragment(p, text)) ?? '';
    parts.push(said && withSaid ? withSaid : credit);
    for (const name of sourceNames) {
      const entry = comments.get(name)!;
      changes.push({
        type: 'added',
        description: fill(commentsTemplate, { sources: name }),
        sources: [name],
        evidence: entry.sentences.map((s) => s.text),
      });
    }
  }
  // Comments lead, as the house's notes open ("Additional comments from …"); statements follow.
  parts.push(...statements);
  changes.push(...statementChanges);
  for (const item of media) {
    const poster = item.poster && grounded(item.poster.name, text) ? item.poster.name : '';
    const subject = grounded(item.subject, text) ? item.subject : '';
    const platform = grounded(item.platform, text) && item.platform ? `${item.platform} ` : '';
    const template = !subject
      ? poster
        ? t.mediaNoSubject
        : t.mediaNoSubject.replace(/\s*posted by \{poster\}/, '')
      : poster
        ? t.media
        : t.mediaNoPoster;
    // Nothing to describe and no one to name: the post itself is what was added ("a tweet").
    const phrase =
      !subject && !poster && !platform
        ? `${/^[aeiou]/i.test(item.medium) ? 'an' : 'a'} ${item.medium}`
        : fill(template, { subject, platform, medium: item.medium, poster });
    parts.push(phrase);
    changes.push({ type: 'added', description: phrase, sources: poster ? [poster] : [], evidence: item.sentences.map((s) => s.text) });
  }
  // What the unattributed additions are about: their most salient new noun phrases (topics.ts);
  // things whose state the added lines report ("X were unavailable") are named as their status.
  // A source already credited (for comments, a statement, an explanation) is not a topic too.
  // What the note already told (a development, the lead clause) is not named again as a topic:
  // "new death toll and details on the death toll" says one thing twice.
  const told = [...developments, lead && leadAddition ? lead.clause : ''].join(' ');
  const retells = (topic: string, said = told) => {
    const content = topic.split(/\s+/).filter((w) => !isStopword(w));
    return !!said && content.length > 0 && content.every((w) => mentions(said, w));
  };
  // A thing a development already named ("new death toll") is not named again by its head with a
  // complement ("details on the death toll from a landslide").
  const retellsHead = (topic: string) => retells(topic.split(COMPLEMENT_START)[0]!, developments.join(' '));
  // The next developments, told as clauses of their own ("and that a Code Red alert was issued for
  // Pine Lane"): a second or third fact named says more than any topic. First the lead sentence's
  // own later clause ("…, and containment is up to 40%"), then the unattributed lines' news, each
  // line's clauses in turn, in reading order. At most MORE_NEWS of them; they go last, so the note's
  // word budget drops them before the lead, the comments or the media.
  const fresh = (clause: string, said: string[]) =>
    clause !== lead?.clause &&
    !retells(clause) &&
    !said.some((c) => retells(clause, c)) &&
    !EARLIER_STATE.test(clause) &&
    !copiedFragment(fill(t.resolved, { what: clause }), text);
  const more: { clause: string; evidence: string; detail?: (typeof details)[number] }[] = [];
  const take = (clause: string, evidence: string, detail?: (typeof details)[number]) => {
    if (
      more.length >= MORE_NEWS ||
      !fresh(
        clause,
        more.map((m) => m.clause),
      )
    )
      return;
    more.push({ clause, evidence, detail });
  };
  if (lead && leadAddition && !newsTold) {
    for (const clause of laterNews(leadAddition.sentence.text, olderText, text, lead.part)) take(clause, leadAddition.sentence.text);
  }
  for (const d of details) {
    const news =
      firstNews(pronounNamed(d.sentence.text, articleBefore(d.sentence), text), olderText, text, {
        pronoun: afterLead(d.sentence),
      }) ??
      // A status line is news however short, or however it opens (status-news.ts).
      statusLead(d.sentence.text, olderText, text) ??
      // "It will be streamed live …" right after the lead: the lead's subject goes on (continued-subject.ts).
      (lead && leadAddition && d.sentence.index === leadAddition.sentence.index + 1
        ? continuedNews(d.sentence.text, lead.clause, olderText, text, noteDate)
        : null);
    if (!news) continue;
    take(news.clause, d.sentence.text, d);
    for (const clause of laterNews(d.sentence.text, olderText, text, news.part)) take(clause, d.sentence.text, d);
  }
  const moreParts = more.map((m) => fill(t.resolved, { what: m.clause }));
  more.forEach((m, k) => changes.push({ type: 'added', description: moreParts[k]!, sources: [], evidence: [m.evidence] }));
  for (const m of more) if (m.detail && details.includes(m.detail)) details.splice(details.indexOf(m.detail), 1);
  let secondPart = moreParts.join(' ');
  // Salience is read over everything added, credited lines too: the words the new material keeps
  // returning to are its subject, whoever told them.
  const material = additions.map((a) => withoutAttribution(withoutFurniture(a.sentence.text)));
  const usable = (t: Topic) =>
    goodTopic(t.text) &&
    !retells(t.text) &&
    !retellsHead(t.text) &&
    // Nor what another part of the note already named ("an explanation of ARKit from …").
    !retells(t.text.toLowerCase(), [...parts, ...statements].join(' ').toLowerCase()) &&
    !credited.some((name) => name.split(/\s+/).some((w) => mentions(t.text, w)));
  // A credited line's own words (never a quotation) may name the subject too, when the added
  // material keeps returning to them: "details on Europe's copyright directive" beside the comments
  // of the expert who explained it. They are read after the details, in the note's order.
  const creditedLines = details.length
    ? additions.filter((a) => a !== leadAddition && !details.some((d) => d.sentence === a.sentence) && !/["“”]/.test(a.sentence.text))
    : [];
  const candidates = [
    ...salientTopics(
      details.map((d) => withoutAttribution(withoutFurniture(d.sentence.text))),
      olderText,
      text,
      material,
    ),
    ...salientTopics(
      creditedLines.map((a) => withoutAttribution(withoutFurniture(a.sentence.text))),
      olderText,
      text,
      material,
    )
      .filter((t) => (t.recurring ?? 0) >= 1)
      .map((t) => ({ ...t, sentence: t.sentence + details.length })),
  ]
    .filter(usable)
    .sort((a, b) => b.score - a.score);
  const salient = pickTopics(candidates);
  // Every thing whose state is reported goes into one "status of …", in reading order.
  const states = salient.some((t) => t.state)
    ? pickTopics(
        candidates.filter((t) => t.state),
        3,
        16,
        0.3,
      )
    : [];
  if (states.length) {
    const phrase = fill(t.status, {
      what: joinList(
        states.map((s) => s.text),
        style,
      ),
    });
    parts.push(phrase);
    changes.push({ type: 'added', description: phrase, sources: [], evidence: details.map((d) => d.sentence.text) });
  }
  const named = salient.filter((t) => !t.state).map((t) => t.text);
  let topics = salient.length ? named : [...new Set(details.map((d) => d.topic).filter((d) => goodTopic(d) && !retells(d)))];
  // Topics that name nothing of their own — no name, no figure ("the email", "the rollout") — tell
  // a reader nothing: what the first line that reads as a clause says is told instead, else the
  // tail is dropped when the note names something else.
  // Else a line's subject that carries a name or a figure ("DC Shelves Uber Amendment") names more
  // than a plain salient phrase ("the email"); a lone name ("Emilie") names who, not what.
  const namedSubjects = details
    .map((d) => d.topic)
    .filter((d) => goodTopic(d) && !retells(d) && !retellsHead(d) && carriesName(d) && d.split(/\s+/).length > 1);
  // (A topic that is only its line's subject is as empty as a plain one, when the line reads whole: subject-topic.ts.)
  const subjectsOnly =
    topics.length > 0 &&
    !topics.every(plainTopic) &&
    topics.every((topic) =>
      opensItsLine(
        topic,
        details.map((d) => d.sentence.text),
      ),
    );
  if (!secondPart && subjectsOnly) {
    // (Only the lines the topics stand for: another line's clause would tell something else.)
    const whole = details
      .filter((d) => topics.some((topic) => opensItsLine(topic, [d.sentence.text])))
      .map((d) =>
        canLead(d.sentence.text) && !PRONOUN_SAID.test(plainText(d.sentence.text).trim()) ? compressClause(d.sentence.text, text) : null,
      )
      .find(
        (c) =>
          !!c?.whole &&
          !c.verb &&
          // An event, or a thing done to the subject ("was led by …"); not a standing state or an intent.
          (reportsEvent(c.clause) || DONE_TO.test(c.clause)) &&
          !FORECAST_SAID.test(c.clause) &&
          !NEGATED_CLAUSE.test(c.clause) &&
          !EARLIER_STATE.test(c.clause) &&
          !isBackground(c.clause, olderText) &&
          !retells(c.clause) &&
          !copiedFragment(fill(t.resolved, { what: c.clause }), text),
      );
    if (whole) {
      secondPart = fill(t.resolved, { what: whole.clause });
      changes.push({ type: 'added', description: secondPart, sources: [], evidence: details.map((d) => d.sentence.text) });
      topics = [];
      details.length = 0;
    }
  }
  if (!secondPart && topics.length && topics.every(plainTopic)) {
    // A line that states a fact whole with "be" ("the rifle the boy used was his uncle's", a
    // finding, a state) is told as it stands: a clause says what "details on the rifle" only points at.
    // (What a "she" no one names said is her word, not a fact: told only when it is an event, and no guess.)
    const said = details
      .map((d) => (canLead(d.sentence.text) ? compressClause(d.sentence.text, text) : null))
      .filter(
        (c, k) =>
          !!c &&
          (PRONOUN_SAID.test(plainText(details[k]!.sentence.text).trim())
            ? reportsEvent(c.clause) && !/\b(?:would|could|may|might|should)\b/i.test(c.clause)
            : // (What someone said will or would happen is their guess unless it is a plan with its time set.)
              (!c.verb || !FORECAST_SAID.test(c.clause) || plannedWithTime(c.clause)) &&
              (reportsEvent(c.clause) || !plainTopic(c.clause) || (c.whole && STATED.test(c.clause) && !NEGATED_CLAUSE.test(c.clause)))),
      )
      .map((c) => c!.clause)
      .find(
        (c): c is string =>
          !!c &&
          !EARLIER_STATE.test(c) &&
          !isBackground(c, olderText) &&
          !retells(c) &&
          !copiedFragment(fill(t.resolved, { what: c }), text),
      );
    if (said) {
      secondPart = fill(t.resolved, { what: said });
      changes.push({ type: 'added', description: secondPart, sources: [], evidence: details.map((d) => d.sentence.text) });
      topics = [];
      details.length = 0;
    } else if (namedSubjects.length) {
      topics = [...new Set(namedSubjects)].slice(0, 2);
    } else if (parts.length) {
      topics = [];
      details.length = 0;
    }
  }
  // Never a bare "Details.": with no topic that reads as a noun phrase, "additional details" — but
  // only when the note names nothing else the lines told; a vacuous tail is dropped.
  if (details.length && (topics.length || (!states.length && !secondPart))) {
    const phrase = topics.length ? fill(t.details, { topics: joinList(topics.slice(0, 3), style) }) : 'additional details';
    parts.push(phrase);
    changes.push({ type: 'added', description: phrase, sources: [], evidence: details.map((d) => d.sentence.text) });
  }
  // The further developments go before a topic: they name facts.
  const further = moreParts.length ? moreParts : secondPart ? [secondPart] : [];
  // Parts that tell a fact of their own ("comments from police that …") keep their place before them.
  while (newsAt < parts.length && /\sthat\s/.test(parts[newsAt]!)) newsAt++;
  parts.splice(newsAt, 0, ...further);
  return parts;
}

/**
 * A clause that opens on its own speaker ("Harlan Steel would appeal", read from "Harlan Steel
 * said it would appeal") follows a credit that already names them: the pronoun the article used
 * goes back in ("… from Harlan Steel that it would appeal"). Without one, an institution is "it";
 * anyone else is not told so (empty), since the note cannot know how to call them.
 */
function asPronoun(clause: string, source: Source, sentences: Sentence[]): string {
  // ("patrons at the branch": the clause opens on the group's head, "patrons rely …".)
  // "Sudan's foreign minister, Ibrahim Ghandour, welcomed …": the speaker named in an appositive
  // opening the clause is its subject too.
  const appositive = new RegExp(`^[^,"“”]{1,60},\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRegExp(source.name)},(?=\\s)`, 'u');
  const opens = [source.name, source.raw.replace(/^the\s+/i, ''), ...(groupSpoke(source) ? [source.name.split(/\s+/)[0]!] : [])]
    .map((name) => new RegExp(`^(?:the\\s+)?${escapeRegExp(name)}(?=\\s)`, 'i'))
    .concat(source.kind === 'person' ? [appositive] : [])
    .find((re) => re.test(clause));
  // "Harbrook Foods' profit doubled", said by Harbrook Foods: "its profit doubled".
  const owner = source.kind === 'institution' ? ownerOpening(source.name, clause) : null;
  if (owner) return `its ${clause.slice(owner[0].length)}`;
  if (!opens) return clause;
  const pronoun = sentences.map((s) => SAID_PRONOUN.exec(plainText(s.text))?.[1]).find(Boolean);
  return pronoun ? clause.replace(opens, pronoun.toLowerCase()) : source.kind === 'institution' ? clause.replace(opens, 'it') : '';
}

/**
 * A name read as a person's ("Harlan Steel" → "Steel") that calls itself "it" ("said … that it
 * would appeal") is a company or a body: named whole, as the article first names it.
 */
function asItself(source: Source, sentences: Sentence[]): string {
  if (source.kind !== 'person') return source.name;
  const pronoun = sentences.map((s) => SAID_PRONOUN.exec(plainText(s.text))?.[1]).find(Boolean);
  const whole = source.raw.trim().replace(/^the\s+/i, '');
  return pronoun?.toLowerCase() === 'it' && whole.endsWith(source.name) ? whole : source.name;
}

/**
 * The pronoun reported speech gives a speaker: "it" for an institution, "they" for a body that is
 * no name ("police"), the article's own "he" or "she" for a person — never a guess.
 */
function reportedPronoun(source: Source, sentences: Sentence[]): ReportedPronoun | null {
  const said = sentences.map((s) => SAID_PRONOUN.exec(plainText(s.text))?.[1]?.toLowerCase()).find(Boolean);
  if (said === 'it' || said === 'they' || said === 'he' || said === 'she') return said;
  if (source.kind === 'institution') return 'it';
  const head = source.name.split(/\s+/).pop()!;
  if (source.kind === 'description' && (isPluralNoun(head) || /^police$/i.test(head))) return 'they';
  // "the company", "the county": a body named by its kind.
  if (source.kind === 'description' && isOrgWord(head)) return 'it';
  return null;
}

/** The pronoun a speaker used of themselves: "said in a statement Tuesday that it would appeal". */
const SAID_PRONOUN = new RegExp(
  String.raw`\b(?:${speechVerbs('said', 'says', 'announced', 'stated', 'added', 'wrote', 'confirmed')})(?:\s+[^\s.;"“”]+){0,6}?\s+(?:that\s+)?(it|he|she|they)\s`,
  'iu',
);

/**
 * An inserted relative clause as a sentence of its own: "…, a Washington-based think tank" + "that
 * counts Facebook among its donors" → "The Technology Policy Institute counts Facebook among its
 * donors." It hangs on the noun phrase just before it; when that phrase is an appositive ("X, a
 * think tank"), on the name it describes. Empty unless the insertion is that shape (a relative
 * pronoun, then a verb) and what it hangs on can be read.
 */
export function insertedClause(newer: string, inserted: string): string {
  const text = inserted.trim().replace(/[.,;]+$/, '');
  const opening = /^(?:that|which|who)\s+(.+)$/i.exec(text);
  const at = newer.indexOf(text);
  if (!opening || at < 0) return '';
  const predicate = tagged(opening[1]!);
  if (!['VERB', 'AUX'].includes(predicate[0]?.pos ?? '') || /^\p{L}+ing$/u.test(predicate[0]!.text)) return '';
  const before = newer.slice(0, at).replace(/,\s*$/, '').trimEnd();
  // "the Technology Policy Institute, a Washington-based think tank": the name the appositive describes.
  const appositive = /(?:^|[\s,(])((?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+)*\p{Lu}[\p{L}.&'’-]*),\s+(?:a|an|the)\s+[^,;]+$/u.exec(before);
  // "Tom Reed, a lawyer for the nurse | who was fired": the clause may hang on the noun inside the
  // appositive's own phrase, so whose it is cannot be told.
  if (appositive && tagged(appositive[0].slice(appositive[0].indexOf(appositive[1]!) + appositive[1]!.length)).some((t) => t.pos === 'ADP'))
    return '';
  let head = appositive?.[1] ?? '';
  if (!head) {
    const words = before.split(/\s+/);
    const tags = tagged(words.slice(-6).join(' '));
    let k = tags.length;
    while (k > 0 && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tags[k - 1]!.pos)) k--;
    if (k === tags.length || !['NOUN', 'PROPN'].includes(tags.at(-1)!.pos)) return '';
    head = tags
      .slice(k)
      .map((t) => t.text)
      .join(' ');
  }
  if (!head || !/^(?:the|a|an|\p{Lu})/iu.test(head)) return '';
  return `${capitalizeFirst(head)} ${opening[1]}.`;
}

/**
 * "Tom Reed, | a nurse at the clinic, | was fired" → "Tom Reed was fired": the appositive cut said
 * who the name was, and that is the claim ("Tom Reed was a nurse at the clinic"), never the line
 * that stays. Empty unless the cut is a noun phrase between commas right after a capitalized name.
 */
export function cutAppositive(older: string, cut: string): string {
  const text = cut.trim().replace(/^,\s*|[,;]+$/g, '');
  if (!/^(?:a|an|the|his|her|their|its)\s/i.test(text) || hasFiniteVerb(text)) return '';
  const at = older.indexOf(`, ${text},`);
  if (at < 0) return '';
  const name = /((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)$/u.exec(older.slice(0, at))?.[1];
  // A lone capital opening the line is a name only when read as one ("Reed", not "However").
  if (!name || (name.split(/\s+/).length === 1 && at === name.length && tagged(older)[0]?.pos !== 'PROPN')) return '';
  return `${name} ${presentTense(older.slice(at + text.length + 3)) ? 'is' : 'was'} ${text}.`;
}

/** The clause names exactly one person, by a name the article gives a person ("Ilse Brandt", "Brandt"). */
function onePersonNamed(clause: string, articleText: string): boolean {
  const people = new Set(
    nameRuns(clause)
      .filter((r) => (r.start > 0 || !isSentenceStarterRun(r.text)) && !NOT_A_PERSON.test(r.text) && !MONTH_RUN.test(r.text))
      .map((r) => sourceFromRaw(r.text, articleText))
      .filter((s) => s?.kind === 'person')
      .map((s) => s!.name),
  );
  return people.size === 1;
}

/** A month read as a name run ("in March"): a date, no one. */
const MONTH_RUN = /^(?:March|April|May|June|July|August)$/;

/** A run that is only a word capitalized by the clause's start ("The", "A"). */
const isSentenceStarterRun = (run: string) => /^(?:The|A|An|This|That|It|He|She|They)$/.test(run);

/** "… released a reply saying the county had ignored …": what follows "saying" is what it said. */
const SAYING = /\b(?:statement|response|reply|rebuttal)\s+(?:saying|stating)\s+(?:that\s+)?(.+)$/i;

/** Words that name what a source put out, not what it said. */
const ISSUED_NOUN = /\b(?:statement|response|reply|rebuttal)s?\b/i;

/** What carried a statement's words, left in its clause: "a short statement that …". */
const STATEMENT_THAT = /^(?:an?\s+)?(?:[\p{L}-]+\s+)?(?:statement|response|reply|rebuttal)\s+(?:saying\s+)?(?:that\s+)?/iu;

/** A body named by its common head ("Civil Affairs Ministry", "Harbor Transit Authority") reads with "the" in prose. */
/** "Department of Environmental Protection", "Ministry of Health": a body's common noun and whose it is. */
const BODY_OF = /^(?:Ministry|Department|Office|Agency|Authority|Council|Commission|Bureau|Board|Committee)\s+of\s/;
const BODY_HEAD = /\s(?:Ministry|Department|Office|Agency|Authority|Council|Commission|Bureau|Service|Board|Committee|Police)$/;

/** A name as prose writes it: with "the" when the article puts one before it or its head is a body's common noun. */
function withArticle(name: string, articleText: string): string {
  if (/^the\s/i.test(name)) return name;
  // ("Varnland's Port Authority": the possessive is its determiner, possessive-names.ts.)
  if (opensOnPossessive(name)) return name;
  // "the Harvest Foods plant" puts "the" before the plant; "Harvest Foods said" shows the name stands bare.
  // ("White House press secretary" uses the name as a modifier: no sign it stands bare.)
  // ("International Maritime Organization (IMO)" defines the letters; "Kansas City Royals" and "Tigers-Royals" are longer names: none stands bare.)
  const bare = [
    ...articleText.matchAll(
      new RegExp(`(?<!\\b[Tt]he\\s)(?<!\\p{Lu}[\\p{L}.]*\\s)(?<![\\p{L}(-])${escapeRegExp(name)}\\b(\\s+\\p{Ll}+)?`, 'gu'),
    ),
  ].some((m) => !m[1] || tagged(m[0]).at(-1)?.pos !== 'NOUN');
  // A "the" that belongs to the noun after the name ("the Harvest Foods plant") is not the name's.
  const withThe = [...articleText.matchAll(new RegExp(`\\bthe\\s+${escapeRegExp(name)}(\\s+\\p{Ll}+)?`, 'giu'))].some(
    (m) => !m[1] || tagged(m[0]).at(-1)?.pos !== 'NOUN',
  );
  // A force's own name, written bare ("Devon and Cornwall Police said"), stays bare.
  const forceBare = / Police$/.test(name) && bare && !withThe;
  return (BODY_HEAD.test(name) && !forceBare) || BODY_OF.test(name) || (!bare && withThe) ? `the ${name}` : name;
}

/**
 * The claim as far as the new article can vouch for its names: a removed sentence may name what the
 * new version no longer mentions ("… merge with Harbor Savings"); it is cut before that phrase when
 * enough of the claim is left to say what it was, else nothing is returned.
 */
function groundedPart(claim: string, newText: string): string {
  if (grounded(claim, newText)) return hasFiniteVerb(claim) ? claim : '';
  const words = claim.split(' ');
  for (let k = 0; k < words.length; k++) {
    if (/^\p{Lu}/u.test(words[k]!) && k > 0 && !grounded(words[k]!, newText)) {
      let end = k;
      while (end > 0 && /^(?:with|to|from|in|at|of|for|by|on|the|a|an)$/i.test(words[end - 1]!)) end--;
      const head = words
        .slice(0, end)
        .join(' ')
        .replace(/[,;:]$/, '');
      return end >= 6 && grounded(head, newText) && hasFiniteVerb(head) ? head : '';
    }
  }
  return '';
}

type Fix = Extract<EditFinding, { type: 'corrected' }>;

/** A sentence cut, or cut into: `listed` is the claim when what went was an example from a list. */
type Removal = { sentence: Sentence; source: Source | null; listed?: string };

/**
 * A sentence whose claim was rewritten: two or more of its facts corrected in one edit (names,
 * titles and quotations aside, which have their own wording; a running count is a development).
 * The old claim, as far as the new article vouches for its names, and who gave it.
 */
function rewrittenClaim(
  findings: EditFinding[],
  was: Sentence,
  now: Sentence,
  oldCtx: AttributionContext,
  newText: string,
  style: HouseStyle,
  developing: (fix: Fix) => boolean,
): { phrase: string; source: string; evidence: string[] } | null {
  const fixes = findings.filter(
    (f): f is Fix => f.type === 'corrected' && !['name-spelling', 'name', 'title', 'role', 'quote'].includes(f.fact),
  );
  if (fixes.length < 2 || fixes.some(developing)) return null;
  // "On Friday, the Alpine Club said …": the claim is what was said, without when and who.
  // "the company posted …" names the company the article named before it.
  const claim = groundedPart(
    namedSubject(
      stripAttribution(plainText(was.text).replace(/^(?:on|in|at|by|late|early|earlier|later)\s[^,]{1,30},\s+/i, ''), oldCtx.articleText),
      was.text,
      oldCtx.articleText,
    ),
    newText,
  );
  if (!claim || claim.split(' ').length > 20 || /"/.test(claim) || copiedFragment(claim, newText)) return null;
  // A subject named from an earlier sentence ("the company" → "Virgin Galactic"): that sentence is evidence.
  const evidence = claimEvidence(claim, was.text, oldCtx.articleText).slice(1);
  const source = sourceOf(was.index, oldCtx);
  const t = style.templates;
  if (source && source.kind === 'institution' && grounded(source.name, newText) && mentions(now.text, source.name)) {
    const the = new RegExp(`\\bthe\\s+${escapeRegExp(source.name)}`, 'i').test(newText) ? 'the ' : '';
    return { phrase: fill(t.misreportedClaimBy, { source: `${the}${source.name}`, claim }), source: source.name, evidence };
  }
  return { phrase: fill(t.removedClaim, { claim }), source: '', evidence };
}

/** Removals when nothing else changed: a removed claim is a correction. */
function describeRemovals(
  removals: Removal[],
  oldSentences: Sentence[],
  newText: string,
  oldText: string,
  style: HouseStyle,
  changes: NoteChange[],
): string[] {
  const t = style.templates;
  const phrases: string[] = [];
  for (const { sentence, source, listed } of removals) {
    // The claim as a clause ("the Corran Ledger is owned by Harbor Media"): its names are the cut
    // sentence's own, or the sentence before's that a pronoun stands for; else as far as the new
    // article vouches for it.
    const previous = oldSentences[sentence.index - 1];
    const before = previous?.block === sentence.block ? previous.text : '';
    const compact = listed || claimClause(sentence.text, '', oldText, before);
    const claim = compact || groundedPart(stripAttribution(sentence.text, oldText), newText);
    const antecedent = before && namesFrom(claim, before, sentence.text);
    let phrase: string;
    // The claim is quoted only when it does not repeat a run of the article's own words.
    if (claim && claim.split(' ').length <= 30 && !/"/.test(claim) && !copiedFragment(claim, newText))
      phrase = fill(t.removedClaim, { claim });
    else if (source && grounded(source.name, newText)) phrase = fill(t.removedClaimBy, { source: source.name });
    else phrase = t.removedClaimPlain;
    if (!phrases.includes(phrase)) phrases.push(phrase);
    changes.push({
      type: 'removed',
      description: phrase,
      sources: source ? [source.name] : [],
      evidence: antecedent ? [sentence.text, before] : [sentence.text],
      before: sentence.text,
    });
  }
  return phrases.slice(0, 2);
}

/** Removals beside additions or corrections are usually stale lines in a developing story: recorded, not noted. */
function recordRemovals(removals: Removal[], changes: NoteChange[]): string[] {
  for (const { sentence, source } of removals) {
    changes.push({
      type: 'removed',
      description: 'removed with the update',
      sources: source ? [source.name] : [],
      evidence: [sentence.text],
      before: sentence.text,
    });
  }
  return [];
}
