/**
 * The words of a post phrase, as the held-post reader takes them from wink-nlp's tokens: what opens a
 * post ("the", "its"), what links it to its body ("of", "at"), what modifies it, and which word can head
 * it ("chief scientist", "fisherman, Glester White"). Shared by the readers of held-posts.ts.
 */
import { isPostWord } from './names';
import { isKinNoun } from './edits';
import { isRoleNounIn } from './role-nouns';
import { isRoleNoun } from './roles-beside-names';
import { tagged } from './topics';

export type Token = ReturnType<typeof tagged>[number];

/** Words that modify a post's head or name its owner: nouns, adjectives, proper nouns, numbers. */
export const MODIFIER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words that open a post: its article or an owner's possessive pronoun. */
export const OPENING = /^(?:the|a|an|its|his|her|their)$/i;
/** A post's link to the body it is held at: "president of the Senate", "scholar at the Carnegie". */
export const BODY_LINK = /^(?:of|for|at|with)$/i;
/** Inside a body's name, between its capitals: "Chamber of Deputies", "Center for Global Policy". */
export const NAME_JOIN = /^(?:of|for|and|&|on|the|-|–)$/i;
/** An honorific a note leaves off a post: "chief scientist Dr Keith Bannister". */
export const HONORIFIC = /^(?:dr|mr|mrs|ms|prof|professor|sir|dame|the)\.?$/i;
/** Verbs that set a post after a name: "is", "was sworn in as", "became", "who serves as". */
export const SETS_POST = /^(?:is|was|became|becomes|serves|served|sworn|named|appointed|elected|in|as|who|now|also|newly|recently)$/i;

/** A token that is a word of letters (a post's word, a name's). */
export const wordy = (t: Token | undefined) => !!t && /^[\p{L}][\p{L}\p{N}.'’-]*$/u.test(t.text);
/** A modifier of a post or body: a noun, adjective, proper noun or number, or an acronym the tagger misreads ("IT"). */
export const modifier = (t: Token | undefined) =>
  !!t && ((MODIFIER.has(t.pos) && (wordy(t) || t.pos === 'NUM')) || /^\p{Lu}{2,}$/u.test(t.text) || /^(?:-|–)$/.test(t.text));

/** The post's head is a word that holds a post: a title or post word, or a noun for a person's role. */
export function headsPost(word: string, sentence: string): boolean {
  const bare = word.replace(/\.$/, '');
  // (Kin is a relationship to another person, told by its own reader: "the older sister of …".)
  if (isKinNoun(bare)) return false;
  // ("vice-captain", "co-chair": a hyphened post is headed by its last part.)
  const last = /^\p{L}+[-–](\p{L}+)$/u.exec(bare)?.[1];
  if (last && last !== bare && headsPost(last, sentence)) return true;
  if (isPostWord(bare) || isPostWord(bare.toLowerCase())) return true;
  // (A name's word compromise tags a role, "Azma Bokhari", heads no post: a role's noun read in its
  // sentence is printed in lower case, as running text prints it.)
  if (/^\p{Ll}/u.test(bare) && isRoleNounIn(sentence, bare)) return true;
  // Every caller asks of a word already set in apposition to a name ("fisherman, Glester White", "Ann
  // Roe, a farmer"): there a lowercase noun that reads as a person's ("fisherman", "farmer") is what
  // the person is, though no list names it and compromise does not tag it a person.
  return /^\p{Ll}/u.test(bare) && isRoleNoun(bare) && tagged(sentence).some((t) => t.text === bare && t.pos === 'NOUN');
}
/** The prefixes that, hyphened to a post, say it was held before: "then-CEO", "ex-CFO", "former-". */
export const PREFIX_HELD_BEFORE = /^(?:then|ex|former)$/i;

/** Is the post at `start` printed hyphened to a prefix that says it was held before ("then-CEO Jaglom": he was)? */
export function hyphenedHeldBefore(tokens: Token[], start: number): boolean {
  return /^[-‑–]$/.test(tokens[start - 1]?.text ?? '') && PREFIX_HELD_BEFORE.test(tokens[start - 2]?.text ?? '');
}
/** Where the post's link to its body stands ("of", "for"), or the post's end. */
export const BODY_LINK_AT = (tokens: Token[]) => {
  const at = tokens.findIndex((t, k) => k > 0 && BODY_LINK.test(t.text));
  return at < 0 ? tokens.length : at;
};
