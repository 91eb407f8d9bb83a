import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  closeAssessmentFile,
  createAssessmentFile,
  migrate,
  migrationHash,
  openAssessmentFile,
} from '../../electron/main/db/assessment-file';
import { LATEST_SCHEMA, MIGRATIONS } from '../../electron/main/db/migrations';
import { initAssessment } from '../../electron/main/db/assessment-repo';
import { editProvision, undoProvisionEdit } from '../../electron/main/db/act-repo';
import type { Db } from '../../electron/main/db/sqlite';
import { AppError } from '../../shared/api/errors';
import { assignUnits } from '../../shared/domain/units';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
afterAll(dir.cleanup);
let n = 0;
const fresh = (name: string) => join(dir.path, `${name}-${n++}.lexgap`);
const input = { country: 'Atlantis', title: 'Gap analysis', assessor: 'A. Adviser', instruments: ['tip-protocol'] };

/*
 * A law stored as a schema-5 file stores it: a preamble holding a stray unit, Part I with s. 1
 * (its subsection and item) and s. 2 inserting s. 279.01 into another law, and a schedule
 * holding a numbered paragraph of its own.
 */
const ROWS: [key: string, parent: string | null, level: string, number: string, text: string][] = [
  ['pre', null, 'preamble', '', 'Whereas the Parliament resolves'],
  ['pre.u', 'pre', 'unit', '9', 'A stray heading in the recitals'],
  ['p1', null, 'part', 'I', ''],
  ['s1', 'p1', 'unit', '1', 'This Act may be cited as the Trafficking Act.'],
  ['s1.1', 's1', 'subsection', '1', 'A person who recruits another for exploitation commits an offence.'],
  ['s1.1.a', 's1.1', 'paragraph', 'a', 'by means of deception'],
  ['s2', 'p1', 'unit', '2', 'The Criminal Code is amended by adding:'],
  ['s2>279.01', 's2', 'unit', '1', 'Trafficking in persons'],
  ['sch1', null, 'schedule', '', 'Forms of exploitation'],
  ['sch1.u1', 'sch1', 'unit', '1', 'Forced labour and servitude'],
];

function storeAtSchema5(db: Db): Map<string, number> {
  const now = '2026-01-01T00:00:00.000Z';
  db.prepare(
    `INSERT INTO act(id, title, year, language, ord, created_at, created_by) VALUES (1, 'Trafficking Act', 2020, 'en', 0, ?, 't')`,
  ).run(now);
  db.prepare(
    `INSERT INTO act_version(id, act_id, ordinal, label, status, source_lines, language, imported_at, imported_by)
     VALUES (1, 1, 1, 'Version 1', 'in-force', '', 'en', ?, 't')`,
  ).run(now);
  const ids = new Map<string, number>();
  const insert = db.prepare(
    `INSERT INTO provision(version_id, key, parent_id, ord, level, number, label, heading, text, page, line)
     VALUES (1, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, ?)`,
  );
  ROWS.forEach(([key, parent, level, number, text], i) => {
    const id = insert.run(key, parent === null ? null : ids.get(parent)!, i, level, number, number, text, i);
    ids.set(key, Number(id.lastInsertRowid));
  });
  return ids;
}

const unitIdOf = (db: Db) => {
  const rows = db.prepare('SELECT key, unit_id FROM provision').all() as { key: string; unit_id: number | null }[];
  const keyOf = new Map(
    (db.prepare('SELECT id, key FROM provision').all() as { id: number; key: string }[]).map((r) => [r.id, r.key]),
  );
  return Object.fromEntries(rows.map((r) => [r.key, r.unit_id === null ? null : keyOf.get(r.unit_id)!]));
};

const matching = (db: Db, word: string) =>
  (
    db
      .prepare(
        'SELECT p.key FROM provision_search s JOIN provision p ON p.id = s.rowid WHERE provision_search MATCH ? ORDER BY p.id',
      )
      .all(`"${word}"`) as { key: string }[]
  ).map((r) => r.key);

