/**
 * An age set before a noun phrase longer than one noun, or after an owner: "the suspect's 58-year-old
 * estranged husband", "a 40-year-old night watchman". The age is the whole phrase's, told by its head
 * noun with the words that say which ("the age of the suspect's estranged husband"); read one word at a
 * time the note took an adjective for the person ("the estranged's age"). A lone noun with no owner
 * ("a 34-year-old man") stays "the man's age" (hyphenatedAge in describe.ts).
 */
import { tagged } from './topics';

/**
 * `before` is the sentence up to the age compound, `after` the words after it. Returns "the age of …"
 * or '' when the phrase is one noun with no owner, or no noun follows.
 */
export function ageOfPhrase(before: string, after: string): string {
  const words = after
    .split(/[,.;:()—–]|\s-\s/)[0]!
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 4);
  // Lower-case words only: a name after the age is the person's own ("the 34-year-old Ana Pell").
  if (!words.length || !/^\p{Ll}/u.test(words[0]!)) return '';
  const tags = tagged(words.join(' '));
  let end = 0;
  while (end < tags.length && ['NOUN', 'ADJ', 'PROPN'].includes(tags[end]!.pos) && /^\p{Ll}[\p{Ll}-]*$/u.test(tags[end]!.text)) end++;
  while (end > 0 && tags[end - 1]!.pos !== 'NOUN') end--;
  if (!end) return '';
  const phrase = tags
    .slice(0, end)
    .map((t) => t.text)
    .join(' ');
  // "the suspect's", "his", "their": the owner before the age says whose.
  const owner = /(?:^|\s)((?:(?:the|a|an)\s+)?[\p{L}'’-]+['’]s?|his|her|their|its)\s+$/iu.exec(before)?.[1] ?? '';
  const pronoun = /^(?:his|her|their|its)$/i.test(owner);
  if (!pronoun && !/['’]s?$/.test(owner)) return end < 2 ? '' : `the age of the ${phrase}`;
  // ("The suspect's" opening the sentence is lower case mid-note; a bare "suspect's" takes "the".)
  const whose = pronoun ? owner.toLowerCase() : owner.replace(/^(?:the|a|an)\s+/i, 'the ').replace(/^(?!the\s)(?=\p{Ll})/u, 'the ');
  return `the age of ${whose} ${phrase}`;
}
