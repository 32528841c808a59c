/** "Delete forever": one trashed article's versions go; the append-only guard stays for the rest. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '.';
import { newContent } from '../../shared/article/content';
import { blocksToBody } from '../../shared/article/blocks';
import Database from 'better-sqlite3';
import { DATABASE_FILE, migrate } from './database';
import { putPhoto, type StoredPhoto } from './photo-store';
import { fillPhotoUses } from './photo-uses';
import { png } from '../../../tests/photos/images';

let dir: string;
let store: Store;
afterEach(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(): Store {
  dir = mkdtempSync(join(tmpdir(), 'copydesk-erase-'));
  return (store = openStore(dir));
}

const author = { name: 'Test', email: '' };
const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00Z`;
const body = (...paragraphs: string[]) =>
  blocksToBody(paragraphs.map((text, i) => ({ id: `p${i}`, type: 'paragraph' as const, runs: [{ text, format: 0 }] })));

/** An article with `count` versions, each a small edit of the last (so most are stored as deltas). */
function withVersions(headline: string, count: number, published = false): string {
  const article = store.articles.create({ headline }, at(0));
  for (let i = 1; i <= count; i++) {
    const content = newContent({ headline, body: body(`${headline} paragraph one.`, `Edit number ${i} of the second paragraph.`) });
    if (published && i === count) content.firstPublishedAt = at(i);
    store.articles.saveDraft(article.id, content, at(i));
    store.versions.append(article.id, content, { kind: published && i === count ? 'published' : 'checkpoint', author, createdAt: at(i) });
  }
  return article.id;
}

const count = (sql: string, ...params: unknown[]) =>
  store.db
    .prepare(sql)
    .pluck()
    .get(...params) as number;

