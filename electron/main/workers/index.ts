/**
 * Import, segmentation, analysis and exports run in worker threads (see {@link runTask}), with errors
 * in the terms each caller already handles: ImportError for reading a file, AppError otherwise.
 */
import { basename } from 'node:path';
import type { AnalysisInput, AnalysisResult } from '../../../shared/analysis/types';
import { AppError } from '../../../shared/api/errors';
import type { SourceDocument } from '../../../shared/domain/source';
import { checkAnalysisSize } from '../app/analysis-limits';
import type { ImportOptions } from '../import';
import { importFailure } from './failures';
import { runTask, TaskFailure, type RunOptions, type TaskBudget } from './run';
import type { ExportInput, SegmentInput, SegmentOutput } from './tasks';

export { DEFAULT_BUDGETS, TaskFailure, prepareTask, runTask, type TaskBudget } from './run';

export type WorkerImportOptions = ImportOptions & { budget?: Partial<TaskBudget> };

/**
 * {@link importLawFile} in a worker thread: same result and errors, plus 'out-of-memory',
 * 'timed-out' and 'reader-crashed' ImportErrors when the worker exceeds its budget or dies.
 */
export async function importLawFileInWorker(path: string, options: WorkerImportOptions = {}): Promise<SourceDocument> {
  const { signal, onProgress, budget, ...rest } = options;
  try {
    return await runTask('read', { path, options: rest }, runOptions(signal, onProgress, budget));
  } catch (error) {
    if (error instanceof TaskFailure) throw importFailure(error, basename(path));
    throw error;
  }
}

function runOptions(
  signal: AbortSignal | undefined,
  onProgress: RunOptions['onProgress'],
  budget: Partial<TaskBudget> | undefined,
): RunOptions {
  return { ...(signal ? { signal } : {}), ...(onProgress ? { onProgress } : {}), ...(budget ? { budget } : {}) };
}

/** The AppError for segmentation or analysis that did not finish. */
function workFailure(failure: TaskFailure, what: string): AppError {
  if (failure.code === 'cancelled') return new AppError('cancelled', `${what} was cancelled; nothing was changed.`);
  const reason =
    failure.code === 'out-of-memory'
      ? `it needed more than ${failure.budget.memoryMb} MB of memory (the limit)`
      : failure.code === 'timed-out'
        ? `it took longer than ${Math.round(failure.budget.timeMs / 1000)} seconds (the limit)`
        : `it stopped unexpectedly (${failure.message})`;
  return new AppError('resource-limit', `${what} was stopped: ${reason}. Nothing was changed.`, {
    reason: failure.code,
  });
}

/** Language detection and segmentation of a document in a worker thread. */
export async function segmentInWorker(
  input: SegmentInput,
  options: { signal?: AbortSignal; budget?: Partial<TaskBudget> } = {},
): Promise<SegmentOutput> {
  try {
    return await runTask('segment', input, runOptions(options.signal, undefined, options.budget));
  } catch (error) {
    if (error instanceof TaskFailure) throw workFailure(error, `Splitting ${input.doc.fileName} into provisions`);
    throw error;
  }
}

/** {@link analyze} in a worker thread. */
export async function analyzeInWorker(
  input: AnalysisInput,
  options: { signal?: AbortSignal; budget?: Partial<TaskBudget> } = {},
): Promise<AnalysisResult> {
  checkAnalysisSize(input);
  try {
    return await runTask('analyze', input, runOptions(options.signal, undefined, options.budget));
  } catch (error) {
    if (error instanceof TaskFailure) throw workFailure(error, 'The analysis');
    throw error;
  }
}

/**
 * An export's content (the Word report's or workbook's bytes, the CSV or JSON text) built in a
 * worker thread, so the window stays responsive and a cancel stops it at once.
 */
export async function renderExportInWorker(
  input: ExportInput,
  options: { signal?: AbortSignal; onProgress?: RunOptions['onProgress']; budget?: Partial<TaskBudget> } = {},
): Promise<Uint8Array | string> {
  try {
    return await runTask('export', input, runOptions(options.signal, options.onProgress, options.budget));
  } catch (error) {
    if (error instanceof TaskFailure) throw workFailure(error, 'The export');
    throw error;
  }
}
