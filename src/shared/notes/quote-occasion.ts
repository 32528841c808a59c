/**
 * `"This was the hardest decision I have made," board president Ann Ruiz said after the board voted
 * 5-2 to close the school.`: a quotation's credit often closes on the deed it answered, and that
 * deed is the line's news, the quotation only the speaker's word on it. Told as comments alone
 * ("Additional comments from Ann Ruiz") the note drops the development; a newsroom credits the
 * development first. The words after "said after" (or "as", "when", "shortly after") are read as a
 * sentence of their own when they hold a finite verb with a subject before it ("the board voted"),
 * so the clause reader tells them like any added line; the quotation stays the speaker's comments.
 * A credit closing on no clause ("said after the meeting") or on a pronoun's ("as she left") tells no deed.
 */
import { plainText } from './sentences';
import { hasFiniteVerb, tagged } from './topics';
import { speechVerbs } from './speech-verbs';

/** The deed after a quotation's credit, as a sentence ("The board voted 5-2 to close the school."), or ''. */
export function quoteOccasion(sentence: string): string {
  const plain = plainText(sentence).trim();
  // The credit after the quotation's close: `…," Ruiz said after …`.
  const close = Math.max(plain.lastIndexOf('”'), plain.lastIndexOf('"'));
  if (close < 0) return '';
  const credit = new RegExp(
    String.raw`^,?\s+[^"“”]{2,80}?\s+(?:${speechVerbs('said', 'says', 'added', 'told reporters')})\s+(?:(?:shortly|soon|just|hours|minutes|moments)\s+)?(?:after|as|when)\s+([^"“”]+?)\.?$`,
    'iu',
  ).exec(plain.slice(close + 1));
  const deed = credit?.[1]?.trim() ?? '';
  if (!deed || !hasFiniteVerb(deed)) return '';
  // The deed has a subject of its own before its verb ("the board voted"), not a gerund ("after
  // voting") nor a pronoun the line gives no one for ("as she left").
  const tokens = tagged(deed);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb < 1 || !tokens.slice(0, verb).some((t) => ['NOUN', 'PROPN'].includes(t.pos))) return '';
  return `${deed[0]!.toUpperCase()}${deed.slice(1)}.`;
}
