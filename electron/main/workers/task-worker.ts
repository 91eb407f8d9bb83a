/**
 * Entry of a task worker thread: loads a task's code when asked to prepare it, and runs one task of
 * {@link TASKS} per message, posting progress, then the result or the error as plain data.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/api/errors';
import { ImportError } from '../import/errors';
import { PREPARE, TASKS, type TaskName } from './tasks';
import type { WorkerReply, WorkerRequest } from './protocol';

const port = parentPort;
if (!port) throw new Error('task-worker must run in a worker thread');

// The thread is terminated to cancel its task; the signal lets tasks share the import code's checks.
const controller = new AbortController();

port.on('message', (message: WorkerRequest) => {
  // A task's code loads once per thread: run awaits the same loading a prepare started.
  if (message.type === 'prepare') void PREPARE[message.task]?.().catch(() => undefined);
  else void run(message.task, message.input);
});

async function run(task: TaskName, input: unknown): Promise<void> {
  const reply = (r: WorkerReply) => port!.postMessage(r);
  try {
    const run = TASKS[task] as (input: unknown, ctx: Parameters<(typeof TASKS)['read']>[1]) => unknown;
    const result = await run(input, {
      signal: controller.signal,
      onProgress: (fraction, stage) => reply({ type: 'progress', fraction, stage }),
    });
    reply({ type: 'result', result });
  } catch (error) {
    if (error instanceof ImportError)
      reply({ type: 'error', kind: 'import', code: error.code, message: error.message });
    else if (error instanceof AppError)
      reply({ type: 'error', kind: 'app', code: error.code, message: error.message, details: error.details });
    else
      reply({
        type: 'error',
        kind: 'internal',
        code: 'internal',
        message: (error as Error)?.stack ?? String(error),
      });
  }
}
