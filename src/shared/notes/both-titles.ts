/**
 * The wrong title told beside the right one. The title readers find the person and the right post,
 * and the general form they fall back on gave the right post alone ("misstated Dana Whitfield's
 * title. The correct title is city manager"), which never says what the story had called her. A
 * copy editor prints both, AP form: "Whitfield is the city manager, not the deputy mayor". The
 * wrong post is read from the old line at the place where the new line prints the right one (the
 * same words, with the edit undone), so it is told only when the old line printed it: a name that
 * changed with its title is another person (other-official.ts), never a title put right.
 */
import { changedSpan, TITLE_TOKEN } from './changed-span';
import { isBodyKind } from './described-bodies';
import { officeBeforeRank } from './office-ranks';
import { escapeRegExp, isAcronym, isJurisdiction, isPostNoun, isSentenceStarter, isTitleWord, titleInWords } from './names';
import { FULL_MONTHS } from '../text/dates';
import { PARTY } from './person-words';
import { isPeoplesAdjective } from './proper-adjectives';
import { WEEKDAY_NAME } from './weekdays';
import { fieldsAfterOf, isPortfolio, isPortfolioLink } from './portfolios';
import { isPostQualifier } from './title-qualifiers';
import { aRole } from './roles-beside-names';
import { withArticle as postWithArticle } from './same-person-title';

/** The fallback's form, as the default house style fills it. */
const CORRECT_TITLE = /^misstated (.+?)(?:['’]s|['’]) title\. The correct title is (.+?)\.?$/u;
/** Marks that end a title: a comma, a colon, a bracket, a quotation mark, a stop. */
const MARK = /^[^\p{L}\p{N}]+$/u;
/** The words before a post that make it "the" post ("the", an owner's possessive) or one of many ("a"). */
const DEFINITE = /^(?:the|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)$/iu;
const INDEFINITE = /^(?:a|an)$/i;
/** "of the House Rules Committee", "with the Conservancy": the body a post is at, told after the right post. */
const BODY_LINK = /^(?:of|for|at|with)$/i;

const fold = (w: string) => w.toLowerCase().replace(/’/g, "'");
/** The line's last word without the sentence's stop ("Committee."); an abbreviation ("Co.", "Jr.") keeps its point. */
const unstop = (w: string) => (/\p{Ll}{3}\.$/u.test(w) && !isTitleWord(w) ? w.slice(0, -1) : w);
const unstopped = (tokens: string[]) => tokens.map((w, k) => (k === tokens.length - 1 ? unstop(w) : w));

export const postLike = (word: string) => {
  const bare = word.replace(/\.$/, '');
  return (
    isTitleWord(bare) || isPostNoun(bare) || isPortfolio(bare) || isPortfolioLink(bare) || isPostQualifier(bare) || isJurisdiction(bare)
  );
};

/**
 * A place's name before "County" or "City": a capital that is no post, article or possessive — nor a
 * day, a month, a party, a people's adjective or a sentence's opening word ("Republican County
 * Commissioner", "Late Sunday County Attorney" name no county).
 */
const placeBefore = (word: string) =>
  /^\p{Lu}\p{Ll}+$/u.test(word) &&
  !postLike(word) &&
  !DEFINITE.test(word) &&
  !INDEFINITE.test(word) &&
  !isBodyKind(word) &&
  !WEEKDAY_NAME.test(word) &&
  !FULL_MONTHS.includes(word) &&
  !PARTY.test(word) &&
  !isPeoplesAdjective(word, '') &&
  !isSentenceStarter(word);

/**
 * One printed word of a title as running text reads it: a post word lower case ("County
 * Executive" → "county executive"), an acronym or a name kept ("Ottawa correspondent", "Labour MP").
 * A capital inside a title printed in capitals before a name, right before its post word, is the
 * post's own ("Corvale Harbor Press Secretary" → "press secretary"); the run's first word may be a
 * firm's name ("Acme Chief Product Officer") and is kept.
 */
function wordInWords(word: string, next = '', first = true): string {
  const spelled = titleInWords(word);
  if (spelled !== word.toLowerCase() || isAcronym(word)) return spelled;
  const inside = !first && /^\p{Lu}/u.test(next) && !isAcronym(next) && postLike(next);
  // ("Commission Chairman" → "commission chairman": a body named by its kind alone is no name to keep.)
  const kindOnly = isBodyKind(word) && postLike(next);
  return postLike(word) || inside || kindOnly || !/^\p{Lu}/u.test(word) ? word.toLowerCase() : word;
}

