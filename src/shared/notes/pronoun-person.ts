/**
 * A news clause told on its own in a note has no sentence before it: "an inquest into her death was
 * opened", "police identified him as Ada Moss" leave the reader asking who. The article says who:
 * the one person it names in full anywhere before (her death → Moss's death), or, for
 * "identified him as …" (where the name IS the news), the person it has described ("the gunman").
 * With two people in reach, or none described, the clause is left as it stands: a wrong name is
 * worse than a vague pronoun.
 */
import { looksLikeOrganization, nameRuns, personName, shortName } from './names';
import { NOT_A_PERSON, sentencesInReach } from './referents';
import { NAMES_PERSON } from './news-clause';
import { describedAgrees } from './pronoun-gender';

/** Nouns copy describes a person by before it names them: "the gunman", "the victim". */
export const DESCRIBED =
  /\b(?:[Tt]he|[Aa]n?)\s+((?:[\p{Ll}\d]+-year-old\s+|\p{Ll}+\s+)?(?:gunman|gunmen|shooter|attacker|assailant|suspect|victim|driver|man|woman|boy|girl|teenager|pilot|passenger|hiker|swimmer|cyclist|pedestrian|officer|student|worker|patient|inmate))\b/gu;

/** The one person named in full in `sentences` (by surname, as the article shortens it), or ''. */
export function onePerson(sentences: string[], articleText: string): string {
  const people = new Map<string, string>();
  for (const sentence of sentences)
    for (const run of nameRuns(sentence)) {
      const person = personName(run.text);
      if (!person || person.split(/\s+/).length < 2 || looksLikeOrganization(person) || NOT_A_PERSON.test(person)) continue;
      people.set(person.split(/\s+/).at(-1)!.toLowerCase(), person);
    }
  return people.size === 1 ? shortName([...people.values()][0]!, articleText) : '';
}

/**
 * The clause with its pronoun placed: "identified him as X" → "identified the gunman as X";
 * "an inquest into her death" → "an inquest into Moss's death". `before` is the article's text up
 * to the clause's sentence. Unchanged when the clause names its own person before the pronoun, or
 * the article does not say plainly who.
 */
export function placedPronoun(clause: string, before: string, articleText: string): string {
  const identified = /\b(identified|named)\s+(him|her)\s+as\s+\p{Lu}/u.exec(clause);
  const possessive = /\b(his|her)\s+(?=\p{Ll})/u.exec(clause);
  const m = identified ?? possessive;
  if (!m) return clause;
  const ahead = clause.slice(0, m.index);
  // "Ada Moss said her car …", "the driver lost his licence": the clause's own person.
  if (NAMES_PERSON.test(ahead) || nameRuns(ahead).some((r) => personName(r.text))) return clause;
  const reach = sentencesInReach(before);
  if (identified) {
    const described = [...reach.join(' ').matchAll(DESCRIBED)].at(-1)?.[1];
    return described ? clause.replace(`${m[2]} as`, `the ${described} as`) : clause;
  }
  // Only when the whole article before names one person: a quoted official in reach is no one's "her".
  const lines = before.split(/\n+/);
  const person = onePerson(lines, articleText);
  if (!person) return clause;
  // Nor when someone unnamed is in the story ("the woman", "a man"): "her death" may be hers. And
  // the article must call the person by the pronoun itself ("Moss … she said"): a fire chief
  // quoted by name is not the "her" of a death.
  // ("the body of a man" is never "her": pronoun-gender.ts.)
  if ([...before.matchAll(DESCRIBED)].some((d) => describedAgrees(d[1]!, m[1]!))) return clause;
  const own = m[1] === 'her' ? /\b(?:she|her|hers)\b/i : /\b(?:he|him|his)\b/i;
  const surname = person.split(/\s+/).at(-1)!;
  const sentences = lines.flatMap((line) => line.split(/(?<=[.!?]["”’]?)\s+/));
  const called = sentences.some((line, k) => line.includes(surname) && (own.test(line) || own.test(sentences[k + 1] ?? '')));
  return called ? `${clause.slice(0, m.index)}${person}'s ${clause.slice(m.index + m[0].length)}` : clause;
}
