import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { dispatch } from '../../shared/api/dispatch';
import type { ResponseOf } from '../../shared/api/contract';
import type { ReviewDetail } from '../../shared/api/review-schemas';
import { createHandlers } from '../../electron/main/app/handlers';
import type { BrowserHost } from '../../electron/main/host/browser-host';
import { hostIn } from '../helpers/host';
import { tempDir } from '../helpers/temp';
import { ok } from '../helpers/api';

const dir = tempDir();
let host: BrowserHost;
let versionId: number;
const h = () => createHandlers(host.context);
const mappingsOf = () =>
  ok<ResponseOf<'act:provision-mappings'>>(dispatch(h(), 'act:provision-mappings', { versionId }));

beforeAll(async () => {
  host = await hostIn(dir.path, 'reviewer');
  await ok(
    dispatch(h(), 'assessment:create', {
      country: 'Kenya',
      title: 'Law colours',
      assessor: 'A',
      instruments: ['tip-protocol'],
    }),
  );
  const imported = await ok<{ versionId: number }>(
    dispatch(h(), 'act:import', {
      jobId: 'k',
      source: { kind: 'path', path: resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt') },
    }),
  );
  versionId = imported.versionId;
  await ok(dispatch(h(), 'analysis:run', {}));
});
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

describe('the requirements each provision serves', () => {
  it('attaches every standing mapping to a primary unit of the version', async () => {
    const list = await ok<ResponseOf<'act:provisions'>>(dispatch(h(), 'act:provisions', { versionId }));
    const units = new Set(list.rows.filter((r) => r.level === 'unit' || r.level === 'schedule').map((r) => r.id));
    const mappings = await mappingsOf();
    expect(mappings.length).toBeGreaterThan(50);
    for (const m of mappings) expect(units.has(m.provisionId)).toBe(true);
    expect(new Set(mappings.map((m) => `${m.provisionId}|${m.requirementId}`)).size).toBe(mappings.length);
    const s3 = list.rows.find((r) => r.level === 'unit' && r.number === '3')!;
    expect(mappings.find((m) => m.provisionId === s3.id && m.requirementId === 'tip-protocol:3(a)')?.state).toBe(
      'proposed',
    );
  });

  it('follows the review: accepted shows as accepted, rejected is left out', async () => {
    const list = await ok<ResponseOf<'act:provisions'>>(dispatch(h(), 'act:provisions', { versionId }));
    const byId = new Map(list.rows.map((r) => [r.id, r]));
    // The outermost unit or schedule above a provision (or the provision itself).
    const unitOf = (id: number) => {
      let unit = id;
      for (let r = byId.get(id); r; r = r.parentId === null ? undefined : byId.get(r.parentId))
        if (r.level === 'unit' || r.level === 'schedule') unit = r.id;
      return unit;
    };
    const d = await ok<ReviewDetail>(dispatch(h(), 'review:get', { requirementId: 'tip-protocol:3(a)' }));
    const [first, second] = d.mappings;
    expect(unitOf(first!.provisionId!)).not.toBe(unitOf(second!.provisionId!));
    await ok(dispatch(h(), 'review:set-mapping', { mappingId: first!.id, state: 'accepted' }));
    await ok(dispatch(h(), 'review:set-mapping', { mappingId: second!.id, state: 'rejected' }));
    const mine = (await mappingsOf()).filter((m) => m.requirementId === 'tip-protocol:3(a)');
    expect(mine.find((m) => m.provisionId === unitOf(first!.provisionId!))?.state).toBe('accepted');
    const sameUnit = d.mappings.filter(
      (m) => m.id !== second!.id && unitOf(m.provisionId!) === unitOf(second!.provisionId!),
    );
    expect(mine.some((m) => m.provisionId === unitOf(second!.provisionId!))).toBe(sameUnit.length > 0);
    expect(mine).toHaveLength(
      new Set(d.mappings.filter((m) => m.id !== second!.id).map((m) => unitOf(m.provisionId!))).size,
    );
  });
});
