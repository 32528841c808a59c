/**
 * A post told whole. When one word of a title is put right ("deputy" → "assistant" in "the city's
 * deputy commissioner for public works"), the right title is the post the person holds, not the
 * word: "The correct title is assistant commissioner for public works", never "… is assistant."
 * The post runs from the changed words through the noun that heads it ("commissioner") and the
 * "of" or "for" phrase that says which one ("for public works", "of athletics").
 */
import { escapeRegExp, isPostNoun, isTitleWord } from './names';

/** Words that end a post's run of words: what comes next is no part of the title. */
const STOP =
  /^(?:said|says|told|who|whom|whose|which|that|and|or|but|at|in|on|since|until|when|with|from|by|to|as|is|was|has|had|will|would|the|a|an|his|her|its|their)$/i;

/** A word the noun phrase of a post is made of: lowercase, no function word. */
const postWord = (w: string) => /^[\p{Ll}-]+$/u.test(w) && !STOP.test(w) && !/^(?:of|for)$/.test(w);

/** A word that heads a post: "commissioner", "director", "chief". */
export const headsPost = (w: string) =>
  isPostNoun(w) || (isTitleWord(w) && /^\p{Ll}/u.test(w) && !/^(?:former|acting|interim|senior)$/.test(w));

/**
 * The post holding `changed` in `sentence`, whole — "assistant commissioner for public works" —
 * or '' when the words after the change reach no noun that heads a post.
 */
export function wholePost(sentence: string, changed: string): string {
  if (!/^[\p{Ll}-]+(?:\s+[\p{Ll}-]+)*$/u.test(changed)) return '';
  const m = new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(changed)}(?![\\p{L}'’-])`, 'u').exec(sentence);
  if (!m) return '';
  const lead = sentence.slice(0, m.index).trimEnd().split(/\s+/);
  const rest = sentence
    .slice(m.index + changed.length)
    .split(/\s+/)
    .filter(Boolean);
  // The noun phrase: the changed words and up to three lowercase words after them, to the last
  // one that heads a post ("deputy athletic director").
  const bare = (w: string) => w.replace(/[,.;:]+$/, '');
  const phrase = changed.split(/\s+/);
  let k = 0;
  let end = headsPost(phrase.at(-1)!) ? 0 : -1;
  while (k < rest.length && k < 3 && postWord(bare(rest[k]!))) {
    if (headsPost(bare(rest[k]!))) end = k + 1;
    if (bare(rest[k]!) !== rest[k]) break;
    k++;
  }
  if (end < 0) return '';
  const words = [...phrase, ...rest.slice(0, end).map(bare)];
  // A rank printed before the changed words belongs to the post: "senior deputy director".
  let before = lead.length;
  while (before > 0 && /^\p{Ll}+$/u.test(lead[before - 1]!) && isTitleWord(lead[before - 1]!) && lead[before - 1] !== 'former') before--;
  words.unshift(...lead.slice(before));
  // "for public works", "of athletics": which one, up to four lowercase words, ending where the
  // sentence or the clause does, never on "and".
  const tail = rest.slice(end);
  const said = /^(?:said|says|who|since|until|when|at|in)$/;
  if (end === 0 || !/[,.;:]$/.test(rest[end - 1]!)) {
    if (/^(?:of|for)$/.test(tail[0] ?? '')) {
      const which: string[] = [];
      for (const w of tail.slice(1, 5)) {
        const word = bare(w);
        if (!/^[\p{Ll}-]+$/u.test(word) || (STOP.test(word) && word !== 'and')) break;
        which.push(word);
        if (word !== w) break;
      }
      while (which.at(-1) === 'and') which.pop();
      const next = tail[which.length + 1];
      const closes = which.length > 0 && (/[,.;:]$/.test(tail[which.length] ?? '') || next === undefined || said.test(bare(next ?? '')));
      if (closes && !/^(?:the|a|an)$/.test(which[0]!)) words.push(tail[0]!, ...which);
    }
  }
  return words.join(' ');
}
