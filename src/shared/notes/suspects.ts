/**
 * "The man who the police said set fires across two counties, …, was found": a person the
 * authorities say did the deed is, in a note, the suspect — the note cannot repeat the charge as
 * fact ("the man who set fires") nor copy the whole clause. "misstated when the suspect was found."
 */

/** A person, "who", the authorities, a verb of saying or believing, and the deed up to the next comma or verb of the main clause. */
const ACCUSED =
  /^(?:the|a)\s+(?:[\p{Ll}-]+\s+)?(?:man|woman|person|teenager|teen|boy|girl|driver|gunman|attacker|shooter|youth)\s+(?:who|whom)\s+(?:the\s+)?(?:police|authorities|investigators|prosecutors|officials|officers|detectives|deputies)\s+(?:said|say|says|believe|believed|allege|alleged|suspect|suspected)\s+(?:(?!\s(?:was|were|is|are|has|had|will)\s)[^,])+/iu;

/** The clause with such a person told as "the suspect"; the clause as it was otherwise. */
export function toldAsSuspect(clause: string): string {
  return clause.replace(ACCUSED, 'the suspect');
}
