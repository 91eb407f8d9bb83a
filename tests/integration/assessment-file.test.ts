import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  APPLICATION_ID,
  closeAssessmentFile,
  createAssessmentFile,
  openAssessmentFile,
} from '../../electron/main/db/assessment-file';
import { LATEST_SCHEMA, MIGRATIONS } from '../../electron/main/db/migrations';
import { initAssessment, readAssessmentSummary } from '../../electron/main/db/assessment-repo';
import { openDatabase } from '../../electron/main/db/sqlite';
import { AppError } from '../../shared/api/errors';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
afterAll(dir.cleanup);
let n = 0;
const fresh = (name = 'a') => join(dir.path, `${name}-${n++}.lexgap`);
const digest = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
const input = {
  country: 'Kenya',
  title: 'Gap analysis',
  assessor: 'A. Adviser',
  instruments: ['tip-protocol', 'untoc'],
};

async function expectRefused(path: string, pattern: RegExp) {
  const before = digest(path);
  const error = await openAssessmentFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('file-refused');
  expect((error as AppError).message).toMatch(pattern);
  expect(digest(path)).toBe(before);
  expect(existsSync(`${path}-wal`)).toBe(false);
}

describe('assessment files', () => {
  it('creates a file at the latest schema with WAL, foreign keys and the application id', async () => {
    const path = fresh();
    const db = createAssessmentFile(path);
    initAssessment(db, input, 'tester');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    closeAssessmentFile(db);
    const opened = await openAssessmentFile(path);
    const s = readAssessmentSummary(opened.db, path);
    expect(s).toMatchObject({
      country: 'Kenya',
      title: 'Gap analysis',
      instruments: ['tip-protocol', 'untoc'],
      schemaVersion: LATEST_SCHEMA,
    });
    expect(opened.upgradedFrom).toBeNull();
    const audit = opened.db.prepare('SELECT actor, action, entity FROM audit_log').all();
    expect(audit).toEqual([{ actor: 'tester', action: 'create', entity: 'assessment' }]);
    closeAssessmentFile(opened.db);
  });

  it('records every migration in the file', () => {
    const path = fresh();
    const db = createAssessmentFile(path);
    const keys = (
      db.prepare("SELECT key FROM meta WHERE key LIKE 'migration.%' ORDER BY key").all() as { key: string }[]
    ).map((r) => r.key);
    expect(keys).toEqual(MIGRATIONS.map((m) => `migration.${String(m.version).padStart(4, '0')}`));
    closeAssessmentFile(db);
  });

  it('refuses to create over an existing file', () => {
    const path = fresh();
    writeFileSync(path, 'keep me');
    expect(() => createAssessmentFile(path)).toThrow(/already exists/);
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  for (const m of MIGRATIONS.slice(0, -1)) {
    it(`upgrades a file written at schema ${m.version}, keeping its data and a backup`, async () => {
      const path = fresh(`v${m.version}`);
      const old = createAssessmentFile(path, m.version);
      initAssessment(old, input, 'tester');
      expect(old.pragma('user_version', { simple: true })).toBe(m.version);
      closeAssessmentFile(old);
      const opened = await openAssessmentFile(path);
      expect(opened.upgradedFrom).toBe(m.version);
      expect(opened.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA);
      expect(readAssessmentSummary(opened.db, path).title).toBe('Gap analysis');
      expect(opened.backupPath).toBe(`${path}.v${m.version}.bak`);
      const backup = openDatabase(opened.backupPath!, { readonly: true, fileMustExist: true });
      expect(backup.pragma('user_version', { simple: true })).toBe(m.version);
      expect(readAssessmentSummary(backup, opened.backupPath!).title).toBe('Gap analysis');
      backup.close();
      // The upgraded file has every table of the latest schema.
      const tables = (
        opened.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
      ).map((r) => r.name);
      expect(tables).toEqual(expect.arrayContaining(['assessment', 'act', 'act_version', 'audit_log', 'provision']));
      closeAssessmentFile(opened.db);
    });
  }

  it('refuses a file from a newer version of the app and leaves it untouched', async () => {
    const path = fresh('newer');
    const db = createAssessmentFile(path);
    initAssessment(db, input, 'tester');
    db.pragma(`user_version = ${LATEST_SCHEMA + 1}`);
    closeAssessmentFile(db);
    await expectRefused(path, /newer version of LexGap/);
  });

  it('refuses a corrupted file and leaves it untouched', async () => {
    const good = fresh('good');
    const db = createAssessmentFile(good);
    initAssessment(db, input, 'tester');
    closeAssessmentFile(db);
    const bytes = readFileSync(good);
    const corrupt = fresh('corrupt');
    // Keep the header, scramble the rest: the file still claims to be SQLite.
    const scrambled = Buffer.from(bytes);
    for (let i = 100; i < scrambled.length; i += 7) scrambled[i] = (scrambled[i]! * 31 + 17) & 0xff;
    writeFileSync(corrupt, scrambled);
    await expectRefused(corrupt, /damaged|not a LexGap/);
    const truncated = fresh('truncated');
    writeFileSync(truncated, bytes.subarray(0, 1500));
    await expectRefused(truncated, /damaged|truncated|not a LexGap/);
  });

  it('refuses a SQLite database that is not an assessment, and a file that is not a database', async () => {
    const other = fresh('other');
    const db = openDatabase(other);
    db.exec("CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('x')");
    db.close();
    await expectRefused(other, /not a LexGap assessment/);
    const text = fresh('text');
    writeFileSync(text, 'This is a Word document, honestly.');
    await expectRefused(text, /not a LexGap assessment/);
    const copy = fresh('copy');
    copyFileSync(other, copy);
    await expectRefused(copy, /not a LexGap assessment/);
  });

  it('reports a missing file as not found', async () => {
    await expect(openAssessmentFile(join(dir.path, 'nope.lexgap'))).rejects.toMatchObject({ code: 'not-found' });
  });
});
