/**
 * The wrong claim a correction names: the old sentence cut down to the clause that carried the
 * changed words, so a note can say "incorrectly reported that the paper was owned by Harbor Media"
 * rather than "misstated a detail about the paper". Newsrooms write corrections this way: the
 * claim as a clause (subject, verb, the fact), without who said it or when, then the right fact.
 */
import { hasFiniteVerb, printedTokens, tagged } from './topics';
import { escapeRegExp, isPostNoun, isSentenceStarter, lowerOpening, mentions, readsAsName } from './names';
import { isPluralNoun } from './plurals';
import { referentOf } from './referents';
import { plainText, splitSentences } from './sentences';

/** The most words a claim may keep: past this it is a paragraph retold, not a claim named. */
export const MAX_CLAIM_WORDS = 22;

/** "Smith said …", "…, according to the county": who gave the claim; the note names the claim itself. */
export function stripAttribution(sentence: string, articleText: string): string {
  let s = plainText(sentence).replace(/[.]$/, '');
  s = s.replace(/,\s*(?:according to [^,]+|(?:[\p{L}.' -]{1,60})\s+(?:said|says|told [\p{L} ]+))$/u, '');
  s = s.replace(/^(?:[\p{L}.' -]{1,60})\s+(?:said|says|told [\p{L} ]+?)\s+(?:that\s+)?/u, '');
  s = s.replace(/^according to [^,]+,\s*/i, '');
  return lowerOpening(s, articleText);
}

/**
 * Where one clause of a sentence ends and the next begins: a semicolon, a colon or a dash, a
 * comma before "and"/"but"/"while", and a bare "and" before a new subject ("… election and they
 * backed …").
 */
const CLAUSE_BREAK =
  /;\s+|:\s+|\s+[—–]\s+|,\s+(?:and|but|while|whereas|although|though)\s+|\s+(?:and|but)\s+(?=(?:they|he|she|it|we|i|there)\s|\p{Ll}+ed\s)/giu;

/** A time or place set before the clause ("On Friday,", "Last night,", "Still,"): not the claim. */
const OPENING_ADVERBIAL =
  /^(?!at least\b|at most\b|by far\b)(?:(?:on|in|at|by|late|early|earlier|later|last|this|after|before|during|since|until|then|still|however|meanwhile|also|instead)\b[^,]{0,30}|(?:around|about|shortly (?:before|after)|just (?:before|after))\s+\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.)[^,]{0,30}|\p{L}+ly),\s+/iu;

/** A relative clause or appositive hung on the end (", which …", ", who …", ", the …"). */
const TRAILING_ASIDE = /,\s+(?:which|who|whom|whose|where|the|a|an)\s[^,]*$/iu;

/** Pronouns that need the sentence before to say who they are: a claim opening with one names no one. */
const UNRESOLVED_OPENING = /^(?:they|he|she|it|we|i|their|his|her|its|our|this|that|these|those|there)\b/i;

/**
 * The clause of `sentence` that carries `changed` (the old words of the fix; '' for a sentence cut
 * whole, whose first clause is the claim), without attribution,
 * the time or place set before it, or an aside after it; '' when no clause reads as a claim on its
 * own (no finite verb, an opening pronoun, too long). A subject that refers back ("the company",
 * "she") is named as the article named it before, unless `nameSubject` is false.
 */
export function claimClause(sentence: string, changed: string, articleText: string, previous = '', nameSubject = true): string {
  const whole = stripAttribution(sentence, articleText);
  if (changed && !mentions(whole, changed)) return '';
  const clauses = whole.split(CLAUSE_BREAK).filter(Boolean);
  // A sentence cut whole: its claim is its first clause.
  const at = changed ? clauses.findIndex((c) => mentions(c, changed)) : 0;
  // A sentence of punctuation alone ("." cut) has no clause at all.
  if (at < 0 || !clauses[at]) return '';
  let clause = clauses[at];
  // Asides and openings go only when they do not hold the changed words themselves.
  const opening = OPENING_ADVERBIAL.exec(clause)?.[0];
  if (opening && !(changed && mentions(opening, changed))) clause = stripAttribution(clause.slice(opening.length), articleText);
  // "The Corran Ledger, a weekly founded in 1902, is owned by …": an aside between subject and verb.
  // An aside stands between a subject and its verb; "Around 2 a.m., the cars collided, causing …"
  // holds the main clause itself between its commas, and cutting it leaves no claim.
  clause = clause.replace(/,\s+(?:a|an|the|which|who)\s[^,]{1,60},\s+/giu, (aside: string, at: number, whole: string) => {
    if (changed && mentions(aside, changed)) return aside;
    const next = tagged(whole.slice(at + aside.length))[0];
    return next && (next.pos === 'VERB' || next.pos === 'AUX') && !/ing$/.test(next.lower) ? ' ' : aside;
  });
  const aside = TRAILING_ASIDE.exec(clause)?.[0];
  if (aside && !(changed && mentions(aside, changed))) clause = clause.slice(0, -aside.length);
  // "They also covered …": the adverb says how the sentence joins its neighbours, not the claim.
  clause = clause.replace(/\s+(?:also|still|already|too)\b(?=\s)/giu, '').replace(/[,;:]\s*$/, '');
  clause = clause.trim();
  // "their candidates won …": who "their" are is the subject of a clause before it, in this
  // sentence or the one before ("The Salafis have shown …: their candidates won …").
  // ("on Wednesday, they claimed …": a day kept because it was put right stands before the pronoun;
  // a "they" there that nothing names is no claim a reader can follow.)
  const day = /^(?:on|late|early)\s+\p{Lu}\p{Ll}+,\s+(?=(?:they|he|she)\s)/iu.exec(clause)?.[0] ?? '';
  const pronoun = /^(they|he|she|it|their|his|her|its)\s/i.exec(clause.slice(day.length))?.[1];
  if (pronoun) {
    const who = [...clauses.slice(0, at).reverse(), stripAttribution(previous, articleText)].map(subjectOf).find(Boolean);
    if (who) {
      const owner = /^(?:their|his|her|its)$/i.test(pronoun) ? (/s$/.test(who) ? `${who}'` : `${who}'s`) : who;
      clause = day + owner + clause.slice(day.length + pronoun.length);
    } else if (day) return '';
  }
  // The right fact retold on the claim's subject ("It is owned by …") keeps "the company" to read.
  clause = lowerOpening(nameSubject ? namedSubject(clause, sentence, articleText, previous) : clause, articleText);
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length < 4 || words.length > MAX_CLAIM_WORDS) return '';
  // "charged with arson" cut from "was arrested and charged with arson": a predicate with no subject.
  // A claim opens on a word (or a quotation), never on stray punctuation.
  if (!/^["“\p{L}\p{N}$€£]/u.test(clause)) return '';
  // "including …", "with …": what is left opens on a modifier, not a subject.
  if (UNRESOLVED_OPENING.test(clause) || /^(?:\p{Ll}+ed|\p{Ll}+ing|with|of|to|for|from|as)\s/u.test(clause) || !hasFiniteVerb(clause))
    return '';
  // The changed words must still stand in what is left (a cut that lost them says nothing wrong).
  if (!changed) return clause;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(changed)}(?![\\p{L}\\p{N}])`, 'u').test(clause) ? clause : '';
}

/** The article up to `sentence` (the sentence before it, when the sentence is not found there). */
export function textBefore(sentence: string, articleText: string, previous: string): string {
  // Lines kept apart, so a headline never runs into the sentence under it.
  const full = articleText.split('\n').map(plainText).join('\n');
  const at = full.indexOf(plainText(sentence));
  return at > 0 ? full.slice(0, at) : previous;
}

/**
 * A claim cut from `sentence` with its referring subject named: "the company posted sales …" →
 * "Virgin Galactic posted sales …", "she was hired …" → "Roe was hired …", as the article named
 * them before (referents.ts); the clause as it was when the article names no one of that kind.
 */
export function namedSubject(clause: string, sentence: string, articleText: string, previous = ''): string {
  const referent = referentOf(clause, textBefore(sentence, articleText, previous));
  if (!referent) return clause;
  const owner = (name: string) => (/s$/.test(name) ? `${name}'` : `${name}'s`);
  const rest = clause.slice(referent.opening.length);
  // "the company's revenue" → "Northgate Foods' revenue".
  if (/^['’]s\s/.test(rest)) return owner(referent.name) + rest.slice(2);
  return (referent.possessive ? owner(referent.name) : referent.name) + rest;
}

/**
 * A correction's wording with the first "the company's …", or the first subject of a where/when
 * clause ("where she grew up"), in its head named as the article named it before `sentence`
 * ("misstated the company's revenue" → "misstated Northgate Foods' revenue", "where Teodora Vance
 * grew up"); the wording as it was when there is none, or no name of that kind.
 */
export function namedInPhrase(phrase: string, sentence: string, articleText: string): string {
  const head = splitSentences(phrase)[0] ?? phrase;
  if (!phrase.startsWith(head)) return phrase;
  // "the company's revenue", or the subject of a clause the wording gives ("where she grew up").
  // "the location of its headquarters": a possessive "its" names its owner too.
  const places = [
    ...head.matchAll(
      /\b[Tt]he\s+(?:\p{Ll}+\s+)?\p{Ll}+['’]s\s|\b(?:where|when|whether|how many|how much)\s+(?=\S)|\bof\s+(?=its\s+\p{Ll})/gu,
    ),
  ].map((m) => (m[0].startsWith('the') || m[0].startsWith('The') ? m.index : m.index + m[0].length));
  for (const at of places) {
    const named = namedSubject(head.slice(at), sentence, articleText);
    if (named !== head.slice(at)) return head.slice(0, at) + named + phrase.slice(head.length);
  }
  return phrase;
}

/**
 * The sentences a claim's words were read from: its own, and for each name it gives that its own
 * does not (a "the company" named), the nearest sentence before it in the article that holds it.
 */
export function claimEvidence(claim: string, sentence: string, articleText: string): string[] {
  const out = [sentence];
  const strangers = (plainText(claim).match(/\p{Lu}[\p{L}.'’&-]*/gu) ?? []).filter((word) => !mentions(sentence, word));
  // Most claims name only what their own sentence does: no need to read the article.
  if (!strangers.length) return out;
  const before = splitSentences(textBefore(sentence, articleText, ''));
  for (const word of strangers) {
    const source = before.findLast((s) => mentions(s, word));
    if (source && !out.includes(source)) out.push(source);
  }
  return out;
}

/**
 * The named subject a clause opens with ("The Salafis have …", "Late on Friday, The Wandering Pines
 * played …" → "the Salafis", "the Wandering Pines"): a run of capitalized words before a lowercase
 * verb. A leading "The" is written small, as a note writes it mid-sentence.
 */
function subjectOf(clause: string): string {
  const text = clause.replace(OPENING_ADVERBIAL, '');
  // The name, with up to two lowercase nouns it heads ("The Green slate"), before its verb.
  const run =
    /^((?:[Tt]he\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’&-]*)*(?:\s+\p{Ll}+){0,2}?)\s+(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do|\p{Ll}+ed|\p{Ll}+s)\b/u.exec(
      text,
    )?.[1];
  if (!run || /^The$/i.test(run) || (!/\s/.test(run) && isSentenceStarter(run))) return '';
  // "Ngātiwai believe the | whales …": a plural noun read as the verb leaves a run that ends on a
  // determiner (or holds the real verb); no subject, or "their" would become "the's".
  if (/\s(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)$/i.test(run)) return '';
  return run.replace(/^The\s/, 'the ');
}

/**
 * A correction told by its claim: "incorrectly reported that {claim}", then the right fact the
 * finding's wording gave ("It was in 1794"), without its "not …" when the claim already shows
 * the wrong value. `phrase` is the finding's own wording ("misstated a detail about X. It was Y, not Z").
 */
export function claimCorrection(phrase: string, claim: string, wrong: string, template: string): string {
  // Split as the notes read sentences: "It was St. Luke's Hospital" is one right fact.
  const fact = (splitSentences(phrase)[1] ?? '').replace(/\.$/, '');
  const shown = wrong && mentions(claim, wrong);
  const right = shown ? fact.replace(/,(["”’]?) not [^.;]+?(\.?)$/u, '$1$2') : fact;
  const head = template.replace('{claim}', claim);
  return right ? `${head}. ${right}` : head;
}

/** Whether `claim` names a word of `other` that `own` does not hold: a pronoun was read from there. */
export function namesFrom(claim: string, other: string, own: string): boolean {
  if (!other) return false;
  return (plainText(claim).match(/\p{Lu}[\p{L}.'’&-]*/gu) ?? []).some((w) => !mentions(own, w) && mentions(other, w));
}

/**
 * The right fact as a clause on the claim's subject: "the Corran Ledger is owned by Westline Group"
 * → "It is owned by Westline Group". The subject is everything before the clause's first verb
 * (wink-nlp's tags); a thing or a group becomes "It" or "They", as its verb agrees. A person's
 * name, or a person named by a common noun ("the coach"), gives '' (which pronoun is theirs the
 * article does not say), as does a clause with no verb after its subject.
 * With `through`, the clause stops after those words.
 */
export function rightClause(clause: string, through = ''): string {
  // "… published by Pocket in 1981": the right fact ends with the words put right.
  const end = through ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(through)}(?![\\p{L}\\p{N}])`, 'u').exec(clause) : null;
  // A name is read whole: "Corvin" put right in "Corvin Capital" gives "Corvin Capital".
  // (Only a name runs on so: after a verb put right, "closed Route 9" is the verb's object, read below.)
  let nameRest =
    end && /\p{Lu}[\p{L}.'’&-]*$/u.test(through)
      ? (/^(?:\s+\p{Lu}[\p{L}.'’&-]*)+/u.exec(clause.slice(end.index + through.length))?.[0] ?? '')
      : '';
  // "Voters rejected | the levy": a verb put right keeps its object, or the fact reads "They rejected."
  if (end && !nameRest && tagged(clause.slice(0, end.index + through.length)).at(-1)?.pos === 'VERB') {
    const after = clause.slice(end.index + through.length);
    const words = tagged(after);
    if (['DET', 'NOUN', 'PROPN', 'NUM', 'ADJ'].includes(words[0]?.pos ?? '')) {
      const stop = words.findIndex((t, i) => i > 0 && ['ADP', 'PUNCT', 'VERB', 'AUX', 'CCONJ', 'SCONJ'].includes(t.pos));
      let object = words.slice(0, stop < 0 ? Math.min(words.length, 5) : Math.min(stop, 5));
      // ("would drop | next spring": a time is no object; "closed Route 9 Tuesday" keeps what stands before it.)
      const time =
        /^(?:next|last|this|each|every|early|late)$|day$|^(?:week|month|year|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|tonight|today|tomorrow|yesterday|noon|midnight)$/i;
      const when = object.findIndex((t) => time.test(t.text));
      if (when >= 0) object = object.slice(0, when);
      // ("rejected the measure 5-2": a score or tally after the noun is no part of the object.)
      while (object.length > 1 && object.at(-1)!.pos === 'NUM' && object.at(-2)!.pos === 'NOUN') object = object.slice(0, -1);
      // "Route 9": a numbered name ends on its number.
      const last = object.at(-1);
      const named = last?.pos === 'NUM' && object.at(-2)?.pos === 'PROPN';
      if (last && (['NOUN', 'PROPN'].includes(last.pos) || named)) nameRest = `${object[0]!.space || ' '}${printedTokens(object)}`;
    }
  }
  const tokens = tagged(end ? clause.slice(0, end.index + through.length + nameRest.length) : clause);
  const verb = tokens.findIndex((t, i) => i > 0 && (t.pos === 'AUX' || t.pos === 'VERB'));
  if (verb < 1 || verb > 8) return '';
  const subject = tokens.slice(0, verb);
  if (subject.some((t) => t.pos === 'PRON' || t.pos === 'PUNCT')) return '';
  // ("Even | cheese from …": a subject of only function words is a noun the tagger took for the verb; the
  // fact would read "It cheese from …". The caller tells the right value plainly instead.)
  if (subject.every((t) => ['ADV', 'ADJ', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'INTJ'].includes(t.pos))) return '';
  const named = subject.filter((t) => t.pos === 'PROPN');
  // "Dana Reyes": a person, whose pronoun is not ours to pick; "the Corran Ledger" is a thing.
  if (named.length === subject.length && named.length >= 2 && !/^(?:the)$/i.test(subject[0]!.text)) return '';
  // One name alone is a person unless it reads as a thing: a web address, a figure, capitals ("NOLA.com", "NNSA").
  if (named.length === subject.length && named.length === 1 && !/s$|[.\d]|^\p{Lu}+$/u.test(named[0]!.text)) return '';
  // "the coach", "the officer": a person named by what they do has a pronoun the article does not give.
  // "rents in Tarrow": the head noun stands before the phrase that says where or of what.
  const complement = subject.findIndex((t, i) => i > 0 && t.pos === 'ADP');
  const head = (complement > 0 ? subject.slice(0, complement) : subject).at(-1)!;
  if (head.pos === 'NOUN' && isPostNoun(head.lower)) return '';
  // The verb as written says one or many ("the bus was", "the buses were"); a verb that does not
  // ("operated") leaves it to the noun's shape, where "bus" and "campus" are one.
  const verbSays = tokens[verb]!.lower;
  const plural = /^(?:were|are|have)$/.test(verbSays)
    ? true
    : /^(?:was|is|has)$/.test(verbSays)
      ? false
      : subject.some((t) => t.lower === 'and') || (head.pos === 'NOUN' && isPluralNoun(head.lower));
  const rest = printedTokens(tokens.slice(verb));
  return `${plural ? 'They' : 'It'} ${rest}`;
}

/**
 * The right fact told after a claim turned round ("incorrectly reported that prices would rise"):
 * the new clause through the words put right, on its subject as `rightClause` names it ("They
 * would fall"), or, for a person named in full, on the surname the article goes on to use ("Tate
 * lost the runoff"). '' when neither reads.
 */
export function rightFact(clause: string, through: string, articleText = ''): string {
  const end = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(through)}(?![\\p{L}\\p{N}])`, 'u').exec(clause);
  if (!end) return '';
  // "the Ohio-based company makes …": a modifier put right is said of the noun it stands before.
  const next = tagged(clause.slice(end.index + through.length))[0];
  if (/(?:^|\s)(?:the|a|an)\s+$/i.test(clause.slice(0, end.index)) && next?.pos === 'NOUN' && /^\p{Lu}[^\s-]*-\p{Ll}/u.test(through))
    return `The ${next.text} is ${through}`;
  const tokens = tagged(clause.slice(0, end.index + through.length));
  const verb = tokens.findIndex((t, i) => i > 0 && (t.pos === 'AUX' || t.pos === 'VERB'));
  if (verb >= 2 && verb <= 5) {
    // A person in full ("Councilor Mira Tate"): capitalized names only, two or more, told on the surname.
    const subject = tokens.slice(0, verb);
    const names = subject.filter((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text));
    const rest = printedTokens(tokens.slice(verb));
    if (names.length === subject.length && !/^the$/i.test(subject[0]!.text)) return `${names.at(-1)!.text} ${rest}`;
  }
  // "Rainfall was below …", "Shares of Orlo fell": a first word the article capitalizes only to
  // open a sentence is no name, and the subject is read with it in lower case.
  const opening = /^\p{Lu}\p{Ll}+(?=\s)/u.exec(clause)?.[0];
  if (opening && articleText && !readsAsName(opening, articleText) && !mentions(through, opening))
    clause = opening.toLowerCase() + clause.slice(opening.length);
  return rightClause(clause, through);
}

/**
 * The thing a swapped value names, when both versions name it the same way: "the academic field of
 * computer science" → "the academic field of artificial intelligence" gives "the academic field".
 * The lead is a determiner and up to four nouns and adjectives (wink-nlp's tags) before "of", "as",
 * "called" or "named" and the value; '' when the versions lead into it differently or not at all.
 * A correction then says what was wrong as the thing, the right value and the wrong one.
 */
export function fieldOf(older: string, newer: string, wrong: string, right: string): string {
  if (!wrong || !right) return '';
  const lead = (sentence: string, value: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])(?:the|an?|its|his|her|their)\\s+((?:(?!(?:the|an?)\\s)\\p{Ll}[\\p{L}-]*\\s+){0,3}?\\p{Ll}[\\p{L}-]*)\\s+(?:of|as|called|named|known as)\\s+${escapeRegExp(value)}(?![\\p{L}\\p{N}])`,
      'u',
    ).exec(plainText(sentence))?.[1];
  const was = lead(older, wrong);
  const now = lead(newer, right);
  if (!was || was !== now) return '';
  // Only nouns and what describes them: "the team won the title of" is a clause, not a name for a thing.
  const tokens = tagged(now);
  if (!tokens.length || !tokens.every((t) => t.pos === 'NOUN' || t.pos === 'ADJ') || tokens.at(-1)!.pos !== 'NOUN') return '';
  return `the ${now}`;
}

/** Words that open a list of examples after the group they belong to. */
const LIST_OPENER = /(?:^|\s)(?:including|such as|among them|like)\s+/iu;

/**
 * An example cut from a list (", including A, B, and C, have added …" without B): the wrong claim
 * is that B belongs to the group, told as "B is among {the group} that {what the group did}" —
 * the group is the words before the list opener, the deed the clause after the list. '' when the
 * edit is not one item cut from such a list, or the claim runs long.
 */
export function droppedListItem(older: string, newer: string): string {
  // Parts between commas and "and" ("A, B and C", "A, B, and C"), with what stood between them.
  const split = (s: string) =>
    plainText(s)
      .replace(/[.]$/, '')
      .split(/(,\s+(?:and\s+)?|\s+and\s+)/);
  const parts = (pieces: string[]) => pieces.filter((_, k) => k % 2 === 0);
  const pieces = split(older);
  const was = parts(pieces);
  const now = parts(split(newer));
  if (was.length !== now.length + 1) return '';
  let at = 0;
  while (at < now.length && was[at] === now[at]) at++;
  if (was.slice(at + 1).join('\u0000') !== now.slice(at).join('\u0000')) return '';
  const item = was[at]!;
  // The item is one of several after a list opener, and names something (a capital or a figure).
  const openerAt = was.findIndex((part) => LIST_OPENER.test(part));
  if (openerAt < 0 || openerAt > 1 || openerAt >= at || !/[\p{Lu}\p{N}]/u.test(item) || item.split(' ').length > 8) return '';
  // The group stands before the opener: in its own part ("Four clubs, including …") or the same one.
  const opener = LIST_OPENER.exec(was[openerAt]!)!;
  const group = (opener.index > 0 ? was[openerAt]!.slice(0, opener.index) : was.slice(0, openerAt).join(', ')).trim();
  if (!group || !/\p{L}/u.test(group)) return '';
  // The deed: the first part after the item that opens on a verb (wink-nlp's tags) — the list has closed.
  const deedAt = was.findIndex((part, k) => k > at && /^\p{Ll}/u.test(part) && ['AUX', 'VERB'].includes(tagged(part)[0]?.pos ?? ''));
  const deed = deedAt > 0 ? pieces.slice(2 * deedAt).join('') : '';
  const past = /^(?:had|was|were|\p{Ll}+ed)\b/u.test(deed);
  // "At least 13 …", "Four clubs": a common word capitalized only by opening the sentence goes small.
  const among =
    tagged(group)[0]?.pos === 'PROPN' ? lowerOpening(group, older) : group.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const head = `${item} ${past ? 'was' : 'is'} among ${among}`;
  const claim = deed && `${head} that ${deed}`.split(' ').length <= MAX_CLAIM_WORDS ? `${head} that ${deed}` : head;
  return claim.split(' ').length <= MAX_CLAIM_WORDS ? claim : '';
}
