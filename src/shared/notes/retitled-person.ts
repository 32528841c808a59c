/**
 * One person, named the same, given another title: "said White House Press Secretary Ana Cruz" →
 * "said White House Chief of Staff Ana Cruz", "Gen. Bo Kim, the army chief of staff," → "Gen. Bo
 * Kim, the chairman of the Joint Chiefs of Staff,". The words quoted and the person quoting them
 * stayed; only the post was wrong. A copy chief tells it as the title put right ("misstated Ana
 * Cruz's title. The correct title is White House chief of staff") — never as a quotation credited
 * to someone else, nor as new comments from them.
 *
 * Unless the article now tells the person took the new post, or left the old ("Cruz was sworn in as
 * chief of staff on Tuesday", "Cruz resigned", in a line the old version lacked): then the title was
 * right when printed and was brought up to date with the news, which the new line tells.
 */
import { familyOrLastName } from './family-first-names';
import { misattribution } from './attribution';
import { isKnownWord } from './known-words';
import { readEdit } from './edits';
import { editDistance, isAcronym, isPostNoun, isTitleWord, lastTitleIndex, titleInWords } from './names';
import { plainText } from './sentences';
import { changedSpan, TITLE_TOKEN } from './changed-span';
import { lowercaseTitleBeforeName } from './lowercase-title';
import { postMisread } from './post-words-misread';
import { LEFT_POST } from './post-tense';
import { isPortfolioLink } from './portfolios';

export interface RetitledPerson {
  /** The person, as both versions name them: "Ana Cruz". */
  name: string;
  /** The right title in running text: "White House chief of staff", "chairman of the Joint Chiefs of Staff". */
  right: string;
  /** The title printed before, as printed. */
  wrong: string;
  /** A line the new version added tells the person took the post: news, no error. */
  promoted: boolean;
}

const capital = (w: string) => /^\p{Lu}/u.test(w);
const bare = (w: string) => w.replace(/\.$/, '');
/** Who someone is to a story, not a post they hold: "a resident of Harwick" has no title to put right. */
const LAY = /^(?:witness|victim|suspect|survivor|resident|neighbor|friend|partner|winner|player|candidate|nominee)$/i;
/**
 * "harbor master", "ship's master": a post only after the word that says of what. The shared post
 * nouns (names.ts) leave it out, where "the old harbor master" must not read as a rank dropped.
 */
const MASTER = /^master$/i;
/** A word that holds a post: "Secretary", "chief", "chairman", "spokeswoman". */
const postWord = (w: string) =>
  isTitleWord(bare(w)) || isTitleWord(w) || MASTER.test(bare(w)) || (isPostNoun(bare(w)) && !LAY.test(bare(w)));
