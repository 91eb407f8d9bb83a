/**
 * Comparison speed: two versions of a synthetic code of 2,000 sections (the analysis bench's
 * code), the second with 20 sections inserted (every later section renumbered), 20 deleted, 10
 * moved, 5 split and 100 amended ("may" → "shall", a penalty raised). Segmentation is done
 * beforehand and not timed; the figure is alignment, word diff and substantive flags together,
 * median of five runs after a warm-up.
 */
import { compareVersion, compareVersions } from '../../shared/compare/index';
import { sourceFromText } from '../../shared/domain/source';
import { segment } from '../../shared/segment/index';
import { syntheticCode } from './analysis';
import { random } from './lib/random';
import type { BenchFigure } from './types';
import { loadavg } from 'node:os';

const SECTIONS = 2000;
const RUNS = 5;
const TARGET_MS = 1000;

/** Sections of a code as blocks of lines: [heading line without its number, ...body]. */
function edited(text: string): string {
  const rnd = random(7);
  const lines = text.split('\n');
  const head: string[] = [];
  const blocks: string[][] = [];
  for (const line of lines) {
    const m = /^(\d+)\. (.*)$/.exec(line);
    if (m) blocks.push([m[2]!]);
    else if (blocks.length) blocks[blocks.length - 1]!.push(line);
    else head.push(line);
  }
  const at = () => 1 + Math.floor(rnd() * (blocks.length - 2));
  for (let i = 0; i < 100; i++) {
    const b = blocks[at()]!;
    for (let k = 1; k < b.length; k++) {
      b[k] = b[k]!.replace(' may ', ' shall ').replace(
        /not exceeding (\d+) years/,
        (_w, y: string) => `not exceeding ${Number(y) + 5} years`,
      );
    }
  }
  for (let i = 0; i < 5; i++) {
    const k = at();
    const b = blocks[k]!;
    const cut = b.findIndex((l) => l.startsWith('(2)'));
    if (cut > 0) blocks.splice(k + 1, 0, ['Further provision', ...b.splice(cut)]);
  }
  for (let i = 0; i < 10; i++) {
    const [b] = blocks.splice(at(), 1);
    blocks.splice(at(), 0, b!);
  }
  for (let i = 0; i < 20; i++) blocks.splice(at(), 1);
  for (let i = 0; i < 20; i++)
    blocks.splice(at(), 0, [
      `New provision ${i + 1}`,
      `(1) The Authority established under this Act shall publish guidance number ${i + 1} on the identification of victims in ports and airports.`,
      '',
    ]);
  return [...head, ...blocks.flatMap((b, i) => [`${i + 1}. ${b[0]}`, ...b.slice(1)])].join('\n');
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Bench entry point (see scripts/bench.ts). */
export async function run(): Promise<BenchFigure[]> {
  const text = syntheticCode(SECTIONS);
  const a = compareVersion('v1', segment(sourceFromText(text, 'v1.txt'), { language: 'en' }));
  const b = compareVersion('v2', segment(sourceFromText(edited(text), 'v2.txt'), { language: 'en' }));
  compareVersions({ old: a, new: b });
  const times: number[] = [];
  const cpu: number[] = [];
  let result = compareVersions({ old: a, new: b });
  for (let i = 0; i < RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = compareVersions({ old: a, new: b });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const s = result.summary;
  return [
    {
      name: `align + diff + flags, ${SECTIONS.toLocaleString('en')}-section code, two versions`,
      value: median(times),
      unit: 'ms',
      target: TARGET_MS,
      note: `${s.same} same, ${s.changed} changed, ${s.moved} moved, ${s.inserted} inserted, ${s.deleted} deleted, ${s.split} split; ${s.flags} flags`,
    },
    {
      name: 'the same, processor time of the process',
      value: median(cpu),
      unit: 'ms',
      target: TARGET_MS,
      note: `what the wall time is on an idle machine; load average ${loadavg()[0]!.toFixed(1)} during the run`,
    },
  ];
}
