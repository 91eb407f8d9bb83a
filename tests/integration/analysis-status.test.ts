import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { dispatch } from '../../shared/api/dispatch';
import { createHandlers } from '../../electron/main/app/handlers';
import type { BrowserHost } from '../../electron/main/host/browser-host';
import { hostIn } from '../helpers/host';
import type { ResponseOf } from '../../shared/api/contract';
import { ok } from '../helpers/api';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
let host: BrowserHost;
const h = () => createHandlers(host.context);
const status = () => ok<ResponseOf<'analysis:status'>>(dispatch(h(), 'analysis:status', {}));
const law = (name: string) => resolve('tests/fixtures/laws', name);

beforeAll(async () => {
  host = await hostIn(dir.path, 'analyst');
});
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

describe('whether the analysis still describes the acts', () => {
  it('is unknown without an assessment, and out of date once a law is imported and not analysed', async () => {
    expect(await status()).toBeNull();
    await ok(
      dispatch(h(), 'assessment:create', {
        country: 'Kenya',
        title: 'Status',
        assessor: 'A',
        instruments: ['tip-protocol'],
      }),
    );
    expect(await status()).toEqual({ lastRunAt: null, outOfDate: false, acts: 0 });
    await ok(
      dispatch(h(), 'act:import', {
        jobId: 'k',
        source: { kind: 'path', path: law('kenya-counter-trafficking-in-persons-act-2010.txt') },
      }),
    );
    expect(await status()).toEqual({ lastRunAt: null, outOfDate: true, acts: 1 });
  });

  it('is current after a run and out of date again when a second act is imported', async () => {
    await ok(dispatch(h(), 'analysis:run', {}));
    const after = await status();
    expect(after?.outOfDate).toBe(false);
    expect(after?.lastRunAt).not.toBeNull();
    await ok(
      dispatch(h(), 'act:import', {
        jobId: 's',
        source: { kind: 'path', path: law('sri-lanka-saarc-trafficking-prostitution-act-2005.txt') },
      }),
    );
    expect(await status()).toMatchObject({ outOfDate: true, acts: 2 });
    await ok(dispatch(h(), 'analysis:run', {}));
    expect((await status())?.outOfDate).toBe(false);
  });

  it('is out of date when a provision is corrected after the run', async () => {
    const acts = await ok<ResponseOf<'act:list'>>(dispatch(h(), 'act:list', {}));
    const versionId = acts[0]!.versions[0]!.id;
    const provisions = await ok<ResponseOf<'act:provisions'>>(dispatch(h(), 'act:provisions', { versionId }));
    const unit = provisions.rows.find((p) => p.level === 'unit')!;
    await new Promise((r) => setTimeout(r, 5));
    await ok(dispatch(h(), 'act:edit-provision', { kind: 'update', provisionId: unit.id, heading: 'Corrected' }));
    expect((await status())?.outOfDate).toBe(true);
  });
});

describe('the analysis in the user language', () => {
  it('gives each requirement its reason and findings in English, French and Spanish', async () => {
    await ok(dispatch(h(), 'analysis:run', {}));
    const rows = await ok<ResponseOf<'review:list'>>(dispatch(h(), 'review:list', {}));
    // Cited provisions carry their headings ("s. 13 — Restitution"), number for number.
    for (const r of rows) expect(r.cited.map((c) => c.number)).toEqual(r.provisions);
    expect(rows.some((r) => r.cited.some((c) => c.heading))).toBe(true);
    let translated = 0;
    for (const row of rows.slice(0, 40)) {
      const d = await ok<ResponseOf<'review:get'>>(dispatch(h(), 'review:get', { requirementId: row.id }));
      expect(d.proposedReasons.en).toBeTruthy();
      if (d.proposedReasons.fr !== d.proposedReasons.en) translated++;
      expect(d.proposedReasons.fr).not.toMatch(/\b[a-z]+\.[a-z_]+\b/); // no element ids such as liability.attempt
      for (const f of d.findings) expect(Object.keys(f.messages).sort()).toEqual(['en', 'es', 'fr']);
    }
    expect(translated).toBeGreaterThan(30);
  });
});
