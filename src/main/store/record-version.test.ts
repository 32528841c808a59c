/** The store's own invariants: a version and its "versioned" mark land together; ids are checked without reading drafts. */
import { afterEach, describe, expect, it } from 'vitest';
import { testStore, type TestStore } from '../../../tests/unit/support';
import { contentOf, newContent } from '../../shared/article/content';
import { blocksToBody, bodyToBlocks } from '../../shared/article/blocks';
import { para, photo } from '../../shared/diff/test-support';
import { NO_MEDIA_CHANGES } from '../../shared/article/version';
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATABASE_FILE, migrate } from './database';
import { canonicalJson } from './article-store';
import { pack } from './delta';
import { openStore } from '.';

let env: TestStore;
afterEach(() => env?.cleanup());

const author = { name: 'Dana Reyes', email: 'dana@news.example' };
const at = '2026-03-01T10:00:00Z';

describe('recordVersion', () => {
  it('keeps the draft as it stands and marks that revision versioned', () => {
    env = testStore();
    const { store } = env;
    const a = store.articles.create({ headline: 'Snow closes pass' }, at);
    store.articles.saveDraft(a.id, { deck: 'Crews expect to reopen it by noon' }, at);
    const draft = store.articles.get(a.id);
    const version = store.recordVersion(a.id, { kind: 'checkpoint', label: 'Filed', author, createdAt: at });
    expect(version).toMatchObject({ number: 1, kind: 'checkpoint', label: 'Filed', author });
    expect(store.versions.read(a.id, 1)).toEqual(contentOf(draft));
    expect(store.articles.versionedRevision(a.id)).toBe(draft.revision);
    expect(store.articles.dirtySince(a.id)).toBeNull();
  });

  it('is one transaction: when the version cannot be written, the draft is not marked versioned', () => {
    env = testStore();
    const { store } = env;
    const a = store.articles.create({ headline: 'Tram strike' }, at);
    store.articles.saveDraft(a.id, { deck: 'Unions call a second day' }, at);
    store.db.exec(`CREATE TEMP TRIGGER refuse_versions BEFORE INSERT ON versions BEGIN SELECT RAISE(ABORT, 'disk went away'); END`);
    expect(() => store.recordVersion(a.id, { kind: 'checkpoint', author, createdAt: at })).toThrow(/disk went away/);
    expect(store.articles.versionedRevision(a.id)).toBe(-1);
    expect(store.versions.list(a.id)).toEqual([]);
  });

  it('refuses an id the store does not hold, in the one not-found sentence', () => {
    env = testStore();
    expect(() => env.store.recordVersion('nosuch1', { kind: 'checkpoint', author, createdAt: at })).toThrow(
      'There is no article with the id nosuch1.',
    );
  });
});

