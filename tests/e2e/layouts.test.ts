import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { browserSkipReason } from '../helpers/browser';
import { ARTIFACTS, startAppSession, type AppSession } from '../helpers/app-session';
import { axeViolations } from '../helpers/axe';
import { SIZES, overlaps, smallestFont, textBoxes } from '../helpers/layout';
import { englishOnScreen } from '../helpers/english';
import { eventually } from '../helpers/eventually';
import en from '../../renderer/src/i18n/locales/en.json';
import fr from '../../renderer/src/i18n/locales/fr.json';

const skip = browserSkipReason();
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');

/** Every view; workshop mode last, as it takes the whole screen. */
const VIEWS = ['assessment', 'law', 'review', 'dashboard', 'versions', 'report', 'library', 'workshop'] as const;
type ViewName = (typeof VIEWS)[number];

async function openView(page: Page, view: ViewName): Promise<void> {
  if (view === 'workshop') {
    await page.getByTestId('workshop-toggle').click();
    await page.getByTestId('workshop-view').waitFor();
    await page.waitForTimeout(300);
    return;
  }
  if (view === 'law') {
    await page.getByTestId('nav-assessment').click();
    await page.locator('[data-testid^="open-version-"]').first().click();
    await page.getByTestId('law-view').waitFor();
    return;
  }
  await page.getByTestId(`nav-${view}`).click();
  const marker = {
    assessment: 'assessment-overview',
    review: 'requirement-pane',
    dashboard: 'dashboard-view',
    versions: 'versions-view',
    report: 'report-view',
    library: 'library-view',
  }[view];
  await page.getByTestId(marker).waitFor();
  // Let the lazy parts (virtualized list, counts) settle.
  await page.waitForTimeout(300);
}

type Messages = { [key: string]: string | Messages };

/**
 * The English interface strings whose French differs, as whole-text patterns (an interpolated
 * value matches anything): a text on screen that matches one is English left in the French UI.
 */
function englishOnlyStrings(enMessages: Messages, frMessages: Messages): RegExp[] {
  const out: RegExp[] = [];
  const walk = (a: Messages, b: Messages | undefined) => {
    for (const [key, value] of Object.entries(a)) {
      const other = b?.[key];
      if (typeof value !== 'string') walk(value, typeof other === 'object' ? other : undefined);
      else if (value !== other && /[A-Za-z]{3}/.test(value.replace(/\{\{[^}]+\}\}/g, ''))) {
        const pattern = value
          .split(/\{\{[^}]+\}\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+');
        out.push(new RegExp(`^${pattern}$`));
      }
    }
  };
  walk(enMessages, frMessages);
  return out;
}

/**
 * Visible texts of the interface, one per element that holds text directly, leaving out the
 * national law's own words (its text, its headings and the act's title), which stay as enacted.
 */
async function visibleChromeTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const LAW =
      '[data-testid="law-text"], [data-testid="law-tree"], [data-testid="law-view"] h1, .evidence-text, [data-testid="candidate-title"], [data-testid="provision-text"], [data-testid="provision-head"], [data-testid="current-assessment"], .acts-table td:first-child, [data-testid="workshop-provision"] h3, .hit-snippet';
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest(LAW) || el.closest('option, script, style')) continue;
      if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.add(text);
      const own = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (own) out.add(own);
    }
    for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      for (const attr of ['placeholder', 'aria-label', 'title']) {
        const v = el.getAttribute(attr);
        if (v && !el.closest(LAW)) out.add(v.trim());
      }
    }
    return [...out];
  });
}