/** The words of a title in running text, each read beside the word after it. */
export function inWords(printed: string[], runStart: boolean): string[] {
  // ("Meteorologist in Charge" → "meteorologist in charge": what an "in" joins to a post is the post's.)
  return printed.map((w, k) => (printed[k - 1] === 'in' && k > 1 ? w.toLowerCase() : wordInWords(w, printed[k + 1], k === 0 && runStart)));
}

/**
 * The article a post takes: as the line printed it ("a senior fellow", "the Vatican's secretary of
 * state" → "the"), else as the post reads (same-person-title.ts: "the city manager", "a deputy chief").
 */
function withArticle(post: string, printedBefore: string | undefined): string {
  if (printedBefore && INDEFINITE.test(printedBefore)) return aRole(post);
  if (printedBefore && DEFINITE.test(printedBefore)) return `the ${post}`;
  return postWithArticle(post);
}

export interface BothTitles {
  /** The right post with its article: "the city manager", "the ranking member of the House Rules Committee". */
  right: string;
  /** The wrong post with its article: "the deputy mayor", "its chair". */
  wrong: string;
  /** "former" put in, the post otherwise the same: the right post alone tells it. */
  formerAdded: boolean;
}

/**
 * The right post and the one the old line printed in its place, each with its article, or null when
 * the old line's post cannot be read from the same place (the name changed too, the post was reworded
 * past the edit).
 */
export function bothTitles(right: string, older: string, newer: string): BothTitles | null {
  const [o, n, p, s] = changedSpan(older, newer, TITLE_TOKEN).map((t) => (Array.isArray(t) ? unstopped(t) : t)) as [
    string[],
    string[],
    number,
    number,
  ];
  const delta = n.length - o.length;
  const words = right.split(/\s+/).map(fold);
  // Where the new line prints the right post: the same words, read as running text reads them.
  let at = -1;
  for (let i = 0; i + words.length <= n.length && at < 0; i++)
    // (The post may end its sentence mid-line: "… the county's public health officer. It is …".)
    if (words.every((w, k) => [n[i + k]!, unstop(n[i + k]!)].some((t) => fold(wordInWords(t)) === w || fold(t) === w))) at = i;
  let wrong: string[];
  let end: number;
  let oldAt = at;
  // ("Maricopa County sheriff": the place a county or city post is of, printed before it in both lines, is the post's.)
  if (at > 0 && isJurisdiction(n[at]!) && /^\p{Lu}\p{Ll}+$/u.test(n[at]!) && placeBefore(n[at - 1]!) && o[at - 1] === n[at - 1]) {
    right = [n[at - 1]!, n[at]!, ...right.split(/\s+/).slice(1)].join(' ');
    words.splice(0, 1, fold(n[at - 1]!), fold(n[at]!));
    at--;
  }
  if (at >= 0) {
    end = at + words.length;
    // The edit lies wholly inside the post, in both lines.
    // (An article put right with the post, "the director" → "a researcher", is no part of it.)
    const articlesOnly = [...n.slice(p, at), ...o.slice(p, at)].every((w) => DEFINITE.test(w) || INDEFINITE.test(w));
    if ((at > p && !articlesOnly) || end < n.length - s || end - delta <= at) return null;
    let printed = o.slice(at, end - delta);
    // ("head of …" in place of "a spokesman for …": the old post's own article is no part of it.)
    if (printed.length > 1 && INDEFINITE.test(printed[0]!) && !INDEFINITE.test(n[at]!)) {
      printed = printed.slice(1);
      oldAt = at + 1;
    }
    if (printed.some((w) => MARK.test(w))) return null;
    const told = inWords(printed, !/^\p{Lu}/u.test(o[oldAt - 1] ?? ''));
    wrong = printed.map((w, j) => {
      // A word the right post shares is written as the right post writes it ("Corvale Harbor").
      const k = n.slice(at, end).indexOf(w);
      return k >= 0 ? right.split(/\s+/)[k]! : told[j]!;
    });
  } else {
    // "Police Asst. Chief" → "assistant police chief": the post reordered in words; the changed words
    // put back where the right post has them.
    const changedNew = n.slice(p, n.length - s);
    const changedOld = o.slice(p, o.length - s);
    if (!changedNew.length || !changedOld.length || [...changedNew, ...changedOld].some((w) => MARK.test(w))) return null;
    const told = inWords(changedNew, false).join(' ');
    const index = ` ${right} `.toLowerCase().indexOf(` ${told.toLowerCase()} `);
    if (index < 0) return null;
    const swapped = `${right.slice(0, index)}${inWords(changedOld, false).join(' ')}${right.slice(index + told.length)}`;
    wrong = swapped.split(/\s+/);
    at = p;
    end = n.length - s;
    oldAt = p;
  }
  // ("Maverick is a deputy, not a sergeant": the office a rank serves in is no part of it: office-ranks.ts.)
  const office = officeBeforeRank(right.split(/\s+/), wrong);
  if (office) {
    right = right.split(/\s+/).slice(office).join(' ');
    wrong = wrong.slice(office);
    at += office;
    oldAt += office;
  }
  // ("minister of mines and steel development": a field after "of", lower case: portfolios.ts.)
  wrong = fieldsAfterOf(wrong);
  right = fieldsAfterOf(right.split(/\s+/)).join(' ');
  const wrongText = wrong.join(' ');
  if (!wrongText || fold(wrongText) === fold(right) || wrong.length > 8) return null;
  let rightText = right;
  let wrongTold = withArticle(wrongText, o[oldAt - 1]);
  // "the ranking member of the House Rules Committee, not its chair": the body both posts are at,
  // said once, with the capitals it is printed with.
  const body = bodyAfter(n, end);
  if (body && !/\b(?:of|for|at)\b/.test(right) && bodyAfter(o, end - delta) === body) {
    rightText = `${right} ${body}`;
    wrongTold = `its ${wrongText}`;
  }
  // "a senior fellow at the Pell Institute, not the chair of the Pell Institute": the shared body
  // once ("not its chair"); a shared field too ("the assistant commissioner for parks and
  // recreation, not the deputy commissioner").
  const object = /\s(?:of|for|at|in|with)\s(.+)$/u.exec(rightText)?.[1];
  const shared = object ? new RegExp(`\\s(?:of|for|at|in|with)\\s${escapeRegExp(object)}$`).exec(wrongText) : null;
  if (object && shared && shared.index > 0) {
    const post = wrongText.slice(0, shared.index).trim();
    wrongTold = /^the \p{Lu}/u.test(object) ? `its ${post}` : withArticle(post, o[oldAt - 1]);
  }
  return { right: withArticle(rightText, n[at - 1]), wrong: wrongTold, formerAdded: fold(right) === `former ${fold(wrongText)}` };
}

