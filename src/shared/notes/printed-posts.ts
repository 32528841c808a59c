/**
 * A post put right before a person's name, told from the post as each version prints it, whole.
 * The title readers each cut the post from their own sentence shape, and on unseen copy the cut
 * garbled the right fact: "The correct title is minister" (Punjab's information minister, not its law
 * minister: the changed word was the ministry), "The correct title is executive" (executive chairman,
 * not chief executive), "Rivera is the president Luis Guillermo" (a name split as a title), "the
 * national public health Service director". This reader takes the run of nouns, adjectives and proper
 * nouns that stands right before the name in each version (wink-nlp's tags, read in the sentence), so
 * the post comes with its body or ministry; a shared owner opening both posts ("Punjab", "National
 * Public Health Service") is told once, with the right post; the article is the one the post takes
 * ("the information minister", "a parliament member"); the capitals are read as running text reads
 * a post (both-titles.ts); and the holder is named, on the second sentence, as the article names them
 * on second reference — the full name when the article never names them short.
 */
import nlp from 'compromise';
import { inWords, postLike } from './both-titles';
import { isBodyKind } from './described-bodies';
import { familyNameOf } from './family-first-names';
import { escapeRegExp, isJurisdiction, isPostWord, isTitleWord, nameRuns, personName, shortName } from './names';
import { lastWordIsSurname, surnameOf } from './name-parts';
import { withArticle } from './same-person-title';
import { tagged } from './topics';

/** What a post before a name is made of: nouns and their modifiers, proper nouns (a body, a place). */
const POST_PART = new Set(['NOUN', 'PROPN', 'ADJ']);

/** "misstated Azma Bokhari's title. …": the heading of a title fix and the person it names. */
const TITLE_HEAD = /^misstated (.+?)(?:['’]s|['’]) title\./u;

interface PrintedPost {
  /** The post's words as printed: "Punjab", "Information", "Minister". */
  words: string[];
  /** The post opens the sentence: its first capital may be only the sentence's. */
  opens: boolean;
}

