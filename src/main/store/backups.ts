/**
 * Backups of a data dir's store, always made with SQLite's online backup API (never by copying
 * the file, which could catch a half-written page or miss what sits in the WAL).
 *
 * - rotateBackups: at start-up, one backup a day in <data>/backups/copydesk-YYYY-MM-DD.sqlite,
 *   checked with integrity_check before it counts, the oldest beyond KEEP_DAILY deleted.
 * - restoreBackup: checks the backup first, keeps the current store as a backup of its own (or,
 *   when it is too damaged to read, moves it aside untouched), then writes the backup into the
 *   live path through the backup API.
 * - latestGoodBackup / damagedStoreAdvice: what a shell offers when the store will not open.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DATABASE_FILE, integrityProblems } from './database';
import { schemaProblems } from './schema-check';
import { holdsFolderHere, lockDataFolder } from './folder-lock';
import { openStore, type Store } from './index';
import { damagedPhotos } from './photo-store';
import { DamagedStoreError, StoreError, explainStorageError } from './store-error';

export const BACKUP_DIR = 'backups';
export const KEEP_DAILY = 14;

export type BackupKind = 'daily' | 'manual' | 'before-restore' | 'damaged';

export interface BackupFile {
  name: string;
  path: string;
  kind: BackupKind;
  /** When the file was written (its modification time), ISO 8601. */
  createdAt: string;
  bytes: number;
}

const DAILY = /^copydesk-(\d{4}-\d{2}-\d{2})\.sqlite$/;
const NAME = /^copydesk-[A-Za-z0-9-]+\.sqlite$/;

export const backupDir = (dataDir: string): string => join(dataDir, BACKUP_DIR);

/** A stamp usable in a file name on every system: 2026-11-05T09-30-00. */
const stamp = (now: Date) => now.toISOString().slice(0, 19).replace(/:/g, '-');

function kindOf(name: string): BackupKind {
  if (DAILY.test(name)) return 'daily';
  if (name.startsWith('copydesk-before-restore-')) return 'before-restore';
  if (name.startsWith('copydesk-damaged-')) return 'damaged';
  return 'manual';
}

/** The backups in a data dir, newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => NAME.test(name))
    .map((name) => {
      const path = join(dir, name);
      const stat = statSync(path);
      return { name, path, kind: kindOf(name), createdAt: stat.mtime.toISOString(), bytes: stat.size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * Problems with a backup file (empty when it is a healthy Copydesk store this version can open):
 * integrity, schema version, every table, index and trigger Copydesk's migrations make at that
 * version — a file with just a table named `articles` is not a store — and every photo's bytes
 * against their SHA-256.
 */
export function backupProblems(file: string, nativeBinding?: string): string[] {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const problems = integrityProblems(db);
    if (problems.length > 0) return problems;
    const schema = schemaProblems(db, { nativeBinding });
    if (schema.length > 0) return schema;
    // integrity_check never reads a BLOB's contents: each photo is hashed against its name.
    const hasPhotos = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'photos'").get();
    return hasPhotos
      ? damagedPhotos(db).damaged.map((hash) => `photo ${hash.slice(0, 12)}… is damaged (its bytes no longer match their SHA-256)`)
      : [];
  } catch (error) {
    return [(error as Error).message];
  } finally {
    db?.close();
  }
}

/**
 * Writes a backup of the open store to file through the backup API, publishing it under its
 * name only once integrity_check passes, so a crash mid-backup never leaves a half file that
 * looks like a backup.
 */
export async function backupStore(store: Store, file: string): Promise<BackupFile> {
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    await store.db.backup(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw explainStorageError(error, file);
  }
  try {
    // A backup is one self-contained file: rollback journal, not WAL (no -wal/-shm beside it).
    const copy = new Database(partial, { fileMustExist: true, nativeBinding: store.nativeBinding });
    copy.pragma('journal_mode = DELETE');
    copy.close();
  } catch (error) {
    rmSync(partial, { force: true });
    throw explainStorageError(error, file);
  }
  const problems = backupProblems(partial, store.nativeBinding);
  if (problems.length > 0) {
    rmSync(partial, { force: true });
    throw new StoreError(
      `The backup written to ${file} did not pass its check (${problems[0]}); it was deleted. Try again.`,
      undefined,
      true,
    );
  }
  renameSync(partial, file);
  const stat = statSync(file);
  return { name: basename(file), path: file, kind: kindOf(basename(file)), createdAt: stat.mtime.toISOString(), bytes: stat.size };
}

export interface Rotation {
  created: BackupFile | null;
  deleted: string[];
}

/**
 * The daily backup: when no backup of today (UTC date of now) exists, write one, then delete
 * the oldest daily backups beyond keep. Other backups (manual, before-restore, damaged) are the
 * reporter's own safety copies and are never deleted here.
 */
