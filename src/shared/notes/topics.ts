/**
 * What added material is about, as noun phrases: "two independent audits of the breach", "the
 * status of services like Ferrow and Quillo", "Europe's copyright law". A newsroom's update note
 * names what was added as a topic, so the writer reads the added sentences' structure (parts of
 * speech from wink-nlp's lite English model) and keeps whole noun phrases — with their modifiers and
 * an "of / from / about / like …" complement — never a clause cut short.
 *
 * Which phrases: the ones that bring most that is NEW. A word absent from the old article weighs
 * most (a name more), a word the old article had already weighs little, and a head noun the added
 * sentences keep coming back to ("audit … audits") weighs more. A phrase naming nothing new is not
 * offered: the note names what was added, not what was there.
 *
 * Only the added sentences are tagged (a few dozen words), so the tagger's cost stays small; the
 * model loads once, on first use. Measured against the rules on the dev cases in index.ts.
 */
import { speechVerbs } from './speech-verbs';
import { hedges } from './hedge-words';
import { SHARE_OF } from './qualifiers';
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { plainText } from './sentences';
import { memoByText } from './text-memo';
import { isStopword } from './edits';
import { WEEKDAY } from './weekdays';
import { FACED_IN_COURT } from './court-steps';

interface Token {
  text: string;
  lower: string;
  pos: string;
  /** Spaces before the token in the sentence, so a phrase prints as written ("Europe's", "Wi-Fi"). */
  space: string;
}

export interface Topic {
  /** The phrase as the note prints it ("two independent audits of the breach"). */
  text: string;
  /** Its head noun's key ("audit"), for telling two phrases about one thing apart. */
  head: string;
  score: number;
  /** Which added sentence it came from, and where in it: the note lists topics in reading order. */
  sentence: number;
  at: number;
  /** What the phrase's sentence says of it: a state ("were unavailable") makes it a status. */
  state: boolean;
  /** Its head noun is new to the article: the thing itself was added, not only said more of. */
  freshHead?: boolean;
  /** How much its words recur across the added material (`recurrence`): the material's own subject. */
  recurring?: number;
}

let reader: ReturnType<typeof winkNLP> | null = null;
function nlp(): ReturnType<typeof winkNLP> {
  // Sentence boundaries and negation are ours (sentences.ts); only the tagger is needed.
  reader ??= winkNLP(model, ['pos']);
  return reader;
}

/** The sentence's tokens with their parts of speech. */
/** "self-driving vehicle", "armored truck": a verb form before a noun, or hyphened to a word, modifies it. */
export function modifies(tokens: Token[], k: number): boolean {
  return tokens[k - 1]?.text === '-' || ['NOUN', 'PROPN'].includes(tokens[k + 1]?.pos ?? '');
}

/**
 * The sentence's tokens with their parts of speech. The tagger is the writer's costliest reader and
 * is asked of the same sentences again and again (each figure, each clause checked): its reading is
 * remembered by the sentence (text-memo.ts), and each caller gets its own copy of the tokens to keep.
 */
export function tagged(sentence: string): Token[] {
  return taggedOnce(sentence).map((t) => ({ ...t }));
}

const taggedOnce = memoByText(readTags, { entries: 2048, chars: 500_000 });

