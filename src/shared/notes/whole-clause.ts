/**
 * A sentence's main clause read by its structure, for the lines the clause reader (news-clause.ts)
 * gives nothing for: "Meanwhile, The National Press Club, the largest club representing journalists,
 * has named Eskom … Newsmaker of the Year" is "the National Press Club has named Eskom …"; "Harcrow
 * said the victim was in “critical but stable condition”" is the reported clause, credited to
 * Harcrow. The reader cuts only at constituent boundaries: an opening phrase with no verb and no name
 * ("In the end,"), an appositive between commas after the subject (a noun phrase or a relative
 * clause), a speaker and the verb that introduces what they said, and, over length, the clause's
 * tail after a comma. What is left must open on a subject and hold a finite verb.
 */
import { speechVerbs } from './speech-verbs';
import { plainText } from './sentences';
import { hasFiniteVerb, tagged } from './topics';

/** A main clause and, for reported speech, who said it. */
export interface WholeClause {
  clause: string;
  speaker: string;
}

const SAYING = speechVerbs('said', 'says', 'announced', 'confirmed', 'added', 'stated', 'told');
/** ("told Blake the defendant made no reply": "told" takes who heard it, never the reported clause's subject.) */
const SAYING_PLAIN = speechVerbs('said', 'says', 'announced', 'confirmed', 'added', 'stated');
/**
 * A speaker: a run of capitalised words, a body's name with its "of" ("The Bank of Ghana"), "the"
 * and up to three words ("the county sheriff"), or a post before a name ("Defence counsel Anselm Williams").
 */
