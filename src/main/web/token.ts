/**
 * The web host's token, kept in the data folder (`web-host-token`, readable by its owner only)
 * so restarting `copydesk serve` does not strand open tabs: the same folder gets the same token,
 * and a page opened before the restart carries on saving. `--new-token` makes a fresh one (after
 * sharing a screen, say); pages holding the old one are then told plainly (guard.ts).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOKEN_FILE = 'web-host-token';
const SHAPE = /^[A-Za-z0-9_-]{32,128}$/;

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The data folder's token, made (and written whole, by rename) when missing, unreadable in shape, or rotated. */
export function webHostToken(dataDir: string, options: { rotate?: boolean } = {}): string {
  const file = join(dataDir, TOKEN_FILE);
  if (!options.rotate) {
    try {
      const kept = readFileSync(file, 'utf8').trim();
      if (SHAPE.test(kept)) return kept;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const token = newToken();
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, token + '\n', { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, file);
  return token;
}
