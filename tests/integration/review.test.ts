import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { dispatch } from '../../shared/api/dispatch';
import type { Dashboard, ProvisionHit, ReviewDetail, ReviewRow } from '../../shared/api/review-schemas';
import { createHandlers } from '../../electron/main/app/handlers';
import type { BrowserHost } from '../../electron/main/host/browser-host';
import { hostIn } from '../helpers/host';
import { tempDir } from '../helpers/temp';
import { ok } from '../helpers/api';

const dir = tempDir();
let host: BrowserHost;
const h = () => createHandlers(host.context);

beforeAll(async () => {
  host = await hostIn(dir.path, 'reviewer');
  await ok(
    dispatch(h(), 'assessment:create', {
      country: 'Kenya',
      title: 'Review',
      assessor: 'A',
      instruments: ['tip-protocol', 'untoc'],
    }),
  );
  await ok(
    dispatch(h(), 'act:import', {
      jobId: 'k',
      source: { kind: 'path', path: resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt') },
    }),
  );
  await ok(dispatch(h(), 'analysis:run', {}));
});
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

describe('the assessor', () => {
  it('is the name given for the new assessment, kept in the settings, never the account name', async () => {
    const info = await ok<{ userName: string; assessor: string }>(dispatch(h(), 'app:info', {}));
    expect(info).toMatchObject({ userName: 'reviewer', assessor: 'A' });
  });
});

describe('reviewing the analysis', () => {
  it('lists every analysed requirement with its proposal', async () => {
    const rows = await ok<ReviewRow[]>(dispatch(h(), 'review:list', {}));
    expect(rows.length).toBeGreaterThan(300);
    const def = rows.find((r) => r.id === 'tip-protocol:3(a)')!;
    expect(def).toMatchObject({
      reviewed: false,
      articleTitle: 'Use of terms',
      articleTitleTranslations: { fr: 'Terminologie' },
    });
    expect(def.provisions.length).toBeGreaterThan(0);
  });

  it('shows the candidates with the unit text the evidence points into', async () => {
    const d = await ok<ReviewDetail>(dispatch(h(), 'review:get', { requirementId: 'tip-protocol:3(a)' }));
    expect(d.mappings.length).toBeGreaterThan(0);
    for (const m of d.mappings)
      for (const e of m.evidence) expect(m.text.slice(e.start, e.end).toLowerCase()).toBe(e.text.toLowerCase());
    expect(d.elements.find((e) => e.id === 'act.recruitment')).toMatchObject({ present: true, unitNumber: '3(1)' });
    expect(d.elements.find((e) => e.id === 'means.threat')?.unitNumber).toBe('3(1)(a)');
    expect(d.implementedBy.map((l) => l.id)).toContain('model-law-tip:5');
    expect(d.translations.fr).toContain('traite des personnes');
  });

  it('cites a match inside a section by the section and its heading, and gives the Model Law titles in French', async () => {
    const rows = await ok<ReviewRow[]>(dispatch(h(), 'review:list', {}));
    const d = await ok<ReviewDetail>(dispatch(h(), 'review:get', { requirementId: 'tip-protocol:3(a)' }));
    const list = await ok<{
      rows: { id: number; level: string; number: string; heading: string | null; parentId: number | null }[];
    }>(dispatch(h(), 'act:provisions', { versionId: d.mappings[0]!.versionId }));
    const byId = new Map(list.rows.map((r) => [r.id, r]));
    const sectionOf = (id: number) => {
      let unit = byId.get(id)!;
      for (let p = byId.get(id); p; p = p.parentId === null ? undefined : byId.get(p.parentId))
        if (p.level === 'unit') unit = p;
      return unit;
    };
    // The best proposal for the definition is a subsection: cited by its section's number and heading.
    const inner = d.mappings.find((m) => m.provisionId !== null && byId.get(m.provisionId)!.level !== 'unit')!;
    expect(inner).toBeDefined();
    const section = sectionOf(inner.provisionId!);
    expect(section.heading).toBeTruthy();
    expect(inner.heading).toBe(section.heading);
    // Every citation in the list names the section's heading, never a subsection's (absent) one.
    let checked = 0;
    for (const r of rows)
      for (const c of r.cited) {
        const unit = list.rows.find(
          (u) =>
            u.level === 'unit' &&
            u.number === c.number &&
            (u.parentId === null || byId.get(u.parentId)!.level !== 'unit'),
        );
        if (!unit) continue;
        expect(c.heading, `${r.id} cites ${c.number}`).toBe(unit.heading);
        checked++;
      }
    expect(checked).toBeGreaterThan(20);
    expect(d.implementedBy.find((l) => l.id === 'model-law-tip:5')?.titleTranslations).toEqual({
      fr: 'Définitions',
      es: 'Definiciones',
    });
  });

  it('accepts and rejects candidates, adds one by search, sets status and finding, with who and when', async () => {
    const id = 'tip-protocol:6(6)';
    const d0 = await ok<ReviewDetail>(dispatch(h(), 'review:get', { requirementId: id }));
    const [first, second] = d0.mappings;
    const d1 = await ok<ReviewDetail>(
      dispatch(h(), 'review:set-mapping', { mappingId: first!.id, state: 'accepted', relation: 'narrower' }),
    );
    expect(d1.mappings.find((m) => m.id === first!.id)).toMatchObject({
      state: 'accepted',
      relation: 'narrower',
      decidedBy: 'reviewer',
    });
    expect(d1.row.reviewed).toBe(true);
    await ok(dispatch(h(), 'review:set-mapping', { mappingId: second!.id, state: 'rejected' }));
    const hits = await ok<ProvisionHit[]>(dispatch(h(), 'review:search-provisions', { query: 'restitution' }));
    expect(hits.length).toBeGreaterThan(0);
    const added = await ok<ReviewDetail>(
      dispatch(h(), 'review:add-mapping', {
        requirementId: id,
        provisionId: hits[0]!.provisionId,
        relation: 'equivalent',
      }),
    );
    expect(
      added.mappings.some(
        (m) => m.origin === 'manual' || (m.provisionId === hits[0]!.provisionId && m.state === 'accepted'),
      ),
    ).toBe(true);
    const set = await ok<ReviewDetail>(
      dispatch(h(), 'review:set-assessment', {
        requirementId: id,
        status: 'partial',
        finding: 'Restitution only; no civil compensation route.',
      }),
    );
    expect(set).toMatchObject({
      finding: 'Restitution only; no civil compensation route.',
      reviewedBy: 'reviewer',
      row: { status: 'partial' },
    });
  });

  it('never lets a requirement be compliant without an accepted provision', async () => {
    const rows = await ok<ReviewRow[]>(dispatch(h(), 'review:list', {}));
    const bare = rows.find((r) => r.accepted === 0 && r.obligation === 'mandatory')!;
    const r = await dispatch(h(), 'review:set-assessment', { requirementId: bare.id, status: 'compliant' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('keeps every decision through a re-run, and the dashboard agrees with the list', async () => {
    await ok(dispatch(h(), 'analysis:run', {}));
    const d = await ok<ReviewDetail>(dispatch(h(), 'review:get', { requirementId: 'tip-protocol:6(6)' }));
    expect(d.row.status).toBe('partial');
    expect(d.mappings.filter((m) => m.state === 'accepted').length).toBeGreaterThanOrEqual(1);
    expect(d.mappings.filter((m) => m.state === 'rejected').length).toBe(1);
    const rows = await ok<ReviewRow[]>(dispatch(h(), 'review:list', {}));
    const dash = await ok<Dashboard>(dispatch(h(), 'dashboard:summary', {}));
    const tip = dash.byInstrument.find((i) => i.instrument === 'tip-protocol')!;
    const mandatory = tip.byObligation.find((o) => o.obligation === 'mandatory')!;
    expect(mandatory.counts.gap).toBe(
      rows.filter((r) => r.instrument === 'tip-protocol' && r.obligation === 'mandatory' && r.status === 'gap').length,
    );
    expect(dash.matrix.rows.length).toBe(rows.length);
    expect(dash.reviewed).toBe(rows.filter((r) => r.reviewed).length);
    expect(dash.unmapped[0]!.units).toBe(28);
  });
});

describe('the dashboard and the law view count unmapped provisions alike', () => {
  it('credits an amending section with the mappings of the section it inserts', async () => {
    const canada = resolve('tests/fixtures/laws/canada-criminal-code-trafficking-amendment-2005.txt');
    const imported = await ok<{ versionId: number }>(
      dispatch(h(), 'act:import', { jobId: 'ca', source: { kind: 'path', path: canada } }),
    );
    await ok(dispatch(h(), 'analysis:run', {}));
    const dash = await ok<Dashboard>(dispatch(h(), 'dashboard:summary', {}));
    const entry = dash.unmapped.find((u) => u.versionId === imported.versionId)!;
    expect(entry.units).toBe(9);
    const list = await ok<{ rows: { id: number; level: string; number: string; parentId: number | null }[] }>(
      dispatch(h(), 'act:provisions', { versionId: imported.versionId }),
    );
    const mapped = new Set(
      (
        await ok<{ provisionId: number }[]>(dispatch(h(), 'act:provision-mappings', { versionId: imported.versionId }))
      ).map((m) => m.provisionId),
    );
    const s3 = list.rows.find((r) => r.level === 'unit' && r.number === '3' && r.parentId !== null)!;
    expect(mapped.has(s3.id)).toBe(true);
    const topUnits = list.rows.filter(
      (r) => r.level === 'unit' && !list.rows.some((p) => p.id === r.parentId && p.level === 'unit'),
    );
    expect(entry.unmapped).toBe(topUnits.filter((u) => !mapped.has(u.id)).length);
  });
});