describe('Delete forever', () => {
  it('takes the article, its draft, every version and its search, outbox and hub-id rows; nothing else', () => {
    open();
    const gone = withVersions('Ferry timetable draft', 14);
    const kept = withVersions('Harbor dredging plan', 9);
    const keptTexts = Array.from({ length: 9 }, (_, i) => store.versions.readText(kept, i + 1));
    store.db
      .prepare('INSERT INTO version_uids (article_id, number, uid) VALUES (?, 1, ?), (?, 1, ?)')
      .run(gone, 'uid-gone', kept, 'uid-kept');
    store.articles.trash(gone, at(30));
    store.articles.trash(kept, at(31));
    expect(store.articles.list({ query: 'ferry' }).length + store.articles.list({ query: 'ferry', trashed: true }).length).toBe(1);

    expect(store.eraser.plan(gone)).toEqual({ id: gone, headline: 'Ferry timetable draft', versions: 14, photos: 0, refusal: null });
    expect(store.eraser.erase(gone)).toEqual({ erased: true, versions: 14, photos: 0 });

    expect(store.articles.exists(gone)).toBe(false);
    expect(() => store.articles.get(gone)).toThrow(/no article with the id/);
    expect(count('SELECT count(*) FROM versions WHERE article_id = ?', gone)).toBe(0);
    expect(count('SELECT count(*) FROM version_uids WHERE article_id = ?', gone)).toBe(0);
    expect(count('SELECT count(*) FROM outbox WHERE article_id = ?', gone)).toBe(0);
    expect(count('SELECT count(*) FROM erasing')).toBe(0);
    expect(store.articles.list({ query: 'ferry', trashed: true })).toEqual([]);
    expect(() => store.versions.readText(gone, 14)).toThrow(/has no version 14/);

    // The other article's history is untouched, byte for byte, and still searchable.
    expect(store.versions.list(kept).map((v) => v.number)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    for (let i = 1; i <= 9; i++) expect(store.versions.readText(kept, i)).toBe(keptTexts[i - 1]);
    expect(count('SELECT count(*) FROM version_uids WHERE article_id = ?', kept)).toBe(1);
    expect(count('SELECT count(*) FROM outbox WHERE article_id = ?', kept)).toBeGreaterThan(0);
    expect(store.articles.list({ query: 'dredging', trashed: true }).map((a) => a.id)).toEqual([kept]);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('leaves the guard on: a plain DELETE is still refused, for the trash too', () => {
    open();
    const gone = withVersions('Pool repairs', 3);
    const kept = withVersions('Library hours', 3);
    store.articles.trash(gone, at(30));
    store.articles.trash(kept, at(31));
    store.eraser.erase(gone);
    expect(() => store.db.prepare('DELETE FROM versions WHERE article_id = ?').run(kept)).toThrow(/append-only/);
    expect(() => store.db.prepare('DELETE FROM versions').run()).toThrow(/append-only/);
    expect(() => store.db.prepare('UPDATE versions SET label = ?').run('x')).toThrow(/append-only/);
    expect(count('SELECT count(*) FROM versions WHERE article_id = ?', kept)).toBe(3);
  });

  it('even with an erasing row, the schema refuses versions of an article outside the trash or ever published', () => {
    open();
    const live = withVersions('Bridge reopens', 2);
    const published = withVersions('Mayor resigns', 2, true);
    store.articles.trash(published, at(40));
    for (const id of [live, published]) {
      expect(() =>
        store.transaction(() => {
          store.db.prepare('INSERT INTO erasing (article_id) VALUES (?)').run(id);
          store.db.prepare('DELETE FROM versions WHERE article_id = ?').run(id);
        }),
      ).toThrow(/append-only/);
      expect(count('SELECT count(*) FROM versions WHERE article_id = ?', id)).toBe(2);
    }
    expect(count('SELECT count(*) FROM erasing')).toBe(0);
  });

  it('refuses, in plain words, outside the trash, for a published article and on a shared desk', () => {
    open();
    const draft = withVersions('Road works', 2);
    expect(() => store.eraser.erase(draft)).toThrow(/“Road works” is not in the trash.*move it to the trash first/);
    expect(store.eraser.plan(draft).refusal).toMatch(/not in the trash/);

    const published = withVersions('Council passes budget', 2, true);
    store.articles.trash(published, at(40));
    expect(() => store.eraser.erase(published)).toThrow(/was published, so its record stays.*unpublish it instead/);

    store.articles.trash(draft, at(41));
    store.db
      .prepare(
        `INSERT INTO newsroom (id, hub_url, hub_id, user_name, role, session, session_expires, joined_at) VALUES (1, 'https://hub.news.example', 'h1', 'kim', 'reporter', 's', ?, ?)`,
      )
      .run(at(59), at(0));
    expect(() => store.eraser.erase(draft)).toThrow(
      /shared desk.*hub \(https:\/\/hub\.news\.example\) keeps the newsroom's record of “Road works”.*undone by the next pull/,
    );
    for (const id of [draft, published]) expect(count('SELECT count(*) FROM versions WHERE article_id = ?', id)).toBe(2);
    expect(() => store.eraser.erase('nosuch1')).toThrow(/no article with the id nosuch1/);
  });

  it('keeps an article whose draft cannot be read: nothing says it was never published', () => {
    open();
    const id = withVersions('Dam inspection', 2);
    store.articles.trash(id, at(30));
    store.db.prepare("UPDATE articles SET draft = '{not json' WHERE id = ?").run(id);
    expect(store.eraser.plan(id).refusal).toMatch(/The draft of “Dam inspection” cannot be read.*it stays/);
    expect(() => store.eraser.erase(id)).toThrow(/cannot be read/);
    expect(() =>
      store.transaction(() => {
        store.db.prepare('INSERT INTO erasing (article_id) VALUES (?)').run(id);
        store.db.prepare('DELETE FROM versions WHERE article_id = ?').run(id);
      }),
    ).toThrow(/append-only/);
    expect(count('SELECT count(*) FROM versions WHERE article_id = ?', id)).toBe(2);
  });

  it('is all or nothing: a failure part way keeps every version and the draft', () => {
    open();
    const id = withVersions('Tram strike', 5);
    store.articles.trash(id, at(30));
    store.db.exec(`CREATE TEMP TRIGGER fail_last_step BEFORE DELETE ON articles BEGIN SELECT RAISE(ABORT, 'disk went away'); END`);
    expect(() => store.eraser.erase(id)).toThrow(/disk went away/);
    store.db.exec('DROP TRIGGER fail_last_step');
    expect(count('SELECT count(*) FROM versions WHERE article_id = ?', id)).toBe(5);
    expect(count('SELECT count(*) FROM erasing')).toBe(0);
    expect(store.versions.read(id, 5).headline).toBe('Tram strike');
    expect(store.articles.get(id).trashedAt).toBe(at(30));
  });
});

describe('Delete forever takes the photos only that article used', () => {
  const stored = (hash: string) => count('SELECT count(*) FROM photos WHERE hash = ?', hash) === 1;
  const photoBlock = (p: StoredPhoto, id: string) => ({
    id,
    type: 'photo' as const,
    runs: [],
    photo: { hash: p.hash, mime: p.mime, width: p.width, height: p.height, caption: 'A caption.', credit: 'Staff', alt: 'A scene.' },
  });
  const para = (text: string, id: string) => ({ id, type: 'paragraph' as const, runs: [{ text, format: 0 }] });

  it('deletes a photo its versions alone named, keeps one another article’s version or draft names', () => {
    open();
    const own = putPhoto(store.db, png(40, 30, 11));
    const sharedByVersion = putPhoto(store.db, png(40, 30, 12));
    const sharedByDraft = putPhoto(store.db, png(40, 30, 13));
    const draftOnly = putPhoto(store.db, png(40, 30, 14));

    const gone = store.articles.create({ headline: 'Source portrait' }, at(0)).id;
    const v1 = newContent({ headline: 'Source portrait', body: blocksToBody([para('One.', 'p0'), photoBlock(own, 'ph0')]) });
    store.articles.saveDraft(gone, v1, at(1));
    store.versions.append(gone, v1, { kind: 'checkpoint', author, createdAt: at(1) });
    // The photo left the body in a later version: the earlier version still named it.
    const v2 = newContent({
      headline: 'Source portrait',
      body: blocksToBody([para('One.', 'p0'), photoBlock(sharedByVersion, 'ph1'), photoBlock(sharedByDraft, 'ph2')]),
    });
    store.articles.saveDraft(gone, v2, at(2));
    store.versions.append(gone, v2, { kind: 'checkpoint', author, createdAt: at(2) });
    // The draft names a photo no version does.
    store.articles.saveDraft(gone, { body: blocksToBody([para('One.', 'p0'), photoBlock(draftOnly, 'ph3')]) }, at(3));

    const other = store.articles.create({ headline: 'Harbor' }, at(4)).id;
    const otherContent = newContent({ headline: 'Harbor', body: blocksToBody([para('Two.', 'q0'), photoBlock(sharedByVersion, 'qh0')]) });
    store.articles.saveDraft(other, otherContent, at(5));
    store.versions.append(other, otherContent, { kind: 'checkpoint', author, createdAt: at(5) });
    // A third article names one only in its draft, never versioned.
    store.articles.create({ headline: 'Pier', body: blocksToBody([photoBlock(sharedByDraft, 'rh0')]) }, at(6));

    store.articles.trash(gone, at(7));
    expect(store.eraser.plan(gone)).toMatchObject({ versions: 2, photos: 2, refusal: null });
    expect(store.eraser.erase(gone)).toEqual({ erased: true, versions: 2, photos: 2 });
    expect(stored(own.hash)).toBe(false);
    expect(stored(draftOnly.hash)).toBe(false);
    expect(stored(sharedByVersion.hash)).toBe(true);
    expect(stored(sharedByDraft.hash)).toBe(true);
    expect(count('SELECT count(*) FROM photo_uses WHERE article_id = ?', gone)).toBe(0);
    expect(count('SELECT count(*) FROM photo_uses WHERE article_id = ?', other)).toBe(1);
    expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('the trigger refuses to delete a photo outside an erase, or one still named, even from raw SQL', () => {
    open();
    const p = putPhoto(store.db, png(40, 30, 21));
    expect(() => store.db.prepare('DELETE FROM photos WHERE hash = ?').run(p.hash)).toThrow(/photos are kept/);
    const a = store.articles.create({ headline: 'Dunes', body: blocksToBody([photoBlock(p, 'ph0')]) }, at(1)).id;
    // Even with an erase under way for some article, a photo a draft names stays.
    store.db.prepare('INSERT INTO erasing (article_id) VALUES (?)').run('someother1');
    expect(() => store.db.prepare('DELETE FROM photos WHERE hash = ?').run(p.hash)).toThrow(/photos are kept/);
    store.db.prepare('DELETE FROM erasing').run();
    expect(stored(p.hash)).toBe(true);
    expect(store.articles.exists(a)).toBe(true);
  });

  it('a store from before migration 12 lists the photos its versions name, deltas included, and erases by them', () => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-m12-'));
    const raw = new Database(join(dir, DATABASE_FILE));
    migrate(raw, 11);
    raw.close();
    store = openStore(dir);
    const p = putPhoto(store.db, png(40, 30, 31));
    const a = store.articles.create({ headline: 'Old store' }, at(0)).id;
    for (let i = 1; i <= 5; i++) {
      const content = newContent({
        headline: 'Old store',
        body: blocksToBody([para(`Edit ${i} of the lede.`, 'p0'), ...(i === 3 ? [photoBlock(p, 'ph0')] : [])]),
      });
      store.articles.saveDraft(a, content, at(i));
      store.versions.append(a, content, { kind: 'checkpoint', author, createdAt: at(i) });
    }
    // Forget the rows as a store written before migration 12 would not have them, then fill again.
    store.db.prepare('DELETE FROM photo_uses').run();
    expect(count("SELECT count(*) FROM versions WHERE article_id = ? AND encoding = 'delta'", a)).toBeGreaterThan(0);
    fillPhotoUses(store.db);
    expect(store.db.prepare('SELECT hash FROM photo_uses WHERE article_id = ?').pluck().all(a)).toEqual([p.hash]);
    store.articles.trash(a, at(9));
    expect(store.eraser.erase(a)).toMatchObject({ photos: 1 });
    expect(stored(p.hash)).toBe(false);
  });
});

describe('Delete forever never takes a photo another article is placing, nor one a damaged version may show', () => {
  const stored = (hash: string) => count('SELECT count(*) FROM photos WHERE hash = ?', hash) === 1;
  const photoBody = (p: StoredPhoto, id: string) =>
    blocksToBody([
      {
        id,
        type: 'photo' as const,
        runs: [],
        photo: { hash: p.hash, mime: p.mime, width: p.width, height: p.height, caption: '', credit: '', alt: '' },
      },
    ]);

  it('keeps a photo added again for another article until its draft names it, then keeps it for that draft', () => {
    open();
    const bytes = png(40, 30, 41);
    const first = putPhoto(store.db, bytes);
    const a = store.articles.create({ headline: 'Old pier' }, at(0)).id;
    store.articles.saveDraft(a, { body: photoBody(first, 'ph0') }, at(1));
    store.recordVersion(a, { kind: 'checkpoint', author, createdAt: at(1) });
    store.articles.trash(a, at(2));
    // Another article adds the same picture: the editor stores it before the autosave places it.
    putPhoto(store.db, bytes);
    expect(store.eraser.plan(a)).toMatchObject({ photos: 0 });
    store.db.prepare('INSERT INTO erasing (article_id) VALUES (?)').run('other0');
    expect(() => store.db.prepare('DELETE FROM photos WHERE hash = ?').run(first.hash)).toThrow(/photos are kept/);
    store.db.prepare('DELETE FROM erasing').run();
    expect(store.eraser.erase(a)).toMatchObject({ photos: 0 });
    expect(stored(first.hash)).toBe(true);
    const b = store.articles.create({ headline: 'New pier' }, at(3)).id;
    store.articles.saveDraft(b, { body: photoBody(first, 'ph1') }, at(4));
    expect(count('SELECT count(*) FROM photos_unplaced')).toBe(0);
    expect(store.articles.get(b).body).toEqual(photoBody(first, 'ph1'));
  });

  it('an added photo no body named for a day is no longer protected', () => {
    open();
    const p = putPhoto(store.db, png(40, 30, 42));
    const a = store.articles.create({ headline: 'Dunes' }, at(0)).id;
    store.articles.saveDraft(a, { body: photoBody(p, 'ph0') }, at(1));
    store.articles.trash(a, at(2));
    putPhoto(store.db, png(40, 30, 42));
    expect(store.eraser.plan(a)).toMatchObject({ photos: 0 });
    store.db.prepare("UPDATE photos_unplaced SET added_at = '2000-01-01T00:00:00.000Z'").run();
    expect(store.eraser.erase(a)).toMatchObject({ photos: 1 });
    expect(stored(p.hash)).toBe(false);
    expect(count('SELECT count(*) FROM photos_unplaced')).toBe(0);
  });

  it('marks past their day go at the next autosave; a photo fetched for text already stored is not marked', () => {
    open();
    const old = putPhoto(store.db, png(40, 30, 44));
    store.db.prepare("UPDATE photos_unplaced SET added_at = '2000-01-01T00:00:00.000Z'").run();
    const fresh = putPhoto(store.db, png(40, 30, 45));
    const a = store.articles.create({ headline: 'Quay' }, at(0)).id;
    store.articles.saveDraft(a, { deck: 'No photo yet' }, at(1));
    expect(store.db.prepare('SELECT hash FROM photos_unplaced').pluck().all()).toEqual([fresh.hash]);
    putPhoto(store.db, png(40, 30, 46), undefined, { named: true });
    expect(count('SELECT count(*) FROM photos_unplaced')).toBe(1);
    expect(stored(old.hash)).toBe(true);
  });

  it('a version that cannot be rebuilt does not stop the fill; its article is taken to name every photo', () => {
    open();
    const p = putPhoto(store.db, png(40, 30, 43));
    const a = store.articles.create({ headline: 'Harbor' }, at(0)).id;
    store.articles.saveDraft(a, { body: photoBody(p, 'ph0') }, at(1));
    store.recordVersion(a, { kind: 'checkpoint', author, createdAt: at(1) });
    const damaged = store.articles.create({ headline: 'Damaged' }, at(2)).id;
    // A version row whose payload no longer unpacks (versions are append-only: it is inserted so).
    store.db
      .prepare(
        `INSERT INTO versions (article_id, number, created_at, author_name, author_email, kind, label, word_count, words_added,
           words_removed, status, encoding, base, payload, sha256) VALUES (?, 1, ?, 'T', '', 'checkpoint', NULL, 1, 1, 0, 'draft', 'key', NULL, ?, ?)`,
      )
      .run(damaged, at(2), Buffer.from('not a packed version'), '0'.repeat(64));
    store.db.prepare('DELETE FROM photo_uses').run();
    expect(() => fillPhotoUses(store.db)).not.toThrow();
    expect(store.db.prepare('SELECT article_id FROM photo_uses WHERE hash = ? ORDER BY article_id').pluck().all(p.hash)).toEqual(
      [a, damaged].sort(),
    );
    // Erasing the sound article keeps the photo the damaged one may show.
    store.articles.saveDraft(a, { body: blocksToBody([]) }, at(3));
    store.articles.trash(a, at(4));
    expect(store.eraser.erase(a)).toMatchObject({ photos: 0 });
    expect(stored(p.hash)).toBe(true);
  });
});
