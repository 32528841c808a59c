/**
 * One sync round: send what waits in the outbox, then read the hub's change feed from where this
 * folder left off. Each answer is applied in one local transaction, so a kill at any point leaves
 * either the change still waiting (sent again next round, and taken once: versions by their id,
 * drafts by their text) or fully recorded.
 */
import type { Store } from '../store';
import type { DraftForPush, OutboxItem } from '../store/newsroom-store';
import type { HubLink } from './hub-link';
import type { PushRequest, VersionRecord } from '../../shared/newsroom/protocol';
import { nowIso } from '../../shared/text/dates';
import { fetchWantedPhotos, OLDER_HUB, sendPhotosFirst } from './photo-traffic';
import { HubRefusal } from './hub-link';
import { wantPhotosOf } from '../store/photo-wants';
import { photosNamedBy } from '../../shared/newsroom/photos-named';

export interface SyncReport {
  pushed: number;
  pulled: number;
  conflicts: number;
  /** Changes the hub refused for good this round, with its reasons. */
  refused: string[];
  /** Photos uploaded to the hub, and fetched from it, this round. */
  photosSent: number;
  photosFetched: number;
  /** Photos pulled text shows that have not arrived yet (the article shows them as waiting). */
  photosWaiting: number;
}

export interface RoundOptions {
  now?: () => string;
  /** Outbox rows per request (a first push of a large folder goes in several). */
  batch?: number;
  /** Change-feed entries per page. */
  page?: number;
}

const MAX_BATCHES = 10_000;

/** "Offline copy by kim, 14:02": what the History calls a draft the desk could not take. */
export function offlineCopyLabel(user: string, at: string): string {
  const time = new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `Offline copy by ${user}, ${time}`;
}

