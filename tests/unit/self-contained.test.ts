/**
 * The project explains itself: no file cites reference notes that live outside the repository
 * (a user's clone does not have them). What a maintainer needs is in docs/.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..', '..');
// The reference notes beside the repository are not part of it (the optional CI checks that use
// its seed and schemas when present say so themselves): nothing may send a reader to them.
const OUTSIDE = [new RegExp('design' + '\\.md')];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : files(path);
    return /\.(ts|tsx|mjs|js|md|json|html|css)$/.test(name) ? [path] : [];
  });
}

describe('self-contained', () => {
  it('no source, test, script or doc cites notes outside the repository', () => {
    const found = ['src', 'tests', 'bench', 'scripts', 'docs']
      .flatMap((dir) => files(join(root, dir)))
      .concat([join(root, 'README.md'), join(root, 'eslint.config.js')])
      .filter((file) => OUTSIDE.some((pattern) => pattern.test(readFileSync(file, 'utf8'))))
      .map((file) => relative(root, file));
    expect(found).toEqual([]);
  });
});
