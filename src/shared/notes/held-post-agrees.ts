/**
 * Does a title phrase another reader told agree with the post and holder the apposition gives
 * (held-posts.ts)? When it does, the reader's phrase is printed; when not, the structure's telling.
 */
import { escapeRegExp, isTitleWord } from './names';
import { secondOf } from './post-and-second';
import { split } from './post-body-shared';
import type { HeldPostFound } from './held-post-found';

/** A post's words to compare: lower case, articles and possessives left out, hyphened words by their parts. */
const postWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s-]+/)
    .filter((w) => w && !/^(?:the|a|an|its|his|her|their|of)$/.test(w));

/**
 * Does a title phrase another reader told agree with the post and holder the apposition gives? It
 * names the holder, and the right post it tells holds no word the structure's posts lack (a "there",
 * a "doctor", an age) and drops no number of the right post ("Brigade 23"); "The correct title is …"
 * gives the right post alone, which never agrees.
 */
export function heldPostAgrees(phrase: string, found: HeldPostFound): boolean {
  // (A phrase that tells no post, "misstated where Ivo Pent works", is another fact's reader's.)
  // (A name with another capital run into it, "Safety Mark Welker", names someone else: a body's word read as a name.)
  const runInto = new RegExp(`\\p{Lu}[\\p{L}'’.-]* ${escapeRegExp(found.name)}`, 'u');
  if (runInto.test(phrase.replace(/^\p{Lu}\p{Ll}+ /u, ''))) return false;
  const named = [found.name, found.again].some((n) => phrase.includes(n));
  if (named && !/\b(?:title|misidentified|post)\b/.test(phrase)) return true;
  if (![found.name, found.again].some((n) => phrase.includes(n))) return false;
  // ("… title. de Brum is …": a second sentence opening in lower case fails the note's grammar check.)
  if (/\bThe correct title is\b/.test(phrase) || /\. \p{Ll}/u.test(phrase)) return false;
  const names = [found.again, found.name, 'He', 'She'].map(escapeRegExp).join('|');
  const told = new RegExp(`\\. (?:${names}) (is|was) (.+?)(?:, not |$)`, 'u').exec(phrase);
  const right = told?.[2];
  // (A post held before, "former Ador CEO", told as held now, "Min is …", drops the "former": never agrees.)
  if (told && found.formerPrinted && told[1] === 'is') return false;
  // (A second sentence telling another holder's post, "Ning is …" of "Li Ning" named "Li", never agrees.)
  if (!right) return !/\. \p{Lu}[\p{L}'’. -]* (?:is|was) /u.test(phrase);
  const held = new Set(postWords(`${found.right} ${found.wrong}`));
  // (An owner's possessive the reader read before the post, "the board's", is the post's owner, not a word of it.)
  if (postWords(right.replace(/\S+['’]s\b/gu, '')).some((w) => !held.has(w))) return false;
  // (Nor does a right post told without a word of its own, "Bridge is a member" for "a board member".)
  // (Nor one told as one of many, "Gyan is a captain", where the structure reads the body's one, "the captain".)
  if (/^the /.test(found.right) && /^an? /.test(right) && secondOf(found.wrong, found.right)) return false;
  // (Its own words only: an owner named by capitals or a possessive, "Ashcombe", "the county's", and the
  // body after its link may be left to the article.)
  const toldWords = new Set(postWords(right));
  if (postWords(found.ownWords).some((w) => !toldWords.has(w))) return false;
  // (Nor a post told by its head alone, "Horwath is the leader", where the structure's names whose it
  // is, "the NDP leader": the leader of what is the fact.)
  const acronyms = found.right.match(/\b\p{Lu}{2,}\b/gu) ?? [];
  if (postWords(right).length === 1 && acronyms.length && /^the /.test(found.right)) return false;
  // (Nor one that drops the post's head, "an additional district and sessions" of "… judge", or
  // lowers an acronym the post prints, "the mta head".)
  const [rightHead] = split(found.right);
  if (!toldWords.has(postWords(rightHead).at(-1) ?? '')) return false;
  if (acronyms.some((a) => !new RegExp(`\\b${a}\\b`).test(phrase))) return false;
  // (Nor one that names the post's body other than as printed, "Department of Health Human Services" of "… Health & Human …".)
  const [, rightBody] = split(found.right);
  const bodyWords = rightBody.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  if (bodyWords.length >= 2 && phrase.includes(bodyWords.slice(0, 2).join(' ')) && !phrase.includes(rightBody.replace(/^\S+ /, '')))
    return false;
  // (Nor one that prints the wrong post's word with a capital the structure's telling lowers: "not the
  // Solicitor general" of "the solicitor general".)
  const toldWrongPost = /, not (.+?)\.?$/u.exec(phrase)?.[1] ?? '';
  const capitalised = (toldPost: string, post: string) => {
    const lowered = new Set(post.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)));
    return toldPost.split(/\s+/).some((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && lowered.has(w.toLowerCase()));
  };
  // (An owner's capital the right post prints, "Tarn County", may be told again with the wrong one.)
  const ownerCapitals = new Set(found.right.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)));
  const wrongWords = toldWrongPost
    .split(/\s+/)
    .filter((w) => !ownerCapitals.has(w))
    .join(' ');
  if (toldWrongPost && capitalised(wrongWords, found.wrong)) return false;
  // (Nor the structure's own run of capitals lowered in part, "the national public health Service director".)
  const unarticled = (p: string) => p.replace(/^(?:the|an?|its) /, '').split(' ');
  const [toldSeq, ownSeq] = [unarticled(right), unarticled(found.right)];
  if (toldSeq.join(' ').toLowerCase() === ownSeq.join(' ').toLowerCase()) {
    const capital = (w: string) => /^\p{Lu}/u.test(w);
    const runs = ownSeq.map((w, k) => capital(w) && (capital(ownSeq[k - 1] ?? '') || capital(ownSeq[k + 1] ?? '')));
    // (A run lowered at its start but capitalised after, "national … Service": "Kelder police" lowers a common noun.)
    if (toldSeq.some((w, k) => k > 0 && runs[k] && runs[k - 1] && capital(w) && !capital(toldSeq[k - 1]!))) return false;
  }
  // (Nor a wrong post told as the body's one, "not its hydrologist", where the structure reads one of
  // many there, "a hydrologist"; a post a body has one of, "its research director", may be.)
  const toldWrong = /, not its (\S+(?: \S+)*?)(?:\.|$)/u.exec(phrase)?.[1];
  if (toldWrong && /^an? /.test(found.wrong) && !isTitleWord(toldWrong.split(' ').at(-1)!)) return false;
  return (found.right.match(/\d+/g) ?? []).every((n) => new RegExp(`(?<!\\d)${n}(?!\\d)`).test(phrase));
}
