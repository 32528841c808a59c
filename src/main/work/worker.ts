/**
 * A work thread: runs tasks (tasks.ts) the pool sends and answers each with its result or its
 * error. Nothing here touches the store: the thread only reads bytes and writes bytes.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, toWorkError, type WorkTask } from './tasks';

if (!parentPort) throw new Error('worker.ts runs as a worker thread only.');
const port = parentPort;

port.on('message', (message: { id: number; task: WorkTask }) => {
  runTask(message.task).then(
    (result) => port.postMessage({ id: message.id, ok: true, result }),
    (error: unknown) => port.postMessage({ id: message.id, ok: false, error: toWorkError(error) }),
  );
});
port.postMessage({ ready: true });