describe('the citable unit of each provision (migration 6)', () => {
  it('is filled in for the laws of a schema-5 file, as the shared definition assigns it', async () => {
    const path = fresh('v5');
    const old = createAssessmentFile(path, 5);
    initAssessment(old, input, 't');
    storeAtSchema5(old);
    closeAssessmentFile(old);

    const opened = await openAssessmentFile(path);
    const db = opened.db;
    expect(opened.upgradedFrom).toBe(5);
    expect(unitIdOf(db)).toEqual({
      pre: null,
      'pre.u': null,
      p1: null,
      s1: 's1',
      's1.1': 's1',
      's1.1.a': 's1',
      s2: 's2',
      's2>279.01': 's2',
      sch1: 'sch1',
      'sch1.u1': 'sch1',
    });
    // The SQL backfill and the shared definition agree row for row.
    const rows = db.prepare('SELECT id, parent_id AS parentId, level, unit_id FROM provision').all() as {
      id: number;
      parentId: number | null;
      level: string;
      unit_id: number | null;
    }[];
    const assigned = assignUnits(rows);
    for (const r of rows) expect(r.unit_id).toBe(assigned.get(r.id) ?? null);

    // The search index (migration 7) holds the rows that were there before it.
    expect(matching(db, 'deception')).toEqual(['s1.1.a']);
    closeAssessmentFile(db);
  });

  it('follows corrections of the tree and their undo', async () => {
    const path = fresh('edits');
    const old = createAssessmentFile(path, 5);
    initAssessment(old, input, 't');
    const ids = storeAtSchema5(old);
    closeAssessmentFile(old);
    const { db } = await openAssessmentFile(path);

    // s. 2 merged into s. 1: its inserted unit now belongs to s. 1.
    editProvision(db, { kind: 'merge', provisionId: ids.get('s2')! }, 't');
    expect(unitIdOf(db)['s2>279.01']).toBe('s1');
    undoProvisionEdit(db, 1, 't');
    expect(unitIdOf(db)['s2>279.01']).toBe('s2');
    // Part I made a unit: it becomes the unit of everything below it.
    editProvision(db, { kind: 'update', provisionId: ids.get('p1')!, level: 'unit' }, 't');
    expect(unitIdOf(db)).toMatchObject({ p1: 'p1', s1: 'p1', 's1.1.a': 'p1', s2: 'p1' });
    // A split adds a row in the unit of the provision it was cut from.
    undoProvisionEdit(db, 1, 't');
    editProvision(db, { kind: 'split', provisionId: ids.get('s1.1')!, offset: 26 }, 't');
    expect(unitIdOf(db)['s1.1+']).toBe('s1');
    closeAssessmentFile(db);
  });
});

describe('the provision search index (migration 7)', () => {
  it('is kept current by triggers when provisions are added, changed and removed', async () => {
    const path = fresh('fts');
    const old = createAssessmentFile(path, 5);
    initAssessment(old, input, 't');
    const ids = storeAtSchema5(old);
    closeAssessmentFile(old);
    const { db } = await openAssessmentFile(path);

    // Insert: a word inside a longer one, any case and accent.
    db.prepare(
      `INSERT INTO provision(version_id, key, parent_id, ord, level, number, label, heading, text, line)
       VALUES (1, 's3', ?, 9, 'unit', '3', 'Section 3', 'Indemnización', 'Restitution to VICTIMS', 20)`,
    ).run(ids.get('p1'));
    expect(matching(db, 'victim')).toEqual(['s3']);
    expect(matching(db, 'indemnizacion')).toEqual(['s3']);

    // Update: the old words leave the index, the new ones enter it.
    db.prepare("UPDATE provision SET text = 'Compensation of survivors' WHERE key = 's3'").run();
    expect(matching(db, 'victim')).toEqual([]);
    expect(matching(db, 'survivor')).toEqual(['s3']);
    // A change of other columns leaves the index as it was.
    db.prepare("UPDATE provision SET number = '3A' WHERE key = 's3'").run();
    expect(matching(db, 'survivor')).toEqual(['s3']);

    // Delete, directly and through the cascade from a parent.
    db.prepare("DELETE FROM provision WHERE key = 's3'").run();
    expect(matching(db, 'survivor')).toEqual([]);
    expect(matching(db, 'deception')).toEqual(['s1.1.a']);
    db.prepare("DELETE FROM provision WHERE key = 's1'").run();
    expect(matching(db, 'deception')).toEqual([]);
    expect(matching(db, 'servitude')).toEqual(['sch1.u1']);
    // The index and its content table agree.
    db.prepare("INSERT INTO provision_search(provision_search) VALUES ('integrity-check')").run();
    closeAssessmentFile(db);
  });
});

