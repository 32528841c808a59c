/**
 * Backups from the app: the list of kept backups and "Restore" (see store/backups.ts). Names
 * only, never paths: the page can pick a backup in this data dir's backups/ folder, nothing else.
 */
import { join } from 'node:path';
import type { Store } from '../store';
import type { ApiHandlers, BackupInfo } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { mkdirSync } from 'node:fs';
import { backupDir, backupStore, listBackups, restoreBackup } from '../store/backups';

export type BackupHandlers = Pick<ApiHandlers, 'listBackups' | 'restoreBackup' | 'backupNow'>;

export function createBackupService(store: Store): BackupHandlers {
  return {
    listBackups: (): BackupInfo[] => listBackups(store.dir).map(({ name, kind, createdAt, bytes }) => ({ name, kind, createdAt, bytes })),

    backupNow: async () => {
      mkdirSync(backupDir(store.dir), { recursive: true });
      // Named to the second, as `copydesk backup` names none: a manual backup, never rotated away.
      const name = `copydesk-manual-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.sqlite`;
      const { kind, createdAt, bytes } = await backupStore(store, join(backupDir(store.dir), name));
      return { name, kind, createdAt, bytes };
    },

    restoreBackup: async ({ name }) => {
      const backup = listBackups(store.dir).find((b) => b.name === name);
      if (!backup) throw new ApiError('not-found', `There is no backup named ${name} in ${backupDir(store.dir)}.`);
      if (backup.kind === 'damaged')
        throw new ApiError('conflict', `${name} is a damaged store kept aside for rescue; it cannot be restored from here.`);
      const done = await restoreBackup(store.dir, join(backupDir(store.dir), name), { store });
      return { restored: name, keptAs: done.keptAs ? done.keptAs.split(/[\\/]/).pop()! : null };
    },
  };
}
