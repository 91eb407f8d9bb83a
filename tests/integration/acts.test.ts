import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dispatch } from '../../shared/api/dispatch';
import type { ProvisionList } from '../../shared/api/act-schemas';
import { createHandlers } from '../../electron/main/app/handlers';
import type { BrowserHost } from '../../electron/main/host/browser-host';
import { hostIn } from '../helpers/host';
import { tempDir } from '../helpers/temp';
import { ok } from '../helpers/api';

const dir = tempDir();
let host: BrowserHost;
const fixture = (name: string) => resolve('tests/fixtures/laws', name);
const KENYA = fixture('kenya-counter-trafficking-in-persons-act-2010.txt');

beforeAll(async () => {
  host = await hostIn(dir.path, 'reviewer');
  const h = createHandlers(host.context);
  const created = await dispatch(h, 'assessment:create', {
    country: 'Kenya',
    title: 'Review',
    assessor: 'A',
    instruments: ['tip-protocol'],
  });
  expect(created.ok).toBe(true);
});
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

const h = () => createHandlers(host.context);
const counts = () => {
  const db = host.context.current!.db;
  const n = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { acts: n('act'), versions: n('act_version'), provisions: n('provision'), audit: n('audit_log') };
};

describe('importing acts into an assessment', () => {
  let versionId = 0;

  it('imports a law file as a new act with its provision tree, language and audit entry', async () => {
    const progress: number[] = [];
    host.context.emit = (event, payload) => {
      if (event === 'import:progress') progress.push((payload as { fraction: number }).fraction);
    };
    const r = await ok<{ versionId: number; units: number; language: string; detectedLanguage: string }>(
      dispatch(h(), 'act:import', {
        jobId: 'j1',
        source: { kind: 'path', path: KENYA },
        title: 'Counter-Trafficking in Persons Act',
        year: 2010,
      }),
    );
    expect(r.units).toBe(28);
    expect(r.language).toBe('en');
    expect(r.detectedLanguage).toBe('en');
    expect(progress.at(-1)).toBe(1);
    versionId = r.versionId;
    const acts = await ok<
      { title: string; year: number; versions: { unitCount: number; sourceFormat: string; importedBy: string }[] }[]
    >(dispatch(h(), 'act:list', {}));
    expect(acts).toHaveLength(1);
    expect(acts[0]).toMatchObject({ title: 'Counter-Trafficking in Persons Act', year: 2010 });
    expect(acts[0]!.versions[0]).toMatchObject({ unitCount: 28, sourceFormat: 'txt', importedBy: 'reviewer' });
    const list = await ok<ProvisionList>(dispatch(h(), 'act:provisions', { versionId }));
    const s3 = list.rows.find((p) => p.level === 'unit' && p.number === '3')!;
    expect(s3.heading).toBe('Trafficking in persons');
    expect(list.rows.some((p) => p.parentId === s3.id && p.level === 'subsection')).toBe(true);
    expect(list.definitions.map((d) => d.term)).toEqual(expect.arrayContaining(['child', 'exploitation']));
  });

  it('adds a second version to the same act', async () => {
    const text = readFileSync(KENYA, 'utf8').replace(
      '3. Trafficking in persons',
      '3. Trafficking in persons and related conduct',
    );
    const r = await ok<{ actId: number; versionId: number }>(
      dispatch(h(), 'act:import', {
        jobId: 'j2',
        source: { kind: 'text', text },
        actId: 1,
        versionLabel: 'Draft 2',
        status: 'draft',
      }),
    );
    const acts = await ok<{ versions: { label: string; status: string; ordinal: number }[] }[]>(
      dispatch(h(), 'act:list', {}),
    );
    expect(acts[0]!.versions.map((v) => [v.ordinal, v.label, v.status])).toEqual([
      [1, 'Version 1', 'in-force'],
      [2, 'Draft 2', 'draft'],
    ]);
    expect(r.actId).toBe(1);
  });

  it('imports uploaded bytes and a French text with the language detected', async () => {
    const bytes = readFileSync(fixture('canada-loi-modifiant-code-criminel-traite-2005.txt'));
    const r = await ok<{ language: string; units: number }>(
      dispatch(h(), 'act:import', {
        jobId: 'j3',
        source: { kind: 'bytes', fileName: 'loi.txt', base64: bytes.toString('base64') },
      }),
    );
    expect(r.language).toBe('fr');
    expect(r.units).toBe(9);
  });

  it('refuses bad input with a specific message and writes nothing', async () => {
    const before = counts();
    const empty = join(dir.path, 'empty.txt');
    writeFileSync(empty, '');
    const garbage = join(dir.path, 'garbage.txt');
    writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const prose = join(dir.path, 'prose.txt');
    writeFileSync(prose, 'Dear colleague,\nthank you for the meeting yesterday.\nBest regards');
    for (const [path, pattern] of [
      [empty, /empty/i],
      [garbage, /binary|not a text/i],
      [prose, /No provisions were found/],
      [join(dir.path, 'missing.pdf'), /not found|does not exist|no such/i],
    ] as const) {
      const r = await dispatch(h(), 'act:import', { jobId: `bad-${path}`, source: { kind: 'path', path } });
      expect(r.ok, path).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('import-failed');
        expect(r.error.message).toMatch(pattern);
      }
    }
    expect(counts()).toEqual(before);
  });

  it('cancels an import and keeps nothing of it', async () => {
    const before = counts();
    const big = join(dir.path, 'big.txt');
    writeFileSync(
      big,
      Array.from(
        { length: 4000 },
        (_, i) => `${i + 1}. Heading ${i + 1}\nA person who does act number ${i + 1} commits an offence.`,
      ).join('\n'),
    );
    const running = dispatch(h(), 'act:import', { jobId: 'cancel-me', source: { kind: 'path', path: big } });
    await dispatch(h(), 'act:cancel-import', { jobId: 'cancel-me' });
    const r = await running;
    expect(r).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(counts()).toEqual(before);
  });

  it('splits, merges, edits and undoes corrections, keeping who and when', async () => {
    const list0 = await ok<ProvisionList>(dispatch(h(), 'act:provisions', { versionId }));
    const s1 = list0.rows.find((p) => p.level === 'unit' && p.number === '1')!;
    const at = s1.text.indexOf('Counter-Trafficking');
    const split = await ok<ProvisionList>(
      dispatch(h(), 'act:edit-provision', { kind: 'split', provisionId: s1.id, offset: at }),
    );
    const i = split.rows.findIndex((p) => p.id === s1.id);
    expect(split.rows[i]!.text).toBe('This Act may be cited as the');
    expect(split.rows[i + 1]).toMatchObject({ level: 'unit', text: 'Counter-Trafficking in Persons Act.' });
    expect(split.undoable).toBe(1);

    const merged = await ok<ProvisionList>(
      dispatch(h(), 'act:edit-provision', { kind: 'merge', provisionId: split.rows[i + 1]!.id }),
    );
    expect(merged.rows.find((p) => p.id === s1.id)!.text).toBe(
      'This Act may be cited as the\nCounter-Trafficking in Persons Act.',
    );
    expect(merged.rows.length).toBe(list0.rows.length);

    const edited = await ok<ProvisionList>(
      dispatch(h(), 'act:edit-provision', {
        kind: 'update',
        provisionId: s1.id,
        heading: 'Short title and citation',
        number: '1',
      }),
    );
    expect(edited.rows.find((p) => p.id === s1.id)!.heading).toBe('Short title and citation');

    for (let n = 0; n < 3; n++) await ok(dispatch(h(), 'act:undo-edit', { versionId }));
    const restored = await ok<ProvisionList>(dispatch(h(), 'act:provisions', { versionId }));
    expect(restored.rows).toEqual(list0.rows);
    expect(restored.undoable).toBe(0);

    const log = host.context
      .current!.db.prepare("SELECT actor, action FROM audit_log WHERE action LIKE 'provision-%' ORDER BY id")
      .all();
    expect(log).toEqual([
      { actor: 'reviewer', action: 'provision-split' },
      { actor: 'reviewer', action: 'provision-merge' },
      { actor: 'reviewer', action: 'provision-update' },
      { actor: 'reviewer', action: 'provision-undo' },
      { actor: 'reviewer', action: 'provision-undo' },
      { actor: 'reviewer', action: 'provision-undo' },
    ]);
  });

  it('merges a unit with children into the one before, and undo puts the children back', async () => {
    const list0 = await ok<ProvisionList>(dispatch(h(), 'act:provisions', { versionId }));
    const s4 = list0.rows.find((p) => p.level === 'unit' && p.number === '4')!;
    const s3 = list0.rows.find((p) => p.level === 'unit' && p.number === '3')!;
    const childrenOf4 = list0.rows.filter((p) => p.parentId === s4.id).map((p) => p.id);
    expect(childrenOf4.length).toBeGreaterThan(0);
    const merged = await ok<ProvisionList>(dispatch(h(), 'act:edit-provision', { kind: 'merge', provisionId: s4.id }));
    expect(merged.rows.filter((p) => childrenOf4.includes(p.id)).every((p) => p.parentId === s3.id)).toBe(true);
    await ok(dispatch(h(), 'act:undo-edit', { versionId }));
    expect((await ok<ProvisionList>(dispatch(h(), 'act:provisions', { versionId }))).rows).toEqual(list0.rows);
  });

  it('refuses a merge with nothing before it and a split outside the text', async () => {
    const list = await ok<ProvisionList>(dispatch(h(), 'act:provisions', { versionId }));
    const first = list.rows[0]!;
    expect(await dispatch(h(), 'act:edit-provision', { kind: 'merge', provisionId: first.id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    const unit = list.rows.find((p) => p.level === 'unit')!;
    expect(
      await dispatch(h(), 'act:edit-provision', { kind: 'split', provisionId: unit.id, offset: unit.text.length + 5 }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('the sample assessment', () => {
  it('is created once in the documents folder, analysed, and opened', async () => {
    const first = await ok<{ path: string; country: string; instruments: string[] }>(
      dispatch(h(), 'assessment:open-sample', {}),
    );
    expect(first.country).toBe('Kenya');
    expect(first.path).toBe(join(dir.path, 'work', 'LexGap sample - Kenya.lexgap'));
    const acts = await ok<{ versions: { unitCount: number }[] }[]>(dispatch(h(), 'act:list', {}));
    expect(acts[0]!.versions[0]!.unitCount).toBe(28);
    const rows = await ok<{ id: string }[]>(dispatch(h(), 'review:list', {}));
    expect(rows.some((r) => r.id === 'tip-protocol:3(a)')).toBe(true);
    await ok(dispatch(h(), 'assessment:close', {}));
    const again = await ok<{ path: string }>(dispatch(h(), 'assessment:open-sample', {}));
    expect(again.path).toBe(first.path);
  });
});
