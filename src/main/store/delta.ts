/**
 * Compact history: a version is stored as the edits that turn the previous version's text into
 * its own. An edit script is a list of steps over the old text: a positive number copies that
 * many characters, a negative number skips them, a string inserts itself. Scripts and keyframes
 * are deflated. diff-match-patch finds the edits: it is fast on long, similar texts.
 */
import DiffMatchPatch from 'diff-match-patch';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export type EditScript = (number | string)[];

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 2;

export function editScript(older: string, newer: string): EditScript {
  const diffs = dmp.diff_main(older, newer, false);
  const script: EditScript = [];
  for (const [op, text] of diffs) {
    if (op === 0) script.push(text.length);
    else if (op === -1) script.push(-text.length);
    else script.push(text);
  }
  return script;
}

export function applyEditScript(older: string, script: EditScript): string {
  const parts: string[] = [];
  let at = 0;
  for (const step of script) {
    if (typeof step === 'string') parts.push(step);
    else if (step > 0) {
      if (at + step > older.length) throw new Error('edit script runs past the text it edits');
      parts.push(older.slice(at, at + step));
      at += step;
    } else at -= step;
  }
  if (at !== older.length) throw new Error('edit script does not cover the text it edits');
  return parts.join('');
}

export function pack(value: string | EditScript): Buffer {
  return deflateRawSync(Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8'), { level: 9 });
}

export function unpackText(blob: Buffer): string {
  return inflateRawSync(blob).toString('utf8');
}

export function unpackScript(blob: Buffer): EditScript {
  return JSON.parse(unpackText(blob)) as EditScript;
}
