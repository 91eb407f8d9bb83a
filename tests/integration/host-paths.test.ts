import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join, resolve } from 'node:path';
import { startBrowserHost, type BrowserHost } from '../../electron/main/host/browser-host';
import type { Envelope } from '../../shared/api/errors';
import { withoutPaths } from '../../shared/api/errors';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
const work = join(dir.path, 'work');
const outside = join(dir.path, 'outside');
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');
let host: BrowserHost;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

interface Answer {
  status: number;
  body: string;
  reusedSocket: boolean;
}

/** One HTTP request to the host over a kept-alive connection. */
function send(method: string, path: string, body?: Buffer | string, headers: Record<string, string> = {}) {
  return new Promise<Answer>((done, fail) => {
    const req = request(
      `${host.host.origin}${path}`,
      {
        method,
        agent,
        headers: {
          'X-LexGap-Token': host.host.token,
          'Content-Type': 'application/json',
          ...(body !== undefined ? { 'Content-Length': String(Buffer.byteLength(body)) } : {}),
          ...headers,
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: text, reusedSocket: req.reusedSocket }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

async function api(channel: string, payload: unknown): Promise<Envelope<unknown>> {
  const r = await send('POST', `/api/${encodeURIComponent(channel)}`, JSON.stringify(payload));
  expect(r.status).toBe(200);
  return JSON.parse(r.body) as Envelope<unknown>;
}

async function upload(name: string, bytes: Buffer): Promise<{ status: number; path?: string; body: string }> {
  const r = await send('POST', '/api/upload', bytes, {
    'Content-Type': 'application/octet-stream',
    'X-LexGap-File-Name': encodeURIComponent(name),
  });
  const parsed = JSON.parse(r.body) as Envelope<{ path: string }>;
  return { status: r.status, body: r.body, ...(parsed.ok ? { path: parsed.data.path } : {}) };
}

const refusedOutside = (r: Envelope<unknown>) => {
  expect(r).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  if (!r.ok) {
    expect(r.error.message).toMatch(/only files in the work folder/);
    expect(r.error.message).not.toContain(dir.path);
  }
};

beforeAll(async () => {
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(outside, 'secret.txt'), 'Section 1. A secret law.\nSection 2. More of it.');
  writeFileSync(join(outside, 'settings.json'), '{"keep":true}');
  host = await startBrowserHost({ dataDir: join(dir.path, 'data'), workDir: work, rendererDir: join(dir.path, 'r') });
  const created = await api('assessment:create', {
    country: 'Kenya',
    title: 'Paths',
    assessor: 'A',
    instruments: ['tip-protocol'],
  });
  expect(created.ok).toBe(true);
  copyFileSync(KENYA, join(work, 'kenya.txt'));
  expect(await api('act:import', { jobId: 'k', source: { kind: 'path', path: 'kenya.txt' } })).toMatchObject({
    ok: true,
  });
  expect(await api('analysis:run', {})).toMatchObject({ ok: true });
}, 120_000);
afterAll(async () => {
  agent.destroy();
  await host.stop();
  dir.cleanup();
});

describe('paths stay in the work folder behind the host', () => {
  it('creates, saves as and exports only inside the work folder, and never through a link', async () => {
    const before = readdirSync(outside).sort();
    refusedOutside(
      await api('assessment:create', {
        country: 'X',
        title: 'Y',
        assessor: 'Z',
        instruments: ['tip-protocol'],
        path: join(outside, 'new.lexgap'),
      }),
    );
    refusedOutside(
      await api('assessment:create', {
        country: 'X',
        title: 'Y',
        assessor: 'Z',
        instruments: ['tip-protocol'],
        path: '../outside/new.lexgap',
      }),
    );
    refusedOutside(await api('assessment:save-as', { path: join(outside, 'copy.lexgap') }));
    refusedOutside(await api('assessment:save-as', { path: '../../copy.lexgap' }));
    refusedOutside(await api('report:export', { jobId: 'e1', kind: 'json', path: join(outside, 'settings.json') }));
    refusedOutside(await api('report:export', { jobId: 'e2', kind: 'json', path: '../outside/settings' }));
    symlinkSync(join(outside, 'settings.json'), join(work, 'linked.json'));
    refusedOutside(await api('report:export', { jobId: 'e3', kind: 'json', path: 'linked.json' }));
    symlinkSync(outside, join(work, 'elsewhere'));
    refusedOutside(await api('report:export', { jobId: 'e4', kind: 'json', path: 'elsewhere/out.json' }));
    expect(readdirSync(outside).sort()).toEqual(before);
    expect(readFileSync(join(outside, 'settings.json'), 'utf8')).toBe('{"keep":true}');

    // A name with folders in it stays a name: the file lands in the work folder.
    const exported = await api('report:export', { jobId: 'e5', kind: 'csv', fileName: '../../outside/x' });
    expect(exported).toMatchObject({ ok: true, data: { path: join(work, 'x.csv') } });
    const relative = await api('assessment:save-as', { path: 'sub-copy' });
    expect(relative).toMatchObject({ ok: true, data: { path: join(work, 'sub-copy.lexgap') } });
  });

  it('opens and imports only files in the work folder or uploaded', async () => {
    refusedOutside(
      await api('act:import', { jobId: 'i1', source: { kind: 'path', path: join(outside, 'secret.txt') } }),
    );
    refusedOutside(await api('act:import', { jobId: 'i2', source: { kind: 'path', path: '../outside/secret.txt' } }));
    symlinkSync(join(outside, 'secret.txt'), join(work, 'secret-link.txt'));
    refusedOutside(await api('act:import', { jobId: 'i3', source: { kind: 'path', path: 'secret-link.txt' } }));
    refusedOutside(await api('assessment:open', { path: join(outside, 'settings.json') }));
    refusedOutside(
      await api('library:import-instrument', {
        jobId: 'i4',
        id: 'secret',
        title: 'Secret',
        source: { kind: 'path', path: join(outside, 'secret.txt') },
      }),
    );
    const acts = (await api('act:list', {})) as { ok: true; data: unknown[] };
    expect(acts.data).toHaveLength(1);
  });
});

describe('the host reads requests carefully', () => {
  it('answers a malformed %-escape with 400, not 500', async () => {
    expect((await send('GET', '/%E0%A4%A')).status).toBe(400);
    expect((await send('POST', '/api/app%ZZinfo', '{}')).status).toBe(400);
    // The connection still serves the next request.
    const next = await send('POST', '/api/app%3Ainfo', '{}');
    expect(next.status).toBe(200);
    expect(JSON.parse(next.body)).toMatchObject({ ok: true });
  });

  it('refuses a body over the limit with 413 and serves the next request on the same connection', async () => {
    const big = JSON.stringify({ query: 'x'.repeat(9 * 1024 * 1024) });
    const r = await send('POST', '/api/library%3Asearch', big);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const next = await send('POST', '/api/app%3Ainfo', '{}');
    expect(next.status).toBe(200);
    expect(next.reusedSocket).toBe(true);
  });

  it(
    'streams an upload beyond the request limit to a file and imports it, then removes it',
    { timeout: 120_000 },
    async () => {
      // Over the 8 MB request limit: streamed to a file byte for byte.
      const bytes = Buffer.alloc(9 * 1024 * 1024);
      for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
      const big = await upload('big.pdf', bytes);
      expect(big.status).toBe(200);
      expect(readFileSync(big.path!).equals(bytes)).toBe(true);
      // An uploaded law is imported by the path the upload answered, under its own (cleaned) name.
      const up = await upload('../../Kenya act.txt', readFileSync(KENYA));
      expect(up.status).toBe(200);
      expect(up.path).toMatch(/Kenya act\.txt$/);
      expect(up.path!.startsWith(work)).toBe(false);
      const imported = await api('act:import', { jobId: 'up', source: { kind: 'path', path: up.path } });
      expect(imported).toMatchObject({ ok: true });
      expect(existsSync(up.path!)).toBe(false);
      const acts = (await api('act:list', {})) as { ok: true; data: { versions: { sourceFile: string | null }[] }[] };
      expect(acts.data.at(-1)!.versions[0]!.sourceFile).toBe('Kenya act.txt');
    },
  );

  it('refuses an upload over 280 MB before reading it', async () => {
    const r = await new Promise<number>((done, fail) => {
      const req = request(
        `${host.host.origin}/api/upload`,
        {
          method: 'POST',
          headers: {
            'X-LexGap-Token': host.host.token,
            'Content-Type': 'application/octet-stream',
            'Content-Length': String(281 * 1024 * 1024),
          },
        },
        (res) => {
          res.resume();
          done(res.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      req.write(Buffer.alloc(1024));
    });
    expect(r).toBe(413);
  });

  it('shows no folder of this machine in an error message', async () => {
    const missing = await api('act:import', { jobId: 'm', source: { kind: 'path', path: 'missing.pdf' } });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(JSON.stringify(missing.error)).not.toContain(dir.path);
    const bad = await api('assessment:open', { path: 'missing.lexgap' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(JSON.stringify(bad.error)).not.toContain(dir.path);
  });

  it('shortens absolute paths in messages to their last part', () => {
    expect(withoutPaths("ENOENT: no such file or directory, open '/home/ana/Laws/act.pdf'")).toBe(
      "ENOENT: no such file or directory, open 'act.pdf'",
    );
    expect(withoutPaths('cannot read C:\\Users\\ana\\act.docx now')).toBe('cannot read act.docx now');
    expect(withoutPaths('file:///tmp/x/y.txt failed')).toBe('y.txt failed');
    // Not paths: fractions, dates, "and/or", article references.
    for (const text of ['1/2 of them', '2026/01/01', 'and/or', 'art. 5(1)/(2)', 'TIP 3(a)'])
      expect(withoutPaths(text)).toBe(text);
  });
});
