import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ActView } from '../../shared/api/act-schemas';
import { browserSkipReason } from '../helpers/browser';
import { ARTIFACTS, startAppSession, type AppSession } from '../helpers/app-session';
import { eventually } from '../helpers/eventually';

const skip = browserSkipReason();

/** A short anti-trafficking act that says nothing about laundering the proceeds of crime. */
const ACT = `Prevention of Trafficking Act

1. Short title
This Act may be cited as the Prevention of Trafficking Act.

2. Offence of trafficking in persons
(1) A person who recruits, transports or harbours another person by means of threat, force or deception for the purpose of exploitation commits an offence.
(2) A person convicted of an offence under this section is liable to imprisonment for fifteen years.
`;
/** Laundering of the proceeds of crime: it usually lives in an anti-money-laundering act. */
const REQUIREMENT = 'untoc:6(1)(a)(i)';

describe.skipIf(skip !== null)(`recording what an act is in Chromium${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let app: AppSession;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    app = await startAppSession({
      userName: 'E2E Analyst',
      assessment: {
        country: 'X',
        title: 'Kinds',
        instruments: ['untoc'],
        acts: [{ jobId: 'e2e-kinds', source: { kind: 'text', text: ACT }, title: 'Prevention of Trafficking Act' }],
        analyse: true,
      },
    });
    ({ page, errors } = app);
  });

  afterAll(async () => {
    await app?.close();
  });

  const pane = () => page.getByTestId('requirement-pane');

  async function openRequirement(id: string) {
    await page.getByTestId('nav-review').click();
    await page.getByTestId('review-view').waitFor();
    await page.getByTestId('filter-clear').click();
    await page.keyboard.press('f');
    await page.keyboard.type(id);
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await pane().getAttribute('data-requirement')).toBe(id));
    await eventually(async () => expect(await pane().getAttribute('aria-busy')).toBe('false'));
  }

  it('turns a requirement "not assessed — usually in …" into an assessed one once the act is recorded as that kind of law', async () => {
    await openRequirement(REQUIREMENT);
    expect(await pane().getByTestId('proposal-reason').innerText()).toMatch(/usually in .*not supplied/);

    await page.getByTestId('nav-assessment').click();
    const acts = await app.api<ActView[]>('act:list', {});
    const select = page.getByTestId(`act-kind-${acts[0]!.id}`);
    expect(await select.locator('option').first().innerText()).toBe('Recognised: Anti-trafficking act');
    await select.selectOption('anti-money-laundering');
    await eventually(async () =>
      expect((await app.api<ActView[]>('act:list', {}))[0]!.kinds).toEqual(['anti-money-laundering']),
    );
    expect((await app.api<{ outOfDate: boolean }>('analysis:status', {})).outOfDate).toBe(true);
    await page.getByTestId('acts-panel').screenshot({ path: join(ARTIFACTS, 'act-kinds.png') });

    await page.getByTestId('nav-review').click();
    await page.getByTestId('rerun-analysis').click();
    await eventually(
      async () => expect((await app.api<{ outOfDate: boolean }>('analysis:status', {})).outOfDate).toBe(false),
      60_000,
    );
    await openRequirement(REQUIREMENT);
    await eventually(async () =>
      expect(await pane().getByTestId('proposal-reason').innerText()).not.toMatch(/usually in/),
    );
    expect(errors).toEqual([]);
  });
});
