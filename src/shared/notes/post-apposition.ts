/**
 * Where a post stands beside a name, by the apposition that sets it there — `POST NAME` (a run before
 * the name), `NAME, POST (of BODY)`, `POST (of BODY), NAME`, `NAME is/was/became POST` — never by
 * distance: the post phrase read forward from its article, the run of post words read back from the
 * name, and the body after the post's link ("the Chamber of Deputies", "Brigade 23").
 */
import { isPostWord } from './names';
import { printedTokens } from './topics';
import {
  BODY_LINK,
  HONORIFIC,
  MODIFIER,
  NAME_JOIN,
  OPENING,
  PREFIX_HELD_BEFORE,
  SETS_POST,
  headsPost,
  modifier,
  wordy,
} from './post-words';
import type { Token } from './post-words';
import { WEEKDAY_NAME } from './weekdays';

/** Where the name's words stand in the tokens: [start, end), or null. */
export function nameAt(tokens: Token[], name: string): [number, number] | null {
  // (Printed as the sentence prints them: "Hans-Dieter" is three tokens.)
  const fold = (text: string) => text.replace(/’/g, "'");
  for (let k = 0; k < tokens.length; k++)
    for (let m = 1; m <= name.split(' ').length * 3 && k + m <= tokens.length; m++)
      if (fold(printedTokens(tokens.slice(k, k + m))) === fold(name)) return [k, k + m];
  return null;
}

/**
 * The body after a post's link, from `k` (the token after "of"): an article or owner, then a run of
 * modifiers and capitals, joined inside a name by "of", "for", "and" between capitals. The end, or
 * `k` when no body stands there.
 */
