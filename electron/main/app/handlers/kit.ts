import { randomUUID } from 'node:crypto';
import { AppError } from '../../../../shared/api/errors';
import type { HandlerTable } from '../../../../shared/api/dispatch';
import type { ChangeTable } from '../../../../shared/api/tables';
import type { Db } from '../../db/sqlite';
import type { AppContext } from '../context';
import { writableDb } from '../current';

/** Handlers of some channels of the contract: each domain's file answers its own. */
export type Handlers<C extends keyof HandlerTable> = Pick<HandlerTable, C>;

/** Progress of a job, as its event reports it. */
export type JobProgress = (fraction: number, stage: string) => void;

/**
 * A write to the open assessment: refused when the file is open read-only, then `write` runs on
 * its database, then every window hears which `tables` changed ("assessment:changed") and
 * refreshes what reads them. The answer is what `write` returns (usually the changed data re-read).
 */
export function mutation<Req, Res>(
  ctx: AppContext,
  tables: readonly ChangeTable[],
  write: (db: Db, request: Req) => Res | Promise<Res>,
): (request: Req) => Promise<Res> {
  return async (request) => {
    const result = await write(writableDb(ctx), request);
    announce(ctx, tables);
    return result;
  };
}

/** Tell the UI that `tables` changed (for changes made outside {@link mutation}). */
export function announce(ctx: AppContext, tables: readonly ChangeTable[]): void {
  ctx.emit('assessment:changed', { tables: [...tables] });
}

/**
 * Run cancellable work under a job id: registered so a cancel channel can stop it, its progress
 * sent as `event` under that id, and unregistered when it ends, however it ends. A second job
 * under an id still running is refused. Without an id the work runs under a private one.
 */
export async function runJob<Res>(
  ctx: AppContext,
  jobId: string | undefined,
  event: 'import:progress' | 'export:progress',
  work: (signal: AbortSignal, onProgress: JobProgress) => Promise<Res>,
): Promise<Res> {
  const id = jobId ?? randomUUID();
  if (ctx.jobs.has(id)) throw new AppError('invalid-request', `Job ${id} is already running`);
  const controller = new AbortController();
  ctx.jobs.set(id, controller);
  try {
    return await work(controller.signal, (fraction, stage) =>
      ctx.emit(event, {
        jobId: id,
        fraction: Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0,
        stage: stage.slice(0, 200),
      }),
    );
  } finally {
    ctx.jobs.delete(id);
  }
}

/** Stop the job running under `jobId`, if any (the handler of every cancel channel). */
export function cancelJob(ctx: AppContext) {
  return ({ jobId }: { jobId: string }): null => {
    ctx.jobs.get(jobId)?.abort();
    return null;
  };
}

/**
 * SQLite's refusals as errors the user can act on: the file stayed locked by another writer past
 * the wait (`busy`: nothing was saved, try again), or it is open read-only (`read-only`).
 */
function storageError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppError(
      'busy',
      'The assessment file is being written by another window or process; this change was not saved. Try again.',
      { sqlite: code },
    );
  if (code.startsWith('SQLITE_READONLY'))
    return new AppError('read-only', 'The assessment file is open read-only; this change was not saved.', {
      sqlite: code,
    });
  return error;
}

/** Every handler of the table with SQLite's refusals turned into {@link storageError}s. */
export function withStorageErrors(table: HandlerTable): HandlerTable {
  const wrapped: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(table) as [string, (request: unknown) => unknown][]) {
    wrapped[channel] = async (request) => {
      try {
        return await handler(request);
      } catch (error) {
        throw storageError(error);
      }
    };
  }
  return wrapped as unknown as HandlerTable;
}