function readTags(sentence: string): readonly Token[] {
  const its = nlp().its;
  const out: Token[] = [];
  nlp()
    // Quote marks around a coined term ("the term “Cybercab”") are not a phrase's edge.
    .readDoc(plainText(sentence).replace(/["“”]/g, ''))
    .tokens()
    .each((t: ItemToken) => {
      const text = t.out() as string;
      out.push({ text, lower: text.toLowerCase(), pos: t.out(its.pos) as string, space: (t.out(its.precedingSpaces) as string) ?? ' ' });
    });
  // "Early voting results show Cathy Arellano …", "Records indicate the …": after a plural noun and
  // before what it shows, a verb of evidence is a verb, though the tagger reads "results show" as one noun.
  out.forEach((t, i) => {
    const before = out[i - 1];
    const after = out[i + 1];
    if (
      t.pos === 'NOUN' &&
      EVIDENCE_VERB.test(t.lower) &&
      before?.pos === 'NOUN' &&
      /[^s]s$/.test(before.lower) &&
      ['DET', 'PROPN', 'PRON', 'NUM', 'SCONJ'].includes(after?.pos ?? '')
    )
      t.pos = 'VERB';
  });
  // "The minor faces charges of armed burglary": a court's "faces" before what is faced is its verb (court-steps.ts).
  if (!out.some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
    out.forEach((t, i) => {
      if (t.pos === 'NOUN' && /^(?:faces?|faced)$/.test(t.lower) && i > 0 && FACED_IN_COURT.test(out[i + 1]?.lower ?? '')) t.pos = 'VERB';
    });
  // "Council member Ruth Hale cast the lone vote": in a line the tagger left with no verb at all, a
  // lowercase noun right after a name and before "the", "a" or "an" is the name's verb.
  if (!out.some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
    out.forEach((t, i) => {
      if (
        t.pos === 'NOUN' &&
        /^\p{Ll}+$/u.test(t.text) &&
        out[i - 1]?.pos === 'PROPN' &&
        /^\p{Lu}/u.test(out[i - 1]!.text) &&
        /^(?:the|a|an)$/.test(out[i + 1]?.lower ?? '')
      )
        t.pos = 'VERB';
    });
  return out;
}

/**
 * Is a word ending in -s a plural of English's own ("neighbors" → "neighbor")? The model's lemma
 * reduces a plural it knows; a name shaped like one ("Caltrans", "Metrolinx") it leaves as it is.
 */
export function knownPlural(word: string): boolean {
  const lower = word.toLowerCase();
  let lemma = lower;
  // (wink's typings give `its.lemma` a signature `out` does not take; it is an `its` helper all the same.)
  const lemmaOf = nlp().its.lemma as unknown as Parameters<ItemToken['out']>[0];
  nlp()
    .readDoc(`the ${lower} said`)
    .tokens()
    .each((t: ItemToken) => {
      if ((t.out() as string) === lower) lemma = t.out(lemmaOf) as string;
    });
  return lemma !== lower;
}

/** Verbs that say what a paper or a count shows, which the tagger takes for nouns after a plural. */
const EVIDENCE_VERB = /^(?:show|suggest|indicate|reveal|say)$/;

/**
 * Does the text say something: a verb that is not only a participle ("including", "based")? A
 * clause cut short before a name ("At least 13 papers, including The Courier") has none, and
 * cannot follow "reported that".
 */
export function hasFiniteVerb(text: string): boolean {
  const tokens = tagged(text);
  return tokens.some(
    (t, i) =>
      t.pos === 'AUX' ||
      // "papers owned by …" is a participle too: a past form followed by its agent.
      (t.pos === 'VERB' &&
        !/ing$/.test(t.lower) &&
        // ("rose by 4%" measures, it names no agent).
        !(/ed$/.test(t.lower) && tokens[i + 1]?.lower === 'by' && tokens[i + 2]?.pos !== 'NUM') &&
        // "two of the injured": a participle after "the" is a noun, no verb; before a noun ("the
        // displaced families") it is an adjective.
        !(/ed$/.test(t.lower) && tokens[i - 1]?.pos === 'DET' && (!tokens[i + 1] || tokens[i + 1]!.pos === 'NOUN'))),
  );
}

/** "services" and "service", "Europe's" and "Europe" are one word when asking whether it is new. */
export function wordKey(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\./g, '');
  return w.length > 3 ? w.replace(/(?:ies)$/, 'y').replace(/(?<=[^su])s$/, '') : w;
}

/** Heads that name nothing a reader could look for on their own. */
const EMPTY_HEAD = new Set(
  (
    'thing things lot lots way ways time times part kind sort type one ones bit number couple case fact point ' +
    'people person someone something anything everything nothing day days week weeks month months year years ' +
    'today yesterday tomorrow morning afternoon evening night hour hours minute minutes moment end start ' +
    'company official officials spokesperson spokesman spokeswoman statement comment comments interview ' +
    'monday tuesday wednesday thursday friday saturday sunday article story reporters reporter rest'
  ).split(' '),
);
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
/** Prepositions that tie a complement to its head: "status of", "comments from", "services like". */
const COMPLEMENT = new Set(['of', 'from', 'about', 'on', 'for', 'like', 'including', 'over', 'behind', 'against']);
/** Determiners a note does not repeat: "a statement" reads "the statement", "their report" "the report". */
const OWNER = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'some', 'any']);
/** Predicates that say what state something is in ("were unavailable", "was slower", "were not completing"). */
const STATE_WORDS =
  /^(?:unavailable|available|down|offline|online|slow|slower|faster|normal|working|operational|inaccessible|unreachable|intermittent|spotty|sluggish|nonresponsive|unresponsive|back|up)$/;

/** Words that say when: months, weekdays, clocks and zones, parts of the day. */
const TIME_WORD = new RegExp(
  String.raw`^(?:(?:${WEEKDAY.toLowerCase()}|morning|afternoon|evening|night|weekend|week|month|year|hour|minute|second|day|winter|spring|summer|autumn)s?|today|yesterday|tomorrow|tonight|et|pt|ct|mt|edt|est|pdt|pst|cdt|cst|gmt|utc|bst|cet)$`,
);
// "March" is a month, "the march" a protest: months are told by their capital.
const isTime = (t: Token) =>
  (MONTHS.test(t.lower) && /^\p{Lu}/u.test(t.text)) || TIME_WORD.test(t.lower) || /^\d{1,2}(?::\d\d)?(?:[ap]\.?m\.?)?$/i.test(t.text);

const REPORTING =
  /^(?:said|says|reported|reports|found|finds|announced|announces|released|releases|published|revealed|reveals|showed|shows|confirmed|confirms|disclosed|described|noted|posted|issued|told)$/;
const SUBORDINATOR = /^(?:where|which|who|whom|whose|unlike|because|although|though|while|whereas|if|unless)$/;

/** "the", "a", and the possessives that stand where they do ("their second report"). */
const isDeterminer = (t: Token) => t.pos === 'DET' || (t.pos === 'PRON' && /^(?:its|their|his|her|our|my|your)$/.test(t.lower));

const isParticiple = (t: Token | undefined) => !!t && t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower);

const isNoun = (t: Token | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
const isModifier = (t: Token | undefined) =>
  !!t && (isNoun(t) || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'PART' && /^['’]s$/.test(t.lower)) || t.text === '-');

/** A run of modifiers ending on a noun, from `i`; returns the end (exclusive) and the head index, or null. */
function baseNoun(tokens: Token[], i: number): { end: number; head: number } | null {
  let k = i;
  if (tokens[k] && isDeterminer(tokens[k]!)) k++;
  let head = -1;
  // "the increased error rates", "the underlying routing issue": after a determiner, participles
  // before the first noun modify it (the tagger reads them as verbs). After a noun a participle is
  // the verb ("crews restored power"), so it ends the phrase.
  const participles = k > i;
  while (k < tokens.length && (isModifier(tokens[k]) || (participles && head < 0 && isParticiple(tokens[k])))) {
    if (isNoun(tokens[k])) head = k;
    // A hyphen only inside a compound ("low-flying", "us-east-1").
    if (tokens[k]!.text === '-' && (tokens[k + 1]?.space || tokens[k]!.space)) break;
    k++;
  }
  if (head < 0) return null;
  // "Article 6", "Section 1201", "State Route 9": a figure that numbers a named thing is part of it.
  const numbered = tokens[head]!.pos === 'PROPN' && tokens[head + 1]?.pos === 'NUM';
  return { end: head + (numbered ? 2 : 1), head };
}

/** "Lyft, Venmo and Alexa": a list of names after the first, kept whole. */
function nameList(tokens: Token[], end: number): number {
  let k = end;
  for (;;) {
    const sep = tokens[k];
    if (!sep || !(sep.text === ',' || sep.lower === 'and' || sep.lower === 'or')) return end;
    let j = k + 1;
    if (sep.text === ',' && /^(?:and|or)$/.test(tokens[j]?.lower ?? '')) j++;
    if (tokens[j]?.pos !== 'PROPN') return end;
    while (tokens[j + 1]?.pos === 'PROPN') j++;
    end = j + 1;
    if (sep.lower === 'and' || sep.lower === 'or' || tokens[k + 1]?.lower === 'and') return end;
    k = end;
  }
}

/**
 * Tokens printed as the sentence printed them: each after its own preceding space, none where the
 * sentence had none. ("0Mayor]said" stays one run, never "0 Mayor ] said", which would print a word
 * the article never printed; "can't" is not "ca n't"; "$4.5-million" is not "$ 4.5".)
 */
export function printedTokens(tokens: readonly Pick<Token, 'text' | 'space'>[]): string {
  return tokens
    .map((t, k) => (k === 0 ? t.text : `${t.space}${t.text}`))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The noun phrases of one sentence, longest first at each place: modifiers, head, a list of names
 * after a named head, and up to two complements ("the status of services like A and B").
 */
export interface NounPhrase {
  text: string;
  tokens: Token[];
  from: number;
  to: number;
  head: number;
  /** Its sentence says what state it is in ("were unavailable"). */
  state: boolean;
  /** It is what the sentence is about: the first phrase before the main verb. */
  subject: boolean;
  /** It stands in a subordinate clause ("… where engineers work on X"). */
  subordinate: boolean;
  /** `text` is said in the note's own order ("the audit of X by Y"): where its two phrases start. */
  spoken?: [number, number];
}

/** Hedges a count's phrase opens on, of two words and of one: "more than 300 homes", "about 40 people". */
const TWO_WORD_HEDGE = new RegExp(`^(?:${hedges('more than', 'fewer than', 'less than', 'at least', 'up to')})$`);
const ONE_WORD_HEDGE = new RegExp(`^(?:${hedges('about', 'nearly', 'almost', 'roughly', 'around', 'some', 'over')})$`);

/** The small words inside a name: "de la", "van", "von", "bin". */
const NAME_PARTICLE = /^(?:de|del|della|di|da|das|dos|du|la|le|van|von|der|den|ter|bin|ibn)$/;

export function nounPhrases(sentence: string, articleText = ''): NounPhrase[] {
  const tokens = tagged(sentence);
  // A capital at the sentence's start says nothing: "Crews" is a name only when the article
  // capitalizes it mid-sentence too.
  const first = tokens[0];
  if (first && first.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(first.text) && tokens[1]?.pos !== 'PROPN' && articleText) {
    const midSentence = new RegExp(`[\\p{Ll},;]\\s+${first.text}\\b`, 'u').test(plainText(articleText));
    if (!midSentence) {
      first.pos = 'NOUN';
      first.text = first.lower;
    }
  }
  // "José de la Mata", "Ludwig van Beethoven": a name's particles, between its capitals, are the name's.
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!NAME_PARTICLE.test(tokens[k]!.text) || tokens[k - 1]!.pos !== 'PROPN') continue;
    let end = k;
    while (end + 1 < tokens.length && NAME_PARTICLE.test(tokens[end + 1]!.text)) end++;
    if (!/^\p{Lu}\p{Ll}/u.test(tokens[end + 1]?.text ?? '')) continue;
    for (let j = k; j <= end + 1; j++) tokens[j]!.pos = 'PROPN';
  }
  // "The win moves the Hawks into second": a noun in -s right before a determiner, after a noun
  // that a determiner opened, is the verb (no noun phrase runs straight into "the").
  for (let k = 2; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (
      t.pos === 'NOUN' &&
      /[^s]s$/.test(t.lower) &&
      /^(?:the|a|an|its|their|his|her)$/.test(tokens[k + 1]!.lower) &&
      isNoun(tokens[k - 1]) &&
      isDeterminer(tokens[k - 2]!)
    )
      t.pos = 'VERB';
  }
  // "while crews repair the pier": a bare singular right after a plural noun and right before a
  // determiner is the plural subject's verb.
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    const previous = tokens[k - 1]!;
    if (
      t.pos === 'NOUN' &&
      !/s$/.test(t.lower) &&
      /^(?:the|a|an|its|their|his|her)$/.test(tokens[k + 1]!.lower) &&
      previous.pos === 'NOUN' &&
      /[^s]s$/.test(previous.lower)
    )
      t.pos = 'VERB';
  }
  // "NASA plans to spend": a plural noun before "to" and a verb is the verb.
  for (let k = 1; k + 2 < tokens.length; k++) {
    const t = tokens[k]!;
    if (
      t.pos === 'NOUN' &&
      /s$/.test(t.lower) &&
      tokens[k + 1]!.lower === 'to' &&
      tokens[k + 2]!.pos === 'VERB' &&
      tokens[k - 1]!.pos === 'PROPN' &&
      !tokens.slice(0, k - 1).some(isNoun)
    )
      t.pos = 'VERB';
  }
  // "the Hugging Face hack": after a determiner and a name, a bare verb form cannot be the verb
  // (a singular subject would take "hacks"): it is the noun the name modifies.
  for (let k = 2; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || /(?:s|ed|ing)$/.test(t.lower) || tokens[k - 1]!.pos !== 'PROPN') continue;
    let j = k - 1;
    while (j > 0 && isNoun(tokens[j - 1])) j--;
    const after = tokens[k + 1];
    if (j > 0 && isDeterminer(tokens[j - 1]!) && (!after || after.pos === 'PUNCT' || after.pos === 'ADP' || after.pos === 'VERB'))
      t.pos = 'NOUN';
  }
  const out: NounPhrase[] = [];
  // A leading adverbial ("During the height of the storm, …", "As of Monday, …") says when or
  // where, not what: its phrases are not topics.
  let i = 0;
  const opener = tokens[0]?.pos === 'CCONJ' ? tokens[1] : tokens[0];
  if (opener && (opener.pos === 'ADP' || opener.pos === 'SCONJ' || opener.pos === 'ADV')) {
    const comma = tokens.findIndex((t) => t.text === ',');
    if (comma > 0 && comma <= 12) i = comma + 1;
  }
  const verbAt = tokens.findIndex((t, k) => k >= i && (t.pos === 'VERB' || t.pos === 'AUX'));
  // "Early reviewers reported battery drain", "Her office released a list of bills": after a
  // verb of reporting, the subject is who tells and the object is the news the sentence is about.
  const reporting = verbAt >= 0 && REPORTING.test(tokens[verbAt]!.lower);
  // "… said in a statement that the district would hold two forums": what was said is a clause of
  // its own, and what is new in it, not its first phrase, is the topic.
  const saysClause = reporting && tokens.slice(verbAt + 1, verbAt + 7).some((t) => t.lower === 'that' && t.pos !== 'DET');
  // After "where", "which", "unlike", "because" … a phrase sits in a clause that only qualifies the news.
  const subordinateAt = tokens.findIndex((t) => SUBORDINATOR.test(t.lower));
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsPhrase = isDeterminer(t)
      ? isModifier(tokens[i + 1]) || isParticiple(tokens[i + 1])
      : isModifier(t) && t.text !== '-' && t.pos !== 'PART';
    const base = startsPhrase ? baseNoun(tokens, i) : null;
    if (!base) {
      i++;
      continue;
    }
    let end = base.end;
    if (tokens[base.head]!.pos === 'PROPN') end = nameList(tokens, end);
    // "homes and businesses": two common nouns joined bare share what the sentence says of them.
    else if (/^(?:and|or)$/.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.pos === 'NOUN') {
      const other = baseNoun(tokens, end + 1);
      if (other && tokens[other.head]!.pos === 'NOUN' && other.end - end <= 3) end = other.end;
    }
    // Up to two complements, each a noun phrase of its own: "status of services like A and B".
    for (let n = 0; n < 3; n++) {
      const prep = tokens[end];
      if (!prep || !COMPLEMENT.has(prep.lower)) break;
      // "the mechanics of separating the app": a gerund and its object complete the head too.
      const gerund = prep.lower === 'of' && tokens[end + 1]?.pos === 'VERB' && /ing$/.test(tokens[end + 1]!.lower) ? 1 : 0;
      const inner = baseNoun(tokens, end + 1 + gerund);
      // "on Wednesday", "over the weekend": a time is when, not what; "the rest" names nothing.
      if (!inner || isTime(tokens[inner.head]!) || EMPTY_HEAD.has(tokens[inner.head]!.lower)) break;
      let innerEnd = inner.end;
      if (tokens[inner.head]!.pos === 'PROPN' || prep.lower === 'like' || prep.lower === 'including') innerEnd = nameList(tokens, innerEnd);
      if (innerEnd - i > 12) break;
      end = innerEnd;
    }
    // What the sentence says of it: "X were unavailable", "X was also slower", "X were not completing".
    // A relative clause set off by commas (", which were slow before,") is stepped over.
    let k = end;
    if (tokens[k]?.text === ',' && /^(?:which|who|that)$/.test(tokens[k + 1]?.lower ?? '')) {
      const close = tokens.findIndex((w, j) => j > k + 1 && w.text === ',');
      if (close > 0) k = close + 1;
    }
    let state = false;
    if (tokens[k]?.pos === 'AUX' && /^(?:is|are|was|were)$/.test(tokens[k]!.lower)) {
      let j = k + 1;
      while (tokens[j] && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART')) j++;
      const next = tokens[j];
      // "Sales were down 5%" is a change by a figure, not a state.
      const byFigure = tokens[j + 1]?.pos === 'NUM' || /^[$€£]/.test(tokens[j + 1]?.text ?? '');
      state =
        !!next &&
        !byFigure &&
        (STATE_WORDS.test(next.lower) ||
          (next.pos === 'VERB' && /ing$/.test(next.lower) && tokens.slice(k + 1, j).some((w) => w.lower === 'not')) ||
          /^(?:appearing|seeming|returning|functioning|loading|responding|behaving|recovering)$/.test(next.lower));
    }
    // A time on its own ("on Thursday") says when, not what.
    if (isTime(tokens[base.head]!) && end === base.end) {
      i = end;
      continue;
    }
    // "…, organizers said": who speaks is credited elsewhere (attribution.ts), not a topic.
    const before = `${tokens[i - 2]?.lower} ${tokens[i - 1]?.lower}`;
    // After "said", only a name closing the sentence speaks ('…," said Mayor Ana Ortiz.'); else it is
    // what was said ("said the routing issue was fixed").
    const inverted = /(?: said| says)$/.test(before) && tokens[base.head]!.pos === 'PROPN' && /^[,.]?$/.test(tokens[end]?.text ?? '');
    if (
      new RegExp(`^(?:${speechVerbs('said', 'says', 'told', 'added', 'wrote')})$`).test(tokens[end]?.lower ?? '') ||
      inverted ||
      / according to$/.test(` ${before}`)
    ) {
      i = end;
      continue;
    }
    const subject = reporting
      ? !saysClause && i > verbAt && !out.some((p) => p.from > verbAt)
      : out.length === 0 && (verbAt < 0 || i < verbAt);
    // "more than 40,000 homes": a figure keeps the words that say it is not exact.
    let from = i;
    if (tokens[i]!.pos === 'NUM') {
      // "$250,000 bail": the currency sign is the figure's own, never "250,000 bail".
      if (/^[$€£¥]$/.test(tokens[i - 1]?.text ?? '')) from = i - 1;
      const two = `${tokens[from - 2]?.lower} ${tokens[from - 1]?.lower}`;
      if (TWO_WORD_HEDGE.test(two)) from -= 2;
      else if (ONE_WORD_HEDGE.test(tokens[from - 1]?.lower ?? '')) from -= 1;
    }
    // "eight activists sentenced to life": a count's participle and its object say which ones.
    if (
      tokens[i]!.pos === 'NUM' &&
      end === base.end &&
      tokens[end]?.pos === 'VERB' &&
      /ed$/.test(tokens[end]!.lower) &&
      tokens[end + 1]?.pos === 'ADP' &&
      isNoun(tokens[end + 2]) &&
      (!tokens[end + 3] || tokens[end + 3]!.pos === 'PUNCT')
    )
      end += 3;
    out.push({
      text: printedTokens(tokens.slice(from, end)),
      tokens,
      from,
      to: end,
      head: base.head,
      state,
      subject,
      subordinate: subordinateAt >= 0 && subordinateAt < i,
    });
    i = end;
  }
  return [...out, ...inquiries(out)];
}

/** Verbs of looking into something, and the noun a note names that work by. */
const INQUIRY: Record<string, string> = {
  audit: 'audit',
  review: 'review',
  study: 'study',
  investigate: 'investigation',
  examine: 'examination',
  assess: 'assessment',
  analyze: 'analysis',
  analyse: 'analysis',
  inspect: 'inspection',
  evaluate: 'evaluation',
  verify: 'verification',
  probe: 'probe',
  survey: 'survey',
  test: 'testing',
};

/**
 * "hired two research groups to audit the breach" → "the audit of the breach by two research
 * groups": who was brought in to look into what is one topic, named by the work they do.
 */
function inquiries(phrases: NounPhrase[]): NounPhrase[] {
  const out: NounPhrase[] = [];
  for (const who of phrases) {
    const { tokens } = who;
    // "two research groups, A and B, to audit …": an apposition between is stepped over.
    let k = who.to;
    const apposition = tokens[k]?.text === ',' ? phrases.find((p) => p.from === k + 1) : undefined;
    if (apposition && tokens[apposition.to]?.text === ',') k = apposition.to + 1;
    const verb = tokens[k + 1];
    const noun = verb && tokens[k]?.lower === 'to' && verb.pos === 'VERB' ? INQUIRY[verb.lower] : undefined;
    const what = noun ? phrases.find((p) => p.from === k + 2) : undefined;
    if (!noun || !what) continue;
    out.push({
      ...who,
      to: what.to,
      head: who.head,
      text: `the ${noun} of ${noteForm(tokens, what.from, what.to)} by ${noteForm(tokens, who.from, who.to)}`,
      spoken: [who.from, what.from],
    });
  }
  return out;
}

/**
 * "the legality", "NASA": a bare quality says nothing without what it is of, and an organization's
 * initials alone name who, not what (the note's credit names who).
 */
export function namesNothing(topic: string): boolean {
  const words = topic
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(?:the|a|an|its|their|his|her|our|this|that)$/i.test(w));
  // A quantity word alone ("less", "more", "most") names no thing at all.
  return (
    words.length === 1 &&
    (/\p{Ll}(?:ity|ness)$/u.test(words[0]!) ||
      /^\p{Lu}{2,}$/u.test(words[0]!) ||
      /^(?:less|least|more|most|few|fewer|many|much|some|all|none|several|others?)$/i.test(words[0]!))
  );
}

