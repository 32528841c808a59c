/**
 * A UK column item that tells what our piece said and then undoes it, closed by the paper's own
 * citation of the piece — title, day and page in brackets: "We said that, in the American TV drama
 * 24, Jack Bauer … resorted to electrocution to extract information. You cannot extract information
 * from someone who has been electrocuted … (Questioning, the Jack Bauer way, page 1, April 19).", "A
 * subheading on an article about … said: "…" In fact, … (No place like home, 22 November, page 6,
 * G2)." The caller checks the citation (PRINT_REFERENCE); here, the item must open on our piece
 * saying something — "We said" or a piece, or a part of one, by its kind — and a later sentence
 * must undo it ("In fact", or a denial). A study cited in copy ("(Nature, vol 5, page 6)") opens on
 * no piece of ours, and neither does one "by" or "from" someone ("A report by the port authority
 * said …").
 */
const WE_SAID = /^We (?:said|stated|reported|wrote|suggested)(?: that)?\b/;
const PIECE_SAID =
  /^An? (?:[\p{Ll}-]+\s+){0,2}(?:subheading|sub-heading|headline|heading|standfirst|caption|panel|graphic|map|chart|table|analysis|article|report|review|profile|interview|obituary|editorial|feature|column|leader|preview)\b[^.!?]{0,160}?\b(?:said|stated|suggested|claimed|reported)\b/u;
const UNDONE = /^(?:In fact\b|[^.!?]*\b(?:not|cannot|can['’]t|never|no longer|(?:is|was|were|are|had|has|have) no)\b)/i;

const SOMEONES = /\b(?:by|from)\b/i;

export function opensOnWhatOurPieceSaid(item: string): boolean {
  const trimmed = item.trim();
  const piece = PIECE_SAID.exec(trimmed);
  if (!WE_SAID.test(trimmed) && !(piece && !SOMEONES.test(piece[0]))) return false;
  // The sentences after the one that tells what the piece said (a quoted headline inside it may end
  // on its own question mark: the undoing follows the quote).
  const sentences = trimmed.split(/(?<=[.!?][”"’]?)\s+(?=[\p{Lu}])/u);
  return sentences.slice(1).some((s) => UNDONE.test(s));
}
