/**
 * A promised act that happened: "Sen. Ada Holm said she would file the bill" → "Sen. Ada Holm filed
 * the bill on Tuesday". The edit changes few words, but the story moved: what someone only said
 * they would do is now done, and readers are told so as news ("the news that Sen. Ada Holm filed
 * the bill on Tuesday"), never as a rewording or "details on" the person.
 *
 * Not when the promise still stands ("said she would file the bill on Tuesday", "said Tuesday he
 * would resign"): a day or a detail added to a plan is no act done.
 */
import { lemmaOf } from './opposites';

/** "said she would", "announced it will", "pledged they would": the speaker's own act, to come. */
const PROMISED =
  /\b(?:said|says|announced|pledged|promised|vowed|told\s+[^,.;]{1,30}?)\s+(?:that\s+)?(?:he|she|they|it|we)\s+(?:would|will|planned\s+to|plans\s+to|intended\s+to|intends\s+to|was\s+going\s+to|is\s+going\s+to)\s+(\p{Ll}+)\b/iu;

/**
 * "Police are set to hold a press conference", "The council is scheduled to vote": a plan the copy
 * states itself, with no one quoted. Its subject is who will act, as a promise's speaker is.
 */
const SCHEDULED = /\b(?:is|are|was|were)\s+(?:set|scheduled|expected|due|poised|slated|planning|preparing|going)\s+to\s+(\p{Ll}+)\b/iu;

/** A word that keeps an act unreal when it stands just before the verb: "would file", "to file", "not filed". */
const UNREAL_BEFORE = /^(?:would|will|to|not|never|may|might|could|should|can|shall|cannot)$/i;

/** Words a subject is made of that name no one: they do not tie the two subjects together. */
const EMPTY_WORD = /^(?:the|a|an|of|and|in|on|at|for|to|its|his|her|their)$/i;

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * The newer line told as the act done, when the older line promised it and the newer says it was
 * done by the same subject; '' otherwise. The clause is the newer line, without a party-and-place
 * tag in brackets ("(D-Lakeport)"), which the note does not need.
 */
export function promiseKept(older: string, newer: string): string {
  const promise = PROMISED.exec(older) ?? SCHEDULED.exec(older);
  if (!promise) return '';
  const base = promise[1]!.toLowerCase();
  // The plan still stands in the newer line ("would file … on Monday"): nothing was done.
  if (new RegExp(`\\b(?:would|will|to)\\s+${base}\\b`, 'i').test(newer)) return '';
  const words = newer.split(/\s+/);
  const at = words.findIndex((w, k) => {
    const word = bare(w).toLowerCase();
    return (
      word !== base &&
      /^\p{Ll}+$/u.test(bare(w)) &&
      lemmaOf(word) === base &&
      // A past tense, not a plural noun or a present: "filed", "introduced", "made".
      !/s$/.test(word) &&
      !UNREAL_BEFORE.test(bare(words[k - 1] ?? ''))
    );
  });
  if (at < 1) return '';
  // The act is the line's own, done by whom the older line named: the subject before the verb
  // shares a naming word with the speaker, and holds no speech verb of its own.
  const subject = words.slice(0, at).map(bare).filter(Boolean);
  const speaker = older.slice(0, promise.index).split(/\s+/).map(bare).filter(Boolean);
  if (subject.length > 12 || subject.some((w) => /^(?:said|says|told|would|will)$/i.test(w))) return '';
  if (!subject.some((w) => !EMPTY_WORD.test(w) && speaker.some((s) => s.toLowerCase() === w.toLowerCase()))) return '';
  return newer
    .replace(/\s*\([^()]{1,40}\)/g, '')
    .trim()
    .replace(/[.!?]+$/, '');
}
