/**
 * A police force or an agency speaking formally: "RCMP can advise that …", "Police can confirm
 * that …", "The ministry wishes to advise that …", "Highway patrol is advising that …", and the
 * public addressed: "DriveBC reminds commuters that …", "The utility warned customers that …". Each
 * is the body saying it, and is credited as "said" is. Only before "that": "Doctors can advise
 * patients" is no statement.
 */
import { SPEECH_CHANNEL } from './speech-channel';

const FORMAL =
  /\b(?:can|could|wish(?:es)? to|would like to)\s+(?:now\s+)?(?:advise|confirm|report|say|state)(?=\s+that\b)|\b(?:is|are)\s+advising(?=\s+that\b)|\badvis(?:es|ed)(?=\s+that\b)|\b(?:(?:is|are)\s+)?(?:remind(?:s|ed|ing)?|advis(?:es|ed|ing)|warn(?:s|ed|ing)?|tell(?:s|ing)?|told)\s+(?:commuters|motorists|drivers|residents|travell?ers|road users|the public|customers|parents)(?=\s+that\b)/gi;

const CHANNEL_BEFORE_VERB = new RegExp(`${SPEECH_CHANNEL}(?=\\s+(?:said|says)\\b)`, 'gu');

/** The sentence with a formal "can advise that" read as "said that", for finding who spoke. */
export function plainVoice(sentence: string): string {
  // "An update from DriveBC on Twitter said": where the words were posted is no part of who spoke.
  return sentence.replace(FORMAL, 'said').replace(CHANNEL_BEFORE_VERB, '');
}
