/**
 * A laptop's side of the shared desk from a terminal:
 *   connect HUB_URL --user NAME --code CODE [--data DIR] [--switch] [--json]
 *   sync [--data DIR] [--json]      one round now: {"pushed","pulled","conflicts","photosWaiting"}
 * Both go through the same service handlers as the app.
 */
import { openStore } from '../../main/store';
import { createServices } from '../../main/services';
import { ApiError } from '../../shared/api/errors';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';
import { describeSync, photosWaitingLine } from '../../shared/newsroom/status';

const clock = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

export async function connectCommand(ctx: CommandContext): Promise<number> {
  const [hubUrl] = ctx.positionals;
  const user = ctx.values.user as string | undefined;
  const code = ctx.values.code as string | undefined;
  if (!hubUrl || !user || !code) throw new CliError('Usage: copydesk connect HUB_URL --user NAME --code CODE [--data DIR] [--switch]', 2);
  const store = openStore(ctx.dataDir);
  try {
    const services = createServices(store);
    const status = await services.joinNewsroom({ hubUrl, user, code, switchHub: !!ctx.values.switch });
    if (ctx.values.json) ctx.out(JSON.stringify(status, null, 2));
    else {
      ctx.out(`${ctx.dataDir} is on the shared desk at ${status.hubUrl} as ${status.user} (${status.role}).`);
      ctx.out(describeSync(status, clock));
    }
    return status.state === 'synced' ? 0 : 1;
  } finally {
    store.close();
  }
}

export async function syncCommand(ctx: CommandContext): Promise<number> {
  const store = openStore(ctx.dataDir);
  try {
    const services = createServices(store);
    try {
      const report = await services.syncNow({});
      const { photosWaiting } = report.status;
      if (ctx.values.json)
        ctx.out(JSON.stringify({ pushed: report.pushed, pulled: report.pulled, conflicts: report.conflicts, photosWaiting }));
      else {
        ctx.out(`Sent ${report.pushed} change(s), received ${report.pulled}, ${report.conflicts} kept as offline copies.`);
        // The text is here; its photos come with a later round (a hub that lacks them yet, a lost link).
        if (photosWaiting > 0) ctx.out(`${photosWaitingLine(photosWaiting)}.`);
        for (const r of report.status.refused) ctx.out(`Refused by the hub, kept here: "${r.headline || r.articleId}" — ${r.reason}`);
      }
      return 0;
    } catch (error) {
      if (error instanceof ApiError) {
        const waiting = store.newsroom.waitingCount();
        throw new CliError(`${error.message}${waiting ? ` (${waiting} change(s) wait on this computer)` : ''}`);
      }
      throw error;
    }
  } finally {
    store.close();
  }
}
