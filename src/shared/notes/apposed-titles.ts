/**
 * A person's job set after the name as an appositive, the job put right and the employer kept:
 * "Lena Ortiz, Acme product manager and co-author of the paper," → "Acme data scientist", "Lena
 * Ortiz, a Brightline product manager," → "a Brightline data scientist". The changed words are the
 * person's title, not a description of the firm before them, so the note tells the title: "Ortiz is
 * an Acme data scientist, not a product manager" — never "incorrectly described Acme".
 */
import { familyOrLastName } from './family-first-names';
import { changedSpan } from './changed-span';
import { isPostNoun, isTitleWord, looksLikeOrganization, personName } from './names';
import { heldByOne } from './sole-posts';
import { fill } from './style';

/** Words and the marks that bound an appositive. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[,;:"“”‘()—–]/gu;
const MARK = /^[,;:"“”‘()—–]$/;
const ARTICLE = /^(?:the|a|an)$/i;
/** An employer's possessive before the job: "the company's", "Acme's". */
const POSSESSIVE = /['’]s?$/u;
/** What ends a title set after a name: a mark, "and" (a second role), a clause or a verb of saying. */
const ENDS = /^(?:[,;:"“”‘()—–]|and|or|who|which|that|said|says|told|at|for|of|in|with|is|was|has|had)$/i;
/** A noun for a person by the work they do: "manager", "scientist", "editor", "technician". */
const PERSON_NOUN = /^\p{Ll}+(?:er|or|ist|ian|ant|ent|man|woman|person|ee)$/u;

export interface ApposedTitle {
  name: string;
  right: string;
  wrong: string;
}

/** The person, the title now (with its employer) and before, when the edit changed a job after "Name,"; else null. */
export function apposedTitle(older: string, newer: string): ApposedTitle | null {
  const [o, n, p, s] = changedSpan(older, newer, TOKEN);
  const oldSpan = o.slice(p, o.length - s);
  const newSpan = n.slice(p, n.length - s);
  // (An article is no job word: "an engineer" → "a chemist" is a person misidentified, told by describe.ts.)
  const lower = (w: string) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !ENDS.test(w) && !ARTICLE.test(w);
  if (!oldSpan.length || !newSpan.length || oldSpan.length > 4 || newSpan.length > 4) return null;
  if (!oldSpan.every(lower) || !newSpan.every(lower)) return null;
  // Back from the change to the comma after the name: an article, the employer's capitals, shared job words.
  let comma = p - 1;
  while (comma >= 0 && p - comma <= 5 && n[comma] !== ',' && !MARK.test(n[comma]!) && !/^(?:said|and|who)$/i.test(n[comma]!)) comma--;
  if (comma < 2 || n[comma] !== ',') return null;
  const lead = n.slice(comma + 1, p);
  if (lead.some((w, i) => ARTICLE.test(w) && i > 0)) return null;
  // The name before the comma: two or three capitals (a sentence's opening adverb set aside: personName).
  let start = comma;
  while (start > 0 && comma - start < 4 && /^\p{Lu}/u.test(n[start - 1]!)) start--;
  const name = personName(n.slice(start, comma).join(' '));
  if (name.split(' ').length < 2 || name.split(' ').length > 3) return null;
  // On past the change over the job's shared words, to the appositive's end.
  let end = n.length - s;
  while (end < n.length && end - (n.length - s) < 3 && lower(n[end]!)) end++;
  if (end < n.length && !ENDS.test(n[end]!) && !/\.$/.test(n[end - 1] ?? '')) return null;
  // (A job "of"/"for"/"at" a body is told whole with its body by the readers of posts: posts-of-bodies.ts.)
  if (/^(?:of|for|at|in|with)$/i.test(n[end] ?? '')) return null;
  const tail = n.slice(n.length - s, end);
  // The job words both print before the change are the old job's too ("the company's chief
  // [financial] officer" was a chief financial officer); the article and the employer are not.
  const owner = lead.findLastIndex((w) => ARTICLE.test(w) || /^\p{Lu}/u.test(w) || POSSESSIVE.test(w));
  const jobLead = lead.slice(owner + 1);
  const rightJob = [...jobLead, ...newSpan, ...tail];
  const wrongJob = [...jobLead, ...oldSpan, ...tail];
  const head = (job: string[]) => job.at(-1)!.replace(/\.$/, '');
  const person = (w: string) => PERSON_NOUN.test(w) || isPostNoun(w) || isTitleWord(w);
  if (!person(head(rightJob)) || !person(head(wrongJob))) return null;
  const a = (w: string) => (/^[aeiou]/i.test(w) ? 'an' : 'a');
  const printed = [...lead.slice(0, owner + 1), ...rightJob].join(' ').replace(/\.$/, '');
  const body = lead.filter((w) => !ARTICLE.test(w));
  // ("Roe's finance director", never "a Roe's …": an owner's possessive is the job's article.)
  const right =
    ARTICLE.test(lead[0] ?? '') || POSSESSIVE.test(lead[0] ?? '')
      ? printed
      : `${heldByOne(rightJob.join(' ')) ? 'the' : a(body[0] ?? rightJob[0]!)} ${printed}`;
  // (The old job takes the article both versions print before it, "the deputy mayor"; bare, its own.)
  const printedArticle = ARTICLE.test(lead[0] ?? '') ? lead[0]!.toLowerCase() : '';
  // ("the company's chief operating officer, not its chief financial officer": the employer said once.)
  // "Its" only for a firm: "the company's", "Acme Corp.'s"; a name's possessive may be a person's ("Roe's campaign manager").
  const employer = lead.find((w) => POSSESSIVE.test(w));
  const firm = !!employer && (/^\p{Ll}/u.test(employer) || looksLikeOrganization(employer.replace(/['’]s?$/u, '')));
  const wrongArticle = employer
    ? firm
      ? 'its'
      : 'the'
    : printedArticle === 'the' || heldByOne(wrongJob.join(' '))
      ? 'the'
      : a(wrongJob[0]!);
  const wrong = `${wrongArticle} ${wrongJob.join(' ').replace(/\.$/, '')}`;
  return { name, right, wrong };
}

/** "misstated Lena Ortiz's title. Ortiz is an Acme data scientist, not a product manager". */
export function apposedTitlePhrase(found: ApposedTitle): string {
  return fill("misstated {name}'s title. {surname} is {right}, not {wrong}", { ...found, surname: familyOrLastName(found.name) });
}
