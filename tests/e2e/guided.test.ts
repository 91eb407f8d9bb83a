import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkipReason } from '../helpers/browser';
import { ARTIFACTS, startAppSession, type AppSession } from '../helpers/app-session';
import { eventually } from '../helpers/eventually';

const skip = browserSkipReason();
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');
const SRI_LANKA = resolve('tests/fixtures/laws/sri-lanka-saarc-trafficking-prostitution-act-2005.txt');

/** The step bar's primary action, once it says what the test expects. */
async function primary(page: Page, label: RegExp): Promise<void> {
  const button = page.getByTestId('step-primary');
  await eventually(async () => expect(await button.textContent()).toMatch(label));
  await button.click();
}

async function importThroughDialog(page: Page, path: string, title: string): Promise<void> {
  const dialog = page.getByTestId('import-dialog');
  await dialog.waitFor();
  await page.getByTestId('import-file-input').setInputFiles(path);
  await eventually(async () => expect(await page.getByTestId('import-source-name').textContent()).toBeTruthy());
  await page.getByTestId('import-title').fill(title);
  await page.getByTestId('import-submit').click();
  await page.getByTestId('law-view').waitFor();
}

describe.skipIf(skip !== null)(`the guided path in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let app: AppSession;
  let page: Page;
  const stepState = (step: string) => page.getByTestId(`step-${step}`).getAttribute('data-state');

  beforeAll(async () => {
    app = await startAppSession({ userName: 'E2E Guide' });
    page = app.page;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('goes from a new assessment to an exported report with the primary actions only', async () => {
    await page.getByTestId('new-assessment').click();
    const dialog = page.getByTestId('new-assessment-dialog');
    await dialog.locator('input[name="country"]').fill('Kenya');
    await dialog.locator('input[name="title"]').fill('Guided assessment');
    // No assessor saved yet: the field is empty (never the account name) and says what to give.
    const assessor = dialog.locator('input[name="assessor"]');
    expect(await assessor.inputValue()).toBe('');
    expect(await assessor.getAttribute('placeholder')).toMatch(/name/i);
    await assessor.fill('Amina Odhiambo');
    // One instrument keeps the review short.
    for (const box of await dialog.locator('input[name="instrument"]').all())
      if ((await box.getAttribute('value')) !== 'tip-protocol') await box.uncheck();
    await dialog.getByTestId('create-assessment').click();

    // Step 1: no act yet, so the primary action imports one.
    await page.getByTestId('step-bar').waitFor();
    expect(await page.getByTestId('step-bar').getAttribute('data-next')).toBe('acts');
    await page.screenshot({ path: join(ARTIFACTS, 'guided-1-new.png') });
    await primary(page, /Import a law/);
    await importThroughDialog(page, KENYA, 'Counter-Trafficking in Persons Act');

    // Step 2: the analysis is offered at once.
    expect(await stepState('analysis')).toBe('none');
    await page.screenshot({ path: join(ARTIFACTS, 'guided-2-imported.png') });
    await primary(page, /Run the analysis/);
    await page.getByTestId('review-view').waitFor({ timeout: 60_000 });
    await eventually(async () => expect(await stepState('analysis')).toBe('current'));

    // Step 3: the review opens on the unreviewed mandatory requirements, gaps first, then partial ones.
    const rows = page.getByTestId('requirement-row');
    await rows.first().waitFor();
    const severity = ['gap', 'partial', 'not_assessed', 'compliant', 'not_applicable'];
    let previous = 0;
    for (const row of (await rows.all()).slice(0, 12)) {
      expect(await row.getByTestId('obligation-badge').getAttribute('data-obligation')).toBe('mandatory');
      expect(await row.getAttribute('data-reviewed')).toBe('false');
      const rank = severity.indexOf((await row.getByTestId('status-badge').getAttribute('data-status'))!);
      expect(rank).toBeGreaterThanOrEqual(previous);
      previous = rank;
    }
    expect(await rows.first().getByTestId('status-badge').getAttribute('data-status')).toBe('gap');
    expect(await page.getByTestId('filter-order').inputValue()).toBe('severity');
    const detail = page.getByTestId('step-review-detail');
    const [, total] = (await detail.textContent())!.match(/0 of (\d+) mandatory gap/)!;
    expect(Number(total)).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'guided-3-review.png') });

    // A second act makes the analysis out of date; the primary action runs it again.
    await page.getByTestId('step-acts').click();
    await page.getByTestId('import-law').click();
    await importThroughDialog(page, SRI_LANKA, 'Trafficking (Prostitution) Act');
    await eventually(async () => expect(await stepState('analysis')).toBe('outOfDate'));
    await primary(page, /Run the analysis/);
    await page.getByTestId('review-view').waitFor({ timeout: 60_000 });
    await eventually(async () => expect(await stepState('analysis')).toBe('current'));

    // Confirm each mandatory gap with the keyboard (3 = gap), moving on with j.
    if (await page.getByTestId('requirement-list').count()) await page.getByTestId('requirement-list').focus();
    for (let i = 0; i < 80 && (await stepState('review')) !== 'done'; i++) {
      const pane = page.getByTestId('requirement-pane');
      await eventually(async () => expect(await pane.getAttribute('aria-busy')).toBe('false'));
      const id = await pane.getAttribute('data-requirement');
      await page.keyboard.press('3');
      await eventually(async () =>
        expect(
          await page.locator(`[data-testid="requirement-row"][data-requirement="${id}"]`).getAttribute('data-reviewed'),
        ).toBe('true'),
      );
      await page.keyboard.press('j');
    }
    expect(await stepState('review')).toBe('done');
    expect(await detail.textContent()).toMatch(/(\d+) of \1 mandatory gap/);

    // Step 4: the report.
    await primary(page, /Export the report/);
    await page.getByTestId('report-view').waitFor();
    expect(await page.locator('h1').count()).toBe(1);
    await page.getByTestId('export-docx').click();
    const saved = page.getByTestId('report-saved');
    await saved.waitFor({ timeout: 60_000 });
    const path = (await saved.textContent())!.match(/\/.*\.docx/)![0];
    expect(existsSync(path)).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'guided-4-report.png') });
    expect(app.errors).toEqual([]);
  });

  it('closes a dialog with Escape and gives the focus back', async () => {
    await page.getByTestId('step-acts').click();
    const opener = page.getByTestId('import-law');
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('import-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    await eventually(async () =>
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-law'),
    );
  });

  it('offers the assessor named last time for the next assessment', async () => {
    await page.getByTestId('nav-assessment').click();
    await page.getByRole('button', { name: 'Close assessment' }).click();
    await page.getByTestId('new-assessment').click();
    const dialog = page.getByTestId('new-assessment-dialog');
    expect(await dialog.locator('input[name="assessor"]').inputValue()).toBe('Amina Odhiambo');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
