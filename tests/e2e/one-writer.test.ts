import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { AssessmentSummary } from '../../shared/api/schemas';
import { lockPathOf } from '../../electron/main/db/file-lock';
import { openDatabase } from '../../electron/main/db/sqlite';
import { browserSkipReason } from '../helpers/browser';
import { ARTIFACTS, startAppSession, type AppSession } from '../helpers/app-session';
import { eventually } from '../helpers/eventually';

const skip = browserSkipReason();
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');

describe.skipIf(skip !== null)(`one writer per file, in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let app: AppSession;
  let page: Page;
  let path = '';
  const saveState = () =>
    page
      .getByTestId('assessment-field')
      .filter({ has: page.getByTestId('field-finding') })
      .getByTestId('save-state')
      .getAttribute('data-state');

  async function openFirstRequirement() {
    await page.getByTestId('nav-review').click();
    await page.getByTestId('requirement-row').first().click();
    await page.getByTestId('field-finding').waitFor();
  }

  beforeAll(async () => {
    app = await startAppSession({
      userName: 'Second Window',
      before: async (call) => {
        const s = await call<AssessmentSummary>('assessment:create', {
          country: 'Kenya',
          title: 'Two windows',
          assessor: 'A',
          instruments: ['tip-protocol'],
        });
        path = s.path;
        await call('act:import', { jobId: 'k', source: { kind: 'path', path: KENYA } });
        await call('analysis:run', {});
      },
    });
    ({ page } = app);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  it('a save that meets a busy file is shown and tried again until it is kept', async () => {
    await openFirstRequirement();
    // Another writer holds SQLite's write lock for longer than the wait: the save fails, says so, retries.
    const other = openDatabase(path, { fileMustExist: true });
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    try {
      await page.getByTestId('field-finding').fill('Kept through a busy moment');
      await page.getByTestId('field-finding').blur();
      await eventually(async () => expect(await saveState()).toBe('retrying'), 30_000);
      await page.screenshot({ path: join(ARTIFACTS, 'autosave-retrying.png') });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await eventually(async () => expect(await saveState()).toBe('saved'), 30_000);
    const db = openDatabase(path, { readonly: true, fileMustExist: true });
    try {
      const row = db
        .prepare(`SELECT count(*) AS n FROM requirement_assessment WHERE finding = 'Kept through a busy moment'`)
        .get() as { n: number };
      expect(row.n).toBe(1);
    } finally {
      db.close();
    }
  }, 90_000);

  it('says the file is open read-only when another window holds it, and refuses changes', async () => {
    await app.api('assessment:close', {});
    writeFileSync(
      lockPathOf(path),
      JSON.stringify({
        app: 'LexGap',
        pid: process.ppid,
        host: hostname(),
        user: 'First Window',
        since: new Date().toISOString(),
        nonce: 'held',
      }),
    );
    const s = await app.api<AssessmentSummary>('assessment:open', { path });
    expect(s.readOnly).toBe(true);
    await page.reload();
    await page.locator('#root[data-app-state="ready"]').waitFor();
    const banner = page.getByTestId('read-only-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/Opened read-only: another window has it\..*First Window/);
    await openFirstRequirement();
    await page.getByTestId('field-finding').fill('Not to be saved here');
    await page.getByTestId('field-finding').blur();
    await eventually(async () => expect(await saveState()).toBe('error'));
    await page.screenshot({ path: join(ARTIFACTS, 'read-only-banner.png') });
    expect(app.errors).toEqual([]);
  }, 60_000);

  it('imports a law chosen in the browser by uploading it to the host', async () => {
    await app.api('assessment:create', {
      country: 'Kenya',
      title: 'Uploaded',
      assessor: 'A',
      instruments: ['tip-protocol'],
    });
    await page.reload();
    await page.locator('#root[data-app-state="ready"]').waitFor();
    await page.getByTestId('nav-assessment').click();
    await page.getByTestId('import-law').click();
    await page.getByTestId('import-file-input').setInputFiles(KENYA);
    await eventually(async () =>
      expect(await page.getByTestId('import-source-name').textContent()).toContain('kenya-counter'),
    );
    await page.getByTestId('import-submit').click();
    // The imported law opens in the law view.
    await eventually(
      async () => expect(await page.getByTestId('nav-law').getAttribute('aria-current')).toBe('page'),
      60_000,
    );
    const acts = await app.api<{ versions: { sourceFile: string | null }[] }[]>('act:list', {});
    expect(acts).toHaveLength(1);
    expect(acts[0]!.versions[0]!.sourceFile).toBe('kenya-counter-trafficking-in-persons-act-2010.txt');
    expect(app.errors).toEqual([]);
  }, 90_000);
});
