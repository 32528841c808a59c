/**
 * A government speaking issues a statement; it does not file a "report". "Downing Street said the
 * chancellor had resigned" is told as "a statement from Downing Street that the chancellor
 * resigned", never "Downing Street's report that …". An official voice here is a seat of
 * government named for its building or street ("the White House", "the Kremlin", "Downing
 * Street"): the place cannot report, only speak for the government in it. A ministry giving a toll,
 * a news outlet or a police force reporting what it found keeps its report.
 */
import { streetSpeaks } from './body-names';

/** Seats of government that speak by their building's name. */
const SEAT =
  /^(?:the\s+)?(?:White House|Kremlin|Pentagon|Élysée(?: Palace)?|Elysee(?: Palace)?|Blue House|Zhongnanhai|Quai d'Orsay|Whitehall|Vatican|Holy See|Chancellery)$/i;

/** Does `name`, as a speaker, speak for a government? */
export function speaksOfficially(name: string, articleText: string): boolean {
  const bare = name.trim();
  return SEAT.test(bare) || streetSpeaks(bare.replace(/^the\s+/i, ''), articleText);
}
