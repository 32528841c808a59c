/**
 * Opens the one SQLite file that holds a data dir's articles: WAL with synchronous=FULL so an
 * acknowledged write survives a power cut, foreign keys on, the schema migrated by
 * PRAGMA user_version, and an integrity check before anything is written.
 */
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { DamagedStoreError, StoreError, explainStorageError } from './store-error';

export const DATABASE_FILE = 'copydesk.sqlite';

export interface OpenOptions {
  /** better-sqlite3 native binding for the running ABI (Electron), see native-binding.ts. */
  nativeBinding?: string;
  readonly?: boolean;
  /** Skip the start-up integrity check (the check command runs its own). */
  skipIntegrityCheck?: boolean;
  /** Milliseconds to wait for another writer's lock before reporting it. */
  busyTimeout?: number;
}

export type Db = Database.Database;

/** Makes sure the data dir exists and is writable, naming the path and the reason when not. */
export function prepareDataDir(dir: string): void {
  try {
    // Missing parent folders are made only inside the home folder (where the default data dir
    // lives). Elsewhere a missing parent means a drive that is not connected: making the folders
    // would put an empty store on the wrong disk, and the reporter would think their work gone.
    const parent = dirname(resolve(dir));
    const home = resolve(homedir());
    const inHome = parent === home || parent.startsWith(home + sep);
    if (!existsSync(dir)) mkdirSync(dir, { recursive: inHome });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(dir, constants.R_OK | constants.W_OK);
  } catch (error) {
    throw explainStorageError(error, `the data folder ${dir}`);
  }
}

export function openDatabase(dir: string, options: OpenOptions = {}): Db {
  if (!options.readonly) prepareDataDir(dir);
  const file = join(dir, DATABASE_FILE);
  let db: Db | undefined;
  try {
    db = new Database(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      nativeBinding: options.nativeBinding,
      timeout: options.busyTimeout ?? 5000,
    });
    if (options.readonly) db.pragma('user_version');
  } catch (error) {
    if (db?.open) db.close();
    const copy = options.readonly ? readOnlyMediaCopy(file, options, error) : null;
    if (!copy) throw explainStorageError(error, file);
    db = copy;
  }
  try {
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // better-sqlite3 defaults WAL to NORMAL: a commit could vanish on power loss. FULL syncs
      // the WAL on every commit, which is what "acknowledged" must mean here.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (!options.skipIntegrityCheck) assertHealthy(db, file);
    if (!options.readonly) migrate(db);
    else if (userVersion(db) > SCHEMA_VERSION) throw newerStoreError(file, userVersion(db));
    return db;
  } catch (error) {
    db.close();
    throw explainStorageError(error, file);
  }
}

/**
 * A WAL store on read-only media (a read-only mount, a locked-down share) cannot be opened in
 * place: SQLite needs its -shm file. When the store was closed cleanly (no WAL left), read an
 * in-memory copy instead, so the reporter can still read and export their text. The file is
 * never written: the copy's header is switched out of WAL mode in memory only.
 */
function readOnlyMediaCopy(file: string, options: OpenOptions, error: unknown): Db | null {
  if ((error as { code?: string })?.code !== 'SQLITE_CANTOPEN') return null;
  try {
    if (existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0) return null;
    const bytes = readFileSync(file);
    if (bytes.length < 100) return null;
    bytes[18] = 1; // write format: legacy (rollback journal)
    bytes[19] = 1; // read format
    return new Database(bytes, { readonly: true, nativeBinding: options.nativeBinding });
  } catch {
    return null;
  }
}

/**
 * A check run before each write: the store file must still be where it was opened. SQLite in WAL
 * mode keeps writing to a file whose folder was deleted (its drive unplugged, a sync tool moving
 * it), and those writes would be acknowledged and then lost with the orphaned file.
 */
export function placeGuard(file: string, stat: (path: string) => { ino: number } = statSync): () => void {
  const inode = (): number | null => {
    try {
      return stat(file).ino;
    } catch (error) {
      // A folder made unreadable (chmod 000) hides the file without moving it: say so.
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') throw explainStorageError(error, file);
      return null;
    }
  };
  const opened = inode();
  return () => {
    if (opened !== null && inode() !== opened) {
      throw explainStorageError(Object.assign(new Error('the store file is no longer at its path'), { code: 'SQLITE_READONLY_DBMOVED' }), file);
    }
  };
}

export function userVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function newerStoreError(file: string, version: number): StoreError {
  return new StoreError(`${file} was written by a newer Copydesk (schema ${version}; this one knows ${SCHEMA_VERSION}). Update Copydesk to open it.`);
}

/** Brings the schema up to date, one step per transaction, so a failed step leaves the last good one. */
export function migrate(db: Db, target = SCHEMA_VERSION): void {
  const current = userVersion(db);
  if (current > SCHEMA_VERSION) throw newerStoreError(db.name, current);
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** Problems PRAGMA integrity_check reports; empty when the file is healthy. */
export function integrityProblems(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  const fk = db.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`${fk.length} row(s) point at missing articles`);
  return problems;
}

function assertHealthy(db: Db, file: string): void {
  const problems = integrityProblems(db);
  if (problems.length > 0) {
    throw new DamagedStoreError(`${file} is damaged: ${problems.slice(0, 3).join('; ')}. Restore the latest backup ("copydesk backup --restore FILE").`, file);
  }
}