export async function rotateBackups(store: Store, dir = backupDir(store.dir), now = new Date(), keep = KEEP_DAILY): Promise<Rotation> {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw explainStorageError(error, `the backup folder ${dir}`);
  }
  const today = now.toISOString().slice(0, 10);
  const dailyNames = () =>
    readdirSync(dir)
      .filter((n) => DAILY.test(n))
      .sort();
  let created: BackupFile | null = null;
  const newest = dailyNames().at(-1)?.match(DAILY)?.[1];
  if (!newest || newest < today) created = await backupStore(store, join(dir, `copydesk-${today}.sqlite`));
  const deleted: string[] = [];
  const names = dailyNames();
  for (const name of names.slice(0, Math.max(0, names.length - keep))) {
    rmSync(join(dir, name), { force: true });
    deleted.push(name);
  }
  return { created, deleted };
}

/** The newest backup that passes its check, or null. Damaged copies kept aside never count. */
export function latestGoodBackup(dataDir: string, nativeBinding?: string): BackupFile | null {
  for (const backup of listBackups(dataDir)) {
    if (backup.kind === 'damaged') continue;
    if (backupProblems(backup.path, nativeBinding).length === 0) return backup;
  }
  return null;
}

const quote = (path: string) => (/^[\w./:@-]+$/.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`);

/** The exact command that restores a backup into a data dir. */
export const restoreCommand = (file: string, dataDir: string): string =>
  `copydesk backup --restore ${quote(file)} --data ${quote(dataDir)}`;

/** What to tell a person whose store will not open because it is damaged. */
export function damagedStoreAdvice(dataDir: string, nativeBinding?: string): string {
  const good = latestGoodBackup(dataDir, nativeBinding);
  if (!good) {
    return `There is no good backup in ${backupDir(dataDir)}. The damaged file is left exactly as it is; keep it and ask for help before changing it.`;
  }
  return `The latest good backup is ${good.path} (made ${good.createdAt}). Restore it with: ${restoreCommand(good.path, dataDir)}`;
}

export const isDamagedStoreError = (error: unknown): error is DamagedStoreError => error instanceof DamagedStoreError;

export interface RestoreOptions {
  /** The store when it is open in this process (the app): it is reopened on the restored file. */
  store?: Store;
  nativeBinding?: string;
  now?: Date;
}

export interface Restored {
  restored: string;
  /** Where the store as it was before the restore is kept. */
  keptAs: string | null;
}

/** Moves the live file and its WAL aside untouched (renaming is not copying: every byte stays). */
function moveAside(live: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(live + suffix)) renameSync(live + suffix, to + suffix);
  }
}

/**
 * Replaces a data dir's store with a backup. Nothing is lost: the backup is checked first, and
 * the current store is kept in backups/ (a backup-API copy when healthy, else the file itself
 * moved aside) before the backup is written into the live path through the backup API.
 */
export async function restoreBackup(dataDir: string, backupFile: string, given: RestoreOptions = {}): Promise<Restored> {
  const options = { ...given, nativeBinding: given.nativeBinding ?? given.store?.nativeBinding };
  const problems = backupProblems(backupFile, options.nativeBinding);
  if (problems.length > 0) {
    throw new StoreError(
      `The backup ${backupFile} cannot be restored: ${problems.slice(0, 2).join('; ')}. Choose another backup; the current store was not changed.`,
    );
  }
  // Replacing the store under another running Copydesk would pull it from under that program's
  // feet: the folder must be this process's (the app restoring its own store), or free.
  const lock = holdsFolderHere(dataDir)
    ? null
    : lockDataFolder(dataDir, 'copydesk backup --restore', {
        nativeBinding: options.nativeBinding,
        advice: 'Close it first, or restore from its Backups view; the current store was not changed.',
      });
  try {
    return await replaceStore(dataDir, backupFile, options);
  } finally {
    lock?.release();
  }
}

async function replaceStore(dataDir: string, backupFile: string, options: RestoreOptions): Promise<Restored> {
  const live = join(dataDir, DATABASE_FILE);
  const dir = backupDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const at = stamp(options.now ?? new Date());
  let keptAs: string | null = null;

  if (existsSync(live)) {
    // Keep the current store: a checked backup-API copy if it reads, else the file itself.
    let current: Store | null = options.store ?? null;
    let opened = false;
    try {
      if (!current) {
        current = openStore(dataDir, { skipIntegrityCheck: true, nativeBinding: options.nativeBinding });
        opened = true;
      }
      if (integrityProblems(current.db).length > 0) throw new DamagedStoreError('damaged', live);
      keptAs = (await backupStore(current, join(dir, `copydesk-before-restore-${at}.sqlite`))).path;
    } catch {
      keptAs = null;
    } finally {
      if (opened) current?.close();
    }
    if (!keptAs) {
      options.store?.close();
      keptAs = join(dir, `copydesk-damaged-${at}.sqlite`);
      moveAside(live, keptAs);
    }
  }

  const source = new Database(backupFile, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    await source.backup(live);
  } catch (error) {
    throw explainStorageError(error, live);
  } finally {
    source.close();
  }

  // Reopen (checks integrity, migrates an older backup) and, in the app, swap the live store's
  // connection and stores in place so the services see the restored text and no stale cache.
  const fresh = openStore(dataDir, { nativeBinding: options.nativeBinding });
  if (options.store) {
    options.store.close();
    Object.assign(options.store, fresh);
  } else {
    fresh.close();
  }
  return { restored: backupFile, keptAs };
}