function bodyEnd(tokens: Token[], k: number): number {
  let j = k;
  if (OPENING.test(tokens[j]?.text ?? '')) j++;
  let end = j;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (modifier(t) && !/^(?:-|–)$/.test(t.text)) end = ++j;
    else if (/^(?:-|–)$/.test(t.text) && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) j++;
    // ("of educational leadership and policy": a lowercase field joined by "and" is one body.)
    else if (
      t.pos === 'CCONJ' &&
      end === j &&
      j > k &&
      /^\p{Ll}/u.test(tokens[j - 1]!.text) &&
      /^\p{Ll}/u.test(tokens[j + 1]?.text ?? '') &&
      ['NOUN', 'ADJ'].includes(tokens[j + 1]?.pos ?? '')
    )
      j++;
    else if (/^['’]s?$/.test(t.text) && end === j && j > k) j++;
    // (A day after the join is the sentence's time, no body's word: "Commissioner of Police on Sunday".)
    else if (
      NAME_JOIN.test(t.text) &&
      /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') &&
      /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') &&
      !WEEKDAY_NAME.test(tokens[j + 1]!.text)
    )
      j++;
    else if (NAME_JOIN.test(t.text) && /^(?:the)$/i.test(tokens[j + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[j + 2]?.text ?? '')) j++;
    else break;
  }
  // (A body that is only its article, "of the" before "$184 billion …", is none: "the head of the" cut.)
  return end > k && !(end === k + 1 && OPENING.test(tokens[k]!.text)) ? end : k;
}

/**
 * The post phrase read forward from `k`: an opening article or owner, modifiers (an age compound
 * left out), its head, and the body after its link. [start, end, head] or null.
 */
export function postAfter(tokens: Token[], k: number, sentence: string): { start: number; end: number; head: number } | null {
  let j = k;
  if (OPENING.test(tokens[j]?.text ?? '') || (tokens[j]?.pos === 'PROPN' && /^['’]s$/.test(tokens[j + 1]?.text ?? ''))) {
    j += tokens[j + 1]?.text.match(/^['’]s$/) ? 2 : 1;
    // ("the board's interim treasurer": an owner's possessive after the article.)
    if (['NOUN', 'PROPN'].includes(tokens[j]?.pos ?? '') && /^['’]s$/.test(tokens[j + 1]?.text ?? '')) j += 2;
  }
  let head = -1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (modifier(t)) {
      if (wordy(t) && (['NOUN', 'PROPN'].includes(t.pos) || /^\p{Lu}{2,}$/u.test(t.text))) head = j;
      j++;
      // ("an energy and climate scholar": "and" between a post's modifiers; never after a post,
      // "Faculty Senate president and assistant professor" holds two.)
    } else if (t.pos === 'CCONJ' && head >= 0 && modifier(tokens[j + 1]) && !headsPost(tokens[j - 1]!.text, sentence)) j++;
    else break;
  }
  if (head < 0 || head !== j - 1 || !headsPost(tokens[head]!.text, sentence)) return null;
  let end = j;
  if (BODY_LINK.test(tokens[j]?.text ?? '')) {
    const body = bodyEnd(tokens, j + 1);
    if (body > j + 1) end = body;
  }
  return { start: k, end, head };
}
/** The run of post words right before `k` ("CSIRO chief scientist Dr"): its start, or `k` when none. */
function runBefore(tokens: Token[], k: number, sentence: string): number {
  let j = k;
  const capital = (t: Token | undefined) => /^\p{Lu}/u.test(t?.text ?? '');
  const postWord = (t: Token | undefined) => !!t && isPostWord(t.text.toLowerCase());
  while (j > 0) {
    const t = tokens[j - 1]!;
    const inCapitals = capital(t) && capital(tokens[j]) && !['DET', 'ADP', 'PRON', 'CCONJ', 'AUX'].includes(t.pos);
    // ("Bureau of Meteorology manager": an "of" inside a body's capitals; "officer of health": the
    // field after a post's head.)
    const join =
      (/^(?:of|for)$/.test(t.text) && capital(tokens[j]) && capital(tokens[j - 2])) ||
      (/^(?:of|for)$/.test(t.text) && j - 2 >= 0 && wordy(tokens[j]) && headsPost(tokens[j - 2]!.text, sentence));
    // ("Minister for Business, Enterprise and Innovation": "and" and a comma between a body's capitals,
    // never before a post, "TD and Minister", nor the comma that sets the name beside the post.)
    const listed =
      /^(?:and|&|,)$/.test(t.text) && (j < k || t.text !== ',') && capital(tokens[j]) && capital(tokens[j - 2]) && !postWord(tokens[j]);
    // ("vice-captain": a hyphen inside a post's word.)
    // ("43-year-old farmer": an age's number hyphened on is read with the run, and told() cuts the age.)
    const hyphened =
      /^(?:-|–)$/.test(t.text) &&
      !t.space &&
      !tokens[j]?.space &&
      wordy(tokens[j]) &&
      (wordy(tokens[j - 2]) || tokens[j - 2]?.pos === 'NUM');
    const aged = t.pos === 'NUM' && /^(?:-|–)$/.test(tokens[j]?.text ?? '') && !tokens[j]!.space;
    if (!join && !listed && !hyphened && !aged && (!wordy(t) || (!MODIFIER.has(t.pos) && !inCapitals))) break;
    j--;
  }
  // (A comma joins only inside a body after the post's link, "Minister for Business, Enterprise and …";
  // "early Friday, Bureau of Meteorology manager" opens after it.)
  const comma = tokens.slice(j, k).findIndex((t) => t.text === ',');
  if (comma >= 0 && !tokens.slice(j, j + comma).some((t) => BODY_LINK.test(t.text)))
    j += tokens.slice(j, k).findLastIndex((t) => t.text === ',') + 1;
  // ("police spokeswoman Sergeant": a role in lower case, then a rank's capitals, are two posts; the rank is the one before the name.)
  for (let m = k - 1; m > j; m--)
    if (
      /^\p{Lu}/u.test(tokens[m]!.text) &&
      /^\p{Ll}/u.test(tokens[m - 1]!.text) &&
      headsPost(tokens[m - 1]!.text, sentence) &&
      !BODY_LINK.test(tokens[m - 1]!.text)
    ) {
      j = m;
      break;
    }
  // ("former Maricopa County Sheriff": a post no longer held is not told by "former"; "then-CEO",
  // "ex-CFO": the prefix's hyphen goes with it, never "-chief executive officer".)
  while (
    j < k &&
    (/^(?:former|then|late|ex|newly|recently|appointed)$/i.test(tokens[j]!.text) ||
      (j > 0 && /^[-‑–]$/.test(tokens[j]!.text) && PREFIX_HELD_BEFORE.test(tokens[j - 1]!.text)))
  )
    j++;
  // ("in-form striker": a run opening on a compound's hyphen has lost the compound's first word, "in";
  // the compound describes the player and is no part of the post, so its tail, "-form", goes too.)
  // (Only after a function word, "in", "well": "co-founder" keeps its "co" when the tagger reads it a noun.)
  if (
    j + 2 < k &&
    /^[-‑–]$/.test(tokens[j]!.text) &&
    !tokens[j]!.space &&
    wordy(tokens[j + 1]) &&
    ['ADP', 'ADV', 'PART', 'DET', 'SCONJ'].includes(tokens[j - 1]?.pos ?? '')
  )
    j += 2;
  return j;
}

/**
 * Is the run a post? Its last word holds one ("chief scientist"), or the word before its body's link
 * does ("medical officer of health", "Minister for Justice and Equality").
 */
function headedRun(tokens: Token[], start: number, end: number, sentence: string): boolean {
  if (headsPost(tokens[end - 1]!.text, sentence)) return true;
  for (let j = start + 1; j < end - 1; j++) if (BODY_LINK.test(tokens[j]!.text)) return headsPost(tokens[j - 1]!.text, sentence);
  return false;
}

interface Found {
  start: number;
  end: number;
  /** The post is printed as a title set before a name (capitals read as running text reads them). */
  titled: boolean;
}

/** The post phrase beside `name` in the tokens, by each apposition shape, or null. */
export function postBeside(tokens: Token[], at: [number, number], sentence: string): Found[] {
  const found: Found[] = [];
  const [ns, ne] = at;
  // POST NAME: the run of post words right before the name.
  let k = ns;
  while (k > 0 && HONORIFIC.test(tokens[k - 1]!.text) && /^\p{Lu}/u.test(tokens[k - 1]!.text)) k--;
  const run = runBefore(tokens, k, sentence);
  if (run < k && headedRun(tokens, run, k, sentence)) found.push({ start: run, end: k, titled: true });
  // POST (of BODY), NAME: a post before the comma that sets the name beside it.
  if (tokens[ns - 1]?.text === ',') {
    const first = runBefore(tokens, ns - 1, sentence);
    if (first < ns - 1 && headedRun(tokens, first, ns - 1, sentence)) found.push({ start: first, end: ns - 1, titled: true });
  }
  // NAME, POST (of BODY) — and NAME is/was/became POST, NAME, sworn in as POST.
  let j = ne;
  if (tokens[j]?.text === ',') j++;
  const open = j;
  while (j < tokens.length && j - open < 4 && SETS_POST.test(tokens[j]!.text) && !OPENING.test(tokens[j]!.text)) j++;
  if (
    j === open ||
    /^as$/i.test(tokens[j - 1]!.text) ||
    /^(?:is|was|became|becomes)$/i.test(tokens[j - 1]!.text) ||
    tokens[ne]?.text === ','
  ) {
    const post = postAfter(tokens, j, sentence);
    if (post && (j > open || tokens[ne]?.text === ',')) found.push({ start: post.start, end: post.end, titled: false });
  }
  return found;
}
