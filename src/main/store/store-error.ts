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
  ) {
    super('storage', message);
    this.name = 'StoreError';
  }
}

/** Turns an error from SQLite or the file system into a StoreError naming what to do. */
export function explainStorageError(error: unknown, where: string): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: string })?.code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return new StoreError(`The disk holding ${where} is full. Free some space; Copydesk keeps your text on screen and will try again.`, error, true);
    case 'SQLITE_READONLY':
    case 'SQLITE_READONLY_DIRECTORY':
    case 'SQLITE_READONLY_DBMOVED':
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new StoreError(`Copydesk cannot write to ${where}: it is read-only or not yours. Choose another data folder or fix its permissions.`, error);
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new StoreError(`${where} is locked by another program (another Copydesk?). Close it; Copydesk will try again.`, error, true);
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return new StoreError(`${where} is damaged (${detail}). Restore it from a backup with "copydesk backup --restore"; nothing more will be written to it.`, error);
    case 'ENOENT':
    case 'ENOTDIR':
      return new StoreError(`${where} does not exist or is not a folder (is its drive connected?). Connect it or choose another data folder with --data.`, error, true);
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
