/** "Delete forever": one trashed article's versions go; the append-only guard stays for the rest. */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '.';
import { newContent } from '../../shared/article/content';
import { blocksToBody } from '../../shared/article/blocks';

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

    expect(store.eraser.plan(gone)).toEqual({ id: gone, headline: 'Ferry timetable draft', versions: 14, refusal: null });
    expect(store.eraser.erase(gone)).toEqual({ erased: true, versions: 14 });

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