/** The words standing right before `name` in `sentence` that make a post, or null. */
export function postPrintedBefore(sentence: string, name: string): PrintedPost | null {
  const at = sentence.search(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u'));
  if (at <= 0) return null;
  const before = sentence.slice(0, at);
  // (A mark right before the name ends any post: "…, said Tom Ames" holds none.)
  if (/[^\p{L}\p{N}\s.]\s*$/u.test(before)) return null;
  const tokens = tagged(before);
  const words: string[] = [];
  let k = tokens.length - 1;
  for (; k >= 0; k--) {
    const t = tokens[k]!;
    if (!/^[\p{L}][\p{L}.'’-]*$/u.test(t.text)) break;
    // (Inside a run of capitals any word is the post's: "Chief Operating Officer", whose "Operating" tags as a verb.)
    const inCapitals =
      /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(words[0] ?? '') && !['DET', 'ADP', 'PRON', 'CCONJ', 'AUX'].includes(t.pos);
    if (!POST_PART.has(t.pos) && !inCapitals) break;
    words.unshift(t.text);
  }
  // ("Minister of Mines and Steel Development": a run cut at its "of" or "and" is longer than read here.)
  if (k > 0 && /^(?:of|and|&|for)$/i.test(tokens[k]!.text) && /^\p{Lu}/u.test(tokens[k - 1]!.text)) return null;
  // ("former Maricopa County Sheriff": a post no longer held is told by the verb, not by "former".)
  while (words.length && /^(?:former|then|late|ex)$/i.test(words[0]!)) words.shift();
  // ("CSIRO chief scientist Dr Keith Bannister": an honorific before the name is no part of the post.)
  while (words.length > 1 && /^(?:Dr|Mr|Mrs|Ms|Prof)\.?$/.test(words.at(-1)!)) words.pop();
  if (!words.length || words.length > 7) return null;
  // A word the post opens on must stand in the text as printed (the tagger's tokens keep its spelling).
  if (!before.trimEnd().endsWith(words.at(-1)!)) return null;
  return { words, opens: k < 0 };
}

/**
 * The title fix told from both printed posts: "misstated Azma Bokhari's title. Azma Bokhari is the
 * Punjab information minister, not the law minister", or the phrase as it came when either version
 * prints no post before the name, or the posts are the same words.
 */
export function printedPostsTold(phrase: string, older: string, newer: string, article: string): string {
  const head = TITLE_HEAD.exec(phrase);
  if (!head) return phrase;
  let name = personName(head[1]!);
  if (!name || name.split(' ').length < 2) return phrase;
  const [was, now] = [postPrintedBefore(older, name), postPrintedBefore(newer, name)];
  if (!was || !now) return phrase;
  // ("Vice President Luis Guillermo Solis Rivera": capitals that hold no post, right before the name in
  // both versions, are the name's own — the person is "Luis Guillermo Solis Rivera", never "president Luis".)
  while (
    was.words.length > 1 &&
    now.words.length > 1 &&
    was.words.at(-1) === now.words.at(-1) &&
    /^\p{Lu}\p{Ll}+$/u.test(now.words.at(-1)!) &&
    !postLike(now.words.at(-1)!)
  ) {
    name = `${now.words.at(-1)} ${name}`;
    was.words.pop();
    now.words.pop();
  }
  const fold = (ws: string[]) => ws.map((w) => w.toLowerCase()).join(' ');
  if (fold(was.words) === fold(now.words)) return phrase;
  // The owner both posts open on, told once with the right post, as printed: "Punjab" in "Punjab Law
  // Minister", "National Public Health Service" before "deputy director", "Pittsburgh rookie".
  // (Up to a post's own words: "Maricopa" of "Maricopa County Sheriff", whose "County" is the post's.)
  let shared = 0;
  while (
    shared < Math.min(was.words.length, now.words.length) - 1 &&
    was.words[shared] === now.words[shared] &&
    !isTitleWord(was.words[shared]!) &&
    !isJurisdiction(was.words[shared]!)
  )
    shared++;
  // (A body's name, capitals up to its kind, is the owner whole: "National Public Health Service".)
  const body = now.words.findIndex((w, k) => k < was.words.length - 1 && k < now.words.length - 1 && isBodyKind(w));
  if (body >= 0 && now.words.slice(0, body + 1).every((w, k) => /^\p{Lu}/u.test(w) && was.words[k] === w)) shared = body + 1;
  const owner = shared > 0 && /^\p{Lu}/u.test(was.words[0]!) ? now.words.slice(0, shared) : [];
  // The rest as running text reads a post: "Information Minister" → "information minister"; with no
  // owner before it, a firm's name opening the run keeps its capitals (both-titles.ts).
  // ("Solicitor General" put right to "Attorney General": the words in one slot are of one kind, so a
  // first word beside a post word in the other version is the post's too, no firm's name.)
  const slotIsPost = owner.length === 0 && [was, now].some((p) => isTitleWord(p.words[0]!));
  const tail = (post: PrintedPost) => inWords(post.words.slice(owner.length), owner.length === 0 && !slotIsPost).join(' ');
  // ("the Maricopa County sheriff": a county or city after the place it is keeps its capital with it.)
  const placed = (told: string) =>
    owner.length && isJurisdiction(now.words[owner.length]!) ? told.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : told;
  const right = [...owner, placed(tail(now))].join(' ');
  const wrong = tail(was);
  if (!tail(now) || !wrong || tail(now) === wrong) return phrase;
  // A post printed as a formal title before the name, every word capitalized mid-sentence ("Vice
  // President", "Solicitor General"), is the one office of its kind: "the"; else the article the post takes.
  const formal = (post: PrintedPost) => !post.opens && post.words.every((w) => /^\p{Lu}/u.test(w));
  const [rightTold, wrongTold] = [formal(now) ? `the ${right}` : withArticle(right), formal(was) ? `the ${wrong}` : withArticle(wrong)];
  // ("the director, not a deputy director": a post under the same head as the right one is the same office's.)
  const sameHead = right.split(' ').at(-1) === wrong.split(' ').at(-1);
  const wrongArticled = sameHead && rightTold.startsWith('the ') ? `the ${wrong}` : wrongTold;
  const again = secondReference(name, article);
  const verb = /\bwas (?:the|an?) /.test(phrase.slice(head[0].length)) ? 'was' : 'is';
  const told = `misstated ${name}'s title. ${again} ${verb} ${rightTold}, not ${wrongArticled}`;
  return garbled(phrase, head[1]!, name) ? told : phrase;
}

/** "X is the city manager, not the deputy mayor": the told posts of a title fix. */
const BOTH_TOLD = /\. \S.*? (?:is|was) (?:the |an? |its )?(.+?), not (?:the |an? |its )?(.+)$/u;

/**
 * The phrase as the older readers told it fails the printed posts: it gives the right post alone
 * ("The correct title is minister"), names the holder by part of a longer name ("Solis Rivera" of
 * "Luis Guillermo Solis Rivera"), or prints a capital the post printed otherwise ("a Solicitor
 * general" of "Solicitor General", "the national public health Service director"). A phrase that
 * tells both posts as printed stands.
 */
function garbled(phrase: string, toldName: string, name: string): boolean {
  // (A phrase telling both posts stands, its capitals left to posts-told.ts: its articles for ranks hold.)
  return !BOTH_TOLD.test(phrase) || name !== personName(toldName);
}

/**
 * Words put right inside the post before a person's name that the readers told as a description or a
 * word ("incorrectly described Pittsburgh" for "Pittsburgh rookie defensive end T.J. Watt" →
 * "linebacker"): a player's position, like any post before the name, is the person's title, told
 * whole from both printed posts. '' when no person's printed post holds the changed words in both versions.
 */
export function postBeforeNamePutRight(older: string, newer: string, before: string, after: string, article: string): string {
  if (!before || !after) return '';
  for (const run of nameRuns(newer)) {
    const name = personName(run.text);
    if (!name || name.split(' ').length < 2 || !older.includes(name)) continue;
    const [was, now] = [postPrintedBefore(older, name), postPrintedBefore(newer, name)];
    const holds = (post: PrintedPost | null, words: string) => !!post && ` ${post.words.join(' ')} `.includes(` ${words} `);
    if (!holds(was, before) || !holds(now, after)) continue;
    const told = printedPostsTold(`misstated ${name}'s title.`, older, newer, article);
    if (told !== `misstated ${name}'s title.`) return told;
  }
  return '';
}

/**
 * The holder as the article names them again — AP names no one in full twice: the surname, unless a
 * name of three words or more has a last word neither the article nor compromise reads as a
 * surname (name-parts.ts): then the name whole ("Chew Gek Khim", never "Khim"); nor by a surname
 * another person of the article shares ("T.J. Watt" beside his brother "J.J. Watt"). A family name
 * printed first, the one the article uses alone ("Li" of "Li Ning"), is that name.
 */
export function secondReference(name: string, article: string): string {
  const short = shortName(name, article);
  const words = name.split(' ');
  const namesake = nameRuns(article).some((r) => {
    const other = personName(r.text);
    // ("Longtime Arpaio" opening a sentence: a common word before the surname names no namesake.)
    if (nlp(other.split(' ')[0]!.toLowerCase()).has('#Adjective')) return false;
    // (A run that holds the name whole, a body's words before it, "Campus Safety Mark Welker", is the same person.)
    return other !== name && !other.endsWith(` ${name}`) && other.split(' ').length > 1 && other.split(' ').at(-1) === words.at(-1);
  });
  const elsewhere = article.replaceAll(name, '');
  // (Mid-sentence only: a given name opening a sentence may be any capital, "Will", "Mark".)
  // (Alone, not a given name another person shares: "Ngozi Ebere" in a squad list is no "Ngozi" said alone.)
  const alone = (word: string) => new RegExp(`(?<=[\\p{Ll},;:“"] )${escapeRegExp(word)}(?![\\p{L}\\p{M}]| \\p{Lu})`, 'u').test(elsewhere);
  // (Never a given name compromise knows: "Peter" of "Peter Kimani" is no family name.)
  const family = /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && !nlp(words[0]!).has('#FirstName') && !words.some((w) => isPostWord(w));
  if (words.length === 2 && !namesake && family && alone(words[0]!) && !alone(words[1]!)) return words[0]!;
  // ("Lee Jin-woo", "Lee Jae Myung": a name printed family name first, family-first-names.ts.)
  const familyFirst = familyNameOf(name, article);
  if (familyFirst) return familyFirst;
  // ("K K Shailaja": given names told by their initials leave the surname last.)
  const initials = words.slice(0, -1).every((w) => /^\p{Lu}\.?$/u.test(w));
  return !namesake && (words.length < 3 || initials || lastWordIsSurname(words, article)) ? surnameOf(words, short) : name;
}
