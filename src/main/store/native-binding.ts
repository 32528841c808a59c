/**
 * better-sqlite3 is compiled for one ABI at a time. Node (tests, CLI, web host) uses the build
 * npm made in node_modules; Electron uses a second build kept beside it in
 * native/electron-<version>/ by scripts/electron-native.mjs, so neither breaks the other
 * (docs/architecture.md, end of “Desktop shell security”). Returns the path to pass as `nativeBinding`, or undefined for the default.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function nativeBindingPath(appRoot: string): string | undefined {
  const electron = process.versions.electron;
  if (!electron) return undefined;
  const candidate = join(appRoot, 'native', `electron-${electron}`, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}
