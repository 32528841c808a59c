/**
 * The one way Copydesk writes to a store: an IMMEDIATE transaction, guarded by the store's files.
 *
 * IMMEDIATE takes SQLite's write lock at BEGIN, waiting up to the busy timeout for another
 * process's write to finish. A deferred transaction (SQLite's default) starts as a reader and
 * upgrades at its first write; in WAL mode, when another process committed in between, that
 * upgrade fails at once with SQLITE_BUSY_SNAPSHOT and no busy timeout helps — which refused most
 * saves when two processes shared one store. Nested calls become savepoints of the outer one.
 */
import type Database from 'better-sqlite3';
import { assertStoreFilesInPlace } from './file-guard';

export function writeTransaction<T>(db: Database.Database, fn: () => T): T {
  const outermost = !db.inTransaction;
  if (outermost) assertStoreFilesInPlace(db);
  const result = db.transaction(fn).immediate();
  // Checked again after COMMIT: a WAL deleted while this transaction ran holds its commit only in
  // the orphaned file, so the save must not be confirmed.
  if (outermost) assertStoreFilesInPlace(db);
  return result;
}
