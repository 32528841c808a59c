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
/** A speaker: a run of capitalised words, or "the" and up to three words ("the county sheriff"). */
const SPEAKER = String.raw`(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*|the\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+`;
/** "Harcrow said (on Monday) (in a statement) (that) …". */
const SPEAKER_FIRST = new RegExp(
  String.raw`^(${SPEAKER})\s+(?:${SAYING})(?:\s+(?:reporters|journalists))?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?:\s+in\s+a\s+statement)?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,?\s+(?:that\s+)?(.+)$`,
  'u',
);
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

/** An opening phrase before a comma that names nothing and says nothing: "Meanwhile,", "In the end,". */
function withoutOpening(s: string): string {
  const m = /^([^,]{2,30}),\s+(?=\S)/.exec(s);
  if (!m) return s;
  const tokens = tagged(m[1]!);
  return tokens.length <= 4 && tokens.every((t) => ['ADV', 'ADP', 'DET', 'NOUN', 'ADJ', 'CCONJ'].includes(t.pos))
    ? s.slice(m[0].length)
    : s;
}

/** "X, a lawmaker in the party, served …" → "X served …": an appositive or relative clause after the subject. */
function withoutAppositive(s: string): string {
  const m = /^([^,]{2,60}),\s+([^,]{2,100}),\s+(.+)$/.exec(s);
  if (!m) return s;
  const [, subject, aside, rest] = m;
  if (hasFiniteVerb(subject!) || !hasFiniteVerb(rest!)) return s;
  if (hasFiniteVerb(aside!) && !/^(?:who|which)\s/i.test(aside!)) return s;
  const first = tagged(rest!)[0];
  if (!first || !['VERB', 'AUX', 'ADV'].includes(first.pos)) return s;
  return `${subject} ${rest}`;
}

/** Over length, the clause up to its last comma within the limit that leaves a whole clause. */
function cutToLength(s: string): string {
  const words = s.split(/\s+/);
  if (words.length <= MOST_WORDS) return s;
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
  const first = SPEAKER_FIRST.exec(s);
  const last = first ? null : SPEAKER_LAST.exec(s);
  const according = first || last ? null : ACCORDING.exec(s);
  if (first && hasFiniteVerb(first[2]!)) [speaker, s] = [first[1]!, first[2]!];
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
