/** Applies the schema steps of migrations.ts by PRAGMA user_version. */
import type Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { StoreError } from './store-error';

export function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function newerStoreError(file: string, version: number): StoreError {
  return new StoreError(
    `${file} was written by a newer Copydesk (schema ${version}; this one knows ${SCHEMA_VERSION}). Update Copydesk to open it.`,
  );
}

/** Brings the schema up to date, one step per transaction, so a failed step leaves the last good one. */
export function migrate(db: Database.Database, target = SCHEMA_VERSION): void {
  const current = userVersion(db);
  if (current > SCHEMA_VERSION) throw newerStoreError(db.name, current);
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    // IMMEDIATE, as every write (see write-transaction.ts): another process may have the store open.
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