/** "of the House Rules Committee", "of Stackline" after a post: a preposition, "the" and a run of capitals. */
function bodyAfter(tokens: string[], from: number): string {
  if (!BODY_LINK.test(tokens[from] ?? '')) return '';
  // ("of Stackline": a firm's name takes no "the".)
  const start = tokens[from + 1] === 'the' ? from + 2 : from + 1;
  let end = start;
  while (
    end < tokens.length &&
    (/^\p{Lu}/u.test(tokens[end]!) || (/^(?:of|and|on|for)$/.test(tokens[end]!) && /^\p{Lu}/u.test(tokens[end + 1] ?? '')))
  )
    end++;
  return end > start ? tokens.slice(from, end).join(' ') : '';
}

/**
 * "misstated Dana Whitfield's title. The correct title is city manager" → "… Whitfield is the city
 * manager, not the deputy mayor"; any other phrase, or a post the old line did not print at the same
 * place, is returned as it came.
 */
export function tellBothTitles(phrase: string, older: string, newer: string, surname: (name: string) => string): string {
  const m = CORRECT_TITLE.exec(phrase);
  if (!m) return phrase;
  const [, name, right] = m as unknown as [string, string, string];
  // ("major general, not brigadier general": the wrong post already told.)
  if (/[,;]/.test(right)) return phrase;
  const found = bothTitles(right, older, newer);
  if (!found) return phrase;
  const head = phrase.slice(0, phrase.indexOf(' The correct title is '));
  // "former" put in: the post was the person's before; the right one alone says so.
  if (found.formerAdded) return `${head} ${surname(name)} is ${found.right}`;
  return `${head} ${surname(name)} is ${found.right}, not ${found.wrong}`;
}
