/**
 * "the news that the minor faces charges of armed burglary and grand theft": an added sentence of
 * plain news is often short enough to tell whole, and a newsroom's note does ("This story has been
 * updated to report that …"). grammar.ts's copying check (COPIED_RUN) is there for runs cut out of
 * a sentence, and it sent such a line to a cut that read as nothing ("Details on the minor faces
 * charges of armed burglary."). A WHOLE main clause is a restatement, not a fragment, as a reported
 * clause told whole is (reported-clause-copy.ts): so the clause after "that" is let through when an
 * article sentence is exactly it, once its opening time, place or event ("On Monday,", "Following
 * the inquiry,") and its credit (", police said", ", according to …") are set aside, at most
 * REPORTED_CLAUSE_WORDS words, running to the sentence's end. The clause reader's own retelling
 * (adverbs left out, the perfect told in the past: attributed-clause.ts) is the same clause; so is
 * an opening "he"/"she"/"they"/"it" told by who or what it is (pronoun-subject.ts), a short subject in its place,
 * and so is a long title before a name told by the name alone (titled-subjects.ts), and a subject
 * told without the appositive set off after it.
 * A clause cut short, or one held only inside a longer sentence, is still a copied run.
 */
import { retold } from './attributed-clause';
import { plainText, splitSentences } from './sentences';
import { speechVerbs } from './speech-verbs';
import { hasFiniteVerb, tagged } from './topics';
import { isTitleWord } from './names';
import { withoutSubordinate } from './whole-clause';

/** Words of a text as the copying licence compares them: lower-cased, figures split at their commas. */
export const lowerWords = (text: string): string => (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? []).join(' ');

/** An opening before the main clause: a phrase with no verb of its own, up to its comma. */
const OPENING = /^([^,;:"“”]{2,90}),\s+/u;
/** A subject with a phrase set off by commas after it: "Rajshahi, a major hub of …, ". */
const APPOSITIVE = /^([^,;:"“”]{2,50}),\s+([^,;:"“”]{2,80}),\s+/u;
/** The most words a subject told for an opening pronoun may have ("the 31-year-old man"). */
const SUBJECT_WORDS = 5;

/** ", police said Tuesday", ", said Sheriff Ray Dunn", ", according to …": a credit closing the sentence, its speaker named. */
const SAYING = speechVerbs('said', 'says', 'told', 'added', 'confirmed', 'reported', 'announced');
const CREDIT_TAIL = new RegExp(
  String.raw`,\s+(?:according to [^,;]{2,60}|[^,;"“”]{2,60}?\s+(?:${SAYING})(?:\s+[^,;"“”\s]+){0,4}|(?:said|says)\s+[^,;"“”]{2,60})$`,
  'iu',
);
/** A closing phrase after the sentence's last comma: ", as a safety precaution", ", for the second time this year". */
const FRAMING_TAIL = /,\s+([^,;:"“”]{2,60})$/u;
/** "Authorities have confirmed that …": a clause reported inside the sentence is the reported-clause licence's (reported-clause-copy.ts). */
const REPORTS_CLAUSE = new RegExp(String.raw`\b(?:${SAYING})\b(?:\s+\S+){0,3}?\s+that\b`, 'iu');

/** The main clause of an article sentence, its opening and credit set aside, as lower-cased words. */
function mainClauses(sentence: string): string[] {
  const s = plainText(sentence)
    .trim()
    .replace(/[.!?]+["”’]?$/, '');
  const bare = s.replace(CREDIT_TAIL, '');
  const forms = [bare];
  // "Classes … were suspended on Monday, as a safety precaution": a closing phrase set off by its
  // comma that opens on a preposition and has no verb of its own only frames the clause (why, how,
  // in what way); the clause reader leaves it out, and the clause before it is still the sentence's
  // main clause. A participle (", killing two people") or a clause (", which …") tells more news and stays.
  const framed = FRAMING_TAIL.exec(bare);
  if (framed && tagged(framed[1]!)[0]?.pos === 'ADP' && !hasFiniteVerb(framed[1]!)) forms.push(bare.slice(0, framed.index));
  const opening = OPENING.exec(bare);
  // ("Officers searched the area, and …": a clause before the comma is no opening.)
  if (opening && !hasFiniteVerb(opening[1]!)) forms.push(bare.slice(opening[0].length));
  // "Rajshahi, a major hub of vegetable production, produces …": the subject's appositive, which the
  // clause reader leaves out, is no part of the main clause.
  // "… received a reduced penalty of removal after the committee took into account …": the clause hung
  // on the main clause's end (a subordinate clause or a participle after a comma) is no part of it either.
  for (const form of forms.slice()) {
    const main = withoutSubordinate(form);
    if (main) forms.push(main);
  }
  for (const form of forms.slice()) {
    const apposed = APPOSITIVE.exec(form);
    if (apposed && !hasFiniteVerb(apposed[2]!)) forms.push(`${apposed[1]} ${form.slice(apposed[0].length)}`);
  }
  return forms;
}

/**
 * How many words open the clause as a long title before a name, which the clause reader leaves out
 * ("Assistant Superintendent of Curriculum and Instruction John Davis will serve …" told as "John
 * Davis will serve …", titled-subjects.ts): the capitalized run before its last two words, when the
 * run is a title's (at least four words, a title word among them). 0 otherwise.
 */
function titleBeforeName(clause: string): number {
  const words = clause.split(/\s+/);
  let run = 0;
  while (run < words.length && (/^\p{Lu}/u.test(words[run]!) || /^(?:of|and|the|for)$/.test(words[run]!))) run++;
  return run >= 4 && words.slice(0, run).some((w) => isTitleWord(w)) ? run - 2 : 0;
}

/** Is `words` (lower-cased, space-separated) a whole main clause of a sentence of the article? */
export function isRestatedSentence(words: string, articleText: string, most: number): boolean {
  const note = words.split(' ').filter(Boolean);
  if (!note.length || note.length > most || REPORTS_CLAUSE.test(words) || !mainVerbFirst(words)) return false;
  return articleText
    .split(/\n+/)
    .flatMap((line) => splitSentences(line))
    .some((sentence) =>
      mainClauses(sentence).some((cased) => {
        const main = lowerWords(cased);
        const article = main.split(' ').filter(Boolean);
        if (retold(article, 0, note, main)) return true;
        // The long title before a name left out, the name and the rest whole.
        const title = titleBeforeName(cased);
        if (title && retold(article, title, note, main)) return true;
        // "He remains in custody." told as "the man remains in custody": the pronoun named, the rest whole.
        if (!/^(?:he|she|they|it)$/.test(article[0] ?? '')) return false;
        for (let j = 1; j <= SUBJECT_WORDS && j < note.length; j++) if (retold(article, 1, note.slice(j), main)) return true;
        return false;
      }),
    );
}

/** "Thanks to everyone who sent photos": a line whose first verb sits in a relative clause has no main clause to restate. */
function mainVerbFirst(words: string): boolean {
  const tokens = tagged(words);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const relative = tokens.findIndex((t) => /^(?:who|whom|whose|which|that)$/.test(t.lower));
  return verb >= 0 && (relative < 0 || verb < relative);
}
