import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBrowserHost, type BrowserHost } from '../../electron/main/host/browser-host';
import { browserSkipReason, launchChromium } from '../helpers/browser';
import { tempDir } from '../helpers/temp';
import { eventually } from '../helpers/eventually';

const skip = browserSkipReason();
const rendererDir = resolve('out/renderer');
const artifacts = resolve('test-results');
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');

describe.skipIf(skip !== null)(`importing and correcting a law in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const dir = tempDir();
  let host: BrowserHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('renderer not built: run "npm run build" first');
    mkdirSync(artifacts, { recursive: true });
    host = await startBrowserHost({
      dataDir: join(dir.path, 'data'),
      workDir: join(dir.path, 'work'),
      rendererDir,
      userName: 'E2E',
    });
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(host.host.url);
    await page.locator('#root[data-app-state="ready"]').waitFor();
    await page.getByTestId('new-assessment').click();
    const dialog = page.getByTestId('new-assessment-dialog');
    await dialog.locator('input[name="country"]').fill('Kenya');
    await dialog.locator('input[name="title"]').fill('Import test');
    await dialog.getByTestId('create-assessment').click();
    await page.getByTestId('acts-panel').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    dir.cleanup();
  });

  const units = () => page.locator('[data-testid="provision"].level-unit');

  it('imports a law file and shows its provision tree beside the text', async () => {
    await page.getByTestId('import-law').click();
    await page.getByTestId('import-file-input').setInputFiles(KENYA);
    await eventually(async () =>
      expect(await page.getByTestId('import-source-name').textContent()).toContain('kenya-counter-trafficking'),
    );
    await page.getByTestId('import-title').fill('Counter-Trafficking in Persons Act');
    await page.getByTestId('import-year').fill('2010');
    await page.getByTestId('import-submit').click();
    await page.getByTestId('law-view').waitFor();
    await eventually(async () =>
      expect(await page.getByTestId('tree-item').filter({ hasText: 'Trafficking in persons' }).count()).toBeGreaterThan(
        0,
      ),
    );
    expect(await page.locator('[data-testid="tree-item"].level-unit').count()).toBe(28);
  });

  it('navigates to a unit from the tree and searches within the law', async () => {
    await page.locator('[data-testid="tree-item"].level-unit[data-number="18"]').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="provision"].selected').getAttribute('data-number')).toBe('18'),
    );
    await page.getByTestId('law-search').fill('vulnerability');
    await eventually(async () => expect(await page.getByTestId('law-search-count').textContent()).toMatch(/^1 of \d+/));
    expect(await page.locator('[data-testid="law-text"] mark').first().textContent()).toMatch(/vulnerability/i);
    await page.screenshot({ path: join(artifacts, 'law-view.png') });
    await page.getByTestId('law-search').fill('');
  });

  it('splits a unit at the caret, merges it back, and undoes both', async () => {
    await page.locator('[data-testid="tree-item"].level-unit[data-number="1"]').click();
    const s1 = page.locator('[data-testid="provision"].level-unit[data-number="1"]');
    await s1.click();
    const unitCount = await page.locator('[data-testid="tree-item"].level-unit').count();
    // Put the caret before "Counter-Trafficking" in the text of section 1.
    await s1.locator('.provision-text').evaluate((el) => {
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
      expect(await page.locator('[data-testid="tree-item"].level-unit').count()).toBe(unitCount + 1),
    );
    expect(await s1.locator('.provision-text').textContent()).toBe('This Act may be cited as the');
    await eventually(async () => expect(await page.getByTestId('law-undo').textContent()).toContain('(1)'));

    // The new unit follows section 1; select it and merge it back.
    const added = page.locator('[data-testid="provision"].level-unit').nth(1);
    expect(await added.locator('.provision-text').textContent()).toBe('Counter-Trafficking in Persons Act.');
    await added.click();
    await page.getByTestId('tool-merge').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="tree-item"].level-unit').count()).toBe(unitCount),
    );
    expect(await s1.locator('.provision-text').textContent()).toContain(
      'cited as the\nCounter-Trafficking in Persons Act.',
    );

    await page.getByTestId('law-undo').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="tree-item"].level-unit').count()).toBe(unitCount + 1),
    );
    await page.getByTestId('law-undo').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="tree-item"].level-unit').count()).toBe(unitCount),
    );
    expect(await s1.locator('.provision-text').textContent()).toBe(
      'This Act may be cited as the Counter-Trafficking in Persons Act.',
    );
    expect(await page.getByTestId('law-undo').isDisabled()).toBe(true);
  });

  it('keeps the corrections after a reload (saved at once)', async () => {
    await page.locator('[data-testid="tree-item"].level-unit[data-number="2"]').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="provision"].selected').getAttribute('data-number')).toBe('2'),
    );
    await page.getByTestId('tool-edit').click();
    await page.getByTestId('edit-heading').fill('Interpretation of terms');
    await page.getByTestId('edit-save').click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="tree-item"].level-unit[data-number="2"]').textContent()).toContain(
        'Interpretation of terms',
      ),
    );
    await page.reload();
    await page.locator('#root[data-app-state="ready"]').waitFor();
    await page.locator('[data-testid^="open-version-"]').first().click();
    await eventually(async () =>
      expect(await page.locator('[data-testid="tree-item"].level-unit[data-number="2"]').textContent()).toContain(
        'Interpretation of terms',
      ),
    );
    expect(await units().count()).toBeGreaterThan(0);
  });
});
