/**
 * The hostile files, full size, against the command line: each is generated into a temporary
 * folder, then `lexgap segment` reads it in a fresh process under a 120 s timeout; the table
 * gives wall time, peak memory, exit code and the first line of the message. `--root DIR` runs
 * the `lexgap` of another checkout (to compare with an earlier version).
 *
 *   npx tsx scripts/hostile.ts [--root DIR] [name…]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  hugeGlyphPdf,
  inflatingPdf,
  largeBodyDocx,
  manyPagesPdf,
  nestedHtml,
  oneLineText,
  renamedMainDocx,
} from '../tests/helpers/hostile';

const MB = 1024 * 1024;
const FILES: Record<string, { ext: string; make: () => Buffer | string | Promise<Buffer> }> = {
  'glyph-1e9': { ext: 'pdf', make: () => hugeGlyphPdf(1e9) },
  'glyph-1e11': { ext: 'pdf', make: () => hugeGlyphPdf(1e11) },
  'docx-250mb-body': { ext: 'docx', make: () => largeBodyDocx(250 * MB) },
  'docx-renamed-main': { ext: 'docx', make: () => renamedMainDocx(250 * MB) },
  'pdf-stream-2gib': { ext: 'pdf', make: () => inflatingPdf(2048 * MB) },
  'html-million-divs': { ext: 'html', make: () => nestedHtml(1_000_000) },
  'html-deep-headers': { ext: 'html', make: () => nestedHtml(1_000_000, 3) },
  'text-150mb-one-line': { ext: 'txt', make: () => oneLineText(150 * MB) },
  'pdf-50000-pages': { ext: 'pdf', make: () => manyPagesPdf(50_000) },
};

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt >= 0 ? resolve(args[rootAt + 1]!) : process.cwd();
const names = rootAt >= 0 ? args.filter((_, i) => i !== rootAt && i !== rootAt + 1) : args;
const dir = join(tmpdir(), 'lexgap-hostile');
mkdirSync(dir, { recursive: true });

console.log(`lexgap of ${root}`);
console.log('file                      size      time     peak     exit  message');
for (const [name, spec] of Object.entries(FILES)) {
  if (names.length > 0 && !names.includes(name)) continue;
  const path = join(dir, `${name}.${spec.ext}`);
  const data = await spec.make();
  writeFileSync(path, data);
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  const run = spawnSync(
    '/usr/bin/time',
    ['-f', '%e %M', 'timeout', '-s', 'KILL', '120', process.execPath, join(root, 'bin', 'lexgap.mjs'), 'segment', path],
    { encoding: 'utf8', cwd: root, maxBuffer: 64 * MB },
  );
  rmSync(path, { force: true });
  const lines = run.stderr.trim().split('\n');
  const [seconds, kb] = lines.pop()!.split(' ').map(Number) as [number, number];
  const message = lines.find((l) => l.trim() && !/^Command (exited|terminated)/.test(l)) ?? '(none)';
  const exit = /Command terminated by signal 9/.test(run.stderr) ? 'killed' : String(run.status);
  console.log(
    `${name.padEnd(24)} ${`${(size / MB).toFixed(1)} MB`.padStart(9)} ${`${seconds.toFixed(1)} s`.padStart(8)} ` +
      `${`${Math.round(kb / 1024)} MB`.padStart(8)} ${exit.padStart(6)}  ${message.slice(0, 160)}`,
  );
}
