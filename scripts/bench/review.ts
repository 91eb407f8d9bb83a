/**
 * Review and dashboard speed in Chromium, through the loopback host, on a large assessment: a
 * synthetic code of 2,000 sections (each with two subsections, so 6,000 provisions) built from
 * sentences of the English fixture laws, analysed against all five instruments (539
 * requirements). Each first render starts from a reloaded page, so nothing is cached.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { dispatch } from '../../shared/api/dispatch';
import { createHandlers } from '../../electron/main/app/handlers';
import { startBrowserHost, type BrowserHost } from '../../electron/main/host/browser-host';
import { chromiumPath, launchChromium } from '../../tests/helpers/browser';
import { syntheticCode } from './lib/synthetic';
import type { BenchFigure } from './types';

const SECTIONS = 2000;
const RUNS = 5;
const INSTRUMENTS = ['tip-protocol', 'som-protocol', 'untoc', 'model-law-tip', 'model-law-som'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Click an element and time, inside the page, until every `ready` selector matches and the
 * next frame is painted: the browser's own clock, without the test driver's round trips.
 * (Passed as source text: the TypeScript loader would otherwise wrap helpers the page lacks.)
 */
async function clickUntil(page: Page, click: string, ready: string[]): Promise<number> {
  // What is clicked may come with data the page is still loading (the acts list): the clock starts at the click.
  await page.locator(click).first().waitFor();
  return page.evaluate(`(async () => {
    const ready = ${JSON.stringify(ready)};
    const t0 = performance.now();
    document.querySelector(${JSON.stringify(click)}).click();
    await new Promise((resolve) => {
      function poll() {
        if (ready.every((s) => document.querySelector(s))) requestAnimationFrame(() => resolve(null));
        else requestAnimationFrame(poll);
      }
      poll();
    });
    return performance.now() - t0;
  })()`) as Promise<number>;
}

/** A fresh page state: reloaded, so the review and dashboard queries start from nothing. */
async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.locator('#root[data-app-state="ready"]').waitFor();
}

export async function run(): Promise<BenchFigure[]> {
  const rendererDir = resolve('out/renderer');
  if (!chromiumPath() || !existsSync(join(rendererDir, 'index.html')))
    return [{ name: 'review view first render', value: NaN, unit: 'ms', note: 'needs Chromium and "npm run build"' }];
  const dir = mkdtempSync(join(tmpdir(), 'lexgap-bench-review-'));
  let host: BrowserHost | null = null;
  const figures: BenchFigure[] = [];
  try {
    host = await startBrowserHost({
      dataDir: join(dir, 'data'),
      workDir: join(dir, 'work'),
      rendererDir,
      userName: 'Bench',
    });
    const handlers = createHandlers(host.context);
    const api = async <T>(channel: string, payload: unknown): Promise<T> => {
      const r = await dispatch(handlers, channel, payload);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.data as T;
    };
    await api('assessment:create', {
      country: 'Benchland',
      title: 'Synthetic code',
      assessor: 'Bench',
      instruments: INSTRUMENTS,
    });
    const text = syntheticCode(SECTIONS);
    const imported = await api<{ versionId: number; units: number; provisions: number }>('act:import', {
      jobId: 'bench',
      title: 'Synthetic Penal Code',
      source: { kind: 'text', text },
    });
    let t0 = performance.now();
    const analysis = await api<{ requirements: number }>('analysis:run', {});
    figures.push({
      name: `analysis:run, ${imported.units} sections × ${analysis.requirements} requirements`,
      value: performance.now() - t0,
      unit: 'ms',
      note: `${imported.provisions} provisions`,
    });
    const serverTimes = { list: [] as number[], dashboard: [] as number[], mappings: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      t0 = performance.now();
      await api('review:list', {});
      serverTimes.list.push(performance.now() - t0);
      t0 = performance.now();
      await api('dashboard:summary', {});
      serverTimes.dashboard.push(performance.now() - t0);
      t0 = performance.now();
      await api('act:provision-mappings', { versionId: imported.versionId });
      serverTimes.mappings.push(performance.now() - t0);
    }
    figures.push({ name: `review:list in the core (median of ${RUNS})`, value: median(serverTimes.list), unit: 'ms' });
    figures.push({
      name: `dashboard:summary in the core (median of ${RUNS})`,
      value: median(serverTimes.dashboard),
      unit: 'ms',
    });
    figures.push({
      name: `act:provision-mappings in the core (median of ${RUNS})`,
      value: median(serverTimes.mappings),
      unit: 'ms',
    });

    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      await page.goto(host.host.url);
      await page.locator('#root[data-app-state="ready"]').waitFor();
      const review: number[] = [];
      const dashboard: number[] = [];
      const law: number[] = [];
      const filter: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await reload(page);
        review.push(
          await clickUntil(page, '[data-testid="nav-review"]', [
            '[data-testid="requirement-row"]',
            '[data-testid="requirement-pane"][aria-busy="false"]',
          ]),
        );
        // A filter change: "mandatory gaps only", on and off, until the list count shows it.
        const all = await page.getByTestId('review-count').getAttribute('data-count');
        const checkbox = '[data-testid="filter-mandatoryGaps"]';
        filter.push(await clickUntil(page, checkbox, [`[data-testid="review-count"]:not([data-count="${all}"])`]));
        filter.push(await clickUntil(page, checkbox, [`[data-testid="review-count"][data-count="${all}"]`]));

        await reload(page);
        dashboard.push(
          // The cards, the matrix and the unmapped table are rendered together; the matrix rows come last.
          await clickUntil(page, '[data-testid="nav-dashboard"]', [
            '[data-testid="instrument-coverage"]',
            '[data-testid="matrix-row"]',
          ]),
        );

        await reload(page);
        law.push(
          await clickUntil(page, `[data-testid="open-version-${imported.versionId}"]`, [
            '[data-testid="provision"][data-mapping]',
          ]),
        );
      }
      const note = `${SECTIONS} sections, ${analysis.requirements} requirements; click to painted, page reloaded first`;
      figures.push({ name: `review view first render (median of ${RUNS})`, value: median(review), unit: 'ms', note });
      figures.push({ name: `dashboard first render (median of ${RUNS})`, value: median(dashboard), unit: 'ms', note });
      figures.push({
        name: `law view with mapping colours, first render (median of ${RUNS})`,
        value: median(law),
        unit: 'ms',
        note,
      });
      figures.push({
        name: `review filter change, "mandatory gaps" (median of ${filter.length})`,
        value: median(filter),
        unit: 'ms',
      });
    } finally {
      await browser.close();
    }
  } finally {
    await host?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
