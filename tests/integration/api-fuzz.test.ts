import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { CHANNELS, contract, type Channel } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import type { Envelope } from '../../shared/api/errors';
import { createHandlers } from '../../electron/main/app/handlers';
import { startBrowserHost, type BrowserHost } from '../../electron/main/host/browser-host';
import { ok } from '../helpers/api';
import { tempDir } from '../helpers/temp';

/*
 * Random payloads for every API channel, through the dispatcher and the loopback host: whatever
 * arrives, the answer is a result or a typed error the user can read — never an internal error,
 * never a stack trace, never a folder of this machine. Fixed seed, bounded count: the same cases
 * on every run.
 */
const SEED = 15_2026;
const RUNS_PER_CHANNEL = 24;
const HTTP_RUNS = 150;

const dir = tempDir();
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');
let host: BrowserHost;
let mainPath = '';
const known = {
  requirements: [] as string[],
  provisions: [] as number[],
  mappings: [] as number[],
  versions: [] as number[],
};
const internal: string[] = [];

/** Values with a meaning somewhere in the API, mixed with noise. */
function value(key: string, depth = 0): fc.Arbitrary<unknown> {
  const noise: fc.Arbitrary<unknown>[] = [
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      '',
      '../x',
      '../../etc/passwd',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      '%E0%A4%A',
      '\u0000',
      'a'.repeat(5000),
      'tip-protocol',
      'tip-protocol:5(1)',
      'untoc:34(2)',
      'x.lexgap',
      'Section 1. A person who recruits another commits an offence.',
    ),
    fc.integer(),
    fc.constantFrom(0, -1, 1, 2, 2 ** 31, Number.MAX_SAFE_INTEGER, 0.5, NaN),
    fc.boolean(),
    fc.constant(null),
  ];
  const domain: fc.Arbitrary<unknown>[] = [];
  if (/requirement/i.test(key) && known.requirements.length) domain.push(fc.constantFrom(...known.requirements));
  if (/provision/i.test(key) && known.provisions.length) domain.push(fc.constantFrom(...known.provisions));
  if (/mapping/i.test(key) && known.mappings.length) domain.push(fc.constantFrom(...known.mappings));
  if (/version|act/i.test(key) && known.versions.length) domain.push(fc.constantFrom(...known.versions));
  if (key === 'kind')
    domain.push(fc.constantFrom('docx', 'csv', 'json', 'path', 'bytes', 'text', 'split', 'merge', 'edit'));
  if (key === 'source' && depth < 2)
    domain.push(
      fc.record(
        {
          kind: fc.constantFrom('path', 'bytes', 'text', 'other'),
          path: value('path', depth + 1),
          fileName: value('fileName', depth + 1),
          base64: fc.oneof(fc.base64String({ maxLength: 200 }), fc.string({ maxLength: 20 })),
          text: fc.oneof(fc.string({ maxLength: 200 }), fc.constant('Section 1. Offences.\nSection 2. Penalties.')),
        },
        { requiredKeys: ['kind'] },
      ),
    );
  if (/language|lang/i.test(key)) domain.push(fc.constantFrom('en', 'fr', 'es', 'auto', 'de'));
  if (key === 'state') domain.push(fc.constantFrom('accepted', 'rejected', 'proposed'));
  if (key === 'status') domain.push(fc.constantFrom('compliant', 'partial', 'gap', 'not_applicable', 'in-force'));
  if (key === 'instruments') domain.push(fc.array(fc.constantFrom('tip-protocol', 'untoc', 'nope'), { maxLength: 3 }));
  const containers: fc.Arbitrary<unknown>[] =
    depth < 2
      ? [
          fc.array(value(key, depth + 1), { maxLength: 3 }),
          fc.dictionary(fc.string({ maxLength: 8 }), value(key, depth + 1), { maxKeys: 3 }),
        ]
      : [];
  return fc.oneof(
    { weight: 3, arbitrary: domain.length ? fc.oneof(...domain) : fc.oneof(...noise) },
    { weight: 2, arbitrary: fc.oneof(...noise) },
    ...(containers.length ? [{ weight: 1, arbitrary: fc.oneof(...containers) }] : []),
  );
}

/** The request keys a channel knows, read from its schema. */
function keysOf(channel: Channel): string[] {
  let schema: unknown = contract[channel].request;
  for (let i = 0; i < 4 && schema && !(schema instanceof z.ZodObject); i++)
    schema =
      (schema as { def?: { innerType?: unknown; in?: unknown } }).def?.innerType ??
      (schema as { def?: { in?: unknown } }).def?.in;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function payload(channel: Channel): fc.Arbitrary<unknown> {
  const keys = keysOf(channel);
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, value(k)])), { requiredKeys: [] })
    : fc.constant({});
  return fc.oneof(
    { weight: 6, arbitrary: shaped },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(shaped, fc.string({ maxLength: 10 }), value('x'))
        .map(([o, k, v]) => ({ ...(o as object), [k]: v })),
    },
  );
}

