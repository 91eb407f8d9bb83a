/**
 * Whole-process timings by GNU time (`/usr/bin/time`): wall time, CPU time (user + system, the
 * figure that a loaded machine disturbs least) and peak resident memory; and paired runs of two
 * commands, in turn, so that both see the same machine load.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type Command = [string, ...string[]];

export interface ProcessTime {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
}

const TIME = '/usr/bin/time';

/** Whether GNU time is there to measure CPU time and memory (Debian package "time"). */
export const hasGnuTime = (): boolean => existsSync(TIME);

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs a command once; throws with its error output when it fails. */
export function measure([file, ...args]: Command, env: NodeJS.ProcessEnv = process.env): ProcessTime {
  if (!hasGnuTime()) {
    const start = performance.now();
    const result = spawnSync(file, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} failed: ${result.stderr?.toString()}`);
    return { wallMs: performance.now() - start, cpuMs: Number.NaN, peakMb: Number.NaN };
  }
  const result = spawnSync(TIME, ['-f', '%e %U %S %M', file, ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (result.status !== 0) throw new Error(`${file} ${args.join(' ')} failed: ${result.stderr}`);
  const [wall, user, system, kb] = result.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return { wallMs: wall * 1000, cpuMs: (user + system) * 1000, peakMb: kb / 1024 };
}

export interface Paired {
  base: ProcessTime;
  subject: ProcessTime;
  /** Median of the per-pair ratios subject ÷ base, wall and CPU. */
  wallRatio: number;
  cpuRatio: number;
}

/** Runs `base` and `subject` alternately `runs` times after one warm-up each; medians of each. */
export function paired(base: Command, subject: Command, runs: number, env: NodeJS.ProcessEnv = process.env): Paired {
  measure(base, env);
  measure(subject, env);
  const a: ProcessTime[] = [];
  const b: ProcessTime[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(measure(base, env));
    b.push(measure(subject, env));
  }
  const of = (xs: ProcessTime[]): ProcessTime => ({
    wallMs: median(xs.map((x) => x.wallMs)),
    cpuMs: median(xs.map((x) => x.cpuMs)),
    peakMb: median(xs.map((x) => x.peakMb)),
  });
  // GNU time counts CPU in hundredths of a second: a floor keeps a near-zero base from exploding the ratio.
  return {
    base: of(a),
    subject: of(b),
    wallRatio: median(a.map((t, i) => b[i]!.wallMs / Math.max(1, t.wallMs))),
    cpuRatio: median(a.map((t, i) => b[i]!.cpuMs / Math.max(10, t.cpuMs))),
  };
}

/** "1234 ms wall, 567 ms CPU" for a note. */
export const describe = (t: ProcessTime): string =>
  `${t.wallMs.toFixed(0)} ms wall, ${Number.isNaN(t.cpuMs) ? '?' : t.cpuMs.toFixed(0)} ms CPU`;
