/**
 * The files a store's connection writes through must stay the ones it opened. SQLite keeps
 * writing to an open file after it was deleted or replaced at its path — the store file when its
 * folder is deleted or its drive unplugged, the `-wal` file when a cleanup or sync tool removes
 * it — and every commit made there is acknowledged, then lost with the orphaned file. So before
 * and after each write transaction the files at the paths must still be the ones (device and
 * inode) the connection opened; otherwise the write is refused, not confirmed.
 */
import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { explainStorageError, StoreError } from './store-error';

interface FileIdentity {
  dev: number;
  ino: number;
}

/** The file at a path now; null when there is none. Any other failure (no permission) is thrown. */
function identity(path: string): FileIdentity | null {
  try {
    const stat = statSync(path);
    return { dev: stat.dev, ino: stat.ino };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

const same = (a: FileIdentity, b: FileIdentity | null) => b !== null && a.dev === b.dev && a.ino === b.ino;

const guards = new WeakMap<Database.Database, () => void>();

/**
 * Remembers which store file, `-wal` and `-shm` the open connection uses. Call once the
 * connection has read the store (SQLite opens the WAL on the first read, not at open).
 */
export function guardStoreFiles(db: Database.Database, file: string): void {
  const main = identity(file);
  const companions = ['-wal', '-shm'].map((suffix) => ({ path: file + suffix, opened: identity(file + suffix) }));
  guards.set(db, () => {
    try {
      check();
    } catch (error) {
      // A folder made unreadable (chmod) is not a moved file: say what it is.
      throw explainStorageError(error, file);
    }
  });
  function check(): void {
    if (main && !same(main, identity(file))) {
      throw explainStorageError(
        Object.assign(new Error('the store file is no longer at its path'), { code: 'SQLITE_READONLY_DBMOVED' }),
        file,
      );
    }
    const lost = companions.find((c) => c.opened && !same(c.opened, identity(c.path)));
    if (lost) throw companionLost(db, file, lost.path);
  }
}

/** Throws a StoreError when a file the connection writes through has left its path. */
export function assertStoreFilesInPlace(db: Database.Database): void {
  guards.get(db)?.();
}

/**
 * The `-wal` (or `-shm`) beside the store was deleted or replaced. What the connection committed
 * since the last checkpoint lives only in the orphaned WAL it still holds open, so copy it into the
 * store file now (a checkpoint reads through the open handle); then refuse every further save,
 * which would land in the orphan again, until Copydesk is restarted on a fresh WAL.
 */
function companionLost(db: Database.Database, file: string, path: string): StoreError {
  let secured = false;
  let why = '';
  try {
    const [result] = db.pragma('wal_checkpoint(FULL)') as { busy: number; log: number; checkpointed: number }[];
    secured = !!result && result.busy === 0 && result.log === result.checkpointed;
    if (!secured) why = 'another program is reading the store';
  } catch (error) {
    why = (error as Error).message;
  }
  const name = path.slice(path.lastIndexOf('/') + 1);
  const before = secured
    ? `Everything saved before is safe in ${file}`
    : `Copydesk could not copy the latest saves into ${file} (${why}): keep Copydesk open and export your open articles`;
  return new StoreError(
    `${name} beside ${file} was deleted or replaced while Copydesk had it open (by a cleanup or sync tool?), so this change was not confirmed. ${before}. Restart Copydesk to go on saving; your text stays on screen meanwhile.`,
    undefined,
    true,
  );
}
