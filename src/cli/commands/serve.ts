/**
 * `copydesk serve [--data DIR] [--port N] [--new-token]`: the web host on 127.0.0.1, printing its
 * address. The token is kept per data folder, so a restart keeps open tabs working.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../main/store';
import { rotateBackups } from '../../main/store/backups';
import { createServices } from '../../main/services';
import { startWebHost } from '../../main/web/server';
import { webHostToken } from '../../main/web/token';
import { APP_ROOT, RENDERER_DIR } from '../app-root';
import { CliError } from '../cli-error';
import type { CommandContext } from '../command';

export async function serve(ctx: CommandContext): Promise<number> {
  const port = ctx.values.port === undefined ? 5178 : Number(ctx.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a number from 0 to 65535, not "${ctx.values.port}".`, 2);
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    // A fresh checkout without a build: make one rather than fail.
    process.stderr.write('copydesk: building the app first (one time)…\n');
    const built = spawnSync(process.execPath, [join(APP_ROOT, 'scripts', 'ensure-build.mjs')], { stdio: 'inherit', cwd: APP_ROOT });
    if (built.status !== 0) throw new CliError('The app could not be built; see the messages above.');
  }
  const store = openStore(ctx.dataDir);
  // The daily backup; a failure is reported but never keeps the desk from opening.
  await rotateBackups(store).catch((error: Error) => process.stderr.write(`copydesk: no backup made today: ${error.message}\n`));
  const token = webHostToken(ctx.dataDir, { rotate: ctx.values['new-token'] === true });
  const host = await startWebHost({ handlers: createServices(store), rendererDir: RENDERER_DIR, port, token }).catch((error: NodeJS.ErrnoException) => {
    store.close();
    if (error.code === 'EADDRINUSE') throw new CliError(`Port ${port} is taken (another Copydesk?). Choose another with --port, or --port 0 for any free one.`);
    throw error;
  });
  process.stdout.write(`Copydesk is serving ${ctx.dataDir} at ${host.url}\n`);
  const stop = async () => {
    await host.close();
    store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {
    // Runs until stopped.
  });
}