/**
 * The topics of the added sentences, most salient first. `olderText` is the article before the
 * change: a phrase is scored by its words the old article did not have. `material` is everything
 * added (the credited lines too): a phrase whose words it keeps coming back to is its subject.
 */
/** The old version's word keys and lower-cased text, as salientTopics weighs what is new: read once per article (text-memo.ts). */
const olderWords = memoByText(
  (olderText: string): { keys: ReadonlySet<string>; lower: string } => ({
    // "U.S." and "US" are one word: points inside abbreviations are set aside on both sides.
    keys: new Set(
      (
        plainText(olderText)
          .replace(/(?<=\p{L})\.(?=\p{L})|(?<=\b\p{L})\.(?=\s)/gu, '')
          .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []
      ).map(wordKey),
    ),
    lower: plainText(olderText).toLowerCase(),
  }),
  { entries: 8, chars: 1_000_000 },
);

export function salientTopics(added: string[], olderText: string, newerText = '', material: string[] = added): Topic[] {
  const { keys: old, lower: oldLower } = olderWords(olderText);
  const phrases = added.map((s) => nounPhrases(s, newerText));
  // How many added sentences each head noun stands in: a head they keep returning to is the topic.
  const heads = new Map<string, number>();
  for (const list of phrases) {
    const seen = new Set<string>();
    for (const p of list) for (const t of p.tokens.slice(p.from, p.to)) if (t.pos === 'NOUN') seen.add(wordKey(t.text));
    for (const h of seen) heads.set(h, (heads.get(h) ?? 0) + 1);
  }
  const recurs = recurrence(material, olderText);
  const out: Topic[] = [];
  phrases.forEach((list, sentence) => {
    // The writer turning to the audience ("My dear readers, you all rock", "thank you for your
    // support") says nothing about the news: none of that line's phrases is a topic.
    if (addressesReader(added[sentence]!)) return;
    // When the subject names nothing ("the company allowed two research groups …"), what the
    // sentence is about is the first phrase after it.
    let lead = false;
    const scored: Topic[] = [];
    for (const p of list) {
      // Work named by who did it and to what ranks just above the better of its two phrases.
      if (p.spoken) {
        const parts = scored.filter((t) => p.spoken!.includes(t.at));
        if (parts.length)
          scored.push({ ...parts[0]!, text: p.text, score: Math.max(...parts.map((t) => t.score)) + 1, at: p.from, state: false });
        continue;
      }
      const head = p.tokens[p.head]!;
      const headKey = wordKey(head.text);
      if (p.subject && head.pos !== 'PROPN' && (EMPTY_HEAD.has(head.lower) || EMPTY_HEAD.has(headKey))) lead = true;
      const leads = p.subject || (lead && !p.subject);
      if (!p.subject) lead = false;
      if (head.pos === 'PROPN' ? false : EMPTY_HEAD.has(head.lower) || EMPTY_HEAD.has(headKey)) continue;
      // "readers", "our listeners": the writer turning to the audience names no subject.
      if (AUDIENCE.test(head.lower)) continue;
      const words = p.tokens.slice(p.from, p.to);
      const content = words.filter(
        (t) =>
          (isNoun(t) || t.pos === 'ADJ' || t.pos === 'NUM' || isParticiple(t)) &&
          !isStopword(t.lower) &&
          !(MONTHS.test(t.lower) && /^\p{Lu}/u.test(t.text)) &&
          !/^\d{1,2}:\d\d/.test(t.text),
      );
      // A phrase that only says when ("1:15PM ET on October") names no topic.
      if (!content.length || words.some((t) => isTime(t) && t.pos !== 'NUM')) continue;
      // "the legality", "NASA": a bare quality says nothing without what it is of, and an
      // organization's initials alone name who, not what (the credit names who).
      if (namesNothing(printedTokens(p.tokens.slice(p.from, p.to)))) continue;
      // "the same effect", "the other app": a phrase that points back names nothing on its own.
      if (/^(?:same|other|latter|former|above|aforementioned)$/.test(words[1]?.lower ?? '') && isDeterminer(words[0]!)) continue;
      let score = 0;
      let fresh = 0;
      for (const t of content) {
        const isNew = !old.has(wordKey(t.text));
        if (isNew) fresh++;
        score += isNew ? (t.pos === 'PROPN' ? 3 : 2) : 0.25;
      }
      // "eight activists" where the story had "nineteen activists": a count the old version never
      // gave of that thing is new, though both words stood in it.
      const count = words.findIndex((t) => t.pos === 'NUM');
      const counted = count >= 0 ? words[count + 1] : undefined;
      if (counted && isNoun(counted) && !oldLower.includes(`${words[count]!.lower} ${counted.lower}`) && old.has(wordKey(counted.text))) {
        fresh++;
        score += 2;
      }
      // A thing whose new state the added lines report is news even when the thing is not new.
      if (!fresh && !p.state && !(leads && sentence === 0)) continue;
      // Many words each new would outweigh one well-chosen head: the sum is damped by length.
      score = score / Math.sqrt(content.length) + (p.state ? 2 : 0);
      if (p.subordinate) score *= 0.6;
      score += ((heads.get(headKey) ?? 1) - 1) * 1.5;
      // The added material's own subject: words it returns to, the more so when rare in the old text.
      const recurring = content.reduce((sum, t) => sum + (recurs.get(wordKey(t.text)) ?? 0), 0) / Math.sqrt(content.length);
      score += recurring;
      // What a sentence is about leads it; the first added sentence usually opens the new material.
      if (leads) score += sentence === 0 ? 4 : 1.5;
      score -= Math.max(0, words.length - 8) * 0.5;
      scored.push({
        // "the majority of the new spending" is about the spending: a share is no topic (qualifiers.ts).
        text: noteForm(p.tokens, p.from, p.to).replace(SHARE_OF, ''),
        head: headKey,
        score,
        sentence,
        at: p.from,
        state: p.state,
        freshHead: !old.has(headKey),
        recurring,
      });
    }
    out.push(...scored);
  });
  return out.sort((a, b) => b.score - a.score);
}

