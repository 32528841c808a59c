/**
 * Failures of the store, in words a reporter can act on. Wraps SQLite and file-system codes so
 * the API, the CLI and the desktop shell all show the same sentence.
 */
import { ApiError } from '../../shared/api/errors';

export class StoreError extends ApiError {
  constructor(
    message: string,
    override readonly cause?: unknown,
    /** True when trying again later may succeed (a lock, a full disk being cleared). */
    readonly retryable = false,
    code: 'storage' | 'locked' = 'storage',
  ) {
    super(code, message);
    this.name = 'StoreError';
  }
}

/**
 * Another connection (another Copydesk process, a CLI import) holds SQLite's write lock for
 * longer than the busy timeout. Every form SQLite reports this in (SQLITE_BUSY and its extended
 * codes, SQLITE_LOCKED, a bare "database is locked") becomes this one error, code 'locked', which
 * the page's autosave retries.
 */
export class StoreBusyError extends StoreError {
  constructor(where: string, cause?: unknown) {
    super(
      `${where} is busy: another program (another Copydesk, or a copydesk command) is writing to it. Copydesk will try again; if this lasts, close the other program.`,
      cause,
      true,
      'locked',
    );
    this.name = 'StoreBusyError';
  }
}

/** True for every way SQLite says another connection holds the lock. */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return true;
  const message = error instanceof Error ? error.message : '';
  return /\bdatabase (table )?is locked\b/i.test(message);
}

/**
 * The store file itself is damaged (SQLite reports corruption, or the integrity check fails).
 * Carries the file so a shell can offer the latest good backup of its data dir.
 */
export class DamagedStoreError extends StoreError {
  constructor(
    message: string,
    readonly file: string,
    cause?: unknown,
  ) {
    super(message, cause);
    this.name = 'DamagedStoreError';
  }
}

/** Turns an error from SQLite or the file system into a StoreError naming what to do. */
export function explainStorageError(error: unknown, where: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: string })?.code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (isBusyError(error)) return new StoreBusyError(where, error);
  switch (code) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return new StoreError(
        `The disk holding ${where} is full. Free some space; Copydesk keeps your text on screen and will try again.`,
        error,
        true,
      );
    case 'SQLITE_READONLY_DBMOVED':
      // The file vanished under an open connection: its folder was deleted or its drive unplugged.
      return new StoreError(
        `${where} was moved or deleted while Copydesk had it open (was its drive disconnected?). Reconnect it and restart Copydesk; your text stays on screen meanwhile.`,
        error,
        true,
      );
    case 'EACCES':
    case 'EPERM':
      // Permissions changed under a running Copydesk (chmod 000): not moved, not read-only media.
      return new StoreError(
        `Copydesk cannot use ${where}: permission denied (the permissions of the file or its folder shut Copydesk out). Fix them with chmod, or choose another data folder.`,
        error,
      );
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
    case 'EROFS':
      return new StoreError(
        `Copydesk cannot write to ${where}: it is read-only or not yours. Choose another data folder or fix its permissions.`,
        error,
      );
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new DamagedStoreError(
        `${where} is damaged (${detail}). Restore it from a backup with "copydesk backup --restore FILE"; nothing more will be written to it.`,
        where,
        error,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new StoreError(
        `${where} does not exist or is not a folder (is its drive connected?). Connect it or choose another data folder with --data.`,
        error,
        true,
      );
    case 'SQLITE_IOERR':
    case 'EIO':
      return new StoreError(`Reading or writing ${where} failed (${detail}). Check the drive; Copydesk will try again.`, error, true);
    default:
      if (code.startsWith('SQLITE_IOERR')) {
        return new StoreError(`Reading or writing ${where} failed (${detail}). Check the drive; Copydesk will try again.`, error, true);
      }
      return new StoreError(`The store at ${where} failed: ${detail}`, error);
  }
}
