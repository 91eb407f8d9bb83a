import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { dispatch } from '../../shared/api/dispatch';
import type { ReviewDetail } from '../../shared/api/review-schemas';
import type { CarryResult, VersionComparison, VersionView } from '../../shared/api/version-schemas';
import { createHandlers } from '../../electron/main/app/handlers';
import type { BrowserHost } from '../../electron/main/host/browser-host';
import { hostIn } from '../helpers/host';
import { tempDir } from '../helpers/temp';
import { ok } from '../helpers/api';
import { newVersionText, oldVersionText } from '../helpers/version-pair';

const dir = tempDir();
let host: BrowserHost;
const h = () => createHandlers(host.context);
const db = () => host.context.current!.db;
let actId = 0;
let v1 = 0;
let v2 = 0;

beforeAll(async () => {
  host = await hostIn(dir.path, 'drafter');
  await ok(
    dispatch(h(), 'assessment:create', {
      country: 'Kenya',
      title: 'Bill',
      assessor: 'A',
      instruments: ['tip-protocol'],
    }),
  );
  const first = await ok<{ actId: number; versionId: number }>(
    dispatch(h(), 'act:import', {
      jobId: 'i1',
      source: { kind: 'text', text: oldVersionText() },
      title: 'Counter-Trafficking in Persons Bill',
      versionLabel: 'Draft 1',
      status: 'draft',
    }),
  );
  actId = first.actId;
  v1 = first.versionId;
  await ok(dispatch(h(), 'analysis:run', {}));
}, 120_000);
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

const detail = (requirementId: string) => ok<ReviewDetail>(dispatch(h(), 'review:get', { requirementId }));
const keyOf = (provisionId: number) =>
  (db().prepare('SELECT key FROM provision WHERE id = ?').get(provisionId) as { key: string }).key;

