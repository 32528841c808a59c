/** One data dir's store: the database and the three stores over it. One writer per process. */
import { join } from 'node:path';
import { openDatabase, type Db, type OpenOptions, DATABASE_FILE } from './database';
import { ArticleStore } from './article-store';
import { VersionStore } from './version-store';
import { SettingsStore } from './settings-store';
import { NewsroomStore } from './newsroom-store';
import { ArticleEraser } from './erase-article';
import { recordVersion } from './record-version';
import type { NewVersion } from './version-store';
import type { VersionSummary } from '../../shared/article/version';
import { explainStorageError } from './store-error';
import { writeTransaction } from './write-transaction';
import { assertNoRemoteHolder } from './folder-lock';
import { ApiError } from '../../shared/api/errors';

export interface Store {
  dir: string;
  file: string;
  db: Db;
  articles: ArticleStore;
  versions: VersionStore;
  settings: SettingsStore;
  /** The shared desk: the hub this folder is joined to and the outbox of changes for it. */
  newsroom: NewsroomStore;
  /** "Delete forever" from the trash: the one way versions leave the store (erase-article.ts). */
  eraser: ArticleEraser;
  /** The better-sqlite3 build it was opened with (the desktop's), for backups it opens beside it. */
  nativeBinding?: string;
  /** Makes a version of the article's working draft and marks that draft versioned, in one transaction. */
  recordVersion(id: string, meta: NewVersion): VersionSummary;
  /** Runs fn in one write transaction (IMMEDIATE, see write-transaction.ts): all its writes land, or none. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export function openStore(dir: string, options: OpenOptions = {}): Store {
  if (!options.readonly) assertNoRemoteHolder(dir, options.nativeBinding);
  const db = openDatabase(dir, options);
  const file = join(dir, DATABASE_FILE);
  const versions = new VersionStore(db, file);
  const articles = new ArticleStore(db, file);
  const transaction = <T>(fn: () => T): T => {
    try {
      return writeTransaction(db, fn);
    } catch (error) {
      // A failed COMMIT (full disk, lost drive) surfaces here, outside any one store's wrapper.
      if (error instanceof ApiError) throw error;
      throw explainStorageError(error, file);
    }
  };
  return {
    dir,
    file,
    db,
    articles,
    versions,
    settings: new SettingsStore(db),
    newsroom: new NewsroomStore(db, versions),
    eraser: new ArticleEraser(db, file, (id) => versions.forget(id)),
    nativeBinding: options.nativeBinding,
    recordVersion: (id, meta) => transaction(() => recordVersion(db, articles, versions, id, meta)),
    transaction,
    close: () => {
      if (db.open) db.close();
    },
  };
}

export { StoreError } from './store-error';