/** "the", "a", "an" or a possessive opening an appositive title: "the army chief of staff". */
const OPENER = /^(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}-]*['’]s)$/iu;
/** Took or left a post: the verbs a story tells a promotion, an appointment or a resignation with. */
let tookPost: RegExp | undefined;
/** (Built on first use: the leaving verbs' home, post-tense.ts, may load after this file.) */
const TOOK_POST = () =>
  (tookPost ??= new RegExp(
    String.raw`\b(?:named|appointed|promoted|sworn in|elected|took office|takes office|took over|takes over|became|becomes|succeed(?:s|ed)?|replac(?:es|ed)|confirmed as|nominated|tapped|elevated|installed|stepped up|was chosen|was selected|new role|new post|made permanent|permanent (?:job|post|role|position)|remove(?:d)? the (?:interim|acting) (?:label|tag|title)|${LEFT_POST.join('|')})\b`,
    'i',
  ));

/** The word that joins a post to the body it is at: "at", "of", "for". */
const LINK = /^(?:at|of|for)$/;

/** A rank put in or taken out changes the post: "Port Director" → "Deputy Port Director". */
const RANK = /^(?:deputy|assistant|asst\.?|vice|associate|acting|interim|under|lieutenant|junior|senior)$/i;

/**
 * The title put right that the other readers would tell wrong, or a promotion the news tells: the
 * same quotation credited by title to a "different" person (attribution.ts), the new title's own
 * words read as new material ("comments from Kim"), or a rank put in read as mere wording. An edit
 * the readers already tell as one fact (a rank "Brigadier" → "Major", an employer, "lawyer" →
 * "attorney" as restyling) is left to them (describe.ts), which word those with care.
 */
export function titleToTell(older: string, newer: string, oldArticle: string, newArticle: string): RetitledPerson | null {
  const found = retitledPerson(older, newer, oldArticle, newArticle);
  // (A post in lower case is told here only when the readers see no fact put right: lowercase-title.ts.)
  const lower = !!found && !!lowercaseTitle(...tokensAround(older, newer));
  if (lower && readEdit(older, newer).some((f) => f.type === 'corrected')) return null;
  if (!found || found.promoted || misattribution(older, newer)) return found;
  const findings = readEdit(older, newer);
  if (findings.some((f) => f.type === 'added' || f.type === 'removed') && findings.some((f) => f.type === 'corrected')) return found;
  // (The post's own words read as another fact, or as no fact: "Minister of Petroleum Resources" →
  // "of Mines and Steel Development" as a place, "research director" → "research scientist" as
  // rewording: the post is what was put right: post-words-misread.ts.)
  if (postMisread(findings, found)) return found;
  const words = (title: string) => title.toLowerCase().split(/\s+/);
  const shifted = [...words(found.wrong), ...words(found.right)].filter(
    (w) => RANK.test(w) && words(found.wrong).includes(w) !== words(found.right).includes(w),
  );
  // (A post printed in lower case reads as words added, "details on …": lowercase-title.ts.)
  if (lower) return found;
  // (A rank put in reads as mere wording, or as words added: "comments from Falk".)
  // (Words put in or taken out inside the post, "Parks and Recreation Director", read as new
  // material alike: "comments from Tully".)
  const wordsMoved = findings.some((f) => f.type === 'added' || f.type === 'removed');
  return !findings.some((f) => f.type === 'corrected') && (shifted.length || wordsMoved) ? found : null;
}

export function retitledPerson(older: string, newer: string, oldArticle: string, newArticle: string): RetitledPerson | null {
  const [o, n, p, s] = tokensAround(older, newer);
  const oldSpan = o.slice(p, o.length - s);
  const newSpan = n.slice(p, n.length - s);
  if (!(oldSpan.length + newSpan.length) || [...oldSpan, ...newSpan].some((w) => /^[,;:"()]$/.test(w))) return null;
  // "spokesman" → "spokeswoman" alone is the person's sex put right, not another post: the title
  // readers (describe.ts) tell it as they always have.
  if (
    oldSpan.length === 1 &&
    newSpan.length === 1 &&
    oldSpan[0]!.replace(/(?:wo)?m[ae]n|person/, '') === newSpan[0]!.replace(/(?:wo)?m[ae]n|person/, '')
  )
    return null;
  const found = titleBeforeName(o, n, p, s) ?? titleAfterName(o, n, p, s) ?? lowercaseTitle(o, n, p, s);
  if (!found || slipOnly(found.wrong, found.printed)) return null;
  const surname = bare(familyOrLastName(found.name, newArticle));
  // A line of the new version, not of the old, that names the person and tells them taking a post.
  const oldLines = new Set(splitLines(oldArticle));
  const newLines = splitLines(newArticle);
  const line = plainText(newer).trim();
  // (Or a line right after it that tells it of the person by pronoun: "… to remove the interim label and give him a contract.")
  const named = (text: string, k: number) =>
    new RegExp(`\\b${surname}\\b`).test(text) || (newLines[k - 1] === line && /\b(?:he|she|him|her|his)\b/i.test(text));
  // (A line that holds the edited one, run on from a headline, is the edited line: its own "appointed … as" is no news.)
  const promoted = newLines.some((text, k) => !oldLines.has(text) && !text.includes(line) && named(text, k) && TOOK_POST().test(text));
  return { name: found.name, right: found.right, wrong: found.wrong, promoted };
}

/**
 * The same title with a slip put right: a word doubled or misspelled, an apostrophe or "the"
 * dropped ("Sheriffs sergeant" → "Sheriff's sergeant"). The copy desk fixes it; readers get no note.
 */
function slipOnly(wrong: string, right: string): boolean {
  const words = (title: string) =>
    title
      .toLowerCase()
      .replace(/['’]/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w, i, all) => w && !/^(?:the|a|an)$/.test(w) && w !== all[i - 1]);
  const a = words(wrong);
  const b = words(right);
  if (a.join(' ') === b.join(' ')) return true;
  const changed = a.flatMap((w, i) => (w === b[i] ? [] : [[w, b[i] ?? ''] as const]));
  return (
    a.length === b.length &&
    changed.length === 1 &&
    editDistance(changed[0]![0], changed[0]![1]) <= 2 &&
    Math.min(changed[0]![0].length, changed[0]![1].length) >= 5
  );
}

function splitLines(text: string): string[] {
  return plainText(text)
    .split(/(?<=[.!?]["”]?)\s+|\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * "White House Press Secretary Ana Cruz": the title is the capitalized run before the name, the
 * name the capitalized words after its last post word, unchanged in both versions.
 */
/** What a finder reads: the person, the titles, and the right one as printed. */
type Found = Omit<RetitledPerson, 'promoted'> & { printed: string };

function titleBeforeName(o: string[], n: string[], p: number, s: number): Found | null {
  const runOf = (t: string[], from: number, to: number) => {
    let start = from;
    // Back over the title's capitals (and an "of" between two: "Chief of Staff").
    while (start > 0 && (capital(t[start - 1]!) || (/^(?:of|and)$/.test(t[start - 1]!) && start > 1 && capital(t[start - 2]!)))) start--;
    let end = to;
    // (On past a body the post is at, right after the post: "Meteorologist in Charge at NWS Shreveport Charlie Woodrum".)
    while (end < t.length && (capital(t[end]!) || (LINK.test(t[end]!) && postWord(t[end - 1] ?? '') && capital(t[end + 1] ?? '')))) end++;
    return { start, end };
  };
  // The change is all in the title's capitals ("Press Secretary" → "Chief of Staff", "Deputy" put in).
  // ("Parks and Recreation Director": an "and" between a field's capitals.)
  // ("Meteorologist in Charge", "Editor in Chief": an "in" between a post's capitals.)
  const inTitle = (w: string) => capital(w) || w === 'of' || w === 'and' || w === 'in';
  if (!o.slice(p, o.length - s).every(inTitle) || !n.slice(p, n.length - s).every(inTitle)) return null;
  const oldRun = runOf(o, p, o.length - s);
  const newRun = runOf(n, p, n.length - s);
  // The name: the run's words after the change, past the title's last post word ("Minister", "Director").
  const after = n.slice(n.length - s, newRun.end);
  // "Undersheriff Geoff Dean", "Minister Ana King": a surname that is also a post word closes the
  // name when a given name, no post word, stands right before it (names.ts).
  // ("Minister of Foreign Affairs Ron Hale": a field's own word after its "of" is the title's, not the name's.)
  let lastPost = lastTitleIndex(after, (w) => postWord(w) || isPortfolioLink(bare(w)), true);
  // (A body after the post, "at NWS Shreveport Charlie Woodrum": the name is the run's last two capitals, an initial between.)
  if (LINK.test(after[0] ?? '')) lastPost = Math.max(lastPost, after.length - (/^\p{Lu}\.$/u.test(after.at(-2) ?? '') ? 4 : 3));
  const surnameLikePost = lastPost < after.length - 1 && after.length > 0 && postWord(after.at(-1)!);
  const name = after.slice(lastPost + 1).map(bare);
  const given = surnameLikePost ? name.slice(0, -1) : name;
  if (name.length < 2 || name.length > 3 || !name.every(capital) || given.some(postWord)) return null;
  const newTitle = n.slice(newRun.start, newRun.end - name.length);
  const oldTitle = o.slice(oldRun.start, oldRun.end - name.length);
  if (!oldTitle.some(postWord) || !newTitle.some(postWord)) return null;
  // The sentence's first word opens it, not the title ("Transport Minister …" stays whole; "The …" is no title).
  if (/^(?:the|a|an)$/i.test(newTitle[0]!) || /^(?:the|a|an)$/i.test(oldTitle[0]!)) return null;
  return { name: name.join(' '), right: inWords(newTitle), wrong: oldTitle.join(' '), printed: newTitle.join(' ') };
}

/**
 * "Gen. Bo Kim, the army chief of staff,": a title set after the name between commas (or to the
 * sentence's end), the change wholly inside it.
 */
function titleAfterName(o: string[], n: string[], p: number, s: number): Found | null {
  const comma = n.lastIndexOf(',', p - 1);
  if (comma < 2 || n.slice(comma + 1, p).includes(',')) return null;
  // The name before the comma: capitalized words, a rank or honorific before them set aside.
  let start = comma;
  while (start > 0 && capital(n[start - 1]!) && comma - start < 5) start--;
  const name = n.slice(start, comma).filter((w) => !postWord(w) && !/\.$/.test(w));
  if (name.length < 2 || name.length > 3) return null;
  const endOf = (t: string[], from: number) => {
    let end = from;
    while (end < t.length && !/^[,;:"()]$/.test(t[end]!) && !/\.$/.test(t[end]!)) end++;
    return end < t.length && /\.$/.test(t[end]!) ? end + 1 : end;
  };
  const appositive = (t: string[], from: number) =>
    t.slice(comma + 1, endOf(t, from)).map((w, i, all) => (i === all.length - 1 ? bare(w) : w));
  // The change ends inside the title, in both versions.
  if (endOf(n, p) < n.length - s || endOf(o, p) < o.length - s) return null;
  const right = appositive(n, p);
  const wrong = appositive(o, p);
  // A title, not a clause: it opens on "the", "a" or an owner and holds a post word in both versions.
  const title = (t: string[]) => t.length >= 2 && OPENER.test(t[0]!) && t.some((w) => !capital(w) && postWord(w));
  if (!title(right) || !title(wrong)) return null;
  // ("the Vatican's secretary of state": the post, without the owner set before it.)
  const post = (t: string[]) => t.slice(/^(?:the|a|an)$/i.test(t[0]!) && /['’]s$/.test(t[1] ?? '') && t.length > 2 ? 2 : 1).join(' ');
  return { name: name.join(' '), right: post(right), wrong: post(wrong), printed: post(right) };
}

/**
 * A title before a name as running text reads it: post words lower case, a proper name inside it
 * ("White House", "Joint Chiefs") kept — two capitals together before the post are a name.
 */
function inWords(title: string[]): string {
  const words = titleInWords(title.join(' ')).split(' ');
  return words
    .map((w, i) => {
      const printed = title[i] ?? w;
      const paired = capital(printed) && !postWord(printed) && [title[i - 1], title[i + 1]].some((x) => !!x && capital(x) && !postWord(x));
      // ("Managing Editor" → "managing editor": a participle alone before its post word is the post's; "Acme", "Nigerian" are names.)
      const modifier =
        !paired && capital(printed) && /\p{Ll}ing$/u.test(printed) && postWord(title[i + 1] ?? '') && isKnownWord(printed.toLowerCase());
      // (A noun for a person's work, "Meteorologist", and what an "in" joins to it, "in Charge", are lower case too.)
      const post = (isPostNoun(bare(printed)) || title[i - 1] === 'in') && !isAcronym(printed);
      return paired ? printed : modifier || post ? printed.toLowerCase() : w;
    })
    .join(' ');
}

/** A post in lower case before a name, found as the title finders are (lowercase-title.ts), with what it printed. */
function lowercaseTitle(o: string[], n: string[], p: number, s: number): Found | null {
  const found = lowercaseTitleBeforeName(o, n, p, s);
  return found ? { ...found, printed: found.right } : null;
}

/** The tokens of both versions and the lengths of their common opening and ending. */
function tokensAround(older: string, newer: string): [string[], string[], number, number] {
  return changedSpan(older, newer, TITLE_TOKEN);
}
