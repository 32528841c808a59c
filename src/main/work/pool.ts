/**
 * A small pool of worker threads for imports and exports, so the serving thread stays free: a
 * 10 MB paste-bomb or a 100,000-paragraph page is parsed beside the host, and another tab's
 * save is answered meanwhile. Each thread has a memory ceiling, so a file that would exhaust
 * memory ends its thread with a plain refusal, not the host. Threads start on first use and do
 * not keep a process alive when idle.
 */
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportedArticle } from '../import';
import type { ExportFile, ExportFileOptions } from '../export';
import type { ExportableArticle, ExportFormat } from '../../shared/export/types';
import type { ArticleSummary } from '../../shared/article/article';
import type { DeskQuery } from '../store/article-store';
import { fromWorkError, type Work, type WorkError, type WorkResult, type WorkTask } from './tasks';
import { ImportError } from '../../shared/import/import-error';

/** Old-generation heap one thread may use; an import past it is refused, not the host killed. */
export const WORKER_HEAP_MB = 1536;

interface Job {
  id: number;
  task: WorkTask;
  resolve(result: WorkResult): void;
  reject(error: Error): void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
}

type Reply = { id: number; ok: true; result: WorkResult } | { id: number; ok: false; error: WorkError } | { ready: true };

/** The script a thread runs: the bundled one beside the desktop build, else the sources via tsx. */
function workerScript(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'work.js');
  return existsSync(bundled) ? bundled : join(here, 'worker-entry.mjs');
}

export class WorkPool implements Work {
  private readonly threads: Thread[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    readonly size = Math.max(1, Math.min(2, availableParallelism() - 1)),
    /** Heap ceiling of each thread (tests lower it to see a thread run out). */
    private readonly heapMb = WORKER_HEAP_MB,
  ) {}

  importFile(name: string, bytes: Buffer, dir?: string): Promise<ImportedArticle> {
    return this.run({ kind: 'import', name, bytes, ...(dir ? { dir } : {}) }) as Promise<ImportedArticle>;
  }

  async exportFile(article: ExportableArticle, format: ExportFormat, options: ExportFileOptions): Promise<ExportFile> {
    const file = (await this.run({ kind: 'export', article, format, options })) as ExportFile;
    // Buffers cross a thread as plain Uint8Arrays.
    return typeof file.data === 'string'
      ? file
      : { ...file, data: Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength) };
  }

  search(dir: string, query: DeskQuery, nativeBinding?: string): Promise<ArticleSummary[]> {
    return this.run({ kind: 'search', dir, query, nativeBinding }) as Promise<ArticleSummary[]>;
  }

  run(task: WorkTask): Promise<WorkResult> {
    if (this.closed) return Promise.reject(new Error('The work pool is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.pump();
    });
  }

  /** Ends every thread; queued and running work is refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('Copydesk is shutting down.'));
    await Promise.all(this.threads.splice(0).map((t) => t.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let thread = this.threads.find((t) => t.job === null);
      if (!thread && this.threads.length < this.size) thread = this.spawn();
      if (!thread) return;
      const job = this.queue.shift()!;
      thread.job = job;
      thread.worker.ref();
      thread.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private spawn(): Thread {
    const worker = new Worker(workerScript(), { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    const thread: Thread = { worker, job: null };
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) return;
      const job = thread.job;
      if (!job || job.id !== reply.id) return;
      thread.job = null;
      worker.unref();
      if (reply.ok) job.resolve(reply.result);
      else job.reject(fromWorkError(reply.error));
      this.pump();
    });
    const lost = (error: Error | null) => {
      const index = this.threads.indexOf(thread);
      if (index >= 0) this.threads.splice(index, 1);
      const job = thread.job;
      thread.job = null;
      if (job) job.reject(this.explainLoss(job, error));
      if (!this.closed) this.pump();
    };
    worker.on('error', (error) => lost(error));
    worker.on('exit', () => lost(null));
    worker.unref();
    this.threads.push(thread);
    return thread;
  }

  /** Why a thread died under a job, in the words of that job. */
  private explainLoss(job: Job, error: Error | null): Error {
    const outOfMemory =
      !!error && ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory/i.test(error.message));
    if (job.task.kind === 'search') return new Error(`The search failed (${error?.message ?? 'the work thread stopped'}).`);
    if (job.task.kind === 'import') {
      return new ImportError(
        job.task.name,
        outOfMemory
          ? 'reading it needed more memory than any article may take; it is refused.'
          : `reading it failed (${error?.message ?? 'the work thread stopped'}).`,
      );
    }
    return new Error(
      outOfMemory
        ? 'The export needed more memory than any article may take.'
        : `The export failed (${error?.message ?? 'the work thread stopped'}).`,
    );
  }
}
