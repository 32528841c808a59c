/**
 * "The news that a dog was rescued from the house." is no sentence, and judges of real notes
 * failed it as a fragment more often than not. A note whose description opens on the news itself
 * is printed, in the AP form, as the sentence a newsroom writes: "This article has been updated
 * with news that a dog was rescued from the house." The description stays what it was ("the news
 * that …"), so the wire's "(Updates with news that …)" and the UK "to add news that …" are made
 * from the same words; only the AP line, which has no verb of its own, gains one. The noun the
 * house calls its copy by ("article", "story") is the one its correction lead uses.
 */

import { MAX_NOTE_WORDS, words } from './grammar';

const NEWS_OPENING = /^the news that\s+(?=\S)/i;

/** The house's word for its copy, read from its correction lead ("An earlier version of this story"). */
function copyNoun(correctionLead: string): string {
  return /\bthis\s+(article|story|report|piece|post)\b/i.exec(correctionLead)?.[1]?.toLowerCase() ?? 'article';
}

/**
 * "The news that X." → "This article has been updated with news that X."; any other text as it
 * stands. A note is at most MAX_NOTE_WORDS words after its label, and the writer budgets the
 * description, not this frame: a description the frame would take past the limit keeps its own
 * words rather than lose its facts or the limit.
 */
export function newsAsSentence(kind: 'update' | 'correction', text: string, correctionLead: string): string {
  if (kind !== 'update' || !NEWS_OPENING.test(text)) return text;
  const told = `This ${copyNoun(correctionLead)} has been updated with news that ${text.replace(NEWS_OPENING, '')}`;
  return words(told).length <= MAX_NOTE_WORDS ? told : text;
}

const NEWS_SENTENCE = /^this\s+(?:article|story|report|piece|post)\s+has been updated with news that\s+(?=\S)/i;

/**
 * "This article has been updated with news that X." → "The news that X.": the sentence this
 * printer makes, read back as the description it was made from. A desk that types the sentence
 * it saw in the preview wrote a note, not a self-labelled line from another site: it keeps its
 * dated label, and the wire and UK forms tell it as they tell any news.
 */
export function newsFromSentence(text: string): string {
  return NEWS_SENTENCE.test(text) ? `The news that ${text.replace(NEWS_SENTENCE, '')}` : text;
}
