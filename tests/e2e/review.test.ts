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
/** Art. 6(6): compensation for victims — Kenya provides restitution, which makes a good review case. */
const REQUIREMENT = 'tip-protocol:6(6)';
const FINDING = 'Restitution ordered by the court only; no civil compensation route or state fund claim.';

describe.skipIf(skip !== null)(
  `reviewing the analysis with the keyboard in Chromium${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let app: AppSession;
    let page: Page;
    let errors: string[];
    /** What the review changed, to check after a reload and a re-run. */
    const decided = { accepted: 0, rejected: 0, added: 0 };

    beforeAll(async () => {
      app = await startAppSession({ userName: 'E2E Reviewer' });
      ({ page, errors } = app);
      await createAssessmentInUi(page, 'Kenya', 'Review of the Counter-Trafficking in Persons Act');
      await importLawInUi(page, KENYA, 'Counter-Trafficking in Persons Act', '2010');
    });

    afterAll(async () => {
      await app?.close();
    });

    const pane = () => page.getByTestId('requirement-pane');
    const candidates = () => pane().getByTestId('candidate');
    const currentCandidate = () => pane().locator('[data-testid="candidate"][aria-current="true"]');
    const focusedMappingId = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.mappingId ?? null);
    const count = async (testId: string) => Number(await page.getByTestId(testId).first().getAttribute('data-count'));

    async function openRequirement(id: string) {
      await page.keyboard.press('f');
      await page.keyboard.type(id);
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await pane().getAttribute('data-requirement')).toBe(id));
      await eventually(async () => expect(await pane().getAttribute('aria-busy')).toBe('false'));
    }

    it('runs the automatic analysis from the review view and shows what it found', async () => {
      await page.getByTestId('nav-review').click();
      await page.getByTestId('review-empty').waitFor();
      await page.getByTestId('run-analysis').click();
      const summary = page.getByTestId('analysis-summary');
      await summary.waitFor({ timeout: 60_000 });
      expect(Number(await summary.getAttribute('data-requirements'))).toBeGreaterThan(500);
      expect(await summary.textContent()).toMatch(/requirements analysed:.*Compliant: \d+.*Gap: \d+/);
      // The review starts on the unreviewed mandatory requirements; the whole list is a filter away.
      expect(await page.getByTestId('filter-obligation').inputValue()).toBe('mandatory');
      await page.getByTestId('filter-clear').click();
      await page.getByTestId('filter-showGeneral').check();
      expect(await count('review-count')).toBeGreaterThan(500);
      await eventually(async () => expect(await page.getByTestId('requirement-row').count()).toBeGreaterThan(5));
      // Virtualized: a few dozen rows in the page, not five hundred.
      expect(await page.getByTestId('requirement-row').count()).toBeLessThan(80);
    });

    it('cites a proposal as "s. 13 — Heading" only when it is convincing, else says there is none', async () => {
      const rows = page.getByTestId('requirement-row');
      const sections = new Map<string, string | null>();
      const acts = await app.api<{ versions: { id: number }[] }[]>('act:list', {});
      const list = await app.api<{ rows: { level: string; number: string; heading: string | null; depth: number }[] }>(
        'act:provisions',
        { versionId: acts[0]!.versions[0]!.id },
      );
      for (const r of list.rows) if (r.level === 'unit' && !sections.has(r.number)) sections.set(r.number, r.heading);
      let cited = 0;
      let none = 0;
      for (const row of (await rows.all()).slice(0, 40)) {
        const text = (await row.getByTestId('cited-provisions').textContent())!;
        const status = await row.getByTestId('status-badge').getAttribute('data-status');
        const low = (await row.locator('.low-confidence').count()) > 0;
        if (status === 'gap' || status === 'not_assessed' || low) {
          expect(text, `${await row.getAttribute('data-requirement')}`).toBe('No convincing match');
          none++;
          continue;
        }
        if (text === 'No convincing match') continue;
        for (const one of text.split(', s. ')) {
          const m = /^(?:s\. )?(\S+?)(?: — (.+))?$/.exec(one)!;
          expect(m, one).not.toBeNull();
          expect(sections.has(m[1]!), one).toBe(true);
          // The heading of the section itself, also for a match on one of its subsections.
          expect(m[2] ?? null, one).toBe(sections.get(m[1]!) ?? null);
          cited++;
        }
      }
      expect(cited).toBeGreaterThan(3);
      expect(none).toBeGreaterThan(0);
    });

    it('reviews a requirement with the keyboard only', async () => {
      await openRequirement(REQUIREMENT);
      expect(await candidates().count()).toBeGreaterThanOrEqual(2);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('requirement-list');

      // Clearing the search keeps the requirement in the pane; j / k move through the list and come back.
      await page.keyboard.press('f');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await count('review-count')).toBeGreaterThan(500));
      expect(await pane().getAttribute('data-requirement')).toBe(REQUIREMENT);
      await page.keyboard.press('j');
      await eventually(async () => expect(await pane().getAttribute('data-requirement')).not.toBe(REQUIREMENT));
      await page.keyboard.press('k');
      await eventually(async () => expect(await pane().getAttribute('data-requirement')).toBe(REQUIREMENT));
      await eventually(async () => expect(await pane().getAttribute('aria-busy')).toBe('false'));

      // Accept the first candidate.
      const first = await currentCandidate().getAttribute('data-mapping-id');
      await page.keyboard.press('a');
      await eventually(async () =>
        expect(await pane().locator(`[data-mapping-id="${first}"]`).getAttribute('data-state')).toBe('accepted'),
      );
      expect(
        await pane().locator(`[data-mapping-id="${first}"]`).getByTestId('candidate-decided').textContent(),
      ).toContain('Accepted by E2E Reviewer');
      decided.accepted++;

      // Tab from the list goes to the current candidate, Tab again to the next one; reject it.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('requirement-list');
      await page.keyboard.press('Tab');
      expect(await focusedMappingId()).toBe(first);
      await page.keyboard.press('Tab');
      const second = await focusedMappingId();
      expect(second).not.toBe(first);
      expect(await currentCandidate().getAttribute('data-mapping-id')).toBe(second);
      await page.keyboard.press('r');
      await eventually(async () =>
        expect(await pane().locator(`[data-mapping-id="${second}"]`).getAttribute('data-state')).toBe('rejected'),
      );
      decided.rejected++;
      // [ and ] walk the candidates too.
      for (let i = 0; i < 10 && (await focusedMappingId()) !== first; i++) await page.keyboard.press('[');
      expect(await focusedMappingId()).toBe(first);
      await page.keyboard.press(']');
      expect(await focusedMappingId()).toBe(second);

      // Add a mapping by searching the national text: / focuses the search, Enter adds the highlighted hit.
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('provision-search');
      await page.keyboard.type('victim');
      await page.getByTestId('provision-hit').first().waitFor();
      // The first hit that is not a candidate yet, reached with ↓.
      const known = await candidates().evaluateAll((els) => els.map((e) => e.getAttribute('data-provision-id')));
      const hits = await page
        .getByTestId('provision-hit')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-provision-id')));
      const index = hits.findIndex((h) => !known.includes(h));
      expect(index).toBeGreaterThanOrEqual(0);
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByTestId('mapping-added').waitFor();
      const added = pane().locator(`[data-testid="candidate"][data-provision-id="${hits[index]}"]`);
      await eventually(async () => expect(await added.getAttribute('data-state')).toBe('accepted'));
      expect(await added.getAttribute('data-origin')).toBe('manual');
      decided.added++;
      await page.keyboard.press('Escape');

      // 2 sets the status to "partial"; the list row shows it reviewed.
      await page.keyboard.press('2');
      await eventually(async () => expect(await page.getByTestId('status-select').inputValue()).toBe('partial'));
      const row = page.locator(`[data-testid="requirement-row"][data-requirement="${REQUIREMENT}"]`);
      await eventually(async () => expect(await row.getAttribute('data-reviewed')).toBe('true'));
      await eventually(async () =>
        expect(await row.getByTestId('status-badge').getAttribute('data-status')).toBe('partial'),
      );

      // e writes the finding; Escape leaves the field, which saves it.
      await page.keyboard.press('e');
      await page.keyboard.type(FINDING);
      await page.keyboard.press('Escape');
      const finding = page.getByTestId('field-finding');
      await eventually(async () =>
        expect(
          await page
            .getByTestId('assessment-field')
            .filter({ has: finding })
            .getByTestId('save-state')
            .getAttribute('data-state'),
        ).toBe('saved'),
      );
      // Typing in a field is never taken for a shortcut.
      expect(await finding.inputValue()).toBe(FINDING);
      expect(await page.getByTestId('status-select').inputValue()).toBe('partial');

      // Back to the first candidate for the picture: text, candidates and decisions side by side.
      for (let i = 0; i < 10 && (await focusedMappingId()) !== first; i++) await page.keyboard.press('[');
      expect(await focusedMappingId()).toBe(first);
      await page.getByTestId('shortcut-legend').waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'review-view.png') });
    });

    it('keeps every change after a reload', async () => {
      await page.reload();
      await page.locator('#root[data-app-state="ready"]').waitFor();
      await page.getByTestId('nav-review').click();
      await page.getByTestId('review-view').waitFor();
      await page.getByTestId('requirement-row').first().waitFor();
      // A new session starts on the unreviewed requirements: the reviewed one is a cleared filter away.
      await page.getByTestId('filter-clear').click();
      await openRequirement(REQUIREMENT);
      await eventually(async () => expect(await candidates().count()).toBeGreaterThan(2));
      expect(await pane().locator('[data-testid="candidate"][data-state="accepted"]').count()).toBe(
        decided.accepted + decided.added,
      );
      expect(await pane().locator('[data-testid="candidate"][data-state="rejected"]').count()).toBe(decided.rejected);
      expect(await page.getByTestId('status-select').inputValue()).toBe('partial');
      expect(await page.getByTestId('field-finding').inputValue()).toBe(FINDING);
      expect(await pane().getByTestId('reviewed-by').textContent()).toContain('E2E Reviewer');
    });

    it('agrees with the dashboard on the mandatory gaps', async () => {
      await page.getByTestId('filter-clear').click();
      await page.getByTestId('filter-mandatoryGaps').check();
      await eventually(async () => expect(await count('review-count')).toBeGreaterThan(0));
      const listed = await count('review-count');
      for (const status of await page
        .getByTestId('requirement-row')
        .getByTestId('status-badge')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))
        expect(status).toBe('gap');

      await page.getByTestId('nav-dashboard').click();
      await page.getByTestId('dashboard-view').waitFor();
      expect(await count('dash-mandatory-gaps')).toBe(listed);
      await page.getByTestId('dash-mandatory-gaps').click();
      await page.getByTestId('review-view').waitFor();
      await eventually(async () => expect(await count('review-count')).toBe(listed));
      expect(await page.getByTestId('filter-mandatoryGaps').isChecked()).toBe(true);
    });

    it('keeps the reviewed requirement untouched when the analysis runs again', async () => {
      await page.getByTestId('filter-clear').click();
      await page.getByTestId('rerun-analysis').click();
      await eventually(
        async () =>
          expect(Number(await page.getByTestId('analysis-summary').getAttribute('data-kept'))).toBeGreaterThanOrEqual(
            1,
          ),
        60_000,
      );
      await openRequirement(REQUIREMENT);
      expect(await pane().locator('[data-testid="candidate"][data-state="accepted"]').count()).toBe(
        decided.accepted + decided.added,
      );
      expect(await pane().locator('[data-testid="candidate"][data-state="rejected"]').count()).toBe(decided.rejected);
      expect(await page.getByTestId('status-select').inputValue()).toBe('partial');
      expect(await page.getByTestId('field-finding').inputValue()).toBe(FINDING);
    });

    it('goes from a candidate to its provision in the law and back', async () => {
      const accepted = pane().locator('[data-testid="candidate"][data-state="accepted"]').first();
      const provisionId = await accepted.getAttribute('data-provision-id');
      await accepted.getByTestId('show-in-law').click();
      await page.getByTestId('law-view').waitFor();
      await eventually(async () =>
        expect(await page.locator('[data-testid="provision"][data-selected="true"]').count()).toBe(1),
      );
      const unit = page
        .locator('[data-testid="provision"][data-mapping="accepted"]')
        .filter({ has: page.locator(`[data-requirement="${REQUIREMENT}"]`) });
      await eventually(async () => expect(await unit.count()).toBeGreaterThan(0));
      expect(provisionId).not.toBeNull();
      await page.screenshot({ path: join(ARTIFACTS, 'law-mapping.png') });

      await unit.first().locator(`[data-testid="requirement-chip"][data-requirement="${REQUIREMENT}"]`).click();
      await page.getByTestId('review-view').waitFor();
      await eventually(async () => expect(await pane().getAttribute('data-requirement')).toBe(REQUIREMENT));
      await page.getByTestId('back-link').click();
      await page.getByTestId('law-view').waitFor();
      expect(errors).toEqual([]);
    });
  },
);