describe('versions of an act', () => {
  it('reviews draft 1: accepts the offence for art. 3(a), maps s. 14 to art. 6(3) by hand, writes a finding', async () => {
    const d = await detail('tip-protocol:3(a)');
    const s3 = d.mappings.find((m) => m.provisionId !== null && keyOf(m.provisionId).startsWith('s3'))!;
    await ok(dispatch(h(), 'review:set-mapping', { mappingId: s3.id, state: 'accepted', relation: 'narrower' }));
    await ok(
      dispatch(h(), 'review:set-assessment', {
        requirementId: 'tip-protocol:3(a)',
        status: 'partial',
        finding: 'Abuse of a position of vulnerability is missing from the means.',
        proposedWording: '(e) abuse of power or of a position of vulnerability;',
      }),
    );
    const s14 = db().prepare("SELECT id FROM provision WHERE version_id = ? AND key = 's14'").get(v1) as { id: number };
    await ok(dispatch(h(), 'review:add-mapping', { requirementId: 'tip-protocol:6(3)', provisionId: s14.id }));
  });

  it('imports draft 2 as a new version, then names it and sets its stage and date', async () => {
    const r = await ok<{ actId: number; versionId: number }>(
      dispatch(h(), 'act:import', {
        jobId: 'i2',
        actId,
        source: { kind: 'text', text: newVersionText() },
        versionLabel: 'Draft 2',
        status: 'draft',
      }),
    );
    expect(r.actId).toBe(actId);
    v2 = r.versionId;
    const updated = await ok<VersionView>(
      dispatch(h(), 'versions:update', {
        versionId: v2,
        label: 'Committee text',
        stage: 'committee',
        date: '2026-03-01',
      }),
    );
    expect(updated).toMatchObject({ label: 'Committee text', stage: 'committee', date: '2026-03-01' });
    const list = await ok<VersionView[]>(dispatch(h(), 'versions:list', { actId }));
    expect(list.map((v) => [v.label, v.stage])).toEqual([
      ['Draft 1', 'draft'],
      ['Committee text', 'committee'],
    ]);
    const audit = db()
      .prepare("SELECT actor, detail FROM audit_log WHERE action = 'update' AND entity = 'act_version'")
      .get() as {
      actor: string;
      detail: string;
    };
    expect(audit.actor).toBe('drafter');
    expect(JSON.parse(audit.detail).before.label).toBe('Draft 2');
  });

  it('refuses a version in another language and keeps the act as it was', async () => {
    const before = db().prepare('SELECT count(*) AS n FROM act_version').get() as { n: number };
    const french = readFileSync(
      resolve('tests/fixtures/laws/canada-loi-modifiant-code-criminel-traite-2005.txt'),
      'utf8',
    );
    const r = await dispatch(h(), 'act:import', { jobId: 'i3', actId, source: { kind: 'text', text: french } });
    expect(r).toMatchObject({ ok: false, error: { code: 'import-failed', details: { reason: 'version-language' } } });
    expect(!r.ok && r.error.message).toMatch(/a translation is not a version/);
    expect(db().prepare('SELECT count(*) AS n FROM act_version').get()).toEqual(before);
  });

  it('compares the two versions with the compliance delta', async () => {
    const c = await ok<VersionComparison>(dispatch(h(), 'versions:compare', { oldVersionId: v1, newVersionId: v2 }));
    expect(c.result.summary).toMatchObject({ inserted: 1, deleted: 1, split: 1 });
    expect(c.oldVersion.label).toBe('Draft 1');
    const row = c.result.delta!.find((r) => r.requirement === 'tip-protocol:3(a)')!;
    expect(row.elementsGained).toContain('means.vulnerability');
    expect(c.result.deltaSummary!.elementsGained).toBeGreaterThanOrEqual(1);
  });

  it('keeps a pairing corrected by a person, with who and when, until cleared', async () => {
    await ok(
      dispatch(h(), 'versions:set-pairing', { oldVersionId: v1, newVersionId: v2, oldKeys: ['s7'], newKeys: ['s5'] }),
    );
    const c = await ok<VersionComparison>(dispatch(h(), 'versions:compare', { oldVersionId: v1, newVersionId: v2 }));
    const manual = c.result.pairs.filter((p) => p.manual);
    expect(manual.map((p) => [p.old[0]!.key, p.new[0]!.key])).toEqual([['s7', 's5']]);
    expect(db().prepare("SELECT actor FROM audit_log WHERE action = 'pair'").get()).toEqual({ actor: 'drafter' });
    const bad = await dispatch(h(), 'versions:set-pairing', {
      oldVersionId: v1,
      newVersionId: v2,
      oldKeys: ['s99'],
      newKeys: [],
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await ok(dispatch(h(), 'versions:clear-pairings', { oldVersionId: v1, newVersionId: v2 }));
    const again = await ok<VersionComparison>(
      dispatch(h(), 'versions:compare', { oldVersionId: v1, newVersionId: v2 }),
    );
    expect(again.result.pairs.some((p) => p.manual)).toBe(false);
  });

  it('carries the review forward: changed provisions marked for another look, nothing lost', async () => {
    const r = await ok<CarryResult>(dispatch(h(), 'versions:carry-review', { oldVersionId: v1, newVersionId: v2 }));
    expect(r.carried).toBeGreaterThanOrEqual(2);
    expect(r.requirementsToReview).toContain('tip-protocol:3(a)');
    expect(r.requirementsToReview).not.toContain('tip-protocol:6(3)');
    const carried = db()
      .prepare(
        `SELECT m.requirement_id, p.key, m.state, m.origin, m.relation, m.rereview, m.carried_from
         FROM mapping m JOIN provision p ON p.id = m.provision_id WHERE m.version_id = ? AND m.carried_from IS NOT NULL`,
      )
      .all(v2) as {
      requirement_id: string;
      key: string;
      state: string;
      origin: string;
      relation: string | null;
      rereview: string | null;
    }[];
    const of3a = carried.find((m) => m.requirement_id === 'tip-protocol:3(a)')!;
    expect(of3a).toMatchObject({ state: 'accepted', relation: 'narrower' });
    expect(of3a.key.startsWith('s3')).toBe(true);
    expect(of3a.rereview).toMatch(/changed in Committee text/);
    // s. 14 became s. 15 unchanged: carried as it was, nothing to look at again.
    expect(carried.find((m) => m.requirement_id === 'tip-protocol:6(3)')).toMatchObject({
      key: 's15',
      origin: 'manual',
      rereview: null,
    });
    const ra = db()
      .prepare(
        "SELECT status, finding, proposed_wording, rereview FROM requirement_assessment WHERE requirement_id = 'tip-protocol:3(a)'",
      )
      .get() as { status: string; finding: string; proposed_wording: string; rereview: string | null };
    expect(ra).toMatchObject({ status: 'partial', finding: expect.stringContaining('vulnerability') });
    expect(ra.proposed_wording).toContain('position of vulnerability');
    expect(ra.rereview).toMatch(/Committee text/);
    // Draft 1's decisions are still there.
    const old = db()
      .prepare("SELECT count(*) AS n FROM mapping WHERE version_id = ? AND state = 'accepted'")
      .get(v1) as { n: number };
    expect(old.n).toBeGreaterThanOrEqual(1);
    // Carrying twice adds nothing.
    const twice = await ok<CarryResult>(dispatch(h(), 'versions:carry-review', { oldVersionId: v1, newVersionId: v2 }));
    expect(twice.carried).toBe(0);
    expect(twice.alreadyThere).toBe(r.carried);
  });

  it('stops a comparison when cancelled', async () => {
    const running = dispatch(h(), 'versions:compare', { oldVersionId: v1, newVersionId: v2, jobId: 'c1' });
    await ok(dispatch(h(), 'versions:cancel', { jobId: 'c1' }));
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('deletes a version but never the only one', async () => {
    await ok(dispatch(h(), 'versions:delete', { versionId: v2 }));
    expect((await ok<VersionView[]>(dispatch(h(), 'versions:list', { actId }))).map((v) => v.id)).toEqual([v1]);
    const r = await dispatch(h(), 'versions:delete', { versionId: v1 });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request', details: { reason: 'only-version' } } });
    expect(
      db().prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'delete' AND entity = 'act_version'").get(),
    ).toEqual({ n: 1 });
  });
});
