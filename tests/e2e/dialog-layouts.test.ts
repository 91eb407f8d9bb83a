import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { browserSkipReason } from '../helpers/browser';
import { ARTIFACTS, startAppSession, type AppSession } from '../helpers/app-session';
import { axeViolations } from '../helpers/axe';
import { englishOnScreen } from '../helpers/english';
import { SIZES } from '../helpers/layout';

const skip = browserSkipReason();

describe.skipIf(skip !== null)(
  `the start screen and the new-assessment dialog in Chromium${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let app: AppSession;
    beforeAll(async () => {
      app = await startAppSession({ userName: 'E2E Dialog' });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('keeps the buttons in reach, with no axe violation and no English in French, at every size', async () => {
      for (const size of SIZES)
        for (const language of ['en', 'fr'] as const) {
          const where = `${size.name} ${language}`;
          const context = await app.browser.newContext({
            viewport: { width: size.width, height: size.height },
            deviceScaleFactor: size.scale,
            locale: language === 'fr' ? 'fr-FR' : 'en-GB',
          });
          await context.addInitScript((lng) => localStorage.setItem('lexgap.uiLanguage', lng), language);
          const page = await context.newPage();
          await page.goto(app.host.host.url);
          await page.locator('#root[data-app-state="ready"]').waitFor();
          await page.getByTestId('start-screen').waitFor();
          await page.screenshot({ path: join(ARTIFACTS, `layout-${size.name}-${language}-start.png`) });
          expect.soft(await axeViolations(page), `${where} start axe`).toEqual([]);
          if (language === 'fr') expect.soft(await englishOnScreen(page), `${where} start English`).toEqual([]);

          await page.getByTestId('new-assessment').click();
          const dialog = page.getByTestId('new-assessment-dialog');
          await dialog.waitFor();
          await page.waitForTimeout(200);
          await page.screenshot({ path: join(ARTIFACTS, `layout-${size.name}-${language}-new-assessment.png`) });
          // The actions stay on screen however long the form.
          const create = await dialog.getByTestId('create-assessment').boundingBox();
          expect(create, where).not.toBeNull();
          expect(create!.y + create!.height, `${where}: Create in view`).toBeLessThanOrEqual(size.height);
          expect.soft(await axeViolations(page), `${where} dialog axe`).toEqual([]);
          if (language === 'fr') expect.soft(await englishOnScreen(page), `${where} dialog English`).toEqual([]);
          await context.close();
        }
    });
  },
);
