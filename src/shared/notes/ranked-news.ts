/**
 * What a reader learns first, by rank. Judges of real update notes refused four shapes the writer
 * chose one path at a time: a side noun in place of the news ("Details on car use."), the source
 * without the news ("Additional comments from Harcrow."), a garbled tail ("… and details on US cars
 * and the United States", "Müller's report that …" with no verb), and a line pasted with a pronoun
 * no one can resolve. So the added copy's finite clauses are ranked by what they tell — an event or
 * a change of state, a new figure, a decision, a named or definite subject — and the best one is
 * told as the sentence "This article has been updated with news that …" (news-sentence.ts). Since
 * round 23 the ranking is the main path of every update note (`rankedParts`): an older part cut
 * short, an act of speaking or a subject no one names gives way to it; where nothing else is told
 * but side nouns and bare credits, the best clause is. A reported clause is told with its speaker
 * ("…, X said"); an opening pronoun no sentence in reach names, background, a negation, a guess or a
 * word of opinion ranks low. Beside the news a vacuous "additional details" or a credit of the voice
 * the news names goes.
 */
import { canLead, compressClause, coordinated, FORECAST, isBackground, NEGATED, reportsEvent, type NewsClause } from './news-clause';
import { endsInAbbreviation, plainText } from './sentences';
import { escapeRegExp, fullName, introducedAs, looksLikeOrganization, surnameInFull } from './names';
import { asideOnSubject, quotedLine, wholeClause, withoutSubordinate } from './whole-clause';
import { actOfSpeaking, cutShort, saidAtOccasion, sayingWithContent, unnamedSubject } from './clause-faults';
import { refusedAsNews } from './lone-development';
import { pronounNamed } from './pronoun-subject';
import { isIrregularPast } from './past-forms';
import { plannedWithTime } from './reported-plans';
import { copiedFragment } from './grammar';
import { shorterTellings } from './shorter-tellings';
import { withoutLeaningWords } from './leaning-words';
import { echoedBy, pointsBack } from './pointing-back';
import { SPEECH_VERB_WORDS } from './speech-verbs';
import { hasFiniteVerb, printedTokens, tagged } from './topics';
import { fill, type NoteTemplates } from './style';
import { described, withoutDetailsBesideNews } from './details-beside-news';
import { coreTellings } from './news-core';
import { pronounOfSpeaker } from './speaker-subject';
import { countedSpan, trailingSpan, withCountedSpan } from './counted-span';

/** One added line as the ranking reads it: its text, the article before it, who the line credits. */
export interface RankedLine {
  text: string;
  before: string;
  speaker: string;
}

/** A clause of the added copy and what it is worth to a reader. */
export interface RankedClause {
  clause: string;
  score: number;
  /** Who said it, when the clause is reported speech with a named speaker. */
  speaker: string;
  /** True when the clause reports an event, a figure or a decision (not only a state or a word). */
  event: boolean;
  /** Who echoed the sentence before, when the clause only points back at it (pointing-back.ts). */
  echo?: string;
  /** True when the clause's subject is a pronoun for its own speaker ("it is implementing …"): told only "X said …". */
  speakerSubject?: boolean;
  /** The clause as read, when `clause` adds the span its figure counts over (counted-span.ts). */
  unspanned?: string;
  /** The span `clause` adds ("as of Oct. 25"). */
  span?: string;
}

