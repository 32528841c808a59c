/**
 * A count told by an ordinal: "has become the sixth person to be hurt", "becomes seventh to die",
 * "the fourth county to declare an emergency". In a running story the ordinal climbs as each new
 * one joins the set ("sixth" → "seventh"): the old line was true when printed, so the edit is a
 * development — "new number of people hurt", "new death toll" — never a rank put right.
 *
 * What decides it is the shape "the Nth [one] to [do]": the ordinal names a member of a set by
 * when it joined — one the story's event befell ("to die", "to be hurt"), or one that "has become"
 * the Nth. History counted once ("the fourth woman to lead the agency") is a fact. A place in an order ("finished sixth in the race", "the sixth-largest city"), a
 * try or a streak ("her third attempt to climb", "the third straight year"), or an ordinal that
 * fell ("seventh" → "sixth", a count put right) is no such development.
 */
import { plainText } from './sentences';
import { ordinalValue } from '../text/numbers';
import { pluralOf } from './plurals';

/** Nouns an ordinal counts tries, times or streaks by, not members of a set that grows. */
const NOT_A_SET =
  /^(?:attempts?|tries|try|times?|bids?|efforts?|chances?|rounds?|straight|consecutive|successive|year|day|week|month|term|quarter)$/i;
/**
 * What befalls the members of a running story's set, one by one: a death, a hurt, an arrest, an
 * infection. ("The fourth woman to lead the agency" is history, counted once: a fact.)
 */
const BEFALLS =
  /^(?:die|died|killed|hurt|injured|wounded|arrested|charged|detained|infected|hospitali[sz]ed|sickened|poisoned|evacuated|rescued|missing|test|tested|fall|fallen)$/i;
/** A member joined just now: "has become the seventh", "becomes seventh" (a headline's present). */
const JOINED_NOW = /\b(?:has|have)\s+(?:now\s+)?become\s+(?:the\s+)?$|\bbecomes\s+(?:the\s+)?$/i;

/** The verbs of a death ("to die", "to be killed", "to have died"): the count is the toll. */
const DEATH = /^(?:die|died|killed)$/i;

/** "the seventh person to be hurt" → { noun: "person", passive: true, verb: "hurt", rest: "" } (passive: "to be" or "to have been"); null when the ordinal is no member of a set. */
function memberOfSet(line: string, ordinal: string): { noun: string; passive: boolean; verb: string; rest: string } | null {
  const m = new RegExp(
    `(?<![\\p{L}\\d-])${ordinal}\\s+((?:[\\p{Ll}-]+\\s+){0,2}?)to\\s+(be\\s+|have\\s+(?:been\\s+)?)?(\\p{Ll}{2,})((?:\\s+[\\p{Ll}-]+){0,3})`,
    'iu',
  ).exec(line);
  if (!m) return null;
  const nouns = m[1]!.trim().split(/\s+/).filter(Boolean);
  if (nouns.some((n) => NOT_A_SET.test(n))) return null;
  // What it was done with: lowercase words to the first word that opens another phrase.
  const rest: string[] = [];
  for (const w of m[4]!.trim().split(/\s+/).filter(Boolean)) {
    if (/^(?:in|on|at|from|since|after|before|as|when|while|of|for|by|with|and|or|but|than|this|that|last)$/i.test(w)) break;
    rest.push(w);
  }
  return { noun: nouns.at(-1) ?? '', passive: !!m[2], verb: m[3]!.toLowerCase(), rest: rest.join(' ') };
}

/**
 * What a climbing ordinal counts, as the note names it ("people hurt", "counties to declare an
 * emergency", or "death toll" for a death), or '' when the edit is no ordinal of a growing set
 * that climbed: both values ordinals, the new one higher, each line's ordinal "the Nth … to …",
 * and the new line saying nothing was wrong (", not …").
 */
export function ordinalClimbed(before: string, after: string, older: string, newer: string): string {
  const [was, now] = [ordinalValue(before.trim()), ordinalValue(after.trim())];
  if (!was || !now || now <= was) return '';
  const [lineWas, lineNow] = [plainText(older), plainText(newer)];
  if (/,\s+not\s/i.test(lineNow)) return '';
  const member = memberOfSet(lineNow, after.trim());
  const earlier = memberOfSet(lineWas, before.trim());
  if (!member || !earlier || earlier.verb !== member.verb) return '';
  // One befallen by the story's event, or one that has just joined the set.
  const opening = lineNow.slice(0, lineNow.search(new RegExp(`(?<![\\p{L}\\d-])${after.trim()}\\b`, 'iu')));
  if (!BEFALLS.test(member.verb) && !JOINED_NOW.test(opening)) return '';
  if (DEATH.test(member.verb)) return 'death toll';
  const many = pluralOf(member.noun || 'person');
  return member.passive ? `${many} ${member.verb}` : `${many} to ${[member.verb, member.rest].filter(Boolean).join(' ')}`;
}
