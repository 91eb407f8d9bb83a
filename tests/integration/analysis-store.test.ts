import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { dispatch } from '../../shared/api/dispatch';
import { createHandlers } from '../../electron/main/app/handlers';
import type { BrowserHost } from '../../electron/main/host/browser-host';
import { hostIn } from '../helpers/host';
import { tempDir } from '../helpers/temp';
import { closeAssessmentFile, createAssessmentFile } from '../../electron/main/db/assessment-file';
import { runAssessmentAnalysis } from '../../electron/main/app/analysis-service';

const dir = tempDir();
let host: BrowserHost;
const h = () => createHandlers(host.context);
const db = () => host.context.current!.db;

beforeAll(async () => {
  host = await hostIn(dir.path, 'analyst');
  expect(
    (
      await dispatch(h(), 'assessment:create', {
        country: 'Kenya',
        title: 'Analysis',
        assessor: 'A',
        instruments: ['tip-protocol', 'untoc'],
      })
    ).ok,
  ).toBe(true);
  const path = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');
  expect((await dispatch(h(), 'act:import', { jobId: 'k', source: { kind: 'path', path } })).ok).toBe(true);
});
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

describe('the analysis stored in the assessment file', () => {
  it('refuses to run without a law', () => {
    const empty = createAssessmentFile(join(dir.path, 'empty.lexgap'));
    try {
      expect(() => runAssessmentAnalysis(empty, host.context.library, 'analyst')).toThrow(/Import at least one law/);
    } finally {
      closeAssessmentFile(empty);
    }
  });

  it('stores a proposal for every requirement in scope, with mappings, elements and findings', async () => {
    const r = await dispatch(h(), 'analysis:run', {});
    expect(r.ok).toBe(true);
    const run = (r as { data: { requirements: number; byStatus: Record<string, number> } }).data;
    const inScope = host.context.library.instruments
      .filter((i) => ['tip-protocol', 'untoc'].includes(i.id))
      .reduce((n, i) => n + i.articles.reduce((m, a) => m + a.paragraphs.length, 0), 0);
    expect(run.requirements).toBe(inScope);
    const stored = db().prepare('SELECT count(*) AS n FROM requirement_assessment').get() as { n: number };
    expect(stored.n).toBe(inScope);
    const top = db()
      .prepare(
        `SELECT m.unit_number FROM mapping m WHERE m.requirement_id = 'tip-protocol:3(a)' ORDER BY m.rank LIMIT 3`,
      )
      .all() as { unit_number: string }[];
    expect(top.map((t) => t.unit_number)).toContain('3');
    const elements = db()
      .prepare(`SELECT element_id, present FROM element_assessment WHERE requirement_id = 'tip-protocol:3(a)'`)
      .all() as { element_id: string; present: number }[];
    expect(elements.find((e) => e.element_id === 'means.vulnerability')?.present).toBe(1);
  });

  it('keeps reviewed decisions when the analysis runs again', async () => {
    const req = 'tip-protocol:6(6)';
    const before = db()
      .prepare('SELECT id, provision_id FROM mapping WHERE requirement_id = ? ORDER BY rank')
      .all(req) as { id: number; provision_id: number }[];
    expect(before.length).toBeGreaterThan(1);
    db()
      .prepare(`UPDATE mapping SET state = 'rejected', decided_by = 'rev', decided_at = 'x' WHERE id = ?`)
      .run(before[0]!.id);
    db()
      .prepare(
        `UPDATE mapping SET state = 'accepted', relation = 'narrower', decided_by = 'rev', decided_at = 'x' WHERE id = ?`,
      )
      .run(before[1]!.id);
    db()
      .prepare(
        `UPDATE requirement_assessment SET status = 'partial', finding = 'Compensation only by court order', reviewed_by = 'rev', reviewed_at = 'x' WHERE requirement_id = ?`,
      )
      .run(req);
    const again = await dispatch(h(), 'analysis:run', {});
    expect(again).toMatchObject({ ok: true, data: { keptReviewed: 1 } });
    const row = db()
      .prepare('SELECT status, finding, reviewed_by FROM requirement_assessment WHERE requirement_id = ?')
      .get(req);
    expect(row).toEqual({ status: 'partial', finding: 'Compensation only by court order', reviewed_by: 'rev' });
    const states = db()
      .prepare('SELECT id, state, relation FROM mapping WHERE id IN (?, ?) ORDER BY id')
      .all(before[0]!.id, before[1]!.id);
    expect(states).toEqual(
      [
        { id: before[0]!.id, state: 'rejected', relation: null },
        { id: before[1]!.id, state: 'accepted', relation: 'narrower' },
      ].sort((a, b) => a.id - b.id),
    );
    const runs = db().prepare('SELECT count(*) AS n FROM analysis_run').get() as { n: number };
    expect(runs.n).toBe(2);
  });

  it('narrows to the obligation levels in scope, keeping reviewed requirements', async () => {
    db().prepare(`UPDATE assessment SET obligations = '["mandatory"]' WHERE id = 1`).run();
    expect(await dispatch(h(), 'analysis:run', {})).toMatchObject({ ok: true });
    const levels = db()
      .prepare('SELECT DISTINCT obligation FROM requirement_assessment WHERE reviewed_at IS NULL')
      .all();
    expect(levels).toEqual([{ obligation: 'mandatory' }]);
    expect(
      db().prepare(`SELECT status FROM requirement_assessment WHERE requirement_id = 'tip-protocol:6(6)'`).get(),
    ).toEqual({
      status: 'partial',
    });
  });
});
