/**
 * A police force or an agency speaking formally: "RCMP can advise that …", "Police can confirm
 * that …", "The ministry wishes to advise that …", "Highway patrol is advising that …". Each is
 * the body saying it, and is credited as "said" is. Only before "that": "Doctors can advise
 * patients" is no statement.
 */
const FORMAL =
  /\b(?:can|could|wish(?:es)? to|would like to)\s+(?:now\s+)?(?:advise|confirm|report|say|state)(?=\s+that\b)|\b(?:is|are)\s+advising(?=\s+that\b)|\badvis(?:es|ed)(?=\s+that\b)/gi;

/** The sentence with a formal "can advise that" read as "said that", for finding who spoke. */
export function plainVoice(sentence: string): string {
  return sentence.replace(FORMAL, 'said');
}
