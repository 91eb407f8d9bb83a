import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LanguageCode } from '../../../shared/domain/source';
import type { Instrument, ReferenceLibrary } from '../../../shared/reference/types';
import { listRequirements } from '../../../shared/reference/library';
import { openDatabase, type Db } from './sqlite';

/** Schema of the reference database; bump when the tables below change. */
const REFERENCE_SCHEMA = 4;

/*
 * The reference database holds only the search index: the library views read the in-memory
 * library (shared/reference/views.ts). Each search document carries, unindexed, what a hit shows
 * (its article's number and titles, its ref) and what ranks it (a paragraph's obligation level).
 */
const DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- One row per searchable document. Column weights are applied in the query (bm25):
-- the title and the element labels of a requirement say what it is about, the body gives context.
CREATE VIRTUAL TABLE search USING fts5(
  doc_id UNINDEXED, kind UNINDEXED, instrument UNINDEXED,
  title, elements, body, translations,
  article_number UNINDEXED, ref UNINDEXED, article_title UNINDEXED,
  article_title_fr UNINDEXED, article_title_es UNINDEXED, obligation UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2');
`;

/** Build a fresh reference database at `path` from the library (replacing any file there). */
export function buildReferenceDatabase(path: string, lib: ReferenceLibrary): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.building-${process.pid}`;
  rmSync(tmp, { force: true });
  const db = openDatabase(tmp);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(DDL);
    db.transaction(() => fill(db, lib))();
    db.exec("INSERT INTO search(search) VALUES('optimize')");
  } finally {
    db.close();
  }
  renameSync(tmp, path);
}

/** One requirement as a search document: its texts, and what a hit on it shows. */
interface SearchDocument {
  id: string;
  kind: 'paragraph' | 'model-law-article';
  articleNumber: string;
  ref: string;
  articleTitle: string;
  articleTitles: Partial<Record<LanguageCode, string>>;
  elements: string;
  body: string;
  /** The texts in other languages, searched with the lowest weight. */
  translations: (string | undefined)[];
  obligation: string | null;
}

type InsertDocument = (inst: Instrument, doc: SearchDocument) => void;

function documentInserter(db: Db): InsertDocument {
  const insert = db.prepare(
    `INSERT INTO search(doc_id, kind, instrument, title, elements, body, translations, article_number, ref,
       article_title, article_title_fr, article_title_es, obligation)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (inst, d) =>
    insert.run(
      d.id,
      d.kind,
      inst.id,
      `${inst.shortTitle} art. ${d.ref} ${d.articleTitle}`,
      d.elements,
      d.body,
      d.translations.filter(Boolean).join('\n'),
      d.articleNumber,
      d.ref,
      d.articleTitle,
      d.articleTitles.fr ?? null,
      d.articleTitles.es ?? null,
      d.obligation,
    );
}

/** The element labels of each requirement with a checklist, in the three languages, for the search. */
function elementLabels(lib: ReferenceLibrary): Map<string, string> {
  const labels = new Map<string, string>();
  for (const c of lib.checklists) {
    const words: string[] = [c.title.en, c.title.fr, c.title.es];
    for (const g of c.groups) for (const e of g.elements) words.push(e.label.en, e.label.fr, e.label.es);
    labels.set(c.requirementId, words.join(' · '));
  }
  return labels;
}

function fill(db: Db, lib: ReferenceLibrary): void {
  const meta = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)');
  meta.run('schema', String(REFERENCE_SCHEMA));
  meta.run('data_version', lib.dataVersion);
  checkUniqueIds(lib);
  const insert = documentInserter(db);
  const labels = elementLabels(lib);
  for (const inst of lib.instruments) insertInstrument(insert, inst, labels);
}

/** Every requirement id must be unique across the library (a paragraph's and a Model Law article's alike). */
function checkUniqueIds(lib: ReferenceLibrary): void {
  const ids = listRequirements(lib).map((r) => r.id);
  if (new Set(ids).size !== ids.length) throw new Error('duplicate requirement ids in the reference data');
}

/** One instrument's search documents: one per paragraph and per Model Law article. */
function insertInstrument(insert: InsertDocument, inst: Instrument, labels: Map<string, string>): void {
  for (const a of inst.articles)
    for (const p of a.paragraphs)
      insert(inst, {
        id: p.id,
        kind: 'paragraph',
        articleNumber: a.number,
        ref: p.ref,
        articleTitle: a.title,
        articleTitles: a.titleTranslations,
        elements: labels.get(p.id) ?? '',
        body: p.text,
        translations: [p.translations.fr, p.translations.es],
        obligation: p.obligation,
      });
  for (const m of inst.modelLawArticles)
    insert(inst, {
      id: m.id,
      kind: 'model-law-article',
      articleNumber: m.number,
      ref: m.number,
      articleTitle: m.title,
      articleTitles: m.titleTranslations,
      elements: m.elements.join(' · '),
      body: [m.summary, m.text].filter(Boolean).join('\n'),
      translations: [m.titleTranslations.fr, m.titleTranslations.es],
      obligation: null,
    });
}

/**
 * Bring the database at `path` up to `lib` after one instrument changed (an imported instrument
 * added, edited or removed): only that instrument's search documents are replaced. Much cheaper
 * than a rebuild, and the search index stays warm.
 */
export function updateReferenceInstrument(path: string, lib: ReferenceLibrary, instrumentId: string): void {
  checkUniqueIds(lib);
  const db = openDatabase(path, { fileMustExist: true });
  try {
    db.transaction(() => {
      db.prepare(`DELETE FROM search WHERE instrument = ?`).run(instrumentId);
      const inst = lib.instruments.find((i) => i.id === instrumentId);
      if (inst) insertInstrument(documentInserter(db), inst, elementLabels(lib));
      db.prepare(`UPDATE meta SET value = ? WHERE key = 'data_version'`).run(lib.dataVersion);
    })();
  } finally {
    db.close();
  }
}

/** Data version recorded in an existing reference database, or null when missing/unreadable/old schema. */
export function referenceDatabaseVersion(path: string): string | null {
  if (!existsSync(path)) return null;
  try {
    const db = openDatabase(path, { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
      const meta = new Map(rows.map((r) => [r.key, r.value]));
      return meta.get('schema') === String(REFERENCE_SCHEMA) ? (meta.get('data_version') ?? null) : null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/**
 * Open the reference database at `path`, rebuilding it first when it is missing, unreadable,
 * or was built from other shipped data (its data version differs). Returns it read-only.
 */
export function openReferenceDatabase(path: string, lib: ReferenceLibrary): { db: Db; rebuilt: boolean } {
  let rebuilt = false;
  if (referenceDatabaseVersion(path) !== lib.dataVersion) {
    buildReferenceDatabase(path, lib);
    rebuilt = true;
  }
  const db = openDatabase(path, { readonly: true, fileMustExist: true });
  return { db, rebuilt };
}
