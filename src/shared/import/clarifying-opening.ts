/**
 * An item that opens on the newsroom's own "For clarification, …" or "To clarify, …" and goes on to
 * set the record straight: "For clarification, the 40+ charges against Hicks are not because of his
 * impersonation of a Sky News reporter, but because of other actions." (a media-ethics site's
 * clarification under its story). In news copy an official's clarification is quoted or attributed
 * ("To clarify, the fee applies only to trucks, the county said"), so quoted or attributed lines stay
 * copy; under the copy only, where the newsroom's own voice closes a piece.
 */
import { SPOKEN } from './outlet-owns-error';

const OPENING = /^(?:For (?:the sake of )?clarification|For clarity|To clarify|By way of clarification),\s+(?=\S)/i;

export function opensOnClarification(item: string): boolean {
  const opening = OPENING.exec(item);
  return !!opening && item.slice(opening[0].length).split(/\s+/).length >= 8 && !SPOKEN.test(item);
}
