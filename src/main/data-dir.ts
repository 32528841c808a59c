/**
 * Where a data dir is: --data or COPYDESK_DATA when given, else the XDG data home for the CLI
 * and the web host (~/.local/share/copydesk). The desktop passes Electron's userData instead.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.COPYDESK_DATA) return resolve(env.COPYDESK_DATA);
  const xdg = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  return join(xdg, 'copydesk');
}

export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ? resolve(flag) : defaultDataDir(env);
}
