import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readReferenceData } from '../../electron/main/reference/load';
import { buildReferenceLibrary } from '../../shared/reference/library';
import {
  buildReferenceDatabase,
  openReferenceDatabase,
  referenceDatabaseVersion,
} from '../../electron/main/db/reference-db';
import { getInstrument, listInstruments, search, toFtsQuery } from '../../electron/main/db/reference-repo';
import { openDatabase } from '../../electron/main/db/sqlite';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
afterAll(dir.cleanup);
const raw = readReferenceData();
const lib = buildReferenceLibrary(raw);
const path = join(dir.path, 'reference.sqlite');
const { db } = openReferenceDatabase(path, lib);

describe('reference database', () => {
  it('holds as many articles and paragraphs per instrument as the shipped JSON', () => {
    for (const t of raw.treaties) {
      const detail = getInstrument(db, t.id);
      expect(detail.articles.map((a) => a.number)).toEqual(t.articles.map((a) => a.number));
      expect(detail.articles.reduce((n, a) => n + a.paragraphs.length, 0)).toBe(
        t.articles.reduce((n, a) => n + a.paragraphs.length, 0),
      );
    }
    for (const m of raw.modelLaws) {
      const detail = getInstrument(db, m.id);
      expect(detail.modelLawArticles.length).toBe(m.chapters.reduce((n, c) => n + c.articles.length, 0));
    }
    expect(listInstruments(db).map((i) => i.id)).toEqual([
      'tip-protocol',
      'som-protocol',
      'untoc',
      'model-law-tip',
      'model-law-som',
    ]);
  });

  it('keeps requirement ids and refs unchanged and unique', () => {
    const ids = (
      db.prepare('SELECT id FROM paragraph UNION ALL SELECT id FROM model_law_article').all() as { id: string }[]
    ).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of raw.treaties)
      for (const a of t.articles) for (const p of a.paragraphs) expect(ids).toContain(`${t.id}:${p.ref}`);
    expect(ids).toContain('tip-protocol:5(2)(a)');
    expect(ids).toContain('som-protocol:6(1)(b)(i)');
  });

  it('resolves every Model Law "implements" link to a paragraph, and serves the links both ways', () => {
    const links = raw.modelLaws.flatMap((m) =>
      m.chapters.flatMap((c) => c.articles.flatMap((a) => a.implements ?? [])),
    );
    expect(links.length).toBeGreaterThan(20);
    const stored = db.prepare('SELECT count(*) AS n FROM model_law_link').get() as { n: number };
    expect(stored.n).toBe(
      new Set(
        raw.modelLaws.flatMap((m) =>
          m.chapters.flatMap((c) =>
            c.articles.flatMap((a) => (a.implements ?? []).map((l) => `${m.id}:${a.number}>${l}`)),
          ),
        ),
      ).size,
    );
    const dangling = db
      .prepare(
        'SELECT count(*) AS n FROM model_law_link l LEFT JOIN paragraph p ON p.id = l.paragraph_id WHERE p.id IS NULL',
      )
      .get() as { n: number };
    expect(dangling.n).toBe(0);
    const p3a = getInstrument(db, 'tip-protocol')
      .articles.find((a) => a.number === '3')!
      .paragraphs.find((p) => p.ref === '3(a)')!;
    expect(p3a.implementedBy.map((m) => m.id)).toContain('model-law-tip:5');
    const ml5 = getInstrument(db, 'model-law-tip').modelLawArticles.find((a) => a.number === '5')!;
    expect(ml5.implements.map((p) => p.id)).toContain('tip-protocol:3(a)');
  });

  it('finds tip-protocol:3(a) first for "vulnerability", with the match highlighted', () => {
    const r = search(db, 'vulnerability', 10);
    expect(r.hits[0]!.id).toBe('tip-protocol:3(a)');
    expect(r.total).toBeGreaterThanOrEqual(r.hits.length);
    expect(r.hits[0]!.snippet).toMatch(/\u0002vulnerability\u0003/i);
  });

  it('folds diacritics and searches the French and Spanish texts', () => {
    const accented = search(db, 'vulnérabilité', 10).hits.map((h) => h.id);
    const plain = search(db, 'vulnerabilite', 10).hits.map((h) => h.id);
    expect(accented).toContain('tip-protocol:3(a)');
    expect(plain).toEqual(accented);
    expect(search(db, 'trafico ilicito de migrantes', 5).hits[0]!.instrument).toBe('som-protocol');
  });

  it('treats FTS syntax in user input as plain words', () => {
    expect(toFtsQuery('"NEAR( OR *')).toBe('"NEAR" "OR"*');
    expect(() => search(db, 'a AND "b OR -c NOT', 5)).not.toThrow();
    expect(search(db, '   ', 5).total).toBe(0);
  });

  it('is rebuilt when the shipped data version changes, and only then', () => {
    const other = join(dir.path, 'other.sqlite');
    buildReferenceDatabase(other, { ...lib, dataVersion: 'older-data' });
    expect(referenceDatabaseVersion(other)).toBe('older-data');
    const first = openReferenceDatabase(other, lib);
    first.db.close();
    expect(first.rebuilt).toBe(true);
    expect(referenceDatabaseVersion(other)).toBe(lib.dataVersion);
    const second = openReferenceDatabase(other, lib);
    second.db.close();
    expect(second.rebuilt).toBe(false);
  });

  it('is rebuilt when the file is damaged', () => {
    const broken = join(dir.path, 'broken.sqlite');
    const w = openDatabase(broken);
    w.exec('CREATE TABLE unrelated(x)');
    w.close();
    const r = openReferenceDatabase(broken, lib);
    expect(r.rebuilt).toBe(true);
    expect(listInstruments(r.db).length).toBe(5);
    r.db.close();
  });
});