export async function syncRound(store: Store, link: HubLink, options: RoundOptions = {}): Promise<SyncReport> {
  const now = options.now ?? (() => nowIso());
  const report: SyncReport = { pushed: 0, pulled: 0, conflicts: 0, refused: [], photosSent: 0, photosFetched: 0, photosWaiting: 0 };
  const joined = store.newsroom.link();
  if (!joined)
    throw new Error('This data folder is not joined to a newsroom hub. Join one with "copydesk connect HUB_URL --user NAME --code CODE".');
  const session = joined.session;
  const author = () => ({ name: joined.user, email: store.settings.get('author', { name: joined.user, email: '' }).email });

  // Push, batch by batch, until nothing sendable is left (an offline copy made while applying
  // one batch goes out in the next).
  const skipped = new Set<number>();
  let olderHub = false;
  // New stories whose first draft waits for a photo: the hub would refuse their versions and trash
  // for good ("not on the desk"), so those wait with it.
  const waitingNewStories = new Set<string>();
  for (let i = 0; i < MAX_BATCHES; i++) {
    const items = store.newsroom
      .pending((options.batch ?? 100) + skipped.size)
      .filter((item) => !skipped.has(item.seq))
      .slice(0, options.batch ?? 100);
    if (items.length === 0) break;
    const request: PushRequest = { drafts: [], versions: [], trash: [] };
    const drafts = new Map<string, { item: OutboxItem; pushed: DraftForPush }>();
    const versions = new Map<string, OutboxItem>();
    const trash = new Map<string, OutboxItem>();
    store.transaction(() => {
      for (const item of items) {
        if (item.kind === 'draft') {
          const pushed = store.newsroom.draftForPush(item.articleId);
          if (!pushed) store.newsroom.done(item.seq);
          else {
            drafts.set(item.articleId, { item, pushed });
            request.drafts.push({
              articleId: item.articleId,
              baseRevision: pushed.baseRevision,
              content: pushed.content,
              createdAt: pushed.createdAt,
            });
          }
        } else if (item.kind === 'version') {
          const record: VersionRecord | null = store.newsroom.versionForPush(item.articleId, item.number!);
          if (!record) store.newsroom.done(item.seq);
          else {
            versions.set(record.uid, item);
            request.versions.push(record);
          }
        } else {
          const trashed = store.newsroom.trashedState(item.articleId);
          if (trashed === null) store.newsroom.done(item.seq);
          else {
            trash.set(item.articleId, item);
            request.trash.push({ articleId: item.articleId, trashed });
          }
        }
      }
    });
    if (request.drafts.length + request.versions.length + request.trash.length === 0) continue;
    // The photos this text shows go first: the hub never holds text whose photo it lacks.
    const photos = await sendPhotosFirst(store, link, session, [...request.drafts, ...request.versions]);
    report.photosSent += photos.sent;
    olderHub ||= photos.olderHub;
    if (photos.blocked.size > 0) {
      const held = (content: PushRequest['drafts'][number]['content']) =>
        photosNamedBy([content]).filter((hash) => photos.blocked.has(hash));
      const reasonFor = (hashes: string[]) => hashes.map((hash) => photos.blocked.get(hash)).find((r) => r) ?? null;
      store.transaction(() => {
        request.drafts = request.drafts.filter((draft) => {
          const hashes = held(draft.content);
          // A photo refused for good: the draft still goes, and the hub, lacking the photo, answers
          // as for any draft it does not take — the laptop keeps it whole as an offline copy. (Held
          // here and marked refused, a pull could later replace it with the desk's text.)
          if (hashes.length === 0 || reasonFor(hashes) !== null) return true;
          // Not sendable yet: a later round.
          const { item, pushed } = drafts.get(draft.articleId)!;
          skipped.add(item.seq);
          if (pushed.baseRevision === 0) waitingNewStories.add(draft.articleId);
          drafts.delete(draft.articleId);
          return false;
        });
        request.versions = request.versions.filter((version) => {
          const hashes = held(version.content);
          if (hashes.length === 0) return true;
          const item = versions.get(version.uid)!;
          const reason = reasonFor(hashes);
          // Refused for good: the version stays in this laptop's history, marked with why.
          if (reason) {
            store.newsroom.refuse(item.seq, reason);
            report.refused.push(reason);
          } else skipped.add(item.seq);
          versions.delete(version.uid);
          return false;
        });
      });
    }
    if (waitingNewStories.size > 0) {
      request.versions = request.versions.filter((version) => {
        if (!waitingNewStories.has(version.articleId)) return true;
        skipped.add(versions.get(version.uid)!.seq);
        versions.delete(version.uid);
        return false;
      });
      request.trash = request.trash.filter((item) => {
        if (!waitingNewStories.has(item.articleId)) return true;
        skipped.add(trash.get(item.articleId)!.seq);
        trash.delete(item.articleId);
        return false;
      });
    }
    if (request.drafts.length + request.versions.length + request.trash.length === 0) continue;
    const answer = await link.call('push', request, session);
    store.transaction(() => {
      const at = now();
      for (const outcome of answer.drafts) {
        const sent = drafts.get(outcome.articleId);
        if (!sent) continue;
        if (outcome.outcome === 'accepted') {
          store.newsroom.draftAccepted(sent.item, sent.pushed.revision, outcome.revision, outcome.meta);
          report.pushed++;
          if (store.newsroom.revision(sent.item.articleId) !== sent.pushed.revision) skipped.add(sent.item.seq);
        } else if (!outcome.current) {
          // Not on the desk at all (a new story the hub would not take): it stays here, marked.
          store.newsroom.refuse(sent.item.seq, outcome.reason ?? 'refused by the hub');
          report.refused.push(outcome.reason ?? 'refused');
        } else {
          const made = store.newsroom.keepAsOfflineCopy(
            sent.item,
            sent.pushed,
            outcome.current,
            author(),
            at,
            offlineCopyLabel(joined.user, at),
          );
          if (made !== null) report.conflicts++;
          if (outcome.outcome === 'refused') report.refused.push(outcome.reason ?? 'refused');
          // Typing went on meanwhile: leave it for the next round rather than race the editor.
          if (store.newsroom.revision(sent.item.articleId) !== sent.pushed.revision) skipped.add(sent.item.seq);
        }
      }
      for (const outcome of answer.versions) {
        const item = versions.get(outcome.uid);
        if (!item) continue;
        if (outcome.outcome === 'stored') {
          store.newsroom.done(item.seq);
          report.pushed++;
        } else {
          store.newsroom.refuse(item.seq, outcome.reason ?? 'refused by the hub');
          report.refused.push(outcome.reason ?? 'refused');
        }
      }
      for (const outcome of answer.trash) {
        const item = trash.get(outcome.articleId);
        if (!item) continue;
        if (outcome.outcome === 'done') {
          store.newsroom.done(item.seq);
          report.pushed++;
        } else {
          store.newsroom.refuse(item.seq, outcome.reason ?? 'refused by the hub');
          report.refused.push(outcome.reason ?? 'refused');
        }
      }
    });
  }

  // Pull, page by page.
  for (let i = 0; i < MAX_BATCHES; i++) {
    const cursor = store.newsroom.link()!.cursor;
    const page = await link.call('pull', { after: cursor, limit: options.page ?? 1000 }, session);
    store.transaction(() => {
      const at = now();
      for (const article of page.articles) {
        const outcome = store.newsroom.adoptArticle(article, at);
        if (outcome === 'new' || outcome === 'updated') report.pulled++;
      }
      for (const version of page.versions) if (store.newsroom.adoptVersion(version)) report.pulled++;
      // In the same transaction as the text: the photos it shows are fetched below, or next round.
      wantPhotosOf(store.db, [...page.articles.map((a) => ({ articleId: a.id, content: a.content })), ...page.versions]);
      store.newsroom.advance(page.cursor, page.users);
    });
    if (!page.more) break;
  }
  const fetched = await fetchWantedPhotos(store, link, session);
  report.photosFetched = fetched.fetched;
  report.photosWaiting = fetched.waiting;
  // Everything else went; what waits for an updated hub is said, not silently kept.
  if (olderHub) throw new HubRefusal(501, OLDER_HUB);
  store.newsroom.recordRound(now(), null);
  return report;
}