describe.skipIf(skip !== null)(
  `layouts, languages and accessibility in Chromium${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let app: AppSession;
    const contexts: BrowserContext[] = [];

    async function pageAt(size: (typeof SIZES)[number], language: 'en' | 'fr'): Promise<Page> {
      const context = await app.browser.newContext({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.scale,
        locale: language === 'fr' ? 'fr-FR' : 'en-GB',
      });
      contexts.push(context);
      await context.addInitScript((lng) => localStorage.setItem('lexgap.uiLanguage', lng), language);
      const page = await context.newPage();
      await page.goto(app.host.host.url);
      await page.locator('#root[data-app-state="ready"]').waitFor();
      return page;
    }

    beforeAll(async () => {
      app = await startAppSession({
        userName: 'E2E Layout',
        assessment: {
          country: 'Kenya',
          title: 'Layouts',
          instruments: ['tip-protocol', 'som-protocol', 'untoc', 'model-law-tip', 'model-law-som'],
          acts: [
            {
              jobId: 'kenya',
              title: 'Counter-Trafficking in Persons Act',
              year: 2010,
              source: { kind: 'path', path: KENYA },
            },
          ],
          analyse: true,
        },
      });
    });
    afterAll(async () => {
      for (const c of contexts) await c.close();
      await app?.close();
    });

    for (const size of SIZES)
      it(`holds at ${size.name} in English and French: no text over text, text of 14 px and more, no axe violation, no English in French`, async () => {
        for (const language of ['en', 'fr'] as const) {
          const page = await pageAt(size, language);
          for (const view of VIEWS) {
            const where = `${size.name} ${language} ${view}`;
            await openView(page, view);
            await page.screenshot({ path: join(ARTIFACTS, `layout-${size.name}-${language}-${view}.png`) });
            expect.soft(await page.locator('h1').count(), `${where}: one h1`).toBe(1);
            expect.soft(overlaps(await textBoxes(page.getByTestId('app-header'))), `${where} header`).toEqual([]);
            expect.soft(await axeViolations(page), `${where} axe`).toEqual([]);
            if (language === 'fr') expect.soft(await englishOnScreen(page), `${where} English`).toEqual([]);
            if (view === 'workshop') {
              // Nothing else on screen for the room.
              expect(await page.getByTestId('step-bar').count()).toBe(0);
              continue;
            }
            expect.soft(overlaps(await textBoxes(page.getByTestId('step-bar'))), `${where} steps`).toEqual([]);
            // Every step of the way stays in view.
            expect(await page.getByTestId('step-bar').isVisible()).toBe(true);
            if (view === 'review') {
              const head = page.getByTestId('pane-head');
              expect.soft(overlaps(await textBoxes(head)), `${where} review header`).toEqual([]);
              expect
                .soft(await smallestFont(page.locator('[data-testid="requirement-pane"] .badge')), where)
                .toBeGreaterThanOrEqual(14);
              const narrow = size.width < 1400;
              expect(await page.getByTestId('req-list-column').isVisible()).toBe(!narrow);
              if (narrow) {
                await page.getByTestId('drawer-toggle').click();
                await page.getByTestId('requirement-list').waitFor();
                await page.screenshot({ path: join(ARTIFACTS, `layout-${size.name}-${language}-review-drawer.png`) });
                expect
                  .soft(await smallestFont(page.locator('[data-testid="requirement-row"] .badge')), where)
                  .toBeGreaterThanOrEqual(14);
                expect.soft(await axeViolations(page), `${where} drawer axe`).toEqual([]);
                if (language === 'fr') expect.soft(await englishOnScreen(page), `${where} drawer English`).toEqual([]);
                await page.getByTestId('drawer-toggle').click();
              }
            }
            if (view === 'dashboard') {
              for (const table of await page.getByTestId('coverage-table').all()) {
                if (!(await table.isVisible())) continue;
                for (const row of await table.locator('tr').all())
                  expect.soft(overlaps(await textBoxes(row)), `${where} dashboard row`).toEqual([]);
              }
              expect
                .soft(await smallestFont(page.locator('[data-testid="coverage-table"] :is(th, td)')), where)
                .toBeGreaterThanOrEqual(14);
            }
          }
          await page.context().close();
        }
      });

    it('shows no English interface string in the French interface', async () => {
      const english = englishOnlyStrings(en, fr);
      expect(english.length).toBeGreaterThan(200);
      const page = await pageAt(SIZES[1], 'fr');
      const seen: string[] = [];
      for (const view of VIEWS) {
        await openView(page, view);
        // Open what is folded, so its words are checked too.
        for (const d of await page.locator('details:not([open]) > summary').all())
          if (await d.isVisible()) await d.click();
        const texts = await visibleChromeTexts(page);
        for (const text of texts)
          for (const e of english) if (e.test(text)) seen.push(`${view}: "${text}" (${e.source})`);
        for (const hit of await englishOnScreen(page)) seen.push(`${view}: "${hit.text}" (${hit.words.join(', ')})`);
        const check = async (where: string) => {
          for (const d of await page.locator('details:not([open]) > summary').all())
            if (await d.isVisible()) await d.click();
          for (const hit of await englishOnScreen(page)) seen.push(`${where}: "${hit.text}" (${hit.words.join(', ')})`);
        };
        if (view === 'review') {
          // Requirements whose reasons, elements, findings and Model Law links come from data.
          await page.getByTestId('filter-clear').click();
          for (const id of ['tip-protocol:3(a)', 'tip-protocol:5(1)', 'tip-protocol:6(6)', 'model-law-tip:8']) {
            await page.keyboard.press('f');
            await page.keyboard.type(id);
            await page.keyboard.press('Enter');
            const pane = page.getByTestId('requirement-pane');
            await eventually(async () => expect(await pane.getAttribute('data-requirement')).toBe(id));
            await eventually(async () => expect(await pane.getAttribute('aria-busy')).toBe('false'));
            await check(`review ${id}`);
          }
        }
        if (view === 'library') {
          // A Model Law article, and search results, in French.
          await page.getByTestId('instrument-model-law-tip').click();
          await page.getByTestId('article-14').click();
          await page.getByTestId('model-law-article').waitFor();
          await check('library Model Law article');
          await page.getByTestId('library-search').fill('tentative');
          await page.getByTestId('search-hit').first().waitFor();
          await check('library search');
        }
        if (view === 'assessment') {
          // The import dialog too, with its folded parts open.
          await page.getByTestId('import-law').click();
          await page.getByTestId('import-dialog').waitFor();
          for (const hit of await englishOnScreen(page))
            seen.push(`import dialog: "${hit.text}" (${hit.words.join(', ')})`);
          expect.soft(await axeViolations(page), 'import dialog axe').toEqual([]);
          await page.keyboard.press('Escape');
          await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
        }
      }
      expect(seen).toEqual([]);
    });
  },
);
