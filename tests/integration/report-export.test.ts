import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch } from '../../shared/api/dispatch';
import { createHandlers } from '../../electron/main/app/handlers';
import type { BrowserHost } from '../../electron/main/host/browser-host';
import { hostIn } from '../helpers/host';
import { tempDir } from '../helpers/temp';
import { unzip } from '../helpers/zip';

const dir = tempDir();
let host: BrowserHost;
const h = () => createHandlers(host.context);
const progress: number[] = [];

beforeAll(async () => {
  host = await hostIn(dir.path, 'exporter');
  host.context.emit = (event, payload) => {
    if (event === 'export:progress') progress.push((payload as { fraction: number }).fraction);
  };
  expect((await dispatch(h(), 'assessment:open-sample', {})).ok).toBe(true);
});
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

describe('exporting from an assessment', () => {
  it('asks who signs the report, then keeps the name on the assessment and in the settings', async () => {
    // The sample names no assessor, and the account the application runs under never signs.
    expect(
      await dispatch(h(), 'report:export', { jobId: 'r0', kind: 'docx', path: join(dir.path, 'work', 'x.docx') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(existsSync(join(dir.path, 'work', 'x.docx'))).toBe(false);
    const xlsx = join(dir.path, 'work', 'matrix.xlsx');
    const r = await dispatch(h(), 'report:export', {
      jobId: 'r0',
      kind: 'xlsx',
      path: xlsx,
      assessor: { name: 'Amina Diallo', organisation: 'UNODC' },
    });
    expect(r).toMatchObject({ ok: true, data: { path: xlsx, kind: 'xlsx' } });
    expect(readFileSync(xlsx).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(host.context.settings.assessor()).toEqual({ name: 'Amina Diallo', organisation: 'UNODC' });
    const row = host.context.current!.db.prepare('SELECT assessor FROM assessment').get();
    expect(row).toEqual({ assessor: 'Amina Diallo' });
  });

  it(
    'writes the Word report with the chosen language and statuses, reporting progress',
    { timeout: 120_000 },
    async () => {
      const r = await dispatch(h(), 'report:export', {
        jobId: 'r1',
        kind: 'docx',
        language: 'es',
        statuses: ['gap', 'partial'],
        includeTexts: false,
      });
      expect(r.ok).toBe(true);
      const path = (r as { data: { path: string } }).data.path;
      expect(path).toBe(
        join(dir.path, 'work', 'Kenya - Counter-Trafficking in Persons Act 2010 — sample gap analysis - report.docx'),
      );
      const xml = (await unzip(readFileSync(path))).get('word/document.xml')!.toString('utf8');
      expect(xml).toContain('Resumen ejecutivo');
      // Signed by the assessor named once, on the cover and as the author of the tracked changes.
      expect(xml).toContain('Amina Diallo');
      expect(xml).toContain('UNODC');
      expect(xml).toMatch(/<w:ins [^>]*w:author="Amina Diallo"/);
      expect(xml).not.toContain('w:author="exporter"');
      expect(progress.at(-1)).toBe(1);
      const audit = host.context.current!.db.prepare(`SELECT actor FROM audit_log WHERE action = 'export-docx'`).all();
      expect(audit).toEqual([{ actor: 'exporter' }]);
    },
  );

  it('writes the mapping CSV and the JSON export where asked', async () => {
    const csv = join(dir.path, 'work', 'mapping');
    const r = await dispatch(h(), 'report:export', { jobId: 'r2', kind: 'csv', path: csv });
    expect(r).toMatchObject({ ok: true, data: { path: `${csv}.csv`, kind: 'csv' } });
    expect(readFileSync(`${csv}.csv`, 'utf8').split('\r\n').length).toBeGreaterThan(50);
    const json = join(dir.path, 'work', 'all.json');
    expect((await dispatch(h(), 'report:export', { jobId: 'r3', kind: 'json', path: json })).ok).toBe(true);
    expect(existsSync(json)).toBe(true);
  });

  it('refuses without an open assessment', async () => {
    await dispatch(h(), 'assessment:close', {});
    expect(await dispatch(h(), 'report:export', { jobId: 'r4', kind: 'docx' })).toMatchObject({
      ok: false,
      error: { code: 'no-assessment' },
    });
  });
});
