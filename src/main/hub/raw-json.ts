/**
 * Stories are stored as canonical JSON text. Answering a pull by parsing each one only to print it
 * again costs the hub more than everything else it does; instead the stored text is spliced into
 * the answer as it is. Markers carry a random nonce per answer, so no text a reporter typed can be
 * mistaken for one.
 */
import { randomBytes } from 'node:crypto';

export class RawJson {
  constructor(readonly text: string) {}
}

/** Stored JSON text carried as a value of type T (what it parses to) until it is printed. */
export function raw<T>(text: string): T {
  return new RawJson(text) as unknown as T;
}

export function stringifyWithRaw(value: unknown): string {
  const nonce = randomBytes(8).toString('hex');
  const texts: string[] = [];
  const json = JSON.stringify(value, (_key, v: unknown) => (v instanceof RawJson ? `@raw-${nonce}-${texts.push(v.text) - 1}@` : v));
  if (texts.length === 0) return json;
  const marker = new RegExp(`"@raw-${nonce}-(\\d+)@"`, 'g');
  return json.replace(marker, (_m, i: string) => texts[Number(i)]!);
}
