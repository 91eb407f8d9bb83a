/**
 * Runs a task of {@link TASKS} in its own worker thread, with a memory limit and a time budget:
 * the calling thread (Electron's main process, the command line) stays responsive, a cancel
 * stops the work at once, and a task that runs out of memory or time, or crashes, ends its
 * worker with a clear {@link TaskFailure} instead of taking the process down.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../shared/api/errors';
import { ImportError, type ImportErrorCode } from '../import/errors';
import type { WorkerReply, WorkerRequest } from './protocol';
import type { TaskInput, TaskName, TaskOutput } from './tasks';

export interface TaskBudget {
  /** Largest JavaScript heap of the worker, in MB. */
  memoryMb: number;
  /** Longest the task may run, in milliseconds. */
  timeMs: number;
}

/** Budgets by task: generous for real laws (a 1,000-page gazette, a 20 MB code), far below a frozen app. */
export const DEFAULT_BUDGETS: Record<TaskName, TaskBudget> = {
  read: { memoryMb: 768, timeMs: 5 * 60_000 },
  'pdf-pages': { memoryMb: 768, timeMs: 5 * 60_000 },
  segment: { memoryMb: 768, timeMs: 3 * 60_000 },
  analyze: { memoryMb: 1024, timeMs: 5 * 60_000 },
  export: { memoryMb: 1024, timeMs: 5 * 60_000 },
};

export type TaskFailureCode = 'out-of-memory' | 'timed-out' | 'crashed' | 'cancelled';

/** A task that did not finish: its worker ran out of memory or time, crashed, or was cancelled. */
export class TaskFailure extends Error {
  override readonly name = 'TaskFailure';

  constructor(
    readonly code: TaskFailureCode,
    message: string,
    readonly budget: TaskBudget,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number, stage: string) => void;
  budget?: Partial<TaskBudget>;
}

/** The worker's script: the bundled one next to the built app, else the sources through tsx. */
function workerScript(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, 'task-worker.js'),
    join(here, 'task-worker.mjs'),
    join(here, '..', 'task-worker.js'),
    join(here, '..', 'task-worker.mjs'),
    join(here, '..', 'main', 'task-worker.js'),
    join(here, 'dev-entry.mjs'),
    join(here, '..', '..', 'electron', 'main', 'workers', 'dev-entry.mjs'),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`task worker script not found (looked in ${here})`);
  return found;
}

function startWorker(memoryMb: number): Worker {
  return new Worker(workerScript(), {
    // Options meant for the parent's entry script (--input-type with -e) do not apply to it.
    execArgv: process.execArgv.filter((a) => !a.startsWith('--input-type')),
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
    stdout: false,
    stderr: false,
  });
}

/** Workers started ahead of a task of theirs, with the memory limit they were started with. */
const prepared: Array<{ task: TaskName; memoryMb: number; worker: Worker; drop: () => void }> = [];

/**
 * Starts a worker for `task` before its input is ready: the thread starts and loads the task's code
 * while the caller works out the input, and the next {@link runTask} of that task runs in it. An
 * unused prepared worker does not keep the process alive.
 */
export function prepareTask(task: TaskName): void {
  const memoryMb = DEFAULT_BUDGETS[task].memoryMb;
  const worker = startWorker(memoryMb);
  worker.unref();
  // A worker that fails while waiting is dropped; the task then runs in a fresh one.
  const drop = () => {
    const at = prepared.findIndex((p) => p.worker === worker);
    if (at >= 0) prepared.splice(at, 1);
  };
  worker.once('error', drop).once('exit', drop);
  const request: WorkerRequest = { type: 'prepare', task };
  worker.postMessage(request);
  prepared.push({ task, memoryMb, worker, drop });
}

/** The tasks of the prepared workers still waiting for theirs, in the order they were prepared. */
export function preparedTasks(): TaskName[] {
  return prepared.map((p) => p.task);
}

/** A prepared worker for `task` with that memory limit, taken out of the waiting ones. */
function takePrepared(task: TaskName, memoryMb: number): Worker | null {
  const at = prepared.findIndex((p) => p.task === task && p.memoryMb === memoryMb);
  if (at < 0) return null;
  const { worker, drop } = prepared.splice(at, 1)[0]!;
  worker.off('error', drop).off('exit', drop);
  worker.ref();
  return worker;
}

/** Rebuilds an error posted by the worker as the class the callers catch. */
function rebuild(reply: Extract<WorkerReply, { type: 'error' }>): Error {
  if (reply.kind === 'import') return new ImportError(reply.code as ImportErrorCode, reply.message);
  if (reply.kind === 'app') return new AppError(reply.code as ErrorCode, reply.message, reply.details);
  const error = new Error(reply.message);
  error.stack = reply.message;
  return error;
}

/**
 * Runs `task` on `input` in a fresh worker thread and resolves with its output. Rejects with
 * the task's own error (ImportError, AppError), or with a {@link TaskFailure} when the worker
 * runs out of memory, exceeds its time budget, crashes, or `signal` aborts.
 */
export function runTask<T extends TaskName>(
  task: T,
  input: TaskInput<T>,
  options: RunOptions = {},
): Promise<TaskOutput<T>> {
  const budget = { ...DEFAULT_BUDGETS[task], ...options.budget };
  if (options.signal?.aborted) {
    return Promise.reject(new TaskFailure('cancelled', 'The work was cancelled.', budget));
  }
  return new Promise<TaskOutput<T>>((resolve, reject) => {
    const worker = takePrepared(task, budget.memoryMb) ?? startWorker(budget.memoryMb);
    let settled = false;
    let failure: Error | null = null;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      outcome();
      void worker.terminate();
    };
    const onAbort = () => finish(() => reject(new TaskFailure('cancelled', 'The work was cancelled.', budget)));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new TaskFailure(
              'timed-out',
              `The work took longer than ${Math.round(budget.timeMs / 1000)} seconds (the limit) and was stopped.`,
              budget,
            ),
          ),
        ),
      budget.timeMs,
    );
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') {
        try {
          options.onProgress?.(reply.fraction, reply.stage);
        } catch {
          // A broken progress display must not abort the work.
        }
      } else if (reply.type === 'result') finish(() => resolve(reply.result as TaskOutput<T>));
      else finish(() => reject(rebuild(reply)));
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      failure =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new TaskFailure(
              'out-of-memory',
              `The work needed more than ${budget.memoryMb} MB of memory (the limit) and was stopped.`,
              budget,
              { cause: error },
            )
          : new TaskFailure('crashed', `The work stopped on an unexpected error: ${error.message}`, budget, {
              cause: error,
            });
    });
    worker.on('exit', (code) => {
      finish(() =>
        reject(
          failure ??
            new TaskFailure('crashed', `The work stopped unexpectedly (its thread exited with code ${code}).`, budget),
        ),
      );
    });
    const request: WorkerRequest = { type: 'run', task, input };
    worker.postMessage(request);
  });
}
