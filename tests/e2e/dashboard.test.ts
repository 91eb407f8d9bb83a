import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ReviewDetail } from '../../shared/api/review-schemas';
import { browserSkipReason } from '../helpers/browser';
import { ARTIFACTS, startAppSession, type AppSession } from '../helpers/app-session';
import { eventually } from '../helpers/eventually';

const skip = browserSkipReason();
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');

describe.skipIf(skip !== null)(`the gap dashboard in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let app: AppSession;
  let page: Page;
  let errors: string[];
  let api: AppSession['api'];
  const count = async (testId: string) => Number(await page.getByTestId(testId).first().getAttribute('data-count'));
  const listed = () => count('review-count');

  beforeAll(async () => {
    app = await startAppSession({
      userName: 'E2E Analyst',
      assessment: {
        country: 'Kenya',
        title: 'Gap dashboard',
        instruments: ['tip-protocol', 'som-protocol', 'untoc', 'model-law-tip', 'model-law-som'],
        acts: [
          {
            jobId: 'kenya',
            title: 'Counter-Trafficking in Persons Act',
            year: 2010,
            source: { kind: 'path', path: KENYA },
          },
        ],
      },
    });
    ({ page, errors, api } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('says there is nothing to show before the analysis, and fills in once it has run', async () => {
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard-empty').waitFor();
    await api('analysis:run', {});
    // A reviewed requirement, so the progress figure has something to count.
    const d = await api<ReviewDetail>('review:get', { requirementId: 'tip-protocol:5(1)' });
    await api('review:set-mapping', { mappingId: d.mappings[0]!.id, state: 'accepted' });
    await page.getByTestId('dashboard-view').waitFor();
    expect(await count('dash-total')).toBeGreaterThan(500);
    await eventually(async () => expect(await count('dash-to-review')).toBe((await count('dash-total')) - 1));
    expect(await page.getByTestId('instrument-coverage').count()).toBe(5);
    // Mandatory first in every instrument, and a bar per obligation level.
    for (const card of await page.getByTestId('instrument-coverage').all()) {
      const rows = await card
        .getByTestId('coverage-row')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
      if (rows.some((k) => k!.endsWith('-mandatory'))) expect(rows[0]).toMatch(/-mandatory$/);
      expect(await card.locator('table').first().getByTestId('coverage-bar').count()).toBe(
        rows.filter((k) => !k!.includes('-ch-')).length,
      );
    }
    expect(await page.getByTestId('coverage-bar').first().getAttribute('aria-label')).toMatch(/Mandatory: .*\d/);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png') });
  });

  it('opens the review list on the items behind each figure', async () => {
    const gaps = await count('mandatory-gaps-tip-protocol');
    expect(gaps).toBeGreaterThan(0);
    await page.getByTestId('mandatory-gaps-tip-protocol').click();
    await page.getByTestId('review-view').waitFor();
    await eventually(async () => expect(await listed()).toBe(gaps));
    expect(await page.getByTestId('filter-instrument').inputValue()).toBe('tip-protocol');
    expect(await page.getByTestId('filter-mandatoryGaps').isChecked()).toBe(true);

    await page.getByTestId('back-link').click();
    await page.getByTestId('dashboard-view').waitFor();
    const partial = await count('fig-tip-protocol-mandatory-partial');
    await page.getByTestId('fig-tip-protocol-mandatory-partial').click();
    await eventually(async () => expect(await listed()).toBe(partial));
    for (const row of await page.getByTestId('requirement-row').all()) {
      expect(await row.getByTestId('status-badge').getAttribute('data-status')).toBe('partial');
      expect(await row.getByTestId('obligation-badge').getAttribute('data-obligation')).toBe('mandatory');
    }

    await page.getByTestId('back-link').click();
    const tip = page.locator('[data-testid="instrument-coverage"][data-instrument="tip-protocol"]');
    await tip.getByTestId('by-chapter').locator('summary').click();
    const chapterTotal = tip
      .locator('[data-testid="coverage-row"][data-key*="-ch-"]')
      .first()
      .locator('td.num button')
      .last();
    const n = Number(await chapterTotal.getAttribute('data-count'));
    await chapterTotal.click();
    await eventually(async () => expect(await listed()).toBe(n));
    await page.getByTestId('filter-chapter').waitFor();
  });

  it('opens a requirement from the requirements × acts matrix', async () => {
    await page.getByTestId('nav-dashboard').click();
    const matrix = page.getByTestId('coverage-matrix');
    await matrix.getByTestId('matrix-row').first().waitFor();
    const mandatoryRows = await matrix.getByTestId('matrix-row').count();
    await matrix.getByTestId('matrix-mandatory-only').uncheck();
    await eventually(async () =>
      expect(await matrix.getByTestId('matrix-row').count()).toBeGreaterThanOrEqual(mandatoryRows),
    );
    const first = matrix.getByTestId('matrix-row').first();
    const label = (await first.getByRole('button').textContent())!;
    await first.getByRole('button').click();
    await page.getByTestId('review-view').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('requirement-pane').locator('h2').textContent()).toContain(label),
    );
  });

  it('shows the unmapped provisions of an act in the law view', async () => {
    await page.getByTestId('nav-dashboard').click();
    const button = page.getByTestId('unmapped-provisions').getByRole('button').first();
    const unmapped = Number(await button.getAttribute('data-count'));
    await button.click();
    await page.getByTestId('law-view').waitFor();
    expect(await page.getByTestId('law-filter').inputValue()).toBe('unmapped');
    await eventually(async () => expect(await count('legend-none')).toBe(unmapped));
    expect(await page.locator('[data-testid="provision"][data-level="unit"][data-mapping="none"]').count()).toBe(
      unmapped,
    );
    expect(await page.locator('[data-testid="provision"][data-level="unit"][data-mapping="proposed"]').count()).toBe(0);
    await page.getByTestId('law-filter').selectOption('all');
    await eventually(async () =>
      expect(await page.locator('[data-testid="provision"][data-mapping="proposed"]').count()).toBeGreaterThan(0),
    );
    await page.getByTestId('back-link').click();
    await page.getByTestId('dashboard-view').waitFor();
    expect(errors).toEqual([]);
  });
});
