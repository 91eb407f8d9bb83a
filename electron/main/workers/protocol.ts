import type { TaskName } from './tasks';

/**
 * Messages to a task worker: load a task's code before its input is ready (`prepare`), then one task
 * to run (the thread is terminated to cancel it).
 */
export type WorkerRequest = { type: 'prepare'; task: TaskName } | { type: 'run'; task: TaskName; input: unknown };

/** Messages from a task worker. */
export type WorkerReply =
  | { type: 'progress'; fraction: number; stage: string }
  | { type: 'result'; result: unknown }
  | {
      type: 'error';
      kind: 'import' | 'app' | 'internal';
      code: string;
      message: string;
      details?: Record<string, string | number>;
    };
