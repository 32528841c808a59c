/**
 * An act a source announces in its own quoted words is news, not comments: `"A 34-year-old man has
 * been charged with arson," police said` tells that a man was charged, as the same line unquoted
 * would. The quotation is read as reported speech when it speaks of someone else (no "I", "we",
 * "you" in it), opens on who it happened to, and tells an act done to them: arrested, charged,
 * convicted, rescued, found. Opinion, a pledge or a speaker's feelings stay the speaker's comments.
 */
import { speechVerbs } from './speech-verbs';
import { plainText } from './sentences';

/** Acts a police force, court or rescue service announces done to someone. */
const ACT =
  /\b(?:has|have|had)\s+(?:now\s+|since\s+)?been\s+(?:arrested|charged|detained|released|bailed|remanded|cautioned|sentenced|convicted|acquitted|indicted|cited|fined|jailed|killed|injured|rescued|found|identified|located|evacuated|hospitali[sz]ed|discharged|suspended|dismissed|fired|sacked)\b|\b(?:was|were)\s+(?:arrested|charged|detained|released|remanded|sentenced|convicted|acquitted|indicted|rescued|identified|located|evacuated|hospitali[sz]ed|suspended|fired)\b/i;

/** The speaker speaking of themselves or to the reader: their words stay theirs. */
const OWN_VOICE = /\b(?:I|I'm|I've|we|we're|we've|our|ours|us|my|me|you|your)\b/i;

/** Who it happened to, at the quotation's opening: a determiner, a number or a name. */
const OPENS_ON_SOMEONE = /^(?:A|An|The|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)\s/u;

/** The verbs that credit a quotation to its speaker here. */
const CREDITING = speechVerbs('said', 'says', 'added', 'confirmed');
/** `"Q," the force said.` */
const QUOTE_FIRST = new RegExp(
  String.raw`^[“"](.{10,400}?)[,.]?[”"],?\s+((?:the\s+|a\s+)?[^,“”"]{2,60}?)\s+(${CREDITING})(?:\s+in\s+a\s+statement|\s+on\s+\p{Lu}\p{Ll}+day)*\.?$`,
  'iu',
);
/** `In a statement, the force said: "Q"` */
const SPEAKER_FIRST = new RegExp(
  String.raw`^(?:In\s+a\s+statement,\s+)?((?:the\s+)?[^,“”"]{2,60}?)\s+(${CREDITING})(?:\s+in\s+a\s+statement|\s+on\s+\p{Lu}\p{Ll}+day)*:\s+[“"](.{10,400}?)[”"]?$`,
  'iu',
);

/**
 * The line as reported speech, "A 34-year-old man has been charged with arson, the force said.",
 * when its quotation announces an act done to someone; '' otherwise.
 */
export function quotedAction(sentence: string): string {
  const plain = plainText(sentence).trim();
  const a = QUOTE_FIRST.exec(plain);
  const b = a ? null : SPEAKER_FIRST.exec(plain);
  const quote = a ? a[1]! : b ? b[3]! : '';
  const speaker = a ? a[2]! : b ? b[1]! : '';
  const verb = (a ? a[3] : b?.[2]) ?? 'said';
  if (!quote || /[“”"]/.test(quote)) return '';
  // The quotation's first sentence is the act; what follows it is the speaker's to tell.
  const first = quote.split(/(?<=[.!?])\s+/)[0]!.replace(/[.!?,]+$/, '');
  if (OWN_VOICE.test(first) || !OPENS_ON_SOMEONE.test(first) || !ACT.test(first)) return '';
  // The speaker named by a person's pronoun is no one the note can credit.
  if (/^(?:he|she|they|it)$/i.test(speaker)) return '';
  return `${first}, ${speaker.replace(/^The\s/, 'the ')} ${verb.toLowerCase()}.`;
}