const SPEAKER = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*|(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*|the\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+|\p{Lu}[\p{L}'’-]*\s+(?:\p{Ll}+\s+){1,2}(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*`;
/**
 * "The council responded Tuesday by saying it would …": a response told by what it said is a saying,
 * its reported clause after "by saying" (", by announcing").
 */
const RESPONDED_BY_SAYING = String.raw`(?:responded|reacted|replied)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s+by\s+(?:saying|announcing|stating)`;
/** A responder by its name, or by a common noun the sentence opens on ("The government responded …"). */
const SPEAKER_RESPONDED = new RegExp(
  String.raw`^((?:[Tt]he\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)|${SPEAKER})\s+${RESPONDED_BY_SAYING}\s+(?:that\s+)?(.+)$`,
  'u',
);
/** "Harcrow said (on Monday) (in a statement) (that) …". */
const SPEAKER_FIRST = new RegExp(
  String.raw`^(${SPEAKER})\s+(?:${SAYING_PLAIN}|told(?=\s+(?:reporters|journalists)))(?:\s+(?:reporters|journalists))?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?:\s+in\s+a\s+statement)?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,?\s+(?:that\s+)?(.+)$`,
  'u',
);
/**
 * "The Bank of Ghana has assured that it is implementing …", "Tullis explained that …": a verb that
 * asserts what follows, with its "that", introduces the speaker's words as "said" does; told "X
 * said …". (Not a verb that tells a deed of its own before "that": "ruled", "found", "sentenced".)
 */
const ASSERTING = speechVerbs(
  'explained',
  'noted',
  'stated',
  'stressed',
  'emphasized',
  'assured',
  'insisted',
  'maintained',
  'reiterated',
  'acknowledged',
  'admitted',
  'argued',
  'claimed',
  'warned',
  'added',
  'confirmed',
  'announced',
  'told',
);
const SPEAKER_ASSERTS = new RegExp(
  String.raw`^(${SPEAKER})\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:${ASSERTING})(?:\s+(?:reporters|journalists|the\s+\p{L}+|\p{Lu}[\p{L}.'’-]*))?\s+that\s+(.+)$`,
  'u',
);
/**
 * "Williams confirmed after consulting with Arps that …": a short phrase with no verb of its own
 * between the verb of saying and its "that" is when or how it was said, not what.
 */
const SPEAKER_GAP_THAT = new RegExp(String.raw`^(${SPEAKER})\s+(?:${SAYING})\s+((?:[^\s,"“”]+\s+){1,6}?)that\s+(.+)$`, 'u');
/** "…, Harcrow said", "…, said Harcrow", "…, according to Harcrow". */
const SPEAKER_LAST = new RegExp(
  String.raw`^(.+?),\s+(?:(${SPEAKER})\s+(?:said|says)|(?:said|says)\s+(${SPEAKER})|according\s+to\s+(${SPEAKER}))$`,
  'u',
);
/** "According to Harcrow, …". */
const ACCORDING = new RegExp(String.raw`^according\s+to\s+(${SPEAKER}),\s+(.+)$`, 'iu');
/** The most words a clause is told in before its tail is cut. */
const MOST_WORDS = 30;
/** The shortest clause worth telling. */
const FEWEST_WORDS = 4;

/** Quotation marks, straight or curly, all closed. */
function balanced(text: string): boolean {
  return (text.match(/"/g) ?? []).length % 2 === 0 && (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;
}

/** The nouns of a time an opening phrase may tell ("Last week,", "The next morning,"). */
const TIME_NOUN = /^(?:day|week|month|year|morning|afternoon|evening|night|weekend|time|season|hour|moment)s?$/;

/** An opening phrase before a comma that names nothing and says nothing: "Meanwhile,", "In the end,". */
function withoutOpening(s: string): string {
  const m = /^([^,]{2,30}),\s+(?=\S)/.exec(s);
  if (!m) return s;
  const tokens = tagged(m[1]!);
  // ("The suspect, identified as …, shot …": a bare noun phrase is the subject before its aside, unless it tells a time.)
  const framing = tokens.some((t) => t.pos === 'ADV' || t.pos === 'ADP' || TIME_NOUN.test(t.lower));
  return tokens.length <= 4 && framing && tokens.every((t) => ['ADV', 'ADP', 'DET', 'NOUN', 'ADJ', 'CCONJ'].includes(t.pos))
    ? s.slice(m[0].length)
    : s;
}

/** "X, a lawmaker in the party, served …" → "X served …": an appositive or relative clause after the subject. */
function withoutAppositive(s: string): string {
  // ("the suspect, identified as Walter Johnson, 35, also shot …": an aside may close on an age or a figure.)
  for (const shape of [/^([^,]{2,60}),\s+([^,]{2,100}),\s+(.+)$/, /^([^,]{2,60}),\s+([^,]{2,100},\s+\d[^,]{0,20}),\s+(.+)$/]) {
    const m = shape.exec(s);
    if (!m) continue;
    const [, subject, aside, rest] = m;
    if (hasFiniteVerb(subject!) || !hasFiniteVerb(rest!)) continue;
    // (A participle with its preposition, "identified as …", is an aside too.)
    const [head, next] = tagged(aside!);
    const participle = head?.pos === 'VERB' && /ed$/.test(head.lower) && next?.pos === 'ADP';
    if (hasFiniteVerb(aside!) && !participle && !/^(?:who|which)\s/i.test(aside!)) continue;
    const first = tagged(rest!)[0];
    if (!first || !['VERB', 'AUX', 'ADV'].includes(first.pos)) continue;
    return `${subject} ${rest}`;
  }
  return s;
}

/** Over length, the clause up to its last comma within the limit that leaves a whole clause. */
function cutToLength(s: string): string {
  const words = s.split(/\s+/);
  if (words.length <= MOST_WORDS) return s;
  // (The main clause without a subordinate clause hung on its end is whole, in fewer words.)
  const main = withoutSubordinate(s);
  if (main && main.split(/\s+/).length <= MOST_WORDS) return main;
  for (let k = MOST_WORDS; k >= FEWEST_WORDS; k--) {
    if (!/,$/.test(words[k - 1]!)) continue;
    const left = words.slice(0, k).join(' ').replace(/,$/, '');
    const last = tagged(left).at(-1);
    if (hasFiniteVerb(left) && last && !['DET', 'ADP', 'CCONJ', 'SCONJ'].includes(last.pos) && balanced(left)) return left;
  }
  return '';
}

/** The sentence's main clause, whole or cut at a constituent boundary, with its speaker; null when none reads. */
export function wholeClause(sentence: string): WholeClause | null {
  let s = plainText(sentence)
    .trim()
    .replace(/[.!?]+(["”’]?)$/, '$1');
  if (!balanced(s) || /^["“]/.test(s)) return null;
  s = withoutOpening(s);
  let speaker = '';
  const first = SPEAKER_RESPONDED.exec(s) ?? SPEAKER_FIRST.exec(s);
  const last = first ? null : SPEAKER_LAST.exec(s);
  const according = first || last ? null : ACCORDING.exec(s);
  const gap = last || according ? null : SPEAKER_GAP_THAT.exec(s);
  const asserts = first || last || according ? null : SPEAKER_ASSERTS.exec(s);
  if (asserts && hasFiniteVerb(asserts[2]!)) [speaker, s] = [asserts[1]!, asserts[2]!];
  else if (gap && !hasFiniteVerb(gap[2]!) && hasFiniteVerb(gap[3]!)) [speaker, s] = [gap[1]!, gap[3]!];
  else if (first && hasFiniteVerb(first[2]!)) [speaker, s] = [first[1]!, first[2]!];
  else if (last && hasFiniteVerb(last[1]!)) [speaker, s] = [last[2] ?? last[3] ?? last[4]!, last[1]!];
  else if (according) [speaker, s] = [according[1]!, according[2]!];
  s = withoutAppositive(withoutOpening(s));
  s = cutToLength(s);
  if (!s || s.split(/\s+/).length < FEWEST_WORDS || !hasFiniteVerb(s) || !balanced(s)) return null;
  const tokens = tagged(s);
  if (!['NOUN', 'PROPN', 'DET', 'NUM', 'PRON', 'ADJ'].includes(tokens[0]?.pos ?? '')) return null;
  // The subject stands before the finite verb: a clause opening on its verb has lost it.
  const verbAt = tokens.findIndex((t) => t.pos === 'AUX' || t.pos === 'VERB');
  if (verbAt < 1) return null;
  // "Car use is …" → "car use is …": the opening capital is kept only for a name (or an abbreviation).
  if (tokens[0]!.pos !== 'PROPN' && !/^\p{Lu}{2}/u.test(s)) s = s.charAt(0).toLowerCase() + s.slice(1);
  return { clause: s, speaker: speaker.replace(/^The\s/, 'the ') };
}

/**
 * "Daz Cameron, who newly signed with the Doosan Bears for $1 million, also comes from a baseball
 * family": a relative clause set off after a named subject tells a deed of its own, often the news
 * the main clause takes for granted. Told on its noun: "Daz Cameron newly signed with the Doosan
 * Bears for $1 million". Empty when the subject is no name or the aside holds no finite verb.
 */
export function asideOnSubject(sentence: string): string {
  const m = /^([^,]{2,60}),\s+who\s+([^,]{2,100}),\s+\S/u.exec(withoutOpening(plainText(sentence).trim()));
  if (!m || !hasFiniteVerb(m[2]!) || hasFiniteVerb(m[1]!)) return '';
  const subject = tagged(m[1]!);
  if (!subject.length || !subject.every((t) => t.pos === 'PROPN' || t.pos === 'DET')) return '';
  return `${m[1]} ${m[2]}`;
}

/** Conjunctions that hang a second clause on a whole one: "… this morning while Luas services have …". */
const SUBORDINATOR = /^(?:while|whereas|although|though|because|since|as|after|before|until|when)$/;

/**
 * The main clause without the subordinate clause hung on its end, when what is left is whole: told
 * whole, a long added sentence is a pasted run; its main clause alone is the news in fewer words.
 * Empty when there is no such tail or the clause before it is cut short of its verb.
 */
export function withoutSubordinate(clause: string): string {
  const tokens = tagged(clause);
  const verbAt = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  // (Or a participle after a comma: "… shot at an officer, hitting him in the wrist".)
  const at = tokens.findIndex(
    (t, k) =>
      verbAt >= 0 &&
      k > verbAt + 1 &&
      // ("after the committee took …": the tagger reads a conjunction before a clause as a preposition too.)
      (((t.pos === 'SCONJ' || t.pos === 'ADP') && SUBORDINATOR.test(t.lower)) ||
        (/ing$/.test(t.lower) && tokens[k - 1]?.text === ',' && ['PRON', 'DET', 'NOUN', 'PROPN'].includes(tokens[k + 1]?.pos ?? ''))),
  );
  if (at < 0) return '';
  const word = tokens[at]!.text;
  const cut = new RegExp(`^(.+?),?\\s+${word}\\s`, 'u').exec(clause)?.[1] ?? '';
  const tail = clause.slice(cut.length);
  return cut.split(/\s+/).length >= FEWEST_WORDS && hasFiniteVerb(cut) && (hasFiniteVerb(tail) || /ing$/.test(word)) ? cut : '';
}

/** The verbs that close a quotation on its speaker: "“…,” Davis explained". */
const QUOTING = speechVerbs('said', 'says', 'added', 'explained', 'noted', 'stated', 'stressed', 'wrote');
/** "“…,” Ramlan said.", "“…,” said Ramlan.", "“…,” he said, adding …": a quotation and its speaker after it. */
const QUOTE_THEN_SPEAKER = new RegExp(
  String.raw`^["“]([^"“”]+?)[,.]?["”],?\s+(?:(${SPEAKER}|he|she|they)\s+(?:${QUOTING}|told\s+\S+)|(?:${QUOTING})\s+(${SPEAKER}))(?:[,.]|\s+(?:on\s+)?\p{Lu}\p{Ll}+day\.?|,\s+adding\s.+)?$`,
  'u',
);
/** "Ramlan said: “…”", "Ramlan said in a statement, “…”": a speaker and the quotation after them. */
const SPEAKER_THEN_QUOTE = new RegExp(
  String.raw`^(${SPEAKER})\s+(?:said|says|added|stated)(?:\s+in\s+a\s+statement)?[:,]\s+["“]([^"“”]+?)["”]?$`,
  'u',
);

/**
 * A quotation told by what it says: the quoted words' first sentence, its marks set aside, with the
 * speaker the line names ("“The body has been sent to Kemaman Hospital for an autopsy,” Ramlan said"
 * → "The body has been sent to Kemaman Hospital for an autopsy", Ramlan). The words stay the
 * speaker's own; whether they are news (an event, not an opinion, a wish or the speaker's "I") is the
 * ranking's to read, as for any clause. A pronoun speaker ("he said") is for the caller to name from
 * the line's attribution. Null when the line is no quotation with a speaker.
 */
export function quotedLine(sentence: string): WholeClause | null {
  const s = plainText(sentence).trim();
  const after = QUOTE_THEN_SPEAKER.exec(s);
  const before = after ? null : SPEAKER_THEN_QUOTE.exec(s);
  const quote = after?.[1] ?? before?.[2];
  const speaker = after ? (after[2] ?? after[3]) : before?.[1];
  if (!quote || !speaker) return null;
  const first = quote.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!.replace(/[.!?]+$/, '');
  return { clause: first, speaker: speaker.replace(/^The\s/, 'the ') };
}