/** Who the writer addresses: never what the added lines are about. */
const AUDIENCE = /^(?:readers?|viewers?|listeners?|you)$/;

/** A line or phrase that speaks to the audience, outside any quotation: "you", "your", "dear readers". */
export function addressesReader(text: string): boolean {
  const own = plainText(text).replace(/["“][^"”]*["”]/g, ' ');
  return (
    /\b(?:you|your|yours)\b|\b(?:dear|fellow)\s+(?:readers|viewers|listeners)\b|^(?:readers|viewers|listeners),/i.test(own) ||
    // "Thanks to everyone who sent photos": the writer thanking the audience.
    /^(?:many\s+)?thanks\s+(?:to\s+)?(?:everyone|everybody|all|our|those)\b/i.test(own.trim())
  );
}

/** The words recurrence counts: content words, by key. */
const recurrenceWords = (text: string): string[] =>
  (
    plainText(text)
      .replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []
  )
    .filter((w) => w.length > 2 && !isStopword(w.toLowerCase()) && !TIME_WORD.test(w.toLowerCase()) && !AUDIENCE.test(w.toLowerCase()))
    .map(wordKey);

/** How often the old version uses each word, by key: counted once per article (text-memo.ts). */
const oldCounts = memoByText(
  (olderText: string): ReadonlyMap<string, number> => {
    const inOld = new Map<string, number>();
    for (const w of recurrenceWords(olderText)) inOld.set(w, (inOld.get(w) ?? 0) + 1);
    return inOld;
  },
  { entries: 8, chars: 1_000_000 },
);

/**
 * Keyphrase salience: for each word (by key) of the added material, how many of its sentences it
 * stands in beyond the first, weighted down by how often the old article already used it — a word
 * the new lines keep returning to and the old story rarely had is what the new material is about.
 * Counted on plain words, so no tagging is needed; function words and times are left out.
 */
export function recurrence(material: string[], olderText: string): Map<string, number> {
  const inOld = oldCounts(olderText);
  const sentences = new Map<string, number>();
  for (const line of material) for (const w of new Set(recurrenceWords(line))) sentences.set(w, (sentences.get(w) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const [w, n] of sentences) if (n > 1) out.set(w, (n - 1) / (1 + (inOld.get(w) ?? 0)));
  return out;
}

/** The phrase as a note says it: "a/their report" → "the report", "the services" → "services". */
function noteForm(tokens: Token[], from: number, to: number): string {
  let start = from;
  let lead = '';
  const first = tokens[from]!;
  if (first.pos === 'DET' || (first.pos === 'PRON' && OWNER.has(first.lower))) {
    start++;
    // A plural needs no article ("services"); a singular keeps "the".
    const head = tokens.slice(start, to).find(isNoun);
    // "the services" reads "services"; "the last lines" keeps its article, as its adjective needs.
    const bare = tokens.slice(start, to).every((t) => isNoun(t));
    const plural = head && /[^s]s$/.test(head.lower) && head.pos === 'NOUN' && tokens[to - 1] === head && bare;
    // "her father's gun": whose it is stays with the owner it names.
    const ownersOwner = /^(?:his|her|their|its|our)$/.test(first.lower) && /^['’]s$/.test(tokens[from + 2]?.text ?? '');
    if (ownersOwner) lead = `${first.lower} `;
    else if (OWNER.has(first.lower) && !plural && /^(?:a|an|the|its|their|his|her|our|this)$/.test(first.lower)) lead = 'the ';
    else if (!OWNER.has(first.lower)) lead = first.lower + ' ';
  } else if (to - from === 1 && tokens[from]!.pos === 'NOUN' && !/(?:s|ing)$/.test(tokens[from]!.lower)) {
    // "Postscript:" as a heading: one singular common noun alone reads as "the postscript".
    lead = 'the ';
  } else if (from > 0 && (tokens[from - 1]!.pos === 'ADV' || isDeterminer(tokens[from - 1]!))) {
    // "another audibly delectable mystery" read from its adjective on: a singular common noun cut
    // from its determiner needs an article again ("the delectable mystery").
    const head = tokens.slice(from, to).find(isNoun);
    if (head && head.pos === 'NOUN' && !/s$/.test(head.lower) && tokens[from]!.pos !== 'NUM') lead = 'the ';
  }
  const text = printedTokens(tokens.slice(start, to));
  const opening = tokens[start]!;
  // A capital stays only on a name: "Popular services" at a sentence start reads "popular services";
  // mid-sentence a capital is the writer's ("the Hugging Face hack").
  // A capital before a name's capital is the name's or its title's ("French President Ana Moreau",
  // "President Obama"), however the tagger reads it.
  const beforeName = start + 1 < to && /^\p{Lu}\p{Ll}/u.test(opening.text) && /^\p{Lu}/u.test(tokens[start + 1]!.text);
  const body =
    beforeName || ((opening.pos === 'PROPN' || start > 0 || /^\p{Lu}{2}/u.test(opening.text)) && !(start === 0 && opening.pos !== 'PROPN'))
      ? text
      : text[0]!.toLowerCase() + text.slice(1);
  return lead + body;
}

/**
 * Up to `most` topics for one note, in reading order: the most salient, then others that are about
 * something else (another head, not inside a phrase already taken) and score at least half as much.
 */
export function pickTopics(topics: Topic[], most = 2, budget = 14, share = 0.6): Topic[] {
  const chosen: Topic[] = [];
  let words = 0;
  for (const t of topics) {
    if (chosen.length >= most) break;
    if (chosen.length && t.score < chosen[0]!.score * share) break;
    const n = t.text.split(/\s+/).length;
    if (words + n > budget) continue;
    const lower = t.text.toLowerCase();
    if (chosen.some((c) => c.head === t.head || c.text.toLowerCase().includes(lower) || lower.includes(c.text.toLowerCase()))) continue;
    chosen.push(t);
    words += n;
  }
  return chosen.sort((a, b) => a.sentence - b.sentence || a.at - b.at);
}