const leaks = (text: string): string[] =>
  [
    text.includes(dir.path) && 'the test folder',
    text.includes(tmpdir() + '/') && 'the temporary folder',
    text.includes(process.cwd()) && 'the project folder',
    /\n\s+at /.test(text) && 'a stack trace',
  ].filter((x): x is string => Boolean(x));

function check(channel: string, input: unknown, envelope: Envelope<unknown>): void {
  if (envelope.ok) return;
  const text = JSON.stringify(envelope.error);
  if (envelope.error.code === 'internal') internal.push(`${channel} ${JSON.stringify(input)?.slice(0, 300)} → ${text}`);
  expect(envelope.error.code, `${channel} ${JSON.stringify(input)?.slice(0, 300)} → ${text}`).not.toBe('internal');
  expect(leaks(text), `${channel} → ${text}`).toEqual([]);
}

async function ensureOpen() {
  const h = createHandlers(host.context);
  if (!host.context.current || host.context.current.path !== mainPath)
    await ok(dispatch(h, 'assessment:open', { path: mainPath }));
}

beforeAll(async () => {
  host = await startBrowserHost({
    dataDir: join(dir.path, 'data'),
    workDir: join(dir.path, 'work'),
    rendererDir: join(dir.path, 'r'),
  });
  const h = createHandlers(host.context);
  const s = await ok<{ path: string }>(
    dispatch(h, 'assessment:create', { country: 'Kenya', title: 'Fuzz', assessor: 'F', instruments: ['tip-protocol'] }),
  );
  mainPath = s.path;
  copyFileSync(KENYA, join(dir.path, 'work', 'kenya.txt'));
  const imported = await ok<{ versionId: number }>(
    dispatch(h, 'act:import', { jobId: 'k', source: { kind: 'path', path: 'kenya.txt' } }),
  );
  known.versions.push(imported.versionId);
  await ok(dispatch(h, 'analysis:run', {}));
  const rows = await ok<{ id: string }[]>(dispatch(h, 'review:list', {}));
  known.requirements.push(...rows.slice(0, 10).map((r) => r.id), 'tip-protocol:99', 'nope:1');
  const provisions = await ok<{ rows: { id: number }[] }>(
    dispatch(h, 'act:provisions', { versionId: imported.versionId }),
  );
  known.provisions.push(...provisions.rows.slice(0, 10).map((r) => r.id), 999_999);
  const detail = await ok<{ mappings: { id: number }[] }>(
    dispatch(h, 'review:get', { requirementId: 'tip-protocol:5(1)' }),
  );
  known.mappings.push(...detail.mappings.map((m) => m.id), 999_999);
}, 120_000);
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

describe('random payloads for every API channel', () => {
  let cases = 0;

  for (const channel of CHANNELS) {
    it(`${channel}: no internal error, no leak`, async () => {
      await ensureOpen();
      const h = createHandlers(host.context);
      let here = 0;
      await fc.assert(
        fc.asyncProperty(payload(channel), async (input) => {
          here++;
          check(channel, input, await dispatch(h, channel, input));
        }),
        { seed: SEED, numRuns: RUNS_PER_CHANNEL, endOnFailure: true },
      );
      expect(here).toBe(RUNS_PER_CHANNEL);
      cases += here;
    }, 120_000);
  }

  it('through the host: random channels, bodies and addresses answer without an internal error or a leak', async () => {
    await ensureOpen();
    const post = async (path: string, body: string) => {
      const res = await fetch(`${host.host.origin}${path}`, {
        method: 'POST',
        headers: { 'X-LexGap-Token': host.host.token, 'Content-Type': 'application/json' },
        body,
      });
      return { status: res.status, text: await res.text() };
    };
    let here = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...CHANNELS),
          fc.string({ maxLength: 20 }),
          fc.constantFrom('%', '%E0%A4', '..%2F..%2Fetc', 'app:info/x'),
        ),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
          fc.string({ maxLength: 200 }),
          fc.constantFrom('', '{', '{"path":"../../x"}', 'null', '[]', '{"query":"\\ud800"}'),
        ),
        async (channel, body) => {
          here++;
          const path = `/api/${channel.includes('%') ? channel : encodeURIComponent(channel)}`;
          const r = await post(path, body);
          expect(r.status, `${path} ${body.slice(0, 100)}`).not.toBe(500);
          // Answers carry the user's own file paths as data; errors never carry any.
          if (r.status !== 200) expect(leaks(r.text), r.text).toEqual([]);
          else {
            const envelope = JSON.parse(r.text) as Envelope<unknown>;
            check(channel, body, envelope);
          }
        },
      ),
      { seed: SEED, numRuns: HTTP_RUNS, endOnFailure: true },
    );
    expect(here).toBe(HTTP_RUNS);
    cases += here;
  }, 300_000);

  afterAll(() => console.log(`API fuzz: ${cases} cases (seed ${SEED}), ${internal.length} internal errors`));
});