/** The most words a quoted phrase inside a told line may run to. */
const SHORT_QUOTE = 8;
/** The most words a told clause may run to. */
const MOST_WORDS = 30;
/** The rank a clause needs to take the place of a bare credit or a side noun. */
export const NEWS_RANK = 4;
/** Pronouns that stand for someone the note would have to name. */
const PERSONAL = /^(?:he|she|it|they|we|i|you|this|these|those|his|her|their|its|them)$/i;
/** A clause opening on a relative word is background hung on another noun. */
const RELATIVE = /^(?:which|who|whom|whose|where|when|that)$/i;
/** Where a clause cut short stops: on a verb, an auxiliary or a function word that needs what follows. */
const CUT_SHORT = ['VERB', 'AUX', 'ADP', 'DET', 'CCONJ', 'SCONJ', 'PART'];
/** The writer speaking: "I", "we", "my", "our". */
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|we|We|me|us|my|My|our|Our|I['’]m|I['’]ve)(?![\p{L}'’])/u;
/** Verbs of attitude: a wish, a belief or a liking is no deed ("wanted to keep themselves anonymous"). */
const ATTITUDE =
  /^(?:wants?|wanted|hopes?|hoped|thinks?|thought|believes?|believed|feels?|felt|knows?|knew|likes?|liked|wish(?:es|ed)?|needs?|needed|prefers?|preferred|seems?|seemed)$/;
/** An auxiliary of the past, the perfect or a time set ahead. */
const TENSED_AUX = /^(?:was|were|has|have|had|will|did)$/i;

/** The finite verb's tense told by its form: past or perfect, or a time set ahead. */
function tensed(clause: string): boolean {
  return tagged(clause).some(
    (t) =>
      (t.pos === 'AUX' && TENSED_AUX.test(t.lower)) ||
      (t.pos === 'VERB' && (/[^e]ed$|eed$|ied$/.test(t.lower) || isIrregularPast(t.lower))),
  );
}

/** A figure the old article did not print. */
function newFigure(clause: string, olderText: string): boolean {
  return (clause.match(/\d[\d.,]*\d|\d/g) ?? []).some((n) => !olderText.includes(n));
}

/** The clause's subject opens on a name or a definite phrase ("the council", "Austal", "61 patients"). */
function definiteSubject(clause: string): boolean {
  const first = tagged(clause)[0];
  return !!first && (first.pos === 'PROPN' || first.pos === 'NUM' || /^(?:the|a|an)$/i.test(first.lower));
}

/**
 * Is the clause's opening word a name the article prints with its capital inside a sentence
 * ("Austal", "NASA"), not a word capitalised only because a sentence opens on it ("Heavy vehicles")?
 */
function printedAsName(clause: string, articleText: string): boolean {
  const word = /^[\p{L}\p{N}'’.-]+/u.exec(clause)?.[0] ?? '';
  if (!/^\p{Lu}/u.test(word) || /^\p{Lu}{2}/u.test(word)) return true;
  const plain = plainText(articleText);
  const escaped = escapeRegExp(word);
  if (new RegExp(`(?<![\\p{L}'’-])[\\p{Ll}\\p{N}][\\p{Ll}\\p{N}'’-]*[,;:]?\\s+${escaped}(?![\\p{L}])`, 'u').test(plain)) return true;
  // Printed in lower case somewhere, it is a common word; never, only an adjective or a function word
  // the tagger reads so loses its capital ("Heavy vehicles"); a nationality or a name keeps it.
  if (new RegExp(`(?<![\\p{L}])${escaped.toLowerCase()}(?![\\p{L}])`, 'u').test(plain)) return false;
  return (
    tagged(clause)[0]?.pos === 'PROPN' ||
    !['ADJ', 'DET', 'ADV', 'ADP'].includes(tagged(clause.charAt(0).toLowerCase() + clause.slice(1))[0]?.pos ?? '')
  );
}

/**
 * A speaker's or a quotation's opening word capitalised only because a sentence or a quotation opens
 * on it ("Prosecutors said …", "“Total investment is …”"): never printed capitalised inside a
 * sentence, and a common word when read in lower case.
 */
function capitalOnlyOpening(text: string, articleText: string, printedLower = false): boolean {
  const word = /^\p{Lu}\p{Ll}+(?![\p{L}'’-])/u.exec(text)?.[0];
  if (!word) return false;
  // (A speaker's word must be a plural ("Prosecutors") or printed in lower case somewhere too: "Ostrander said"
  // is a name the tagger may not know.)
  if (
    printedLower &&
    !/[^s]s$/.test(word) &&
    !new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}])`, 'u').test(plainText(articleText))
  )
    return false;
  const inside = new RegExp(`[\\p{L}\\p{N},;:"”’]\\s+${escapeRegExp(word)}(?![\\p{L}])`, 'u');
  return !inside.test(plainText(articleText)) && ['NOUN', 'ADJ', 'DET'].includes(tagged(word.toLowerCase())[0]?.pos ?? '');
}

/**
 * True unless the words were read from inside a body's name: after its "&" or opening on its suffix,
 * as "Co analyst Peter Misek" of "Jefferies & Co analyst Peter Misek" is no post of its own. (A run the
 * telling extends later, "Police Chief …" of "Normal Police Chief …", starts its run well enough.)
 */
export function startsItsRun(words: string, articleText: string): boolean {
  const first = words.split(' ')[0] ?? '';
  if (/^(?:Co|Cos|Inc|Corp|Ltd|LLC|PLC|LLP)\.?,?$/.test(first)) return false;
  return !new RegExp(`&[ \\t]+${escapeRegExp(words).replace(/ /g, '[ \\t]+')}(?![\\p{L}])`, 'u').test(plainText(articleText));
}

/**
 * The speaker named as the article first names them: the note stands above the story, where a
 * surname alone ("Pika said", "Ramlan" of "Hanyan Ramlan") names no one the reader has met. So a
 * lone surname is told with the post the article gives before the full name ("District Attorney
 * Cy Vance") or the full name alone ("Simone Pika").
 */
function asPrinted(speaker: string, articleText: string): string {
  if (!speaker || speaker.includes(' ') || /^\p{Lu}{2}/u.test(speaker)) return speaker;
  const plain = plainText(articleText);
  // (Printed so, and never a title's tail after "of": "Superintendent of Instruction John Davis".)
  const printed = (name: string) => !!name && new RegExp(`(?<!\\bof\\s+)(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(plain);
  const introduced = introducedAs(speaker, articleText);
  if (/^\p{Lu}/u.test(introduced) && printed(introduced) && startsItsRun(introduced, articleText)) return introduced;
  const full = surnameInFull(speaker, articleText);
  return printed(full) ? full : speaker;
}

/** The auxiliaries of "do" and of the future and the modals: the word after them (and a "not") is a verb. */
const DO_OR_MODAL = /^(?:did|does|do|will|would|can|could|should|must|may|might)$/;

/**
 * The clause's main verb: its first verb, or the word a "did" or "will" (and a "not") stands before
 * whatever its tag ("stations did not open": the tagger may read "open" as an adjective); -1 when none.
 */
function verbAt(tokens: ReturnType<typeof tagged>): number {
  const first = tokens.findIndex((tk) => tk.pos === 'VERB');
  const aux = tokens.findIndex((tk) => tk.pos === 'AUX' && DO_OR_MODAL.test(tk.lower));
  if (aux < 0 || (first >= 0 && first < aux)) return first;
  const next = tokens[aux + 1]?.lower === 'not' ? aux + 2 : aux + 1;
  return ['ADJ', 'NOUN', 'VERB'].includes(tokens[next]?.pos ?? '') ? next : first;
}

/** A clause that only tells that someone spoke: its verb a verb of saying in the active, its content not an object. */
function sayingOnly(clause: string): boolean {
  const tokens = tagged(clause);
  const at = tokens.findIndex((tk) => tk.pos === 'VERB');
  const verb = tokens[at];
  // ("the road was back open with no serious injuries reported": a verb after the clause's own auxiliary is no saying.)
  return (
    !!verb && SPEECH_VERB_WORDS.includes(verb.lower) && !tokens.slice(0, at).some((tk) => tk.pos === 'AUX') && !sayingWithContent(clause)
  );
}

/**
 * A saying too long to tell without pasting, told at a shorter constituent edge (shorter-tellings.ts:
 * the reported clause to its end, without the phrases that only say which one a noun is, the verb
 * and its object); '' when every telling still pastes.
 */
function shortenedSaying(clause: string, speaker: string, articleText: string, t: NoteTemplates): string {
  const lead = `comments from ${speaker} that `;
  // (Then its core, as for a clause of the paper's own: news-core.ts.)
  return (
    [
      ...shorterTellings(`${lead}${clause}`, articleText)
        .filter((c) => c.startsWith(lead))
        .map((c) => c.slice(lead.length)),
      ...coreTellings(clause).filter((c) => !cutShort(c, clause)),
    ].find((c) => c.split(/\s+/).length >= 4 && !copiedFragment(fill(t.resolved, { what: `${speaker} said ${c}` }), articleText)) ?? ''
  );
}

/**
 * A verb of the saying list past the clause's own verb that tells a deed by its object, as the first
 * verb may (clause-faults.ts `sayingWithContent`): "began a new route … and added an additional
 * flight", "… before they called 911". Only with no clause after it: "and added the fare would rise"
 * is still a saying.
 */
function laterDeed(tokens: ReturnType<typeof tagged>, at: number): boolean {
  return sayingWithContent(printedTokens(tokens.slice(at)));
}

/**
 * A clause of the paper's own too long to tell without pasting, told by its core (news-core.ts): the
 * first core telling that is still whole against its sentence and passes the copying check; '' when none.
 */
function toldByCore(clause: string, sentence: string, articleText: string, t: NoteTemplates): string {
  return coreTellings(clause).find((c) => !cutShort(c, sentence) && !copiedFragment(fill(t.resolved, { what: c }), articleText)) ?? '';
}

/** Each finite clause of the added lines with its rank, best first (reading order breaks ties). */
export function rankedClauses(
  lines: RankedLine[],
  olderText: string,
  articleText: string,
  t: NoteTemplates,
  noteDate = '',
): RankedClause[] {
  const out: (RankedClause & { at: number })[] = [];
  lines.forEach((line, k) => {
    if (!line.text.trim()) return;
    // A line that cannot lead (a quotation) is read only when its quoted words are a short phrase
    // inside the paper's own sentence ("said the victim was in “critical but stable condition”").
    // A quotation with its named speaker is read by what it says, credited to them (whole-clause.ts).
    const quoting = quotedLine(line.text);
    // ("… ,” he said": the speaker the line is credited to, or no one to credit.)
    const pronoun = !!quoting && /^(?:he|she|they)$/i.test(quoting.speaker);
    const quotation = quoting && (!pronoun || line.speaker) ? { ...quoting, speaker: pronoun ? line.speaker : quoting.speaker } : null;
    const leads = canLead(line.text) || !!quotation;
    const quoted = plainText(line.text).match(/["“][^"”]*["”]/g) ?? [];
    if (!leads && (!quoted.length || quoted.some((q) => q.split(/\s+/).length > SHORT_QUOTE))) return;
    // "He was arrested …": the one person in reach named in the pronoun's place (pronoun-subject.ts).
    const named = quotation ? quotation.clause : pronounNamed(line.text, line.before, articleText);
    // (A relative clause set off after a named subject is a clause of its own: whole-clause.ts.)
    const aside = leads ? asideOnSubject(line.text) : '';
    [...coordinated(named), ...(aside ? [aside] : [])].forEach((part, p) => {
      const read = leads ? compressClause(part, articleText, { olderText, alone: true, pronoun: p > 0 }) : null;
      // (The clause reader gives nothing for an appositive after the subject or a speaker before a quoted phrase: whole-clause.ts.)
      // A reading cut before its verb's complement, or one that tells only that someone spoke, gives
      // way to the whole clause; an occasion of speaking is told by what was said at it (clause-faults.ts).
      // (A quotation's words are read whole, never cut by the clause reader, and always credited.)
      // (So does a reading that is only someone's saying, "the bank assured that it was …": the whole
      // clause reads the speaker and what they said apart.)
      const sound =
        !quotation && read?.clause.trim() && !cutShort(read.clause, part) && !actOfSpeaking(read.clause) && !sayingOnly(read.clause)
          ? read
          : null;
      let whole = sound ? null : wholeClause(part);
      const said = whole && actOfSpeaking(whole.clause) ? saidAtOccasion(whole.clause) : '';
      if (whole && actOfSpeaking(whole.clause)) whole = said ? { ...whole, clause: said } : null;
      if (whole && cutShort(whole.clause, part)) whole = null;
      if (whole && quotation) whole = { ...whole, speaker: quotation.speaker };
      const told: NewsClause | null = whole ? { clause: whole.clause, verb: whole.speaker ? 'said' : '', whole: true } : sound;
      if (!told || !told.clause.trim()) return;
      // (Told whole, a long sentence is a pasted run; its main clause without the clause hung on it may not be.)
      const shorter = withoutSubordinate(told.clause);
      let clause = shorter && copiedFragment(fill(t.resolved, { what: told.clause }), articleText) ? shorter : told.clause;
      let tokens = tagged(clause);
      if (clause.split(/\s+/).length > MOST_WORDS || !tokens.length || RELATIVE.test(tokens[0]!.lower)) return;
      // ("postscript: I sent this email …": the writer speaking anywhere in the clause is no news.)
      if (
        NEGATED.test(clause) ||
        cutShort(clause, part) ||
        actOfSpeaking(clause) ||
        FIRST_PERSON.test(plainText(clause).replace(/["“][^"”]*["”]/g, '')) ||
        isBackground(clause, olderText) ||
        refusedAsNews(clause, noteDate)
      )
        return;
      if (copiedFragment(fill(t.resolved, { what: clause }), articleText)) {
        // (A saying pasted whole is told shorter at its constituents' edges, as any credited claim is: shorter-tellings.ts.)
        // (A clause of the paper's own too long to tell whole is told by its core: news-core.ts.)
        clause = (whole?.speaker ? shortenedSaying(clause, whole.speaker, articleText, t) : toldByCore(clause, part, articleText, t)) || '';
        if (!clause) return;
        tokens = tagged(clause);
      }
      // ("Prosecutors said …": a speaker capitalised only because the sentence opens on it loses the capital.)
      const opener =
        whole?.speaker &&
        !whole.speaker.includes(' ') &&
        plainText(line.text).startsWith(whole.speaker) &&
        capitalOnlyOpening(whole.speaker, articleText, true)
          ? whole.speaker.charAt(0).toLowerCase() + whole.speaker.slice(1)
          : whole?.speaker;
      const speaker = told.verb ? asPrinted(opener || line.speaker, articleText) : '';
      // An event or a change of state: an event word, a decision, a plan with its time, or a finite
      // verb in the past, the perfect or the future with a named or definite subject.
      // (Not a saying, a copula's state or an attitude: "said his side had been the better team",
      // "the tags were acoustic tags", "wanted to stay anonymous" tell a word, a state, a wish.)
      // ("was described as being in critical condition": a passive verb of saying tells a state reported, not words.)
      const at = verbAt(tokens);
      const verb = tokens[at];
      const saying = sayingOnly(clause);
      // "the girl's aunt said she found her …", "… his office said in a statement": a clause that is
      // still someone's saying is their comments, credited as such, never told as the news.
      if (
        saying ||
        tokens
          .slice(at + 1)
          .some(
            (tk, k) =>
              tk.pos === 'VERB' && SPEECH_VERB_WORDS.includes(tk.lower) && tokens[at + k]?.pos !== 'AUX' && !laterDeed(tokens, at + 1 + k),
          )
      )
        return;
      const deed = !!verb && !ATTITUDE.test(verb.lower);
      // ("The bank assured that it is …": the reported clause's pronoun for its own speaker is named by the credit.)
      const speakerSubject = !!whole?.speaker && pronounOfSpeaker(tokens[0]!.lower, whole.speaker);
      // (So does a clause whose content is the sentence before it: "This sentiment was echoed by …", pointing-back.ts.)
      const pronounSubject =
        (!speakerSubject &&
          (PERSONAL.test(tokens[0]!.lower) || (tokens[0]!.pos === 'PRON' && !/^(?:one|all|both|some|there)$/.test(tokens[0]!.lower)))) ||
        pointsBack(clause) ||
        (p === 0 && pointsBack(plainText(line.text)));
      // (A clause the reader cut short may have lost what its verb needs: "is scheduled" without its time;
      // a speaker's clause cut anywhere says something else than they did.)
      // (A quotation's bare state, "the bank was thrilled", is the speaker's colour: its news has a complement.)
      const bareState = !!quotation && ['VERB', 'ADJ'].includes(tokens.at(-1)!.pos);
      const event =
        !pronounSubject &&
        !bareState &&
        (told.whole || (!told.verb && (reportsEvent(clause) || !CUT_SHORT.includes(tokens.at(-1)!.pos)))) &&
        (reportsEvent(clause) || !!told.pledge || plannedWithTime(clause) || (deed && tensed(clause) && definiteSubject(clause)));
      let score = 0;
      if (event) score += 4;
      if (tensed(clause)) score += 2;
      if (newFigure(clause, olderText)) score += 1;
      if (definiteSubject(clause)) score += 1;
      // "They were asked …": a subject pronoun no sentence in reach names leaves the reader asking who.
      if (pronounSubject) score -= 6;
      // A guess ("could reopen") is no development; a plan with its time set is.
      if (FORECAST.test(clause) && !plannedWithTime(clause) && !told.pledge) score -= 3;
      // A word said with no event in it is the speaker's opinion.
      if (told.verb && !event) score -= 2;
      // A clause someone said, with no one to credit it to, is told only as an event.
      if (told.verb && !speaker && !event) score -= 2;
      if (!told.whole) score -= 1;
      // "Heavy vehicles are banned …": the opening capital is kept only for a name (or an abbreviation).
      // (A quotation's opening word is capitalised as a quotation opens: lower case unless printed so inside a sentence.)
      const asName = quotation ? !capitalOnlyOpening(clause, articleText) : printedAsName(clause, articleText);
      const lowered = asName ? clause : clause.charAt(0).toLowerCase() + clause.slice(1);
      const echo = echoedBy(clause);
      // (A figure keeps the span its line opened on, "… 17 homicides as of Oct. 25", where the telling
      // still reads as the paper's own words cut, not pasted: counted-span.ts.)
      const unspanned = lowered.replace(/[.]$/, '');
      const span = countedSpan(p === 0 ? line.text : part, unspanned) || trailingSpan(part, unspanned);
      const spanned = withCountedSpan(unspanned, span);
      const keepsSpan =
        !!span &&
        spanned.split(/\s+/).length <= MOST_WORDS &&
        !copiedFragment(fill(t.resolved, { what: spanned }), articleText) &&
        !copiedFragment(fill(t.resolved, { what: `${spanned}, ${speaker || 'X'} said` }), articleText);
      // (Told under the note's date, a day counted from the dateline, a "however" or an "as well" goes: leaning-words.ts.)
      const leaned = withoutLeaningWords(unspanned);
      const withSpan = keepsSpan ? withoutLeaningWords(spanned) : leaned;
      out.push({
        clause: withSpan,
        ...(withSpan !== leaned ? { unspanned: leaned, span } : {}),
        score,
        speaker,
        event,
        ...(echo ? { echo } : {}),
        ...(speakerSubject && speaker ? { speakerSubject } : {}),
        at: k * 10 + p,
      });
    });
  });
  return out.sort((a, b) => b.score - a.score || a.at - b.at).map(({ at: _at, ...c }) => c);
}

/**
 * The clause told as the note's news, in the forms to try: for a named speaker the clause first with
 * "X said" after it (the reported clause told whole, as the article has it), then "X said" before it;
 * the clause alone when it opens on its speaker or has none.
 */
export function toldClauses(ranked: RankedClause): string[] {
  // ("Police Scotland were treating …, Scotland said": a speaker already in the clause's opening words is
  // its subject, credited twice and, shortened, wrongly; the clause is told alone.)
  // ("it is implementing …, the Bank of Ghana said" would name the pronoun after it.)
  if (ranked.speakerSubject) return [`${creditedSpeaker(ranked.speaker)} said ${ranked.clause}`];
  if (!ranked.speaker || new RegExp(`^(?:\\S+\\s+){0,4}?(?:the\\s+)?${escapeRegExp(ranked.speaker)}\\b`, 'i').test(ranked.clause))
    return [ranked.clause];
  const speaker = creditedSpeaker(ranked.speaker);
  return [`${stopped(ranked.clause)}, ${speaker} said`, `${speaker} said ${ranked.clause}`];
}

/**
 * The ranked clause in the first form the note check passes (`reads`), its span-less reading told in
 * the same form beside it; where no form with the span reads, the clause as read (counted-span.ts);
 * an empty clause where none reads at all.
 */
export function toldRanked(ranked: RankedClause, reads: (clause: string) => boolean): RankedClause {
  const { unspanned, span, ...rest } = ranked;
  const forms = toldClauses(ranked);
  const at = forms.findIndex(reads);
  if (at >= 0 && unspanned)
    return { ...rest, clause: forms[at]!, unspanned: toldClauses({ ...rest, clause: unspanned })[at]!, ...(span ? { span } : {}) };
  if (at >= 0 || !unspanned) return { ...rest, clause: forms[at] ?? '' };
  return { ...rest, clause: toldClauses({ ...rest, clause: unspanned }).find(reads) ?? '' };
}

/** "… at 1:00 p.m" keeps its abbreviation's stop before a credit after it. */
const stopped = (clause: string): string => (endsInAbbreviation(clause) ? `${clause}.` : clause);

/**
 * A speaker named by a post, with the article it needs: "the Punjab health secretary said" (a
 * singular post in lower case with no determiner). A name, a plural ("prosecutors"), "police" or a
 * post already owned or determined stands as printed.
 */
function creditedSpeaker(speaker: string): string {
  const words = speaker.split(/\s+/);
  const last = words.at(-1) ?? '';
  if (/^(?:the|a|an|his|her|its|their)$/i.test(words[0] ?? '') || /['’]s$/.test(words[0] ?? '')) return speaker;
  return /^\p{Ll}/u.test(last) && !/s$|^police$/.test(last) ? `the ${speaker}` : speaker;
}

/** Whom a bare credit names, without its opening or an article: "comments from the State Department" → "State Department". */
function creditedName(part: string, credits: string[]): string {
  const opening = credits.filter(Boolean).find((c) => part.toLowerCase().startsWith(c.toLowerCase())) ?? '';
  return (
    part
      .slice(opening.length)
      .replace(/^the\s+/i, '')
      .trim() || part
  );
}

/** The words a template prints before its slot ("details on {topics}" → "details on "). */
function opening(template: string): string {
  return template.split('{')[0]!;
}

/**
 * The update's parts told by rank, the main path for every update note. Where the added copy has an
 * event clause that ranks as news, the note is told by clauses: each older part that tells one
 * ("the news that …", "X's report that …", "comments from X that …") stays, unless its clause is
 * cut short of what the ranking reads whole ("Mr. Na was unanimously voted" beside "… voted as clerk
 * of the board": the whole clause takes its place) or is no news (an act of speaking, a first
 * subject no one names, a claim that is itself a saying: clause-faults.ts); "additional details" and
 * a bare credit of a voice the news names go. Where only side nouns and bare credits are left, the
 * best-ranked clause is the news, with a side topic told with its complement. Only where no clause ranks do the
 * parts stand as the writer made them, less "additional details" beside a news part and a bare credit
 * of the voice that news names. `added` is the added copy the parts were read from, `articleText` the new version.
 */
export function rankedParts(printedParts: string[], ranked: RankedClause[], t: NoteTemplates, added = '', articleText = ''): string[] {
  // (Told as news, no side topic stays beside it: details-beside-news.ts.)
  return withoutDetailsBesideNews(
    partsByRank(printedParts, ranked, t, added, articleText).map((p) => toldAsSaid(p, t, articleText)),
    t,
  );
}

/** A claim's part made from its template: "{source}'s report that {what}" → the source and the clause. */
function claimOf(part: string, template: string): { source: string; clause: string } | null {
  const [before, after] = template.split('{source}');
  const shape = new RegExp(`^${escapeRegExp(before!)}(.+?)${escapeRegExp(after!.replace('{what}', ''))}(.+)$`, 'u');
  const m = after?.endsWith('{what}') ? shape.exec(part) : null;
  return m ? { source: m[1]!, clause: m[2]! } : null;
}

/**
 * "Young's report that the storm … was the third-largest outage" is a fragment that names a voice
 * before its news; judges of unseen notes refused it nine times in ten. A speaker's report is told
 * as what it says, in reported speech and credited: "news that the storm … was the third-largest
 * outage, utility President J.T. Young said" (a lone surname named as the article first names
 * them). The part stays as made when its clause opens on a pronoun no credit names or the telling
 * would paste the article. (A comment's claim, "additional comments from X that …", stays as made:
 * told as "news that", an opinion or a guess would read as news.)
 */
function toldAsSaid(part: string, t: NoteTemplates, articleText: string): string {
  const claim = claimOf(part, t.reportedThat);
  if (!claim || !hasFiniteVerb(claim.clause)) return part;
  const speaker = asPrinted(claim.source, articleText);
  const first = tagged(claim.clause)[0]?.lower ?? '';
  const own = pronounOfSpeaker(first, speaker);
  if (PERSONAL.test(first) && !own) return part;
  const [told] = toldClauses({ clause: claim.clause, speaker, score: 0, event: true, ...(own ? { speakerSubject: true } : {}) });
  const news = fill(t.resolved, { what: told! });
  return copiedFragment(news, articleText) ? part : news;
}

/**
 * Does the ranked clause tell the part's clause with the span its figure counts over added
 * (counted-span.ts)? The part may tell it bare or as a speaker's claim, "X's report that …", whose
 * credit the ranked form sets after it ("…, X said").
 */
function spanAdded(ranked: RankedClause, clause: string): boolean {
  const read = ranked.unspanned?.toLowerCase() ?? '';
  const part = clause.toLowerCase();
  return !!read && (read === part || (!!ranked.speaker && read.startsWith(`${part}, `) && read.endsWith(' said')));
}

/** The parts by rank, as `rankedParts` describes. */
function partsByRank(printedParts: string[], ranked: RankedClause[], t: NoteTemplates, added = '', articleText = ''): string[] {
  const news = opening(t.resolved);
  // (Every part is told under the note's date, without words that lean on the copy around it: leaning-words.ts.)
  const parts = printedParts.map(withoutLeaningWords);
  const credits = [opening(t.comments), opening(t.comments).replace(/^additional\s+/i, ''), opening(t.statement)];
  const credit = (p: string) => credits.some((c) => c && p.toLowerCase().startsWith(c.toLowerCase()));
  const bare = (p: string) => credit(p) && !/\sthat\s/.test(p);
  const side = (p: string) => p.startsWith(opening(t.details)) || /^additional details$/i.test(p);
  // The clause a part tells: a news part's, or a credited claim's after its "that".
  const clauseOf = (p: string) => (p.startsWith(news) ? p.slice(news.length) : side(p) ? '' : (/\sthat\s(.+)$/.exec(p)?.[1] ?? ''));
  // The ranked clause that tells a part's clause whole where the part's was cut short of it.
  // (Or the clause with the span its figure counts over, where the part tells it without: counted-span.ts.)
  const wholeOf = (clause: string) =>
    ranked.find(
      (r) =>
        (r.clause.length > clause.length && r.clause.toLowerCase().startsWith(clause.toLowerCase()) && cutShort(clause, r.clause)) ||
        spanAdded(r, clause),
    );
  // (A claim whose clause is itself someone's saying, "… that Gambo Mohammed … said the fracas started", credits twice and tells half.)
  // (Its verb of saying in the active: "she was found on a bench" is no saying.)
  const nested = sayingOnly;
  // (Read against the added copy, where its words carry their tags: "… 35, shot" before "at an officer".)
  // (A pronoun after an earlier clause of the note is that clause's: "… was located and that she was on her way";
  // a claim's is its voice's: "comments from Corvel Mining that it would appeal".)
  // (A news part that is only someone's saying, "the bank assured that it was …", tells the speaking as
  // the deed; the ranking reads what was said apart, credited.)
  const faulty = (clause: string, claim: boolean, after: boolean) =>
    cutShort(clause, added || clause) ||
    actOfSpeaking(clause) ||
    (!claim && sayingOnly(clause)) ||
    (!after && !claim && unnamedSubject(clause)) ||
    (claim && nested(clause));
  const events = ranked.filter((r) => r.event && r.score >= NEWS_RANK);
  if (events.length) {
    const told: string[] = [];
    parts.forEach((p) => told.push(...tellsPart(p, told.some(clauseOf))));
    function tellsPart(p: string, after: boolean): string[] {
      const clause = clauseOf(p);
      // (A part of another form, a video, a new toll or a side noun, stands as the writer made it.)
      if (!clause) return /^additional details$/i.test(p) ? [] : [p];
      const whole = wholeOf(clause);
      // (A speaker's claim keeps its form and credit, with the span added to its clause: counted-span.ts.)
      if (whole?.span && !p.startsWith(news) && spanAdded(whole, clause)) return [p.replace(clause, withCountedSpan(clause, whole.span))];
      if (whole) return [fill(t.resolved, { what: whole.clause })];
      return faulty(clause, !p.startsWith(news), after) ? [] : [p];
    }
    // (Only where every part left is a side noun or a bare credit: a new toll or a status is news already.)
    // There side nouns that only name things go: a topic with its complement ("the closure of the
    // highway") tells what about it, "details on Daz Cameron" nothing the news does not.
    const withNews = told.every((p) => side(p) || bare(p))
      ? [fill(t.resolved, { what: events[0]!.clause }), ...told.filter((p) => side(p) && described(p.slice(opening(t.details).length)))]
      : [...new Set(told)];
    // (A bare credit of a voice the news names, by any part of the name the copy prints, tells it twice.)
    const newsText = withNews
      .filter((p) => p.startsWith(news))
      .join(' ')
      .toLowerCase();
    const named = (p: string) => {
      const name = creditedName(p, credits);
      // (A person's credit named in full, "John Davis", "Kang Hoon-sik", is named by any of its names too,
      // each a whole word: never "and" of "PAGASA and Loiz", nor a body's "County".)
      const person = !looksLikeOrganization(name) && name.split(' ').every((w) => /^\p{Lu}/u.test(w));
      return (
        [name, ...fullName(name, articleText).split(' ')].some((w) => w.length > 2 && newsText.includes(w.toLowerCase())) ||
        (person &&
          name
            .split(' ')
            .some((w) => w.length > 2 && new RegExp(`(?<![\\p{L}])${escapeRegExp(w.toLowerCase())}(?![\\p{L}])`, 'u').test(newsText)))
      );
    };
    return withNews.filter((p) => !(bare(p) && named(p)));
  }
  // (A clause that only echoes the sentence before names the voice of the added copy: where no part
  // tells news, its credit takes the place of the bare credits, "comments from Dr. X", pointing-back.ts.)
  const echo = ranked.find((r) => r.echo)?.echo ?? '';
  const left =
    echo && !parts.some((p) => p.startsWith(news)) && parts.some(bare)
      ? [...new Set(parts.map((p) => (bare(p) ? fill(t.comments, { sources: echo }) : p)))]
      : parts;
  // Beside the news, "additional details" tells nothing, and a bare credit of a voice the news already
  // names ("… confirmed the deaths …, and comments from the State Department") tells it twice.
  const newsText = left.filter((p) => p.startsWith(news)).join(' ');
  return left.filter(
    (p) =>
      !(newsText && /^additional details$/i.test(p)) &&
      !(newsText && bare(p) && newsText.toLowerCase().includes(creditedName(p, credits).toLowerCase())),
  );
}
