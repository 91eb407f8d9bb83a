import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadReferenceLibrary } from '../../electron/main/reference/load';
import { buildReferenceDatabase, openReferenceDatabase } from '../../electron/main/db/reference-db';
import { search } from '../../electron/main/db/reference-repo';
import { startBrowserHost } from '../../electron/main/host/browser-host';
import { chromiumPath, launchChromium } from '../../tests/helpers/browser';
import type { BenchFigure } from './types';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const QUERIES = [
  'vulnerability',
  'consent',
  'forced labour',
  'smuggling',
  'confiscation',
  'extradition',
  'witness',
  'legal persons',
  'jurisdiction',
  'victim',
  'travel documents',
  'border',
  'organized criminal group',
  'child',
  'compensation',
  'repatriation',
  'trafic illicite',
  'traite',
  'vulnérabilité',
  'trata de personas',
];

/** Reference database build, full-text query latency, and the renderer's first paint in Chromium. */
export async function run(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lexgap-bench-'));
  const figures: BenchFigure[] = [];
  try {
    const lib = loadReferenceLibrary();
    const builds: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      buildReferenceDatabase(join(dir, `ref-${i}.sqlite`), lib);
      builds.push(performance.now() - t0);
    }
    figures.push({ name: 'reference database build (median of 5)', value: median(builds), unit: 'ms' });

    const { db } = openReferenceDatabase(join(dir, 'ref-0.sqlite'), lib);
    const times: number[] = [];
    for (let i = 0; i < 100; i++) {
      const q = QUERIES[i % QUERIES.length]!;
      const t0 = performance.now();
      search(db, q, 50);
      times.push(performance.now() - t0);
    }
    db.close();
    figures.push({ name: 'full-text query, median over 100 queries', value: median(times), unit: 'ms', target: 5 });
    figures.push({ name: 'full-text query, slowest of 100', value: Math.max(...times), unit: 'ms' });

    const rendererDir = resolve('out/renderer');
    if (!chromiumPath() || !existsSync(join(rendererDir, 'index.html'))) {
      figures.push({
        name: 'renderer first paint',
        value: NaN,
        unit: 'ms',
        note: 'needs Chromium and "npm run build"',
      });
    } else {
      const host = await startBrowserHost({ dataDir: join(dir, 'data'), workDir: join(dir, 'work'), rendererDir });
      const browser = await launchChromium();
      try {
        const paints: number[] = [];
        const ready: number[] = [];
        for (let i = 0; i < 5; i++) {
          const page = await browser.newPage();
          await page.goto(host.host.url);
          await page.locator('#root[data-app-state="ready"]').waitFor();
          const m = await page.evaluate(() => ({
            paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
            now: performance.now(),
          }));
          paints.push(m.paint);
          ready.push(m.now);
          await page.close();
        }
        figures.push({ name: 'renderer first contentful paint (median of 5)', value: median(paints), unit: 'ms' });
        figures.push({ name: 'renderer ready with data (median of 5)', value: median(ready), unit: 'ms' });
      } finally {
        await browser.close();
        await host.stop();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
