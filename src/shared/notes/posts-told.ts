/**
 * The last reading of a title note, whichever reader found the post: "misstated <person>'s title.
 * <Surname> is <right post>, not <wrong post>". A dozen readers find the post put right, each from its
 * own sentence shape, and each left the post as its shape printed it — capitals of a title before a name
 * kept where the note no longer sets it before the name ("the Chief Product Officer …, not the Chief
 * technology Officer", "an Offensive coordinator"), a firm before the post kept bare ("Roesch is
 * Netography chief executive officer") or dropped ("Collopy is the manager", of what?), or the body the
 * post is at taken for its holder ("misstated Paris Baguette North America's title"). So the told
 * phrase is read once more here, at its phrase boundaries, against the new line:
 *
 * - who: a holder that is the body the post is at (or no person) is the person the post is set beside
 *   ("Tipton, CEO of Paris Baguette North America") — or the phrase is left as it came;
 * - the posts' words in AP style for a title not directly before a name: post words lower case, a
 *   capital between two post words the post's own ("Chief Product Officer"), a capital that only opened
 *   the sentence and that the article never prints capitalized inside a sentence lower case when it
 *   reads as a describing word or a person noun ("Offensive coordinator"); the body a post is at
 *   ("Bureau of Meteorology", "Maricopa County") and a firm's name kept;
 * - the owner: a firm or body printed before the post is told as the post's owner ("Netography's chief
 *   executive officer, not its chief technology officer", "a Bureau of Meteorology manager, not its
 *   director").
 */
import nlp from 'compromise';
import { postLike } from './both-titles';
import { isBodyKind } from './described-bodies';
import { isKnownWord } from './known-words';
import {
  escapeRegExp,
  isAcronym,
  isOrgWord,
  isPostNoun,
  isSentenceStarter,
  isTitleWord,
  isJurisdiction,
  looksLikeOrganization,
  nameRuns,
  personName,
  TITLE_ABBREVIATIONS,
} from './names';
import { heldByOne } from './sole-posts';
import { indefiniteArticle, withArticle } from './same-person-title';
import { fill } from './style';
import { FULL_MONTHS } from '../text/dates';
import { WEEKDAY_NAME } from './weekdays';

