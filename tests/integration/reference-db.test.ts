import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readReferenceData } from '../../electron/main/reference/load';
import { buildReferenceLibrary, normaliseRequirementId } from '../../shared/reference/library';
import {
  buildReferenceDatabase,
  openReferenceDatabase,
  referenceDatabaseVersion,
} from '../../electron/main/db/reference-db';
import { search, toFtsQuery } from '../../electron/main/db/reference-repo';
import { getInstrument } from '../../shared/reference/views';
import { openDatabase } from '../../electron/main/db/sqlite';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
afterAll(dir.cleanup);
const raw = readReferenceData();
const lib = buildReferenceLibrary(raw);
const path = join(dir.path, 'reference.sqlite');
const { db } = openReferenceDatabase(path, lib);

describe('reference database', () => {
  it('holds one search document per paragraph and per Model Law article of the shipped JSON', () => {
    const count = db.prepare('SELECT count(*) AS n FROM search WHERE instrument = ? AND kind = ?');
    for (const t of raw.treaties)
      expect((count.get(t.id, 'paragraph') as { n: number }).n).toBe(
        t.articles.reduce((n, a) => n + a.paragraphs.length, 0),
      );
    for (const m of raw.modelLaws)
      expect((count.get(m.id, 'model-law-article') as { n: number }).n).toBe(
        m.chapters.reduce((n, c) => n + c.articles.length, 0),
      );
    const instruments = db.prepare('SELECT DISTINCT instrument FROM search ORDER BY instrument').all();
    expect(instruments.map((r) => (r as { instrument: string }).instrument)).toEqual([
      'model-law-som',
      'model-law-tip',
      'som-protocol',
      'tip-protocol',
      'untoc',
    ]);
  });

  it('keeps only the search index', () => {
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%' ORDER BY name`)
      .all() as { name: string }[];
    expect(tables.map((t) => t.name)).toEqual(['meta', 'search']);
  });

  it('keeps requirement ids and refs unchanged and unique', () => {
    const ids = (db.prepare('SELECT doc_id AS id FROM search').all() as { id: string }[]).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of raw.treaties)
      for (const a of t.articles) for (const p of a.paragraphs) expect(ids).toContain(`${t.id}:${p.ref}`);
    expect(ids).toContain('tip-protocol:5(2)(a)');
    expect(ids).toContain('som-protocol:6(1)(b)(i)');
  });

  it('resolves every Model Law "implements" link to a paragraph, and the views serve the links both ways', () => {
    const links = raw.modelLaws.flatMap((m) =>
      m.chapters.flatMap((c) => c.articles.flatMap((a) => a.implements ?? [])),
    );
    expect(links.length).toBeGreaterThan(20);
    const shown = lib.instruments
      .filter((i) => i.kind === 'model-law')
      .flatMap((i) =>
        getInstrument(lib, i.id).modelLawArticles.flatMap((m) => m.implements.map((p) => `${m.id}>${p.id}`)),
      );
    expect(shown.length).toBe(
      new Set(
        raw.modelLaws.flatMap((m) =>
          m.chapters.flatMap((c) =>
            c.articles.flatMap((a) =>
              (a.implements ?? []).map((l) => `${m.id}:${a.number}>${normaliseRequirementId(l)}`),
            ),
          ),
        ),
      ).size,
    );
    const p3a = getInstrument(lib, 'tip-protocol')
      .articles.find((a) => a.number === '3')!
      .paragraphs.find((p) => p.ref === '3(a)')!;
    expect(p3a.implementedBy.map((m) => m.id)).toContain('model-law-tip:5');
    const ml5 = getInstrument(lib, 'model-law-tip').modelLawArticles.find((a) => a.number === '5')!;
    expect(ml5.implements.map((p) => p.id)).toContain('tip-protocol:3(a)');
  });

  it('gives each hit its article title in French and Spanish, and a Model Law hit its translated title', () => {
    const hit = search(db, 'vulnerability', 10).hits.find((h) => h.id === 'tip-protocol:3(a)')!;
    expect(hit).toMatchObject({ kind: 'paragraph', articleNumber: '3', ref: '3(a)', articleTitle: 'Use of terms' });
    expect(hit.articleTitleTranslations.fr).toBeTruthy();
    expect(hit.articleTitleTranslations.es).toBeTruthy();
    const ml = search(db, 'smuggling', 50, ['model-law-som']).hits[0]!;
    expect(ml.kind).toBe('model-law-article');
    expect(ml.ref).toBe(ml.articleNumber);
    expect(ml.articleTitleTranslations.fr).toBeTruthy();
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
    expect(search(r.db, 'vulnerability', 5).hits.length).toBeGreaterThan(0);
    r.db.close();
  });
});
