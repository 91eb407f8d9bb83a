import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkipReason } from '../helpers/browser';
import { ARTIFACTS, startAppSession, type AppSession } from '../helpers/app-session';
import { eventually } from '../helpers/eventually';

const skip = browserSkipReason();

describe.skipIf(skip !== null)(`library and assessment in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await startAppSession({ userName: 'E2E Adviser' });
    page = app.page;
    expect(app.errors, app.errors.join('\n')).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('creates an assessment from the start screen', async () => {
    await page.getByTestId('new-assessment').click();
    const dialog = page.getByTestId('new-assessment-dialog');
    await dialog.getByTestId('create-assessment').click();
    await dialog.locator('.field-error').first().waitFor();
    await dialog.locator('input[name="country"]').fill('Kenya');
    await dialog.locator('input[name="title"]').fill('Counter-Trafficking in Persons Act review');
    // The assessor is asked once, never taken from the account name.
    expect(await dialog.locator('input[name="assessor"]').inputValue()).toBe('');
    await dialog.locator('input[name="assessor"]').fill('Amina Odhiambo');
    await dialog.locator('input[value="model-law-som"]').uncheck();
    await dialog.getByTestId('create-assessment').click();
    await page.getByTestId('assessment-overview').waitFor();
    expect(await page.getByTestId('current-assessment').textContent()).toContain('Kenya');
    const current = app.host.context.current!;
    expect(current.path.endsWith('Kenya - Counter-Trafficking in Persons Act review.lexgap')).toBe(true);
    expect(existsSync(current.path)).toBe(true);
    expect(
      (
        current.db.prepare('SELECT instrument_id FROM assessment_instrument ORDER BY ord').all() as {
          instrument_id: string;
        }[]
      ).map((r) => r.instrument_id),
    ).toEqual(['tip-protocol', 'som-protocol', 'untoc', 'model-law-tip']);
  });

  it('browses to TIP Protocol article 3 with obligation badges and Model Law links', async () => {
    await page.getByTestId('nav-library').click();
    await page.getByTestId('instrument-tip-protocol').click();
    await page.getByTestId('article-3').click();
    const pane = page.getByTestId('article-pane');
    await eventually(async () => expect(await pane.locator('h1').textContent()).toContain('Use of terms'));
    const para = pane.locator('[data-requirement="tip-protocol:3(a)"]');
    expect(await para.getByTestId('obligation-badge').getAttribute('data-obligation')).toBe('definition');
    await para.getByTestId('model-law-link').filter({ hasText: 'art. 5' }).click();
    const ml = page.getByTestId('model-law-article');
    await eventually(async () => expect(await ml.getAttribute('data-requirement')).toBe('model-law-tip:5'));
    await page.getByTestId('partial-notice').waitFor();
    await ml.getByTestId('implements-link').filter({ hasText: 'TIP Protocol art. 3(a)' }).click();
    await page.locator('[data-requirement="tip-protocol:3(a)"][data-focused="true"]').waitFor();
  });

  it('searches "vulnerability", shows the count and highlights, and opens the first hit', async () => {
    await page.getByTestId('instrument-untoc').click();
    await page.getByTestId('library-search').fill('vulnerability');
    const first = page.getByTestId('search-hit').first();
    await eventually(async () => expect(await first.getAttribute('data-requirement')).toBe('tip-protocol:3(a)'));
    await eventually(async () =>
      expect(await page.getByTestId('search-count').textContent()).toMatch(/^\d+ results?$/),
    );
    const count = Number((await page.getByTestId('search-count').textContent())!.split(' ')[0]);
    expect(count).toBe(await page.getByTestId('search-hit').count());
    expect(await first.locator('mark').first().textContent()).toMatch(/vulnerability/i);
    await first.click();
    await eventually(async () =>
      expect(await page.getByTestId('article-pane').locator('h1').textContent()).toContain('Article 3'),
    );
    await eventually(async () =>
      expect(
        await page.locator('[data-requirement="tip-protocol:3(a)"][data-focused="true"]').evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight;
        }),
      ).toBe(true),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'library-search.png') });
  });

  it('switches the interface and the treaty text to French', async () => {
    await page.getByTestId('ui-language').selectOption('fr');
    await eventually(async () => expect(await page.getByTestId('nav-library').textContent()).toBe('Bibliothèque'));
    await page.getByTestId('text-language').selectOption('fr');
    await eventually(async () =>
      expect(
        await page.locator('[data-requirement="tip-protocol:3(a)"] [data-testid="paragraph-text"]').textContent(),
      ).toContain('traite des personnes'),
    );
    await eventually(async () => expect(await page.getByTestId('search-count').textContent()).toMatch(/résultats?$/));
    await page.screenshot({ path: join(ARTIFACTS, 'library-french.png') });
    await page.getByTestId('ui-language').selectOption('en');
  });

  it('names the Model Laws, their chapters and articles in French and Spanish', async () => {
    for (const [language, article, chapter] of [
      ['fr', 'Tentative', 'Dispositions pénales : infractions accessoires'],
      ['es', 'Tentativa', 'Disposiciones penales: delitos accesorios'],
    ] as const) {
      await page.getByTestId('ui-language').selectOption(language);
      await page.getByTestId('nav-library').click();
      await page.getByTestId('instrument-model-law-tip').click();
      await page.getByTestId('article-14').click();
      const ml = page.getByTestId('model-law-article');
      await eventually(async () => expect(await ml.locator('h1').textContent()).toContain(article));
      expect(await ml.textContent()).toContain(chapter);
      expect(await page.getByTestId('article-14').textContent()).toContain(article);
      // Search results name the article in the interface language.
      await page.getByTestId('library-search').fill(article);
      await eventually(async () =>
        expect(
          await page
            .getByTestId('search-hit')
            .filter({ hasText: `art. 14 — ${article}` })
            .count(),
        ).toBe(1),
      );
      await page.getByTestId('library-search').fill('');
    }
    await page.getByTestId('ui-language').selectOption('en');
  });

  it('gives each instrument its full title in French in the new-assessment dialog', async () => {
    await page.getByTestId('ui-language').selectOption('fr');
    await page.getByTestId('nav-assessment').click();
    await page.getByRole('button', { name: "Fermer l'évaluation" }).click();
    await page.getByTestId('new-assessment').click();
    const dialog = page.getByTestId('new-assessment-dialog');
    const tip = dialog.locator('label', { has: page.locator('input[value="model-law-tip"]') });
    expect(await tip.textContent()).toContain('Loi type contre la traite des personnes');
    const protocol = dialog.locator('label', { has: page.locator('input[value="tip-protocol"]') });
    expect(await protocol.textContent()).toContain('visant à prévenir, réprimer et punir la traite des personnes');
    // The name given last time is offered.
    expect(await dialog.locator('input[name="assessor"]').inputValue()).toBe('Amina Odhiambo');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('ui-language').selectOption('en');
  });
});
