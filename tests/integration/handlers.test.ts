import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { events as eventSchemas } from '../../shared/api/events';
import { WRITES } from '../../shared/api/tables';
import { ok } from '../helpers/api';
import { startTestHost, type TestHost } from '../helpers/host';
import { unzip } from '../helpers/zip';

let t: TestHost;

beforeAll(async () => {
  t = await startTestHost('handler-tests');
  await ok(t.call('assessment:open-sample'));
});
afterAll(() => t.stop());

const changes = () =>
  t.events.filter((e) => e.event === 'assessment:changed').map((e) => (e.payload as { tables: string[] }).tables);

describe('writes announce the tables they changed', () => {
  it('adds a country term and says only the country terms changed, in a payload its schema accepts', async () => {
    t.events.length = 0;
    const terms = await ok<{ terms: { id: number }[] }>(
      t.call('terms:add', { concept: 'exploitation', language: 'en', pattern: 'servitude of debt' }),
    );
    expect(changes()).toEqual([[...WRITES['terms:add']]]);
    expect(changes()).toEqual([['country_term']]);
    for (const e of t.events) expect(eventSchemas[e.event].safeParse(e.payload).success).toBe(true);
    t.events.length = 0;
    await ok(t.call('terms:remove', { id: terms.terms[0]!.id }));
    expect(changes()).toEqual([['country_term']]);
  });

  it('announces nothing for a read, nor for a write that was refused', async () => {
    t.events.length = 0;
    await ok(t.call('review:list'));
    await ok(t.call('act:list'));
    const refused = await t.call('review:set-mapping', { mappingId: 999_999, state: 'accepted' });
    expect(refused.ok).toBe(false);
    expect(changes()).toEqual([]);
  });

  it('announces a review decision as a change of the mappings', async () => {
    const mapping = t.host.context.current!.db.prepare('SELECT id FROM mapping ORDER BY id LIMIT 1').get() as {
      id: number;
    };
    t.events.length = 0;
    await ok(t.call('review:set-mapping', { mappingId: mapping.id, note: 'checked' }));
    expect(changes()).toEqual([['mapping']]);
  });

  it('refuses a second job under a running job id', async () => {
    const path = join(t.work, 'slow.docx');
    const first = t.call('report:export', {
      jobId: 'same',
      kind: 'docx',
      path,
      assessor: { name: 'A. Assessor', organisation: 'UNODC' },
    });
    const second = await t.call('report:export', { jobId: 'same', kind: 'csv', path: join(t.work, 'x.csv') });
    expect(second).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await first).toMatchObject({ ok: true });
  });
});

describe('the export runs in a worker thread', () => {
  it('is stopped at once by a cancel, writing nothing', { timeout: 120_000 }, async () => {
    const path = join(t.work, 'cancelled.docx');
    const before = readdirSync(t.work);
    // Cancelled on its first progress report: the main thread is free to take the cancel while the
    // worker builds the report, which it could not be if the report were built on it.
    const send = t.host.context.emit;
    t.host.context.emit = (event, payload) => {
      send(event, payload);
      if (event === 'export:progress' && (payload as { jobId: string }).jobId === 'c1')
        void t.call('report:cancel', { jobId: 'c1' });
    };
    try {
      const r = await t.call('report:export', { jobId: 'c1', kind: 'docx', path });
      expect(r).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    } finally {
      t.host.context.emit = send;
    }
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(t.work)).toEqual(before);
    expect(t.host.context.jobs.size).toBe(0);
  });

  it(
    'writes the Word report with its contents page numbered, as the command line does',
    { timeout: 120_000 },
    async () => {
      const path = join(t.work, 'numbered.docx');
      await ok(t.call('report:export', { jobId: 'n1', kind: 'docx', path }));
      const xml = (await unzip(readFileSync(path))).get('word/document.xml')!.toString('utf8');
      // Each entry of the contents is a PAGEREF field whose shown result is its page number, laid
      // out for readers that do not refresh fields (without the layout the results are empty).
      const runs = xml.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');
      const entries = runs.match(/PAGEREF _Toc\d+ \\h\|[^|]*\|/g) ?? [];
      expect(entries.length).toBeGreaterThan(5);
      for (const entry of entries) expect(entry).toMatch(/\\h\|\d+\|$/);
    },
  );
});
