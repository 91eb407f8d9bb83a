import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api/dispatch';
import { createHandlers } from '../../electron/main/app/handlers';
import type { BrowserHost } from '../../electron/main/host/browser-host';
import { hostIn } from '../helpers/host';
import { explainReason } from '../../shared/analysis/explain';
import { tempDir } from '../helpers/temp';

/* Country terms added to an assessment, stored in its file, change what the analysis finds. */

const dir = tempDir();
let host: BrowserHost;
const h = () => createHandlers(host.context);
const db = () => host.context.current!.db;

const LAW = `PREVENTION OF TRAFFICKING ACT

Section 1. Short title
This Act may be cited as the Prevention of Trafficking Act.

Section 2. Trafficking in persons
(1) A person who recruits, transports, harbours or receives another person by means of force or deception for the purpose of exploitation commits an offence and is liable to imprisonment for twenty years.
(2) In this section exploitation includes forced labour and peonage.
`;

const slaveryLike = () =>
  db()
    .prepare(
      "SELECT present FROM element_assessment WHERE requirement_id = 'tip-protocol:3(a)' AND element_id = 'purpose.slavery_like'",
    )
    .get() as { present: number } | undefined;

async function ok<T>(p: Promise<{ ok: boolean; data?: unknown; error?: unknown }>): Promise<T> {
  const r = await p;
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return (r as { data: T }).data;
}

beforeAll(async () => {
  host = await hostIn(dir.path, 'analyst');
  await ok(
    dispatch(h(), 'assessment:create', { country: 'X', title: 'Terms', assessor: 'A', instruments: ['tip-protocol'] }),
  );
  const path = join(dir.path, 'law.txt');
  writeFileSync(path, LAW);
  await ok(dispatch(h(), 'act:import', { jobId: 'j', source: { kind: 'path', path } }));
});
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

describe('country terms of an assessment', () => {
  it('a term added to a concept changes an element result at the next run', async () => {
    await ok(dispatch(h(), 'analysis:run', {}));
    expect(slaveryLike()?.present).toBe(0);
    const added = await ok<{ terms: { concept: string; pattern: string }[]; concepts: string[] }>(
      dispatch(h(), 'terms:add', { concept: 'debt_bondage', language: 'en', pattern: 'peonage' }),
    );
    expect(added.terms).toMatchObject([{ concept: 'debt_bondage', pattern: 'peonage' }]);
    expect(added.concepts).toContain('debt_bondage');
    await ok(dispatch(h(), 'analysis:run', {}));
    expect(slaveryLike()?.present).toBe(1);
  });

  it('stores the reason code and parameters beside the English reason', () => {
    const row = db()
      .prepare(
        "SELECT proposed_reason AS reason, proposed_reason_code AS code, proposed_reason_params AS params FROM requirement_assessment WHERE requirement_id = 'tip-protocol:3(a)'",
      )
      .get() as { reason: string; code: string; params: string };
    expect(row.code).toBeTruthy();
    const params = JSON.parse(row.params) as Record<string, string>;
    expect(explainReason({ reasonCode: row.code, reasonParams: params }, 'en')).toBe(row.reason);
    expect(explainReason({ reasonCode: row.code, reasonParams: params }, 'fr')).not.toBe(row.reason);
  });

  it('refuses a bad term with a message saying what is wrong, and keeps the terms there were', async () => {
    const refused = async (req: Record<string, unknown>) => {
      const r = await dispatch(h(), 'terms:add', req as never);
      expect(r.ok).toBe(false);
      return (r as { error: { message: string } }).error.message;
    };
    expect(await refused({ concept: 'no_such', language: 'en', pattern: 'x' })).toMatch(/Unknown concept "no_such"/);
    expect(await refused({ concept: 'debt_bondage', language: 'en', pattern: '   ' })).toMatch(/empty/);
    expect(await refused({ concept: 'debt_bondage', language: 'en', pattern: 'peonage' })).toMatch(/already a term/);
    expect(await refused({ concept: 'debt_bondage', language: 'en', pattern: '(peon' })).toMatch(/cannot be read/);
    const list = await ok<{ terms: unknown[] }>(dispatch(h(), 'terms:list', {}));
    expect(list.terms).toHaveLength(1);
  });

  it('removing the term takes it out of the next run', async () => {
    const list = await ok<{ terms: { id: number }[] }>(dispatch(h(), 'terms:list', {}));
    await ok(dispatch(h(), 'terms:remove', { id: list.terms[0]!.id }));
    await ok(dispatch(h(), 'analysis:run', {}));
    expect(slaveryLike()?.present).toBe(0);
    expect((await dispatch(h(), 'terms:remove', { id: 999 })).ok).toBe(false);
  });
});
