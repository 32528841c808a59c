/**
 * Reading an update or correction note line, the way news sites print it at the end or the top of
 * an article: the labelled grammar LABEL + optional DATE/TIME (note-date.ts) + separator + TEXT,
 * the label-less sentence forms, wire brackets and corrections-column items. Each function reads
 * one line and says what note it is, or null when the line is copy. docs/architecture.md lists
 * the order in which the readings are tried.
 */
import { joinIntroHeading } from './intro-heading';
import { readsAsRecordItem } from './record-reference';
import type { NoteKind } from '../article/article';
import { MAX_NOTE_CHARS } from '../article/schema';
import { readStampLine } from './stamp-line';
import { LEAD_SEPARATOR, hour24, readDateAndClock, type Dated } from './note-date';
import { isSelfLabelled } from '../notes/format';
import { printedDatelineLength } from '../article/dateline';
import { readsAsSectionCited } from './section-reference';
import { closesOnReadersApology, opensOnApologyForWording } from './readers-apology';
import { tellsOwnFinding } from './own-finding';
import { tellsDatedPieceErredPassive } from './dated-piece-passive';
import { readsAsHeadlinedInFact } from './headlined-in-fact';
import { tellsErrorThenOwnPiece } from './error-then-own-piece';
import { ownsOmission } from './own-omission';
import { isShoutedEdit } from './edit-label';
import { readAddedLabel } from './added-label';
import { tellsOwnReportUndone } from './own-report-undone';
import { outletOwningError, selfNamedError } from './outlet-owns-error';
import { tellsOfStandIn } from './editors-stand-in';
import { tellsTitledItemErred } from './titled-item-erred';
import { readsAsHeadline } from './headline-after-label';
import { tellsUnattributedMaterial } from './unattributed-material';
import { clockOverNote } from './clock-over-note';
import { datelineBeforeClockLabel } from './dateline-clock-label';
import { datelineBeforeDatedLabel } from './dateline-dated-label';
import { readRunInLabel } from './run-in-label';
import { opensOnSlugLabel } from './slug-label';
import { namesHeadlineAmended } from './headline-amended';
import { pointsToAppendedNote } from './appended-pointer';
import { opensOnClarification } from './clarifying-opening';
import { tellsErratumAfterPublication } from './erratum-after-publication';
import { opensOnWhatOurPieceSaid } from './print-cited-said';
import { tellsLearnedAfterPressTime } from './after-press-time';
import { sentenceCaseLeadIn } from './caps-lead-in';
import { tellsErrorInOwnPiece } from './own-piece-error-appeared';
import { opensOnDatedWeReported } from './dated-we-reported';
import { readApologyLabel } from './apology-label';
import { pointsReaderElsewhere } from './editors-pointer';
import { closesOnNoteAfterFact } from './fact-then-note';
import { afterColumnHeading } from './column-heading';
import { opensOnDayPossessivePiece } from './day-possessive-piece';
import { bracketedWireAdvisory } from './wire-advisory-bare';
import { isTitleNotSentence, kindByStructure, readsAsOwnCorrection, trailingNoteDate } from './note-structure';

export interface NoteLine {
  kind: NoteKind;
  /** Month and day as printed; year when printed. Absent for "Correction: …". */
  month?: number;
  day?: number;
  year?: number;
  /** Clock time as printed ("4:05 p.m." → 16, 5), when the site gives one. */
  hour?: number;
  minute?: number;
  text: string;
  /**
   * The place printed before the label ("EL PASO, Texas - UPDATE #3 …"): the story's dateline,
   * which the importer keeps (in the dateline field, or before the note's text) so no word is lost.
   */
  dateline?: string;
}

/**
 * The forms news sites print notes in (all seen on real copy):
 *   AP        "Update, Nov. 6: …", "Correction, Sept. 12, 2024: …", "Correction (2024-11-06): …"
 *   US web    "UPDATE, Sept. 3, 4:05 p.m. ET: …", "Update 03/11/25 9:10am ET: …",
 *             "Update June 2, 2024, 7:45PM ET: …", "Updated 6 June: …", "CORRECTION: An earlier version …"
 *   sentences "This article was amended on 12 March 2019 to …", "This story has been corrected to
 *             show that …", "This story was updated to include …"
 *   wire      "(Adds analyst comment, share price)", "(Updates with new casualty figures)"
 *   others    "Clarification: …", "Editor's note: …", an "Updated at 3:40 p.m." line at the top,
 *             corrections-column items under the copy ("We mistakenly reported …", "(…, 28 June, p19)").
 * Labels in any case. A correction, a clarification and an amendment made "to correct" are
 * corrections; the rest are updates. Forms whose label is part of the sentence keep it in the
 * text, so the note prints back as the site printed it (see notes/format.ts).
 */
// Longer labels first: "Correction appended" must not stop at "Correction".
const LABEL = String.raw`((?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|further|final|yet another|another|one more|additional|new|late|breaking|previous|earlier) )?(?:corrections? (?:&|and) (?:clarifications?|amplifications?)|clarifications? (?:&|and) corrections?|update to (?:this|the) (?:article|story|post|report)|updates? (?:&|and|\/) corrections?|updated ?\/ ?corrected|correction to (?:this|the) (?:article|story|post|report)|correction (?:notice|note)|correction added|correction appended|clarification appended|corrections|correction|corrected|clarification|retraction|latest update|(?:post|story|article) updated|updated to add(?=\s*:)|updates|updated|update|editor['’]s note and correction|editor['’]s note|editor['’]s update|editors['’] note|editors note(?=\s*[:,])|editorial note|note from the editor|eds?\.? note|eds|author['’]s note|(?:a )?note to (?:our )?readers|note|edit))`;
/** An ordinal or the like before a label: "Second update:", "Final update:", "Further update:". */
const LABEL_QUALIFIER =
  /^(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|further|final|yet another|another|one more|additional|new|late|breaking)\s+/i;
