/** All services behind the API contract, for one open store. */
import type { Store } from '../store';
import type { ApiHandlers } from '../../shared/api/contract';
import { createArticleService, type ServiceOptions } from './article-service';
import { exportFromStore } from './export-service';
import { readArticles, writeImports } from './import-service';
import { nowIso } from '../../shared/text/dates';
import { compareInStore, proposeInStore } from './compare-service';
import { createBackupService } from './backup-service';
import { createPhotoService } from './photo-service';
import { createNewsroomService, withNewsroom } from './newsroom-service';
import { NewsroomSync } from '../sync/newsroom-sync';

export interface AllServiceOptions extends ServiceOptions {
  /** The shared desk's sync for this store; made here (without a background loop) when not given. */
  sync?: NewsroomSync;
}

export function createServices(store: Store, options: AllServiceOptions = {}): ApiHandlers {
  const articles = createArticleService(store, options);
  const now = options.now ?? (() => nowIso());
  const sync = options.sync ?? new NewsroomSync(store, { now: options.now });
  return withNewsroom(
    {
      ...articles,
      ...createNewsroomService(sync),
      ...createBackupService(store),
      ...createPhotoService(store),
      // The web host and the CLI have no spellchecker of their own; the desktop shell replaces this.
      setSpellcheckLanguage: () => ({ applied: [] }),
      compareVersions: ({ id, from, to }) => compareInStore(store, id, from, to),
      proposeNote: async ({ id, kind }) => proposeInStore(store, id, now(), (await articles.getSettings({})).houseStyle, kind),
      importFiles: async ({ files, asVersionOf }) => {
        if (asVersionOf) store.articles.assertExists(asVersionOf);
        const items = await readArticles(
          files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })),
          options.work,
        );
        return writeImports(store, items, (await articles.getSettings({})).author, now(), asVersionOf);
      },
      exportArticle: async ({ id, version, format }) => {
        const file = await exportFromStore(store, id, version, format, options.work);
        const bytes = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : file.data;
        return { fileName: file.fileName, mime: file.mime, base64: bytes.toString('base64') };
      },
    },
    sync,
  );
}
