/**
 * PDF import against poppler's `pdftotext -layout` on the same file, as the user feels it: whole
 * processes, paired runs (ours then poppler's, in turn) so that both see the same machine load,
 * and the median of the ratios. The law is US Code title 8 (tests/fixtures/laws) printed to PDF
 * by LibreOffice, about 415 pages. Ours is the import worker of the built app (`out/main`,
 * built by `npm run bench`), reading the file in a fresh process; peak memory is that process's.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertToPdf, hasSoffice } from '../../tests/helpers/make-docs';
import { describe, paired } from './lib/process-time';
import type { BenchFigure } from './types';

const CACHE = join(tmpdir(), 'lexgap-bench');
const LAW = fileURLToPath(new URL('../../tests/fixtures/laws/usa-usc-title-8-aliens-nationality.txt', import.meta.url));
const WORKER = fileURLToPath(new URL('../../out/main/task-worker.js', import.meta.url));
const RUNS = 5;

function lawPdf(): string | null {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, 'usc-title-8.pdf');
  if (existsSync(path)) return path;
  if (!hasSoffice()) return null;
  const source = join(CACHE, 'usc-title-8.txt');
  copyFileSync(LAW, source);
  convertToPdf(source);
  return existsSync(path) ? path : null;
}

export async function run(): Promise<BenchFigure[]> {
  const pdf = lawPdf();
  if (!pdf) return [{ name: 'PDF import vs pdftotext: skipped (LibreOffice not installed)', value: 0, unit: '' }];
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    return [{ name: 'PDF import vs pdftotext: skipped (poppler-utils not installed)', value: 0, unit: '' }];
  }
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: build first (npm run bench builds)`);
  const script = `
    const { Worker } = await import('node:worker_threads');
    const w = new Worker(${JSON.stringify(WORKER)}, { execArgv: [] });
    w.on('message', (m) => {
      if (m.type === 'progress') return;
      if (m.type !== 'result') { console.error(m.message); process.exitCode = 1; }
      void w.terminate();
    });
    w.postMessage({ type: 'run', task: 'read', input: { path: ${JSON.stringify(pdf)}, options: {} } });
  `;
  const out = join(CACHE, 'pdftotext-out.txt');
  const pair = paired(
    ['pdftotext', '-layout', pdf, out],
    [process.execPath, '--input-type=module', '-e', script],
    RUNS,
  );
  const note = `medians of ${RUNS} paired runs; LexGap ${describe(pair.subject)}, pdftotext ${describe(pair.base)}`;
  return [
    { name: 'PDF import of US Code title 8 / pdftotext -layout', value: pair.wallRatio, unit: '×', target: 4, note },
    { name: 'PDF import of US Code title 8 / pdftotext -layout, CPU time', value: pair.cpuRatio, unit: '×', target: 4 },
    { name: 'PDF import of US Code title 8: peak memory', value: pair.subject.peakMb, unit: 'MB', target: 400 },
  ];
}
