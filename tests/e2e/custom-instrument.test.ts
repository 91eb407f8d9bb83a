import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkipReason } from '../helpers/browser';
import { ARTIFACTS, startAppSession, type AppSession } from '../helpers/app-session';
import { eventually } from '../helpers/eventually';

const skip = browserSkipReason();

/** A small instrument in the form of a model law: chapters, articles with headings, numbered paragraphs. */
const INSTRUMENT = `Model Provisions against Forced Labour

Chapter I. General provisions

Article 1
Purpose
The purpose of these provisions is to prevent and combat forced labour.

Article 2
Definitions
For the purposes of these provisions, "forced labour" means all work or service which is exacted from any person under the menace of any penalty and for which the person has not offered himself or herself voluntarily.

Chapter II. Offences and prevention

Article 3
Forced labour
(1) Each State shall establish as a criminal offence the recruitment, transport or harbouring of persons for forced labour by means of threat, force or deception.
(2) The consent of the victim shall be irrelevant.

Article 4
Awareness of employers
States shall consider adopting measures to inform employers about the risks of forced labour in supply chains.
`;

describe.skipIf(skip !== null)(`importing an instrument in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let app: AppSession;
  let page: Page;

  beforeAll(async () => {
    app = await startAppSession({ userName: 'E2E Librarian' });
    page = app.page;
    await page.getByTestId('nav-library').click();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('imports pasted text through the dialog, proposing the id from the title', async () => {
    await page.getByTestId('import-instrument').click();
    const dialog = page.getByTestId('import-instrument-dialog');
    await dialog.getByTestId('instrument-paste-toggle').click();
    await dialog.getByTestId('instrument-paste').fill(INSTRUMENT);
    await dialog.getByTestId('instrument-title').fill('Model Provisions against Forced Labour');
    expect(await dialog.getByTestId('instrument-id').inputValue()).toBe('model-provisions-against-forced-labour');
    await dialog.getByTestId('instrument-id').fill('tip-protocol');
    await dialog.getByTestId('instrument-id-error').waitFor();
    await dialog.getByTestId('instrument-id').fill('forced-labour');
    await dialog.getByTestId('instrument-short-title').fill('Forced Labour Provisions');
    await dialog.getByTestId('instrument-citation').fill('Test text, not an official instrument');
    await page.screenshot({ path: join(ARTIFACTS, 'custom-instrument-dialog.png') });
    await dialog.getByTestId('instrument-import-submit').click();

    await eventually(async () =>
      expect(await page.getByTestId('instrument-import-summary').textContent()).toContain('4 articles'),
    );
    expect(await dialog.count()).toBe(0);
    const nav = page.getByTestId('instrument-forced-labour');
    expect(await nav.textContent()).toContain('Imported');
    expect(await nav.getByTestId('imported-source').textContent()).toContain('pasted text');
    const pane = page.getByTestId('article-pane');
    await eventually(async () => expect(await pane.locator('h1').textContent()).toBe('Article 1 — Purpose'));
    expect(await pane.getByTestId('imported-header').textContent()).toContain('E2E Librarian');
    expect(await pane.getByTestId('obligation-badge').getAttribute('data-obligation')).toBe('general');
  });

  it('sets an obligation level, keeping the one the wording gives beside it', async () => {
    await page.getByTestId('article-4').click();
    const para = page.locator('[data-requirement="forced-labour:4"]');
    await para.waitFor();
    expect(await para.getByTestId('obligation-select').inputValue()).toBe('consider');
    expect(await para.getByTestId('wording-cue').textContent()).toContain('shall consider');
    await para.getByTestId('obligation-select').selectOption('mandatory');
    await eventually(async () =>
      expect(await para.getByTestId('obligation-badge').getAttribute('data-obligation')).toBe('mandatory'),
    );
    expect(await para.getByTestId('by-wording').textContent()).toContain('To consider');
  });

  it('links an article to a Protocol paragraph, refusing one that does not exist', async () => {
    await page.getByTestId('article-3').click();
    const para = page.locator('[data-requirement="forced-labour:3"]');
    await para.waitFor();
    await para.getByTestId('link-input').fill('tip-protocol:99');
    await para.getByTestId('link-add').click();
    await para.getByTestId('link-error').waitFor();
    await para.getByTestId('link-input').fill('tip-protocol:3(a)');
    await para.getByTestId('link-add').click();
    await para.locator('[data-testid="article-link"][data-requirement="tip-protocol:3(a)"]').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'custom-instrument-article.png') });
    const stored = app.host.context.userLibrary.article('forced-labour', '3');
    expect(stored?.implements).toEqual(['tip-protocol:3(a)']);
    expect(app.host.context.userLibrary.article('forced-labour', '4')?.obligation).toBe('mandatory');
  });

  it('finds the imported text in the search and opens it', async () => {
    await page.getByTestId('library-search').fill('menace penalty');
    const first = page.getByTestId('search-hit').first();
    await eventually(async () => expect(await first.getAttribute('data-requirement')).toBe('forced-labour:2'));
    expect(await first.locator('mark').first().textContent()).toMatch(/menace/i);
    await first.click();
    await page.locator('[data-requirement="forced-labour:2"][data-focused="true"]').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'custom-instrument.png') });
    await page.getByTestId('library-search').fill('');
  });

  it('shows the link on the Protocol paragraph it implements', async () => {
    await page.getByTestId('instrument-tip-protocol').click();
    await page.getByTestId('article-3').click();
    const para = page.locator('[data-requirement="tip-protocol:3(a)"]');
    await para.waitFor();
    const link = para.getByTestId('model-law-link').filter({ hasText: 'Forced Labour Provisions art. 3' });
    await link.click();
    await page.locator('[data-requirement="forced-labour:3"][data-focused="true"]').waitFor();
  });

  it('is offered among the instruments of a new assessment', async () => {
    await page.getByTestId('nav-assessment').click();
    await page.getByTestId('new-assessment').click();
    const dialog = page.getByTestId('new-assessment-dialog');
    expect(await dialog.locator('input[value="forced-labour"]').isChecked()).toBe(true);
    expect(await dialog.textContent()).toContain('Forced Labour Provisions');
    await dialog.locator('input[name="country"]').press('Escape');
    await eventually(async () => expect(await dialog.count()).toBe(0));
    await page.getByTestId('nav-library').click();
    await page.getByTestId('instrument-forced-labour').click();
  });

  it('deletes the instrument after confirmation', async () => {
    await page.getByTestId('delete-instrument').click();
    await page.getByTestId('confirm-delete').waitFor();
    await page.getByTestId('confirm-delete-instrument').click();
    await eventually(async () => expect(await page.getByTestId('instrument-forced-labour').count()).toBe(0));
    expect(app.host.context.userLibrary.has('forced-labour')).toBe(false);
    expect(app.errors, app.errors.join('\n')).toEqual([]);
  });
});
