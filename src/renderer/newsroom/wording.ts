/**
 * The shared desk in words, one wording per thing: who is on a story, who it is assigned to, and
 * what each line of the audit log records. Pure, so a table test pins every sentence.
 */
import type { AuditEntry } from '../../shared/newsroom/protocol';
import type { NewsroomStatus } from '../../shared/newsroom/status';
import { describeSync } from '../../shared/newsroom/status';
import { formatWhen } from '../app/when';

/** "Being edited by kim since 14:02". */
export function lockLine(holder: string, since: string | null | undefined, now = new Date()): string {
  return since ? `Being edited by ${holder} since ${formatWhen(since, now)}` : `Being edited by ${holder}`;
}

/** The sync state as the header and Settings show it (describeSync, with this page's clock). */
export function syncLine(status: NewsroomStatus, now = new Date()): string {
  return describeSync(status, (iso) => formatWhen(iso, now));
}

/** The tone of the sync state: calm when synced, a warning when offline, an alarm when failing. */
export function syncTone(status: NewsroomStatus): 'ok' | 'busy' | 'warn' | 'bad' {
  switch (status.state) {
    case 'synced':
      return status.waiting > 0 ? 'busy' : 'ok';
    case 'syncing':
      return 'busy';
    case 'offline':
      return 'warn';
    default:
      return status.state === 'local' ? 'ok' : 'bad';
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** What one audit entry records, in a sentence without the actor and time (shown beside it). */
export function auditAction(entry: AuditEntry): string {
  const d = entry.detail;
  switch (entry.action) {
    case 'publish':
      return 'Published';
    case 'publish-update': {
      const note = d.note as { kind?: string } | null | undefined;
      if (!note) return 'Published an update without a note';
      return note.kind === 'correction' ? 'Published a correction' : 'Published an update';
    }
    case 'take-over':
      return text(d.from) ? `Took over the story from ${d.from}` : 'Took over the story';
    case 'assign':
      if (text(d.to)) return `Assigned the story to ${d.to}${text(d.from) ? ` (was ${d.from})` : ''}`;
      return text(d.from) ? `Took the story off ${d.from}` : 'Left the story unassigned';
    case 'user-added':
      return `Added ${d.user ?? 'a person'} as ${d.role ?? 'a member'} of the desk`;
    case 'user-disabled':
      return `Disabled ${d.user ?? 'a person'}`;
    case 'role-changed':
      return `Changed ${d.user ?? 'a person'}’s role from ${d.from ?? '?'} to ${d.to ?? '?'}`;
    default:
      return `${entry.action} ${JSON.stringify(d)}`;
  }
}

/** The reader-facing note a published update carried, when there was one. */
export function auditNote(entry: AuditEntry): string | null {
  const note = entry.detail.note as { text?: unknown } | null | undefined;
  return entry.action === 'publish-update' && note ? text(note.text) : null;
}

/** The story's headline as the entry recorded it, else as this desk knows it. */
export function auditStory(entry: AuditEntry, headlines: ReadonlyMap<string, string>): string | null {
  if (!entry.articleId) return null;
  return text(entry.detail.headline) ?? text(headlines.get(entry.articleId)) ?? null;
}
