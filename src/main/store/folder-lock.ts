/**
 * One writer per data folder. A long-lived writer (`copydesk serve`, the desktop app, a restore)
 * holds `copydesk.lock` in the data folder for as long as it runs; a second one is refused with
 * the holder's name: "This data folder is open in copydesk serve on port 5178 (pid 1234, since
 * 14:02)…". Short commands (import, backup -o, list) do not take it: they share the store through
 * SQLite's own locking and wait their turn (immediate transactions, a busy timeout).
 *
 * The lock is an operating-system lock, so a holder that crashes or is killed releases it at once
 * and the next start takes over with no stale-lock guessing (no pid reuse, no clock, no cleanup).
 * Node has no flock(); the one OS lock reachable from Node without another native addon is
 * SQLite's own (POSIX fcntl locks on Unix, LockFileEx on Windows), through better-sqlite3, which
 * Copydesk already ships. So `copydesk.lock` is a tiny SQLite database in rollback-journal mode:
 * the holder keeps a write transaction open (SQLite's RESERVED lock: one holder at a time, while
 * others can still read) and its committed `holder` row says who it is. Never open this file with
 * anything but SQLite: closing any other handle on it would drop the holder's fcntl lock.
 */
import Database from 'better-sqlite3';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { prepareDataDir } from './database';
import { StoreError, explainStorageError } from './store-error';

export const LOCK_FILE = 'copydesk.lock';

export interface FolderHolder {
  pid: number;
  host: string;
  /** What holds the folder, in words: "copydesk serve on port 5178", "the desktop app". */
  program: string;
  /** When it took the folder, ISO 8601. */
  since: string;
}

export interface FolderLock {
  dir: string;
  holder: FolderHolder;
  release(): void;
}

/** A data folder held by another program; the message names it. */
export class FolderInUseError extends StoreError {
  constructor(
    message: string,
    readonly holder: FolderHolder | null,
  ) {
    super(message);
    this.name = 'FolderInUseError';
  }
}

/** Locks this process holds, by data folder: a restore inside the app must not wait on itself. */
const heldHere = new Map<string, FolderLock>();

export const holdsFolderHere = (dir: string): boolean => heldHere.has(resolve(dir));

interface HolderRow extends FolderHolder {
  token: string;
}

/** How long to wait while another program is between committing its name and re-taking the lock. */
const LOCK_WAIT_MS = 250;

/**
 * Takes the data folder for this process, or throws FolderInUseError naming the holder. The
 * advice says what to do about it (the default suits the command line and the desktop).
 */
