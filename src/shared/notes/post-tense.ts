/**
 * The tense of a post put right follows the article. The title notes say "Bellew is the chief
 * operating officer, not …" — but a post the story prints as one the person no longer holds ("former
 * Maricopa County Sheriff Joe Arpaio", "the late Mayor …", "Peter Bellew, the company's chief
 * operating officer, had resigned", "… who stepped down Monday") is told in the past: "Arpaio was the
 * county sheriff, not the county attorney". Read from the new line at the place the post changed: a
 * "former" (or "ex-", "late", "then-") in the post's own run of words before the change, or a verb
 * of leaving the post whose subject is the person the post is set beside.
 */
import { changedSpan, TITLE_TOKEN } from './changed-span';
import { indefiniteArticle } from './same-person-title';

/** A word before a post that says the post was held before: "former", "ex-", "then-" ("late" only as "the late"). */
const HELD_BEFORE = /^(?:former|ex|erstwhile|onetime|one-time|ex-\S+|then-\S+)$/i;
/** Marks and words that end a post's run read backwards: a comma, a verb of saying, a clause word. */
const RUN_EDGE = /^(?:[,;:"()]|said|says|told|and|or|but|who|which|that|is|was|are|were|by|to|with|as)$/i;
/**
 * Leaving a post, as copy tells it: one list for the tense told here and the promotion reader
 * (retitled-person.ts). Only a leaving that names the post gone: "was forced" may be "forced to cut
 * staff", "departed" may be "departed for Paris".
 */
export const LEFT_POST: readonly string[] = [
  'resigned',
  'retired',
  'quit',
  'stepped down',
  'stepped aside',
  'left office',
  ...['fired', 'ousted', 'dismissed', 'sacked', 'removed', 'deposed', 'replaced', 'succeeded'].map((w) => `was ${w}`),
  ...['fired', 'ousted', 'dismissed', 'sacked', 'removed'].map((w) => `were ${w}`),
];
/** The holder gone: a post whose holder died is told in the past too. */
const GONE = ['died', 'was killed', 'were killed', ...LEFT_POST];
/** A line that opens on the dead it names ("Dead is 43-year-old farmer, Ann Roe", "Killed was …"). */
const OPENS_ON_DEAD = /^(?:dead|killed)$/i;
/** Words that end the dead's own phrase: a verb of saying, a second clause. */
const DEAD_PHRASE_EDGE = /^(?:said|says|told|and|;)$/i;

/**
 * Is the post changed at `p` (its new words to `end`) the dead's own, in the phrase right after "Dead
 * is"? Not past a verb of saying or a second clause, and not a post set before another name when the
 * dead was named before it: "Dead is a farmer, Ann Roe, county treasurer Bo Hale said" — Hale lives.
 */
function ofTheDead(n: string[], p: number, end: number): boolean {
  if (n.slice(2, p).some((w) => DEAD_PHRASE_EDGE.test(w))) return false;
  const namedBefore = n.slice(2, p).some((w) => /^\p{Lu}/u.test(w));
  let k = end;
  // (On over the post's own lowercase words, "county treasurer", never past a link: "farmer from Harwick".)
  while (k < n.length && k - end < 3 && /^\p{Ll}/u.test(n[k]!) && !/^(?:of|from|in|at|with|for|the|an?|said|says|told|and)$/.test(n[k]!))
    k++;
  return !(namedBefore && /^\p{Lu}/u.test(n[k] ?? ''));
}

/** Words between the person and the leaving verb: "who", "had", "has since", "abruptly". */
const BETWEEN = /^(?:who|had|has|have|since|just|recently|abruptly|suddenly|also|later|then|\p{Ll}+ly)$/iu;

/** True when the new line prints the post the edit put right as one its holder no longer holds. */
export function heldNoLonger(older: string, newer: string): boolean {
  const [, n, p, s] = changedSpan(older, newer, TITLE_TOKEN);
  if (OPENS_ON_DEAD.test(n[0] ?? '') && /^(?:is|are|was|were)$/i.test(n[1] ?? '') && ofTheDead(n, p, n.length - s)) return true;
  // Back over the post's own words, to where its run of words begins.
  for (let k = p - 1; k >= 0 && p - k <= 6 && !RUN_EDGE.test(n[k]!); k--)
    // ("Late Sunday County Attorney …": "late" of a time is no "the late".)
    if (HELD_BEFORE.test(n[k]!) || (/^late$/i.test(n[k]!) && /^the$/i.test(n[k - 1] ?? ''))) return true;
  // On past the post and the name it is set beside: to the appositive's comma, or the end of the name's capitals.
  const start = n.length - s;
  let k = start;
  while (k < n.length && k - start < 6 && n[k] !== ',' && !RUN_EDGE.test(n[k]!)) k++;
  if (n[k] === ',') k++;
  else {
    for (k = start; k < n.length && /^\p{Lu}/u.test(n[k]!);) k++;
    // (Past the body the name is "of": "Sgt. Ann Roe of the Harwick Sheriff's Office died Tuesday".)
    if (/^of$/i.test(n[k] ?? '') && /^(?:the|\p{Lu}.*)$/u.test(n[k + 1] ?? '')) {
      k += /^the$/i.test(n[k + 1]!) ? 2 : 1;
      while (k < n.length && /^\p{Lu}/u.test(n[k]!)) k++;
    }
  }
  while (k < n.length && BETWEEN.test(n[k]!)) k++;
  return GONE.some((phrase) => {
    const words = phrase.split(' ');
    return words.every((w, j) => (n[k + j] ?? '').toLowerCase() === w);
  });
}

/** "misstated X's title. Bellew is the …" → "… Bellew was the …" when the post is no longer held; else as it came. */
export function toldInTense(phrase: string, older: string, newer: string): string {
  if (!heldNoLonger(older, newer)) return phrase;
  // (A role that is no title is told "misidentified Ann Roe as a fisherman. Roe is a farmer": its tense too.)
  const past = phrase.replace(/^((?:misstated .+?title|misidentified .+? as [^.]+)\. (?:\p{Lu}[\p{L}'’.-]*\s){1,3})is /u, '$1was ');
  if (past === phrase) return phrase;
  // ("Hale was a county treasurer", never "was a former county treasurer": the tense says it once.)
  const told = past.indexOf(' was ');
  return (
    past.slice(0, told) +
    past
      .slice(told)
      // (The article agrees with the word now after it: "a former under secretary" → "an under secretary";
      // only the article of a word removed, so "not an FBI agent" stays.)
      .replace(
        /\b(?:an?) (?:(?:former|late|erstwhile|onetime|one-time) |ex-(?=\p{L}))(\S+)/giu,
        (_, w: string) => `${indefiniteArticle(w)} ${w}`,
      )
      .replace(/\b(?:former|late|erstwhile|onetime|one-time) /giu, '')
      .replace(/\bex-(?=\p{L})/giu, '')
  );
}
