/**
 * A source's answer told as the deed it was: "The Harbour Trust apologised late on Friday, saying the
 * timetable it posted was wrong" and "Velmont Bus Lines, which runs the shuttle, declined to comment
 * on the fares, a spokeswoman said" are news of their subject ("the news that the Harbour Trust
 * apologised", "the news that Velmont Bus Lines declined to comment on the fares"). Read as comments,
 * such a line used to be credited to whoever the sentence's tail named ("the timetable Ms Oduya
 * posted") or to the speaker of the paragraph before, and a named body's refusal to comment was
 * dropped as saying nothing, though it is the body's answer to the story.
 *
 * Only a subject that names someone (said-news.ts namesSomeone: "the company" is no one the note can
 * name) doing one of the answering deeds, with at most a short object, before any ", saying …" or
 * relay tail (", a spokesman said Thursday"); a line with a reported clause of its own is left to
 * said-news.ts.
 */
import { plainText } from './sentences';
import { fill } from './style';
import { tagged } from './topics';
import { DAY_OF_DEED } from './day-phrases';
import { RELAY_TAIL, SUBJECT_RELATIVE, namesSomeone, saidNews } from './said-news';

/** The deeds by which a source answers a story: an apology, a refusal to comment, a denial. */
const ANSWER = String.raw`(?:apologi[sz]ed|(?:declined|refused)\s+to\s+comment|denied)`;
/** The day set after the deed: "late on Friday", "on Tuesday night", "earlier today". */
const DAY = DAY_OF_DEED;
/** Subject, deed, a short object, the day; then a participle or relayed tail, or the end. */
const ANSWERED = new RegExp(
  String.raw`^(.+?)\s+(?:(?:also|quickly|later|swiftly|publicly)\s+)?(${ANSWER})((?:\s+(?!saying\b)[^\s,;:"“”]+){0,7}?)(?:\s+${DAY})?(?:,\s+(?:saying|adding|calling|describing)\b.*)?$`,
  'iu',
);
/** The most words the subject may have: a name with its post, not a clause. */
const SUBJECT_WORDS = 8;

/** "Velmont Bus Lines declined to comment on the fares": the subject and its answering deed, or null. */
export function sourceDeed(sentence: string): string | null {
  if (saidNews(sentence)) return null;
  const s = plainText(sentence)
    .trim()
    .replace(/[.!]["”’]?$/, '')
    .replace(RELAY_TAIL, '')
    .replace(SUBJECT_RELATIVE, ' ');
  const m = ANSWERED.exec(s);
  if (!m) return null;
  const subject = m[1]!.trim();
  if (subject.split(/\s+/).length > SUBJECT_WORDS || /[,;:"“”]/.test(subject) || !namesSomeone(subject)) return null;
  // The subject is a noun phrase: no verb of its own ("Riders who lost fares condemned …" is no one named).
  if (tagged(subject).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text))) return null;
  const object = m[3]!.trim();
  // An object that runs into a clause ("denied that it knew") is left to the reported-clause readers.
  if (/^(?:that|it|he|she|they)\b/i.test(object)) return null;
  return `${subject} ${m[2]!.replace(/\s+/g, ' ')}${object ? ` ${object}` : ''}`;
}

/**
 * The note's phrase for a source's answer ("the news that Velmont Bus Lines declined to comment on
 * the fares"), or '' when the line is no such answer or the phrase does not `stand` (grounded in the
 * article, no run copied): then the deed alone, without its object, is tried.
 */
export function answerNews(sentence: string, resolved: string, stands: (phrase: string) => boolean): string {
  const deed = sourceDeed(sentence);
  if (!deed) return '';
  const bare = new RegExp(String.raw`^(.+?\s+${ANSWER})\b.*$`, 'iu').exec(deed)?.[1] ?? deed;
  return [deed, bare].map((what) => fill(resolved, { what })).find(stands) ?? '';
}
