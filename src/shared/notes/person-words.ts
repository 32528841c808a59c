/**
 * Words that stand beside a person's name without being part of it: the honorific of a second
 * reference and the party a member belongs to. A leaf module (it imports nothing), so the name
 * readers that load one another can all read it at start-up.
 */
/** The honorifics a paper puts before a surname on second reference ("Mr. Reeves", "Dr Ames"), as a regex source. */
const HONORIFICS = 'Mr|Mrs|Ms|Miss|Mx|Dr|Messrs|Mme|Mlle';
export const HONORIFIC = String.raw`(?:${HONORIFICS})`;
/** One honorific word, in any case, with or without its stop: "Mr.", "ms". */
export const HONORIFIC_WORD = new RegExp(String.raw`^(?:${HONORIFICS})\.?$`, 'i');

/** A party a member belongs to: "a Vermont Democrat", "the Labour MP". */
export const PARTY = /^(?:Republican|Democrat|Democratic|Labour|Conservative|Tory|Liberal|Libertarian|Green|Independent|Socialist)$/;