/**
 * Fingerprints of the migrations as shipped. A shipped migration is never edited (files in the
 * field have run it as it was): change the schema with a new migration and add its line here.
 */
const SHIPPED: Record<number, string> = {
  1: '3dbe84f2c5a08b4b19e550a38fb25380e3986f371262796125736ba71e954512',
  2: '0a84f33f18506e71a06a33efaa7f9338cf040697e1d688c4bfd8aa86aa71a6f5',
  3: '88ca1dedb072f28770c1c444da8fb147da5309f292c204df1eab8c323c1f1eb1',
  4: 'e1a334d4ca989b4b7cd59ddc52f6035521c2d2afbeffe8e0ef285aa6770acd45',
  5: '684f035ec58cbaf7591c6dbc898b7a2e451ca66512a768a92848ef6dbaaf8128',
  6: 'a21207104b3b006db28427107d56b420c10dacf9446ee788ade647e148f7e7f9',
  7: '9a0225c383be55815dda0ed6dc1f6b580f55b09e75aa6c9d79a550d306b3d041',
  8: '15e0ae087a50ff71271333ac7d6bc5b357a642d392316c7b62449d6c824bcda2',
};

describe('shipped migrations', () => {
  it('are the ones shipped, unchanged', () => {
    expect(Object.fromEntries(MIGRATIONS.map((m) => [m.version, migrationHash(m)]))).toEqual(SHIPPED);
  });

  it('records the fingerprint of every migration it runs', () => {
    const db = createAssessmentFile(fresh('hashes'));
    const stored = db.prepare("SELECT key, value FROM meta WHERE key LIKE 'migration-sha256.%' ORDER BY key").all();
    expect(stored).toEqual(
      MIGRATIONS.map((m) => ({
        key: `migration-sha256.${String(m.version).padStart(4, '0')}`,
        value: migrationHash(m),
      })),
    );
    closeAssessmentFile(db);
  });

  it('refuses a file whose applied migration this build ships in another form, changing nothing', () => {
    const db = createAssessmentFile(fresh('altered'), 4);
    initAssessment(db, input, 't');
    const altered = MIGRATIONS.map((m) =>
      m.version === 3 ? { ...m, sql: m.sql.replace('CREATE TABLE', 'CREATE TABLE IF NOT EXISTS') } : m,
    );
    let error: unknown = null;
    try {
      migrate(db, LATEST_SCHEMA, altered);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('file-refused');
    expect((error as AppError).message).toMatch(/schema step 3 \(analysis\)/);
    // Nothing ran: the file is still at schema 4.
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA);
    closeAssessmentFile(db);
  });

  it('records the fingerprints of a file from before they were kept, then holds it to them', () => {
    const db = createAssessmentFile(fresh('unhashed'));
    db.prepare("DELETE FROM meta WHERE key LIKE 'migration-sha256.%'").run();
    migrate(db);
    const count = db.prepare("SELECT count(*) AS n FROM meta WHERE key LIKE 'migration-sha256.%'").get() as {
      n: number;
    };
    expect(count.n).toBe(MIGRATIONS.length);
    const altered = MIGRATIONS.map((m) => (m.version === 1 ? { ...m, name: 'renamed' } : m));
    expect(() => migrate(db, LATEST_SCHEMA, altered)).toThrow(/schema step 1/);
    closeAssessmentFile(db);
  });
});
