/**
 * "… shortly after he landed with two engineers in Norway": a place belongs to the clause it sits
 * in, the one whose verb stands nearest before it, not to the whole stretch since the last comma
 * ("where the pilot smiled in this photo taken shortly after he landed …" copies the article). The
 * note tells that clause by its subject and verb, with a short object the verb takes ("where the
 * company opened a plant"), and without the phrases hung on the verb ("with two engineers"):
 * "misstated where the pilot landed". A pronoun subject is named by the sentence's own opening
 * subject ("The pilot …, after he landed"), else the clause is not told. A stretch with no verb
 * after a comma (", with others under way in …") is no clause of the verb before the comma.
 */
import { checkNoteGrammar } from './grammar';
import { lowerOpening, nameRuns, personName } from './names';
import { presentTense } from './edits';
import { isPluralNoun } from './plurals';
import { hasFiniteVerb, tagged } from './topics';
import { withClauseOfPlace } from './with-absolute';

type Token = ReturnType<typeof tagged>[number];

/** The most words the told clause may have: a naming of the event, not a retelling. */
const MOST_WORDS = 10;

/** Words that stand with a verb as part of it ("touched down", "set up", "broke out"). */
const PARTICLE = /^(?:down|up|out|off|away|back|over|ashore|aground)$/;

/** Subject pronouns a note cannot carry: they are named from the sentence, or the clause is not told. */
const PERSONAL = /^(?:he|she)$/;

/** "Born", "Raised", "Founded": a past participle opening a sentence, set before its place. */
const OPENING_PARTICIPLE = /^(\p{Lu}\p{Ll}+(?:ed|en|n|t))\s*$/u;

/** "where Vega was born" for "Born in Calloway …, Vega moved …"; null when the sentence opens otherwise. */
function openingParticiple(sentence: string, lead: string, articleText: string): { clause: string; past: boolean } | null {
  const participle = OPENING_PARTICIPLE.exec(lead.trim())?.[1];
  if (!participle || tagged(participle)[0]?.pos !== 'VERB') return null;
  // The main clause after the opening phrase's comma: its subject, up to its verb.
  const main = sentence.slice(sentence.indexOf(',') + 1).trim();
  if (!sentence.includes(',') || !main) return null;
  const tokens = tagged(main);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb < 1 || phraseStart(tokens, verb - 1) !== 0) return null;
  const subject = lowerOpening(
    tokens
      .slice(0, verb)
      .map((t) => t.text)
      .join(' '),
    articleText,
  );
  const be = isPluralNoun(tokens[verb - 1]!.text) && tokens[verb - 1]!.pos === 'NOUN' ? 'were' : 'was';
  const clause = `${subject} ${be} ${participle.toLowerCase()}`;
  return checkNoteGrammar(`An earlier version misstated where ${clause}.`, articleText).length ? null : { clause, past: true };
}

/** Where each token starts in `text` (the tagger gives words, not offsets). */
function offsets(text: string, tokens: Token[]): number[] {
  let at = 0;
  return tokens.map((t) => {
    const found = text.indexOf(t.text, at);
    at = found < 0 ? at : found + t.text.length;
    return found < 0 ? at : found;
  });
}

/** The noun phrase ending at token `end` (inclusive), walked back to its determiner: its first token, or -1. */
function phraseStart(tokens: Token[], end: number): number {
  if (!['NOUN', 'PROPN'].includes(tokens[end]?.pos ?? '')) return -1;
  let k = end;
  while (k > 0 && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k - 1]!.pos)) k--;
  if (k > 0 && tokens[k - 1]!.pos === 'DET') k--;
  return k;
}

/** The start of a noun phrase a relative pronoun follows ("a short chase that"), the tagger's adjectives allowed; -1 if none. */
function relativeHead(tokens: Token[], end: number): number {
  if (!['NOUN', 'PROPN', 'ADJ'].includes(tokens[end]?.pos ?? '')) return -1;
  let k = end;
  while (k > 0 && end - k < 4 && ['ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k - 1]!.pos)) k--;
  return k > 0 && tokens[k - 1]!.pos === 'DET' ? k - 1 : -1;
}

/** The last singular thing named with "the", "its" or "their" in `tokens` ("the blaze"), for an "it"; '' when none. */
function thingBefore(tokens: Token[]): string {
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.pos !== 'NOUN' || tokens[k + 1]?.pos === 'NOUN' || isPluralNoun(t.text)) continue;
    let j = k;
    while (j > 0 && tokens[j - 1]!.pos === 'ADJ') j--;
    if (j > 0 && /^(?:the|its|their)$/.test(tokens[j - 1]!.lower))
      return tokens
        .slice(j - 1, k + 1)
        .map((x) => x.text)
        .join(' ');
    return '';
  }
  return '';
}

