import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { checkAnalysisSize } from '../../../electron/main/app/analysis-limits';
import { ImportError, importLawFile } from '../../../electron/main/import';
import { importLawFileInWorker, prepareTask, runTask, segmentInWorker } from '../../../electron/main/workers';
import { preparedTasks } from '../../../electron/main/workers/run';
import { manyPagesPdf } from '../../helpers/hostile';
import { fixtureText } from '../../helpers/make-docs';
import { tempDir } from '../../helpers/temp';

const dir = tempDir('lexgap-import-worker-');
afterAll(dir.cleanup);
let n = 0;
function file(bytes: Uint8Array | string, ext: string): string {
  const path = join(dir.path, `law-${n++}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const KENYA = 'kenya-counter-trafficking-in-persons-act-2010';

describe('import in a worker thread', () => {
  it('gives the same document as reading in the calling thread, with progress', async () => {
    const path = file(fixtureText(KENYA), 'txt');
    const stages: string[] = [];
    const doc = await importLawFileInWorker(path, { onProgress: (_, stage) => stages.push(stage) });
    expect(doc).toEqual(await importLawFile(path));
    expect(stages).toContain('Reading text');
    const { tree, detected } = await segmentInWorker({ doc, language: 'auto' });
    expect(detected).toBe('en');
    expect(tree.children.length).toBeGreaterThan(5);
  });

  it('passes the reader’s own errors through unchanged', async () => {
    const error = await failure(importLawFileInWorker(file(manyPagesPdf(30), 'pdf'), { limits: { maxPdfPages: 10 } }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/has 30 pages, more than the 10-page limit/);
  });

  it('stops at once when cancelled, mid-file', async () => {
    const path = file(manyPagesPdf(3000), 'pdf');
    const controller = new AbortController();
    const error = await failure(
      importLawFileInWorker(path, {
        signal: controller.signal,
        onProgress: (fraction) => {
          if (fraction > 0.01) controller.abort();
        },
      }),
    );
    expect(error.code).toBe('cancelled');
    expect(error.message).toMatch(/cancelled\. Nothing was imported/);
  });

  it('stops a reader that exceeds its memory budget with a clear error, the caller unharmed', async () => {
    // About 40 MB of short lines: the array of lines alone outgrows a 24 MB heap.
    const path = file('Section 1. Offences.\n'.repeat(2_000_000), 'txt');
    const error = await failure(importLawFileInWorker(path, { budget: { memoryMb: 24 } }));
    expect(error.code).toBe('out-of-memory');
    expect(error.message).toMatch(/reading it needed more than 24 MB of memory \(the limit\)/);
    // The calling thread goes on: the next import works.
    expect((await importLawFileInWorker(file('Section 1. Offences.\n', 'txt'))).lines).toHaveLength(1);
  });

  it('stops a reader that exceeds its time budget', async () => {
    const error = await failure(importLawFileInWorker(file(manyPagesPdf(3000), 'pdf'), { budget: { timeMs: 300 } }));
    expect(error.code).toBe('timed-out');
    expect(error.message).toMatch(/took longer than 0 seconds|took longer than \d+ seconds \(the limit\)/);
  });
});

describe('analysis size', () => {
  it('refuses more law text than one analysis takes, saying how much', () => {
    const tree = {
      language: 'en' as const,
      children: [{ text: 'x'.repeat(3 * 1024 * 1024), heading: null, children: [] }],
    };
    const input = { acts: [{ file: 'a', title: 'A', language: 'en' as const, tree }], library: null, instruments: [] };
    const check = () => checkAnalysisSize(input as never, 2 * 1024 * 1024);
    expect(check).toThrow(AppError);
    expect(check).toThrow(/hold 3 million characters of text, more than the 2 million characters one analysis takes/);
    expect(() => checkAnalysisSize(input as never, 4 * 1024 * 1024)).not.toThrow();
  });
});

describe('a worker started ahead of its task', () => {
  it('runs the next task of its kind with the same result, once, and only with its own memory limit', async () => {
    const doc = await importLawFile(file(fixtureText(KENYA), 'txt'));
    const fresh = await runTask('segment', { doc, language: 'auto' });
    prepareTask('segment');
    expect(preparedTasks()).toEqual(['segment']);
    // Another budget needs a worker of its own: the prepared one keeps waiting.
    await runTask('segment', { doc, language: 'auto' }, { budget: { memoryMb: 700 } });
    expect(preparedTasks()).toEqual(['segment']);
    expect(await runTask('segment', { doc, language: 'auto' })).toEqual(fresh);
    expect(preparedTasks()).toEqual([]);
    // The next one runs in a fresh worker, as before.
    expect(await runTask('segment', { doc, language: 'auto' })).toEqual(fresh);
  });

  it('reports the task’s own errors as a fresh worker does', async () => {
    prepareTask('read');
    const error = await failure(importLawFileInWorker(file(manyPagesPdf(30), 'pdf'), { limits: { maxPdfPages: 10 } }));
    expect(error.code).toBe('too-large');
    expect(preparedTasks()).toEqual([]);
  });
});
