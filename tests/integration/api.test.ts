import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNELS, contract } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { createHandlers } from '../../electron/main/app/handlers';
import type { BrowserHost } from '../../electron/main/host/browser-host';
import { hostIn } from '../helpers/host';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
let host: BrowserHost;
beforeAll(async () => {
  host = await hostIn(dir.path, 'tester');
});
afterAll(async () => {
  await host.stop();
  dir.cleanup();
});

const handlers = () => createHandlers(host.context);
const newAssessment = {
  country: 'Chile',
  title: 'Ley 20.507',
  assessor: 'Evaluadora',
  instruments: ['tip-protocol', 'som-protocol'],
};

/** Payloads no channel accepts: wrong type, unknown keys, wrong field types. */
const MALFORMED: unknown[] = [
  'a string',
  42,
  [1, 2],
  { unexpectedField: true },
  { path: 12, id: 3, query: {}, requirementId: [] },
];

describe('the API contract', () => {
  it('has the same channel names in the contract and in the preload allow-list', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  for (const channel of CHANNELS) {
    it(`${channel} rejects malformed payloads with a typed error`, async () => {
      for (const payload of MALFORMED) {
        const r = await dispatch(handlers(), channel, payload);
        expect(r.ok, `${channel} accepted ${JSON.stringify(payload)}`).toBe(false);
        if (!r.ok) {
          expect(r.error.code).toBe('invalid-request');
          expect(r.error.message).toContain(channel);
        }
      }
    });
  }

  it('answers an unknown channel with a typed error', async () => {
    const r = await dispatch(handlers(), 'fs:read-file', { path: '/etc/passwd' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: expect.stringContaining('fs:read-file') },
    });
  });

  it('turns a handler crash into an internal error instead of throwing', async () => {
    const broken = {
      ...handlers(),
      'app:info': () => {
        throw new Error('boom');
      },
    };
    const seen: unknown[] = [];
    const r = await dispatch(broken, 'app:info', {}, (e) => seen.push(e));
    expect(r).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('boom') } });
    expect(seen).toHaveLength(1);
  });

  it('rejects an assessment with missing fields or unknown instruments', async () => {
    const h = handlers();
    const blank = await dispatch(h, 'assessment:create', { ...newAssessment, country: '   ' });
    expect(blank).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('country') },
    });
    const unknown = await dispatch(h, 'assessment:create', { ...newAssessment, instruments: ['echr'] });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringContaining('echr') },
    });
  });
});

describe('assessment file commands', () => {
  it('creates, saves as, closes and reopens an assessment, remembering recent files', async () => {
    const h = handlers();
    const created = await dispatch(h, 'assessment:create', newAssessment);
    expect(created.ok).toBe(true);
    const s = (created as { data: { path: string; instruments: string[]; fileName: string } }).data;
    expect(s.fileName).toBe('Chile - Ley 20.507.lexgap');
    expect(s.instruments).toEqual(['tip-protocol', 'som-protocol']);
    expect((s as unknown as { obligations: unknown }).obligations).toBeNull();
    expect(existsSync(s.path)).toBe(true);

    const again = await dispatch(h, 'assessment:create', newAssessment);
    expect(again).toMatchObject({ ok: false, error: { code: 'file-exists' } });

    const copyPath = join(dir.path, 'work', 'copy.lexgap');
    const saved = await dispatch(h, 'assessment:save-as', { path: copyPath });
    expect(saved).toMatchObject({ ok: true, data: { path: copyPath, title: 'Ley 20.507' } });
    expect(await dispatch(h, 'assessment:current', {})).toMatchObject({ ok: true, data: { path: copyPath } });

    expect(await dispatch(h, 'assessment:close', {})).toEqual({ ok: true, data: null });
    expect(await dispatch(h, 'assessment:current', {})).toEqual({ ok: true, data: null });
    expect(await dispatch(h, 'assessment:save-as', {})).toMatchObject({ ok: false, error: { code: 'no-assessment' } });

    const reopened = await dispatch(h, 'assessment:open', { path: s.path });
    expect(reopened).toMatchObject({ ok: true, data: { country: 'Chile', assessor: 'Evaluadora' } });
    const recent = await dispatch(h, 'assessment:recent', {});
    expect((recent as { data: { path: string }[] }).data.map((r) => r.path).slice(0, 2)).toEqual([s.path, copyPath]);
  });

  it('refuses to open a file that is not an assessment, keeping the current one', async () => {
    const h = handlers();
    const before = await dispatch(h, 'assessment:current', {});
    const bogus = join(dir.path, 'bogus.lexgap');
    writeFileSync(bogus, 'not a database');
    const r = await dispatch(h, 'assessment:open', { path: bogus });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'file-refused', message: expect.stringContaining('not a LexGap assessment') },
    });
    expect(await dispatch(h, 'assessment:current', {})).toEqual(before);
  });

  it('returns null when the user cancels the open dialog', async () => {
    expect(await dispatch(handlers(), 'assessment:open', {})).toEqual({ ok: true, data: null });
  });
});

describe('the loopback host', () => {
  const post = (path: string, init: RequestInit = {}) =>
    fetch(`${host.host.origin}${path}`, {
      method: 'POST',
      body: '{}',
      ...init,
      headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) },
    });

  it('listens on 127.0.0.1 only and answers the same handlers with its token', async () => {
    expect(host.host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const r = await post('/api/library:list-instruments', { headers: { 'X-LexGap-Token': host.host.token } });
    const body = (await r.json()) as { ok: boolean; data: { id: string }[] };
    expect(body.ok).toBe(true);
    expect(body.data.map((i) => i.id)).toContain('tip-protocol');
  });

  it('refuses calls without the token, from another origin, or for another host name', async () => {
    expect((await post('/api/app:info')).status).toBe(401);
    expect((await post('/api/app:info', { headers: { 'X-LexGap-Token': 'guess' } })).status).toBe(401);
    expect(
      (await post('/api/app:info', { headers: { 'X-LexGap-Token': host.host.token, Origin: 'http://evil.example' } }))
        .status,
    ).toBe(403);
    const port = new URL(host.host.origin).port;
    const rebound = await fetch(`http://localhost:${port}/api/app:info`, {
      method: 'POST',
      body: '{}',
      headers: { 'X-LexGap-Token': host.host.token },
    });
    expect(rebound.status).toBe(421);
  });

  it('answers malformed JSON with a typed error', async () => {
    const r = await post('/api/library:search', { body: '{not json', headers: { 'X-LexGap-Token': host.host.token } });
    expect(await r.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('does not serve files outside the renderer folder', async () => {
    const r = await fetch(`${host.host.origin}/..%2f..%2fpackage.json`);
    expect([403, 404]).toContain(r.status);
  });
});
