import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createAppContext, disposeAppContext, type AppContext } from '../../electron/main/app/context';
import { createHandlers } from '../../electron/main/app/handlers';
import { closeAssessmentFile, openAssessmentFile } from '../../electron/main/db/assessment-file';
import { acquireLock, lockPathOf } from '../../electron/main/db/file-lock';
import { LATEST_SCHEMA } from '../../electron/main/db/migrations';
import { openDatabase } from '../../electron/main/db/sqlite';
import { main } from '../../electron/main/cli/index';
import { dispatch } from '../../shared/api/dispatch';
import { AppError } from '../../shared/api/errors';
import { ok } from '../helpers/api';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
const KENYA = resolve('tests/fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt');
const CHILD = resolve('tests/helpers/writer-child.ts');
const file = join(dir.path, 'shared.lexgap');
let requirements: string[] = [];

function context(name: string): AppContext {
  return createAppContext({
    dataDir: join(dir.path, `data-${name}`),
    platform: {
      host: 'browser',
      appVersion: 'test',
      userName: name,
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
      chooseImportPath: async () => null,
      documentsDir: dir.path,
    },
  });
}

interface ChildLine {
  opened?: boolean;
  finished?: boolean;
  readOnly?: boolean;
  ack?: number;
  refused?: number;
  code?: string;
  message?: string;
}

/** Start a writer process; resolves its lines when it ends, and announces when it has opened the file. */
function child(args: string[]): {
  opened: Promise<void>;
  finished: Promise<void>;
  done: Promise<{ code: number | null; lines: ChildLine[] }>;
} {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: ChildLine[] = [];
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let markOpened: () => void = () => {};
  const opened = new Promise<void>((r) => (markOpened = r));
  let markFinished: () => void = () => {};
  const finished = new Promise<void>((r) => (markFinished = r));
  createInterface({ input: proc.stdout }).on('line', (line) => {
    const parsed = JSON.parse(line) as ChildLine;
    lines.push(parsed);
    if (parsed.opened) markOpened();
    if (parsed.finished) markFinished();
  });
  const done = new Promise<{ code: number | null; lines: ChildLine[] }>((resolveDone) =>
    proc.on('close', (code) => {
      if (code !== 0) console.error(stderr);
      markOpened();
      markFinished();
      resolveDone({ code, lines });
    }),
  );
  return { opened, finished, done };
}

const findingsBy = (actor: string) => {
  const db = openDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return (
      db
        .prepare(`SELECT detail FROM audit_log WHERE action = 'assessment-update' AND actor = ? ORDER BY id`)
        .all(actor) as { detail: string }[]
    ).map((r) => (JSON.parse(r.detail) as { change: { finding: string } }).change.finding);
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  const ctx = context('setup');
  const h = createHandlers(ctx);
  await ok(
    dispatch(h, 'assessment:create', {
      country: 'Kenya',
      title: 'Two windows',
      assessor: 'A',
      instruments: ['tip-protocol'],
      path: file,
    }),
  );
  await ok(dispatch(h, 'act:import', { jobId: 'k', source: { kind: 'path', path: KENYA } }));
  await ok(dispatch(h, 'analysis:run', {}));
  const rows = await ok<{ id: string }[]>(dispatch(h, 'review:list', {}));
  requirements = rows.slice(0, 25).map((r) => r.id);
  expect(requirements).toHaveLength(25);
  disposeAppContext(ctx);
}, 120_000);
afterAll(dir.cleanup);

