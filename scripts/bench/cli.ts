/**
 * Whole-process speed as a user feels it, in paired runs against a reference command on the same
 * machine at the same moment (ratios, since the machine may be shared): `lexgap library list`
 * against a bare `node -e 0`, and the Kenya act → analysis → Word report against poppler's
 * `pdftotext -layout` of a 415-page PDF (US Code title 8 printed by LibreOffice). The runs use a
 * data and cache folder of their own, warmed by one run first (as on a user's second run).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertToPdf, hasSoffice } from '../../tests/helpers/make-docs';
import { describe, paired } from './lib/process-time';
import type { BenchFigure } from './types';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'lexgap.mjs');
const KENYA = join(ROOT, 'resources', 'samples', 'kenya-counter-trafficking-in-persons-act-2010.txt');
const USC = join(ROOT, 'tests', 'fixtures', 'laws', 'usa-usc-title-8-aliens-nationality.txt');
const CACHE = join(tmpdir(), 'lexgap-bench');

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The US Code title 8 fixture printed to PDF by LibreOffice, made once into the cache folder. */
function uscPdf(): string {
  const pdf = join(CACHE, 'usa-usc-title-8-aliens-nationality.pdf');
  if (existsSync(pdf)) return pdf;
  mkdirSync(CACHE, { recursive: true });
  execFileSync('cp', [USC, CACHE]);
  return convertToPdf(join(CACHE, 'usa-usc-title-8-aliens-nationality.txt'))[0]!;
}

export async function run(): Promise<BenchFigure[]> {
  if (!existsSync(join(ROOT, 'out', 'cli', 'lexgap.mjs')))
    throw new Error('out/cli is not built: run "npm run build:cli" (npm run bench builds it)');
  const work = mkdtempSync(join(tmpdir(), 'lexgap-bench-cli-'));
  const env = { ...process.env, LEXGAP_DATA_DIR: join(work, 'data'), LEXGAP_CACHE_DIR: join(work, 'cache') };
  const figures: BenchFigure[] = [];
  try {
    const list = paired([process.execPath, '-e', '0'], [process.execPath, BIN, 'library', 'list'], 9, env);
    figures.push(
      {
        name: 'lexgap library list ÷ node -e 0 (whole processes)',
        value: list.wallRatio,
        unit: '×',
        target: 6,
        note: `median of 9 pairs; ${describe(list.subject)} vs ${describe(list.base)}`,
      },
      { name: 'lexgap library list ÷ node -e 0, CPU time', value: list.cpuRatio, unit: '×', target: 6 },
    );

    const missing = [!onPath('pdftotext') && 'pdftotext (poppler-utils)', !hasSoffice() && 'soffice (LibreOffice)']
      .filter(Boolean)
      .join(' and ');
    if (missing) {
      figures.push({
        name: 'Kenya act → analysis → Word report ÷ pdftotext -layout',
        value: Number.NaN,
        unit: '×',
        note: `skipped: ${missing} not installed`,
      });
      return figures;
    }
    const pdf = uscPdf();
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? '?';
    const docx = join(work, 'kenya.docx');
    const report = paired(
      ['pdftotext', '-layout', pdf, join(work, 'usc.txt')],
      [process.execPath, BIN, 'analyze', KENYA, '--docx', docx],
      5,
      env,
    );
    figures.push(
      {
        name: 'Kenya act → analysis → Word report ÷ pdftotext -layout',
        value: report.wallRatio,
        unit: '×',
        target: 4,
        note: `median of 5 pairs; ${describe(report.subject)} vs ${describe(report.base)} for ${pages} pages`,
      },
      {
        name: 'Kenya act → analysis → Word report ÷ pdftotext, CPU time',
        value: report.cpuRatio,
        unit: '×',
        target: 4,
      },
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return figures;
}