describe('photo counts in History', () => {
  it('stores the redline’s photo counts with each version and reads them back in the list', () => {
    env = testStore();
    const { store } = env;
    const lede = para('The council voted 5-2 on Tuesday to raise bus fares.', 'bmlede');
    const bus = photo('bus', { caption: 'A bus on Main Street.', credit: 'Jon Park' }, 'bmbus');
    const a = store.articles.create({ headline: 'Fares rise', body: blocksToBody([lede]) }, at);
    store.recordVersion(a.id, { kind: 'checkpoint', author, createdAt: at });
    store.articles.saveDraft(a.id, { body: blocksToBody([lede, bus]) }, at);
    store.recordVersion(a.id, { kind: 'checkpoint', author, createdAt: at });
    const captioned = photo('bus', { caption: 'A city bus on Main Street on Tuesday.', credit: 'Jon Park' }, 'bmbus');
    store.articles.saveDraft(a.id, { body: blocksToBody([lede, captioned]) }, at);
    store.recordVersion(a.id, { kind: 'checkpoint', author, createdAt: at });
    expect(bodyToBlocks(store.articles.get(a.id).body)).toHaveLength(2);
    const [third, second, first] = store.versions.list(a.id);
    expect(first!.media).toEqual(NO_MEDIA_CHANGES);
    expect(second!.media).toEqual({ ...NO_MEDIA_CHANGES, photosAdded: 1 });
    expect(second!.wordsAdded).toBe(0);
    expect(third!.media).toEqual({ ...NO_MEDIA_CHANGES, photoFieldsChanged: 1 });
    expect(store.versions.summary(a.id, 2)!.media.photosAdded).toBe(1);
  });

  it('a version pulled from the desk keeps the desk’s word counts and has its photos counted here', () => {
    env = testStore();
    const { store } = env;
    const lede = para('The ferry resumed service at dawn.', 'bmferry');
    const dock = photo('dock', { caption: 'The ferry at the dock.', credit: 'Ana Ruiz' }, 'bmdock');
    const a = store.articles.create({ headline: 'Ferry resumes' }, at);
    const desk = (words: number, added: number, removed: number) => ({
      kind: 'checkpoint' as const,
      author,
      createdAt: at,
      counts: { words, added, removed },
    });
    const first = store.versions.append(a.id, newContent({ headline: 'Ferry resumes', body: blocksToBody([lede, dock]) }), desk(6, 6, 0));
    expect(first).toMatchObject({ wordsAdded: 6, media: { ...NO_MEDIA_CHANGES, photosAdded: 1 } });
    const second = store.versions.append(a.id, newContent({ headline: 'Ferry resumes', body: blocksToBody([lede]) }), desk(6, 2, 1));
    // The desk's words stand even where a local count would differ; the photo is counted locally.
    expect(second).toMatchObject({ wordsAdded: 2, wordsRemoved: 1, media: { ...NO_MEDIA_CHANGES, photosRemoved: 1 } });
  });

  it('a version recorded before migration 11 reads back with no photo changes, and the next one is counted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-m11-'));
    try {
      const raw = new Database(join(dir, DATABASE_FILE));
      migrate(raw, 10);
      const bus = photo('bus', { caption: 'A bus on Main Street.' }, 'bmbus');
      const content = newContent({ headline: 'Fares rise', body: blocksToBody([para('Fares rise on Monday.', 'bmlede'), bus]) });
      const text = canonicalJson(content);
      raw
        .prepare('INSERT INTO articles (id, created_at, edited_at, headline, draft) VALUES (?, ?, ?, ?, ?)')
        .run('oldarticle1', at, at, content.headline, JSON.stringify(content));
      raw
        .prepare(
          `INSERT INTO versions (article_id, number, created_at, author_name, author_email, kind, label, word_count, words_added,
             words_removed, status, encoding, base, payload, sha256) VALUES (?, 1, ?, ?, ?, 'checkpoint', NULL, 4, 4, 0, 'draft', 'key', NULL, ?, ?)`,
        )
        .run('oldarticle1', at, author.name, author.email, pack(text), createHash('sha256').update(text, 'utf8').digest('hex'));
      raw.close();

      const store = openStore(dir);
      try {
        expect(store.versions.list('oldarticle1')[0]).toMatchObject({ number: 1, wordsAdded: 4, media: NO_MEDIA_CHANGES });
        store.articles.saveDraft('oldarticle1', { body: blocksToBody([para('Fares rise on Monday.', 'bmlede')]) }, at);
        expect(store.recordVersion('oldarticle1', { kind: 'checkpoint', author, createdAt: at }).media).toEqual({
          ...NO_MEDIA_CHANGES,
          photosRemoved: 1,
        });
      } finally {
        store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('assertExists', () => {
  it('checks the id without reading the draft, so a damaged draft still shows its history', async () => {
    env = testStore();
    const { store, handlers } = env;
    const a = store.articles.create({ headline: 'Harbor dredging plan' }, at);
    store.recordVersion(a.id, { kind: 'checkpoint', author, createdAt: at });
    store.db.prepare("UPDATE articles SET draft = '{not json' WHERE id = ?").run(a.id);
    expect(() => store.articles.get(a.id)).toThrow(/not readable JSON/);
    expect(() => store.articles.assertExists(a.id)).not.toThrow();
    // The versions are what a desk recovers a damaged draft from: listing them must still work.
    expect((await handlers.listVersions({ id: a.id })).map((v) => v.number)).toEqual([1]);
    expect(() => store.articles.assertExists('nosuch1')).toThrow('There is no article with the id nosuch1.');
    expect(() => handlers.listVersions({ id: 'nosuch1' })).toThrow('There is no article with the id nosuch1.');
  });
});
