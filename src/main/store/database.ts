/**
 * Opens the one SQLite file that holds a data dir's articles: WAL with synchronous=FULL so an
 * acknowledged write survives a power cut, foreign keys on, the schema migrated by
 * PRAGMA user_version. An existing file is first probed read-only — integrity check, schema
 * version, every table and trigger Copydesk makes — so a file that is refused is left byte for
 * byte as it was (switching it to WAL alone would rewrite its header).
 */
import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { SCHEMA_VERSION } from './migrations';
import { migrate, newerStoreError, userVersion } from './migrate';
import { schemaProblems } from './schema-check';
import { guardStoreFiles } from './file-guard';
import { DamagedStoreError, StoreError, explainStorageError } from './store-error';

export { migrate, userVersion } from './migrate';

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

/**
 * How long a write waits for another process's write (a CLI import while the app autosaves)
 * before it reports the store busy. Copydesk's own transactions last milliseconds.
 */
export const BUSY_TIMEOUT_MS = 10_000;

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
  if (!options.readonly && existsSync(file)) probe(file, options);
  let db: Db | undefined;
  try {
    db = new Database(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      nativeBinding: options.nativeBinding,
      timeout: options.busyTimeout ?? BUSY_TIMEOUT_MS,
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
    if (options.readonly) {
      if (!options.skipIntegrityCheck) assertHealthy(db, file);
      if (userVersion(db) > SCHEMA_VERSION) throw newerStoreError(file, userVersion(db));
    } else {
      migrate(db);
      // SQLite opens the WAL at the first read: make sure it has, then remember the files, so each
      // write can check they are still the ones in use.
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      guardStoreFiles(db, file);
    }
    return db;
  } catch (error) {
    db.close();
    throw explainStorageError(error, file);
  }
}

/**
 * Checks an existing store through a read-only connection before anything may write to it:
 * damaged, newer or foreign files are refused untouched. Throws a StoreError saying which.
 */
function probe(file: string, options: OpenOptions): void {
  let db: Db | undefined;
  try {
    db = new Database(file, {
      readonly: true,
      fileMustExist: true,
      nativeBinding: options.nativeBinding,
      timeout: options.busyTimeout ?? BUSY_TIMEOUT_MS,
    });
    if (!options.skipIntegrityCheck) assertHealthy(db, file);
    const version = userVersion(db);
    if (version > SCHEMA_VERSION) throw newerStoreError(file, version);
    const problems = schemaProblems(db, { allowEmpty: true, nativeBinding: options.nativeBinding });
    if (problems.length > 0) {
      throw new StoreError(
        `${file} cannot be opened: ${problems.slice(0, 2).join('; ')}. It is left exactly as it is; choose another data folder with --data.`,
      );
    }
  } catch (error) {
    // SQLite cannot open a WAL store read-only on a folder it cannot write its -shm in; the
    // read-write open that follows reports that case in its own words.
    if ((error as { code?: string }).code === 'SQLITE_CANTOPEN') return;
    throw explainStorageError(error, file);
  } finally {
    if (db?.open) db.close();
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
    throw new DamagedStoreError(
      `${file} is damaged: ${problems.slice(0, 3).join('; ')}. Restore the latest backup ("copydesk backup --restore FILE").`,
      file,
    );
  }
}