type LabelFamily = 'update' | 'correction' | 'clarification' | 'editor' | 'note';
/** What a label says, whatever its spelling: "Ed. note" is an editor's note, "Corrections" a correction. */
function labelFamily(printed: string): LabelFamily {
  const label = printed.replace(LABEL_QUALIFIER, '');
  if (/^clarif/i.test(label)) return 'clarification';
  // "Update and correction:", "UPDATED/CORRECTED:": a correction whatever else it says.
  // "RETRACTION: This story … contained a major error": a retraction is the gravest correction.
  if (/^(?:correct|retract)/i.test(label) || /^update.*correct/i.test(label)) return 'correction';
  if (/^(?:editor|eds?\.? note|eds$|note from the editor)/i.test(label)) return 'editor';
  if (/^(?:(?:a )?note|edit|author)/i.test(label)) return 'note';
  return 'update';
}
/** Words that make a note about an error a correction, whatever its label ("Note:", "Editor's note:", "amended"). */
const ERROR_WORDS =
  /\b(?:(?:earlier|previous|prior|original) version|(?:updated|edited|revised|changed|amended) for accuracy|was meant|to remove|outdated|inaccurac\w*|incorrect\w*|misstat\w*|misspel\w*|misidentif\w*|misquot\w*|misattribut\w*|misreport\w*|misnam\w*|misdescri\w*|miscaption\w*|misspoke|misleading|typo\w*|dropped (?:a )?word|to fix|mislabel\w*|misdat\w*|misplac\w*|mistransl\w*|mistranscri\w*|wrong\w*|erroneous\w*|errors?|mistaken\w*|inaccura\w*|unclear|(?:concerns?|questions?) about (?:its|the (?:article|story|piece)['’]s) accuracy|clarif\w*|correct(?:ed|ions?|s)?|(?:to )?ma(?:k|d)e clear|as (?:the|this|our) (?:story|article|report|post|piece|headline) (?:originally|initially|first) (?:stated|said|reported|had it))\b/i;
/**
 * The words by which a corrections-column item says its piece erred. ERROR_WORDS without the bare
 * "corrected"/"correction" (copy that talks about corrections uses those) and with the column's
 * "should have said" and "edited to make clear", and the piece that "contained an error".
 */
const COLUMN_ERROR =
  /\b(?:(?:earlier|previous|prior|original) version|outdated|inaccura\w*|incorrect\w*|mis(?:stat|spel|identif|quot|attribut|report|nam|descri|caption|label|dat|plac|transl|transcri|represent|characteri)\w*|wrong\w*|erroneous\w*|mistaken\w*|unclear|not correct|misleading|misspoke|should have (?:said|stated|made clear|noted|reported|included|mentioned|been|read)|(?:was|were) not (?:properly )?(?:attributed|credited)|(?:was|were) taken out of context|(?:apologi[sz]e|regret)\b[^.]{0,80}\bfor our (?:serious )?(?:omission|error|mistake)|(?:edited|amended|changed|updated) to (?:make clear|clarify|correct)|(?:was|were) (?:digitally )?(?:altered|manipulated|doctored)|(?:was|were) not disclosed|(?:apolog(?:y|ies|i[sz]es?)|regrets?) (?:for )?the errors?|the correct (?:number|figure|total|name|spelling|title|date|year|age|amount|time|headline) (?:is|was)|contain(?:ed|s) (?:an? |two |several )?(?:(?:factual|serious|editing|reporting) )?(?:errors?|mistakes?))\b/i;
/**
 * How a print corrections column opens: the piece that erred, named by kind and day or title. No
 * "i" flag: the words before the piece must be a name in capitals ("A Herald article", "Two Metro
 * stories") or the platform's ("An online story"); "The state health department report" is copy.
 * A column, section or page is named in a few words, never a clause: "The newspaper later accepted
 * that its front page …" tells what someone did about a page. Where the piece ran may stand in lower
 * case as its section's name does: "A page-one article last Wednesday …", "A front-page story …", "A
 * cover story …" — the paper's own places, never an owner's name.
 */
const CORRECTIONS_COLUMN =
  /^(?:[Oo]n\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2})(?:,?\s+\d{4})?,?\s+)?(?:[Aa] correction to (?:an?|the|our|last)\b|(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ss]everal|[Bb]oth|[Oo]ur)\s+(?:(?:(?:print|online|web)\s+)?version of (?:the|this|our) (?:story|article)\b|earlier version of\s+(?:(?:this|the|our|an?|last|[\p{Lu}][\p{L}'’]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}(?:articles?|story|stories|reports?|post|piece|headline|column|editorial|caption|graphic|chart|map|obituary|review|item|feature|profile|interview|video|podcast|episode|segment|newsletter|explainer|analysis|photo|programme|program|broadcast)\b|["“‘])|(?:(?:(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|[\p{Lu}\d][\p{L}\d&'’-]*|[\p{L}\d-]+\.(?:com|org|net|ca|co\.uk|com\.au)|[Oo]nline|[Ww]eb|[Pp]rint|[Rr]adio|[Tt]elevision|tv|TV|[Nn]ews|[Ll]ong read|[Pp]age-one|[Ff]ront-page|[Cc]over)\s+){0,4}(?:articles?|stories|story|reports?|column|editorial|headline|photo caption|caption|photo|photograph|picture|map|chart|graphic|obituary|review|item|feature|profile|interview|leader|commentary|op-ed|essay|newscast|broadcast|segment|bulletin|video|podcast|episode|programme|program)\b|(?:(?!\b(?:that|which|who|its|his|her|their|was|were|is|are|has|had)\b)[\p{L}&' ]){2,40}\s+(?:column|section|page)\b)|[Ii]n\s+(?:the|an?|last|yesterday['’]s|[\p{Lu}][\p{L}]*['’]s)\s+[\p{L}&'’ ]{2,40}?\s(?:column|section|page|edition|magazine)\b)/u;
/**
 * A corrections column speaking of its own paper: "… was misnamed as … in our obituary of …",
 * "… not Marsh as we had it in an article …", "(…, page 5) we referred to … as …". "In a report …"
 * and "In the programme …" count only where the line opens: inside a sentence, "in the story" is
 * anyone's ("Information in the story may be outdated", an archive's notice). No "i" flag: the words
 * before the piece are a name in capitals ("In Tuesday's Metro column"); "In a state audit report"
 * and "In the agency's report" are copy.
 */
const OWN_PIECE =
  /^[Ii]n (?:\p{Lu}[\p{L}.]*\s+){1,3}\p{Lu}[\p{L}]*['’]s (?:piece|report|story|column|segment|review)\b|(?:^[Ii]n (?:an?|the|this week['’]s)|\b[Ii]n (?:our|last \p{L}+['’]s)) (?:(?:online|print|earlier|radio|web|newspaper) )?(?:\p{Lu}[\p{L}'’]*\s+){0,4}(?:article|story|report|obituary|profile|editorial|review|feature|interview|column|piece|leader|caption|graphic|programme|program|broadcast|bulletin|newscast|segment)\b/u;
/** A print reference in brackets, "(Never-never land, 12 May, page 22)": the column naming the piece it corrects. */
const PRINT_REFERENCE = /\([^()]{0,100}\b(?:pages? \d+|p\d+)\b[^()]{0,60}\)/i;
/**
 * The same with the day the piece ran, "(From Ireland to give a lesson in popularity, 9 April, page
 * 4)": a paper's own reference, not an audit's "(page 14)".
 */
const DATED_PRINT_REFERENCE =
  /\([^()]{0,100}\b(?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b[^()]{0,30}\b(?:pages? \d+|p\d+)\b[^()]{0,20}\)/i;
/**
 * A print correction told as what the piece said, then the fact that undoes it: "An article … said
 * he was a member of the Federalist Society. Roberts … does not recall having been a member."
 */
const SAID_THEN_DENIED =
  /\b(?:said|reported|stated|wrote|described|called|identified|suggested|referred|claimed|implied)\b[^.]*\.\s+(?:In fact\b|\p{Lu}.*\b(?:not|never|no longer|in fact)\b)/u;
const SAID_VERB = /\b(?:said|reported|stated|wrote|described|called|identified|suggested|referred|claimed|implied|showed)\b/;
/**
 * A sentence in which the newsroom, not a quoted speaker, sets its report straight: "We would like
 * to make it clear that …", "We should have made it clear …" (BBC), "The ABC wishes to clarify …".
 */
const WE_MAKE_CLEAR =
  /^(?:[Ww]e (?:should have|would like to|are happy to|wish to|want to|need to) (?:make|made) (?:it )?clear|[Ww]e (?:are happy|are pleased|are glad|would like|wish) to clarify that|(?:the )?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,2}\p{Lu}[\p{L}.&'’-]* wishes to clarify)\b/u;
/**
 * A corrections column's "we have been asked to point out / make clear that …", inside a sentence
 * too ("While …, we have been asked to make clear that …"): someone put the newsroom right.
 */
const ASKED_TO_CLARIFY = /(?:^|,\s+)we have been asked to (?:point out|make (?:it )?clear|clarify|note|state)\b/i;
/**
 * "The Star regrets the error.": the paper owning the error by its own name, as the item's last
 * sentence. Only after a piece named in the item and the error told ("… in a Starship article",
 * "Contrary to a story in today's What's On, …"): a city or a team "regrets the error" in copy too.
 */
const PAPER_REGRETS_LAST = /(?:^|[.!?]\s+)The (?:\p{Lu}[\p{L}.&'’-]*\s+){0,3}\p{Lu}[\p{L}.&'’-]* regrets (?:the|this|these) errors?\.$/u;
const PAPER_PIECE = /\b(?:story|article|column|section|edition|headline|caption|item|review|editorial|obituary|feature)\b/i;
const ERROR_TOLD =
  /\bnot\b[^.;]{0,80}\bas (?:reported|stated|said)\b[^.;]{0,40}?\bin (?:an?|the|our|yesterday['’]s|last \p{L}+['’]s|\p{Lu}\p{L}*day['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:story|article|column|section|edition|headline|caption|item|review|editorial|obituary|feature)\b|^Contrary to (?:an?|the|our)\b/u;
/**
 * "Incorrect information appeared in yesterday's National Post.", "… was published Wednesday.": a
 * Canadian paper's formula for its own error, the item's last sentence, with the day it ran or the
 * paper's own page ("on this page Saturday") and nothing more — no source, no place of anyone else's.
 */
const DAY_NAME = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const INCORRECT_INFORMATION = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:(?:Incorrect|Inaccurate|Erroneous|Wrong) information|An? (?:unsubstantiated|incorrect|inaccurate|erroneous|wrong) (?:claim|statement|figure)) (?:appeared|was published|was printed)\s+` +
    // "An unsubstantiated claim appeared in a Post Homes feature on Saturday.": the paper's own
    // section by its name, and a piece of its furniture (not a story or a report, which anyone's is).
    String.raw`(?:in an? (?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:feature|column|section|editorial|item) (?:on\s+)?${DAY_NAME}|` +
    // "… was published Wednesday."
    String.raw`(?:(?:on\s+)?${DAY_NAME}` +
    // "… appeared in yesterday's National Post."
    String.raw`|in (?:yesterday['’]s|today['’]s|(?:last\s+)?${DAY_NAME}['’]s) (?:\p{Lu}[\p{L}'’-]*\s*){1,4}` +
    // "… appeared on this page Thursday.", "… appeared in Shelley Fralic's column on this page Saturday."
    String.raw`|on this page(?:\s+${DAY_NAME})?` +
    String.raw`|in (?:an?|the|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*['’]s) (?:[\p{L}-]+\s+){0,3}?(?:column|article|story|editorial|review|item|obituary|headline|caption|feature) on this page(?:\s+${DAY_NAME})?))\.$`,
  'u',
);
/** An item's last sentence, unquoted: "We regret the error." — the newsroom owning it. */
const REGRETS_LAST = /(?:^|[.!?]\s+)we (?:regret|apologi[sz]e for) (?:the|this|our) (?:errors?|mistakes?)\.?$/i;

/**
 * The newsroom's "we … make it clear" follows the sentence that says what the piece reported; one
 * that opens the line, or that someone is quoted saying (", Smith said"), is a speaker's words in
 * the copy. An institution that "wishes to clarify" speaks of itself and may open the item.
 */
const OUR_PIECE_FIRST =
  /^(?:following|after|further to|regarding|concerning|in) our (?:[\p{L}-]+\s+){0,2}?(?:article|story|report|piece|feature|column|editorial|headline|caption|coverage|obituary|review)\b[^.;]{0,160},\s+we have been asked\b/iu;
function newsroomMakesClear(sentence: string, index: number): boolean {
  if (/^["“‘]/.test(sentence) || /,["”’]?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{L}+\s+(?:said|says|added|told [^.]{1,40})\.?$/u.test(sentence))
    return false;
  // "Following our article on …, we have been asked to point out …": the sentence names the
  // newsroom's own piece before it, as the sentence before would.
  // "We are happy to clarify that …" (UK papers) is the newsroom's own form, alone as it stands.
  return (
    index > 0 ||
    /\bwishes to clarify\b|^we (?:are happy|are pleased|are glad|would like|wish) to clarify that\b/i.test(sentence) ||
    OUR_PIECE_FIRST.test(sentence)
  );
}

/**
 * How a corrections column opens with the day the piece ran: "On May 14 a story …", "On Tuesday,
 * January 28, ABC News Online published …", "On the 24th of November a radio news story …".
 */
const DATED_OPENING =
  /^on\s+(?:the\s+)?(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?:,?\s+\d{4})?,?\s/i;
/**
 * A column item told as what a piece or programme reported, then a sentence that undoes it: "A story
 * published Oct. 29 … said they totalled $23 million. In fact, they totalled $304 million.", "In the
 * programme it was stated that … In fact …", "… we stated that … This figure was wrong."
 */
const PIECE_WORD =
  /\b(?:we|our|reporter|presenter|correspondent|stories|story|reports?|articles?|programmes?|programs?|broadcasts?|bulletins?|newscasts?|graphics?|captions?|headlines?|segments?|items?|interviews?|columns?|news|it was (?:stated|said|reported|suggested))\b/i;
const UNDOING_SENTENCE =
  /^(?:in fact\b|(?:that|this|it)(?: \p{L}+)? (?:is|was) (?:incorrect|wrong|inaccurate|not correct|not the case|not true)\b|the correct (?:number|figure|total|name|spelling|title|date|year|age|amount|time|headline) (?:is|was)\b)/iu;
/** The day or place in print a corrected piece ran: "Wednesday's Section A", "Two July 20 articles", "on Page 3". */
const WHEN_IT_RAN =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:['’]s)?|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|Section [A-Z]|[Pp]age [A-Z]?\d+)\b/;
/**
 * "… March, not Marsh as we had it in an article …", "… 12, not 15 as we reported": the column's
 * idiom for its own error. "As we had it" and "as we put it" say so alone; "as we said / reported"
 * only after the right fact and its "not" — "…, as we reported at the time" is copy that cites the
 * paper's earlier story, and "As the report said, …" cites anyone's.
 */
const AS_WE_HAD_IT =
  /\bas (?:we|(?:an?|the|our)\s+(?:[\p{L}-]+\s+){0,3}(?:article|story|report|feature|editorial|review|column|piece|obituary|headline|caption)) (?:had it|had them|put it)\b|\bnever\b[^.;,]{0,80}?\bas we (?:reported|said|stated|wrote)\b|\b(?:not|rather than|instead of)\b[^.;]{0,80}?\bas (?:we|(?:an?|the|our)\s+(?:[\p{L}-]+\s+){0,3}(?:article|story|feature|editorial|review|column|piece|obituary|headline|caption)) (?:said|reported|stated|suggested|wrote)\b/iu;
const WE_SAID_ON_PAGE =
  /\bpage \d+\b.{0,80}\bwe (?:referred|said|described|called|gave|reported|wrote|stated)\b|\bwe (?:referred|said|described|called|gave|reported|wrote|stated)\b.{0,200}\bpage \d+\b/i;
/** A note that is one sentence about the earlier version: "A previous version of this story …". */
const EARLIER_VERSION =
  /^\(?(?:in\s+)?(?:the\s+(?:audio|video|headline|text)\s+and\s+)?(?:(?:an?|the)\s+(?:photo caption|caption|headline|graphic|chart|map|photo)\s+(?:in|on|with|of)\s+)?(?:(?:an?|the)\s+)?(?:earlier|previous|prior|original)\s+(?:(?:web|online|print)\s+)?(?:versions?|headline)\s+(?:of|on)\s+(?:(?:this|the)\s+(?:article|story|report|post|piece|headline|segment|item|newsletter|episode|video|podcast|graphic|chart|map|photo caption|caption|column|review|obituary|profile|interview|explainer|analysis|tutorial|guide|essay)\b|["“][^"”]{2,120}["”])/i;
/** "A previous version misstated …", with no "of this story": only an error verb makes it a note. */
const BARE_EARLIER_VERSION =
  /^(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+(?:mis(?:stat|spel|identif|quot|attribut|report|nam|label|dat|plac)\w*|incorrectly|wrongly|erroneously|mistakenly)\b/i;
/**
 * The piece itself said wrong, in its own words: "This piece incorrectly stated …", "The audio of
 * this story gave the wrong years …", "The post initially indicated …". With "this", the line is a
 * note anywhere; with "the" (the post, the story), only under the copy. A later paragraph of the same
 * correction goes on with "also": "The article also originally suggested …" (Slate).
 */
const PIECE_ERRED =
  /^(?:the\s+(?:audio|video|headline|text|photo caption|caption|blurb|summary|standfirst|subheadline|subheading|deck|intro|introduction)\s+(?:of|to|on)\s+)?(this|the)\s+(?:piece|post|story|article|report|segment|broadcast|item|headline)(?:\s+and\s+its\s+(?:headline|caption|photo caption|summary))?\s+(?:also\s+)?(?:(?:incorrectly|mistakenly|erroneously|wrongly|inaccurately)\s+\p{L}+|(?:initially|originally|first)\s+(?:said|stated|indicated|reported|suggested|identified|described|mis(?:stat|spel|identif|quot|nam|attribut|label|dat)\p{L}*|had (?:an? )?(?:incorrect|wrong|inaccurate|misspelled|misspelt)\b)|gave the wrong|mis(?:stat|spel|identif|quot|nam|characteri)\w*|said\b.*\bwhich is not (?:correct|true|accurate)|says\b.*\bwhich is not (?:correct|true|accurate))/iu;
/** "The audio of this story said that … . This limitation was lifted …": a piece's own audio quoted, then undone. */
const AUDIO_SAID =
  /^the (?:audio|video|broadcast|radio) (?:version )?of this (?:story|report|piece|segment|interview) (?:said|stated|reported|described|called)\b[^.]*\.\s+\p{Lu}/iu;
/**
 * The newsroom speaking of its own report, under the copy: "We mistakenly reported …", "It was
 * erroneously reported in the 2 p.m. newscast …", "In our Nov. 22 report …, we said … . We were
 * wrong.", "Earlier in our newscast, we reported … . These names were not accurate." — and the
 * item that opens on the newsroom's own error verb: "We misspelled the name of …".
 */
const WE_ERRED =
  /\bwe\s+(?:mistakenly|incorrectly|erroneously|wrongly|inaccurately)\s+(?:reported|said|stated|identified|described|referred|called|gave|wrote|named|suggested|published|listed|assumed)\b|^it was (?:erroneously|incorrectly|mistakenly|wrongly) (?:reported|stated|said)\b|^we (?:misspelled|misspelt|misidentified|misnamed|misstated|misquoted|misattributed|miscaptioned|mislabell?ed|misdated)\b/i;
const WE_SAID = /\bwe (?:reported|said|stated|wrote|published|implied|suggested|described|referred|identified|gave|called|cited)\b/i;
const THEN_UNDONE =
  /\b(?:we were wrong|reminds us|(?:has|have) reminded us|(?:that|this|it)(?: [a-z]+)? was (?:incorrect|wrong|inaccurate|not the case|not true)|(?:was|were|is|are) not accurate|in fact|actual(?:ly)?|(?:is|was) not correct|we (?:apologi[sz]e|regret)|(?:it )?would have been (?:better|more accurate|clearer) to (?:have )?(?:said|say|reported|report|stated|state)|we should have (?:said|reported|stated|written|made clear))\b/i;
/**
 * The publication's own piece named by when it ran: "A story that first aired October 10, 2016,
 * …". "First" or "originally" aired or ran, then the day, says the piece is the newsroom's. A
 * "report" is left out (an agency's report first ran too), and so is a piece "posted to" a web
 * address: any .org or .com is someone's site, not surely ours ("A report posted to
 * ohiocheckbook.org … overstated …" is copy).
 */
const FIRST_RAN =
  /^(?:an?|the|our)\s+(?:(?:web|online|radio|digital|tv|television)\s+)?(?:story|segment|article|piece|post|item|feature|interview)\s+(?:that\s+)?(?:was\s+)?(?:first|originally)\s+(?:aired|ran|appeared|published|posted|broadcast)(?=,|\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d))/iu;
/** Another outlet named where the piece ran: "A story that first ran Tuesday in the Gazette …". */
const FIRST_RAN_ELSEWHERE =
  /\b(?:first|originally)\s+(?:aired|ran|appeared|published|posted|broadcast)\b[^,]{0,60}?\b(?:in|on|by|at)\s+(?:the\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b)\p{Lu}/u;
/** The words by which such an item says its piece erred: the column's own, with "typo" and the error-effect verbs. */
const FIRST_RAN_ERROR = /\b(?:typos?|overstat\w*|understat\w*|omitted|should have said)\b/i;
/*
 * A magazine's list of its mistakes that names the piece by day and column title ("In a May 29
 * Music, Carl Wilson misspelled …") is not read: copy has the same shape ("In a Jan. 31 Facebook
 * Live, Mayor Tom Hale misstated …", "In a March 3 Fox Business, Senator Ann Lee …"), and no
 * capital letter tells a column's title from a show's name. Those lines wait in
 * REAL_NOTE_LINES_STILL_MISSED.
 */
/**
 * The paper's own edition named in the item: "in last Tuesday’s edition", "Also in last Monday’s
 * edition" — not another paper's ("in last Monday's edition of the Herald").
 */
const OWN_EDITION =
  /\b(?:in|of) (?:last |yesterday['’]s |this week['’]s |(?:last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s )(?:(?:print|weekend|morning|evening|late|early)\s+)?edition\b(?!\s+of\b)/i;
/**
 * The same told by the paper or its pages with no title: "in yesterday’s paper", "in last Tuesday’s
 * sports pages" — a named paper ("in yesterday's Herald") or another's ("… pages of the Herald") is
 * not ours.
 */
const OWN_PAGES =
  /\bin (?:yesterday['’]s |last (?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s |(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s )(?:(?:sports?|business|news|features?|review|property|travel)\s+)?(?:paper|pages|section)\b(?!\s+of\b)/i;
/**
 * Another outlet named as where the piece ran, right before what it said: "A report in yesterday's
 * Herald said …", "A story in the Gazette reported …" — someone else's piece, told in the copy.
 */
const RAN_ELSEWHERE =
  /\b(?:in|of)\s+(?:yesterday['’]s|today['’]s|last\s+\p{L}+['’]s|\p{L}+day['’]s|the)\s+(?!Section [A-Z]\s)(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}\p{Lu}[\p{L}&'’-]*\s+(?:said|reported|stated|wrote|claimed|suggested)\b/u;
/**
 * How an item opens on the paper's own piece by its kind, in lower case: "An article …", "An opinion
 * piece by …", "A graph attached to …", "The parliamentary sketch on …", "Also in last Monday's
 * edition, …". An outlet or a body named first ("The Gazette, in last Tuesday's edition, …", "A
 * statement on the agency website (…, page 4) …") is someone else's piece, told in the copy.
 */
const PAPER_PIECE_OPENING =
  /^(?:Also in\b|(?:An?|The|Our)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:article|story|piece|column|editorial|leader|feature|sketch|review|profile|obituary|interview|letter|graph|graphic|chart|map|table|photograph|photo|picture|caption|headline)\b)/u;
/** The same, naming the piece: "The article has been amended." */
const PUT_RIGHT_PIECE =
  /[.!?]["”’]?\s+the (?:original )?(?:article|story|piece|post) (?:has(?: since| now| also)? been|was(?: since| later| also)?) (?:amended|corrected|fixed|updated|changed|edited)\b[^.]*\.?["”’]?$/i;
/**
 * A short sentence giving the right name, day or figure, and nothing else: "It was Thursday.", "He
 * is Canadian." — after an item that named its piece by when it ran and what it said.
 */
const RIGHT_FACT =
  /^(?:It|That|He|She|They) (?:was|is|were|are) (?:on |in |at )?(?:\p{Lu}[\p{L}.'’-]*|\d[\d,.]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\.$/u;
/**
 * "In the Sept. 1 article “…,” it incorrectly stated …": a piece named by the day it ran, and the
 * piece itself ("it") or the newsroom ("we") erring in the next words. Anyone else erring there
 * ("In a May 8 story, the AP erroneously reported …") is another outlet's error told in copy.
 */
const DATED_PIECE_ERRED = new RegExp(
  String.raw`^In (?:the|an?) (?:(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2} ` +
    String.raw`(?:article|story|report|column|editorial|review|obituary|feature|profile|item)\b[^.]{0,160}?,["”’]?\s+(?:it|we) ` +
    String.raw`(?:(?:incorrectly|mistakenly|erroneously|wrongly|inaccurately) \p{L}+|mis(?:stat|spel|identif|quot|nam|attribut|label|dat)\p{L}*)`,
  'u',
);
/**
 * "On page 14 yesterday, the Sun mistakenly identified …": the paper's own page and the day it ran
 * open the item ("On page 14 of the report, …" names someone's document).
 */
const OWN_PAGE_OPENING =
  /^On (?:page|pg\.?) [A-Z]?\d+ (?:yesterday|today|last (?:week|\p{L}+day)|(?:on )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),/u;
/** A short sentence giving the right figure: "There are 25.", "It was 1,400." */
const RIGHT_FIGURE = /^(?:there|it|they|he|she) (?:is|are|was|were|has|have|had) (?:only |just )?[\d,.]+[^.]{0,20}\.$/i;
/** A sentence that undoes what the piece said, inside it or after: "They were in fact leaving …", "In fact, …". */
const IN_FACT = /\bin fact\b|\bactually\b/i;
/**
 * A report cited by its title in quotes and its day in brackets, as a paper's corrections list
 * prints its own pieces: a report “Assam goes to the final phase of polling” (April 23, 2009).
 */
const TITLED_DATED_PIECE =
  /\b(?:report|article|story|editorial|column|feature|interview|review|obituary|news item|item)\s+["“‘][^"”’]{3,160}["”’]\s*\((?:\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}),?\s+\d{4}\)/iu;
/** How such a list says the piece gave a name or figure wrong: "gave it as Nagaon". */
const GAVE_AS = /\bgave (?:it|them|the \p{L}+|his name|her name|their names?) as\b/iu;
/**
 * The piece's own closing sentence saying it has been put right: "The article has been amended.",
 * "This has been rectified.", "The story has been updated to reflect …". "Report" is left out:
 * "The report was amended in May" is as likely an auditor's.
 */
const PUT_RIGHT =
  /(?:^|[.!?]["”’]?\s+)(?:the (?:original )?(?:article|story|piece|post|headline|caption)|this(?: error)?) (?:has(?: since| now| also)? been|was(?: since| later| also)?|have been) (?:amended|corrected|rectified|fixed|updated|changed|edited)\b[^.]*\.?["”’]?$/i;

/** "The story should have made clear …", "the report should have stated …": a print clarification. */
const SHOULD_HAVE =
  /\b(?:the|this|that) (?:story|article|report|piece|post|item|segment|broadcast|program|headline|caption) should have (?:said|stated|made clear|noted|reported|included|mentioned)\b/i;

/** Opening words that only a note uses, so an undated "Correction: …" can be trusted anywhere. */
const NOTE_OPENING = /^(?:in\s+)?(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\b|^this (?:article|story|report|post)\b/i;
const AMENDED =
  /^(?:(?:additionally|also|in addition),\s+)?(?:the (?:audio|video|headline|text|photo caption|caption) (?:of|on) )?this (?:version of (?:this|the) )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s+)?(?:article|story|report|piece|(?:blog )?post|headline|episode) (?:was|has been|had been|has since been)(?: (?:last|later|since|subsequently|also))? (amended|corrected|updated|changed|edited|clarified|revised|modified|refiled|rewritten)\b(.*)$/i;
/**
 * A policy's words for the notes it appends ("we add a Correction note", "Note appended; no visible
 * badge", "we remove the article and publish a Retraction notice"): a note tells what changed in
 * its piece, never how the newsroom marks a change.
 */
const POLICY_DEFINITION =
  /\bwe (?:[\w'’]+\s+){0,5}?(?:add|append|attach|publish|post) an? (?:correction|clarification|update|retraction|editor['’]s)\s+(?:note|notice|badge|line)\b|\bvisible (?:badge|label|flag)\b/i;
/** What may follow the verb of "This article was updated …" in a note (see AMENDED's use). */
const AMENDED_REST =
  /^(?:\s*[.!:;)\]]?\s*$|[,:;.]?\s*(?:[([—–-]|(?:and|&)\s+(?:\p{L}+ed|will|may|could|is|has|continues)\b|(?:on|at|in|to|since|after|with|from|for|throughout|as|because|following|when|online|again|once|twice|adding|including|removing|correcting|clarifying|replacing|reflecting|throughout|earlier|later|today|yesterday|this (?:morning|afternoon|evening|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d|\p{Lu}))/u;
/**
 * A part of the piece put right: "The date for this post has been updated …". A report is left out
 * ("The title of this report was changed" is as likely an agency's), and so is any other thing ("The
 * deadline for this program has been updated").
 */
const PART_AMENDED =
  /^the (?:(?:original|publication|main|first|second|earlier)\s+)?(?:date|headline|title|byline|dateline|photo|photograph|image|picture|caption|graphic|chart|map|video|figures?|numbers?|spelling|subhead|deck|summary|timestamp|url|link|links) (?:of|for|in|on) this (?:article|story|post|piece) (?:has been|was|has since been) (updated|corrected|changed|amended|revised|edited|fixed)\b(.*)$/iu;
/**
 * What may follow the newsroom's verb in that note: nothing, its purpose ("to reflect …", "to
 * correct …"), the day ("on Nov. 6"), or the new wording quoted. "The title of this piece was
 * changed by the artist in 1920" or "… updated on the city's website" is copy about an artwork, a
 * base or a page, which share the words.
 */
const PART_AMENDED_REST =
  /^\s*(?:[.!]?\s*$|,?\s+(?:to|in order to)\s+(?:better\s+)?(?:reflect|correct|include|clarify|fix|show|remove|add|update|note|indicate|match|accurately)\b|,?\s+(?:on|at)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|,?\s+(?:to|from)\s+["“‘]|\s+to\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d))/iu;
/** The piece itself named in a note: "this article", "this story", "our report". */
const THIS_PIECE = /\b(?:this|our) (?:article|story|report|post|piece|headline|caption|column|review|item)\b/i;
/** Error words only a correction uses: a name, a fact or a quote got wrong in print. */
const NOTE_ERROR =
  /\bmis(?:stat|spel|identif|quot|attribut|nam|label|caption|report)\w*|\b(?:incorrectly|mistakenly|erroneously|wrongly) (?:stated|said|reported|identified|named|described|attributed|quoted|referred)\b/i;
/** The amended sentence after an opening phrase: "in regards to Epe's comment, this article has been updated with …". */
const AMENDED_INSIDE = /^[^.]{0,80},\s+this (?:article|story|report|piece|post) (?:was|has been) (?:amended|corrected|updated|revised)\b/i;
/** "This version corrects the spelling of …" (AP), "We have updated this story to include …": the newsroom's own verb. */
const OWN_VERB =
  /^(?:(?:this (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?\s+)?(?:version(?: of (?:the|this) (?:story|article|report))?|story|article|report)|story) (corrects|adds|updates|removes|clarifies|fixes|restores|refiles)\b|we(?:['’]ve| have)? (?:(corrected|updated|clarified|amended|fixed|changed) (?:[^.]{1,80}? )?in this (?:article|story|report|piece|post)\b|(updated|corrected|amended|changed|clarified|revised|removed the content of|withdrew|retracted) this (?:article|story|report|piece|post)\b))(.*)$/i;
/** The same with the newsroom by name: "CBC News corrected this story, published on June 14, …". */
const NAMED_VERB =
  /^(?:The )?(?:(?:\p{Lu}[\p{L}.&'’-]*|&)\s+){0,3}\p{Lu}[\p{L}.&'’-]* (?:has )?(corrected|updated|amended|clarified|revised|removed the content of|removed|withdrew|retracted) this (?:article|story|report|piece|post)\b(.*)$/u;
/**
 * "… updated to include / add / reflect / incorporate …": the clause of an amended note whose first
 * purpose is new material, up to the next purpose ("and to clarify …") or the sentence's end.
 */
const ADDING_PURPOSE =
  /^\s*(?:on\s+(?:(?!\b(?:to|with)\b)[^.])*?\s)?(?:to (?:include|add|reflect|incorporate|expand|note)|with)\b((?:(?!\band to\b)[^.])*)/i;
/** "This story was originally published on Oct. 4 and has been updated.": the first date is not the note's. */
const REPUBLISHED =
  /^this (?:article|story|report|piece|post) was (?:originally|first) (?:published|posted)\b.{0,80}?(?:\band|\.\s+it) (?:has been|was|has since been) (updated|corrected|amended|clarified)\b/i;
/** "Information in this article, originally published <day>, was corrected <day>.": the Seattle Times' form. */
const PRINTED_DAY = String.raw`(?:[a-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}/\d{1,2}/\d{2,4})`;
const INFORMATION_CHANGED = new RegExp(
  String.raw`^information in this (?:article|story|report),\s+(?:originally|first) (?:published|posted)\s+(?:on\s+)?${PRINTED_DAY},\s+was (corrected|updated|clarified)\s+(?:on\s+)?(${PRINTED_DAY})(?=[.,;]?(?:\s|$))`,
  'i',
);
/** A note whose label is its verb: "Updated with comment from …", "Corrected to show …". */
const VERB_PURPOSE = /^,?\s*(?:to\s+(?:include|add|reflect|show|correct|clarify|remove|note|fix)|with)\s+\S/i;
const VERB_NOTE =
  /^(updated|corrected|clarified|amended)\s+(?:throughout\s+)?(?:to\s+(?:include|add|reflect|show|correct|clarify|remove|note|fix)|with)\s+\S/i;
const WIRE =
  /^\((adds|updates|corrects|recasts|rewrites|refiles|changes|fixes|clarifies|removes|inserts|deletes|restores|expands|writes through|tops? with|new throughout|adding|updating|correcting|recasting|rewriting|refiling|changing|fixing|clarifying|removing|inserting|restoring)\b[^()]{0,300}\)\.?$/i;
/** An error named inside a wire bracket: "(Refiles to correct dateline)", "(Updates to fix typo …)". */
const WIRE_ERROR = /\b(?:correct\w*|fix\w*|errors?|typo\w*|misspel\w*|wrong\w*|mistak\w*)\b/i;
/** "Updated at 3:40 p.m." or "Updated on September 19 at 3:15 p.m.": a note with no more words. */
const UPDATED_AT =
  /^(?:(?:story|post|article)\s+)?updated\s+(?:(?:on\s+)?(.{3,30}?)\s+)?(?:at\s+)?(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?:,?\s+[A-Z]{2,4})?\.?$/i;

/** A label in emphasis marks at the front of a line: the marks, then the label and its date. */
/**
 * A dateline, its station or agency in brackets, then "(UPDATE)" or "UPDATE:" and a dash. The label
 * may keep the emphasis marks a plain-text copy of the page left around it ("MANCHAC, La.- *UPDATE*- …").
 */
const DATELINED_UPDATE =
  /^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\p{L}.'’ -]{1,20})?\s*(?:\([A-Z0-9 .&-]{2,12}\)\s*)?[—–-]\s*\(?([*_]{1,2})?(UPDATED?|CORRECTION)\1?\)?\s*[:—–-]\s*(?=\S)/u;
/**
 * A dateline before a label in capitals that has more to it: "EL PASO, Texas - UPDATE #3 (11:34 p.m.) --";
 * or before a label in running case with its colon: "YORK — Update: A gas leak …".
 */
const DATELINE_BEFORE_LABEL =
  /^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\p{L}.'’ -]{1,20})?\s*(?:\([A-Z0-9 .&-]{2,12}\)\s*)?[—–-]\s*(?=(?:UPDATED?|CORRECTION)\b|(?:Update|Updated|Correction|Clarification|Editor['’]s note)\s*:)/u;
/** A dateline with its wire or station credit: "NEW ALBANY, Miss. (AP) — ", "LONDON (Reuters) - ". */
const WIRE_DATELINE = /^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\p{L}.'’ -]{1,20})?\s*\([A-Z][A-Za-z0-9 .&-]{1,12}\)\s*[—–-]+\s*(?=\p{Lu})/u;
/**
 * A dateline with no credit, before a corrective that names its own story: "NEW SMYRNA BEACH, FL –
 * In a story December 30, 2019, about …, The Associated Press erroneously reported …".
 */
const STORY_DATELINE = /^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\p{L}.'’ -]{1,20})?\s*[—–-]+\s*(?=In an? (?:story|report|article)\b)/u;
/** A corrective names the day its story ran ("In a May 8 story", "In a story December 30, 2019,"); copy says "last March". */
const STORY_DATED =
  /^in an? (?:(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s+(?:story|report|article)|(?:story|report|article),?\s+(?:(?:on|published|dated)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+)?(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b/i;
/**
 * The wire saying in its own name, as the subject of the item, that it erred: "In a story April 14
 * about …, The Associated Press … reported erroneously that …" — not someone else saying so.
 */
const WIRE_OWNS_ERROR =
  /^(?:in an? (?:(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s+)?(?:story|report|article|photo caption|caption|item)\b(?:[^,]{0,160},\s+){1,3}?)?(?:the associated press|the ap|ap|reuters|agence france-presse|afp|bloomberg(?: news)?|the canadian press|press association|pa media|united press international|upi)\b,?(?:\s[^.]{0,160}?,)?\s+(?:(?:erroneously|incorrectly|mistakenly|wrongly|inaccurately)\s+\p{L}+|\p{L}+\s+(?:erroneously|incorrectly|mistakenly|wrongly|inaccurately)\b|mis(?:stat|identif|spel|quot|attribut|report)\p{L}*)/iu;
/**
 * "In a story last March, Reuters incorrectly reported …": a piece named by no day, then an outlet
 * by name owning the error, is copy reporting someone else's mistake. A corrective names the day
 * its story ran ("In a story April 14, The Associated Press reported erroneously …", read above) or
 * this piece itself; a paper's own column says "we", "the story", "the reporter" or leaves the
 * subject out. The owner may be named in lower case too ("In a report last year, the state auditor
 * incorrectly calculated …").
 */
const OTHERS_ERROR =
  /^[Ii]n (?:an?|the|last \p{L}+['’]s|yesterday['’]s) [^,]{0,160}?,\s+(?!(?:[Ww]e|[Oo]ur|[Ii]t|[Tt]his|[Tt]he (?:story|article|report|piece|headline|caption|item|column|reporter|writer|author|columnist|correspondent|presenter|editor|critic|reviewer))\b)(?:(?:[Tt]he\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}|the\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,3}\p{Ll}[\p{L}'’-]*)\s+(?:(?:erroneously|incorrectly|mistakenly|wrongly|inaccurately)\s+\p{L}+|\p{L}+\s+(?:erroneously|incorrectly|mistakenly|wrongly|inaccurately)\b|mis(?:stat|identif|spel|quot|attribut|report|calculat)\p{L}*)/u;
const NAMES_THIS_PIECE = /\bthis (?:story|article|report|piece|post)\b/i;
function othersErrorReported(line: string): boolean {
  return (
    OTHERS_ERROR.test(line) &&
    !STORY_DATED.test(line) &&
    !/^in an? [^,]{0,40}?\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)\b/i.test(line) &&
    !NAMES_THIS_PIECE.test(line)
  );
}
/** A sentence that ends on someone else's word: ", the agency said.", ", according to the FDA." */
const TOLD_BY_OTHERS =
  /,\s+(?:(?:the|a|an)\s+)?(?:[\p{L}.'’-]+\s+){0,4}(?:said|says|say|heard|told \p{L}+|added|stated|wrote|reported|noted|recalled|complained|explained|argued|insisted|acknowledged|admitted|confirmed|noticed)(?:\s+(?:in|on|at|to|during)\s+[^,.]{1,50})?\.?["”]?$|,\s+according to [^,]{2,80}\.?$/iu;
/** The line's first sentence ends on someone else's word: a speaker's sentence, copy whatever it says. */
export function toldByOthers(line: string): boolean {
  return TOLD_BY_OTHERS.test(line.split(/(?<=[.!?]["”’]?)\s+(?=\p{Lu})/u)[0]!);
}
/** The programme or platform a corrections page names before an item: "News Online:", "ABC News Channel:", "News." */
const PROGRAMME_PREFIX =
  /^(?:[\p{Lu}\d][\p{L}\d&'’-]*\s+){0,3}(?:[\p{Lu}\d][\p{L}\d&'’-]*|online|digital|web|radio)\s*[:.]\s+(?=\p{Lu}|on\s)/u;
/** "This has been updated to include context … . There were no inaccuracies in the original story.": context added, no error. */
const NO_ERROR_FOUND =
  /\bthere (?:were|was) no (?:inaccurac(?:y|ies)|errors?|factual errors?) in the original (?:story|article|report|piece|post|broadcast)\b/i;
/** A corrections box's topic before its item: "Chocolate standards:", "Roadside vendors —" (no sentence: no stop, four words at most). */
const TOPIC_HEAD = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}\d'’-]+){0,3}(?::|\s+[—–]|\s+-{1,2})\s+(?=\p{Lu})/u;
const EMPHASIZED_LABEL = /^(\*{1,2}|_{1,2})([^*_]{2,100}?)\1(?=\s|[:—–-]|$)/;
const LABEL_START = new RegExp(`^${LABEL}(?![\\p{L}])`, 'iu');

/**
 * How a piece says where it comes from: "This story originally ran on …", "This article is part of
 * …", "This story was auto-generated by …", "This story is based on a press release …".
 */
const PROVENANCE =
  /^(?:this|the following) (?:story|article|piece|post|report|column|essay|interview|feature|content)(?:,[^,]{1,80},)?\s+(?:(?:was|is|has been|had been|originally|first|also|initially)\s+){0,3}(?:ran|run|appeared|published|republished|reprinted|syndicated|excerpted|adapted|part of|based on|auto-generated|generated|produced|co-published|written|made possible|a version of|funded|supported|distributed|shared|translated)\b/i;
/**
 * An editor's note saying what the piece or a thing in it is: "This story contains spoilers …",
 * "This is the first in a series of posts …", "This is part two of …".
 */
const EDITORS_ASIDE =
  /^this (?:\p{L}+ (?:is|are|contains|features|includes|discusses|describes|explains|uses|reflects)|is (?:the|a|an|part|one)\b)/iu;
/** Words by which a note says the piece changed after it ran. */
const CHANGE_WORDS = /\b(?:updated|amended|corrected|revised|changed|edited|added|removed|clarified|refiled)\b/i;

/**
 * True when the purpose of an update names an error of the piece's own. A source's words are new
 * material: "with further clarification from the county", "with a correction issued by the
 * council" add what someone else said.
 */
function namesAnError(purpose: string): boolean {
  return purposeErred(purpose.replace(/\b(?:clarif\w*|corrections?|statements?)\s+(?:from|by|issued by|released by)\b.*$/i, ''));
}

/**
 * True when the purpose of an amendment names an error. "To clarify that …" adds a clarifying fact
 * and admits none ("updated to clarify that the permit was the county's"); "to clarify the number
 * of …" or "to clarify information on …" says what stood there was unclear, and other error words
 * in the clause ("… incorrectly named …") still count.
 */
function purposeErred(purpose: string): boolean {
  return ERROR_WORDS.test(
    purpose
      .replace(/\b(?:to (?:further )?)?clarif\w*\s+that\b/gi, 'that')
      // "updated … to replace an earlier version originally posted to Forbes": a rewrite put in the
      // earlier version's place admits no error of it.
      .replace(/\breplac\w*\s+(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\b/gi, 'replace it')
      // "updated from its original version with new information from …": the version it grew from, no error.
      .replace(/\b(?:from|since)\s+(?:its|the|our)\s+original\s+version\b/gi, 'since it ran'),
  );
}

function kindOf(label: string, text = ''): NoteKind {
  return /^(?:correct|clarif|retract)/i.test(label) || /\bcorrect/i.test(label) || /^to correct\b/i.test(text.trim())
    ? 'correction'
    : 'update';
}

/**
 * A note line in any of the forms above, or null when the line is copy. With `undated`, a plain
 * "Correction: …" is a note too (under the copy, where nothing else reads that way); without it,
 * only when its words are a note's own ("An earlier version …").
 */
export function readNoteLine(line: string, undated = false): NoteLine | null {
  // A note is read through a few layers at most ("[Update, Nov. 6: (Adds …)]"); a line of
  // thousands of nested brackets is copy, not a reason to run out of stack.
  if (nesting >= MAX_NESTING) return null;
  nesting++;
  try {
    // A run of spaces is how a page's source was typed, not what readers saw: every page, and every
    // export, shows one (so the note reads, and round-trips, as printed).
    const printed = line.replace(/ {2,}/g, ' ');
    // "CORRECTION The headline …", "***Correction*** A previous version …": a label run in with no colon.
    const note =
      readNoteLineOnce(printed, undated) ??
      readRunInLabel(printed, undated, readNoteLineOnce) ??
      // "ADDED 9:16 PM: …": a running post's addition, stamped as an update (added-label.ts).
      readAddedLabel(printed, undated, readNoteLineOnce) ??
      // "APOLOGY: In Friday's article … it was wrongly stated …" (apology-label.ts).
      readApologyLabel(printed) ??
      // "A HEADLINE in Monday's Daily News … implied …": capitals that open a print item (caps-lead-in.ts).
      readLeadInSentenceCase(printed, undated) ??
      // "For the record December 4, 2005 Correction: …": a column's name before the item's own label (column-heading.ts).
      readAfterColumnHeading(printed, undated) ??
      // Whatever the wording, a sentence about this article that tells how it erred (note-structure.ts).
      (readsAsOwnCorrection(printed, undated) ? { kind: 'correction' as const, text: printed.trim() } : null);
    // "… brought from a rock. (March 28)": a date alone in brackets closing the note is its day.
    const closingDate = note && note.month === undefined ? trailingNoteDate(printed) : null;
    return closingDate ? { ...note!, ...closingDate } : note;
  } finally {
    nesting--;
  }
}

/** The line read without a corrections column's name run in before its date or label. */
function readAfterColumnHeading(printed: string, undated: boolean): NoteLine | null {
  const rest = afterColumnHeading(printed, (r) => LABEL_START.test(r));
  return rest ? readNoteLineOnce(rest, undated) : null;
}

/** The line read again with its opening capitals in sentence case, when it has them. */
function readLeadInSentenceCase(printed: string, undated: boolean): NoteLine | null {
  const sentenceCase = sentenceCaseLeadIn(printed.trim());
  const note = sentenceCase ? readNoteLineOnce(sentenceCase, undated) : null;
  return note && { ...note, text: printed.trim() };
}

/** The note with the dateline printed before it ("EL PASO, Texas - "), its dash and label set aside. */
function withDateline(note: NoteLine, printed: string): NoteLine {
  const place = printed.replace(/\s*[—–-]+\s*(?:\(?[*_]{0,2}(?:UPDATED?|CORRECTION)[*_]{0,2}\)?\s*[:—–-]\s*)?$/u, '').trim();
  return place && !note.dateline ? { ...note, dateline: place } : note;
}

const MAX_NESTING = 8;
let nesting = 0;

function readNoteLineOnce(line: string, undated: boolean): NoteLine | null {
  // A line longer than a note can be is copy: taken as a note it could not be stored, and the import would fail.
  if (line.trim().length > MAX_NOTE_CHARS) return null;
  // "USNKOREA-MISSILES-CORRECTION:LA — …": a wire budget's slug, the story's summary after it.
  if (opensOnSlugLabel(line)) return null;
  // "Updated Nov. 6, 2025 — By Jane Roe", "… — The Associated Press": a stamp and its byline, under
  // the copy as above it, never a note whose text is the writer's name.
  if (readStampLine(line.trim())?.credit) return null;
  // Some sites mark the note with an asterisk that points back at the corrected sentence.
  // (One asterisk only: "*…*" and "**…**" are Markdown emphasis, read once the markup is gone.)
  // A note in italics ("*An earlier version …*") reads without its marks.
  const trimmed = line
    .trim()
    // "**Update, Nov. 6:** …", "*Correction*: …", "_Update_ — …": a label set in bold or italics.
    .replace(EMPHASIZED_LABEL, (whole, _mark: string, inner: string) => (LABEL_START.test(inner) ? inner : whole))
    .replace(/^\*(?![*\s])(?!.*\*\s*$)/, '')
    // "* Update 9/20/20: …": the asterisk may stand apart from the label it marks — a dated label
    // only: "* Correction: a factual error is fixed …" is a policy's bullet list.
    .replace(/^\*\s+(?=\p{L})(?!.*\*\s*$)/u, (mark, offset: number, whole: string) => (datedLabelAt(whole.slice(mark.length)) ? '' : mark))
    .replace(/^\*([^*].*[^*\s])\*$/, '$1');
  // "***This story has been updated to reflect …***": a whole line set in bold (italic) as plain
  // text keeps its marks; the note is what they hold.
  const emphasized = /^(\*{2,3}|__)(?=\S)(.+\S)\1$/.exec(trimmed);
  if (emphasized && !emphasized[2]!.includes(emphasized[1]!)) return readNoteLine(emphasized[2]!, undated);
  // "NORMAL, Ill. (WMBD) — (UPDATE) — …": a local station's update label after the dateline.
  const datelined = DATELINED_UPDATE.exec(trimmed);
  if (datelined) {
    const note = readNoteLine(`${datelined[2]}: ${trimmed.slice(datelined[0].length)}`, undated);
    return note && withDateline(note, datelined[0]);
  }
  // "EL PASO, Texas - UPDATE #3 (11:34 p.m.) -- Police say …": a label of its own after the dateline,
  // read as it would be read without one.
  const beforeLabel = DATELINE_BEFORE_LABEL.exec(trimmed);
  if (beforeLabel) {
    const note = readNoteLine(trimmed.slice(beforeLabel[0].length), undated);
    if (note) return withDateline(note, beforeLabel[0]);
  }
  // "JACKSONVILLE, Fla. - 8:15 a.m. UPDATE: …": the dateline before a label that opens on its clock;
  // "LEBANON COUNTY, Pa. — Update, 4:30 p.m.: …": or before one dated after its comma (dateline-dated-label.ts).
  const beforeClockLabel = datelineBeforeClockLabel(trimmed) || datelineBeforeDatedLabel(trimmed);
  if (beforeClockLabel) {
    const note = readNoteLine(trimmed.slice(beforeClockLabel), undated);
    if (note) return withDateline(note, trimmed.slice(0, beforeClockLabel));
  }
  // "NEW ALBANY, Miss. (AP) — In a story April 14 about …, The Associated Press reported erroneously
  // that …": a wire's corrective runs under a dateline of its own, above the corrected story or
  // under it. The dateline and its credit set aside, what is left must be a corrections item whole.
  const wireDateline = WIRE_DATELINE.exec(trimmed) ?? STORY_DATELINE.exec(trimmed);
  if (wireDateline) {
    const rest = trimmed.slice(wireDateline[0].length);
    if (
      rest.split(/\s+/).length >= 8 &&
      readsAsColumnItem(rest) &&
      WIRE_OWNS_ERROR.test(rest) &&
      // "KINGSTON (AP) — In a story last March, Reuters incorrectly reported …" is a lead reporting
      // another outlet's error (an undated story named, as under no dateline).
      !othersErrorReported(rest) &&
      // Under a dateline with no credit, only a corrective that names the day its story ran.
      (WIRE_DATELINE.test(trimmed) || STORY_DATED.test(rest))
    )
      return withDateline({ kind: 'correction', text: rest }, wireDateline[0]);
  }
  // "In a May 8 story carrying the slug COVID-Cda …, The Canadian Press erroneously reported that …
  // In fact, …": a wire's corrective as a paper carries it, with no dateline — its own story named
  // first and the wire owning the error as the sentence's subject, then the fact that undoes it.
  if (
    /^in an? (?:(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s+)?(?:story|report|article)\b/i.test(
      trimmed,
    ) &&
    WIRE_OWNS_ERROR.test(trimmed) &&
    STORY_DATED.test(trimmed) &&
    // The fact that undoes it, as a corrective prints it: "In fact, …" or "It was X, not Y." ("He was
    // not dead." or "Its owners have not commented" is a story about the error, not the corrective.)
    /[.!?]["”’]?\s+(?:In fact\b|\p{Lu}[^!?]*?,\s+not\s+\S)/u.test(trimmed) &&
    // ", a mistake that spread quickly online": copy telling of the error, not correcting it.
    !/,\s+(?:a|an|the)\s+(?:mistake|error|blunder|gaffe|report)\s+(?:that|which)\b/i.test(trimmed)
  )
    return { kind: 'correction', text: trimmed };
  // A revision line without its brackets ("Updates prices, adds comment") is not read: a deck that
  // lists the news ("Expands Medicaid eligibility, adds dental coverage, changes prescription
  // prices") has the same shape, and taking it out of the body loses copy — unless it points into
  // the story's own paragraphs, byline or headline ("Corrects spelling … in paragraph 3"), which no
  // deck names (wire-advisory-bare.ts).
  const bareWire = bracketedWireAdvisory(trimmed, (bracketed) => WIRE.test(bracketed));
  const wire = WIRE.exec(bareWire ?? trimmed);
  // "A correction was made on Nov. 6, 2025: …", "An update was added on …": a label told as a sentence.
  const told =
    /^an? (correction|update|clarification) (?:was|has been) (?:made|added|appended)(?: to this (?:article|story|post))?\s+(?=on\s)/i.exec(
      trimmed,
    );
  if (told) return readNoteLine(`${told[1]} ${trimmed.slice(told[0].length)}`, undated);
  // "A correction has been made to this article. The fare is $4, not $5.", "This article contains
  // corrections.": the label told as a sentence about this piece, whatever follows.
  const toldHere =
    /^(?:an? (correction|update|clarification) (?:was|has been) (?:made|added|appended) to this (?:article|story|post|piece)\b|this (?:article|story|post) (?:contains|includes) (?:an? )?(corrections?|updates?|clarifications?)\b)/i.exec(
      trimmed,
    );
  if (toldHere && trimmed.split(/\s+/).length >= 5 && !toldByOthers(trimmed))
    return { kind: /^(?:correct|clarif)/i.test(toldHere[1] ?? toldHere[2]!) ? 'correction' : 'update', text: trimmed };
  // "This is an updated version of a story first published Nov. 5.": the piece saying what it is.
  // "This is an updated version of a report the agency first released" is the agency's report: a
  // story, article or post only, and never one told on someone's word ("…, officials said").
  const version = /^this is an? (updated|corrected|revised|amended) version of (?:a|the|this|our) (?:story|article|post)\b/i.exec(trimmed);
  if (version && !toldByOthers(trimmed)) return { kind: /^correct/i.test(version[1]!) ? 'correction' : 'update', text: trimmed };
  // "We have removed the name of the skipper from this story.": the newsroom's verb, its object, this piece.
  const weChanged =
    /^we(?:['’]ve| have)? (removed|deleted|added|withheld|changed) [^.]{1,80}? (?:from|to|in) this (?:article|story|piece|post)\b/i.exec(
      trimmed,
    );
  // "We have added new data to this report, the commission said.": a speaker's "we" is copy.
  if (weChanged && !toldByOthers(trimmed)) return { kind: ERROR_WORDS.test(trimmed) ? 'correction' : 'update', text: trimmed };
  // "[UPDATE 3:40 p.m.] The ferry …", "(Updated at 11:15 p.m.) The intersection …": a label and its
  // date in brackets, the note's text after them — the same note as "UPDATE 3:40 p.m.: …".
  const bracketed = /^[[(]\s*([^[\]()]{2,60}?)\s*[\])]\s*[:—–-]?\s*([^\s\])].*)$/.exec(trimmed);
  if (!wire && bracketed && LABEL_START.test(bracketed[1]!) && isNoteHeading(`${bracketed[1]}:`, true)) {
    const note = readNoteLine(`${bracketed[1]}: ${bracketed[2]}`, undated);
    if (note) return note;
  }
  if (!wire) {
    // A whole note in brackets or parentheses ("[Editor’s Note: …]", "(Editor's note: …)") or after
    // a list bullet ("• CORRECTION 19 November 2012: …"): the note is what stands inside.
    const wrapped = /^\[(.+)\]\.?$/.exec(trimmed) ?? /^\((.+)\)\.?$/.exec(trimmed) ?? /^[•·▪]\s*(.+)$/.exec(trimmed);
    if (wrapped) return readNoteLine(wrapped[1]!, undated);
    // "- A story that first aired September 15, 2016, incorrectly said …": a corrections list's
    // dash. Only a note told in its own sentence: "- Correction: a factual error (date, name …)" is
    // a policy's list of what each label means.
    const dashed = /^[-–—]\s+(?=\p{Lu})(.+)$/u.exec(trimmed);
    if (dashed && !new RegExp(`^${LABEL}(?![\\p{L}])\\s*:`, 'iu').test(dashed[1]!)) {
      const note = readNoteLine(dashed[1]!, undated);
      if (note) return note;
    }
  }
  if (wire) return { kind: /^correct|^fix/i.test(wire[1]!) || WIRE_ERROR.test(trimmed) ? 'correction' : 'update', text: trimmed };
  // "An earlier version of this essay appeared in the Fall 2024 issue.": where the piece ran before,
  // with no word of an error, is no correction.
  if (publishedEarlier(trimmed)) return null;
  // "† 8 April 2026. This article has been revised to correct …": a footnote's dagger and the
  // note's day, then a sentence that is a note in its own words (no label needed).
  const footnote = /^[†‡]\s*(?=\d|[A-Za-z]{3,9}\.?\s+\d)/.exec(trimmed);
  const footDated = footnote ? readDateAndClock(trimmed.slice(footnote[0].length)) : null;
  const footStop = footDated?.month !== undefined ? /^\.\s+(?=\p{Lu})/u.exec(footDated.rest) : null;
  if (footDated && footStop) {
    const note = readNoteLine(footDated.rest.slice(footStop[0].length));
    if (note && note.month === undefined) return { ...note, month: footDated.month, day: footDated.day, year: footDated.year };
  }
  // "Due to an editing error, an earlier version of this story misstated …": the cause set aside,
  // the rest must be a note in its own words.
  // "Due to errors by editor Jane Roe, this story …": the cause may be plural and name who erred.
  const cause =
    /^(?:due to|as a result of|because of) (?:(?:an?|the) [\p{L} -]{2,30}?|(?:[\p{L}-]{2,20} )?)(?:errors?|mistakes?|glitch(?:es)?|problems?)(?: by [\p{L}.'’ -]{2,40}?)?,\s+(?=\p{L})/iu.exec(
      trimmed,
    );
  if (cause) {
    const rest = trimmed.slice(cause[0].length);
    const note = readNoteLine(rest.charAt(0).toUpperCase() + rest.slice(1), undated);
    if (note) return { ...note, text: trimmed };
    // "As a result of an editing error, Robert J. Samuelson's May 17 column incorrectly referred to
    // …": the newsroom's own editing, then a piece named by the day it ran and its error — under
    // the copy, where a corrections column stands.
    if (undated && /\bediting\b/i.test(cause[0]) && PIECE_WORD.test(rest) && WHEN_IT_RAN.test(rest) && COLUMN_ERROR.test(rest))
      return { kind: 'correction', text: trimmed };
  }
  // "The story has been updated.": the piece without "this", only in the newsroom's fixed words
  // and nothing more ("The story has been updated with a map …" is a blog telling another
  // outlet's edits; a post "was later updated to remove …" is anyone's).
  const bare = /^(?:the )?(?:story|post|article) has been (updated|corrected)\.$/i.exec(trimmed);
  if (bare) return { kind: /^correct/i.test(bare[1]!) ? 'correction' : 'update', text: trimmed };
  // "Originally published Nov. 5, 2024. Updated Nov. 6 with …": the first date is the piece's.
  const firstRan = /^(?:originally|first) (?:published|posted)\s+(?:on\s+)?/i.exec(trimmed);
  const ranOn = firstRan ? readDateAndClock(trimmed.slice(firstRan[0].length)) : null;
  const after = ranOn && ranOn.month !== undefined ? /^\.\s+(?=\p{Lu})/u.exec(ranOn.rest) : null;
  if (ranOn && after) {
    const note = readNoteLine(ranOn.rest.slice(after[0].length), undated);
    if (note) return note;
  }
  const labelled = readLabelledNote(trimmed, undated);
  if (labelled) return labelled;
  // "We have decided to retract this article.", "… we decided to delete our article as …": the
  // newsroom withdrawing its own piece, under the copy, in its own voice (not a speaker's "we").
  const withdrawn =
    /(?:^|[,;]\s+|\.\s+)we(?: have)? (?:(?:now )?decided to )?(?:retract(?:ed)?|delete(?:d)?|withdr(?:aw|ew)|unpublish(?:ed)?|take down|took down) (?:this|our) (?:article|story|post|piece)\b/i.exec(
      trimmed,
    );
  if (withdrawn && undated && !toldByOthers(trimmed) && !/^["“‘]/.test(trimmed)) return { kind: 'correction', text: trimmed };
  // "The date for this post has been updated to reflect …", "The headline of this story was changed
  // to …": a part of the piece, named with "this" and the piece, and the newsroom's verb.
  const partAmended = PART_AMENDED.exec(trimmed);
  if (partAmended && PART_AMENDED_REST.test(partAmended[2]!) && !toldByOthers(trimmed))
    return { kind: /^(?:correct|fix)/i.test(partAmended[1]!) || purposeErred(partAmended[2]!) ? 'correction' : 'update', text: trimmed };
  // "This story was revised … for the 2019 anthology, the publisher said.": a speaker's sentence.
  // ("…, not Turkish as initially stated." is the piece's own earlier word, not a speaker's.)
  const spoken =
    toldByOthers(trimmed) && !/\bas (?:initially|originally|previously|first|earlier) (?:stated|reported|said)\.?$/i.test(trimmed);
  const found = spoken ? null : AMENDED.exec(trimmed);
  // "This story was changed forever by a single phone call", "… was rewritten several times before
  // it reached the stage", "… was updated automatically by the county's software": the verb goes on
  // with what is no note's (a manner, an agent, a time in someone's story); a note's verb ends, or
  // goes on with its day, its purpose or what was done.
  const amended = found && AMENDED_REST.test(found[2]!) ? found : null;
  if (amended) {
    // "This article was amended on 12 March 2019 to correct …": the date, when given, is the note's.
    // "… was updated March 31, 2025 to reflect …" prints the date with no "on".
    // "… was revised and updated at 5 p.m. 2002-11-18": a second verb may stand before the date.
    const on = /^\s+(?:and\s+(?:amended|corrected|updated|changed|edited|clarified|revised|modified)\s+)?(?:on\s+)?(.*)$/i.exec(
      amended[2]!,
    );
    const dated = on ? readDateAndClock(on[1]!) : null;
    // The first purpose decides: "updated to reflect that … and to clarify …" adds material first.
    const purpose = ADDING_PURPOSE.exec(amended[2]!);
    const erred = purposeErred(purpose ? purpose[1]! : amended[2]!);
    const kind: NoteKind =
      /^correct|^clarif/i.test(amended[1]!) || /^\s*(?:on\s+[^.]*?\s)?to correct\b/i.test(amended[2]!) || erred ? 'correction' : 'update';
    if (trimmed.split(/\s+/).length < 4) return null;
    return {
      kind,
      ...(dated?.month ? { month: dated.month, day: dated.day, year: dated.year } : {}),
      ...(dated?.hour !== undefined ? { hour: dated.hour, minute: dated.minute } : {}),
      text: trimmed,
    };
  }
  // "A previous version of this report was released in March, the agency said.": a newsroom's note
  // speaks in its own voice; a sentence told on someone else's word is copy.
  // (One sentence: a corrections item may undo its claim on a spokeswoman's word in a second one.)
  // A date and label before it ("7/10/12 UPDATE: The road reopened, police said.") make it a note
  // by its label all the same, like "Update, Nov. 6: …, police said.".
  if (TOLD_BY_OTHERS.test(trimmed) && !/[.!?]["”’]?\s+\p{Lu}/u.test(trimmed)) return readDateFirst(trimmed, undated);
  if (EARLIER_VERSION.test(trimmed) && trimmed.split(/\s+/).length >= 6) return { kind: 'correction', text: trimmed };
  // "An earlier version misstated the toll.": the piece goes unnamed, the error verb says it all.
  if (BARE_EARLIER_VERSION.test(trimmed) && trimmed.split(/\s+/).length >= 5) return { kind: 'correction', text: trimmed };
  const pieceErred = PIECE_ERRED.exec(trimmed);
  if (pieceErred && (undated || /^this$/i.test(pieceErred[1]!)) && trimmed.split(/\s+/).length >= 6)
    return { kind: 'correction', text: trimmed };
  const ownVerb = OWN_VERB.exec(trimmed);
  if (ownVerb && trimmed.split(/\s+/).length >= 5) {
    const verb = ownVerb[1] ?? ownVerb[2] ?? ownVerb[3]!;
    const purpose = ADDING_PURPOSE.exec(ownVerb[4]!);
    const erred = /^(?:correct|fix|clarif)/i.test(verb) || purposeErred(purpose ? purpose[1]! : ownVerb[4]!);
    return { kind: erred ? 'correction' : 'update', text: trimmed };
  }
  const named = NAMED_VERB.exec(trimmed);
  if (named && trimmed.split(/\s+/).length >= 6) {
    const purpose = ADDING_PURPOSE.exec(named[2]!);
    const erred = /^(?:correct|clarif|removed|withdrew|retracted)/i.test(named[1]!) || purposeErred(purpose ? purpose[1]! : named[2]!);
    return { kind: erred ? 'correction' : 'update', text: trimmed };
  }
  // "Information in this article, originally published April 28, 2019, was corrected April 29,
  // 2019. A previous version …" (the Seattle Times): the second date is the note's.
  const information = INFORMATION_CHANGED.exec(trimmed);
  const changedOn = information ? readDateAndClock(information[2]!) : null;
  if (information && changedOn && changedOn.month !== undefined && changedOn.rest.trim() === '') {
    const rest = trimmed.slice(information[0].length);
    const out: NoteLine = {
      kind: /^(?:correct|clarif)/i.test(information[1]!) || NOTE_ERROR.test(rest) ? 'correction' : 'update',
      text: trimmed,
    };
    return Object.assign(out, { month: changedOn.month, day: changedOn.day }, changedOn.year !== undefined ? { year: changedOn.year } : {});
  }
  const republished = REPUBLISHED.exec(trimmed);
  if (republished) return { kind: /^(?:correct|clarif)/i.test(republished[1]!) ? 'correction' : 'update', text: trimmed };
  // "Updated 3:15 p.m. ET with comment from …", "Updated Nov. 6 to include …": the verb, its date, its purpose.
  // "Story updated at 3:40 p.m. with …", "Post updated Nov. 6 to include …": the same with its subject.
  // "Last updated Nov. 6, 2025, to include …": a stamp's "last" before the verb, its purpose after the date.
  // "Updated, 4:15 p.m. Thursday, to include …": the date set off by commas, as a clause, reads the same.
  const datedVerb = /^(?:(?:post|story|article|last) )?(updated|corrected|clarified|amended),?\s+(?:on\s+)?(?=\d|at\s|[A-Z][a-z]{2})/i.exec(
    trimmed,
  );
  if (datedVerb && trimmed.length <= 300) {
    const dated = readDateAndClock(trimmed.slice(datedVerb[0].length));
    if (dated && (dated.month !== undefined || dated.hour !== undefined) && VERB_PURPOSE.test(dated.rest)) {
      const out: NoteLine = {
        kind: /^(?:correct|clarif)/i.test(datedVerb[1]!) || namesAnError(dated.rest) ? 'correction' : 'update',
        text: trimmed,
      };
      if (dated.month !== undefined) Object.assign(out, { month: dated.month, day: dated.day, year: dated.year });
      if (dated.hour !== undefined) Object.assign(out, { hour: dated.hour, minute: dated.minute });
      return out;
    }
  }
  const verbNote = VERB_NOTE.exec(trimmed);
  if (verbNote && trimmed.split(/\s+/).length >= 4 && trimmed.length <= 300) {
    return {
      kind: /^(?:correct|clarif)/i.test(verbNote[1]!) || namesAnError(trimmed.slice(verbNote[1]!.length)) ? 'correction' : 'update',
      text: trimmed,
    };
  }
  // Under the copy, a corrections-column line: "An article Wednesday about … misstated …", "The
  // story "…" has been updated to correct …", "The … column in the July 8 … section included an
  // outdated item …".
  if (undated && trimmed.split(/\s+/).length >= 8 && readsAsColumnItem(trimmed) && !othersErrorReported(trimmed))
    return { kind: 'correction', text: trimmed };
  // "We said … (Comment, Jul 15).", "… to set the record straight.", "We have since found out that …",
  // "In a Dec. 18 story …, the … was noted incorrectly.", "An article headlined ‘…’ reported … when, in
  // fact, …": section-reference.ts, readers-apology.ts, own-finding.ts, dated-piece-passive.ts,
  // headlined-in-fact.ts.
  const ownItem = (item: string) =>
    readsAsSectionCited(item) ||
    closesOnReadersApology(item) ||
    tellsOwnFinding(item) ||
    tellsDatedPieceErredPassive(item) ||
    readsAsHeadlinedInFact(item) ||
    // "… was misspelled in a correction Tuesday about …": error-then-own-piece.ts.
    tellsErrorThenOwnPiece(item) ||
    // "An article in the Aug. 8 … section … used material from … without attribution.": unattributed-material.ts.
    tellsUnattributedMaterial(item) ||
    // "Contrary to our recent cover story …", "after we published the story, … untrue": own-report-undone.ts.
    tellsOwnReportUndone(item) ||
    // "This newspaper incorrectly reported …": outlet-owns-error.ts.
    selfNamedError(item) ||
    // '"A bum steer …" (News, Jan. 12, print version) miscalculated …': titled-item-erred.ts.
    tellsTitledItemErred(item) ||
    // "<Headline> was amended because the original said …": headline-amended.ts.
    namesHeadlineAmended(item) ||
    // "For clarification, the charges are not …": clarifying-opening.ts.
    opensOnClarification(item) ||
    // "After the publication of this work [1] it was brought to the authors’ attention …": erratum-after-publication.ts.
    tellsErratumAfterPublication(item) ||
    // "We said that … . You cannot … (Questioning, page 1, April 19).": print-cited-said.ts.
    (PRINT_REFERENCE.test(item) && opensOnWhatOurPieceSaid(item)) ||
    // "A serious error was made in the February 28 article titled …": own-piece-error-appeared.ts.
    tellsErrorInOwnPiece(item) ||
    // "On 16 September we published an article headed … which claimed …": dated-we-reported.ts.
    opensOnDatedWeReported(item) ||
    // "We apologize for referring to Sgt Brown as …": readers-apology.ts.
    opensOnApologyForWording(item);
  if (undated && ownItem(trimmed) && !othersErrorReported(trimmed)) return { kind: 'correction', text: trimmed };
  // "… appeared in the March 19 print edition. After press time, we were made aware …": after-press-time.ts.
  if (undated && tellsLearnedAfterPressTime(trimmed) && !othersErrorReported(trimmed))
    return { kind: ERROR_WORDS.test(trimmed) ? 'correction' : 'update', text: trimmed };
  const dateFirst = readDateFirst(trimmed, undated);
  if (dateFirst) return dateFirst;
  // "News Online: On May 28 … was incorrectly identified …", "ABC News Channel: On Tuesday …": a
  // corrections page names the programme or platform before the item. Under the copy only, and
  // only when what follows is a corrections-column item.
  const programme = PROGRAMME_PREFIX.exec(trimmed);
  if (undated && programme && !LABEL_START.test(trimmed)) {
    const rest = trimmed.slice(programme[0].length);
    if (rest.split(/\s+/).length >= 8 && readsAsColumnItem(rest))
      return { kind: NO_ERROR_FOUND.test(rest) ? 'update' : 'correction', text: trimmed };
  }
  // "Chocolate standards: A photograph accompanying an article …", "Roadside vendors — A photo
  // caption …": a paper's corrections box heads each item with its topic in a few words. Under the
  // copy only, and only when what follows is a corrections-column item whole.
  const topic = TOPIC_HEAD.exec(trimmed);
  if (undated && topic && !programme && !LABEL_START.test(trimmed)) {
    const rest = trimmed.slice(topic[0].length);
    if (rest.split(/\s+/).length >= 8 && readsAsColumnItem(rest) && !othersErrorReported(rest))
      return { kind: 'correction', text: trimmed };
  }
  // "Updated at 10:30 a.m. ET on Nov. 6, 2025.": the clock first, then the day.
  const clockThenDay =
    /^((?:(?:story|post|article)\s+)?updated\s+(?:at\s+)?)(\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s+[A-Z]{2,4})?)\s+on\s+(.{3,30}?)\.?$/i.exec(
      trimmed,
    );
  const clockDay = clockThenDay ? readDateAndClock(`${clockThenDay[3]}, ${clockThenDay[2]}`) : null;
  if (clockDay && clockDay.month !== undefined && clockDay.hour !== undefined && !clockDay.rest.trim())
    return {
      kind: 'update',
      month: clockDay.month,
      day: clockDay.day,
      year: clockDay.year,
      hour: clockDay.hour,
      minute: clockDay.minute,
      text: trimmed,
    };
  const updatedAt = UPDATED_AT.exec(trimmed);
  if (updatedAt) {
    const on = updatedAt[1] ? readDateAndClock(updatedAt[1]) : null;
    if (updatedAt[1] && (!on || on.month === undefined || on.rest.trim())) return null;
    return {
      kind: 'update',
      month: on?.month,
      day: on?.day,
      year: on?.year,
      hour: hour24(Number(updatedAt[2]), updatedAt[4]),
      minute: updatedAt[3] ? Number(updatedAt[3]) : 0,
      text: trimmed,
    };
  }
  return null;
}

/**
 * Under the copy, a corrections-column item: "An article Wednesday about … misstated …", "The story
 * "…" has been updated to correct …", "The … column in the July 8 … section included an outdated
 * item …", "On 23 May 7pm News suggested that … . Linc Energy did not …", "A story published Oct. 29
 * … said … . In fact, …". The opening names the piece (by kind, day, page or title), the newsroom
 * speaks of its own report, or the item opens with the day the piece ran; then an error word, a print
 * reference, or a sentence that undoes what the piece said.
 */
/** A sentence that is by itself a note about the earlier version: "A previous version of the graphic said millions." */
function readsAsEarlierVersionNote(sentence: string): boolean {
  const words = sentence.split(/\s+/).length;
  const pieceErred = PIECE_ERRED.exec(sentence);
  return (
    (EARLIER_VERSION.test(sentence) && words >= 6) ||
    (BARE_EARLIER_VERSION.test(sentence) && words >= 5) ||
    (!!pieceErred && /^this$/i.test(pieceErred[1]!) && words >= 6)
  );
}

function readsAsColumnItem(trimmed: string): boolean {
  const sentences = trimmed.split(/(?<=[.!?][”"’]?)\s+(?=[\p{Lu}“"‘])/u);
  const firstSentence = sentences[0]!;
  // "On 9 March, a morning bulletin …": the day opens the item only when the piece or programme is
  // named in that sentence ("On Tuesday, the mayor said …" is copy).
  const dated = DATED_OPENING.test(trimmed) && PIECE_WORD.test(firstSentence);
  // "An on-air clarification was broadcast on The World This Weekend regarding a story …": the
  // broadcaster telling its own correction opens the item as the piece would.
  const onAir = /^an? on-air (?:correction|clarification) (?:was|has been) (?:broadcast|aired|made)\b/i.test(trimmed);
  // ("A report in yesterday's Herald said …" names another outlet's piece: no opening of ours.)
  const opening =
    // "Monday's article on … misstated …": the piece named by the day it ran, in the possessive (day-possessive-piece.ts).
    (CORRECTIONS_COLUMN.test(trimmed) || OWN_PIECE.test(trimmed) || dated || onAir || opensOnDayPossessivePiece(firstSentence)) &&
    !RAN_ELSEWHERE.test(firstSentence) &&
    !SOMEONES_DATED_PIECE.test(firstSentence);
  const beforeVerb = trimmed.split(SAID_VERB)[0]!;
  const column =
    opening &&
    (/^a correction to\b/i.test(trimmed) ||
      COLUMN_ERROR.test(trimmed) ||
      PRINT_REFERENCE.test(trimmed) ||
      (SAID_THEN_DENIED.test(trimmed) && (dated || WHEN_IT_RAN.test(beforeVerb) || /\b(?:we|our)\b/i.test(firstSentence))));
  // "Former quarterback X has not been hired … . A seattlepi.com story … were incorrect.": the
  // column may state the fact first and name the erring piece after it.
  const laterOpening = sentences.slice(1).some((s) => CORRECTIONS_COLUMN.test(s) && COLUMN_ERROR.test(s));
  // "The U.S. government approved billions … in 2019. A previous version of the graphic said millions.":
  // the right fact, then a closing sentence that is a note about the earlier version on its own (fact-then-note.ts).
  const factThenNote = closesOnNoteAfterFact(sentences, readsAsEarlierVersionNote);
  const weErred =
    WE_ERRED.test(trimmed) ||
    // "On November 21, 2011, The Sun published an article … . In that article, we cited … . We have
    // now been informed that in fact …": the item opened by the day the piece ran.
    (dated && sentences.some((s, k) => k <= 1 && WE_SAID.test(s) && THEN_UNDONE.test(sentences.slice(k + 1).join(' ')))) ||
    (WE_SAID.test(firstSentence) && THEN_UNDONE.test(trimmed.slice(firstSentence.length))) ||
    // "We referred to … as … . The officer … is white, but two of the other three … are not.":
    // the newsroom's own words opening the line, then the fact that is not so.
    (/^(?:in [^,]{3,80},\s*)?we (?:referred|reported|said|stated|described|called|identified)\b/i.test(firstSentence) &&
      /\b(?:is|are|was|were|has|have|had|did|does) (?:not|never)\b/i.test(trimmed.slice(firstSentence.length)));
  // "… reported … . In fact, …": what a piece or programme said, then a sentence that undoes it —
  // the newsroom's own piece: the item opens on it as a column does, or the newsroom says "we" or
  // "it was stated". "The agency's report said the bridge was safe. In fact, …" is copy, and so is a
  // correction quoted in it ("The correction reads: "A previous headline on this story said …"").
  // "On Nov. 20, 2024, CBC Radio's The World This Hour reported that … . The report said …", "World
  // Report aired a story on May 25, 2024 about … . The story said …": an item opened by the day a
  // programme reported or aired something may go on about "the report" or "the story". (Aired or
  // broadcast only: an agency "published a report on Tuesday" too.)
  const datedReport =
    (DATED_OPENING.test(trimmed) && SAID_VERB.test(firstSentence)) ||
    (/\b(?:aired|broadcast)\b/.test(firstSentence) && PIECE_WORD.test(firstSentence) && WHEN_IT_RAN_DAY.test(firstSentence));
  let reported = false;
  let undone = false;
  for (const sentence of sentences) {
    if (reported && UNDOING_SENTENCE.test(sentence)) undone = true;
    if (SAID_VERB.test(sentence) && PIECE_WORD.test(sentence) && ownReport(sentence, opening || datedReport)) reported = true;
  }
  // "(From Ireland to give a lesson in popularity, 9 April, page 4) said that … It was not …": a
  // print reference is the paper's own furniture, so what the piece said, then undone, is enough.
  const printReference =
    (PRINT_REFERENCE.test(trimmed) && (AS_WE_HAD_IT.test(trimmed) || COLUMN_ERROR.test(trimmed))) ||
    (DATED_PRINT_REFERENCE.test(trimmed) && SAID_THEN_DENIED.test(trimmed) && PAPER_PIECE_OPENING.test(trimmed));
  // "A story that first aired October 10, 2016, contained a confusing typo."
  const firstRan =
    FIRST_RAN.test(trimmed) && !FIRST_RAN_ELSEWHERE.test(firstSentence) && (COLUMN_ERROR.test(trimmed) || FIRST_RAN_ERROR.test(trimmed));
  // "An opinion piece … in last Tuesday’s edition stated that … In fact, …": the paper's edition,
  // what the piece said, and the fact that undoes it.
  // "… stated that there are 28 outgoing councillors. There are 25.": or a short sentence that gives the right figure.
  const edition =
    OWN_EDITION.test(firstSentence) &&
    PAPER_PIECE_OPENING.test(firstSentence) &&
    SAID_VERB.test(firstSentence.replace(/\bstating\b/, 'stated')) &&
    (IN_FACT.test(trimmed.slice(firstSentence.length / 2)) || (sentences.length > 1 && RIGHT_FIGURE.test(sentences.at(-1)!)));
  // "A sports report in yesterday’s paper said that … . In fact it was his brother.", "An agency
  // photograph in last Tuesday’s sports pages was incorrectly captioned …": the paper's own pages,
  // the piece by its kind, and what it said undone or its error named.
  // "An item in … Sunday’s Section A said a bear wandered in on Friday … . It was Thursday.": the
  // piece named as a column does, by when it ran, what it said, and the right fact alone after it.
  const rightFact =
    opening && sentences.length === 2 && WHEN_IT_RAN.test(beforeVerb) && SAID_VERB.test(firstSentence) && RIGHT_FACT.test(sentences[1]!);
  const ownPage = (OWN_PAGE_OPENING.test(trimmed) && COLUMN_ERROR.test(firstSentence)) || DATED_PIECE_ERRED.test(trimmed);
  const ownPages =
    OWN_PAGES.test(firstSentence) &&
    (PAPER_PIECE_OPENING.test(firstSentence) || /^(?:An?|The)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}report\b/u.test(firstSentence)) &&
    (COLUMN_ERROR.test(firstSentence) ||
      (SAID_VERB.test(firstSentence) && sentences.length > 1 && IN_FACT.test(sentences.slice(1).join(' '))));
  // A report cited by title and day that "was misleading" or "gave it as" the wrong name.
  const titledPiece = TITLED_DATED_PIECE.test(trimmed) && (COLUMN_ERROR.test(trimmed) || GAVE_AS.test(trimmed));
  // The item names the piece as a column does and closes on the piece put right.
  // "A previous version of A lesson in sexual tolerance stated … . The article has been amended.":
  // a piece named by its title only, so the closing sentence must name the piece ("This has been
  // rectified" after "An earlier version of Windows …" is anyone's).
  const putRight =
    sentences.length > 1 &&
    ((opening && PUT_RIGHT.test(trimmed)) ||
      (/^(?:[Aa]n?|[Tt]he)\s+(?:earlier|previous|prior)\s+version\s+of\s+\p{Lu}/u.test(trimmed) && PUT_RIGHT_PIECE.test(trimmed)));
  // "A clarification regarding the quote in the third paragraph of the front-page story (April 11)
  // titled "…": … had erroneously attributed …" (an Indian paper's column): the item names itself
  // and the piece, then tells the error after its colon.
  const namedItem = NAMED_ITEM.test(trimmed) && ERROR_WORDS.test(trimmed.slice(trimmed.indexOf(':')));
  return (
    namedItem ||
    column ||
    laterOpening ||
    factThenNote ||
    weErred ||
    undone ||
    sentences.some((s, k) => (WE_MAKE_CLEAR.test(s) || ASKED_TO_CLARIFY.test(s)) && newsroomMakesClear(s, k)) ||
    // "In <title>, the Mail & Guardian erroneously quoted … . We regret the error.": an error word,
    // owned by the newsroom in the item's last sentence.
    (sentences.length > 1 && REGRETS_LAST.test(trimmed) && ERROR_WORDS.test(trimmed.slice(0, trimmed.length - sentences.at(-1)!.length))) ||
    // "… not zero as reported last Sunday in a Starship article … . The Star regrets the error."
    (sentences.length > 1 &&
      PAPER_REGRETS_LAST.test(trimmed) &&
      PAPER_PIECE.test(trimmed.slice(0, trimmed.length - sentences.at(-1)!.length)) &&
      (ERROR_WORDS.test(trimmed.slice(0, trimmed.length - sentences.at(-1)!.length)) || ERROR_TOLD.test(trimmed))) ||
    // "The television actor John Aniston is still alive. Incorrect information appeared in … column on this page Saturday."
    (sentences.length > 1 && INCORRECT_INFORMATION.test(trimmed)) ||
    printReference ||
    // "X is the president of Serbia, not its prime minister (Exiles in Belgrade, 29 October, p34)."
    readsAsRecordItem(trimmed) ||
    firstRan ||
    edition ||
    ownPages ||
    rightFact ||
    ownPage ||
    titledPiece ||
    putRight ||
    AUDIO_SAID.test(trimmed) ||
    // "A recent headline suggested … . It is in fact …, as the article correctly stated.": the
    // paper setting its own headline against its own article. Not someone's headline ("The Sun's
    // headline", "A headline in the Mirror"): those name their owner.
    (sentences.length > 1 && OWN_HEADLINE.test(firstSentence) && AS_THE_ARTICLE_STATED.test(trimmed.slice(firstSentence.length))) ||
    (opening && PIECE_SHOULD_HAVE_INDICATED.test(trimmed)) ||
    SHOULD_HAVE.test(trimmed) ||
    AS_WE_HAD_IT.test(trimmed) ||
    WE_SAID_ON_PAGE.test(trimmed)
  );
}

/**
 * "A Nov. 22 report by the state auditor …", "An Aug. 9 column in the Post …", "A Feb. 2 photo
 * posted by the minister …": a piece named by its day, then whose it is — someone else's, which copy
 * reports. A column names its own piece by day and subject ("A Nov. 22 article about …") or by its
 * writer ("A Nov. 22 column by Jane Roe", "A Feb. 14 obituary of John Smith": only a report, a
 * study or a post "by" or "from" someone is theirs), or by the paper's own edition or section ("A
 * Nov. 26 article in the District edition of Local Living …"; "in the state edition of the
 * Gazette" names another paper).
 */
const SOMEONES_DATED_PIECE =
  /^(?:An?|The)\s+(?:(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:reports?|photo|photograph|picture|map|chart|graphic|video|podcast|post|study|survey|memo|letter|statement)\s+(?:by|from)|(?:articles?|stories|story|reports?|column|editorial|headline|caption|photo|photograph|picture|map|chart|graphic|obituary|review|item|feature|profile|interview|video|podcast|episode|segment|broadcast|post|study|survey|memo|letter|statement)\s+(?:in(?!\s+(?:the|some|all|late|early)\s+(?:[\p{L}-]+\s+){0,3}(?:editions?|section|column)\b(?!\s+of\s+the\b))|posted|published|released|issued|commissioned|prepared|shared))\b/u;
/**
 * "A story in the July 12 Sports section should have indicated that …", "An Oct. 5 editorial should
 * have indicated …": the item's own piece, opening the line, is what should have said it. ("The
 * board found that the column should have indicated …" is copy: someone else's finding, a verb
 * before the piece.)
 */
const PIECE_SHOULD_HAVE_INDICATED =
  /^(?:An?|The)\s+(?:(?!(?:that|found|finds|said|says|ruled|concluded|argued|noted|believes|thinks|wrote)\b)[\p{L}\d.,'’-]+\s+){0,6}?(?:story|article|column|editorial|review|obituary|caption|headline|feature|item)\s+(?:(?:of|about|on|in)\s+[^.]{0,60}?\s+)?should have indicated\b/u;

/** "A correction regarding the report on page 4 …:", "A clarification to the story …:" — the item's own opening, up to its colon. */
const NAMED_ITEM =
  /^An?\s+(?:correction|clarification)\s+(?:regarding|concerning|to|on|about|in)\s+(?:the|a|an|our|this)\s+[^:]{0,300}?\b(?:story|article|report|paragraph|quote|quotation|headline|caption|photo|photograph|graphic|column|editorial|piece)\b[^:]{0,300}:\s+\S/iu;

/** A headline, caption or standfirst named by no owner, opening the item: "A recent headline suggested …". */
const OWN_HEADLINE =
  /^(?:An?|The|Our)\s+(?:(?:recent|previous|front-page|print|online|sub-?)\s*)?(?:headline|caption|photo caption|standfirst|sub-headline|subheading)\b(?!\s+(?:in|on|of|from)\s+(?:the\s+)?\p{Lu})/u;
/** "…, as the article correctly stated.": the piece's own text put against its headline or caption. */
const AS_THE_ARTICLE_STATED =
  /\bas the (?:article|story|report|piece|text) (?:correctly|rightly|accurately) (?:stated|said|reported|made clear|noted)(?=[.!]["”’]?(?:\s|$))/i;

/**
 * A sentence that tells what the newsroom's own piece said: the item's opening when it names the
 * piece as a column does, or the newsroom speaking ("we said", "our report", "it was stated") —
 * outside quotation marks, where someone else's words would be.
 */
function ownReport(sentence: string, opensItem: boolean): boolean {
  // A quotation that runs on into the next sentence is someone's words to the end of this one.
  const unquoted = sentence.replace(/["“][^"”]*(?:["”]|$)/g, '""');
  return (
    opensItem ||
    /\b(?:we|our)\b/i.test(unquoted) ||
    /\bit was (?:stated|said|reported|suggested)\b/i.test(unquoted) ||
    // "… after the program incorrectly reported that …": a programme or story owning its error.
    /\b(?:the|this|our)\s+(?:program|programme|story|article|broadcast|segment|newscast|bulletin|headline|caption)\s+(?:incorrectly|erroneously|mistakenly|wrongly|inaccurately)\s+(?:said|reported|stated|described|identified|referred)\b/i.test(
      unquoted,
    ) ||
    // "A story published March 2 about …", "The late news on 2 June reported …": a piece of no one
    // else's (no possessive before it) named by the day it ran, before its verb.
    (OWN_DATED_PIECE.test(unquoted) && WHEN_IT_RAN_DAY.test(unquoted.split(SAID_VERB)[0]!))
  );
}
/** A piece named by its kind alone, no one's possessive before it: "A story …", "The late news …". */
const OWN_DATED_PIECE =
  /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:story|article|report|programme|program|news|bulletin|broadcast|segment|item|newscast|interview)\b/u;
/** The day a piece ran: "March 2", "2 June", "Tuesday". */
const WHEN_IT_RAN_DAY =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*)\b/;

/**
 * A date or clock, a separator, then a sentence that is a note by its own words: "May 31st, 2017:
 * This post has been updated with …", "2:58 p.m.: This article was updated …", "July 2020: …".
 * The date is the note's.
 */
function readDateFirst(trimmed: string, undated: boolean): NoteLine | null {
  if (!/^(?:\d|[A-Za-z]{3,9}\.?\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i.test(trimmed)) return null;
  const dated = readDateAndClock(trimmed);
  if (!dated) return null;
  const separator = /^[:—–-]\s*/.exec(dated.rest);
  // "7/10/12 UPDATE: …", "Wednesday update: …": the date or the day may stand before the label itself.
  const labelNext = !separator && new RegExp(`^${LABEL}(?![\\p{L}])\\s*[:—–-]`, 'iu').test(dated.rest);
  // A weekday alone dates only a label ("Wednesday: The council voted …" is copy).
  if (!(dated.month !== undefined || dated.hour !== undefined || dated.monthYear || (dated.weekday && labelNext))) return null;
  if (!separator && !labelNext) return null;
  // A date or day before the label dates it as surely as one after it ("UPDATE, Nov. 6:"), so the
  // label's text needs no note words of its own.
  const inner = readNoteLine(separator ? dated.rest.slice(separator[0].length) : dated.rest, undated || labelNext);
  if (!inner || inner.month !== undefined) return inner && null;
  const out: NoteLine = { ...inner };
  if (dated.month !== undefined) Object.assign(out, { month: dated.month, day: dated.day, year: dated.year });
  if (dated.hour !== undefined) Object.assign(out, { hour: dated.hour, minute: dated.minute });
  return out;
}

/**
 * The labelled form: LABEL + optional DATE/TIME + separator + TEXT ("Update, Nov. 6: …",
 * "CORRECTION 28/4/25 — …", "Editor's note: …"). Tried before the label-less sentence forms, so a
 * labelled line is read by its label even when its text is a corrections-column item.
 */
function readLabelledNote(trimmed: string, undated: boolean): NoteLine | null {
  const m = new RegExp(`^${LABEL}(?![\\p{L}])\\s*(.*)$`, 'iu').exec(trimmed);
  if (!m) return null;
  const label = m[1]!;
  const after = withoutCredit(m[2]!).replace(/^on\s+(?=\d|[A-Z])/i, '');
  let dated = readDateAndClock(after);
  // "Update: At 3:54 p.m. Pacific, Apple said …": a clock or date after the separator that is not
  // followed by a separator of its own is the text's first words, not the note's date.
  // So is a date ("Correction: On Monday May 20, we reported …"), unless a clock follows it and the
  // text opens after that with no colon ("UPDATE: Dec. 22, 2016, 2:16 p.m. EST Updated with …").
  // A weekday likewise ("(UPDATE: On Tuesday afternoon, we got an email …)"). A full date with its
  // year run straight into the text ("Correction: March 3, 2021 A column on Sunday …", a
  // heading whose line break the page lost) is the note's.
  if (
    dated &&
    LEAD_SEPARATOR.test(after) &&
    (dated.hour !== undefined || dated.month !== undefined || dated.weekday) &&
    !/^(?:-{2,3}|[:—–-])/.test(dated.rest) &&
    !headingRunIn(dated) &&
    // "UPDATE: 6:09 p.m. According to the State Patrol, …": a bare clock closing like a sentence
    // ("p.m.") right after the separator, then the note's first sentence, is a local station's
    // label time ("Update: At 3:54 p.m. …" opens the text: its clock is the sentence's).
    !clockRunIn(after, dated)
  )
    dated = { rest: after };
  if (!dated) return null;
  const hasDate = dated.month !== undefined || dated.hour !== undefined || !!dated.counted || !!dated.weekday || !!dated.monthYear;
  // "UPDATE: Dec. 22, 2016, 2:16 p.m. EST Updated with …": after a date and a clock, the text may
  // follow with no colon.
  // "Updated This article was updated to …": a bold label run straight into a sentence that is a
  // note in its own words ("this article was updated") needs no separator either.
  // "UPDATE (2:28 A. M) -- All lanes …": two hyphens stand for a dash.
  const separator =
    /^(?:-{2,3}|[:—–-])\s*/.exec(dated.rest) ??
    (headingRunIn(dated) || clockRunIn(after, dated) || (!hasDate && AMENDED_REST.test(AMENDED.exec(dated.rest)?.[2] ?? '.x'))
      ? /^/.exec(dated.rest)
      : null);
  if (!separator) return null;
  const text = dated.rest.slice(separator[0].length).trim();
  // "UPDATE 2 - Arsenal beat Chelsea to reach final", "UPDATE 2: …": a wire's count of its story's
  // versions over a headline (no closing stop), not a note — a count only, no day or clock.
  if (dated.counted && dated.month === undefined && dated.hour === undefined && !dated.weekday && !/[.!?]["”’)]?$/.test(text)) return null;
  // "UPDATE: KINGSTON, Jamaica (AP) — The operator …" above the copy: a dateline after a bare label
  // opens the story's own lead; read as a note it would take the lead and its dateline out of the
  // copy. A dated label ("Update, Nov. 6: AUSTIN, Texas — …") or a line under the copy (where the
  // text export prints a note that keeps its own place) is a note.
  if (!hasDate && !undated && printedDatelineLength(text) > 0) return null;
  // "UPDATE (2:28 A. M) -- that was the subject line …": after two hyphens a note opens its sentence.
  if (/^-{2,3}/.test(separator[0]) && /^\p{Ll}/u.test(text)) return null;
  if (!text || text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 3) return null;
  // "Updated: AP Finally Corrects": a headline in title case after an undated label (headline-after-label.ts).
  if (!hasDate && readsAsHeadline(text)) return null;
  // "Editor’s Note: On soul searching": a column's headline in sentence case, no sentence (note-structure.ts).
  if (!hasDate && isTitleNotSentence(text)) return null;
  const family = labelFamily(label);
  // "Correction: “This article originally stated …”": a corrections list quotes the note whole; its
  // own words are read inside the quotation mark.
  const bare = text.replace(/^["“‘]\s*/, '');
  // "Correction: A factual error is fixed; we add a Correction note …", "Clarification: … Note
  // appended; no visible badge.": a corrections policy defining its kinds of note, not a note.
  if (POLICY_DEFINITION.test(text)) return null;
  // "Correction: “A quote originally misidentified …”": a correction's label over words that name
  // an error of print (misidentified, misquoted …) is a note wherever it stands, quoted or not.
  // So is "CORRECTION: The fare is $4. An earlier version of this story gave the wrong amount." and
  // "Correction: The fare is $4, not $5 as previously reported.": the correction's own words.
  const correctionNamesError =
    family === 'correction' &&
    (NOTE_ERROR.test(text) ||
      /\b(?:earlier|previous|prior|original) version of this (?:article|story|report|post)\b/i.test(text) ||
      // "Correction: “This piece originally said …”": the piece's own error, told in its own words.
      PIECE_ERRED.test(bare) ||
      // "Correction: “Due to an editing error, the photo … was initially credited to …”": the newsroom's own error,
      // one or several ("Correction: Because of reporting errors, the Names column …").
      /^(?:due to|because of|as a result of) (?:an? )?(?:editing|editorial|production|reporting|copy(?:-| )?editing) errors?\b/i.test(
        bare,
      ) ||
      /\bnot [^.;]{1,60} as (?:previously|originally|first|earlier) (?:reported|stated|mentioned|written)\b/i.test(text) ||
      // "Correction: The publishing date was initially wrongly mentioned as …": an error adverb on a
      // verb of print, under the correction's own label.
      /\b(?:incorrectly|mistakenly|erroneously|wrongly) (?:mentioned|given|listed|spelled|printed|shown|written|used)\b/i.test(text) ||
      // "Correction: Euromoney did not describe … . Incorrect information was published Wednesday."
      INCORRECT_INFORMATION.test(text));
  if (
    !hasDate &&
    !undated &&
    !NOTE_OPENING.test(bare) &&
    !AMENDED_INSIDE.test(text) &&
    !AMENDED.test(bare) &&
    !correctionNamesError &&
    family !== 'clarification' &&
    family !== 'editor' &&
    !shoutedLabel(label, text)
  )
    return null;
  // "Note: …" and "Edit: …" are notes only when their words are a note's own. (Error words alone
  // are not enough: "Note: Connection errors are emitted here" is a manual's.)
  if (
    family === 'note' &&
    // "EDIT: …" in capitals: a post's addition after it ran (edit-label.ts).
    !isShoutedEdit(label) &&
    !NOTE_OPENING.test(text) &&
    !EARLIER_VERSION.test(text) &&
    !AMENDED_INSIDE.test(text) &&
    !NOTE_ERROR.test(text) &&
    !(THIS_PIECE.test(text) && ERROR_WORDS.test(text))
  )
    return null;
  // An editor's note that tells where the piece comes from — first run, republished, part of a
  // series, based on a release, written by a machine — and names no change is no update note.
  if (family === 'editor' && PROVENANCE.test(text) && !CHANGE_WORDS.test(text) && !ERROR_WORDS.test(text)) return null;
  // Nor is one that points the reader elsewhere ("Find the latest … in our Resource Center"): editors-pointer.ts.
  if (
    family === 'editor' &&
    !hasDate &&
    pointsReaderElsewhere(text) &&
    !CHANGE_WORDS.test(text) &&
    !ERROR_WORDS.test(text) &&
    !/\bupdat/i.test(text)
  )
    return null;
  // Nor is one about who writes the column this time ("… is filling in for …"): editors-stand-in.ts.
  if (family === 'editor' && !hasDate && tellsOfStandIn(text) && !CHANGE_WORDS.test(text) && !ERROR_WORDS.test(text)) return null;
  // Nor is one that says what the piece or a thing in it is, undated and naming no change: an aside
  // ("This feature is currently implemented in Firefox only"), a warning ("This story contains
  // spoilers"), what an edition features. ("Names … were withheld" and "The authority now says …"
  // are the newsroom's notes.)
  if (
    family === 'editor' &&
    !hasDate &&
    EDITORS_ASIDE.test(text) &&
    !CHANGE_WORDS.test(text) &&
    !ERROR_WORDS.test(text) &&
    !/\bupdat/i.test(text) &&
    // "This post includes new details from the police report": what it includes is the update.
    !/\b(?:new|latest|additional|further|more)\s+(?:details?|information|figures|reporting|comments?|numbers|data|developments?)\b/i.test(
      text,
    )
  )
    return null;
  if (family !== 'correction' && family !== 'clarification' && publishedEarlier(text)) return null;
  // "Editor’s note: This article was updated on September 5, 2022, …": the sentence carries the date.
  if (dated.month === undefined && AMENDED.test(text)) {
    const inner = readNoteLine(text);
    if (inner?.month !== undefined) Object.assign(dated, { month: inner.month, day: inner.day, year: inner.year });
    // "Editor’s note: This article was revised and updated at 5 p.m. 2002-11-18": and its clock.
    if (inner?.month !== undefined && inner.hour !== undefined) Object.assign(dated, { hour: inner.hour, minute: inner.minute });
  }
  // A clarification or an editor's note keeps its label: the article's notes know only two kinds.
  const ownLabel = family === 'clarification' || family === 'editor';
  // "Note:" and "Editor's note:" about an error are corrections.
  // A note about the earlier version is a correction, whatever its label ("Updated on …: A previous version …").
  // Under "Update:" or "Editor's note:", a sentence that names its own kind ("This story has been
  // corrected to show …", "We mistakenly reported …") decides; "Correction:" is always a correction.
  const sentence = family === 'correction' || family === 'clarification' ? null : readNoteLine(text, undated);
  const kind: NoteKind =
    // "Update: this … section [has] been updated for accuracy …": the newsroom says what stood was inaccurate.
    // "Editor's note: … we failed to correctly credit …" (own-omission.ts) likewise.
    EARLIER_VERSION.test(text) ||
    REGRETS_ERROR.test(text) ||
    /\b(?:updated|edited|revised|changed|amended) for accuracy\b/i.test(text) ||
    ownsOmission(text)
      ? 'correction'
      : sentence
        ? sentence.kind
        : family === 'note' || family === 'editor'
          ? ERROR_WORDS.test(text)
            ? 'correction'
            : // "Editor's note: … has removed this interview … I apologize.": the body's structure decides (note-structure.ts).
              kindByStructure(text, 'update')
          : kindOf(label, text);
  // Its date stays in the text with it ("Clarification, Nov. 6: …"), so the note prints back whole.
  const printedHead = trimmed.slice(label.length, trimmed.length - text.length).trim();
  // "Update (2025): …": a year alone in brackets is no day, but it is the page's words. A label
  // that stays in the text keeps it there ("Editor's note (2025): …"); under "Update" or
  // "Correction" (printed back by the house label) the year is stored as the note's date.
  const yearOnly = !hasDate ? /^\s*\((\d{4})\)\s*[:—–-]/.exec(m[2]!) : null;
  const ownHead = hasDate
    ? printedHead
        .replace(/^[:—–-]\s*/, ' ')
        // "Editor's note (updated Nov. 6):" keeps the space before its bracket.
        .replace(/^(?=[\w([])/, ' ')
        .replace(/\s*[:—–-]?$/, ':')
    : yearOnly
      ? ` (${yearOnly[1]}):`
      : ':';
  const out: NoteLine = {
    kind,
    text: ownLabel
      ? `${family === 'editor' ? label.toLowerCase().replace(/^\p{L}/u, (c) => c.toUpperCase()) : 'Clarification'}${ownHead} ${text}`
      : // "CORRECTION: This story has been updated to …": words that name another kind than their
        // undated label keep the label, or the note would print back as the other kind.
        family === 'correction' &&
          !hasDate &&
          kind === 'correction' &&
          isSelfLabelled(text) &&
          readNoteLine(text, undated)?.kind === 'update'
        ? `Correction: ${text}`
        : text,
  };
  // "Update, Tuesday: The bridge has reopened.": a weekday with no date or clock is the only day the
  // page gave, and no field holds it; it stays before the text ("Tuesday: The bridge …"), which the
  // text export prints after its label and reads back the same way.
  const weekday =
    dated.weekday && dated.month === undefined && dated.hour === undefined && !ownLabel ? WEEKDAY_PRINTED.exec(printedHead) : null;
  if (weekday) out.text = `${weekday[0]}: ${out.text}`;
  Object.assign(out, { month: dated.month, day: dated.day, year: dated.year ?? (yearOnly ? Number(yearOnly[1]) : undefined) });
  if (dated.hour !== undefined) Object.assign(out, { hour: dated.hour, minute: dated.minute });
  // "Correction: “This story originally said …” (September 29)": a corrections list that quotes the
  // note whole prints its date after it, in brackets.
  const trailing = !hasDate ? TRAILING_DATE.exec(text) : null;
  const late = trailing
    ? readDateAndClock(
        (trailing[1] ?? trailing[2]!)
          .replace(/^(?:amended|updated|corrected|clarified|edited|changed):?\s+/i, '')
          .replace(/,(?=\d{4}\b)/, ', '),
      )
    : null;
  if (late?.month !== undefined && !late.rest.trim()) {
    Object.assign(out, { month: late.month, day: late.day, year: late.year });
    if (late.hour !== undefined) Object.assign(out, { hour: late.hour, minute: late.minute });
  }
  return out;
}

/** The weekday a label printed, with its part of the day: "Tuesday", "Tuesday evening". */
const WEEKDAY_PRINTED = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?\b/i;

/** A label and a date or clock after it at the front of `text`: "Update 9/20/20: …". */
function datedLabelAt(text: string): boolean {
  const m = new RegExp(`^${LABEL}(?![\\p{L}])\\s*(.*)$`, 'iu').exec(text);
  const dated = m ? readDateAndClock(withoutCredit(m[2]!)) : null;
  // With its year (or its clock): "* Update 9/20: Council budget hearing, 7 p.m." is a calendar's list.
  return !!dated && (dated.year !== undefined || (dated.month !== undefined && dated.hour !== undefined));
}

/**
 * "UPDATE: Police say Charlie has been found safely.": a label set in capitals over a whole sentence
 * is the newsroom's furniture, above the copy as under it. ("Update: The council meets Tuesday." in
 * ordinary case may be a kicker or a deck, and stays copy at the top.)
 */
function shoutedLabel(label: string, text: string): boolean {
  return /\p{Lu}{4}/u.test(label) && label === label.toUpperCase() && /^\p{Lu}/u.test(text) && /[.!?]["”’]?$/.test(text);
}

/** Where an earlier version of the piece ran, and nothing about an error: "An earlier version of this story appeared in print …". */
function publishedEarlier(text: string): boolean {
  const m =
    /^(?:an?|the)\s+(?:earlier|previous|prior|original)\s+(?:\p{L}+\s+)?version\s+of\s+[^.]{0,80}?\s(?:appeared|ran|aired|was (?:first |originally )?(?:published|posted|presented|broadcast|aired|printed))\b([^.]*)\.?$/iu.exec(
      text,
    );
  return !!m && !ERROR_WORDS.test(m[1]!);
}

/** A date and clock, or a date with its year, run straight into the text's first capital: the note's own. */
function headingRunIn(dated: Dated): boolean {
  return dated.month !== undefined && (dated.hour !== undefined || dated.year !== undefined) && /^\p{Lu}/u.test(dated.rest);
}

/**
 * "Update 7:50 p.m. Power has been restored …": a live page's clock after the label, its "p.m."
 * closing like a sentence, then the note's first sentence with no colon. Only a clock with its
 * meridiem and stop counts: "Update 2 The council …" stays unread.
 */
function clockRunIn(after: string, dated: Dated): boolean {
  if (dated.hour === undefined || dated.month !== undefined) return false;
  const clock = after.slice(0, after.length - dated.rest.length).trim();
  return /\d\s*[ap]\.m\.$/i.test(clock) && /^\p{Lu}\p{Ll}/u.test(dated.rest.trim());
}

/** A dated heading's own short headline, in title case: ". No New Details Yet:". */
const HEADING_TITLE = /^\.\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,6}\p{Lu}[\p{L}'’-]*:\s*$/u;

/**
 * "Update at 12:10 p.m. ET. No New Details Yet:" joined to its text reads "Update at 12:10 p.m. ET:
 * No New Details Yet. …": the headline becomes the note's first sentence, so every word is kept and
 * the label's date stays the note's.
 */
function headingWithTitle(heading: string): string | null {
  const m = new RegExp(`^${LABEL}(?![\\p{L}])\\s*(.*)$`, 'iu').exec(heading);
  const dated = m ? readDateAndClock(m[2]!) : null;
  if (!dated || !HEADING_TITLE.test(dated.rest)) return null;
  const head = heading.slice(0, heading.length - dated.rest.length);
  const title = dated.rest.replace(/^\.\s+/, '').replace(/:\s*$/, '');
  return `${head}: ${title}.`;
}

/** A blog's credit with no brackets after the label: "UPDATE by ANA RUIZ: …" (a weekday, a month or "noon" is a deadline). */
const BY_WRITER =
  /^\s*by\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|noon\b|midnight\b)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*(?=:)/u;
/**
 * "ANOTHER UPDATE (FROM GLENN): …", "Update (by Ana Ruiz): …": a blog's credit in brackets after the
 * label says who wrote the note, not when; it is set aside when the line is read.
 */
function withoutCredit(afterLabel: string): string {
  // "Update (2025): …": a year alone in brackets dates the label loosely, not a day; set aside too.
  return (
    afterLabel
      .replace(/^\s*\((?:(?:from|by|via|—|-)\s+[^()]{1,40}|\d{4})\)\s*(?=[:—–-])/i, '')
      // "UPDATE by JOHN: …": the credit unbracketed, a name in capitals (not "by Friday", a deadline).
      .replace(BY_WRITER, '')
      // "Editor's note (updated Nov. 6): …": the date the bracket gives is the label's.
      .replace(/^\s*\((?:updated|corrected|amended|added|revised)\s+([^()]{3,40})\)\s*(?=[:—–-])/i, ' $1')
  );
}

/**
 * A date in brackets at the very end of the note, after a closing quote or a sentence's stop: a
 * corrections list's "… leadership campaign. (August 6)", or the note's own "(amended December
 * 3,2021, 2.14pm)." A date alone or after amended/updated/corrected only: "(2019)" or "(Reuters)" is
 * no day; nor is a date in brackets inside the note's last sentence ("moved to a later date
 * (October 14).").
 */
const TRAILING_DATE = /(?:[”".]\s*\(([^()]{3,30})\)|\s\(((?:amended|updated|corrected|clarified|edited|changed):?\s+[^()]{3,40})\))\.?$/i;
/** The newsroom owning an error in its note: "We regret the error." */
const REGRETS_ERROR = /\bwe (?:regret|apologi[sz]e for) (?:the|this|these|our|any) (?:errors?|mistakes?|inaccurac\w+)\b/i;

/**
 * "Correction:" or "Correction: Feb. 9, 2020" alone on a line, the note's words on the next: true
 * for the first line of such a pair. With `bare`, the label alone with no colon ("Update") counts
 * too: a heading or a paragraph of its own in HTML or Markdown is marked off as a label already.
 */
export function isNoteHeading(line: string, bare = false): boolean {
  // "PORTLAND, Maine — UPDATE" over its text: a local station's label after the story's dateline is
  // the label still (the joined line keeps the dateline: DATELINED_UPDATE reads it).
  const printed = line.trim();
  const dateline = DATELINE_BEFORE_LABEL.exec(printed);
  const t = printed.slice(dateline ? dateline[0].length : datelineBeforeDatedLabel(printed));
  if (t.length > 80) return false;
  // "Updated: 06 Nov. 2024, 17:36" is the masthead's stamp; a heading ends with its colon.
  if (!/:\s*$/.test(t) && readStampLine(t)) return false;
  // "7 p.m. Update:": the clock or date may stand before the label, as in "7/10/12 UPDATE:".
  const first = /^\d|^[A-Za-z]{3,9}\.?\s+\d/.test(t) ? readDateAndClock(t) : null;
  if (first && (first.month !== undefined || first.hour !== undefined) && first.rest !== t) {
    // ("4:15 p.m. UPDATE" with no colon: a label of its own line only where a bare label counts.)
    const after = new RegExp(`^${LABEL}(?![\\p{L}])\\s*${bare ? ':?' : ':'}\\s*$`, 'iu').test(first.rest.trim());
    if (after) return true;
  }
  const m = new RegExp(`^${LABEL}(?![\\p{L}])\\s*(.*)$`, 'iu').exec(t);
  if (!m) return false;
  const label = m[1]!;
  // "Updates on Friday 28 April 2017", "Live updates on Friday 12 May 2017": with no colon, a label
  // word then "on" and a day is a live page's line saying what day it covers, not a label over the
  // paragraph under it (at the top, that paragraph is the lead).
  if (!/:\s*$/.test(t) && /^\s*on\s/i.test(m[2]!)) return false;
  const dated = readDateAndClock(withoutCredit(m[2]!).replace(/^:\s*/, ''));
  if (!dated) return false;
  const hasDate = dated.month !== undefined || dated.hour !== undefined;
  // "Update at 12:10 p.m. ET. No New Details Yet:": a dated label may carry a short headline of its own.
  if (hasDate && HEADING_TITLE.test(dated.rest)) return true;
  // "Updated at 14.05 BST" or "Updated at 3:40 p.m." with no colon is a stamp, a note of its own,
  // not a label over the paragraph under it: at the top of a story that paragraph is the lead, and
  // joining it would take the lead out of the copy.
  // A comma after the label ("Updated, 3:40 p.m.") makes it a label's date again.
  if (/^(?:(?:post|story|article) )?updated$/i.test(label) && dated.month === undefined && !/:\s*$/.test(t) && !/^\s*,/.test(m[2]!))
    return false;
  const rest = dated.rest.replace(/^[:—–-]\s*/, '');
  // "Updated" alone is a page's stamp (a site prints it over every revised item), not a label.
  return rest === '' && (hasDate || /:\s*$/.test(t) || (bare && !/^updated$/i.test(label)));
}

/**
 * "UPDATE 2 - Harbour board backs fare rise.": a wire's count of its story's versions and a dash or
 * colon, with no day or clock, then a capital. As the first line of a file it is the headline the
 * wire sent, never a note (under the copy, readLabelledNote reads it as one only when it is a sentence).
 */
export function isWireSlug(line: string): boolean {
  return /^UPDATE\s+#?\d{1,2}\s*(?:-{1,3}|[:—–])\s*\p{Lu}/iu.test(line.trim());
}

/**
 * "In an Aug. 14 story, The Globe and Mail misidentified …": a piece named by the day it ran, then
 * an outlet by name owning the error — the shape of a paper's own correction and of copy reporting
 * another outlet's mistake alike. Group 1 is the outlet; only the page's own masthead tells whose
 * it is (readOwnCorrective).
 */
const OUTLET_CORRECTIVE = new RegExp(
  String.raw`^In (?:an?|the) (?:(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s+\d{4})?\s+` +
    String.raw`(?:[\p{Ll}-]+\s+){0,2}(?:story|article|report|column|editorial|review|obituary|feature|profile|interview|photo caption|caption|headline|graphic|editorial cartoon)` +
    String.raw`(?:\s+(?:about|on|of)\s+[^,]{1,160})?,\s+` +
    String.raw`((?:[Tt]he\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:and|&|of|on|\p{Lu}[\p{L}.'’&-]*)){0,5})\s+` +
    String.raw`(?:(?:erroneously|incorrectly|mistakenly|wrongly|inaccurately)\s+\p{L}+|mis(?:stat|identif|spel|quot|attribut|report|nam|label|caption|dat)\p{L}*)\b`,
  'u',
);

/**
 * Under the copy, a correction in which the paper names itself: "In an Aug. 14 story, The Globe and
 * Mail misidentified …" on a page whose masthead (a byline's outlet, a source or copyright line)
 * carries "The Globe and Mail". `ownsName` says whether a name is the masthead's; another outlet
 * named there ("… , The Harbour Herald misidentified …" under a Globe story) is copy reporting
 * someone else's error.
 */
export function readOwnCorrective(line: string, ownsName: (name: string) => boolean): NoteLine | null {
  const trimmed = line.trim();
  // "The Daily Ledger incorrectly reported …", "… in the Daily Ledger, it was reported in error …": outlet-owns-error.ts.
  // (Those read their own speaker's words: "it was reported in error that …" is no one else's.)
  const corrective = OUTLET_CORRECTIVE.exec(trimmed)?.[1];
  const outlet = corrective && !toldByOthers(trimmed) ? corrective : outletOwningError(trimmed);
  if (!outlet || trimmed.length > MAX_NOTE_CHARS) return null;
  return ownsName(outlet) ? { kind: 'correction', text: trimmed } : null;
}

/**
 * "UPDATE 3 - Protesters gather outside City Hall." over the copy: the wire's slug as it sends it
 * with the headline — the count in capitals and a dash, the story's own furniture. (A newsroom's
 * "Update 2: KTVU released a statement …" with its colon is a note at the top as under the copy.)
 */
export function isSlugUnderHeadline(line: string): boolean {
  return /^UPDATE\s+#?\d{1,2}\s*(?:-{1,3}|[—–])\s*\p{Lu}/u.test(line.trim());
}

/**
 * "Updated at 7:26 p.m.", "Updated 9:57 p.m., CST": an update's stamp with its clock (a meridiem's:
 * a 24-hour "Updated at 14.05 BST" is a machine's stamp) on a line of its own.
 */
const CLOCK_STAMP_HEADING =
  /^(?:(?:story|post|article)\s+)?updated:?\s+(?:on\s+)?(?:[\p{L}\d.,'’ ]{0,40}?\s)?(?:at\s+)?\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:,?\s+[A-Z]{2,4})?\.?$/iu;

/** A sentence of copy stands above line `i`, under the first line (the headline): the text's middle, not its masthead. */
function copyAbove(lines: string[], i: number): boolean {
  const first = lines.findIndex((l) => l.trim());
  return lines.slice(first + 1, i).some((l) => l.trim().split(/\s+/).length >= 6 && /[.!?]["”’]?$/.test(l.trim()));
}

/**
 * "Updated at 7:26 p.m." over the paragraph that closes the text, joined as that update's note
 * ("Updated at 7:26 p.m.: Early voting results …"), or null. Never over a dateline'd lead or a
 * sign-off ("By Jane Roe", "— Staff reports"): those are the copy's and the byline's.
 */
function clockStampOver(stamp: string, words: string): string | null {
  const text = words.trim();
  if (!CLOCK_STAMP_HEADING.test(stamp.trim()) || printedDatelineLength(text) > 0) return null;
  if (/^(?:(?:written|reporting|compiled)\s+)?by\s/i.test(text) || /^[-—–]\s*\p{Lu}/u.test(text) || /^\S+@\S+$/.test(text)) return null;
  // "Updated: 5:30 p.m.", "9:57 p.m., CST", "5:30 P.M.": printed as a label prints them.
  const head = stamp
    .trim()
    .replace(/^((?:(?:story|post|article)\s+)?updated):/i, '$1')
    .replace(/,\s*(?=[A-Z]{2,4}$)/, ' ')
    .replace(/\b([AP])\.M\b\.?/g, (m) => m.toLowerCase());
  const joined = `${head}: ${text}`;
  return readNoteLine(joined, true) ? joined : null;
}

/** A label alone on its line, no date: "UPDATE:". */
const BARE_LABEL = new RegExp(`^${LABEL}(?![\\p{L}])\\s*:?\\s*$`, 'iu');
/**
 * "UPDATE:" alone over "KINGSTON, Jamaica (AP) — The operator …": a label with no date over the
 * story's dateline'd lead, not a heading over a note's words — joined, the lead and its dateline
 * would leave the copy. (A dated heading over a dateline'd paragraph is a note.)
 */
export function labelOverLead(heading: string, words: string): boolean {
  return BARE_LABEL.test(heading.trim()) && printedDatelineLength(words.trim()) > 0;
}

/**
 * "This article has been revised to reflect the following correction:" over "Correction: Aug. 16,
 * 2009" and the correction's text (the New York Times prints its notes over three lines): one note,
 * dated by its label, the intro kept before the text so no word is lost. Only over a dated label:
 * the intro alone, or over copy, is read as it always was.
 */
const REVISED_INTRO =
  /^this (?:article|story|post|review|column|obituary|essay) (?:has been|was) (?:revised|updated|amended|corrected) to reflect the following (?:corrections?|clarifications?|updates?)\s*:\s*$/i;
function revisedOverLabel(lines: string[], i: number, next: number): { line: string; end: number } | null {
  if (!REVISED_INTRO.test(lines[i]!.trim()) || next >= lines.length || !isNoteHeading(lines[next]!)) return null;
  const heading = lines[next]!.trim().replace(/:\s*$/, '');
  const dated = new RegExp(`^${LABEL}(?![\\p{L}])\\s*(.*)$`, 'iu').exec(heading);
  const date = dated ? readDateAndClock(dated[2]!.replace(/^[,:—–-]\s*/, '')) : null;
  if (!date || date.month === undefined) return null;
  let words = next + 1;
  while (words < lines.length && !lines[words]!.trim()) words++;
  if (words >= lines.length) return null;
  const line = `${heading}: ${lines[i]!.trim()} ${lines[words]!.trim()}`;
  return readNoteLine(line, true) ? { line, end: words } : null;
}

/**
 * Joins each note heading with the line of text after it, so the pair reads as one note line. A
 * label alone with no colon or date ("Correction", "UPDATE", "Editor's Note" on a line of its own)
 * is joined only when the pair closes the text: inside the copy such a line is a subhead.
 */
export function joinNoteHeadings(lines: string[]): string[] {
  const out: string[] = [];
  let lastWords = lines.length - 1;
  while (lastWords >= 0 && !lines[lastWords]!.trim()) lastWords--;
  // Notes already standing at the end ("Update, Nov. 6: …" after a "Clarification" pair) do not
  // stop a pair above them from closing the copy.
  const notesOnlyAfter = (k: number) => lines.slice(k + 1).every((l) => !l.trim() || !!readNoteLine(l, true));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let next = i + 1;
    while (next < lines.length && !lines[next]!.trim()) next++;
    const revised = revisedOverLabel(lines, i, next);
    if (revised) {
      out.push(revised.line);
      i = revised.end;
      continue;
    }
    const closes = next === lastWords || (next < lastWords && notesOnlyAfter(next));
    // "Updated at 7:26 p.m." on its own line over the paragraph that closes the text: a live page's
    // update, its clock the label's (over the lead at the top it stays a note of its own).
    // Only under copy: over a story of one paragraph, the stamp is the masthead's and the paragraph the lead.
    // "8.00PM:" alone over a note's own words: the note at that clock (clock-over-note.ts).
    const stamped =
      closes && next < lines.length && copyAbove(lines, i)
        ? (clockStampOver(line, lines[next]!) ?? clockOverNote(line, lines[next]!, readNoteLine))
        : null;
    if (stamped) {
      out.push(stamped);
      i = next;
      continue;
    }
    // "UPDATE — Hirsch sends this email:" or "Updated to add" over the words that close the copy.
    const introduced = closes && next < lines.length && copyAbove(lines, i) ? joinIntroHeading(line, lines[next]!) : null;
    if (introduced && readNoteLine(introduced, true)) {
      out.push(introduced);
      i = next;
      continue;
    }
    // "Correction Appended" points at a note printed elsewhere: no words of its own (appended-pointer.ts).
    if ((!isNoteHeading(line) && !(isNoteHeading(line, true) && closes)) || pointsToAppendedNote(line)) {
      out.push(line);
      continue;
    }
    const titled = headingWithTitle(line.trim());
    // "UPDATE (11:30 a.m. MST) -": a separator the heading already prints gives way to the colon.
    const head = titled ?? `${line.trim().replace(/\s+[—–-]+\s*$|:\s*$/, '')}:`;
    const joined = next < lines.length ? `${head} ${lines[next]!.trim()}` : '';
    if (joined && !labelOverLead(line, lines[next]!) && readNoteLine(joined, true)) {
      out.push(joined);
      i = next;
    } else out.push(line);
  }
  return out;
}
