import { SPOKEN, sentencesOf } from './outlet-owns-error';

/**
 * A British paper's apology formula: after the sentence that says what its piece stated, "We now
 * accept that these allegations were completely untrue.", "We accept that the article was
 * inaccurate." The newsroom owns the error in its own words. Only after a sentence naming the piece
 * (a company or a council "accepts that" a claim was false in copy too, but opens with it, or is
 * quoted, or has who said it after).
 */
const WE_ACCEPT_UNTRUE =
  /^We (?:now |fully |unreservedly |readily )?(?:accept|acknowledge) that\b[^.]{0,200}?\b(?:untrue|not true|false|incorrect|inaccurate|wrong|unfounded|without (?:any )?foundation|baseless|not the case|should not have)\b/;
const PIECE_NAMED = /\b(?:article|story|report|column|headline|caption|photograph|photo|picture|editorial|feature|item|piece)s?\b/i;

export function acceptsOwnPieceUntrue(item: string): boolean {
  const sentences = sentencesOf(item);
  if (sentences.length < 2 || SPOKEN.test(sentences[0]!) || !PIECE_NAMED.test(sentences[0]!)) return false;
  return sentences.slice(1).some((s) => WE_ACCEPT_UNTRUE.test(s) && !SPOKEN.test(s));
}