/** The told form: "misstated Ada Lind's title. Lind is the …, not …" (a name ending in s takes "Ross'"). */
const TOLD = /^misstated (.+?)((?:['’]s|['’])) title\. ((?:\p{Lu}[\p{L}'’.-]*\s){1,5})(is|was) (.+?), not (.+?)$/u;
/** An article or an owner's word opening a told post. */
const OPENER = /^(?:the|a|an|its|his|her|their)$/i;
/** Words that join a body's name: "Bureau of Meteorology", "Parks and Recreation". */
const JOINER = /^(?:of|and|for|on|the|&)$/;
/** Posts a firm or a board has one of, besides a chief's ("chief executive officer", sole-posts.ts). */
const OWNED_BY_ONE = /^(?:president|chair|chairman|chairwoman|chairperson|treasurer|secretary|founder|owner|publisher)$/i;

const capital = (w: string) => /^\p{Lu}/u.test(w);
/** A word whose capitals are its own: an acronym, "EncompaaS", "McKinsey", "Netography's". */
const ownCapitals = (w: string) => isAcronym(w) || /^\p{Lu}.*\p{Lu}/u.test(w.replace(/['’]s$/u, '')) || /['’]s$/u.test(w);
const bare = (w: string) => w.replace(/[.,;:]$/u, '');

/** True when the article prints the word with its capital inside a sentence, after a lower-case word or a comma. */
export function capitalizedInside(word: string, article: string): boolean {
  return new RegExp(`[\\p{Ll},;]\\s+["“']?${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(article);
}

/**
 * True when a capital before a post only opened its sentence: the article never prints the word with
 * a capital inside a sentence, and read alone in lower case it is a describing word or a noun for a
 * person ("offensive", "wicketkeeper"), never a name the tagger cannot place ("netography").
 */
export function capitalOnlyOpens(word: string, article: string): boolean {
  if (capitalizedInside(word, article)) return false;
  const tags = (nlp(word.toLowerCase()).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  return tags.includes('Adjective') || tags.includes('Actor');
}

/**
 * A run of capitals after a post's "of" that is a field, not a place or a body, when the other post
 * prints its field in lower case: ordinary words all
 * ("Human Resources", "Curriculum and Instruction"), none the tagger reads as a place, a body or a
 * person ("of Springfield", "of New York", "of Acme Corp").
 */
function isField(run: string[], of: string | undefined, post: string | undefined): boolean {
  return of === 'of' && !!post && postLike(bare(post)) && namesAField(run);
}

/** A firm's closing word: "Acme Corp", "Orvale Baking Group". */
const FIRM_END = /^(?:inc|corp|co|ltd|llc|plc|company|corporation|group)\.?$/i;

/**
 * Capitals that name a field of work, not a place, a firm or a body: ordinary words all ("Student
 * Services", "Curriculum and Instruction"), none a body's kind or a firm's closing word, and none the
 * tagger, reading them in lower case, takes for a place, a body or a person.
 */
export function namesAField(words: string[]): boolean {
  const text = words.join(' ');
  if (!words.length || words.some((w) => isBodyKind(w) || FIRM_END.test(w))) return false;
  if (!words.filter((w) => !JOINER.test(w)).every((w) => isKnownWord(w))) return false;
  // (Read in lower case: the tagger takes any run of capitals for a body.)
  return !nlp(text.toLowerCase()).has('(#Place|#Organization|#Person)');
}

/**
 * A post's words as running text prints them. Runs of capitals are read whole: a run holding a body's
 * kind or a county is a name, kept up to its last such word; in any other run, post words are lowered
 * and so is a capital between two of them.
 */
export function postInWords(words: string[], article: string, fieldsLowered = false): string[] {
  const out = [...words];
  const served = words.findIndex((w) => /^(?:to|for|of|at|with|in)$/.test(w));
  for (let i = 0; i < words.length;) {
    if (!capital(words[i]!) || ownCapitals(words[i]!)) {
      // ("a ceo of …": a lowered abbreviation is spelled out.)
      const spelled = /^\p{Ll}+$/u.test(words[i]!) && words[i]!.length <= 4 ? TITLE_ABBREVIATIONS[words[i]!] : undefined;
      if (spelled && !spelled.includes('.')) out[i] = spelled;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < words.length && (capital(words[end]!) || (JOINER.test(words[end]!) && capital(words[end + 1] ?? '')))) end++;
    const run = words.slice(i, end).map(bare);
    // The name in the run ends at its last body word ("Bureau of Meteorology", "Maricopa County").
    const named = run.findLastIndex((w, k) => isBodyKind(w) || (isJurisdiction(w) && k > 0 && !postLike(run[k - 1]!)));
    // (Post words are a title's only in a run that ends on one — "Dublin Fire Brigade" is a body's name —
    // and before the post's first preposition: "an aide to the Finance Minister" keeps the office it serves.
    // A field's word after a body's name is the body's, "Kelder County Roads director"; with no body
    // named it is the post's, "agriculture officer".)
    const post = (w: string) => isTitleWord(w) || isPostNoun(w) || (named < 0 && postLike(w));
    const title = post(run.at(-1)!) && (served < 0 || i < served);
    const posts = run.map((w, k) => k > named && title && post(w));
    // ("assistant superintendent of Human Resources": ordinary words after a post's "of" are its field.)
    if (fieldsLowered && named < 0 && isField(run, words[i - 1], words[i - 2])) {
      run.forEach((w, k) => (out[i + k] = ownCapitals(words[i + k]!) ? words[i + k]! : words[i + k]!.toLowerCase()));
      i = end;
      continue;
    }
    run.forEach((w, k) => {
      const at = i + k;
      if (k <= named || ownCapitals(words[at]!)) return;
      const between = posts.slice(0, k).some(Boolean) && posts.slice(k + 1).some(Boolean);
      const opens = k === 0 && i === 0 && !posts[k] && postLike(words[at + 1] ?? '') && capitalOnlyOpens(w, article);
      if (posts[k] || between || opens) out[at] = words[at]!.toLowerCase();
    });
    i = end;
  }
  return out;
}

/** The told post split from its opening article or owner word. */
function split(post: string): [string, string[]] {
  const words = post.split(/\s+/);
  return OPENER.test(words[0]!) ? [words[0]!, words.slice(1)] : ['', words];
}

/**
 * "Bureau of Meteorology manager Matt Collopy": the capitals the new line prints right before the
 * post's words, when they are a body's or a firm's name and not a post of their own.
 */
function ownerBefore(newer: string, post: string[]): { owner: string; body: boolean } | null {
  const tokens = newer.split(/\s+/).map((w) => w.replace(/^["“(]/u, ''));
  const first = post[0]!.toLowerCase();
  for (let at = 1; at < tokens.length; at++) {
    if (tokens[at]!.toLowerCase() !== first) continue;
    if (!post.every((w, k) => bare(tokens[at + k] ?? '').toLowerCase() === w.toLowerCase())) continue;
    let from = at;
    // (Back over the capitals to a mark: "…, Friday, Bureau of Meteorology manager".)
    const joined = (k: number) => !/[,;:.!?]$/u.test(tokens[k] ?? ',');
    while (
      from > 0 &&
      joined(from - 1) &&
      (capital(tokens[from - 1]!) || (JOINER.test(tokens[from - 1]!) && capital(tokens[from - 2] ?? '') && joined(from - 2)))
    )
      from--;
    const owner = tokens.slice(from, at);
    if (!owner.length) continue;
    // (A sentence's opening word is no owner; the post must stand right before its holder's name.)
    // ("Late Sunday County Auditor …": a day or a month is no owner.)
    if ((from === 0 && owner.length === 1) || !capital(tokens[at + post.length] ?? '')) continue;
    if (owner.some((w) => WEEKDAY_NAME.test(w) || FULL_MONTHS.includes(w) || (w === owner[0] && from === 0 && isSentenceStarter(w))))
      continue;
    // (Only a body's or a firm's name: "Tempe police detective" is a place's, told as printed.)
    const named = owner.join(' ');
    // (A name joined by "of" is an institution's shape: "Bureau of Meteorology", "University of Leeds".)
    const body = owner.some((w) => isBodyKind(w) || isOrgWord(w)) || owner.includes('of') || looksLikeOrganization(named);
    // (Or a name of two capitals or more that the tagger reads as no place, no person: "Just Voices"
    // — kept with the post, though no "its" is said of it, since it may be a city's.)
    const named2 =
      owner.length >= 2 &&
      !nlp(tokens.slice(Math.max(0, from - 1), at + post.length + 2).join(' '))
        .match(named)
        .has('(#Place|#Person)');
    // (A post word in the run makes it a title, "Deputy Director"; a field such as "Water" does not.)
    if (owner.some((w) => isTitleWord(bare(w)) || isPostNoun(bare(w))) || !(body || named2)) continue;
    return { owner: named, body };
  }
  return null;
}

/** The person a post is set beside in the line: "Tipton, CEO of …" gives "Tipton". */
function holderBeside(newer: string, body: string): string {
  const runs = nameRuns(newer).filter((r) => !body.includes(r.text) && !looksLikeOrganization(r.text) && personName(r.text));
  // (The run right before ", CEO of …": a comma, then a post word.)
  const beside = runs.find((r) => postLike(bare(/^,\s+(\S+)/u.exec(newer.slice(r.end))?.[1] ?? '')));
  return beside ? personName(beside.text) : '';
}

/**
 * The title phrase read once more, as the module's comment says; any phrase of another form, or one
 * whose person cannot be read, is returned as it came.
 */
export function postsTold(phrase: string, newer: string, article: string, surnameOf: (name: string) => string): string {
  const m = TOLD.exec(phrase);
  if (!m) return phrase;
  const [, told, possessiveTold, surnameTold, verb, right, wrongPrinted] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  let [name, possessive, surname, wrong] = [told, possessiveTold, surnameTold.trim(), wrongPrinted];
  // Who: the body the post is at is no holder.
  if (looksLikeOrganization(name) || right.includes(name)) {
    const holder = holderBeside(newer, name);
    if (!holder) return phrase;
    name = holder;
    possessive = fill("{name}'s", { name }).slice(name.length);
    surname = surnameOf(holder);
  }
  // "Dr Lessard": the honorific a doctorate gives is no post; "Lessard is a doctor" reads as a physician.
  const honorific = new RegExp(`\\bDr\\.?\\s+(?:\\p{Lu}\\S*\\s+)?${escapeRegExp(surname)}\\b`, 'u');
  if (/^(?:a |the )?doctor$/u.test(right) && /^(?:a |an |the )?\p{Ll}+\.?$/u.test(wrong) && honorific.test(newer)) {
    const post = wrong.replace(/^(?:a|an|the) /u, '').replace(/\.$/u, '');
    return `misstated ${name}${possessive} title. It is Dr. ${surname}, not ${post.charAt(0).toUpperCase()}${post.slice(1)} ${surname}${/\.$/u.test(wrong) ? '.' : ''}`;
  }
  const wrongStop = /\.$/u.test(wrong) ? '.' : '';
  wrong = wrong.replace(/\.$/u, '');
  let [rightArticle, rightWords] = split(right);
  let [wrongArticle, wrongWords] = split(wrong);
  // (A field after "of" the other post prints in lower case is lowered in this one too: "of curriculum
  // and instruction, not … of Human Resources"; a firm's name after "of" is kept, "owner of Sky Cave Retreats".)
  const lowField = (words: string[]) => /\bof \p{Ll}/u.test(words.join(' '));
  const rightTold = postInWords(rightWords, article, lowField(wrongWords)).join(' ').split(' ');
  const wrongTold = postInWords(wrongWords, article, lowField(rightWords)).join(' ').split(' ');
  // An abbreviation spelled out changes the post's article ("a ceo" → "the chief executive officer").
  const articleOf = (told: string[]) => withArticle(told.slice(0, told.indexOf('of') >>> 0).join(' ')).split(' ')[0]!;
  if (/^an?$/i.test(rightArticle) && rightTold.length > rightWords.length) rightArticle = articleOf(rightTold);
  if (/^an?$/i.test(wrongArticle) && wrongTold.length > wrongWords.length) wrongArticle = articleOf(wrongTold);
  rightWords = rightTold;
  wrongWords = wrongTold;
  // The owner printed before the post: kept bare ("Netography chief executive officer") or dropped.
  // (A possessive is an owner told already: "Roe's finance director".)
  const bareOwner =
    !rightArticle && capital(rightWords[0]!) && !/['’]s$/u.test(rightWords[0]!) && !postLike(bare(rightWords[0]!))
      ? rightWords.findIndex((w) => postLike(bare(w)))
      : -1;
  let owner = '';
  let its = true;
  if (bareOwner > 0) {
    owner = rightWords.slice(0, bareOwner).join(' ');
    rightWords = rightWords.slice(bareOwner);
  } else if (rightArticle && !/\b(?:of|for|at|with)\b/.test(rightWords.join(' ')) && !rightWords.some(capital)) {
    const found = ownerBefore(newer, rightWords);
    if (found && !phrase.includes(found.owner)) ({ owner, body: its } = found);
  }
  let rightText = [rightArticle, ...rightWords].filter(Boolean).join(' ');
  let wrongText = [wrongArticle, ...wrongWords].filter(Boolean).join(' ');
  if (owner) {
    const post = rightWords.join(' ');
    // (A body has many managers and directors but one chief executive, one president: "a Bureau of
    // Meteorology manager", "Netography's chief executive officer".)
    const sole = heldByOne(post) || OWNED_BY_ONE.test(post);
    const possessive = owner.split(' ').length === 1 && !isBodyKind(owner);
    rightText = sole
      ? possessive
        ? `${owner}'s ${post}`
        : `the ${owner} ${post}`
      : `${indefiniteArticle(owner.split(' ')[0]!)} ${owner} ${post}`;
    // ("not its director": the body's one director; "a CHP officer, not a sergeant", one of many.)
    const wrongPost = wrongWords.join(' ');
    if (its && !/^(?:its|his|her|their)$/i.test(wrongArticle) && withArticle(wrongPost).startsWith('the ')) wrongText = `its ${wrongPost}`;
  }
  return `misstated ${name}${possessive} title. ${surname} ${verb} ${rightText}, not ${wrongText}${wrongStop}`;
}
