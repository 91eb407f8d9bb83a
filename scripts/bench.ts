/**
 * `npm run bench`: runs every module in scripts/bench/ (or those named on the command line)
 * and prints its figures, with the ratio to the target where one is set (< 1 is within target).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchFigure } from './bench/types';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

function format(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
}

let failed = false;
for (const name of modules) {
  console.log(`\n== ${name}`);
  try {
    const mod = (await import(join(dir, `${name}.ts`))) as { run: () => Promise<BenchFigure[]> };
    for (const f of await mod.run()) {
      const ratio = f.target
        ? `  ratio ${(f.value / f.target).toFixed(2)} of target ${format(f.target)} ${f.unit}`
        : '';
      console.log(
        `  ${f.name.padEnd(58)} ${format(f.value).padStart(9)} ${f.unit}${ratio}${f.note ? `  (${f.note})` : ''}`,
      );
    }
  } catch (error) {
    failed = true;
    console.log(`  failed: ${(error as Error).stack ?? String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
