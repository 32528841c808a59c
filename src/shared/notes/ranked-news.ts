/**
 * What a reader learns first, by rank. Judges of real update notes refused four shapes the writer
 * chose one path at a time: a side noun in place of the news ("Details on car use."), the source
 * without the news ("Additional comments from Harcrow."), a garbled tail ("… and details on US cars
 * and the United States", "Müller's report that …" with no verb), and a line pasted with a pronoun
 * no one can resolve. So the added copy's finite clauses are ranked by what they tell — an event or
 * a change of state, a new figure, a decision, a named or definite subject — and the best one is
 * told as the sentence "This article has been updated with news that …" (news-sentence.ts) where the
 * note would otherwise be only side nouns and bare credits. A reported clause is told with its speaker
 * ("…, X said"); an opening pronoun no sentence in reach names, background, a negation, a guess or a
 * word of opinion ranks low. Beside the news a vacuous "additional details" or a credit of the voice
 * the news names goes.
 */
import { canLead, compressClause, coordinated, FORECAST, isBackground, NEGATED, reportsEvent, type NewsClause } from './news-clause';
import { plainText } from './sentences';
import { escapeRegExp } from './names';
import { wholeClause } from './whole-clause';
import { refusedAsNews } from './lone-development';
import { pronounNamed } from './pronoun-subject';
import { isIrregularPast } from './past-forms';
import { plannedWithTime } from './reported-plans';
import { copiedFragment } from './grammar';
import { SPEECH_VERB_WORDS } from './speech-verbs';
import { tagged } from './topics';
import { fill, type NoteTemplates } from './style';

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
    const leads = canLead(line.text);
    const quoted = plainText(line.text).match(/["“][^"”]*["”]/g) ?? [];
    if (!leads && (!quoted.length || quoted.some((q) => q.split(/\s+/).length > SHORT_QUOTE))) return;
    // "He was arrested …": the one person in reach named in the pronoun's place (pronoun-subject.ts).
    const named = pronounNamed(line.text, line.before, articleText);
    coordinated(named).forEach((part, p) => {
      const read = leads ? compressClause(part, articleText, { olderText, alone: true, pronoun: p > 0 }) : null;
      // (The clause reader gives nothing for an appositive after the subject or a speaker before a quoted phrase: whole-clause.ts.)
      const whole = read?.clause.trim() ? null : wholeClause(part);
      const told: NewsClause | null = whole ? { clause: whole.clause, verb: whole.speaker ? 'said' : '', whole: true } : read;
      if (!told || !told.clause.trim()) return;
      const clause = told.clause;
      const tokens = tagged(clause);
      if (clause.split(/\s+/).length > MOST_WORDS || !tokens.length || RELATIVE.test(tokens[0]!.lower)) return;
      // ("postscript: I sent this email …": the writer speaking anywhere in the clause is no news.)
      if (
        NEGATED.test(clause) ||
        FIRST_PERSON.test(plainText(clause).replace(/["“][^"”]*["”]/g, '')) ||
        isBackground(clause, olderText) ||
        refusedAsNews(clause, noteDate)
      )
        return;
      if (copiedFragment(fill(t.resolved, { what: clause }), articleText)) return;
      const speaker = told.verb ? whole?.speaker || line.speaker : '';
      // An event or a change of state: an event word, a decision, a plan with its time, or a finite
      // verb in the past, the perfect or the future with a named or definite subject.
      // (Not a saying, a copula's state or an attitude: "said his side had been the better team",
      // "the tags were acoustic tags", "wanted to stay anonymous" tell a word, a state, a wish.)
      // ("was described as being in critical condition": a passive verb of saying tells a state reported, not words.)
      const at = tokens.findIndex((tk) => tk.pos === 'VERB');
      const verb = tokens[at];
      const saying = !!verb && SPEECH_VERB_WORDS.includes(verb.lower) && tokens[at - 1]?.pos !== 'AUX';
      // "the girl's aunt said she found her …", "… his office said in a statement": a clause that is
      // still someone's saying is their comments, credited as such, never told as the news.
      if (
        saying ||
        tokens
          .slice(at + 1)
          .some((tk) => tk.pos === 'VERB' && SPEECH_VERB_WORDS.includes(tk.lower) && tokens[tokens.indexOf(tk) - 1]?.pos !== 'AUX')
      )
        return;
      const deed = !!verb && !ATTITUDE.test(verb.lower);
      const pronounSubject =
        PERSONAL.test(tokens[0]!.lower) || (tokens[0]!.pos === 'PRON' && !/^(?:one|all|both|some)$/.test(tokens[0]!.lower));
      // (A clause the reader cut short may have lost what its verb needs: "is scheduled" without its time;
      // a speaker's clause cut anywhere says something else than they did.)
      const event =
        !pronounSubject &&
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
      const lowered = printedAsName(clause, articleText) ? clause : clause.charAt(0).toLowerCase() + clause.slice(1);
      out.push({ clause: lowered.replace(/[.]$/, ''), score, speaker, event, at: k * 10 + p });
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
  if (!ranked.speaker || new RegExp(`^(?:\\S+\\s+){0,4}?(?:the\\s+)?${escapeRegExp(ranked.speaker)}\\b`, 'i').test(ranked.clause))
    return [ranked.clause];
  return [`${ranked.clause}, ${ranked.speaker} said`, `${ranked.speaker} said ${ranked.clause}`];
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
 * The update's parts told by rank: beside a news part, "additional details" and a bare credit of the
 * voice the news names go; where every part is a side noun ("details on …") or a bare credit
 * ("comments from X"), the best-ranked event clause of the added copy is the news in their place.
 * Else the parts stand as the writer made them.
 */
export function rankedParts(parts: string[], ranked: RankedClause[], t: NoteTemplates): string[] {
  const news = opening(t.resolved);
  const told = parts;
  const side = (p: string) => p.startsWith(opening(t.details)) || /^additional details$/i.test(p);
  const credits = [opening(t.comments), opening(t.comments).replace(/^additional\s+/i, ''), opening(t.statement)];
  const clauses = (p: string) => p.startsWith(news) || (!side(p) && /\sthat\s/.test(p));
  const credit = (p: string) => credits.some((c) => c && p.toLowerCase().startsWith(c.toLowerCase()));
  const bare = (p: string) => credit(p) && !/\sthat\s/.test(p);
  // Beside the news, "additional details" tells nothing, and a bare credit of a voice the news already
  // names ("… confirmed the deaths …, and comments from the State Department") tells it twice.
  const newsText = told.filter((p) => p.startsWith(news)).join(' ');
  if (newsText)
    return told.filter(
      (p) => !/^additional details$/i.test(p) && !(bare(p) && newsText.toLowerCase().includes(creditedName(p, credits).toLowerCase())),
    );
  if (told.some(clauses)) return told.filter((p) => !/^additional details$/i.test(p));
  const best = ranked.find((r) => r.event && r.score >= NEWS_RANK);
  // (Only where nothing else is told: a count or a status beside them is the news already.)
  if (best && told.length && told.every((p) => side(p) || bare(p))) return [fill(t.resolved, { what: best.clause })];
  return told;
}
