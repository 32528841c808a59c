/**
 * `copydesk serve [--data DIR] [--port N] [--new-token]`: the web host on 127.0.0.1, printing its
 * address. The token is kept per data folder, so a restart keeps open tabs working.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type Store } from '../../main/store';
import { rotateBackups } from '../../main/store/backups';
import { lockDataFolder } from '../../main/store/folder-lock';
import { createServices } from '../../main/services';
import { WorkPool } from '../../main/work/pool';
import { startWebHost } from '../../main/web/server';
import { NewsroomSync } from '../../main/sync/newsroom-sync';
import { webHostToken } from '../../main/web/token';
import { APP_ROOT, RENDERER_DIR } from '../app-root';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';

export async function serve(ctx: CommandContext): Promise<number> {
  const port = ctx.values.port === undefined ? 5178 : Number(ctx.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be a number from 0 to 65535, not "${ctx.values.port}".`, 2);
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    // A fresh checkout without a build: make one rather than fail.
    process.stderr.write('copydesk: building the app first (one time)…\n');
    const built = spawnSync(process.execPath, [join(APP_ROOT, 'scripts', 'ensure-build.mjs')], { stdio: 'inherit', cwd: APP_ROOT });
    if (built.status !== 0) throw new CliError('The app could not be built; see the messages above.');
  }
  // One long-lived writer per data folder: a second serve or the desktop app is refused by name.
  const lock = lockDataFolder(ctx.dataDir, port === 0 ? 'copydesk serve' : `copydesk serve on port ${port}`);
  let store: Store;
  try {
    store = openStore(ctx.dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }
  // The daily backup; a failure is reported but never keeps the desk from opening.
  await rotateBackups(store).catch((error: Error) => process.stderr.write(`copydesk: no backup made today: ${error.message}\n`));
  // On a shared desk the folder keeps in step with the hub in the background.
  const sync = new NewsroomSync(store);
  // Imports and exports run in worker threads: one heavy file never stalls another tab's save.
  const work = new WorkPool();
  const token = webHostToken(ctx.dataDir, { rotate: ctx.values['new-token'] === true });
  const host = await startWebHost({ handlers: createServices(store, { sync, work }), rendererDir: RENDERER_DIR, port, token }).catch(
    (error: NodeJS.ErrnoException) => {
      void work.close();
      store.close();
      lock.release();
      if (error.code === 'EADDRINUSE')
        throw new CliError(`Port ${port} is taken (another Copydesk?). Choose another with --port, or --port 0 for any free one.`);
      throw error;
    },
  );
  process.stdout.write(`Copydesk is serving ${ctx.dataDir} at ${host.url}\n`);
  sync.start();
  const stop = async () => {
    await sync.stop();
    await host.close();
    await work.close();
    store.close();
    lock.release();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {
    // Runs until stopped.
  });
}
