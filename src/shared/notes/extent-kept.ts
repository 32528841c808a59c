/**
 * "the court extended the public comment period on the rule by 60 days": told whole, the clause
 * copies the article; cut for that, it loses "by 60 days", which is the news of an extension, a
 * cut or a rise. The phrase that only says what the thing was about ("on the rule", "for the
 * permits") goes instead: "the court extended the public comment period by 60 days".
 */
import { SPELLED_CARDINAL } from '../text/numbers';
const COUNT = String.raw`(?:\$?\d[\d,.]*%?|${SPELLED_CARDINAL}|a|an|another)`;
const EXTENT = new RegExp(
  String.raw`^(.*\b\p{Ll}+ed\s+(?:the|a|an|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:on|for|of|over|in|to)\s+(?:the|its|their|his|her|this|that)\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+\s+(by\s+(?:about\s+|nearly\s+|almost\s+|more than\s+)?${COUNT}(?:\s+(?:more\s+)?\p{Ll}+)?)$`,
  'u',
);

/** The clause without the "about what" phrase before its closing extent ("by 60 days"), or ''. */
export function extentKept(clause: string): string {
  const m = EXTENT.exec(clause);
  return m ? `${m[1]} ${m[2]}` : '';
}
