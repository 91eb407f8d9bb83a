/**
 * Import speed and memory: text extraction from a ~300-page PDF (target < 5 s), and peak memory
 * while importing a 50 MB text file. The inputs are generated once into a cache folder
 * (os.tmpdir()/lexgap-bench) from the law fixtures; the PDF is printed by LibreOffice when it is
 * installed, else written directly in a fixed-pitch font.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importLawFile } from '../../electron/main/import';
import { buildPdf, convertToPdf, hasSoffice, wrapText } from '../../tests/helpers/make-docs';
import type { BenchFigure } from './types';

const CACHE = join(tmpdir(), 'lexgap-bench');
const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/laws/', import.meta.url));
const IMPORT_MODULE = fileURLToPath(new URL('../../electron/main/import/index.ts', import.meta.url));
const PDF_PAGES = 300;
const TEXT_BYTES = 50 * 1024 * 1024;
const RUNS = 3;

/** All fixture laws, one after the other: real legislative text of every shape. */
function fixtureCorpus(): string {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8'))
    .join('\n\n');
}

/** Law text of about `pages` printed pages (Courier 10 pt on A4: 80 characters, 63 lines a page). */
function longText(pages: number): string {
  const corpus = fixtureCorpus().split('\n');
  const out: string[] = [];
  let printed = 0;
  for (let i = 0; printed < pages * 63; i++) {
    const line = corpus[i % corpus.length]!;
    out.push(line);
    printed += Math.max(1, Math.ceil(line.length / 80));
  }
  return out.join('\n');
}

/** The ~300-page PDF, generated on first use; says how it was made. */
function benchPdf(): { path: string; how: string } {
  mkdirSync(CACHE, { recursive: true });
  const soffice = hasSoffice();
  const path = join(CACHE, soffice ? 'law-300-pages-libreoffice.pdf' : 'law-300-pages-courier.pdf');
  const how = soffice ? 'printed by LibreOffice from text' : 'written in Courier (LibreOffice not installed)';
  if (existsSync(path)) return { path, how };
  const text = longText(PDF_PAGES);
  if (soffice) {
    const source = join(CACHE, 'law-300-pages-libreoffice.txt');
    writeFileSync(source, text);
    convertToPdf(source);
    return { path, how };
  }
  const lines = text.split('\n').flatMap((line) => (line.trim() ? wrapText(line, 80) : ['']));
  const pages = [];
  for (let i = 0; i < lines.length; i += 63) {
    pages.push({ lines: lines.slice(i, i + 63).map((t, j) => ({ text: t, y: 780 - 12 * j })) });
  }
  writeFileSync(`${path}.part`, buildPdf(pages));
  renameSync(`${path}.part`, path);
  return { path, how };
}

/** The 50 MB text file, generated on first use. */
function benchText(): string {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, 'law-50-mb.txt');
  if (existsSync(path) && statSync(path).size >= TEXT_BYTES) return path;
  const corpus = Buffer.from(fixtureCorpus() + '\n', 'utf8');
  const copies = Math.ceil(TEXT_BYTES / corpus.length);
  writeFileSync(`${path}.part`, Buffer.concat(Array.from({ length: copies }, () => corpus)).subarray(0, TEXT_BYTES));
  renameSync(`${path}.part`, path);
  return path;
}

/**
 * Imports a file in a fresh Node process and reports its peak resident set and peak V8 heap, so
 * the figures are those of the import alone, not of this benchmark run's earlier work.
 */
function memoryOfImport(path: string): {
  baselineRss: number;
  peakRss: number;
  peakHeap: number;
  lines: number;
  ms: number;
} {
  const script = `
    const { importLawFile } = await import(${JSON.stringify(pathToFileURL(IMPORT_MODULE).href)});
    const baselineRss = process.memoryUsage().rss;
    let peakHeap = 0;
    const sample = () => { peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed); };
    const timer = setInterval(sample, 5);
    const t0 = performance.now();
    const doc = await importLawFile(${JSON.stringify(path)}, { onProgress: sample });
    const ms = performance.now() - t0;
    sample();
    clearInterval(timer);
    const peakRss = process.resourceUsage().maxRSS * 1024;
    console.log(JSON.stringify({ baselineRss, peakRss, peakHeap, lines: doc.lines.length, ms }));
  `;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ReturnType<typeof memoryOfImport>;
}

const MB = 1024 * 1024;

/** PDF extraction time and text-import memory. */
export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];

  const pdf = benchPdf();
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const doc = await importLawFile(pdf.path);
    times.push(performance.now() - t0);
    pages = doc.pageCount ?? 0;
  }
  times.sort((a, b) => a - b);
  figures.push({
    name: `PDF text extraction, ${pages} pages (median of ${RUNS})`,
    value: times[Math.floor(RUNS / 2)]! / 1000,
    unit: 's',
    target: 5,
    note: pdf.how,
  });

  const text = benchText();
  const memory = memoryOfImport(text);
  const note = `${Math.round(statSync(text).size / MB)} MB, ${memory.lines} lines, in a fresh process`;
  figures.push({ name: 'text import of a 50 MB file', value: memory.ms / 1000, unit: 's', note });
  figures.push({
    name: 'text import of a 50 MB file: peak RSS',
    value: memory.peakRss / MB,
    unit: 'MB',
    note: `process at ${Math.round(memory.baselineRss / MB)} MB before`,
  });
  figures.push({ name: 'text import of a 50 MB file: peak V8 heap used', value: memory.peakHeap / MB, unit: 'MB' });
  return figures;
}
