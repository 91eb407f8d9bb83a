import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkipReason } from '../helpers/browser';
import { ARTIFACTS, startAppSession, type AppSession } from '../helpers/app-session';

const skip = browserSkipReason();

describe.skipIf(skip !== null)(`the country terms panel in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let app: AppSession;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await startAppSession({
      userName: 'E2E Analyst',
      assessment: { country: 'X', title: 'Country terms', instruments: ['tip-protocol'] },
    });
    ({ page, errors } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('adds a term to a concept, refuses a duplicate with a message, and removes it', async () => {
    await page.getByTestId('nav-assessment').click();
    const panel = page.getByTestId('country-terms');
    await panel.waitFor();
    await panel.getByTestId('term-concept').selectOption('debt_bondage');
    await panel.getByTestId('term-pattern').fill('peonage');
    await panel.getByRole('button', { name: 'Add term' }).click();
    await panel.getByTestId('country-term').first().waitFor();
    expect(await panel.getByTestId('country-term').first().innerText()).toMatch(/debt bondage\s+English\s+peonage/);
    await panel.getByTestId('term-pattern').fill('peonage');
    await panel.getByRole('button', { name: 'Add term' }).click();
    await panel.getByRole('alert').waitFor();
    expect(await panel.getByRole('alert').innerText()).toMatch(/already a term/);
    await panel.screenshot({ path: join(ARTIFACTS, 'country-terms.png') });
    await panel.getByRole('button', { name: 'Remove the term “peonage”' }).click();
    await panel.getByText('No country terms yet.').waitFor();
    expect(errors).toEqual([]);
  });

  it('names the concepts in the interface language, sorted by name, never by id', async () => {
    const panel = page.getByTestId('country-terms');
    await panel.getByTestId('term-concept').selectOption('debt_bondage');
    await panel.getByTestId('term-pattern').fill('peonage');
    await panel.getByRole('button', { name: 'Add term' }).click();
    await panel.getByTestId('country-term').first().waitFor();
    await page.getByTestId('ui-language').selectOption('fr');
    await panel.getByRole('cell', { name: 'servitude pour dettes', exact: true }).waitFor();
    expect(await panel.getByTestId('country-term').first().innerText()).toMatch(
      /servitude pour dettes\s+anglais\s+peonage/,
    );
    const names = await panel.getByTestId('term-concept').locator('option').allInnerTexts();
    expect(names).toContain('servitude pour dettes');
    expect(names).toContain("abus d'autorité");
    expect(names).toContain('âgé de moins de dix-huit ans');
    expect(names.filter((n) => /_|\d{2}$/.test(n))).toEqual([]);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    // A word already kept is refused in the interface language, the concept by its name.
    await panel.getByTestId('term-concept').selectOption('debt_bondage');
    await panel.getByTestId('term-language').selectOption('en');
    await panel.getByTestId('term-pattern').fill('peonage');
    expect(await panel.getByTestId('term-duplicate').innerText()).toMatch(
      /déjà un terme pour « servitude pour dettes »/,
    );
    await panel.getByTestId('term-pattern').fill('');
    await panel.getByRole('button', { name: 'Retirer' }).click();
    await panel.getByTestId('country-term').waitFor({ state: 'detached' });
    await page.getByTestId('ui-language').selectOption('en');
    expect(errors).toEqual([]);
  });
});
