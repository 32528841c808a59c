/**
 * A store held open by a real process that takes API calls one line at a time, the way the app's
 * page sends them: each stdin line `{"method": …, "args": …}` is dispatched through the services
 * and answered with one stdout line, the outcome as JSON. Lets a test act on the store's files
 * while it is open in another process, then kill that process with SIGKILL.
 *
 * Usage: node --import tsx tests/reliability/api-driver.ts DATA_DIR
 */
import { createInterface } from 'node:readline';
import { openStore } from '../../src/main/store';
import { createServices } from '../../src/main/services';
import { dispatch } from '../../src/main/api/dispatch';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: api-driver.ts DATA_DIR');
const handlers = createServices(openStore(dir));
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const { method, args } = JSON.parse(line) as { method: string; args: unknown };
  process.stdout.write(JSON.stringify(await dispatch(handlers, method, args)) + '\n');
}
