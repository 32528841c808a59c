import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/newsroom/protocol';
import type { NewsroomStatus } from '../../shared/newsroom/status';
import { auditAction, auditNote, auditStory, lockLine, syncLine, syncTone } from './wording';

const now = new Date(2026, 10, 6, 15, 0);
const at = (h: number, m: number) => new Date(2026, 10, 6, h, m).toISOString();

const status = (patch: Partial<NewsroomStatus>): NewsroomStatus => ({
  joined: true,
  hubUrl: 'http://127.0.0.1:5180',
  user: 'kim',
  role: 'reporter',
  state: 'synced',
  lastSyncedAt: at(14, 3),
  waiting: 0,
  photosWaiting: 0,
  refused: [],
  error: null,
  users: [],
  ...patch,
});

const entry = (action: string, detail: Record<string, unknown>, articleId: string | null = 'abcd1234'): AuditEntry => ({
  seq: 1,
  at: at(14, 5),
  actor: 'lee',
  action,
  articleId,
  detail,
  hash: '0'.repeat(64),
});

describe('lockLine', () => {
  it('names the holder and the time they opened the story, in this page’s clock', () => {
    expect(lockLine('kim', at(14, 2), now)).toBe('Being edited by kim since 14:02');
    expect(lockLine('kim', null, now)).toBe('Being edited by kim');
  });
});

describe('syncLine and syncTone', () => {
  it.each([
    [status({}), 'Synced 14:03', 'ok'],
    [status({ state: 'offline', waiting: 3 }), 'Offline — 3 changes waiting', 'warn'],
    [status({ state: 'offline', waiting: 0 }), 'Offline — nothing waiting', 'warn'],
    [status({ state: 'offline', waiting: 1 }), 'Offline — 1 change waiting', 'warn'],
    [status({ state: 'failed', error: 'The hub refused the session.' }), 'Sync failed — The hub refused the session, retrying', 'bad'],
    [status({ state: 'synced', waiting: 2 }), 'Syncing — 2 changes waiting', 'busy'],
    [status({ state: 'signed-out', error: null }), 'Signed out — sign in again', 'bad'],
    [status({ photosWaiting: 2 }), 'Synced 14:03 — 2 photos waiting from the desk', 'ok'],
    [status({ photosWaiting: 1, lastSyncedAt: null }), 'Synced — 1 photo waiting from the desk', 'ok'],
    [status({ waiting: 1, photosWaiting: 2 }), 'Syncing — 1 change waiting, 2 photos waiting from the desk', 'busy'],
    [status({ state: 'offline', photosWaiting: 3 }), 'Offline — 3 photos waiting from the desk', 'warn'],
    [status({ state: 'offline', waiting: 2, photosWaiting: 1 }), 'Offline — 2 changes waiting, 1 photo waiting from the desk', 'warn'],
    [
      status({ state: 'failed', error: 'The hub is down.', photosWaiting: 2 }),
      'Sync failed — The hub is down, retrying; 2 photos waiting from the desk',
      'bad',
    ],
    [status({ state: 'signed-out', photosWaiting: 2 }), 'Signed out — sign in again', 'bad'],
  ] as const)('%#: %s', (s, line, tone) => {
    expect(syncLine(s, now)).toBe(line);
    expect(syncTone(s)).toBe(tone);
  });
});

describe('audit wording', () => {
  it.each([
    [entry('publish', { headline: 'Dam opens' }), 'Published'],
    [entry('publish-update', { note: { kind: 'update', text: 'Adds comments from the mayor.' } }), 'Published an update'],
    [entry('publish-update', { note: { kind: 'correction', text: 'An earlier version misspelled …' } }), 'Published a correction'],
    [entry('publish-update', { note: null }), 'Published an update without a note'],
    [entry('take-over', { from: 'kim' }), 'Took over the story from kim'],
    [entry('take-over', { from: null }), 'Took over the story'],
    [entry('assign', { from: null, to: 'kim' }), 'Assigned the story to kim'],
    [entry('assign', { from: 'kim', to: 'ana' }), 'Assigned the story to ana (was kim)'],
    [entry('assign', { from: 'kim', to: null }), 'Took the story off kim'],
    [entry('user-added', { user: 'kim', role: 'reporter' }, null), 'Added kim as reporter of the desk'],
    [entry('user-disabled', { user: 'kim' }, null), 'Disabled kim'],
    [entry('role-changed', { user: 'kim', from: 'reporter', to: 'editor' }, null), 'Changed kim’s role from reporter to editor'],
    [entry('something-new', { a: 1 }), 'something-new {"a":1}'],
  ])('%#: %s', (e, sentence) => {
    expect(auditAction(e)).toBe(sentence);
  });

  it('shows the note a published update carried, and nothing for other entries', () => {
    expect(auditNote(entry('publish-update', { note: { kind: 'update', text: 'Adds comments from the mayor.' } }))).toBe(
      'Adds comments from the mayor.',
    );
    expect(auditNote(entry('publish-update', { note: null }))).toBeNull();
    expect(auditNote(entry('publish', { note: { text: 'x' } }))).toBeNull();
  });

  it('names the story by the headline it recorded, else by the desk’s headline, else not at all', () => {
    const desk = new Map([['abcd1234', 'Desk headline']]);
    expect(auditStory(entry('publish', { headline: 'Recorded headline' }), desk)).toBe('Recorded headline');
    expect(auditStory(entry('take-over', {}), desk)).toBe('Desk headline');
    expect(auditStory(entry('take-over', {}, 'zzzz9999'), desk)).toBeNull();
    expect(auditStory(entry('user-added', { user: 'kim' }, null), desk)).toBeNull();
  });
});
