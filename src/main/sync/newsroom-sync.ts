/**
 * The shared desk as one process sees it: joining a hub, sync rounds (one at a time), the
 * background loop that keeps the folder in step (a long poll on the hub's change feed, woken early
 * by local writes), and the calls that only make sense online: locks, assignments, the audit log.
 * Every local write has already landed in SQLite before any of this runs; a failed round keeps it
 * all on the laptop and tries again with growing pauses.
 */
import { hostname } from 'node:os';
import type { Store } from '../store';
import { waitingPhotoCount } from '../store/photo-wants';
import { HttpHubLink, HubRefusal, HubUnreachable, hubAddress, type HubLink } from './hub-link';
import { syncRound, type SyncReport } from './sync-round';
import type { NewsroomStatus, StoryLock, SyncState } from '../../shared/newsroom/status';
import { ApiError } from '../../shared/api/errors';
import { refusal, type DeskAction, type DeskUser, type Role } from '../../shared/newsroom/roles';
import type { AuditEntry, Person } from '../../shared/newsroom/protocol';
import { nowIso } from '../../shared/text/dates';

export interface NewsroomSyncOptions {
  /** How to reach a hub at an address; tests pass links they can cut. */
  linkFor?: (hubUrl: string) => HubLink;
  now?: () => string;
  /** Longest pause between failed rounds. */
  maxBackoffMs?: number;
  /** How long one long poll waits for news. */
  waitMs?: number;
}

export interface ConnectRequest {
  hubUrl: string;
  user: string;
  code: string;
  switchHub?: boolean;
  device?: string;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

export class NewsroomSync {
  private state: SyncState;
  private error: string | null = null;
  private running: Promise<SyncReport> | null = null;
  private loop: AbortController | null = null;
  private wake: (() => void) | null = null;
  private nudged = false;
  private readonly linkFor: (hubUrl: string) => HubLink;
  private readonly now: () => string;

  constructor(
    private readonly store: Store,
    private readonly options: NewsroomSyncOptions = {},
  ) {
    this.linkFor = options.linkFor ?? ((url) => new HttpHubLink(url));
    this.now = options.now ?? (() => nowIso());
    const link = store.newsroom.link();
    this.state = link ? (link.lastError ? 'failed' : 'synced') : 'local';
    this.error = link?.lastError ?? null;
  }

  status(): NewsroomStatus {
    const link = this.store.newsroom.link();
    if (!link)
      return {
        joined: false,
        hubUrl: null,
        user: null,
        role: null,
        state: 'local',
        lastSyncedAt: null,
        waiting: this.store.newsroom.waitingCount(),
        photosWaiting: 0,
        refused: [],
        error: null,
        users: [],
      };
    return {
      joined: true,
      hubUrl: link.hubUrl,
      user: link.user,
      role: link.role,
      state: this.state,
      lastSyncedAt: link.lastSyncedAt,
      waiting: this.store.newsroom.waitingCount(),
      photosWaiting: waitingPhotoCount(this.store.db),
      refused: this.store.newsroom.refusedChanges(),
      error: this.error,
      users: link.directory,
    };
  }

  /** Signs in with a one-time code and joins this folder to the hub; then syncs once. */
  async connect(request: ConnectRequest): Promise<NewsroomStatus> {
    const hubUrl = hubAddress(request.hubUrl);
    const before = this.store.newsroom.link();
    if (before && before.hubUrl !== hubUrl && !request.switchHub) {
      throw new ApiError(
        'conflict',
        `This data folder is joined to the hub at ${before.hubUrl} (as ${before.user}). Joining another hub sends everything in it there: confirm with --switch (in the app, "Switch hub").`,
      );
    }
    const link = this.linkFor(hubUrl);
    let answer;
    try {
      answer = await link.call('sign-in', { user: request.user, code: request.code, device: request.device ?? `${hostname()}` });
    } catch (error) {
      throw asApiError(error);
    }
    if (before && before.hubId !== answer.hubId && before.hubUrl === hubUrl && !request.switchHub) {
      throw new ApiError(
        'conflict',
        `The hub at ${hubUrl} is not the one this folder joined before (it was reset or replaced). Confirm with --switch to send this folder's stories to it.`,
      );
    }
    this.store.newsroom.join({
      hubUrl,
      hubId: answer.hubId,
      user: answer.user.name,
      role: answer.user.role,
      session: answer.session,
      sessionExpires: answer.expiresAt,
      joinedAt: this.now(),
    });
    // Versions made from now on carry the desk's name for this person.
    const author = this.store.settings.get('author', { name: answer.user.name, email: '' });
    this.store.settings.set('author', { name: answer.user.name, email: author.email });
    this.state = 'syncing';
    await this.syncNow().catch(() => undefined);
    this.nudge();
    return this.status();
  }

