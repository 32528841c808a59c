/**
 * A date at the end of a relative clause set off by a comma dates what that clause tells of the noun
 * before it: "a partner at the studio, which opened a second office in March" → "the month the
 * studio opened a second office". Without this, the comma hid the clause from the date's reader and
 * the note fell back to "a detail about the events described".
 */
import { tagged } from './topics';

/**
 * The clause a date closes when `before` (the sentence up to the date, its preposition cut) ends on
 * "the NOUN, which VERB …": told with the noun as its subject ("the studio opened a second office"),
 * or '' when the clause does not open on its verb, runs on past another comma, or is long.
 */
export function asideRelativeClause(before: string): string {
  const m = /(?:^|\s)((?:the|its|their)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+),\s+(?:which|who)\s+([^,;:—–]+)$/u.exec(before);
  if (!m) return '';
  const [noun, rest] = [m[1]!, m[2]!.trim()];
  // The noun phrase is an article and one or two plain nouns ("the firm", "the city council").
  const nouns = tagged(noun).slice(1);
  if (!nouns.length || nouns.some((t) => !['NOUN', 'ADJ'].includes(t.pos)) || nouns.at(-1)!.pos !== 'NOUN') return '';
  // The clause opens on its own verb in the past ("raised", "was founded"), so the noun is its subject.
  const verb = tagged(rest)[0];
  if (
    !verb ||
    !['VERB', 'AUX'].includes(verb.pos) ||
    !/(?:ed|was|were|had|took|made|won|sold|bought|held|began|became|left|lost|paid)$/.test(verb.text)
  )
    return '';
  const clause = `${noun} ${rest}`.replace(/\s+/g, ' ');
  return clause.split(' ').length <= 12 ? clause : '';
}