describe('one writer per assessment file', () => {
  it('two processes on one file: the first writes everything, the second is told it has the file read-only', async () => {
    const count = 60;
    const signals = join(dir.path, 'signals');
    mkdirSync(signals);
    const first = child(['api', file, join(dir.path, 'data-a'), signals, 'first', String(count), ...requirements]);
    await first.opened;
    const second = child(['api', file, join(dir.path, 'data-b'), signals, 'second', String(count), ...requirements]);
    await second.opened;
    // Both write at once; the first keeps the file open until the second has finished.
    writeFileSync(join(signals, 'start'), '');
    await second.finished;
    writeFileSync(join(signals, 'release'), '');
    const [a, b] = await Promise.all([first.done, second.done]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.lines[0]).toEqual({ opened: true, readOnly: false });
    expect(b.lines[0]).toEqual({ opened: true, readOnly: true });
    expect(a.lines.filter((l) => l.ack !== undefined)).toHaveLength(count);
    expect(a.lines.filter((l) => l.refused !== undefined)).toEqual([]);
    const refused = b.lines.filter((l) => l.refused !== undefined);
    expect(refused).toHaveLength(count);
    expect(new Set(refused.map((l) => l.code))).toEqual(new Set(['read-only']));
    expect(refused[0]!.message).toMatch(/read-only: another window has it/);
    // Every acknowledged write is in the file, in order; nothing of the refused ones.
    expect(findingsBy('first')).toEqual(Array.from({ length: count }, (_, i) => `first ${i}`));
    expect(findingsBy('second')).toEqual([]);
    expect(existsSync(lockPathOf(file))).toBe(false);
  }, 120_000);

  it('two SQLite writers on one file: every read-then-write transaction waits its turn, none fails', async () => {
    const count = 80;
    const [a, b] = await Promise.all([
      child(['raw', file, 'raw-a', String(count), ...requirements]).done,
      child(['raw', file, 'raw-b', String(count), ...requirements.slice().reverse()]).done,
    ]);
    for (const r of [a, b]) {
      expect(r.code).toBe(0);
      expect(r.lines.filter((l) => l.refused !== undefined)).toEqual([]);
      expect(r.lines.filter((l) => l.ack !== undefined)).toHaveLength(count);
    }
    expect(findingsBy('raw-a')).toEqual(Array.from({ length: count }, (_, i) => `raw-a ${i}`));
    expect(findingsBy('raw-b')).toEqual(Array.from({ length: count }, (_, i) => `raw-b ${i}`));
  }, 120_000);

  it('a lock left by a process that is gone is taken over; a live one makes the file read-only', async () => {
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const deadPid = Number(gone.stdout.toString());
    const lock = (pid: number) =>
      JSON.stringify({
        app: 'LexGap',
        pid,
        host: hostname(),
        user: 'someone',
        since: '2026-01-01T00:00:00Z',
        nonce: 'x',
      });

    writeFileSync(lockPathOf(file), lock(deadPid));
    const taken = await openAssessmentFile(file, { user: 'me' });
    expect(taken.readOnly).toBe(false);
    expect(JSON.parse(readFileSync(lockPathOf(file), 'utf8'))).toMatchObject({ pid: process.pid, user: 'me' });
    closeAssessmentFile(taken.db);
    expect(existsSync(lockPathOf(file))).toBe(false);

    // The parent of this test process is alive on this machine: its lock is respected.
    writeFileSync(lockPathOf(file), lock(process.ppid));
    const ctx = context('third');
    try {
      const h = createHandlers(ctx);
      const s = await ok<{ readOnly: boolean; lockedBy: { user: string } }>(
        dispatch(h, 'assessment:open', { path: file }),
      );
      expect(s.readOnly).toBe(true);
      expect(s.lockedBy.user).toBe('someone');
      // Reading works; every kind of write is refused with its own code, and the export still runs.
      expect((await dispatch(h, 'review:get', { requirementId: requirements[0]! })).ok).toBe(true);
      for (const [channel, payload] of [
        ['review:set-assessment', { requirementId: requirements[0]!, finding: 'x' }],
        ['analysis:run', {}],
        ['act:import', { jobId: 'j', source: { kind: 'text', text: 'Section 1. Text.' } }],
      ] as const) {
        const r = await dispatch(h, channel, payload as never);
        expect(r, channel).toMatchObject({ ok: false, error: { code: 'read-only' } });
      }
    } finally {
      disposeAppContext(ctx);
    }
    // Closing a read-only file leaves the holder's lock in place.
    expect(JSON.parse(readFileSync(lockPathOf(file), 'utf8'))).toMatchObject({ pid: process.ppid });
    writeFileSync(lockPathOf(file), lock(deadPid));
  }, 60_000);

  it('a lock is created whole, with its holder written, and leaves nothing beside it', () => {
    const folder = join(dir.path, 'whole-lock');
    mkdirSync(folder);
    const target = join(folder, 'one.lexgap');
    const taken = acquireLock(target, 'first');
    if (!('lock' in taken)) throw new Error('the lock was not taken');
    try {
      expect(readdirSync(folder)).toEqual(['one.lexgap.lock']);
      expect(JSON.parse(readFileSync(lockPathOf(target), 'utf8'))).toMatchObject({ pid: process.pid, user: 'first' });
      const second = acquireLock(target, 'second');
      expect('heldBy' in second && second.heldBy.user).toBe('first');
      expect(readdirSync(folder)).toEqual(['one.lexgap.lock']);
    } finally {
      taken.lock.release();
    }
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('a newer schema still in the write-ahead log', () => {
  const digest = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

  function newerInWal(): string {
    const writer = openDatabase(file, { fileMustExist: true });
    writer.pragma('wal_autocheckpoint = 0');
    writer.pragma(`user_version = ${LATEST_SCHEMA + 1}`);
    // The file as a crash (or a copy while the newer app ran) leaves it: the header says the
    // current schema, the log holds the newer one.
    const path = join(dir.path, `newer-${Math.random().toString(36).slice(2)}.lexgap`);
    copyFileSync(file, path);
    copyFileSync(`${file}-wal`, `${path}-wal`);
    writer.pragma(`user_version = ${LATEST_SCHEMA}`);
    writer.close();
    expect(readFileSync(path).readUInt32BE(60)).toBe(LATEST_SCHEMA);
    return path;
  }

  it('is refused on open, and the file and its log keep their bytes', async () => {
    const path = newerInWal();
    const before = [digest(path), digest(`${path}-wal`)];
    const error = await openAssessmentFile(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toMatch(
      new RegExp(`newer version of LexGap \\(file schema ${LATEST_SCHEMA + 1}`),
    );
    expect([digest(path), digest(`${path}-wal`)]).toEqual(before);
    expect(existsSync(`${path}-shm`)).toBe(false);
    expect(existsSync(lockPathOf(path))).toBe(false);
  });

  it('is refused by lexgap report, and the file and its log keep their bytes', async () => {
    const path = newerInWal();
    const before = [digest(path), digest(`${path}-wal`)];
    const err: string[] = [];
    const code = await main(['report', path, '--json', join(dir.path, 'out.json')], {
      out: () => {},
      err: (t) => err.push(t),
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/newer version of LexGap/);
    expect([digest(path), digest(`${path}-wal`)]).toEqual(before);
    expect(existsSync(`${path}-shm`)).toBe(false);
    expect(existsSync(join(dir.path, 'out.json'))).toBe(false);
  });
});
