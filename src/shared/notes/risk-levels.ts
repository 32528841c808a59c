/**
 * A forecast's level of risk: "a Level 3 out of 5 risk of severe weather", "a Level 2 threat of
 * flooding". Forecasters raise such a level as a storm nears, so a higher level in the same frame
 * is the later forecast — an update ("the news that the risk of severe weather was raised to
 * Level 4") — never the old level put right.
 *
 * Only a level of a risk, a threat or an outlook of what may happen counts. A level that classes a
 * place ("sits in a Level 3 flood-risk zone") or a thing ("a Level 2 trauma center") is a standing
 * fact, and a level lowered, or a line that says what was wrong (", not …"), stays a correction.
 */
import { plainText } from './sentences';

/** "Level 3 out of 5 enhanced risk of severe weather": the level, its scale and the words after it. */
const LEVEL =
  /\bLevel\s+(\d+)(?:\s+(?:out\s+)?of\s+(\d+))?\s+((?:[\p{Ll}-]+\s+){0,2}?)(risk|threat|outlook|danger|alert)\s+of\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)/u;

/**
 * "the risk of severe weather was raised to Level 4 out of 5": the forecast's level raised between
 * the two lines, told as news; '' when the edit is no such development.
 */
export function riskRaised(older: string, newer: string): string {
  const [was, now] = [LEVEL.exec(plainText(older)), LEVEL.exec(plainText(newer))];
  if (!was || !now || /,\s+not\s/i.test(plainText(newer))) return '';
  // The same kind of risk of the same thing, on the same scale, only higher.
  if (was[4] !== now[4] || was[5] !== now[5] || was[2] !== now[2] || Number(now[1]) <= Number(was[1])) return '';
  const scale = now[2] ? ` out of ${now[2]}` : '';
  return `the ${now[4]} of ${now[5]} was raised to Level ${now[1]}${scale}`;
}
