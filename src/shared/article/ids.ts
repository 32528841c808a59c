/** Short random ids for articles and blocks: readable in URLs and in `copydesk export ID@3`. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

export function randomId(length = 10): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte % 32];
  // Never start with a digit, so an id is never mistaken for a version number.
  return /^[0-9]/.test(id) ? 'a' + id.slice(1) : id;
}

export const newBlockId = (): string => 'b' + randomId(9);
