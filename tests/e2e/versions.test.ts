import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkipReason } from '../helpers/browser';
import { ARTIFACTS, startAppSession, type AppSession } from '../helpers/app-session';
import { eventually } from '../helpers/eventually';
import { newVersionText, oldVersionText } from '../helpers/version-pair';

const skip = browserSkipReason();

describe.skipIf(skip !== null)(`comparing two versions in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let app: AppSession;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await startAppSession({
      userName: 'E2E Drafter',
      before: async (call) => {
        await call('assessment:create', {
          country: 'Kenya',
          title: 'Counter-Trafficking Bill',
          assessor: 'E2E Drafter',
          instruments: ['tip-protocol'],
        });
        const first = await call<{ actId: number }>('act:import', {
          jobId: 'd1',
          title: 'Counter-Trafficking in Persons Bill',
          versionLabel: 'Draft 1',
          status: 'draft',
          source: { kind: 'text', text: oldVersionText() },
        });
        await call('act:import', {
          jobId: 'd2',
          actId: first.actId,
          versionLabel: 'Draft 2',
          status: 'draft',
          source: { kind: 'text', text: newVersionText() },
        });
        await call('analysis:run', {});
        // A reviewed mapping on draft 1, for the review to carry forward.
        const d = await call<{ mappings: { id: number; unitNumber: string | null }[] }>('review:get', {
          requirementId: 'tip-protocol:3(a)',
        });
        await call('review:set-mapping', { mappingId: d.mappings[0]!.id, state: 'accepted' });
      },
    });
    ({ page, errors } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists the versions and renames one', async () => {
    await page.getByTestId('nav-versions').click();
    await page.getByTestId('versions-view').waitFor();
    await eventually(async () => expect(await page.getByTestId('version-row').count()).toBe(2));
    await page.getByTestId('version-label').nth(1).click();
    await page.getByTestId('version-label-input').fill('Committee text');
    await page.getByTestId('version-label-input').press('Enter');
    await eventually(async () =>
      expect(await page.getByTestId('version-label').nth(1).textContent()).toBe('Committee text'),
    );
  });

  it('compares draft 1 with the committee text: redline, flags, collapsed unchanged provisions', async () => {
    await page.getByTestId('compare-run').click();
    await page.getByTestId('comparison').waitFor({ timeout: 60_000 });
    const count = async (k: string) =>
      Number((await page.getByTestId(`count-${k}`).locator('strong').textContent()) ?? '-1');
    expect(await count('inserted')).toBe(1);
    expect(await count('deleted')).toBe(1);
    expect(await count('split')).toBe(1);
    const flags = await page
      .getByTestId('substantive-flag')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-flag')));
    expect(flags).toEqual(expect.arrayContaining(['obligation:stronger', 'penalty:stronger', 'element:added']));
    expect(await page.getByTestId('substantive-flag').allTextContents()).toContain(
      'Element added: abuse of a position of vulnerability',
    );
    // The "may" → "shall" change as a deletion and an insertion in the redline.
    const s14 = page.locator('[data-testid="compare-pair"]', { hasText: 'Obligation strengthened' });
    expect(await s14.locator('del').allTextContents()).toContain('may');
    expect(await s14.locator('ins').allTextContents()).toContain('shall');
    expect(await page.getByTestId('collapsed-run').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'versions-redline.png') });
    await page.getByTestId('mode-side').check();
    expect(await page.getByTestId('redline-sides').count()).toBeGreaterThan(0);
    await page.getByTestId('only-flagged').check();
    await eventually(async () => expect(await page.getByTestId('compare-pair').count()).toBe(3));
  });

  it('corrects a pairing and keeps it', async () => {
    await page.getByTestId('only-flagged').uncheck();
    const inserted = page.locator('[data-testid="compare-pair"][data-kind="inserted"]');
    await inserted.getByTestId('pair-correct').click();
    await inserted.getByTestId('pair-choice').selectOption('s7');
    await inserted.getByTestId('pair-save').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="compare-pair"][data-kind="inserted"]').count()).toBe(0),
    );
    expect(await page.getByText('paired by hand').count()).toBe(1);
  });

  it('shows the compliance delta and opens a requirement from it', async () => {
    await page.getByTestId('tab-delta').click();
    await page.getByTestId('delta-table').waitFor();
    const row = page.locator('[data-testid="delta-row"]', { hasText: 'abuse of a position of vulnerability' });
    expect(await row.count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'versions-delta.png') });
    await row.locator('button').first().click();
    await page.getByTestId('review-view').waitFor();
    await page.getByTestId('back-link').click();
    await page.getByTestId('versions-view').waitFor();
  });

  it('carries the review forward and reports it', async () => {
    await page.getByTestId('compare-run').click();
    await page.getByTestId('comparison').waitFor({ timeout: 60_000 });
    await page.getByTestId('carry-review').click();
    await eventually(async () =>
      expect(await page.getByTestId('versions-notice').textContent()).toMatch(/carried forward/),
    );
  });

  it('shows the delta figure on the dashboard, which opens the delta', async () => {
    await page.getByTestId('nav-dashboard').click();
    const card = page.getByTestId('dash-versions-delta');
    await card.waitFor();
    await eventually(async () => expect(await card.textContent()).toMatch(/gaps closed/), 60_000);
    await card.click();
    await page.getByTestId('versions-view').waitFor();
    expect(errors).toEqual([]);
  });
});
