/**
 * Short descriptions for the note: what a correction fixed ("misspelled the first name of …",
 * "misstated the number of people injured. The correct figure is 14"), what a video showed and who
 * posted it, what an unattributed addition is about. Every value put into a template comes from
 * the new article's own words.
 */
import { familyNameFirst } from './family-first-names';
import { lastWordIsSurname, sharingSurname } from './name-parts';
import { placeNouns } from './place-kinds';
import { speechVerbs } from './speech-verbs';
import { hedges } from './hedge-words';
import { qualifiedPostPhrase } from './qualified-posts';
import { withFormer } from './former-kept';
import { middleInitialPhrase } from './middle-initial';
import { dayNotClock } from './day-beside-clock';
import { runHoldingTitle } from './title-holder';
import { kinRelation } from './kinship';
import { employeeOf } from './employers';
import { titleHeld } from './held-titles';
import { plainText, splitSentences, wordTokens } from './sentences';
import { fill, type HouseStyle } from './style';
import {
  escapeRegExp,
  isAcronym,
  isSentenceStarter,
  isTitleWord,
  looksLikeOrganization,
  lowerOpening,
  nameRuns,
  personName,
  roleBeside,
  shortName,
  isPostNoun,
  titleInWords,
  titleOf,
} from './names';
import { HONORIFIC_WORD, PARTY } from './person-words';
import { describeUnitFix, unitAlone } from './unit-sign';
import {
  isDateWord,
  isNumberToken,
  isStopword,
  isYear,
  presentTense,
  reversedCore,
  runContaining,
  sameContrast,
  isKinNoun,
  type FactKind,
} from './edits';
import { amountOf, shareOf, unitOf, whatTheFigureMeasures } from './figures';
import { CURRENCY_NAME, writtenSum } from './money-words';
import { numberedUnit } from './numbered-units';
import { countedDeed } from './counted-deeds';
import { boundedFigure } from './bounded-figures';
import { figureOutsideAsides } from './dash-asides';
import { openerLowered } from './opening-capitals';
import { spelledPercent } from './spelled-percent';
import { figureIsObject, groupOpening } from './counted-nouns';
import { howLongItTakes } from './durations';
import { membersHead } from './member-plurals';
import { howLongItTook } from './it-took';
import { isRelativeDay, relativeDayPhrase } from './relative-days';
import { possessiveOwner } from './possessive-owner';
import { isStampOnly } from './stamps';
import { hasFiniteVerb, tagged } from './topics';
import { nameRole } from './name-role';
import { withVerbAfterDay } from './verb-after-day';
import { swappedTitle } from './swapped-titles';
import { spelledSumFix } from './spelled-sums';
import { SPELLED_CARDINAL, numberWordValue, ordinalValue } from '../text/numbers';
import { stripAttribution } from './claims';
import { sentencesInReach } from './referents';
import { clauseAt, placeCue, placeTold } from './place-cues';
import { framedPlace } from './place-frames';
import { placeClause } from './place-clause';
import { openingThingDated, thingDated } from './dated-thing';
import { postBeforeName, roleBesideName, roleBesidePhrase } from './roles-beside-names';
import { roleOpeningSentence } from './opening-roles';
import { ledBody } from './led-bodies';
import { partyPhrase } from './party-codes';
import { nameInFull } from './surname-in-full';
import { oneWordTitle, oneWordTitlePhrase } from './one-word-titles';
import { lowercaseTitlePhrase } from './lowercase-title-phrase';
import { titleBeforeName } from './title-qualifiers';
import { placeInApposition } from './place-appositions';
import { pronounNamed } from './pronoun-subject';
import { reducedRelativeTold } from './reduced-relative';
import { eventNounDated } from './event-noun-dated';
import { wholePost } from './whole-posts';
import { ROUNDED_FIGURE, SHARE_OF } from './qualifiers';
import { eventOfDate, withDateComma } from './event-of-date';
import { opensOnTime } from './time-openers';
import { placeInSubject } from './place-in-subject';
import { locatedThing } from './located-things';
import { clauseTense } from './clause-tense';
import { wellFormedDeed } from './well-formed-deed';
import { daysApart } from './days-apart';
import { withoutReportingFrame } from './reporting-frames';
import { SAID_THROUGH_CHANNEL } from './speech-channel';
import { scaleWordChange } from './scale-words';
import { figureIsPast, phraseIsPast } from './figure-tense';
import { rangeAround } from './figure-ranges';
import { ageOfPhrase } from './aged-phrases';
import { deedBothTold, innermostDeed, withoutDateLead } from './innermost-deed';
import { namesAStreet, placedDeed, unreadablePlaceClause } from './placed-deed';
import { countingClause } from './counting-clause';
import { figureWithArticle } from './article-figures';
import { hedgeOf } from './figure-hedges';
import { appositiveOwner } from './appositive-owners';
import { compoundValue, figureOfCompound } from './spelled-compounds';
import { spanOfCompound } from './span-compounds';

const VERBISH = new Set(
  (
    'is are was were be been being has have had will would can could may might must should did does do said says told ' +
    'made makes took takes began begins became becomes went goes came comes left won lost rose fell hit led set put ' +
    'cut ran got gave saw sees met paid sold built brought kept held drew struck stood remains remained says ' +
    'plans plan expects expected faces faced needs needed wants wanted includes included shows showed ' +
    'found finds find show suggests suggest reveals reveal thinks think knew knows'
  ).split(' '),
);
/** Heads that name one side of something, and so need their "of …". */
const RELATIONAL = new Set(
  'mechanics cost costs size scope status timing terms details future amount value price fate results cause causes extent effects impact role history identity location condition process outcome nature source details'.split(
    ' ',
  ),
);
const PREPOSITIONS = new Set(
  'in on at of for to from with by about into over after before during near under against between through across without within among since until'.split(
    ' ',
  ),
);

const QUANTITY = new RegExp(
  String.raw`^(?:(?:${hedges('more than', 'fewer than', 'less than', 'at least', 'about', 'nearly', 'almost', 'some', 'roughly', 'around', 'over', 'up to', 'only')})?\s*(?:[\d$][\d,.%]*|${SPELLED_CARDINAL}|dozens|hundreds|thousands)\s+(?:(?:hundred|thousand|million|billion)\s+)?(?:of\s+)?|(?:multiple|several|many|numerous|various)\s+)`,
  'i',
);
/** Subjects that name nothing a reader could look for: "things", "it", "everything". */
export const VAGUE_SUBJECT =
  /^(?:things|everything|something|nothing|matters|this|that|it|there|the (?:company|firm|agency|group|organi[sz]ation|department|official|officials|spokesperson|spokesman|spokeswoman|person|people))$/i;

/**
 * The subject of a sentence, for "details on …": "More than 40,000 homes and businesses lost power"
 * → "homes and businesses"; "A memorial service will be held" → "the memorial service".
 */
