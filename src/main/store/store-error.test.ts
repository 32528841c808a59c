import { describe, expect, it } from 'vitest';
import { StoreBusyError, explainStorageError, isBusyError } from './store-error';

const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('every form of "another connection holds the lock" is one retryable error', () => {
  const forms = [
    sqliteError('SQLITE_BUSY', 'database is locked'),
    sqliteError('SQLITE_BUSY_SNAPSHOT', 'database is locked'),
    sqliteError('SQLITE_BUSY_RECOVERY', 'database is locked'),
    sqliteError('SQLITE_BUSY_TIMEOUT', 'database is locked'),
    sqliteError('SQLITE_LOCKED', 'database table is locked'),
    sqliteError('SQLITE_LOCKED_SHAREDCACHE', 'database table is locked: articles'),
    new Error('database is locked'),
  ];
  for (const form of forms) {
    it(`${(form as { code?: string }).code ?? 'a bare message'}: ${form.message}`, () => {
      expect(isBusyError(form)).toBe(true);
      const explained = explainStorageError(form, '/data/copydesk.sqlite');
      expect(explained).toBeInstanceOf(StoreBusyError);
      expect(explained).toMatchObject({ code: 'locked', retryable: true });
      expect(explained.message).toBe(
        '/data/copydesk.sqlite is busy: another program (another Copydesk, or a copydesk command) is writing to it. Copydesk will try again; if this lasts, close the other program.',
      );
    });
  }

  it('leaves other failures to their own words', () => {
    expect(isBusyError(sqliteError('SQLITE_FULL', 'database or disk is full'))).toBe(false);
    expect(explainStorageError(sqliteError('SQLITE_FULL', 'database or disk is full'), 'x').code).toBe('storage');
  });
});
