import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkipReason } from '../helpers/browser';
import { ARTIFACTS, startAppSession, type AppSession } from '../helpers/app-session';
import { axeViolations } from '../helpers/axe';
import { eventually } from '../helpers/eventually';

const skip = browserSkipReason();
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');
const NOTE = 'The room agrees: section 3 covers recruitment but not harbouring.';

describe.skipIf(skip !== null)(`workshop mode in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let app: AppSession;
  let page: Page;
  const view = () => page.getByTestId('workshop-view');
  const at = () => view().getAttribute('data-requirement');

  beforeAll(async () => {
    app = await startAppSession({
      userName: 'E2E Facilitator',
      assessment: {
        country: 'Kenya',
        title: 'Workshop',
        instruments: ['tip-protocol'],
        acts: [{ jobId: 'k', title: 'Counter-Trafficking in Persons Act', source: { kind: 'path', path: KENYA } }],
        analyse: true,
      },
    });
    page = app.page;
    // A projector as the room sees it: 1280×720 at 125 %.
    await page.setViewportSize({ width: 1024, height: 576 });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows one requirement in large type with nothing else, and is driven from the keyboard', async () => {
    await page.getByTestId('workshop-toggle').click();
    await view().waitFor();
    await page.getByTestId('workshop-treaty').waitFor();
    // Nothing else on screen: no navigation, no step bar.
    expect(await page.getByTestId('step-bar').count()).toBe(0);
    expect(await page.getByTestId('app-nav').count()).toBe(0);
    const bodySize = await view().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(20);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.getByTestId('workshop-title').textContent()).toMatch(/^TIP Protocol art\. \S+ — \S/);
    await page.screenshot({ path: join(ARTIFACTS, 'workshop-1280x720-125.png') });

    const first = await at();
    await page.keyboard.press('j');
    await eventually(async () => expect(await at()).not.toBe(first));
    const second = await at();
    expect(await page.getByTestId('workshop-position').textContent()).toMatch(/^2 of \d+$/);
    await page.keyboard.press('k');
    await eventually(async () => expect(await at()).toBe(first));
    await page.keyboard.press('j');
    await eventually(async () => expect(await at()).toBe(second));

    // 3 = gap, as in the review.
    await page.keyboard.press('3');
    await eventually(async () =>
      expect(await page.getByTestId('workshop-status-gap').getAttribute('aria-pressed')).toBe('true'),
    );
    // n writes a note; Escape gives the keys back; the note is kept.
    await page.keyboard.press('n');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('workshop-notes');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Escape');
    await eventually(async () =>
      expect(await page.getByTestId('workshop-save').getAttribute('data-state')).toBe('saved'),
    );
    await page.keyboard.press('j');
    await eventually(async () => expect(await at()).not.toBe(second));
    await page.keyboard.press('k');
    await eventually(async () => expect(await at()).toBe(second));
    await eventually(async () => expect(await page.getByTestId('workshop-notes').inputValue()).toBe(NOTE));
    const detail = await app.api<{ finding: string | null; row: { status: string; reviewed: boolean } }>('review:get', {
      requirementId: second,
    });
    expect(detail.finding).toBe(NOTE);
    expect(detail.row).toMatchObject({ status: 'gap', reviewed: true });
    await page.screenshot({ path: join(ARTIFACTS, 'workshop-noted.png') });
    expect(await axeViolations(page)).toEqual([]);

    // The room's place is kept when the mode is left and taken up again.
    await page.getByTestId('workshop-toggle').click();
    await page.getByTestId('step-bar').waitFor();
    await page.getByTestId('workshop-toggle').click();
    await eventually(async () => expect(await at()).toBe(second));
    expect(app.errors).toEqual([]);
  });
});