/** The person or thing the sentence opens on, to name a "he"/"she" later in it ('' when it opens otherwise). */
function openingSubject(sentence: string, articleText: string): string {
  const tokens = tagged(sentence);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb < 1 || verb > 6 || tokens.slice(0, verb).some((t) => !['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(t.pos))) return '';
  const words = tokens.slice(0, verb).map((t) => t.text);
  const person = personName(nameRuns(words.join(' ')).at(-1)?.text ?? '');
  if (person.includes(' ')) return person;
  // ("The pilot", "A firefighter": one of the people the sentence opens on, lowercased as a clause.)
  // ("Firefighters": a plural only capitalized where it opens the sentence is no name.)
  const lowered = lowerOpening(words.join(' '), articleText);
  return tokens[0]!.pos === 'DET' || /^\p{Ll}/u.test(lowered) ? lowered : '';
}

/**
 * The clause a place sits in, told as "subject verb [object]" from `lead`, the sentence up to the
 * place's preposition: "the pilot landed", "flood waters closed the road". '' when no finite
 * verb with a subject stands in the place's own stretch of the sentence, or the clause would not
 * read on its own in a note.
 */
/** "take place", "take part", "take shelter": a light verb whose noun says the deed (review 19: "where the incident took"). */
const LIGHT_VERB = /^(?:take|takes|took|taken|taking)$/;
const IDIOM_NOUN = /^(?:place|part|shelter|cover|refuge|hold|root|office|effect)$/;

export function clauseOfPlace(sentence: string, whole: string, articleText: string): { clause: string; past: boolean } | null {
  // "Born in Calloway to a family of fishermen, Vega moved …": the participle opening the
  // sentence is its subject's ("where Vega was born").
  const opened = openingParticiple(sentence, whole, articleText);
  if (opened) return opened;
  // Asides set off by commas ("The festival, which drew …, returns") are read without: the tagger
  // then sees the subject beside its verb.
  const lead = whole.replace(/,\s+(?:which|who|whose|a|an)\s[^,]*,\s+(?=\p{Ll})/gu, ' ');
  // The place's own stretch: after the last clause-level comma, semicolon or dash that has a verb after it.
  const tokens = tagged(lead);
  const at = offsets(lead, tokens);
  let verb = -1;
  for (let k = tokens.length - 1; k >= 0 && verb < 0; k--) {
    const t = tokens[k]!;
    // (", with others under way in …": a stretch after its comma with no verb is no clause of the verb before.)
    if (t.pos === 'PUNCT' && /^[;—–]$/.test(t.text)) return null;
    if (t.pos === 'PUNCT' && t.text === ',' && tokens[k + 1]?.lower === 'with') return null;
    // ("had been sheltering": a present participle is finite only after its auxiliary.)
    if (t.pos === 'VERB' && (!/ing$/.test(t.lower) || tokens[k - 1]?.pos === 'AUX')) verb = k;
  }
  if (verb < 0) return null;
  // The verb's group: its auxiliaries and "not" before it ("had been hiding", "are being built").
  let group = verb;
  // ("is scheduled to be played": a verb between auxiliaries is part of the chain.)
  while (
    group > 0 &&
    (['AUX', 'PART'].includes(tokens[group - 1]!.pos) ||
      (tokens[group - 1]!.pos === 'VERB' && group > 1 && tokens[group - 2]!.pos === 'AUX' && tokens[group]!.pos === 'PART'))
  )
    group--;
  // (An adverb between subject and verb, "the crew quickly landed", belongs to the verb.)
  if (group > 1 && tokens[group - 1]!.pos === 'ADV' && ['NOUN', 'PROPN', 'PRON'].includes(tokens[group - 2]!.pos)) group--;
  let before = tokens[group - 1];
  if (!before) return null;
  // "The colour guard, which practised all summer, marched": an aside set off by commas between the
  // subject and its verb stays out of the note ("the colour guard marched").
  let subjectEnd = group - 1;
  if (before.text === ',') {
    const open = tokens.slice(0, subjectEnd).findLastIndex((t) => t.text === ',');
    if (open < 1 || !/^(?:which|who|a|an|the)$/.test(tokens[open + 1]?.lower ?? '')) return null;
    subjectEnd = open - 1;
    before = tokens[subjectEnd]!;
  }
  let subject: string;
  // "a short chase that ended in …": a relative pronoun's subject is the noun it follows.
  // (", which is scheduled": the noun before the comma.)
  const headEnd = tokens[subjectEnd - 1]?.text === ',' ? subjectEnd - 2 : subjectEnd - 1;
  let subjectStart = -1;
  if (/^(?:that|which|who)$/.test(before.lower) && headEnd >= 0 && relativeHead(tokens, headEnd) >= 0) {
    const start = relativeHead(tokens, headEnd);
    subjectStart = start;
    subject = lowerOpening(lead.slice(at[start], at[headEnd]! + tokens[headEnd]!.text.length), articleText);
  } else if (before.pos === 'PRON') {
    if (
      !PERSONAL.test(before.lower) &&
      !(before.lower === 'they' && isPluralNoun(openingSubject(sentence, articleText).split(' ').at(-1) ?? ''))
    )
      return null;
    subject = openingSubject(sentence, articleText);
    subjectStart = subjectEnd;
  } else {
    const start = phraseStart(tokens, subjectEnd);
    // ("this photo taken": a participle after its noun, with no auxiliary, is no finite verb.)
    if (start < 0 || (group === verb && /(?:en|wn)$/.test(tokens[verb]!.lower))) return null;
    // (A noun phrase opening a stretch after a preposition is that preposition's object, no subject.)
    if (start > 0 && tokens[start - 1]!.pos === 'ADP') return null;
    subjectStart = start;
    subject = lowerOpening(lead.slice(at[start], at[subjectEnd]! + before.text.length), articleText);
  }
  if (!subject) return null;
  let end = verb;
  if (PARTICLE.test(tokens[end + 1]?.lower ?? '')) end++;
  // ("The incident took place at …": the noun of a light verb's idiom is part of the verb, never cut off.)
  else if (LIGHT_VERB.test(tokens[end]!.lower) && IDIOM_NOUN.test(tokens[end + 1]?.lower ?? '')) end++;
  // A short object the verb takes ("opened a plant"), when the stretch after it is that object alone.
  const rest = tokens.slice(end + 1);
  // ("they contained it": a pronoun object is the thing the sentence named before, else the clause
  // is not told; the verb cannot stand without it.)
  let object = '';
  if (rest[0]?.pos === 'PRON' && /^(?:it|them|him|her)$/.test(rest[0].lower)) {
    object = rest[0].lower === 'it' ? thingBefore(tokens.slice(0, Math.max(0, subjectStart))) : '';
    if (!object) return null;
  }
  if (rest.length && rest.length <= 4 && phraseStart(rest, rest.length - 1) === 0 && ['DET', 'NOUN'].includes(rest[0]!.pos))
    end = tokens.length - 1;
  const told = `${subject} ${lead.slice(at[group], at[end]! + tokens[end]!.text.length)}${object ? ` ${object}` : ''}`
    .replace(/\s+/g, ' ')
    .trim();
  if (told.split(' ').length > MOST_WORDS) return null;
  if (checkNoteGrammar(`An earlier version misstated where ${told}.`, articleText).length) return null;
  return { clause: told, past: !presentTense(told) };
}

/**
 * The clause the note tells a place by: the state a "with" clause gives ("…, with others under
 * way in Calloway", with-absolute.ts); else the stretch before the place as printed (`printed`)
 * when it reads as a clause in a note; else the clause of the verb nearest before the place.
 * null keeps the printed stretch.
 */
export function placeClause(
  printed: string,
  sentence: string,
  lead: string,
  articleText: string,
): { clause: string; past: boolean } | null {
  const reads = (clause: string) => checkNoteGrammar(`An earlier version misstated where ${clause}.`, articleText).length === 0;
  const absolute = withClauseOfPlace(lead);
  if (absolute) return reads(absolute.clause) ? absolute : null;
  // (A stretch opening on "with", "with two others missing", is no clause of its own.)
  // (Nor is a stretch with no subject before its verb, "Born", "returns".)
  const verbAt = tagged(printed).findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (printed && hasFiniteVerb(printed) && !/^with\s/i.test(printed) && verbAt !== 0 && printed.includes(' ') && reads(printed))
    return null;
  return clauseOfPlace(sentence, lead, articleText);
}