export function subjectPhrase(sentence: string, articleText = ''): string {
  let s = plainText(sentence).replace(/^"[^"]*"\s*,?\s*/, '');
  // Drop a leading adverbial: "On Tuesday, …", "Meanwhile, …", "In 2019, …".
  const lead = /^([^,]{1,60}),\s+/.exec(s);
  // A lead that only says when ("As of 1:15 p.m. ET on October 20") may run longer.
  const when =
    lead &&
    /\d:\d\d|\d\s*[ap]\.?m\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\b/i.test(
      lead[1]!,
    );
  // "During the height of the pandemic, …": a lead opening on a preposition may run to seven words.
  const prepositional = lead && PREPOSITIONS.has(lead[1]!.split(' ')[0]!.toLowerCase());
  if (
    lead &&
    lead[1]!.split(' ').length <= (when ? 9 : prepositional ? 7 : 5) &&
    /^(?:on|in|at|by|after|before|during|meanwhile|however|earlier|later|since|also|still|separately|last|this|by|as of|as|under|with|amid|despite|according to|for|from|following|until|while)\b/i.test(
      lead[1]!,
    )
  ) {
    s = s.slice(lead[0].length);
  } else if (lead && lead[1]!.split(' ').length <= 6 && /\b(?:later|earlier|ago|afterward|afterwards)$/i.test(lead[1]!)) {
    // "Less than two weeks later, …" says when, like "On Tuesday, …".
    s = s.slice(lead[0].length);
  }
  const quantity = QUANTITY.exec(s);
  if (quantity && quantity[0].trim()) s = s.slice(quantity[0].length);
  // "The majority of the justices found …": the subject is the group, not the share of it.
  s = s.replace(SHARE_OF, '');
  const words = s.split(/\s+/);
  const out: string[] = [];
  // "the mechanics of separating the app", "the cost of the new bridge": a head that names a side
  // of something keeps its "of …", or it says nothing.
  let through = -1;
  for (let k = 0; k < words.length; k++) {
    const raw = words[k]!;
    const word = raw.replace(/[,;:.]$/, '');
    const lower = word.toLowerCase();
    if (lower === 'of' && through < 0 && out.length > 0 && out.length <= 3 && RELATIONAL.has(out[out.length - 1]!.toLowerCase())) {
      through = out.length;
      out.push(word);
      continue;
    }
    if (through >= 0 && k > 0 && words[k - 1]!.toLowerCase() === 'of' && /ing$/.test(lower)) {
      out.push(word);
      continue;
    }
    // "applications from Tesla", "a statement by Amazon": whose it is, by name.
    const next = (words[k + 1] ?? '').replace(/[,;:.]$/, '');
    if (
      through < 0 &&
      out.length > 0 &&
      out.length <= 3 &&
      /^(?:from|by|of)$/.test(lower) &&
      /^\p{Lu}\p{Ll}/u.test(next) &&
      !isSentenceStarter(next)
    ) {
      through = out.length;
      out.push(word, next);
      k++;
      if (words[k] !== next) break;
      continue;
    }
    if (out.length > 0 && (VERBISH.has(lower) || PREPOSITIONS.has(lower) || (/ed$/.test(lower) && !/^\p{Lu}/u.test(word)))) break;
    if (lower === 'who' || lower === 'which' || lower === 'that') break;
    // "The 14 companies currently in the program": an adverb ends the noun phrase.
    if (
      out.length > 0 &&
      /\p{Ll}{2}ly$/u.test(lower) &&
      !/^(?:family|supply|assembly|rally|reply|ally|monopoly|anomaly|butterfly)$/.test(lower)
    )
      break;
    if (lower === 'and' && (out.length === 0 || VERBISH.has((words[k + 1] ?? '').toLowerCase()))) break;
    out.push(word);
    if (raw !== word || out.length >= (through >= 0 ? 8 : 6)) break;
  }
  while (out.length && /^(?:and|or|of|the|a|an)$/i.test(out[out.length - 1]!)) out.pop();
  if (!out.length || /^(?:he|she|they|it|this|that|there|we|i|you|his|her|their|its)$/i.test(out[0]!)) return '';
  // "applications from Tesla for the trademark on the term “Cybercab”": a short run of
  // prepositions that ends on a coined, quoted term says which ones; the term is the point.
  const said = out.join(' ');
  const rest = s.slice(s.indexOf(said) + said.length);
  const coined =
    /^\s+((?:for|on|over|about|of)\s+(?:[\p{L}'’-]+\s+){0,7}?)[“"]([\p{L}\p{N}][\p{L}\p{N}' -]{0,28}[\p{L}\p{N}])[”"](?=[\s,.;]|$)/u.exec(
      rest,
    );
  if (coined && s.includes(said)) out.push(...`${coined[1]}${coined[2]}`.trim().split(/\s+/));
  const first = out[0]!;
  // A capitalized first word stays capitalized only when it is a name ("State Route 9").
  const isName =
    /^\p{Lu}/u.test(first) &&
    !isSentenceStarter(first) &&
    ((out[1] !== undefined && /^\p{Lu}/u.test(out[1])) ||
      new RegExp(`[\\p{Ll},]\\s+${escapeRegExp(first)}\\b`, 'u').test(plainText(articleText)));
  if (!isName) out[0] = first.toLowerCase();
  if (/^(?:a|an)$/.test(out[0]!)) out[0] = 'the';
  return out.join(' ');
}

/**
 * What a source confirmed, when it is named things and not a clause: "The company also confirmed
 * earlier Game Center service issues that affected all users, and FaceTime problems for some." →
 * "earlier Game Center service issues and FaceTime problems". Empty when the object is a clause
 * ("confirmed that …"), a quotation, or runs long.
 */
export function confirmedThings(sentence: string): string {
  const s = plainText(sentence);
  if (/["“”]/.test(s)) return '';
  const m = /\b(?:also\s+)?(?:confirmed|acknowledged|disclosed)\s+(?!that\b|it\b|the news\b)(.+?)\.?$/i.exec(s);
  if (!m) return '';
  const object = m[1]!.replace(/\s+(?:that|which|who)\s+[^,;]*/g, '');
  const parts = object
    .split(/,?\s+and\s+|,\s+/)
    .map((p) =>
      p
        .replace(/\s+(?:for|to|in|on|at|by|from|with|during|after|before|since)\s+.*$/i, '')
        .replace(/^(?:earlier|recent|the|some|several)\s+/i, '')
        .trim(),
    )
    .filter(Boolean);
  if (!parts.length || parts.length > 3) return '';
  for (const part of parts) {
    const words = part.split(/\s+/);
    if (words.length > 6 || words.some((w) => VERBISH.has(w.toLowerCase())) || !isCleanTopic(part)) return '';
  }
  return parts.join(parts.length > 2 ? ', ' : ' and ').replace(/, ([^,]+)$/, ' and $1');
}

/**
 * A short fact a source confirmed, as a clause: "…, who confirmed that the voice does indeed belong
 * to Ames, one of …" → "the voice belongs to Ames". Emphasis ("does indeed") is set aside; empty when
 * the clause runs past seven words, holds a quotation, or opens on a pronoun that points elsewhere.
 */
export function confirmedClause(sentence: string): string {
  const m = /\b(?:also\s+)?(?:confirmed|acknowledged)\s+that\s+([^,;:"“”—]+)/i.exec(plainText(sentence));
  if (!m) return '';
  let words = m[1]!
    .replace(/[.!?]+$/, '')
    .split(/\s+/)
    .filter((w) => !/^(?:indeed|also|still|now|already|actually|in fact)$/i.test(w));
  // "does belong" is emphasis: the plain verb says the same ("belongs").
  const at = words.findIndex((w) => /^(?:does|do|did)$/i.test(w));
  if (at > 0 && /^\p{Ll}+$/u.test(words[at + 1] ?? '')) {
    const verb = words[at + 1]!;
    const plain = /^does$/i.test(words[at]!)
      ? /(?:s|sh|ch|x|z|o)$/.test(verb)
        ? `${verb}es`
        : `${verb}s`
      : /^did$/i.test(words[at]!)
        ? ''
        : verb;
    if (!plain) return '';
    words = [...words.slice(0, at), plain, ...words.slice(at + 2)];
  }
  if (words.length < 3 || words.length > 7 || /^(?:it|he|she|they|this|that|these|those)$/i.test(words[0]!)) return '';
  return words.join(' ');
}

/**
 * A count a source gives of its own: "Klarna says it has 111 million active consumers, with …" →
 * "111 million active consumers". The figure is the news of such a line, so the note names it
 * rather than "comments". Empty when the sentence is not a source stating what it has or counts.
 */
export function statedCount(sentence: string): string {
  const s = plainText(sentence);
  if (/["“”]/.test(s)) return '';
  const m = new RegExp(
    String.raw`\b(?:says|said|reports|reported|estimates|estimated)\s+(?:that\s+)?(?:it|they|the \p{Ll}+)\s+(?:now\s+)?(?:has|have|had|counts|counted|serves|served|employs|employed)\s+(?:(?:${hedges('about', 'more than', 'nearly', 'over', 'roughly', 'some')})\s+)?(\d[\d,.]*(?:\s+(?:hundred|thousand|million|billion))?)\s`,
    'u',
  ).exec(s);
  if (!m) return '';
  const what = countedNoun(s, m[1]!.split(/\s+/)[0]!);
  if (!what || !isCleanTopic(what)) return '';
  return `${m[1]} ${what}`;
}

/**
 * A topic for "details on …" must read as a noun phrase: words only (no brackets, dashes or
 * quotes), not opening on a preposition or conjunction, not closing on a function word.
 */
export function isCleanTopic(topic: string): boolean {
  // Commas only inside a figure ("40,000") or before a name in a list ("Ferrow, Quillo and Dax").
  const t = topic.trim().replace(/(?<=\d),(?=\d{3})|,(?= \p{Lu})/gu, '');
  // ("$250,000 bail": a currency sign opens its figure.)
  if (!/^(?:[$€£¥](?=\d))?[\p{L}\p{N}][\p{L}\p{N}' .&-]*$/u.test(t) || /--|\s-\s/.test(t)) return false;
  // Words run together at a full stop ("Ortiz.Sen") are two sentences glued, not a name.
  if (/\p{Ll}{2}\.\p{L}/u.test(t) || /\.$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (
    /^(?:as|and|or|but|than|so|then|earlier|later|also|still|has|have|had|is|was|were)$/i.test(words[0]!) ||
    PREPOSITIONS.has(words[0]!.toLowerCase())
  )
    return false;
  // "how iOS 13 FaceTime Attention Correction": a question's opening is a clause cut short, not a noun phrase.
  if (/^(?:how|why|what|when|where|whether|who|which|if)$/i.test(words[0]!)) return false;
  // "said engineer Ilse Marr": an inverted attribution's verb opens no noun phrase.
  if (new RegExp(`^(?:${speechVerbs('said', 'says', 'told', 'added', 'wrote', 'noted', 'stated')}|according)$`, 'i').test(words[0]!))
    return false;
  // "the update on the figures", "more details": the writing itself is no topic a reader looks for.
  if (/^(?:(?:the|an?|more|further|any|new|additional|latest)\s+)?(?:updates?|details?|information|news)\b/i.test(t)) return false;
  // "Sounds like another mystery solved": a sentence with no subject opens on its verb.
  if (/^(?:sounds|looks|seems|feels|appears|turns out|remains|stays)$/i.test(words[0]!)) return false;
  if (
    /^(?:the|a|an|of|on|in|and|or|to|as|from|with|by|for|at|that|which|who|has|have|had|is|was|already|also|still)$/i.test(
      words[words.length - 1]!,
    )
  )
    return false;
  // "a" only inside, before the word it counts ("an alert for a pre-evacuation of Cove Lane").
  return words.every((w, k) => !/^\p{Ll}{1,2}$/u.test(w) || /^(?:of|on|in|to|at|by|as|an|or|up)$/.test(w) || (w === 'a' && k > 0));
}

export interface MediaMention {
  medium: string;
  platform: string;
  subject: string;
}

// ("post-flight", "post-war": a prefix, no post.)
const MEDIUM = /\b(videos?|footage|photos?|photographs?|images?|clips?|livestream|recording|audio|post)\b(?!-)/i;
const PRESENTED =
  /\b(?:post(?:s|ed|ing)?(?!-)|shar(?:e|es|ed|ing)|publish(?:es|ed|ing)?|releas(?:e|es|ed|ing)|circulat\w*|shows?|showing|showed|shown|depict\w*|appears? to show|appearing to show|purport\w* to show|(?:can|could) be (?:seen|heard)|surfaced|went viral|filmed|captured|recorded|taken by|uploaded|broadcast|aired|livestreamed|streamed)\b/i;
const PLATFORM =
  /\b(Telegram|YouTube|TikTok|Facebook|Instagram|Twitter|X|Truth Social|Weibo|WeChat|Reddit|Snapchat|Bluesky|Threads|LinkedIn|Vimeo|Twitch)\b/;

/** A word that opens a count, skipped before a noun phrase: "a", "several", "three" (the one spelled-number table). */
const COUNT_OPENER = new RegExp(`^(?:a|an|what|some|several|${SPELLED_CARDINAL}|dozens|many)$`, 'i');

function nounPhraseAt(text: string): string {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/[,;:.]$/, '');
    const lower = word.toLowerCase();
    if (out.length === 0 && COUNT_OPENER.test(word)) continue;
    if (
      out.length === 0 &&
      /^(?:group|number|line|column|crowd|pair|couple|handful)$/i.test(word) &&
      /^of$/i.test(words[words.indexOf(raw) + 1] ?? '')
    )
      continue;
    if (out.length === 0 && lower === 'of') continue;
    if (
      out.length > 0 &&
      (/ing$/.test(lower) ||
        PREPOSITIONS.has(lower) ||
        VERBISH.has(lower) ||
        lower === 'can' ||
        lower === 'who' ||
        lower === 'that' ||
        lower === 'and')
    )
      break;
    out.push(word);
    if (raw !== word || out.length >= 4) break;
  }
  // "the drones" reads as "drones" in a note; a singular keeps its article ("the marshal").
  if (out[0]?.toLowerCase() === 'the' && out.length > 1 && /[^s]s$/.test(out[out.length - 1]!)) out.shift();
  return out.join(' ');
}

/** A video, photos or a post the sentence describes, with what they show, or null. */
export function mediaMention(sentence: string): MediaMention | null {
  const s = plainText(sentence).replace(/"[^"]*"/g, '""');
  // An embedded post ends with its link: "… pic.twitter.com/U7PMa4oNGN" is a tweet.
  if (/\b(?:pic\.twitter\.com\/|(?:twitter|x)\.com\/\w+\/status\/)/i.test(s)) return { medium: 'tweet', platform: '', subject: '' };
  if (/\binstagram\.com\/(?:p|reel)\//i.test(s)) return { medium: 'post', platform: 'Instagram', subject: '' };
  const medium = MEDIUM.exec(s);
  if (!medium) return null;
  // "Police said in a Facebook post that the road reopened": the post only carried the words.
  const channel = SAID_THROUGH_CHANNEL.exec(s);
  if (channel && medium.index >= channel.index && medium.index < channel.index + channel[0].length) return null;
  const platform = PLATFORM.exec(s)?.[1] ?? '';
  // Media the story shows or points to are posted, shared, shown or seen; "he based his comments
  // on photos he had seen" tells where a claim came from, and adds no media.
  if (!platform && !PRESENTED.test(s)) return null;
  let subject = '';
  const showing =
    /\b(?:videos?|footage|photos?|photographs?|images?|clips?|recording|livestream)\s+(?:of|showing|that shows?|which shows?|appearing to show|purporting to show|shows?)\s+(.+)$/i.exec(
      s,
    );
  const seen =
    /(?:^|,\s*|\b(?:while|and)\s+)((?:an?|the|some|several|\w+)?\s*(?:[\p{L}-]+\s+){0,4}?)(?:can|could)\s+be\s+(?:seen|heard)/iu.exec(s);
  const shows = /\bshows?\s+(.+)$/i.exec(s);
  const appears = /\b(?:appears? to show|appearing to show|purports? to show|purporting to show|depicts?|depicting)\s+(.+)$/i.exec(s);
  if (showing) subject = nounPhraseAt(showing[1]!);
  else if (appears) subject = nounPhraseAt(appears[1]!);
  else if (seen) subject = nounPhraseAt(seen[1]!);
  else if (shows) subject = nounPhraseAt(shows[1]!);
  return { medium: medium[1]!.toLowerCase().replace(/^footage$/, 'video'), platform, subject };
}

export interface CorrectionContext {
  older: string;
  newer: string;
  /** Name of the speaker of the new sentence, for "misquoted X". */
  speaker: string;
  /** The new article's text, to spell out an acronym as the article does. */
  articleText?: string;
}

function clauseBefore(newer: string, marker: string): string {
  // The marker as words: "in Jan. 15" is not the end of "begin Jan. 15".
  const at = newer.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(marker)}`, 'u'));
  if (at <= 0) return '';
  // "Dana Lee, a researcher, spoke at …": a post set off after a name is no clause's end.
  let clause = newer
    .slice(0, at)
    .trim()
    .replace(/((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*),\s+(?:a|an|the)\s+[^,]{1,60},\s+(?=\p{Ll}+$|\p{Ll}+\s+\p{Ll})/u, '$1 ');
  // (The last comma between clauses: "5,000 more listened" keeps its figure whole.)
  const comma = Math.max(-1, ...[...clause.matchAll(/,(?!\d{3}\b)/g)].map((m) => m.index));
  if (comma >= 0) clause = clause.slice(comma + 1).trim();
  // "Castellano, who was born in …": the clause is about the name the comma closes.
  const relative = comma >= 0 && /^(?:who|which)\s/i.test(clause);
  const head = relative ? newer.slice(0, newer.slice(0, at).lastIndexOf(',')).trimEnd() : '';
  const named = relative ? nameRuns(head).at(-1)?.text : undefined;
  clause = clause.replace(/^(?:and|but|which|that|who)\s+/i, '');
  // "Police said the crowd left at …": the time or year belongs to the reported event, not to the saying.
  const reported = /^(?:[\p{L}.'’-]+\s+){1,4}?(?:said|says|reported|reports|told\s+\p{L}+)\s+(?:that\s+)?(.+)$/u.exec(clause);
  if (!relative && reported && reported[1]!.split(/\s+/).length >= 2) clause = reported[1]!;
  if (named && head.endsWith(named)) clause = `${named} ${clause}`;
  // "The company, which is based in …": no name before the comma, so its noun phrase is the subject.
  else if (relative)
    clause = ((s) => (s ? `${s} ${clause}` : ''))(/\b(?:the|a|an|its|their|his|her)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu.exec(head)?.[0]);
  if (clause.split(/\s+/).length > 14 || !clause) return '';
  return lowerOpening(clause);
}

/**
 * "There are 2,635 contributor pairs. Of those, 350 are from outside addresses": a figure counted
 * out of the sentence before is told by that count's noun and what the part does — "how many of
 * the contributor pairs are from outside addresses".
 */
function partOfCount(newer: string, number: string, articleText: string): string {
  const m = /^(?:Of|Among)\s+(?:those|them|these)\s*,\s*(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?~?(\S+)\s+(.*)$/i.exec(newer);
  if (!m || m[1]!.replace(/[,.]$/, '') !== number || !articleText) return '';
  const rest: string[] = [];
  for (const raw of m[2]!.split(/\s+/)) {
    const word = raw.replace(/[,;:.]$/, '');
    if (/^(?:that|which|who|while|but|and)$/i.test(word) || rest.length >= 6) break;
    rest.push(word);
    if (raw !== word) break;
  }
  if (rest.length < 2 || !/^\p{Ll}/u.test(rest[0]!)) return '';
  const sentences = splitSentences(plainText(articleText));
  const at = sentences.findIndex((s) => s.startsWith(newer.slice(0, 40)));
  const previous = at > 0 ? sentences[at - 1]! : '';
  const counted = /(?:\d[\d,]*|\b(?:dozens|hundreds|thousands))\s+((?:[\p{Ll}-]+\s+){0,3}?\p{Ll}{2,}s)\b/u.exec(previous);
  return counted ? `how many of the ${counted[1]} ${rest.join(' ')}` : '';
}

/** "14 people were injured" → "people injured". */
function countedNoun(newer: string, number: string): string {
  const tokens = wordTokens(newer);
  const at = tokens.findIndex((t) => t === number);
  if (at < 0) return '';
  // "18th century" is an ordinal, not a count.
  if (/^(?:st|nd|rd|th)$/i.test(tokens[at + 1] ?? '')) return '';
  const after = tokens.slice(at + 1);
  const out: string[] = [];
  // ("34 homes, officials said": the phrase ends at its comma.)
  const closing = plainText(newer).slice(plainText(newer).indexOf(number) + number.length);
  // "The district has 14, down from 20": a comma right after the figure closes it on no noun.
  if (/^[,;:]/.test(closing)) return '';
  for (const t of after) {
    const lower = t.toLowerCase();
    if (isNumberToken(t) && /^(hundred|thousand|million|billion|dozen)$/.test(lower)) continue;
    if (PREPOSITIONS.has(lower) || VERBISH.has(lower) || /^(and|or|but|a|an|the|each|per|every|this|that|last|next)$/.test(lower)) break;
    out.push(t);
    if (out.length >= 3 || new RegExp(`^\\s+${out.map(escapeRegExp).join('\\s+')}[,;:]`).test(closing)) break;
  }
  // "145 new flu cases": the phrase runs to its head noun (wink-nlp's tags), three words at most.
  while (out.length > 2 || (out.length > 1 && tagged(out.join(' ')).at(-1)?.pos !== 'NOUN')) {
    if (tagged(out.join(' ')).at(-1)?.pos === 'NOUN') break;
    // ("17 county Democrats": a capitalized plural of members is the head (member-plurals.ts).)
    if (membersHead(tagged(out.join(' ')))) break;
    out.pop();
  }
  const next = after[out.length];
  const participle = after[out.length + 1];
  if (next && /^(were|was|are|is|have been|had been)$/i.test(next) && participle && /ed$/.test(participle)) out.push(participle);
  // "the crash, which killed 50 people" → "people killed in the crash": the count is of what the
  // event did, and the event names it.
  const verb = (tokens[at - 1] ?? '').toLowerCase();
  if (
    out.length &&
    /^(?:killed|injured|wounded|displaced|evacuated|arrested|hurt|rescued|hospitalized|infected|fired|hired|laid)$/.test(verb)
  ) {
    out.splice(1, out.length, verb);
    const event = EVENT_NOUN.exec(plainText(newer).slice(0, plainText(newer).indexOf(number)));
    if (event) out.push(`in the ${event[1]!.replace(/^(?:the|a|an)\s+/i, '')}`);
  }
  return out.join(' ');
}

/** An event a count belongs to: "The 2009 Colgan Air crash", "the warehouse fire". */
const EVENT_NOUN =
  /\b(?:the|a|an)\s+((?:[\p{L}\p{N}-]+\s+){0,4}?(?:crash|fire|blaze|storm|attack|shooting|explosion|collision|flood|flooding|earthquake|quake|accident|wreck|outbreak|bombing|strike|stampede|derailment|collapse|hurricane|tornado|wildfire))\b/iu;

function amountWhat(newer: string, amount: string): string {
  const at = newer.indexOf(amount);
  if (at < 0) return '';
  const before = newer.slice(0, at);
  const of = /\b((?:\w+\s+)?\w+)\s+of\s+(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+)?$/i.exec(before);
  if (of && !/^(?:the|a|an)$/i.test(of[1]!)) return `the ${of[1]!.replace(/^(?:the|a|an|its|their)\s+/i, '').toLowerCase()}`;
  const verb =
    /\b(costs?|cost|priced at|valued at|worth|raised|paid|owed|spent|lost|earned|fined|awarded)\s+(?:(?:the\s+|its\s+|their\s+)?(?:county|city|state|town|district|school|company|government|taxpayers|residents|customers|buyers|families|users|households|it|them|him|her|us)\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+|roughly\s+|an estimated\s+)?$/i.exec(
      before,
    );
  if (verb) {
    const word = verb[1]!.toLowerCase();
    // "The bridge cost the county 40 million": the cost of what the clause opens on.
    const thing =
      /(?:^|,\s+|\bthat\s+)((?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:will\s+|would\s+|could\s+)?costs?\b/u.exec(
        before,
      );
    if (/^costs?$/.test(word))
      return thing ? `the cost of ${thing[1]!.replace(/^(?:The|Its|Their)\b/, (w) => w.toLowerCase())}` : 'the cost';
    if (/^(?:priced at|valued at|worth)$/.test(word)) return 'the value';
    return `the amount ${word}`;
  }
  const after = newer.slice(at + amount.length);
  const inWhat = /^\s*(?:million|billion|trillion|percent)?\s*in\s+(\w+)/i.exec(after);
  if (inWhat) return `the ${inWhat[1]!.toLowerCase()}`;
  return '';
}

/** "In October 2005, the Houston branch building of the bank was named …" → "the Houston branch building was named". */
/**
 * What happened in a year, as a clause: "the mill opened in 1925" → "the mill opened"; "In 1967,
 * Albanese opened the bakery" → "Albanese opened the bakery" (a leading year dates the clause
 * after it); "The Gazette, founded in 1894," → "the Gazette was founded" (a participle set off by
 * commas tells of the name before it).
 */
function yearClause(newer: string, year: string): string {
  const leading = new RegExp(`^(?:In|By|During|Since)\\s+${year},\\s+([^,;]+)`).exec(newer);
  if (leading) {
    const clause = leading[1]!.replace(/[.]$/, '').trim();
    return clause.split(/\s+/).length <= 12 ? lowerOpening(clause) : '';
  }
  const clause = clauseBefore(newer, `in ${year}`) || clauseBefore(newer, year);
  if (/^\p{Ll}+(?:ed|en)$/u.test(clause)) {
    const at = newer.indexOf(`${clause} in ${year}`);
    const owner =
      /((?:(?:[Tt]he|[Aa]n?)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*|(?:[Tt]he|[Aa]n?)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?),\s*$/u.exec(
        newer.slice(0, at),
      );
    return owner ? `${lowerOpening(owner[1]!)} was ${clause}` : '';
  }
  return clause;
}

function eventAfter(sentence: string, date: string): string {
  const at = sentence.indexOf(date);
  if (at < 0) return '';
  const rest = sentence
    .slice(at + date.length)
    .replace(/^[,\s]+/, '')
    .replace(/[.]$/, '');
  const words = rest.split(/\s+/);
  const subject: string[] = [];
  let k = 0;
  for (; k < words.length && subject.length < 6; k++) {
    const w = words[k]!.replace(/[,;]$/, '');
    if (PREPOSITIONS.has(w.toLowerCase()) || VERBISH.has(w.toLowerCase())) break;
    subject.push(w);
  }
  if (!subject.length || !/^(?:the|a|an|his|her|its|their)$/i.test(subject[0]!)) return '';
  const verb = /\b(was|were|is|are|will be|has been|had been)\s+(\p{Ll}+ed|\p{Ll}+en|held|built|made|won|lost|set)\b/u.exec(rest);
  if (!verb) return '';
  subject[0] = subject[0]!.toLowerCase();
  return `${subject.join(' ')} ${verb[1]} ${verb[2]}`;
}

function datePhrase(newer: string, after: string): string {
  // "this evening", "next week": a relative day is told with its part of day (relative-days.ts).
  const relative = relativeDayPhrase(plainText(newer), after);
  if (relative) return relative;
  // Extend the changed words to the whole date as printed: "March 14", "Tuesday", "Nov. 6, 2024".
  const tokens = wordTokens(newer);
  const firstChanged = after.split(' ')[0] ?? '';
  let at = tokens.indexOf(firstChanged);
  if (at < 0) return after;
  while (at > 0 && (isDateWord(tokens[at - 1]!) || /^\d{1,2}$/.test(tokens[at - 1]!))) at--;
  const out: string[] = [];
  for (let k = at; k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("June 4-7": a range of days is one date, told whole.)
    if (isDateWord(t) || /^\d{1,2}(?:[-–]\d{1,2})?,?$/.test(t) || isYear(t.replace(',', ''))) out.push(t);
    else break;
  }
  // The tokenizer drops a word's closing point: "Nov." keeps it, as the article prints it.
  return (
    withDateComma(out.map((t) => (/^(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$/.test(t) && newer.includes(`${t}.`) ? `${t}.` : t)).join(' ')) ||
    after
  );
}

/** A clock told with a date, with its zone: "at 3 p.m. ET", "3:30 a.m. (local time)". */
const CLOCK_AT = /\s*(?:at\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+(?:ET|EST|EDT|CT|CST|CDT|MT|PT|PST|PDT|GMT|UTC)\b)?/gi;

/** A dated clause without the clock and zone printed with its date ("ends at 3 p.m. (ET)" → "ends"). */
function withoutClock(clause: string): string {
  return clause
    .replace(CLOCK_AT, '')
    .replace(/\s*\((?:[A-Z]{2,4}|local time)\)/g, '')
    .trim();
}

const EVENT =
  /\b(?:the|its|his|her|their)\s+((?:[\p{L}-]+\s+){0,2}?(?:hearing|trial|election|vote|meeting|game|match|race|funeral|service|memorial|sentencing|opening|closure|ceremony|concert|festival|launch|strike|deadline|event|announcement|release|final|conference|summit|talks|rally|parade|arraignment|inauguration|debate|referendum|kickoff|departure|arrival|storm|landfall|visit|protest|auction|sale))\b/iu;

/**
 * A proceeding a sentence opens on with no article, as court and election copy writes it:
 * "Sentencing is scheduled for Feb. 14.", "Jury selection begins March 3.", "Early voting ends …".
 */
const BARE_EVENT =
  /^((?:jury selection|sentencing|arraignment|early voting|voting|registration|opening arguments|closing arguments|testimony|deliberations|enrollment))\s+(?:is|are|was|were|will|begins|began|ends|ended|starts|started|resumes|resumed)\b/i;

/** "the date Jury selection begins" → "the date jury selection begins": a bare proceeding is no name. */
function bareEventLowered(what: string): string {
  return what.replace(/^((?:the \p{Ll}+|when) )(\p{Lu})(.*)$/u, (all, lead: string, first: string, rest: string) =>
    BARE_EVENT.test(`${first}${rest}`) ? `${lead}${first.toLowerCase()}${rest}` : all,
  );
}

/** The kinds of place a name is followed by in copy: "Logar province", "Harlan County", "Ward 4". */
const DIVISION = new RegExp(
  placeNouns(
    'province',
    'county',
    'district',
    'region',
    'state',
    'territory',
    'parish',
    'borough',
    'township',
    'prefecture',
    'oblast',
    'governorate',
    'canton',
    'department',
    'municipality',
    'ward',
    'riding',
    'constituency',
  ),
);

/**
 * The wrong value as the old version printed it, for "It was 50, not 45": readers who saw the old
 * version learn what changed. Empty when it cannot be told cleanly.
 */
export function wrongValue(fact: FactKind, before: string, older: string): string {
  const words = before.split(' ');
  switch (fact) {
    case 'number': {
      const figure = words.find(isNumberToken) ?? '';
      const unit = figure ? unitOf(older, figure) : '';
      return unit ? `${figure} ${unit}` : (figure && figureWithArticle(plainText(older), figure)) || figure;
    }
    case 'amount': {
      const amount = words.find((w) => /\d/.test(w)) ?? '';
      const plain = plainText(older);
      const unit = amount
        ? /^\s*(million|billion|trillion|percent|per cent)\b/i.exec(plain.slice(plain.indexOf(amount) + amount.length))?.[1]
        : '';
      return unit ? `${amount} ${unit}` : amount;
    }
    case 'time':
      return before;
    case 'score':
      return words.find((w) => /^\d+-\d+$/.test(w)) ?? '';
    case 'year':
      return words.find(isYear) ?? '';
    case 'date':
      return datePhrase(plainText(older), before);
    case 'place':
    case 'name':
    case 'title':
    case 'role':
    case 'quote': {
      // A place the words around it call one: the place whole ("St. Garret", "Alma al-Chaab").
      const cue = /^\p{Lu}/u.test(before) ? placeCue(plainText(older), before) : null;
      if (cue) return cue.place;
      if (fact !== 'place') return '';
      // "China's" before a name: the place is "China".
      if (/^\p{Lu}[\p{L}.-]*['’]s$/u.test(before.trim())) return before.trim().replace(/['’]s$/, '');
      // "the Netherlands", "the Bronx": a place whose name takes "the" is given with it.
      if (/^the\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u.test(before.trim())) return before.trim();
      return runContaining(plainText(older), words[0] ?? before);
    }
    default:
      return '';
  }
}

/** The person named closest to the changed words: "Dana Whitfield, the city manager, said". */
function nearestPerson(sentence: string, changed: string): string {
  const at = sentence.indexOf(changed.split(' ')[0] ?? changed);
  let best = '';
  let distance = Infinity;
  for (const run of nameRuns(sentence)) {
    const person = personName(run.text);
    // ("Eastvale College's director": a body holds no title; the person beside it does.)
    if (person.split(' ').length < 2 || looksLikeOrganization(person.replace(/['’]s$/, ''))) continue;
    const d = Math.abs(run.start - at);
    if (d < distance) {
      distance = d;
      best = person;
    }
  }
  return best;
}

/** The whole role around the changed words: "city" in "the city manager" → "city manager". */
function roleWords(sentence: string, changed: string): string {
  const m = new RegExp(
    `(?:the|a|an|as|,)\\s+((?:[\\p{Ll}-]+\\s+){0,3}?${escapeRegExp(changed)}(?:\\s+[\\p{Ll}-]+){0,2}?)(?=,|\\s+(?:said|says|for|of|at|in|with|who|and)\\b|\\.|$)`,
    'u',
  ).exec(sentence);
  // (Lower case up to the body the post is at, whose name keeps its capitals: "researcher at the University of …".)
  const printed = (m?.[1] ?? changed).split(' ');
  const body = printed.findIndex((w, k) => k > 0 && /^(?:of|at|for|with)$/.test(printed[k - 1]!) && /^(?:the|\p{Lu}\S*)$/u.test(w));
  const role = printed
    .map((w, k) => (body < 0 || k < body ? w.toLowerCase() : w))
    .join(' ')
    .replace(/^(?:the|a|an)\s+/, '');
  // "secretary of state", "head of parliament": a title goes on through "of" and its one noun.
  const of = new RegExp(`\\b${escapeRegExp(role)}\\s+(of\\s+(?!the\\b|a\\b|an\\b)[\\p{Ll}-]+)(?=,|\\.|;|$)`, 'u').exec(sentence);
  return of ? `${role} ${of[1]}` : role;
}

/** The role's words, or the post they belong to when that holds them ("assistant" → "assistant commissioner for public works"). */
function postWhole(sentence: string, changed: string): string {
  const role = roleWords(sentence, changed);
  const whole = wholePost(sentence, changed);
  return whole.length > role.length && whole.includes(role) ? whole : role;
}

const TITLED =
  /\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+),?\s+(?:headed|titled|entitled|called|named|dubbed|labell?ed)\s+(["“][^"”]{1,80}["”])/u;

/** "Her first novel, “The Salt Road,”": a work named by its title in apposition. */
const NAMED_WORK =
  /\b((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:novel|book|report|film|movie|album|song|play|memo|document|study|paper|essay|show|series|poem|painting|exhibition|bill|plan|podcast|documentary)),\s+(["“][^"”]{1,80}["”])/u;

/** The quoted title holding `changed` and the thing it names: "the memo", "“Flood Plan 101,”". */
function quotedTitle(sentence: string, changed: string): { of: string; quoted: string } | null {
  const m = TITLED.exec(sentence) ?? NAMED_WORK.exec(sentence);
  if (!m || !changed || !m[2]!.includes(changed.split(' ')[0]!)) return null;
  return { of: m[1]!.replace(/^(?:a|an)\s/i, 'the ').replace(/^(?:The|Its|His|Her|Their)\s/, (w) => w.toLowerCase()), quoted: m[2]! };
}

/** "a translator", "an interpreter". */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A time as printed: "the late 18th century", "the 1790s", "1781", "the mid-1960s". */
const TIME = /\b((?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)\s+century|(?:1[0-9]|20)\d0s|(?:1[0-9]|20)\d\d))\b/i;

/**
 * "… dates back to the late 18th century, when Napoleon tasked the French geometer Gaspard Monge
 * with …": the time dates the event the "when" clause tells, so the note says "misstated when
 * Napoleon tasked the French geometer Gaspard Monge". The clause ends after its last name within
 * ten words (or at eight words), never on a function word.
 */
export function whenTheTime(sentence: string, changed: string): { what: string; time: string } | null {
  const plain = plainText(sentence);
  const m = new RegExp(`${TIME.source},\\s+(when\\s+[^,;.:"]+)`, 'i').exec(plain);
  if (!m || !m[1]!.includes(changed.split(' ').find((w) => /\d/.test(w)) ?? '\u0000')) return null;
  const words = m[2]!.split(/\s+/).slice(0, 10);
  const runs = nameRuns(words.join(' '));
  const lastName = runs.filter((r) => r.start > 0).pop();
  let cut = lastName ? words.join(' ').slice(0, lastName.end).split(/\s+/) : words.slice(0, 8);
  while (cut.length > 2 && PREPOSITIONS.has(cut[cut.length - 1]!.toLowerCase())) cut = cut.slice(0, -1);
  if (cut.length < 3) return null;
  return { what: cut.join(' '), time: m[1]!.replace(/^The\s/, 'the ') };
}

/** Words that place one event against another in time. */
const TIMING = /\b(?:before|after|prior to|since|until|earlier than|later than|ahead of|following)\b/i;

/**
 * "joined … shortly after his post" → "several months prior to his post": the fix is of when
 * something happened against something else. What happened is the clause before the changed
 * words — "R3 CEV is a firm that Mike Hearn joined as …" is turned round to "Mike Hearn joined R3
 * CEV as …" — and the right timing runs to the event it is measured against.
 */
export function timingOf(newer: string, before: string, after: string): { what: string; right: string } | null {
  if (!TIMING.test(before) || !TIMING.test(after)) return null;
  const at = newer.indexOf(after);
  if (at <= 0) return null;
  const head = newer.slice(0, at).trim().replace(/,$/, '');
  const relative =
    /^(.+?)\s+(?:is|was|are|were)\s+(?:an?|the)\s+[^,;]*?\s+(?:that|which|whom)\s+((?:\p{Lu}[\p{L}'’.-]*\s+)+)(\p{Ll}+)(\s+.*)?$/u.exec(
      head,
    );
  const clause = relative ? `${relative[2]!.trim()} ${relative[3]} ${relative[1]}${relative[4] ?? ''}` : clauseBefore(newer, after);
  if (!clause || clause.split(/\s+/).length > 14) return null;
  // The timing and what it is measured against: "several months prior to his announcement".
  const rest: string[] = [];
  for (const raw of newer
    .slice(at + after.length)
    .trim()
    .split(/\s+/)) {
    const word = raw.replace(/[,;:.]$/, '');
    if (!word || /^(?:that|which|who|when|where|and|but)$/i.test(word) || /["“”]/.test(word) || rest.length >= 4) break;
    rest.push(word);
    if (raw !== word) break;
  }
  while (rest.length && /^(?:the|a|an|of|on|in|to|for|at|by|with|his|her|its|their)$/i.test(rest[rest.length - 1]!)) rest.pop();
  return { what: `when ${clause}`, right: [after, ...rest].join(' ') };
}

/**
 * The right and the wrong words with the preposition both versions put before them: "in the
 * parliamentary elections, not in the first round of the presidential election". Empty when the
 * two do not stand after the same preposition, or run long.
 */
export function rightAndWrong(before: string, after: string, older: string, newer: string): string {
  if (!before || !after || before.split(' ').length > 8 || after.split(' ').length > 8) return '';
  const at = (sentence: string, words: string) =>
    new RegExp(
      `\\b(in|at|on|from|to|for|with|by|during|near|under|over|since|until)\\s+((?:the|a|an)\\s+)?${escapeRegExp(words)}\\b`,
      'i',
    ).exec(plainText(sentence));
  const right = at(newer, after);
  const wrong = at(older, before);
  if (!right || !wrong || right[1]!.toLowerCase() !== wrong[1]!.toLowerCase()) return '';
  return `${right[0]}, not ${wrong[0]}`;
}

/** A word that ranks the title after it: "Rear Admiral", "Vice President", "Lieutenant Colonel". */
const RANK_WORD =
  /^(?:Rear|Vice|Deputy|Lieutenant|Brigadier|Major|Staff|Master|Chief|Senior|Junior|Assistant|Associate|Acting|Interim|Executive|First|Second|Principal)$/;

/** "major general" with the rank that was wrong: "major general, not brigadier general". */
function rankPutRight(right: string, before: string, after: string): string {
  if (!RANK_WORD.test(before) || !RANK_WORD.test(after) || !right.toLowerCase().startsWith(`${after.toLowerCase()} `)) return right;
  return `${right}, not ${before.toLowerCase()}${right.slice(after.length)}`;
}

/** A place told by its cue, with what happens there as the sentence tells it before the cue. */
function placeByCue(
  newer: string,
  after: string,
  fact: FactKind,
  articleText: string,
): { what: string; right: string; past: boolean } | null {
  const lines = articleText.split('\n');
  const at = lines.findIndex((line) => plainText(line) === newer);
  const cue = placeCue(newer, after, at > 0 ? plainText(lines[at - 1]!) : '');
  if (!cue) return null;
  const clause = cue.cueAt > 0 ? clauseAt(newer, cue.cueAt, articleText) : '';
  // ("based in Ostrava Falls": a place after its preposition with no clause of ours is the place
  // logic's to tell; a quotation's, or a name's, has no other teller.)
  if (cue.kindOnly && !clause && fact === 'place') return null;
  const past = !!clause && !presentTense(clause);
  // What happened there is told in its tense ("It was in Birchmont Square"); a body's seat or a
  // hometown stays where it is.
  return { ...placeTold(cue, clause), past: past && !cue.body && !cue.person && !cue.noun };
}

export function describeCorrection(fact: FactKind, before: string, after: string, ctx: CorrectionContext, style: HouseStyle): string {
  const t = style.templates;
  const newer = plainText(ctx.newer);
  // "the 2nd Battalion" → "the 1st Battalion": an ordinal in a unit's name names the unit (numbered-units.ts).
  const unit = fact === 'number' || fact === 'detail' ? numberedUnit(plainText(ctx.older), newer, before, after) : '';
  if (unit) return unit;
  // A year, decade or century that dates what a "when" clause tells: "misstated when …".
  const when = fact === 'number' || fact === 'year' ? whenTheTime(newer, after) : null;
  if (when) return fill(t.misstatedWhen, { what: when.what, right: when.time });
  const timing = fact !== 'quote' ? timingOf(newer, before, after) : null;
  if (timing) return fill(t.misstatedWhen, timing);
  // "0.4%" → "0.4 percentage points", "0.28%" → "0.28": the unit put right, not a count (unit-sign.ts).
  const unitFix = fact === 'number' || fact === 'amount' ? unitAlone(before, after) : null;
  if (unitFix) {
    // What the figure measures does not hang on its unit: read as either version prints it, or
    // as a percent ("rose 0.25 percentage points" measures what "rose 0.25%" does).
    const what =
      whatTheFigureMeasures(newer, after) ||
      whatTheFigureMeasures(plainText(ctx.older), before) ||
      whatTheFigureMeasures(newer.replace(after, `${unitFix.digits}%`), `${unitFix.digits}%`) ||
      amountWhat(newer, after) ||
      amountWhat(newer, unitFix.digits);
    return describeUnitFix(unitFix, after, what, t.misstatedAmount);
  }
  // A place in a frame of its own ("Fairview, Ore.", "the Selby fire chief", "a purchase in Bristol"): place-frames.ts.
  const framed =
    ['place', 'name'].includes(fact) && /^\p{Lu}/u.test(after)
      ? framedPlace(plainText(ctx.older), newer, before, after, ctx.articleText ?? '', fact === 'place')
      : null;
  if (framed)
    return (
      fill(t.misstatedPlace, { what: framed.what, right: framed.right }).replace(/It is /, framed.past ? 'It was ' : 'It is ') +
      (framed.wrong ? `, not ${framed.wrong}` : '')
    );
  // "one of the region's biggest towns, Port Ellery": a place in apposition to its noun (place-appositions.ts).
  // ("He had earned …": the one person the lines before name, pronoun-subject.ts.)
  const story = ctx.articleText ?? '';
  const apposed =
    ['place', 'name'].includes(fact) && /^\p{Lu}/u.test(after)
      ? placeInApposition(pronounNamed(newer, story.slice(0, Math.max(0, story.indexOf(newer))), story), after)
      : null;
  if (apposed)
    return (
      fill(t.misstatedPlace, { what: apposed.what, right: after }).replace(/It is /, apposed.past ? 'It was ' : 'It is ') +
      (/^\p{Lu}/u.test(before) ? `, not ${before}` : '')
    );
  // A place the words around it call one ("the village of …", "Partners in Omaha"): place-cues.ts.
  const placed =
    ['place', 'name', 'title', 'role', 'quote'].includes(fact) && /^\p{Lu}/u.test(after)
      ? placeByCue(newer, after, fact, ctx.articleText ?? '')
      : null;
  if (placed)
    return fill(t.misstatedPlace, { what: placed.what, right: placed.right }).replace(/It is (?=in )/, placed.past ? 'It was ' : 'It is ');
  switch (fact) {
    case 'name-spelling': {
      const run = runContaining(newer, after.split(' ')[0] ?? after);
      // (A surname alone on a later mention is named in full, as the article first did: surname-in-full.ts.)
      const person = nameInFull(personName(run) || run, ctx.articleText ?? '');
      const words = person.split(' ');
      const first = after.split(' ')[0] ?? '';
      const index = words.indexOf(first);
      // ("Hartwell County", "Elm Street": a place or a body has a name, not a first and a last.)
      const part =
        // ("Koh Hyeon-seok", "Lee Jae Myung": a name printed family name first has no "first" or "last" a reader
        // could place, family-first-names.ts.)
        words.length < 2 ||
        index < 0 ||
        looksLikeOrganization(person) ||
        STREET.test(person) ||
        familyNameFirst(person, ctx.articleText ?? newer)
          ? 'name'
          : index === 0
            ? 'first name'
            : (index === words.length - 1 || (after.split(' ').length > 1 && index + after.split(' ').length === words.length)) &&
                // ("Chew Gek Khim": a last word the article never goes by is no surname told as such, name-parts.ts.)
                lastWordIsSurname(words, ctx.articleText ?? newer)
              ? 'last name'
              : 'name';
      // ("John T. Hadley" → "John R. Hadley": an initial is misstated, not misspelled, middle-initial.ts.)
      const initial = middleInitialPhrase(words, before, after, person);
      if (initial) return initial;
      // ("former NZ First MP …": the article's "former" kept with the title, former-kept.ts.)
      // ("Bruce and Irene Steinberg": a surname shared by given names before it is each one's, name-parts.ts.)
      const named = part === 'last name' ? sharingSurname(newer, person) : person;
      return fill(t.misspelledName, { part, name: named === person ? withFormer(plainText(newer), person) : named });
    }
    case 'name': {
      // "Opening batsman Ben Foakes" → "Wicketkeeper …": a role the sentence's capital joined to the name (opening-roles.ts).
      const opening = roleOpeningSentence(plainText(ctx.older), newer, before, after, ctx.articleText ?? '');
      if (opening) return roleBesidePhrase(opening);
      // "Interior Minister Ana Cruz" → "Public Ombudsman Ana Cruz": the same person, the post put right.
      const swapped = swappedTitle(before, after, ctx.older, newer, ctx.articleText ?? '');
      if (swapped) return fill(t.misstatedTitle, { name: swapped.name, right: swapped.title });
      const run = runContaining(newer, after.split(' ').find((w) => !isTitleWord(w)) ?? after);
      // "outside 212 Linden Ave.": a run set after a place's preposition is where the clause's deed was, no person (placed-deed.ts).
      const where = placedDeed(
        newer,
        plainText(ctx.older),
        run,
        runContaining(plainText(ctx.older), before.split(' ')[0] ?? before),
        ctx.articleText ?? '',
      );
      if (where && (STREET.test(run) || namesAStreet(run) || !personName(run))) return `misstated ${where.what}. ${where.right}`;
      // "on Oak Street": a street's name is a place, no person.
      if (STREET.test(run)) return fill(t.misstatedPlace, { what: 'the street', right: run });
      // "Actress Jessa Paine will play …": a common noun for a post opening the sentence is the
      // person's role, capitalized only by its place, and no part of the name.
      const opener = run.split(' ')[0]!;
      if (run.split(' ').length >= 3 && isPostNoun(opener) && newer.startsWith(run))
        return fill(t.misidentified, { role: `the ${opener.toLowerCase()}`, name: run.slice(opener.length + 1) });
      // "Chief Technology Officer" → "Chief Product Officer" beside a name: a run that is all post is the
      // title of the person it is set beside, put right, never a person of its own.
      const holder = !personName(run) && titleOf(run) === run ? nearestPerson(newer, after) : '';
      if (holder) return fill(t.misstatedTitle, { name: holder, right: titleInWords(run) });
      const person = personName(run) || run;
      // "Mr." on second reference is courtesy, no post: "misidentified the mr." says nothing.
      const title = HONORIFIC_WORD.test(titleOf(run)) ? '' : titleOf(run);
      if (title) return fill(t.misidentified, { role: `the ${titleInWords(title)}`, name: person });
      // The post the sentence gives beside the name ("the company's chief financial officer, …").
      const post = roleBeside(newer, person);
      if (post) return fill(t.misidentified, { role: post, name: person });
      return fill(t.misidentifiedNoRole, { name: person });
    }
    case 'role': {
      // "former pitcher Luis Brandt" → "shortstop": the person named, and what they do, wrong and right.
      const beside = roleBesideName(plainText(ctx.older), newer, before, after, ctx.articleText ?? '');
      if (beside) return roleBesidePhrase(beside);
      // "…, the federal envoy in Varn, Ilse Moor, told …": the post set before the name, whole.
      const post = postBeforeName(newer, after.split(' ').find((w) => !isStopword(w)) ?? after);
      if (post) return fill(t.misstatedTitle, post);
      // "Dana Whitfield, the deputy mayor," → "city manager": whose role it is, and the right one.
      // ("Mr." is courtesy, no post: "Mr. Reeves, a senior fellow at …" holds the post after the comma.)
      const titles = nameRuns(newer).filter((r) => r.words.some((w) => isTitleWord(w) && !HONORIFIC_WORD.test(w)) && personName(r.text));
      // (Of two titled people, the one whose own title holds the new words: title-holder.ts.)
      const titled = runHoldingTitle(titles, after) ?? titles[0];
      // "Bob Alvers, head of the Trawler Owners Association": the post is the person's, never the body's.
      const held = titled ? null : titleHeld(newer, after.split(' ').find((w) => !isStopword(w)) ?? after);
      // (The post as the role's own words read it when they can — "deputy head" — else as held.)
      if (held && /\b(?:of|for|at)\b/.test(held.right) && !/['’]s\b/.test(held.right)) {
        const own = postWhole(newer, after);
        const whole = !!own && !/(?:^|\s)(?:of|for|at|in|with|the|a|an)$/i.test(own);
        return fill(t.misstatedTitle, { name: held.name, right: whole ? own : held.right });
      }
      const person = titled ? personName(titled.text) : nearestPerson(newer, after);
      if (!person) return fill(t.misstatedDetail, { what: 'a title' });
      // "Professor Alan Wu, an associate professor of chemistry": the title before the name is not
      // the one put right when it lacks the changed words; the post beside the name is.
      const printedTitle = titled ? titleOf(titled.text) : '';
      const changedWord = after.split(' ').find((w) => !isStopword(w)) ?? after;
      const right =
        printedTitle && new RegExp(`\\b${escapeRegExp(changedWord)}\\b`, 'i').test(printedTitle)
          ? titleInWords(printedTitle)
          : postWhole(newer, after);
      // "Rep. Dana Holt" → "Sen. …": both one-word titles told, AP form (one-word-titles.ts).
      const single = printedTitle ? oneWordTitle(printedTitle, before, after) : null;
      if (single) return oneWordTitlePhrase(person, single);
      // "bench coach Ned Vale" → "manager Ned Vale": both lower-case posts told (lowercase-title-phrase.ts).
      const lowerPost = lowercaseTitlePhrase(plainText(ctx.older), plainText(newer));
      if (lowerPost) return lowerPost;
      return fill(t.misstatedTitle, { name: person, right });
    }
    case 'title': {
      // "former Deputy Secretary of Commerce … Lena Harrow" → "Under …": both posts whole, "former" kept (qualified-posts.ts).
      const qualifiedPost = qualifiedPostPhrase(plainText(ctx.older), plainText(newer), before, after);
      if (qualifiedPost) return qualifiedPost;
      // A title with capitals of its own ("North America editor"), held by a person named beside it.
      const changed = after.split(' ').find((w) => /^\p{Lu}/u.test(w)) ?? '';
      // "House Minority Leader Dara Pell": the whole title before the name, qualifier kept (title-qualifiers.ts).
      const qualified = titleBeforeName(newer, changed);
      if (qualified) return fill(t.misstatedTitle, qualified);
      const held = titleHeld(newer, changed);
      // "a Vermont Republican" → "… Democrat": the member's party.
      if (held && PARTY.test(changed)) return fill(t.misstatedAmount, { what: `${held.name}'s party`, right: changed });
      if (held) return fill(t.misstatedTitle, { ...held, right: rankPutRight(held.right, before, after) });
      // (The titled person whose own title holds the new words, when the sentence names two: title-holder.ts.)
      const titledRuns = nameRuns(newer).filter((r) => r.words.some(isTitleWord) && personName(r.text));
      const run = runHoldingTitle(titledRuns, after) ?? titledRuns[0];
      if (!run) return fill(t.misstatedDetail, { what: subjectPhrase(newer) || 'a title' });
      // "Rear Admiral Tom Keel" → the rank keeps the word put right ("rear admiral", not "admiral").
      const printed = titleOf(run.text);
      const ranked =
        printed && RANK_WORD.test(after) && run.text.includes(`${after} ${printed}`)
          ? rankPutRight(`${after.toLowerCase()} ${titleInWords(printed)}`, before, after)
          : rankPutRight(titleInWords(printed), before, after);
      return fill(t.misstatedTitle, { name: personName(run.text), right: ranked });
    }
    case 'place': {
      // "China's Sumitomo and Yokohama" → "Asia's …": the place the named ones belong to.
      const owned = possessivePlace(before, after, newer);
      // The wrong place follows from the old text (wrongValue), once the phrase is grounded.
      // Two named bodies are "they": "They are in Denmark, not Norway."
      if (owned) {
        const told = fill(t.misstatedPlace, {
          what: `where ${owned.names} ${owned.plural ? 'are' : 'is'} based`,
          right: `in ${owned.right}`,
        });
        return owned.plural ? told.replace(/\bIt is (?=in )/, 'They are ') : told;
      }
      const place = runContaining(newer, after.split(' ')[0] ?? after);
      // "Dana Lee, a researcher at Helix": the body a person works at is their employer, no place.
      const employee = employeeOf(newer, place);
      if (employee)
        return fill(t.misstatedPlace, {
          what: employee.does === 'studies' ? `the school ${employee.name} attends` : `where ${employee.name} ${employee.does}`,
          right: place,
        }).replace(/It is (?=[^.]*$)/, employee.does === 'worked' ? 'It was ' : 'It is ');
      const preposition = new RegExp(`\\b(in|at|near|from|to|into|outside)\\s+(?:the\\s+)?${escapeRegExp(place.split(' ')[0]!)}`).exec(
        newer,
      );
      // ("She lives in Corbin": the pronoun named by the sentence before, pronoun-subject.ts.)
      // (Named in full as the article first named the person: "where Teodora Vance grew up"; surname-in-full.ts.)
      const named = pronounNamed(newer, story.slice(0, Math.max(0, story.indexOf(newer))), story).replace(
        /^\p{Lu}[\p{L}'’-]+(?=\s)/u,
        (surname) => (/^(?:he|she|they)\s/i.test(plainText(newer)) ? nameInFull(surname, story) : surname),
      );
      // ("after an Uber self-driving vehicle in Tempe landed on its side": the subject's own deed, place-in-subject.ts.)
      const subjectPlaced = preposition ? placeInSubject(plainText(newer), place) : null;
      if (subjectPlaced)
        return fill(t.misstatedPlace, { what: subjectPlaced.what, right: `${preposition![1]} ${place}` }).replace(
          /It is (?=[^.]*$)/,
          subjectPlaced.past ? 'It was ' : 'It is ',
        );
      const printedClause = preposition
        ? // ("a payments startup based in Austin": a participle after its noun, told with its "is"; reduced-relative.ts.)
          reducedRelativeTold(clauseBefore(named !== newer && named.includes(preposition[0]) ? named : newer, preposition[0]))
        : '';
      // "… after he landed with two engineers in Norway": a stretch that would copy the article is
      // told by the clause the place sits in, its subject and verb (place-clause.ts).
      const own = preposition ? placeClause(printedClause, newer, newer.slice(0, newer.indexOf(preposition[0])), story) : null;
      const clause = own ? own.clause : printedClause;
      // ("Shares in Halden fell … in Bergen", "founded in Denver in 2018 by …": the innermost deed
      // the place sits in, with its own subject, when it can be read; placed-deed.ts.)
      const inner =
        preposition && clause && unreadablePlaceClause(clause)
          ? placedDeed(newer, plainText(ctx.older), place, runContaining(plainText(ctx.older), before.split(' ')[0] ?? before), story)
          : null;
      if (inner) return `misstated ${inner.what}. ${inner.right}`;
      // ("where although another calf was born": a cut that is no clause is never printed; the
      // place is named plainly instead; well-formed-deed.ts.)
      if (clause && !wellFormedDeed(clause)) return fill(t.misstatedPlace, { what: 'a place', right: place });
      // "It was the third mill closure in Wisconsin": an "it" that names nothing has no "where" to
      // tell ("misstated where it was …"); the place is named plainly.
      if (/^(?:it|there) (?:is|was|will be|had been) (?:the|a|an|its|their) /i.test(clause))
        return fill(t.misstatedPlace, { what: 'a place', right: place });
      // "Its headquarters are in Dallas": a clause that is only its subject and "is"/"are" would end
      // the note on the verb; the place is "the location of" that subject.
      const located = /^((?:its|their|his|her|the)\s+.+?)\s+(?:is|are)$/i.exec(clause);
      if (located && located[1]!.split(' ').length <= 5)
        return fill(t.misstatedPlace, { what: `the location of ${located[1]}`, right: `${preposition![1]} ${place}` });
      if (clause)
        return fill(t.misstatedPlace, { what: `where ${clause}`, right: `${preposition![1]} ${place}` }).replace(
          /It is (in|at|near|from|to|into|outside) /,
          // The right fact keeps the clause's tense: "will be held … It will be in Springdale".
          /\b(?:will|shall)\b/i.test(clause)
            ? 'It will be $1 '
            : presentTense(clause) || clauseTense(clause) === 'is'
              ? 'It is $1 '
              : 'It was $1 ',
        );
      // ("outside 212 Linden Ave.", "was founded in Denver": where the clause's own deed was; placed-deed.ts.)
      const deed = placedDeed(
        newer,
        plainText(ctx.older),
        place,
        runContaining(plainText(ctx.older), before.split(' ')[0] ?? before),
        story,
      );
      if (deed) return `misstated ${deed.what}. ${deed.right}`;
      // ("relocation of an existing Atlanta Gas line in Standifer Gap Road": where the thing is, located-things.ts.)
      const thing = preposition ? locatedThing(plainText(newer), place) : '';
      if (thing) return fill(t.misstatedPlace, { what: thing, right: `${preposition![1]} ${place}` });
      // No "in/at/near" before it: a name, not a place ("Pocket published it" for "Tor published it").
      // The right value is given only when it is a name ("Pocket"), not a stray word or a possessive.
      const proper = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*$/u.test(place) && !/['’]s$/.test(place);
      if (!proper) return fill(t.misstatedDetail, { what: subjectPhrase(newer) || 'a name' });
      // "Sen. Jo Park, a Democrat,": a party is no name; it is the party of the person it describes.
      if (PARTY.test(place)) {
        const member = nameRuns(newer).find((r) => !PARTY.test(r.text) && personName(r.text).split(' ').length >= 2);
        // ("misstated the party of Jo Park. Park is a Democrat", party-codes.ts.)
        if (member) {
          const name = personName(member.text);
          const party = place === 'Democratic' ? 'Democrat' : place;
          return partyPhrase(
            { member: name, name, right: party, wrong: '', before: '', after: '' },
            shortName(name, ctx.articleText ?? ''),
          );
        }
        // "The Republican mayor": the party of the post it stands before.
        // The post whole: "state senator", "former governor" — its words up to the noun that heads it.
        const after = new RegExp(`\\b${escapeRegExp(place)}\\s+((?:\\p{Ll}+\\s+){0,2}\\p{Ll}+)`, 'u').exec(newer)?.[1] ?? '';
        const tags = tagged(after);
        let end = 0;
        while (end < tags.length && ['ADJ', 'NOUN'].includes(tags[end]!.pos)) end++;
        while (end > 0 && tags[end - 1]!.pos !== 'NOUN') end--;
        const post = tags
          .slice(0, end)
          .map((tok) => tok.text)
          .join(' ');
        return fill(t.misstatedAmount, { what: post ? `the ${post}'s party` : 'a party', right: place });
      }
      if (STREET.test(place)) return fill(t.misstatedPlace, { what: 'the street', right: place });
      // "who chairs the Senate Budget Committee": the body a named person leads (led-bodies.ts).
      const led = ledBody(newer, place, runContaining(plainText(ctx.older), before.split(' ')[0] ?? before));
      if (led) return `misstated ${led.what}. It is ${led.right}, not ${led.wrong}`;
      // The name does something in its sentence ("Pocket published it"): the fix is of that role.
      const agent = agentRole(newer, place, ctx.articleText ?? '');
      if (agent) return fill(t.misstatedPlace, { what: agent.role, right: place }).replace(/It is /, agent.past ? 'It was ' : 'It is ');
      // "southern Zabul province", "Harlan County": the word after the name says what kind of place it is.
      const division = new RegExp(`${escapeRegExp(place)}\\s+(${DIVISION.source})\\b`, 'iu').exec(plainText(newer))?.[1];
      if (division) return fill(t.misstatedPlace, { what: `the ${division.toLowerCase()}`, right: place });
      // ("the constellation Draco", "areas like Rockford", "The Federal High Court, Abuja,": the kind its sentence names, name-role.ts.)
      const role = preposition ? null : nameRole(plainText(newer), place);
      const told = fill(t.misstatedPlace, { what: role ?? (preposition ? 'a place name' : 'a name'), right: place });
      // ("the area that had 5 inches of snow. It was Rockford": the right fact in its deed's tense.)
      return role && / that \S+/.test(role) && !presentTense(role.replace(/^.*? that /, ''))
        ? told.replace(/It is (?=[^.]*$)/, 'It was ')
        : told;
    }
    case 'year': {
      const year = after.split(' ').find(isYear) ?? after;
      // The event the year is the time of, from its sentence (event-of-date.ts).
      // ("Police said the mill closed in 1902": the event is the reported one, told without who said
      // it; a day set inside the attribution, "The campaign on Tuesday said …", is the saying's.)
      const dated = [stripAttribution(newer, ctx.articleText ?? ''), newer].reduce<ReturnType<typeof eventOfDate>>(
        (found, line) => found ?? eventOfDate(line, year, ctx.articleText ?? '', wrongValue('year', before, ctx.older)),
        null,
      );
      if (dated) return `misstated ${dated.what}. ${dated.right}`;
      // ("Ortiz notes that the survey ran in 2019": the year of the reported clause, reporting-frames.ts.)
      // ("back in 2011": the "back" went with the year; innermost-deed.ts.)
      const clause = withoutDateLead(yearClause(withoutReportingFrame(newer), year));
      // ("a review issued by the board in 2019": the year of the innermost clause, not the main one; innermost-deed.ts.)
      const inner = deedBothTold(innermostDeed(newer, year, story), newer, plainText(ctx.older));
      if (inner && (inner.nested || !clause))
        return fill(t.misstatedWhen, { what: `when ${inner.deed}`, right: year }).replace(
          /It was (?!.*It was )/,
          inner.past ? 'It was ' : 'It is ',
        );
      // "it was the lowest rate since": an "it" that names nothing, or a clause left on its
      // preposition, is no "year <clause>"; the year is named plainly.
      if (/^(?:it|there) (?:is|was|will be|had been)\b/i.test(clause) || PREPOSITIONS.has(clause.split(' ').pop()!.toLowerCase()))
        return `misstated a year. It was ${year}`;
      // ("Research for the Ministry in 2012 showed": a noun phrase is the thing the year dates, dated-thing.ts.)
      const thing = thingDated(clause, story);
      // (Nothing read: the plain category, which token-clause.ts names from the year's noun when it can, never "the year given".)
      if (!thing && !clause) return `misstated a year. It was ${year}`;
      return fill(t.misstatedYear, { what: thing || clause, right: year });
    }
    case 'time': {
      // ("Just after 2 p.m., the victim saw …": a time that opens the sentence dates its main clause; time-openers.ts.)
      const plainLine = plainText(newer);
      if (plainLine.includes(after) && opensOnTime(plainLine.slice(0, plainLine.indexOf(after)).trim())) {
        const opened = eventOfDate(plainLine, after, ctx.articleText ?? '', before);
        if (opened) return `misstated ${opened.what}. ${opened.right}`;
      }
      // "the crowd left at 3:45 p.m." → "misstated when the crowd left. It was 3:45 p.m."
      let clause = clauseBefore(newer, `at ${after}`) || clauseBefore(newer, after);
      // "Ana Roe on Wednesday accused China …": the subject's verb stands after the day (verb-after-day.ts).
      const dayAt = newer.indexOf(after);
      if (clause && !hasFiniteVerb(clause) && dayAt > 0)
        clause = withVerbAfterDay(clause.replace(/\s+(?:on|late|early)$/i, ''), newer.slice(dayAt));
      // ("broke out at about 5:15 a.m.": a clause left on a word that went with the time is told by
      // its innermost deed instead; innermost-deed.ts.)
      const inner =
        !clause || /\s(?:at|about|around|approximately|roughly|nearly|by|of|in|on)$/i.test(clause)
          ? deedBothTold(innermostDeed(newer, after, ctx.articleText ?? ''), newer, plainText(ctx.older))
          : null;
      if (inner) clause = inner.deed;
      // ("crashed about 10 p.m." → "left the pier about 4 p.m. and crashed": the time now belongs to another deed; innermost-deed.ts.)
      if (clause && !deedBothTold({ deed: clause, past: true, nested: false }, newer, plainText(ctx.older))) clause = '';
      // "will start at 7 p.m.": a time still to come "is" 7 p.m.
      return clause
        ? fill(t.misstatedWhen, { what: `when ${clause}`, right: after }).replace(
            /It was (?!.*It was )/,
            /\b(?:will|shall|is to|are to)\b/i.test(clause) || presentTense(clause) || clauseTense(clause) === 'is' ? 'It is ' : 'It was ',
          )
        : fill(t.misstatedWhen, { what: 'a time', right: after });
    }
    case 'date': {
      const right = datePhrase(newer, after);
      // "Okafor said Wednesday": the date is when the source spoke, not when the event is.
      const spoke = new RegExp(
        `\\b(?:${speechVerbs('said', 'says', 'told', 'announced', 'wrote', 'posted')})\\s+(?:on\\s+)?${escapeRegExp(right.split(' ')[0]!)}\\b`,
      ).test(newer);
      if (spoke && ctx.speaker)
        return fill(t.misstatedDate, { what: `${ctx.speaker} spoke`, right })
          .replace(/It is /, 'It was ')
          .replace(/the date (?=.* It was \p{Lu}\p{Ll}+day\b)/u, 'the day ');
      // The event the date is the time of, from its sentence (event-of-date.ts).
      // ("On Thursday, they claimed …": "they" named by the sentence before, pronoun-subject.ts.)
      const named = pronounNamed(newer, story.slice(0, Math.max(0, story.indexOf(newer))), story);
      const dated = [stripAttribution(named, story), named].reduce<ReturnType<typeof eventOfDate>>(
        (found, line) => found ?? eventOfDate(line, right, ctx.articleText ?? '', wrongValue('date', before, ctx.older)),
        null,
      );
      // The date alone was put right: its event keeps no clock nor zone printed beside it.
      if (dated) return `misstated ${bareEventLowered(withoutClock(dated.what))}. ${dated.right}`;
      // ("… during a student protest in Garrow on July 25": the date of that event, event-noun-dated.ts.)
      const occasion = isStampOnly(after) ? '' : eventNounDated(newer, right);
      if (occasion)
        return fill(t.misstatedDate, { what: `of ${occasion}`, right }).replace(
          /It is (?!.*It is )/,
          /\b(?:will|is to|are to)\b/.test(newer) ? 'It is ' : 'It was ',
        );
      // A day or a part of the day put right ("on Wednesday" → "on Thursday") dates what the clause
      // tells, not "the date of" a noun: "misstated when the clinic reported 40 cases. It was Thursday".
      if (isStampOnly(before) && isStampOnly(after)) {
        const said = stripAttribution(newer, ctx.articleText ?? '');
        const at = said.search(new RegExp(`\\s(?:on|by|at|late|early|this|last)?\\s*${escapeRegExp(after.split(' ')[0]!)}\\b`));
        // "The fire, which started Tuesday": the clause is told without its comma ("the fire started").
        let clause =
          at > 0
            ? said
                .slice(0, at)
                .trim()
                .replace(/^([^,]+),\s+(?:which|who|that)\s+(?=[^,]+$)/i, '$1 ')
            : '';
        // "… to remember the 12 people who died Saturday": the day is the relative clause's ("when the 12 people died").
        const relative =
          /\b((?:the|a|an|\d[\d,]*)\s+(?:[\p{L}\d,'’-]+\s+){0,4}?)(?:who|which|that)\s+((?:was\s+|were\s+|had\s+)?\p{Ll}+)$/u.exec(clause);
        if (relative) clause = `${relative[1]!.trim()} ${relative[2]}`;
        // ("In a statement on Thursday, the union said": the day of the statement, dated-thing.ts.)
        const statement = clause ? openingThingDated(clause) : '';
        if (statement) return fill(t.misstatedWhen, { what: `the day ${statement}`, right: after });
        // "Defense Secretary Ana Roe on Wednesday accused China of …": the day stands between the
        // subject and its verb, so the event is the subject with the verb and object after the day.
        if (clause && !hasFiniteVerb(clause)) clause = withVerbAfterDay(clause, said.slice(at));
        const future = /\b(?:will|is to|are to)\b/.test(clause);
        // ("The match, played … on Sunday, ended": the innermost deed, where the clause cannot be told; innermost-deed.ts.)
        const inner = deedBothTold(innermostDeed(newer, after, ctx.articleText ?? ''), newer, plainText(ctx.older));
        const what =
          clause && !clause.includes(',') && clause.split(/\s+/).length <= 14
            ? `when ${lowerOpening(clause, ctx.articleText ?? '')}`
            : inner
              ? `when ${inner.deed}`
              : 'a day';
        // ("when the crash happened about 6 p.m.": the day beside a clock that stands is the event's day; day-beside-clock.ts.)
        return fill(t.misstatedWhen, { what: dayNotClock(what, 'day'), right: after }).replace(
          /It was (?!.*It was )/,
          future ? 'It is ' : 'It was ',
        );
      }
      // "joined Holt Labs in January": the preposition goes with the date, not with the clause.
      let clause = clauseBefore(newer, `on ${right}`) || clauseBefore(newer, `in ${right}`) || clauseBefore(newer, right);
      // "In October 2005, the Houston branch building … was named": the event follows the date.
      if (clause.split(' ').length <= 2) clause = eventAfter(newer, right) || (clause.split(' ').length > 1 ? clause : '');
      // "Voting ends at 3 p.m. (ET) on Nov. 7": the date alone was put right, so the clause keeps no
      // clock nor the zone printed with it.
      clause = withoutClock(clause);
      // "The deadline is Nov. 7": a clause that is only its subject and "is" dates that subject.
      const copular = /^(?:the|its|their|his|her)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:is|was|are|were|will be)$/iu.exec(clause);
      if (copular) clause = '';
      else if (clause) clause = lowerOpening(clause, ctx.articleText ?? '');
      // ("Jury selection begins": a proceeding named bare opens no name.)
      if (BARE_EVENT.test(clause)) clause = `${clause.charAt(0).toLowerCase()}${clause.slice(1)}`;
      // "the Forest Service" is a name, not an event ("a service").
      const bare = BARE_EVENT.exec(plainText(newer));
      const event = copular
        ? ([copular[0], copular[1]!] as const)
        : (((m) => (m && /^\p{Ll}/u.test(m[1]!) ? m : null))(EVENT.exec(newer)) ??
          (bare ? ([bare[0], bare[1]!.toLowerCase()] as const) : null));
      // "the hearing … is set for": a clause that ends on its preposition reads better as "of the hearing".
      if (clause && event && PREPOSITIONS.has(clause.split(' ').pop()!.toLowerCase())) clause = '';
      // ("… issued by the board in March 2020": the innermost clause's deed, when the main clause or
      // nothing would be told; innermost-deed.ts.)
      const inner = deedBothTold(innermostDeed(newer, right, story), newer, plainText(ctx.older));
      if (inner && (inner.nested || (!thingDated(clause, story) && !clause && !event)))
        return fill(t.misstatedWhen, { what: `when ${inner.deed}`, right }).replace(
          /It was (?!.*It was )/,
          inner.past ? 'It was ' : 'It is ',
        );
      const what = thingDated(clause, story) || (clause ? clause : event ? `of the ${event[1]!.toLowerCase()}` : '');
      // "Brenner joined Holt Labs" is done: its date "was"; "the line will open" keeps "is".
      const past = !!clause && /\b(?:was|were|had|did)\b|\b\p{Ll}{3,}ed\b/u.test(clause) && !/\b(?:will|is|are|has|have)\b/.test(clause);
      // "this evening", "next week": a relative day is when, not a date (relative-days.ts).
      if (clause && isRelativeDay(right))
        // ("will still hold": the "still" answered a line the note does not carry.)
        return fill(t.misstatedWhen, { what: `when ${clause.replace(/\s+still(?=\s)/, '')}`, right }).replace(
          /It was (?!.*It was )/,
          past ? 'It was ' : 'It is ',
        );
      return fill(t.misstatedDate, { what, right }).replace(/It is (?=[^.]*$)/, past ? 'It was ' : 'It is ');
    }
    case 'amount': {
      // "one to two million dollars": a sum in words is told as one (spelled-sums.ts).
      const inWords = spelledSumFix(before, after, ctx.older, newer);
      if (inWords) return inWords;
      const amount = after.split(' ').find((w) => /\d/.test(w)) ?? '';
      // No figure among the changed words ("first round" → "parliamentary elections"): say what, not a value.
      if (!amount) return withRightAndWrong(fill(t.misstatedDetail, { what: subjectPhrase(newer) || 'a figure' }), before, after, ctx);
      // "KSh 21 billion": a currency written as a word stays with the sum, both ways (money-words.ts).
      const sum = /^[$€£]/.test(amount) ? '' : writtenSum(newer, amount);
      const was = sum && writtenSum(plainText(ctx.older), before.split(' ').find((w) => /\d/.test(w)) ?? before);
      if (sum && was) {
        const what = boundedFigure(plainText(figureOutsideAsides(ctx.newer, amount)), sum) || amountOf(newer, sum);
        if (what) return fill(t.misstatedAmount, { what, right: `${sum}, not ${was}` });
      }
      // ("a 55-percent stake": a percent hyphened to its figure is said "55 percent".)
      const unit =
        /^(?:\s*|-)(million|billion|trillion|percent|per cent)/i.exec(newer.slice(newer.indexOf(amount) + amount.length))?.[1] ?? '';
      // "its share price was $39": whose, from the sentence before (possessive-owner.ts).
      const owned = possessiveOwner(newer, amount, ctx.articleText ?? '');
      if (owned)
        return fill(t.misstatedAmount, { what: owned.what, right: unit ? `${amount} ${unit}` : amount }).replace(
          /It is (?=[^.]*$)/,
          owned.past ? 'It was ' : 'It is ',
        );
      // (A dash aside is read out of the sentence, and its first word lowered where it is no name.)
      const what = openerLowered(
        whatTheFigureMeasures(plainText(figureOutsideAsides(ctx.newer, amount)), amount) || amountWhat(newer, amount) || 'a figure',
        newer,
        ctx.articleText ?? '',
      );
      // "how much the company's sales fell": a move that happened "was" its figure.
      const past =
        /^how much .*\b(?:\p{Ll}+ed|fell|rose|grew|sank|shrank|slid|slipped)$|^the amount spent on /u.test(what) || phraseIsPast(what);
      // "in the region of $14m": the rounding stays with the value, "about $14m" (qualifiers.ts).
      // ("about 49%", "some $5 million": a hedge said before it stays too, figure-hedges.ts.)
      const about = ROUNDED_FIGURE.test(newer.slice(0, Math.max(0, newer.indexOf(amount)))) ? 'about ' : hedgeOf(plainText(newer), amount);
      // ("The city paid $1.2 million for the land in 2019": a sum its verb tells in the past "was", figure-tense.ts.)
      return fill(t.misstatedAmount, { what, right: `${about}${unit ? `${amount} ${unit}` : amount}` }).replace(
        /It is (?!.*It is )/,
        past || figureIsPast(plainText(newer), amount) ? 'It was ' : 'It is ',
      );
    }
    case 'score': {
      const score = after.split(' ').find((w) => /^\d+-\d+$/.test(w)) ?? after;
      const before = newer.slice(0, newer.indexOf(score));
      // "The Senate passed the bill 51-49": a count of votes, not a game's score.
      const vote = /\bvot\w*\s+$/i.test(before) || /\b(?:passed|approved|rejected|confirmed|ratified|adopted|voted)\b/i.test(before);
      return fill(t.misstatedScore, { what: vote ? 'vote' : 'score', right: score });
    }
    case 'number': {
      // "two days after" → "a day after": the span told by the events it lies between (days-apart.ts).
      const apart = daysApart(newer, before, after, ctx.articleText ?? '');
      if (apart) return apart;
      // "It took nearly an hour to …": how long the deed took (it-took.ts).
      const took = howLongItTook(plainText(newer), before, after, plainText(ctx.articleText ?? ''));
      if (took)
        return fill(t.misstatedAmount, { what: took.what, right: `${took.right}, not ${took.wrong}` }).replace(
          /It is (?=[^.]*$)/,
          `It ${took.verb.replace(/^(?:has|had) taken$/, 'took')} `,
        );
      // "about a month" → "about two months": how long a thing takes (durations.ts).
      const lasting = howLongItTakes(newer, before, after);
      if (lasting)
        return fill(t.misstatedAmount, { what: lasting.what, right: `${lasting.right}, not ${lasting.wrong}` }).replace(
          /It is (?=[^.]*$)/,
          /\b(?:took|lasted)$/.test(lasting.what) ? 'It was ' : 'It is ',
        );
      const number = after.split(' ').find(isNumberToken) ?? '';
      if (!number) return withRightAndWrong(fill(t.misstatedDetail, { what: subjectPhrase(newer) || 'a figure' }), before, after, ctx);
      // "between 20 and 25 homes": a range is one figure, told whole and read by its high end (figure-ranges.ts).
      const range = rangeAround(plainText(newer), number);
      const rangeWhat = range ? whatTheFigureMeasures(plainText(figureOutsideAsides(ctx.newer, range.high)), range.high) : '';
      // (The old range is told whole after "not" too: "between 20 and 25, not between 12 and 15".)
      const oldRange = rangeAround(plainText(ctx.older), before.split(' ')[0]!);
      const ranged = oldRange ? `${range?.told}, not ${oldRange.told}` : range?.told;
      if (range && rangeWhat)
        return (
          rangeWhat.startsWith('the number of ')
            ? fill(t.misstatedNumber, { what: rangeWhat.slice(14), right: ranged! })
            : fill(t.misstatedAmount, { what: rangeWhat, right: ranged! })
        ).replace(/It is (?!.*It is )/, figureIsPast(plainText(newer), number) ? 'It was ' : 'It is ');
      // "a three-year-old case" → "five-year-old": the thing's age or length, said as values (spelled-compounds.ts).
      const compound = compoundFigureFix(newer, before, number, ctx.articleText ?? '');
      if (compound) return fill(t.misstatedAmount, compound);
      // "Seventy-five percent of …": a share in words, told in figures (spelled-percent.ts).
      const spelled = spelledPercent(newer, before, after);
      const share = spelled ? shareOf(newer, after) : '';
      if (spelled && share) return fill(t.misstatedAmount, { what: share, right: `${spelled.right}, not ${spelled.wrong}` });
      // "the fifth plant closure": an ordinal says which one, not how many.
      const which = ordinalOf(newer, number);
      if (which) return `misstated where the ${which.thing} ranked. It was the ${which.right}, not the ${before.toLowerCase()}`;
      // What the figure measures, when its sentence says (figures.ts); else the noun it counts.
      // ("The 82-year-old …": an age, whose the sentence or the one before it says.)
      // ("140 characters—less than a text's worth—and": what the figure counts is read without the aside.)
      const told = plainText(figureOutsideAsides(ctx.newer, number));
      const measured = (hyphenatedAge(newer, number, ctx.articleText ?? '') || whatTheFigureMeasures(told, number)).replace(
        // "the number of hours Crews worked": the deed's clause opens lower case unless on a name.
        /^((?:the number of|how many) \p{Ll}+ |the (?:speed|temperature) )(\p{Lu}.*)$/u,
        (_m, lead: string, clause: string) => lead + lowerOpening(clause, ctx.articleText ?? ''),
      );
      // "Rs 10 crore", "KSh 500": a sum in a currency written as a word keeps it, and its scale (money-words.ts).
      const sum = writtenSum(newer, number);
      const was = sum && writtenSum(plainText(ctx.older), before.split(' ').find(isNumberToken) ?? before);
      // ("the number of euros" is no count: a currency named after the figure makes it a sum.)
      const counts = measured.startsWith('the number of ');
      if (sum && was && (!counts || CURRENCY_NAME.test(measured.split(' ')[3] ?? '')))
        return fill(t.misstatedAmount, {
          what: boundedFigure(told, sum) || (counts ? '' : measured) || amountOf(told, sum) || 'a sum',
          right: `${sum}, not ${was}`,
        });
      // A number word that opened the sentence ("Sixty-one passengers …") is lowercase mid-note, and
      // one of 10 or more is written in figures, as AP style writes it ("Fifteen" → "15").
      // ("a dozen", "a third": a figure said with its article keeps it, article-figures.ts.)
      const right = figureWithArticle(newer, number) || apNumber(number);
      // "2.4 million" → "2.4 billion": the scale word is the change, told both ways (scale-words.ts).
      const rescaled = scaleWordChange(before, after);
      if (rescaled) {
        const counted = countedNoun(told, number);
        // ("3.4 billion gallons": a measure keeps its unit both ways, and a figure of the past "was", figure-tense.ts.)
        const units = measured ? unitOf(newer, number) : '';
        const right = units ? `${after} ${units}, not ${before} ${units}` : rescaled;
        return fill(t.misstatedAmount, { what: measured || (counted ? `the number of ${counted}` : 'a figure'), right }).replace(
          /It is (?!.*It is )/,
          measured && figureIsPast(told, number) ? 'It was ' : 'It is ',
        );
      }
      // ("More than 9,000 runners": a hedge on the count is part of it, figure-hedges.ts.)
      const hedged = `${hedgeOf(plainText(newer), number)}${right}`;
      if (measured.startsWith('the number of ')) return fill(t.misstatedNumber, { what: measured.slice(14), right: hedged });
      // A measure keeps its unit ("It is 21 feet"): a bare "21" says not what.
      const unit = unitOf(newer, number);
      // ("about 49%": a hedge on the figure is part of it, figure-hedges.ts.)
      if (measured)
        return fill(t.misstatedAmount, {
          what: measured,
          right: `${hedgeOf(plainText(newer), number)}${unit ? `${apMeasure(number)} ${unit}` : figureWithArticle(newer, number) || number}`,
          // ("the share of its flights that had been canceled": a deed the phrase tells in the past is past.)
        }).replace(/It is (?!.*It is )/, figureIsPast(told, number) || phraseIsPast(measured) ? 'It was ' : 'It is ');
      // "Lopez struck out seven in five innings": a bare count of a deed's objects (counted-deeds.ts).
      const deed = countedDeed(told, number);
      if (deed)
        return fill(t.misstatedAmount, {
          what: `how many ${lowerOpening(deed.subject, ctx.articleText ?? '')} ${deed.deed}`,
          right,
        }).replace(/It is (?=[^.]*$)/, deed.past ? 'It was ' : 'It is ');
      const part = partOfCount(newer, number, ctx.articleText ?? '');
      // "… came from farms": a count of what happened is told in the past.
      if (part)
        return fill(t.misstatedAmount, { what: part, right: number }).replace(
          /It is (?=[^.]*$)/,
          /\b(?:was|were|had|did|came|went)\b|\b\p{Ll}{3,}ed\b/u.test(part) ? 'It was ' : 'It is ',
        );
      // "Five remain in serious condition": a figure standing for a noun told before, its verb next.
      const verbed = howManyDid(newer, number);
      if (verbed) return `misstated how many ${verbed}. The correct number is ${right}`;
      const noun = countedNoun(told, number);
      // "the number of people the shelter housed": the noun with the clause that counts it (counting-clause.ts).
      const counting = noun && !noun.includes(' ') ? countingClause(told, number) : '';
      if (counting)
        return fill(t.misstatedNumber, {
          what: `${noun} ${lowerOpening(counting, ctx.articleText ?? '')}`,
          right: `${hedgeOf(plainText(newer), number)}${right}`,
        });
      if (noun) return fill(t.misstatedNumber, { what: noun, right: hedged });
      // "the 18th century": an ordinal has no right value to quote on its own.
      if (/^(?:st|nd|rd|th)\b/i.test(newer.slice(newer.indexOf(number) + number.length)))
        return fill(t.misstatedDetail, { what: subjectPhrase(newer) || 'a date' });
      return fill(t.misstatedAmount, { what: 'a figure', right: number });
    }
    case 'negation': {
      // Say it the positive way: "misstated whether the council approved the plan".
      const newerDenies = /\b(?:not|never|no)\b|n't/i.test(newer);
      const sentence = plainText(newerDenies ? ctx.older : newer).replace(/[.]$/, '');
      // A long claim is told by its subject and predicate ("a Vienna man pleaded guilty").
      const positive = (sentence.split(' ').length > 12 && reversedCore(sentence, newerDenies ? newer : ctx.older)) || sentence;
      const claim = lowerOpening(positive, ctx.articleText ?? '');
      if (positive.split(' ').length <= 20 && !/\b(?:not|never|no)\b|n't/i.test(positive)) return fill(t.misstatedWhether, { what: claim });
      return fill(t.misstatedDetail, { what: subjectPhrase(newer) || 'the events described' });
    }
    case 'quote': {
      // "The memo, headed “Flood Plan 101,”": a quoted title, not anyone's words.
      const right = quotedTitle(ctx.newer, after);
      const wrong = right && quotedTitle(ctx.older, before);
      if (right && wrong)
        return fill(t.misstatedQuotedTitle, { what: right.of, right: right.quoted, wrong: wrong.quoted.replace(/,(["”])$/, '$1') });
      return ctx.speaker ? fill(t.misquoted, { name: ctx.speaker }) : fill(t.misstatedDetail, { what: 'a quotation' });
    }
    case 'word': {
      // "He said …" → "She said …": the pronouns of a person put right name the person.
      if (/^(?:he|she|him|her|his|himself|herself)$/.test(before) && /^(?:he|she|him|her|his|himself|herself)$/.test(after)) {
        // Named only when one person stands in the sentence and the few before it: a wrong name is
        // worse than none ("… praised her" may be of someone else).
        const people = new Set(
          nameRuns(`${(ctx.articleText ?? '').slice(-600)} ${newer}`)
            .map((r) => personName(r.text))
            .filter((n) => n.split(' ').length >= 2 && !looksLikeOrganization(n)),
        );
        return people.size === 1 ? fill(t.wrongPronoun, { name: [...people][0]! }) : fill(t.wrongPronoun, { name: 'a person named in it' });
      }
      // "his older brother" → "his younger brother": the relationship of one named person to another.
      const [age, kin] = after.split(' ');
      if (kin && isKinNoun(kin) && before.split(' ')[1] === kin && age !== before.split(' ')[0]) {
        const relation = kinRelation(newer, after);
        if (relation) return relation;
      }
      // A word of a closed kind ("state aid" → "federal aid", "four seniors" → "four juniors") takes
      // the determiner the sentence gave it, or none, and a plural takes "were".
      if (sameContrast(before.split(' ')[0]!, after.split(' ')[0]!)) {
        const printed = (sentence: string, words: string) =>
          new RegExp(
            `\\b(a|an|the|his|her|their|its|(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}[\\p{L}-]+['’]s)\\s+(?:[\\p{L}\\d-]+\\s+)?${escapeRegExp(words)}\\b`,
            'iu',
          )
            .exec(plainText(sentence))?.[1]
            // ("Tom Reyes's wife": a name keeps its capitals; only an opening "The" is lowered.)
            ?.replace(/^(?:A|An|The|His|Her|Their|Its)\b/, (w) => w.toLowerCase());
        const plural = /(?:s|men)$/i.test(after.split(' ').at(-1)!) && !/ss$/i.test(after);
        const the = (sentence: string, words: string) => {
          const det = printed(sentence, words);
          // "her son" → "her nephew": a possessive says whose, and stays.
          return det === 'the' || /^(?:his|her|their|its)$|['’]s$/.test(det ?? '')
            ? `${det} ${words}`
            : det && !plural
              ? withArticle(words)
              : words;
        };
        return fill(t.wrongWord, { wrong: the(ctx.older, before), right: the(newer, after) }).replace(
          / was meant$/,
          plural ? ' were meant' : ' was meant',
        );
      }
      return fill(t.wrongWord, { wrong: withArticle(before), right: withArticle(after) });
    }
    case 'description': {
      // "…, the regional governor of Tarn, Ellen Sorr, told …": a post before the name it belongs to.
      const post = postBeforeName(newer, after.split(' ').find((w) => !isStopword(w)) ?? after);
      if (post) return fill(t.misstatedTitle, post);
      // Who or what was described: the name standing before the changed words. The change starts
      // where the two versions part, not at the first "which" or "a" of the sentence.
      const at = changeStart(plainText(ctx.older), newer, after);
      // "The NNSA is China's …": the subject of "is" is what was described, not the possessive.
      const copular = /^(?:The\s+)?((?:\p{Lu}[\p{L}.&-]*\s*)+?)\s+(?:is|was|are|were)\s/u.exec(newer);
      const runs = nameRuns(newer.slice(0, at < 0 ? newer.length : at)).filter(
        (r) => !/['’]s$/.test(newer.slice(r.start, r.end + 2).trim()),
      );
      const run = runs[runs.length - 1];
      const what = copular ? copular[1]!.trim() : run ? run.words.filter((w, i) => !(i === 0 && isSentenceStarter(w))).join(' ') : '';
      if (!what) return fill(t.misstatedDetail, { what: subjectPhrase(newer) || 'the events described' });
      const the = new RegExp(`\\bthe\\s+${escapeRegExp(what)}`, 'i').test(newer) ? 'the ' : '';
      // "The NNSA is China's nuclear safety regulatory authority." gives the right description.
      const copula = new RegExp(`^(?:the\\s+)?${escapeRegExp(what)}\\s+(?:is|was|are)\\s+([^,;]+?)\\.?$`, 'i').exec(
        newer.split(/(?<=\.)\s/)[0]!.trim(),
      );
      // An acronym is named as the article spells it out: "the National Nuclear Safety Administration (NNSA)".
      let named = what;
      if (isAcronym(what) && ctx.articleText) {
        const full = new RegExp(
          `((?:\\p{Lu}[\\p{L}-]*\\s+){1,6}(?:of\\s+|for\\s+|and\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s*){0,4})\\(${escapeRegExp(what)}\\)`,
          'u',
        ).exec(plainText(ctx.articleText));
        if (full) named = `${full[1]!.trim()} (${what})`;
      }
      // "IndiaStack, a set of open software protocols backed by …" → "which is backed by …": the
      // withdrawn description stood right after the name, and is named as what was wrong.
      const wrongAs = appositiveBefore(plainText(ctx.older), what, before);
      const phrase = fill(t.described, { what: `${the}${named}` }) + (wrongAs ? ` as ${wrongAs}` : '');
      return copula && copula[1]!.split(' ').length <= 8 ? `${phrase}. It is ${copula[1]}` : phrase;
    }
    case 'detail':
    default: {
      const subject = subjectPhrase(newer);
      return withRightAndWrong(fill(t.misstatedDetail, { what: subject || 'the events described' }), before, after, ctx);
    }
  }
}

/**
 * Where in `newer` the edit begins: after the words both versions share from the start, backed off
 * to a word's start. Falls back to the first place `after` stands when the two share no opening.
 */
export function changeStart(older: string, newer: string, after: string): number {
  let k = 0;
  while (k < older.length && k < newer.length && older[k] === newer[k]) k++;
  while (k > 0 && /\S/.test(newer[k - 1]!)) k--;
  if (k > 0) return k;
  return newer.indexOf(after.split(' ')[0] ?? after);
}

/** "China's" → "Asia's" before "Sumitomo and Yokohama": the names, and the right and wrong places. */
function possessivePlace(before: string, after: string, newer: string): { names: string; plural: boolean; right: string } | null {
  const place = (s: string) => /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})['’]s$/u.exec(s.trim())?.[1];
  const right = place(after);
  const wrong = place(before);
  if (!right || !wrong) return null;
  const m = new RegExp(`${escapeRegExp(after)}\\s+((?:\\p{Lu}[\\p{L}.&-]*)(?:,?\\s+(?:\\p{Lu}[\\p{L}.&-]*|and|&))*)`, 'u').exec(newer);
  const names = m?.[1]?.replace(/(?:,?\s+(?:and|&))+$/, '').trim();
  if (!names) return null;
  return { names, plural: /\s(?:and|&)\s|,/.test(names), right };
}

/** The old description "a set of open software protocols" set off after `name` by a comma, when it is the removed words. */
function appositiveBefore(older: string, name: string, before: string): string {
  if (!/^(?:an?|the)\s/i.test(before) || before.split(' ').length > 8) return '';
  return new RegExp(`\\b${escapeRegExp(name)},\\s+${escapeRegExp(before)}\\b`).test(older) ? before : '';
}

/** "… misstated a detail about the Salafis. It was in the parliamentary elections, not in …" */
function withRightAndWrong(phrase: string, before: string, after: string, ctx: CorrectionContext): string {
  const both = rightAndWrong(before, after, ctx.older, ctx.newer);
  return both ? `${phrase}. It was ${both}` : phrase;
}

/** The doer a verb names: "published" → "publisher". Past forms, with the present where it differs. */
const AGENT_NOUNS: Record<string, string> = {
  published: 'publisher',
  publishes: 'publisher',
  founded: 'founder',
  directed: 'director',
  directs: 'director',
  produced: 'producer',
  produces: 'producer',
  designed: 'designer',
  built: 'builder',
  developed: 'developer',
  develops: 'developer',
  owned: 'owner',
  owns: 'owner',
  made: 'maker',
  makes: 'maker',
  manufactured: 'manufacturer',
  manufactures: 'manufacturer',
  operated: 'operator',
  operates: 'operator',
  organized: 'organizer',
  organizes: 'organizer',
  sponsored: 'sponsor',
  sponsors: 'sponsor',
  distributed: 'distributor',
  distributes: 'distributor',
  created: 'creator',
  invented: 'inventor',
  bought: 'buyer',
  acquired: 'buyer',
  led: 'leader',
  leads: 'leader',
  wrote: 'author',
  written: 'author',
};

/**
 * The role a corrected name plays by the verb of its clause: "Pocket published it in 1980" or "was
 * published by Pocket" → "the publisher", with what it did that to when the sentence names it: the
 * thing itself after the verb, or for "it" the title set off by commas just before ("his first
 * novel, Web of Angels, …") → "the publisher of Web of Angels".
 */
export function agentRole(sentence: string, name: string, articleText = ''): { role: string; past: boolean } | null {
  const s = plainText(sentence);
  // "it" may point back past the sentence: the article's words before it are read too.
  const text = plainText(articleText);
  const sentenceAt = text.indexOf(s);
  const esc = escapeRegExp(name);
  const active = new RegExp(`(?:^|[\\s,;])${esc}\\s+(\\p{Ll}+)\\s+(it|them|the\\s+[\\p{L}-]+|(?:\\p{Lu}[\\p{L}'’-]*\\s*)+)`, 'u').exec(s);
  const passive = new RegExp(`\\b(?:was|were|is|are|been)\\s+(\\p{Ll}+)\\s+by\\s+${esc}\\b`, 'u').exec(s);
  const verb = (active?.[1] ?? passive?.[1] ?? '').toLowerCase();
  const noun = AGENT_NOUNS[verb];
  if (!noun) return null;
  let object = '';
  const said = active?.[2]?.trim() ?? '';
  if (active && /^\p{Lu}/u.test(said)) object = said;
  else if (active && said === 'it') {
    // "his first novel, Web of Angels, a cyberpunk book …. Pocket published it": the title named last.
    const before =
      sentenceAt > 0 ? text.slice(Math.max(0, sentenceAt - 400), sentenceAt) + s.slice(0, active.index) : s.slice(0, active.index);
    const titles = [...before.matchAll(/,\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|the|and|in|on|a|\p{Lu}[\p{L}'’-]*))*\s+\p{Lu}[\p{L}'’-]*),/gu)];
    object = titles.at(-1)?.[1] ?? '';
  }
  const past = /ed$|^(?:built|made|bought|led|wrote|written)$/.test(verb) || !!passive;
  return { role: object ? `the ${noun} of ${object}` : `the ${noun}`, past };
}

/** A number as AP style writes it mid-sentence: a word lowercase, one of 10 or more in figures. */
/** A street's name: "Oak Street", "Elm St.", "Route 9". */
const STREET = /\b(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Parkway|Highway|Route \d+)$/;
/** A party's name, a label of a person rather than a name. */

export function apNumber(number: string): string {
  if (/\d/.test(number)) return number;
  const value = numberWordValue(number.toLowerCase());
  return value !== undefined && value >= 10 && Number.isInteger(value) ? value.toLocaleString('en-US') : number.toLowerCase();
}

/** A measure with its unit is always in figures in AP style, whatever its size: "fifteen feet" → "15 feet". */
function apMeasure(number: string): string {
  const value = /\d/.test(number) ? undefined : numberWordValue(number.toLowerCase());
  return value !== undefined && Number.isInteger(value) ? value.toLocaleString('en-US') : number;
}

/**
 * "It was the fifth steel plant closure announced this month": an ordinal and the noun phrase it
 * ranks (wink-nlp's tags: nouns and adjectives, ending on a noun), or null.
 */
function ordinalOf(sentence: string, number: string): { thing: string; right: string } | null {
  if (ordinalValue(number) === 0) return null;
  const at = sentence.search(new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(number)}(?![\\p{L}\\d])`, 'u'));
  if (at < 0) return null;
  const tokens = tagged(sentence.slice(at + number.length));
  const phrase: string[] = [];
  for (const token of tokens) {
    if (!['NOUN', 'ADJ', 'PROPN'].includes(token.pos) || phrase.length >= 4) break;
    phrase.push(token.text);
  }
  while (phrase.length && tagged(phrase.join(' ')).at(-1)?.pos !== 'NOUN') phrase.pop();
  return phrase.length ? { thing: phrase.join(' '), right: number.toLowerCase() } : null;
}

/**
 * "Five remain in serious condition, Stone said": a figure with no noun after it, its verb next (by
 * wink-nlp's tags) — what the figure did, to the first comma or four more words ("remain in
 * serious condition"). '' when the figure has a noun of its own.
 */
function howManyDid(sentence: string, number: string): string {
  const at = sentence.indexOf(number);
  if (at < 0) return '';
  const rest = sentence
    .slice(at + number.length)
    .split(/[,;.]/)[0]!
    .trim();
  const words = rest.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6) return '';
  // ("had received 60 comment letters": a figure done to has a noun, not a verb of its own.)
  if (figureIsObject(sentence, number)) return '';
  const tags = tagged(rest);
  if (tags[0]?.pos !== 'VERB' && tags[0]?.pos !== 'AUX') return '';
  // "Out of 140 sailings, 96 were canceled": the group the sentence opened on (counted-nouns.ts).
  const group = groupOpening(sentence, number);
  return group ? `${group} ${rest}` : rest;
}

/**
 * "the 82-year-old Carlson" → "Carlson's age"; "an 82-year-old man" → "the man's age"; "The
 * 82-year-old attended …" → the age of the person the nearest sentence before it names first ("John
 * Carlson's age"). Empty unless the figure is written as an age.
 */
export function hyphenatedAge(sentence: string, figure: string, articleText: string): string {
  const text = plainText(sentence);
  // "91-year-old", and as UK copy often prints it, "91 year-old" or "91-year old".
  const age = new RegExp(`\\b${escapeRegExp(figure)}[- ]year[- ]old\\b`).exec(text);
  if (!age) return '';
  const at = age.index;
  const after = text.slice(at + age[0].length);
  const named = /^\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/u.exec(after)?.[1];
  if (named && personName(named)) return `${named}'s age`;
  // "the victim, a 45-year-old mother of two": the victim's age (appositive-owners.ts).
  const owner = appositiveOwner(text.slice(0, at));
  if (owner) return `${owner}'s age`;
  // "the suspect's 58-year-old estranged husband": the whole phrase's age (aged-phrases.ts).
  const phrase = ageOfPhrase(text.slice(0, at), after);
  if (phrase) return phrase;
  const noun = /^\s+(\p{Ll}{3,})\b/u.exec(after)?.[1];
  if (noun && tagged(noun)[0]?.pos === 'NOUN') return `the ${noun}'s age`;
  // Standing alone ("The 82-year-old attended …"): the subject of the nearest sentence naming someone.
  const plain = plainText(articleText);
  const before = plain.includes(text) ? plain.slice(0, plain.indexOf(text)) : '';
  for (const earlier of sentencesInReach(before)) {
    const people = nameRuns(earlier)
      .map((run) => personName(run.text))
      .filter((person) => person && person.split(/\s+/).length >= 2);
    if (people.length) return `${people[0]}'s age`;
  }
  return '';
}

/**
 * "the three-year-old case" → "the five-year-old case": what the spelled figure inside the compound
 * measures (an age, a span's length, read as its digits are), and both values said out ("five years
 * old, not three years old"); null for any other token or when nothing says what it measures.
 */
function compoundFigureFix(newer: string, before: string, token: string, articleText: string): { what: string; right: string } | null {
  const right = compoundValue(token);
  const wrong = compoundValue(before.split(' ').find(isNumberToken) ?? '');
  if (!right || !wrong || right === wrong) return null;
  const figure = figureOfCompound(token);
  const age = hyphenatedAge(newer, figure, articleText);
  // (Ages are always in figures, AP's rule for people and things alike: "It is 75 years old".)
  const inFigures = (value: string) => value.replace(/^[\p{L}-]+/u, (w) => String(numberWordValue(w.toLowerCase()) ?? w));
  if (age) return { what: age, right: `${inFigures(right)}, not ${inFigures(wrong)}` };
  const read = spanOfCompound(plainText(newer), figure) || whatTheFigureMeasures(plainText(newer), figure);
  const what = read && !read.startsWith('the number of ') ? read : compoundThing(newer, token);
  return what ? { what, right: `${right}, not ${wrong}` } : null;
}

/**
 * "a five-day strike" → "the length of the strike", "a three-member panel" → "the size of the panel":
 * the noun phrase the compound stands before (wink-nlp's tags, to its last noun), measured by the
 * compound's unit — a span of time or a distance is a length, a count of parts a size. '' when no noun follows.
 */
function compoundThing(newer: string, token: string): string {
  const text = plainText(newer);
  const at = text.indexOf(token);
  if (at < 0) return '';
  const tags = tagged(
    text
      .slice(at + token.length)
      .split(/[,.;:()—–]/)[0]!
      .trim()
      .split(/\s+/)
      .slice(0, 4)
      .join(' '),
  );
  let end = 0;
  while (end < tags.length && ['NOUN', 'ADJ'].includes(tags[end]!.pos)) end++;
  while (end > 0 && tags[end - 1]!.pos !== 'NOUN') end--;
  if (!end) return '';
  const unit = token
    .slice(figureOfCompound(token).length + 1)
    .split('-')[0]!
    .toLowerCase();
  const length =
    /^(?:second|minute|hour|day|night|week|month|year|decade|century|inch|foot|feet|yard|mile|meter|metre|kilometer|kilometre)s?$/.test(
      unit,
    );
  return `the ${length ? 'length' : 'size'} of the ${tags
    .slice(0, end)
    .map((t) => t.text)
    .join(' ')}`;
}