  /** One round now; a round already under way is joined rather than doubled. */
  syncNow(): Promise<SyncReport> {
    if (this.running) return this.running;
    const link = this.store.newsroom.link();
    if (!link)
      return Promise.reject(
        new ApiError(
          'unsupported',
          'This data folder is not on a shared desk. Join one in Settings › Newsroom or with "copydesk connect".',
        ),
      );
    this.state = 'syncing';
    this.running = syncRound(this.store, this.linkFor(link.hubUrl), { now: this.now })
      .then((report) => {
        this.state = 'synced';
        this.error = null;
        return report;
      })
      .catch((error: unknown) => {
        this.error = (error as Error).message;
        this.state =
          error instanceof HubUnreachable ? 'offline' : error instanceof HubRefusal && error.status === 401 ? 'signed-out' : 'failed';
        try {
          this.store.newsroom.recordRound(this.now(), this.error);
        } catch {
          // The store itself failing is reported by the next write.
        }
        throw asApiError(error);
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Keeps the folder in step until stop(): after each round, wait for news or a local change. */
  start(): void {
    if (this.loop) return;
    const loop = new AbortController();
    this.loop = loop;
    const maxBackoff = this.options.maxBackoffMs ?? 30_000;
    void (async () => {
      let backoff = 1000;
      while (!loop.signal.aborted) {
        const link = this.store.newsroom.link();
        if (!link) {
          await this.idle(loop.signal, 60_000);
          continue;
        }
        try {
          this.nudged = false;
          await this.syncNow();
          backoff = 1000;
        } catch {
          if (this.state === 'signed-out') {
            await this.idle(loop.signal, 60_000);
            continue;
          }
          await this.idle(loop.signal, backoff);
          backoff = Math.min(backoff * 2, maxBackoff);
          continue;
        }
        if (this.nudged || loop.signal.aborted) continue;
        // Long poll: the hub answers when anything changes on the desk; a local write wakes us sooner.
        const poll = new AbortController();
        const woken = new Promise<void>((resolve) => {
          this.wake = resolve;
        });
        const abort = () => poll.abort();
        loop.signal.addEventListener('abort', abort, { once: true });
        try {
          await Promise.race([
            this.linkFor(link.hubUrl).call(
              'wait',
              { after: this.store.newsroom.link()?.cursor ?? 0, timeoutMs: this.options.waitMs ?? 25_000 },
              link.session,
              poll.signal,
            ),
            woken,
          ]);
        } catch {
          // Unreachable: the next round says so and backs off.
        } finally {
          poll.abort();
          loop.signal.removeEventListener('abort', abort);
          this.wake = null;
        }
      }
    })();
  }

  private idle(signal: AbortSignal, ms: number): Promise<void> {
    const inner = new AbortController();
    const stop = () => inner.abort();
    signal.addEventListener('abort', stop, { once: true });
    this.wake = stop;
    return sleep(ms, inner.signal).finally(() => {
      signal.removeEventListener('abort', stop);
      this.wake = null;
    });
  }

  /** A local write happened: sync soon instead of waiting for the next change on the desk. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.loop?.abort();
    this.loop = null;
    this.wake?.();
    await this.running?.catch(() => undefined);
  }

  /** Refuses on the laptop what the hub would refuse, naming who may do it. */
  check(action: DeskAction, articleId: string | null): void {
    const link = this.store.newsroom.link();
    if (!link) return;
    const me: DeskUser = { name: link.user, role: link.role };
    const ownership = articleId ? this.store.newsroom.ownership(articleId) : null;
    const chiefs = link.directory.filter((u) => u.role === 'chief').map((u) => u.name);
    const reason = refusal(me, action, ownership, chiefs);
    if (reason) throw new ApiError('forbidden', reason);
  }

  private async online<T>(fn: (link: HubLink, session: string) => Promise<T>): Promise<T> {
    const joined = this.store.newsroom.link();
    if (!joined) throw new ApiError('unsupported', 'This data folder is not on a shared desk. Join one in Settings › Newsroom.');
    try {
      return await fn(this.linkFor(joined.hubUrl), joined.session);
    } catch (error) {
      throw asApiError(error);
    }
  }

  /** Opening a story to edit takes its lock; offline, editing goes on and is reconciled later. */
  async acquireLock(articleId: string): Promise<StoryLock> {
    const joined = this.store.newsroom.link();
    if (!joined) return { held: true, lock: null, offline: false };
    try {
      const answer = await this.linkFor(joined.hubUrl).call('lock/acquire', { articleId }, joined.session);
      this.store.newsroom.setLock(articleId, answer.lock);
      return { held: answer.held, lock: answer.lock, offline: false };
    } catch (error) {
      if (error instanceof HubUnreachable) return { held: true, lock: null, offline: true };
      throw asApiError(error);
    }
  }

  async releaseLock(articleId: string): Promise<StoryLock> {
    const joined = this.store.newsroom.link();
    if (!joined) return { held: false, lock: null, offline: false };
    try {
      await this.linkFor(joined.hubUrl).call('lock/release', { articleId }, joined.session);
      this.store.newsroom.setLock(articleId, null);
      return { held: false, lock: null, offline: false };
    } catch (error) {
      // Unreachable: the lock runs out by itself on the hub.
      if (error instanceof HubUnreachable) return { held: false, lock: null, offline: true };
      throw asApiError(error);
    }
  }

  async takeOverLock(articleId: string): Promise<StoryLock> {
    this.check('take-over', articleId);
    await this.syncNow().catch(() => undefined);
    const answer = await this.online((link, session) => link.call('lock/take-over', { articleId }, session));
    this.store.newsroom.setLock(articleId, answer.lock);
    return { held: answer.held, lock: answer.lock, offline: false };
  }

  async assign(articleId: string, user: string | null): Promise<{ assignedTo: string | null }> {
    this.check('assign', articleId);
    // The story must be on the hub before it can be assigned there.
    await this.syncNow();
    const answer = await this.online((link, session) => link.call('assign', { articleId, user }, session));
    this.store.newsroom.setAssigned(articleId, answer.assignedTo);
    return answer;
  }

  /** The chief's view of the desk's people; changes go to the hub and its audit log. */
  async people(change?: {
    action: 'add' | 'code' | 'role' | 'disable';
    name: string;
    role?: Role;
  }): Promise<{ people: Person[]; code?: { user: string; role: Role; code: string } }> {
    this.check('manage-users', null);
    return this.online(async (link, session) => {
      let code: { user: string; role: Role; code: string } | undefined;
      if (change?.action === 'add') code = await link.call('people/add', { name: change.name, role: change.role! }, session);
      else if (change?.action === 'code') code = await link.call('people/code', { name: change.name }, session);
      else if (change?.action === 'role') await link.call('people/role', { name: change.name, role: change.role! }, session);
      else if (change?.action === 'disable') await link.call('people/disable', { name: change.name }, session);
      const { people } = await link.call('people/list', {}, session);
      return code ? { people, code } : { people };
    });
  }

  async audit(limit = 200): Promise<{ entries: AuditEntry[]; intact: boolean }> {
    this.check('read-audit', null);
    return this.online((link, session) => link.call('audit', { limit }, session));
  }
}

/** Hub failures in the app's error vocabulary, with the hub's own words. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HubUnreachable)
    return new ApiError('unsupported', `${error.message}. Your work stays on this computer and syncs when the hub is back.`);
  if (error instanceof HubRefusal) {
    const code =
      error.status === 403 || error.status === 401 || error.status === 429
        ? 'forbidden'
        : error.status === 404
          ? 'not-found'
          : error.status === 409
            ? 'conflict'
            : 'invalid-argument';
    return new ApiError(code, error.message);
  }
  return new ApiError('internal', (error as Error)?.message ?? String(error));
}