export function lockDataFolder(
  dir: string,
  program: string,
  options: { nativeBinding?: string; advice?: string; now?: Date } = {},
): FolderLock {
  const key = resolve(dir);
  if (heldHere.has(key)) throw new FolderInUseError(inUseMessage(heldHere.get(key)!.holder, options.advice), heldHere.get(key)!.holder);
  prepareDataDir(dir);
  const file = join(dir, LOCK_FILE);
  let db: Database.Database;
  try {
    db = new Database(file, { timeout: LOCK_WAIT_MS, nativeBinding: options.nativeBinding });
  } catch (error) {
    throw explainStorageError(error, file);
  }
  const me: HolderRow = {
    token: `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    pid: process.pid,
    host: hostname(),
    program,
    since: (options.now ?? new Date()).toISOString(),
  };
  try {
    take(db, me, options.advice);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    if ((error as { code?: string }).code === 'SQLITE_NOTADB' || (error as { code?: string }).code === 'SQLITE_CORRUPT') {
      throw new StoreError(`${file} is not a Copydesk lock file. If no Copydesk has ${dir} open, delete ${file} and try again.`, error);
    }
    throw explainStorageError(error, file);
  }
  const lock: FolderLock = {
    dir: key,
    holder: publicHolder(me),
    release() {
      if (!db.open) return;
      heldHere.delete(key);
      try {
        db.exec('ROLLBACK');
        db.exec('BEGIN IMMEDIATE');
        db.prepare('DELETE FROM holder WHERE token = ?').run(me.token);
        db.exec('COMMIT');
      } catch {
        // The lock goes with the connection anyway.
      }
      db.close();
    },
  };
  heldHere.set(key, lock);
  return lock;
}

/**
 * Who holds the data folder now, or null when nobody does (read without taking anything).
 * wait: how long to wait for a starter between committing its name and re-taking the lock.
 */
export function folderHolder(dir: string, nativeBinding?: string, wait = LOCK_WAIT_MS): FolderHolder | null {
  let db: Database.Database | null = null;
  try {
    const lockDb = new Database(join(dir, LOCK_FILE), { fileMustExist: true, timeout: wait, nativeBinding });
    db = lockDb;
    try {
      // Free when the write lock can be had (and is given straight back).
      lockDb.exec('BEGIN IMMEDIATE');
      lockDb.exec('ROLLBACK');
      return null;
    } catch {
      return readHolder(lockDb);
    }
  } catch {
    return null;
  } finally {
    db?.close();
  }
}

/**
 * Leaves the connection inside an open write transaction (the lock) with `me` as the committed
 * holder row. Writing the row needs a COMMIT, which releases the lock for an instant; another
 * starter may take it then, so after re-taking the lock the row is read back, and written again
 * when it is not ours. Whoever fails to take the lock at any step is refused. (This is also why
 * the holder's name is fixed when the lock is taken: renaming it later would open that instant.)
 */
function take(db: Database.Database, me: HolderRow, advice?: string): void {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
        const holder = readHolder(db);
        throw new FolderInUseError(inUseMessage(holder, advice), holder);
      }
      throw error;
    }
    db.exec(
      'CREATE TABLE IF NOT EXISTS holder (token TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, program TEXT NOT NULL, since TEXT NOT NULL)',
    );
    const row = db.prepare('SELECT token FROM holder').get() as { token: string } | undefined;
    if (row?.token === me.token) return;
    db.prepare('DELETE FROM holder').run();
    db.prepare('INSERT INTO holder (token, pid, host, program, since) VALUES (?, ?, ?, ?, ?)').run(
      me.token,
      me.pid,
      me.host,
      me.program,
      me.since,
    );
    db.exec('COMMIT');
  }
  throw new StoreError('Copydesk could not take its data folder: other programs kept taking it. Try again.', undefined, true);
}

function readHolder(db: Database.Database): FolderHolder | null {
  try {
    const row = db.prepare('SELECT pid, host, program, since FROM holder').get() as FolderHolder | undefined;
    return row ?? null;
  } catch {
    return null;
  }
}

const publicHolder = ({ pid, host, program, since }: HolderRow): FolderHolder => ({ pid, host, program, since });

/** "14:02" today, "2026-12-03 14:02" on another day (local time, where the reporter is). */
function when(iso: string, now = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'an unknown time';
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay = at.toDateString() === now.toDateString();
  return sameDay ? time : `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${time}`;
}

/** The holder as one phrase: "copydesk serve on port 5178 (pid 1234, since 14:02)". */
export function describeHolder(holder: FolderHolder | null): string {
  if (!holder) return 'another Copydesk';
  const host = holder.host !== hostname() ? ` on ${holder.host}` : '';
  return `${holder.program} (pid ${holder.pid}${host}, since ${when(holder.since)})`;
}

/**
 * A short command may share the store with the folder's holder on this computer (SQLite's locks
 * and WAL index keep them apart), but not with one on another computer through a network share:
 * WAL's shared index does not reach across computers, and both would write blind.
 */
export function assertNoRemoteHolder(dir: string, nativeBinding?: string): void {
  const holder = folderHolder(dir, nativeBinding, 0);
  if (holder && holder.host !== hostname()) {
    throw new FolderInUseError(
      `This data folder is open in ${describeHolder(holder)}. Copydesk shares a store only between programs on one computer: run this there, or close it there first.`,
      holder,
    );
  }
}

function inUseMessage(holder: FolderHolder | null, advice = 'Close it first, or choose another folder with --data.'): string {
  return `This data folder is open in ${describeHolder(holder)}. ${advice}`;
}
