/**
 * A topic that is only the subject of the line it came from: "The Series B round was led by Harrow
 * Capital" gave "details on the Series B round", a label that names what the line is about and
 * drops all it says. Such a line, when it reads whole as a clause, is told as the clause ("the news
 * that the Series B round was led by Harrow Capital"), as a plain topic ("the email") already is:
 * a name in the subject makes the label no less empty.
 */
import { plainText } from './sentences';

/** Does `topic` open one of `lines`, as its subject (after "The" read lower-case)? */
export function opensItsLine(topic: string, lines: string[]): boolean {
  const key = topic.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
  if (!key) return false;
  return lines.some((line) => {
    const opening = plainText(line)
      .trim()
      .toLowerCase()
      .replace(/^(?:the|a|an)\s+/, '');
    return opening.startsWith(`${key} `);
  });
}
