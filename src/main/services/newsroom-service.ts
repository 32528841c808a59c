/**
 * The shared desk behind the API contract: joining, sync state, locks, assignments, the audit log;
 * and the rules of the desk laid over the article handlers, so a refused action is explained on the
 * laptop at once (the hub enforces the same rules again on every call) and every local write wakes
 * the sync loop.
 */
import type { ApiHandlers } from '../../shared/api/contract';
import type { NewsroomSync } from '../sync/newsroom-sync';
import type { DeskAction } from '../../shared/newsroom/roles';

export type NewsroomMethod =
  | 'newsroomStatus'
  | 'joinNewsroom'
  | 'syncNow'
  | 'lockStory'
  | 'unlockStory'
  | 'takeOverStory'
  | 'assignStory'
  | 'managePeople'
  | 'readAudit';

export function createNewsroomService(sync: NewsroomSync): Pick<ApiHandlers, NewsroomMethod> {
  return {
    newsroomStatus: () => sync.status(),
    joinNewsroom: ({ hubUrl, user, code, switchHub }) => sync.connect({ hubUrl, user, code, switchHub }),
    syncNow: async () => {
      const report = await sync.syncNow();
      return { pushed: report.pushed, pulled: report.pulled, conflicts: report.conflicts, status: sync.status() };
    },
    lockStory: ({ id }) => sync.acquireLock(id),
    unlockStory: ({ id }) => sync.releaseLock(id),
    takeOverStory: ({ id }) => sync.takeOverLock(id),
    assignStory: ({ id, user }) => sync.assign(id, user),
    managePeople: ({ action, name, role }) => sync.people(action && name ? { action, name, role } : undefined),
    readAudit: ({ limit }) => sync.audit(limit),
  };
}

type Rule = (args: Record<string, unknown>) => { action: DeskAction; id: string | null } | null;

const byId =
  (action: DeskAction): Rule =>
  (args) => ({ action, id: (args.id as string) ?? null });

/** Which desk rule each writing method must pass first. Methods not listed only read. */
const RULES: Partial<Record<keyof ApiHandlers, Rule>> = {
  saveDraft: byId('edit'),
  checkpoint: byId('edit'),
  restoreVersion: byId('edit'),
  setStatus: (args) => ({ action: args.status === 'published' ? 'publish' : 'edit', id: args.id as string }),
  publish: byId('publish'),
  publishUpdate: byId('publish'),
  reviseNote: byId('publish'),
  unpublish: byId('publish'),
  trashArticle: byId('trash'),
  restoreArticle: byId('trash'),
};

// eraseArticle is absent: on a shared desk the store refuses it (the hub keeps the record).
const WRITES = new Set<keyof ApiHandlers>([
  'createArticle',
  'saveDraft',
  'checkpoint',
  'setStatus',
  'publish',
  'publishUpdate',
  'reviseNote',
  'unpublish',
  'restoreVersion',
  'trashArticle',
  'restoreArticle',
  'importFiles',
]);

/** Lays the desk's rules and the sync wake-up over every handler, once. */
export function withNewsroom(handlers: ApiHandlers, sync: NewsroomSync): ApiHandlers {
  const wrapped = { ...handlers } as Record<string, (args: unknown) => unknown>;
  for (const name of Object.keys(handlers) as (keyof ApiHandlers)[]) {
    const rule = RULES[name];
    const writes = WRITES.has(name);
    if (!rule && !writes) continue;
    const inner = handlers[name] as (args: unknown) => unknown;
    // Stays synchronous for synchronous handlers: only what the handler returns decides.
    wrapped[name] = (args: unknown) => {
      const need = rule?.(args as Record<string, unknown>);
      if (need) sync.check(need.action, need.id);
      const result = inner(args);
      if (!writes) return result;
      if (result instanceof Promise) return result.then((value) => (sync.nudge(), value));
      sync.nudge();
      return result;
    };
  }
  return wrapped as unknown as ApiHandlers;
}
