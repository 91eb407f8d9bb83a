/**
 * Opening a large assessment, in plain Node through the app's handlers: an assessment file with
 * 20,000 provisions (a synthetic code of sections with two subsections each, built from the
 * sentences of real acts, imported and analysed against every instrument by the core itself),
 * closed, then opened again by a fresh context as the window does, and the data of the first
 * screen asked for: the assessment summary, the acts, the analysis status, the review list and
 * the dashboard, then the law view of the act (its provisions and their mapping colours).
 * The file is made once per run; each opening starts from a new context, so nothing is cached.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../shared/api/dispatch';
import { createHandlers } from '../../electron/main/app/handlers';
import { startBrowserHost, type BrowserHost } from '../../electron/main/host/browser-host';
import { syntheticCode } from './lib/synthetic';
import type { BenchFigure } from './types';

const PROVISIONS = 20_000;
/** Each section is three provisions: the section and its two subsections. */
const SECTIONS = Math.ceil(PROVISIONS / 3);
const RUNS = 5;
const TARGET_MS = 1000;
const INSTRUMENTS = ['tip-protocol', 'som-protocol', 'untoc', 'model-law-tip', 'model-law-som'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

type Api = <T>(channel: string, payload: unknown) => Promise<T>;

function apiOf(host: BrowserHost): Api {
  const handlers = createHandlers(host.context);
  return async <T>(channel: string, payload: unknown): Promise<T> => {
    const r = await dispatch(handlers, channel, payload);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.data as T;
  };
}

/** Makes the assessment file in `workDir` through the API; returns its path and size. */
async function makeAssessment(dataDir: string, workDir: string) {
  const host = await startBrowserHost({ dataDir, workDir, userName: 'Bench' });
  try {
    const api = apiOf(host);
    const summary = await api<{ path: string }>('assessment:create', {
      country: 'Benchland',
      title: 'Synthetic code of 20,000 provisions',
      assessor: 'Bench',
      instruments: INSTRUMENTS,
    });
    const imported = await api<{ provisions: number }>('act:import', {
      jobId: 'bench-open',
      title: 'Synthetic Penal Code',
      source: { kind: 'text', text: syntheticCode(SECTIONS) },
    });
    const analysis = await api<{ requirements: number }>('analysis:run', {});
    await api('assessment:close', {});
    return { path: summary.path, provisions: imported.provisions, requirements: analysis.requirements };
  } finally {
    await host.stop();
  }
}

/** CPU time of this process (user + system), in milliseconds. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export async function run(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lexgap-bench-open-'));
  try {
    const dataDir = join(dir, 'data');
    const made = await makeAssessment(dataDir, join(dir, 'made'));
    const steps: Record<string, number[]> = {};
    const total: number[] = [];
    const cpu: number[] = [];
    const law: number[] = [];
    const lawCpu: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh copy and a fresh context each time: the file as the user has it on disk.
      const workDir = join(dir, `open-${i}`);
      mkdirSync(workDir);
      const path = join(workDir, 'assessment.lexgap');
      copyFileSync(made.path, path);
      const host = await startBrowserHost({ dataDir, workDir, userName: 'Bench' });
      try {
        const api = apiOf(host);
        const time = async <T>(step: string, channel: string, payload: unknown): Promise<T> => {
          const t0 = performance.now();
          const data = await api<T>(channel, payload);
          (steps[step] ??= []).push(performance.now() - t0);
          return data;
        };
        const [t0, c0] = [performance.now(), cpuMs()];
        await time('assessment:open', 'assessment:open', { path });
        const acts = await time<{ versions: { id: number }[] }[]>('act:list', 'act:list', {});
        await time('analysis:status', 'analysis:status', {});
        await time('review:list', 'review:list', {});
        await time('dashboard:summary', 'dashboard:summary', {});
        total.push(performance.now() - t0);
        cpu.push(cpuMs() - c0);
        const versionId = acts[0]!.versions[0]!.id;
        const [t1, c1] = [performance.now(), cpuMs()];
        await time('act:provisions', 'act:provisions', { versionId });
        await time('act:provision-mappings', 'act:provision-mappings', { versionId });
        law.push(performance.now() - t1);
        lawCpu.push(cpuMs() - c1);
      } finally {
        await host.stop();
      }
    }
    const about = `${made.provisions} provisions × ${made.requirements} requirements; median of ${RUNS}, fresh context each`;
    return [
      {
        name: `open a ${made.provisions}-provision assessment → first screen data`,
        value: median(total),
        unit: 'ms',
        target: TARGET_MS,
        note: `${about}; CPU ${median(cpu).toFixed(0)} ms; open, acts, analysis status, review list, dashboard`,
      },
      ...Object.entries(steps).map(([step, times]) => ({ name: `  ${step}`, value: median(times), unit: 'ms' })),
      {
        name: `law view of the ${made.provisions}-provision act: provisions + mapping colours`,
        value: median(law),
        unit: 'ms',
        target: TARGET_MS,
        note: `${about}; CPU ${median(lawCpu).toFixed(0)} ms`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
