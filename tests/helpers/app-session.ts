import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dispatch } from '../../shared/api/dispatch';
import { createHandlers } from '../../electron/main/app/handlers';
import type { BrowserHost } from '../../electron/main/host/browser-host';
import { hostIn } from './host';
import { launchChromium } from './browser';
import { eventually } from './eventually';
import { tempDir } from './temp';

export const ARTIFACTS = resolve('test-results');
const RENDERER = resolve('out/renderer');

/** The built renderer served by a loopback host in its own data folder, open in a Chromium page. */
export interface AppSession {
  host: BrowserHost;
  browser: Browser;
  page: Page;
  /** Errors the page threw, to assert there were none. */
  errors: string[];
  /** Call the API directly (to set up state a test is not about). */
  api<T>(channel: string, payload: unknown): Promise<T>;
  close(): Promise<void>;
}

/**
 * An assessment made through the API before the page opens: created with the session's user as
 * assessor, its acts imported in order (each an `act:import` request), then analysed if asked.
 */
export interface SeedAssessment {
  country: string;
  title: string;
  instruments: string[];
  acts?: Record<string, unknown>[];
  analyse?: boolean;
}

export async function startAppSession(options: {
  userName: string;
  locale?: string;
  assessment?: SeedAssessment;
  /** Runs against the API before the page opens (after the assessment is made). */
  before?: (api: AppSession['api']) => Promise<void>;
}): Promise<AppSession> {
  if (!existsSync(join(RENDERER, 'index.html'))) throw new Error('renderer not built: run "npm run build" first');
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = tempDir();
  const host = await hostIn(dir.path, options.userName, { rendererDir: RENDERER });
  const api = async <T>(channel: string, payload: unknown): Promise<T> => {
    const r = await dispatch(createHandlers(host.context), channel, payload);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.data as T;
  };
  const seed = options.assessment;
  if (seed) {
    const { country, title, instruments } = seed;
    await api('assessment:create', { country, title, assessor: options.userName, instruments });
    for (const act of seed.acts ?? []) await api('act:import', act);
    if (seed.analyse) await api('analysis:run', {});
  }
  await options.before?.(api);
  const browser = await launchChromium();
  const page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: options.locale ?? 'en-GB' })
  ).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.host.url);
  await page.locator('#root[data-app-state="ready"]').waitFor();
  return {
    host,
    browser,
    page,
    errors,
    api,
    async close() {
      await browser.close();
      await host.stop();
      dir.cleanup();
    },
  };
}

/** File → New assessment through the start screen, with every instrument. */
export async function createAssessmentInUi(page: Page, country: string, title: string): Promise<void> {
  await page.getByTestId('new-assessment').click();
  const dialog = page.getByTestId('new-assessment-dialog');
  await dialog.locator('input[name="country"]').fill(country);
  await dialog.locator('input[name="title"]').fill(title);
  // Asked once: empty until a name has been kept in the settings.
  const assessor = dialog.locator('input[name="assessor"]');
  if (!(await assessor.inputValue())) await assessor.fill('E2E Assessor');
  await dialog.getByTestId('create-assessment').click();
  await page.getByTestId('acts-panel').waitFor();
}

/** Import a law file through the import dialog and wait for its law view. */
export async function importLawInUi(page: Page, path: string, title: string, year: string): Promise<void> {
  await page.getByTestId('import-law').click();
  await page.getByTestId('import-file-input').setInputFiles(path);
  await eventually(async () =>
    expect(await page.getByTestId('import-source-name').textContent()).toContain(path.split('/').pop()!.slice(0, 20)),
  );
  await page.getByTestId('import-title').fill(title);
  await page.getByTestId('import-year').fill(year);
  await page.getByTestId('import-submit').click();
  await page.getByTestId('law-view').waitFor();
}
