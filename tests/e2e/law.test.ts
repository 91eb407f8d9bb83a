import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkipReason } from '../helpers/browser';
import {
  ARTIFACTS,
  createAssessmentInUi,
  importLawInUi,
  startAppSession,
  type AppSession,
} from '../helpers/app-session';
import { eventually } from '../helpers/eventually';

const skip = browserSkipReason();
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');

describe.skipIf(skip !== null)(`importing and correcting a law in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await startAppSession({ userName: 'E2E' });
    page = app.page;
    await createAssessmentInUi(page, 'Kenya', 'Import test');
  });

  afterAll(async () => {
    await app?.close();
  });

  const units = () => page.locator('[data-testid="provision"][data-level="unit"]');

  it('imports a law file and shows its provision tree beside the text', async () => {
    await importLawInUi(page, KENYA, 'Counter-Trafficking in Persons Act', '2010');
    await eventually(async () =>
      expect(await page.getByTestId('tree-item').filter({ hasText: 'Trafficking in persons' }).count()).toBeGreaterThan(
        0,
      ),
    );
    expect(await page.locator('[data-testid="tree-item"][data-level="unit"]').count()).toBe(28);
  });

  it('navigates to a unit from the tree and searches within the law', async () => {
    await page.locator('[data-testid="tree-item"][data-level="unit"][data-number="18"]').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="provision"][data-selected="true"]').getAttribute('data-number')).toBe(
        '18',
      ),
    );
    await page.getByTestId('law-search').fill('vulnerability');
    await eventually(async () => expect(await page.getByTestId('law-search-count').textContent()).toMatch(/^1 of \d+/));
    expect(await page.locator('[data-testid="law-text"] mark').first().textContent()).toMatch(/vulnerability/i);
    await page.screenshot({ path: join(ARTIFACTS, 'law-view.png') });
    await page.getByTestId('law-search').fill('');
  });

  it('splits a unit at the caret, merges it back, and undoes both', async () => {
    await page.locator('[data-testid="tree-item"][data-level="unit"][data-number="1"]').click();
    const s1 = page.locator('[data-testid="provision"][data-level="unit"][data-number="1"]');
    await s1.click();
    const unitCount = await page.locator('[data-testid="tree-item"][data-level="unit"]').count();
    // Put the caret before "Counter-Trafficking" in the text of section 1.
    await s1.getByTestId('provision-text').evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('Counter-Trafficking');
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.collapse(true);
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
          return;
        }
      }
    });
    await page.getByTestId('tool-split').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="tree-item"][data-level="unit"]').count()).toBe(unitCount + 1),
    );
    expect(await s1.getByTestId('provision-text').textContent()).toBe('This Act may be cited as the');
    await eventually(async () => expect(await page.getByTestId('law-undo').textContent()).toContain('(1)'));

    // The new unit follows section 1; select it and merge it back.
    const added = page.locator('[data-testid="provision"][data-level="unit"]').nth(1);
    expect(await added.getByTestId('provision-text').textContent()).toBe('Counter-Trafficking in Persons Act.');
    await added.click();
    await page.getByTestId('tool-merge').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="tree-item"][data-level="unit"]').count()).toBe(unitCount),
    );
    expect(await s1.getByTestId('provision-text').textContent()).toContain(
      'cited as the\nCounter-Trafficking in Persons Act.',
    );

    await page.getByTestId('law-undo').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="tree-item"][data-level="unit"]').count()).toBe(unitCount + 1),
    );
    await page.getByTestId('law-undo').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="tree-item"][data-level="unit"]').count()).toBe(unitCount),
    );
    expect(await s1.getByTestId('provision-text').textContent()).toBe(
      'This Act may be cited as the Counter-Trafficking in Persons Act.',
    );
    expect(await page.getByTestId('law-undo').isDisabled()).toBe(true);
  });

  it('keeps the corrections after a reload (saved at once)', async () => {
    await page.locator('[data-testid="tree-item"][data-level="unit"][data-number="2"]').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="provision"][data-selected="true"]').getAttribute('data-number')).toBe(
        '2',
      ),
    );
    await page.getByTestId('tool-edit').click();
    await page.getByTestId('edit-heading').fill('Interpretation of terms');
    await page.getByTestId('edit-save').click();
    await eventually(async () =>
      expect(
        await page.locator('[data-testid="tree-item"][data-level="unit"][data-number="2"]').textContent(),
      ).toContain('Interpretation of terms'),
    );
    await page.reload();
    await page.locator('#root[data-app-state="ready"]').waitFor();
    await page.locator('[data-testid^="open-version-"]').first().click();
    await eventually(async () =>
      expect(
        await page.locator('[data-testid="tree-item"][data-level="unit"][data-number="2"]').textContent(),
      ).toContain('Interpretation of terms'),
    );
    expect(await units().count()).toBeGreaterThan(0);
  });
});
