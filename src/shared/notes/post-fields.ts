/**
 * A post's field put right: "Foreign Minister Avi Dorren" → "Defence Minister Avi Dorren",
 * "Ana Cruz, the trade minister," → "the energy minister", "the former shadow transport
 * secretary" → "the former shadow housing secretary". The post's head stays ("minister"); the field
 * before it names which ministry, which is the whole of the post. The note gives both posts whole,
 * as AP does: "misstated Avi Dorren's title. Dorren is defence minister, not foreign minister" —
 * never the bare head ("The correct title is minister"), which tells the reader nothing.
 */
import { retitledPerson } from './retitled-person';
import { isPortfolio, isPortfolioLink } from './portfolios';
import { isPostQualifier } from './title-qualifiers';
import { titleInWords } from './names';
import { plainText } from './sentences';

export interface FieldPutRight {
  /** The person, as both versions name them. */
  name: string;
  /** The post as it is now, whole and in running text: "defence minister". */
  right: string;
  /** The post as it was printed before, in the same words: "foreign minister". */
  wrong: string;
  /** The post is one the person held before ("former", "ex-", "then-"): told in the past. */
  former: boolean;
}

/** "former", "ex-", "then-": the post was held before; the note tells it with "was". */
const FORMER = /^(?:former|ex|then|onetime|one-time|erstwhile)$/i;

/** A post in running text: fields and qualifiers lower case ("defence minister"), a body's name kept. */
function inWords(title: string): string {
  return titleInWords(title)
    .split(' ')
    .map((w) => (isPortfolio(w) || isPortfolioLink(w) || isPostQualifier(w) ? w.toLowerCase() : w))
    .join(' ');
}

/**
 * The person and both posts when the edit changed only the field (or the rank qualifying it) of one
 * person's post, its head kept; null otherwise — an employer, a rank alone or another post is left to
 * the title readers (retitled-person.ts, describe.ts), and a post the article now tells them taking
 * is news, not an error.
 */
export function postFieldPutRight(older: string, newer: string, oldArticle: string, newArticle: string): FieldPutRight | null {
  const found = retitledPerson(older, newer, oldArticle, newArticle);
  if (!found || found.promoted) return null;
  const right = inWords(found.right).split(' ');
  const wrong = inWords(found.wrong).split(' ');
  const low = (words: string[]) => words.map((w) => w.toLowerCase().replace(/^(?:ex|then)-/, ''));
  const [r, w] = [low(right), low(wrong)];
  // The head of the post stays: "minister" both times.
  if (r.at(-1) !== w.at(-1)) return null;
  const changed = [...r.filter((x) => !w.includes(x)), ...w.filter((x) => !r.includes(x))];
  // At least one field changed, and nothing but fields and their qualifiers: "Acme spokesman" →
  // "Globex spokesman" is an employer, told by the employer reader.
  if (!changed.some(isPortfolio) || !changed.every((x) => isPortfolio(x) || isPortfolioLink(x) || isPostQualifier(x))) return null;
  // ("former Deputy Prime Minister Boris Nemtsov": "former" stands before the title's capitals, in its clause.)
  const at = plainText(newer).indexOf(found.name);
  const lead = at > 0 ? plainText(newer).slice(0, at).split(/[,;:]/).at(-1)! : '';
  const former =
    [...right, ...wrong].some((x) => FORMER.test(x) || /^(?:ex|then)-/i.test(x)) ||
    /\b(?:[Ff]ormer|[Ee]x-|[Tt]hen-|[Oo]netime)\s*(?:\p{Lu}\S*\s+)+$/u.test(lead);
  // ("the former shadow housing secretary": "was shadow housing secretary", the "former" told by the verb.)
  const post = (words: string[]) =>
    words
      .filter((x) => !FORMER.test(x))
      .map((x) => x.replace(/^(?:ex|then)-/i, ''))
      .join(' ');
  // ("Verizon chief information officer, not chief technology officer": the body both posts are at is said once.)
  let shared = 0;
  while (shared < wrong.length - 1 && wrong[shared] === right[shared] && /^\p{Lu}/u.test(wrong[shared]!)) shared++;
  return { name: found.name, right: post(right), wrong: post(wrong.slice(shared)), former };
}

/** "misstated Avi Dorren's title. Dorren is defence minister, not foreign minister" ("was" for a former post). */
export function fieldPhrase(fix: FieldPutRight, surname: string): string {
  return `misstated ${fix.name}'s title. ${surname} ${fix.former ? 'was' : 'is'} ${fix.right}, not ${fix.wrong}`;
}
