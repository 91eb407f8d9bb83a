import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Instrument, ReferenceLibrary } from '../../../shared/reference/types';
import { listRequirements } from '../../../shared/reference/library';
import { openDatabase, type Db } from './sqlite';

/** Schema of the reference database; bump when the tables below change. */
const REFERENCE_SCHEMA = 2;

/**
 * A table of links from rows of `fromTable` to rows of `toTable` (both keyed by id), one row a
 * link, with an index to find the links to a row.
 */
function linkTable(table: string, from: string, fromTable: string, to: string, toTable: string): string {
  return `CREATE TABLE ${table} (
  ${from} TEXT NOT NULL REFERENCES ${fromTable}(id),
  ${to} TEXT NOT NULL REFERENCES ${toTable}(id),
  PRIMARY KEY (${from}, ${to})) WITHOUT ROWID;
CREATE INDEX ${table}_by_${to.replace(/_id$/, '')} ON ${table}(${to});`;
}

const DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE instrument (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
  short_title TEXT NOT NULL, citation TEXT NOT NULL, partial INTEGER NOT NULL, partial_note TEXT,
  sources TEXT NOT NULL, language TEXT NOT NULL, imported TEXT);
CREATE TABLE article (
  instrument_id TEXT NOT NULL REFERENCES instrument(id), number TEXT NOT NULL, ord INTEGER NOT NULL,
  title TEXT NOT NULL, chapter TEXT, title_fr TEXT, title_es TEXT,
  PRIMARY KEY (instrument_id, number));
CREATE TABLE paragraph (
  id TEXT PRIMARY KEY, instrument_id TEXT NOT NULL, article_number TEXT NOT NULL, ord INTEGER NOT NULL,
  ref TEXT NOT NULL, text TEXT NOT NULL, obligation TEXT NOT NULL, obligation_by_wording TEXT,
  obligation_note TEXT, text_fr TEXT, text_es TEXT, wording_cue TEXT,
  FOREIGN KEY (instrument_id, article_number) REFERENCES article(instrument_id, number));
-- Links from an imported instrument's articles (one paragraph each) to the paragraphs they implement.
${linkTable('paragraph_link', 'paragraph_id', 'paragraph', 'target_id', 'paragraph')}
CREATE TABLE model_law_article (
  id TEXT PRIMARY KEY, instrument_id TEXT NOT NULL REFERENCES instrument(id), ord INTEGER NOT NULL,
  number TEXT NOT NULL, title TEXT NOT NULL, chapter TEXT NOT NULL, chapter_title TEXT NOT NULL,
  status TEXT NOT NULL, summary TEXT NOT NULL, elements TEXT NOT NULL, options TEXT NOT NULL,
  text TEXT NOT NULL, uncertain INTEGER NOT NULL);
${linkTable('model_law_link', 'model_law_article_id', 'model_law_article', 'paragraph_id', 'paragraph')}
CREATE TABLE element_checklist (
  requirement_id TEXT PRIMARY KEY, title_en TEXT NOT NULL, title_fr TEXT NOT NULL, title_es TEXT NOT NULL, rule TEXT);
-- Element ids are stable across checklists (the same element can serve two requirements).
CREATE TABLE element (
  requirement_id TEXT NOT NULL REFERENCES element_checklist(requirement_id), id TEXT NOT NULL,
  group_id TEXT NOT NULL, group_label_en TEXT NOT NULL, group_label_fr TEXT NOT NULL, group_label_es TEXT NOT NULL,
  ord INTEGER NOT NULL, label_en TEXT NOT NULL, label_fr TEXT NOT NULL, label_es TEXT NOT NULL,
  PRIMARY KEY (requirement_id, id));
-- One row per searchable document. Column weights are applied in the query (bm25):
-- the title and the element labels of a requirement say what it is about, the body gives context.
CREATE VIRTUAL TABLE search USING fts5(
  doc_id UNINDEXED, kind UNINDEXED, instrument UNINDEXED,
  title, elements, body, translations,
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

type Statements = ReturnType<typeof statements>;

function statements(db: Db) {
  return {
    instrument: db.prepare(
      `INSERT INTO instrument VALUES (@id, @ord, @kind, @title, @shortTitle, @citation, @partial, @partialNote, @sources, @language, @imported)`,
    ),
    article: db.prepare(`INSERT INTO article VALUES (?, ?, ?, ?, ?, ?, ?)`),
    paragraph: db.prepare(`INSERT INTO paragraph VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    paragraphLink: db.prepare(`INSERT INTO paragraph_link VALUES (?, ?)`),
    model: db.prepare(`INSERT INTO model_law_article VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    link: db.prepare(`INSERT INTO model_law_link VALUES (?, ?)`),
    search: db.prepare(
      `INSERT INTO search(doc_id, kind, instrument, title, elements, body, translations) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
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
  const insChecklist = db.prepare(`INSERT INTO element_checklist VALUES (?, ?, ?, ?, ?)`);
  const insElement = db.prepare(`INSERT INTO element VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const c of lib.checklists) {
    insChecklist.run(c.requirementId, c.title.en, c.title.fr, c.title.es, c.rule);
    let ord = 0;
    for (const g of c.groups)
      for (const e of g.elements)
        insElement.run(
          c.requirementId,
          e.id,
          g.id,
          g.label.en,
          g.label.fr,
          g.label.es,
          ord++,
          e.label.en,
          e.label.fr,
          e.label.es,
        );
  }
  const ins = statements(db);
  const labels = elementLabels(lib);
  lib.instruments.forEach((inst, ord) => insertInstrument(ins, inst, ord, labels));
  checkUniqueIds(lib);
}

/** Every requirement id must be unique across the library (a paragraph's and a Model Law article's alike). */
function checkUniqueIds(lib: ReferenceLibrary): void {
  const ids = listRequirements(lib).map((r) => r.id);
  if (new Set(ids).size !== ids.length) throw new Error('duplicate requirement ids in the reference data');
}

/** One instrument's rows: the instrument, its articles, paragraphs, Model Law articles, links, search documents. */
function insertInstrument(ins: Statements, inst: Instrument, ord: number, labels: Map<string, string>): void {
  ins.instrument.run({
    id: inst.id,
    ord,
    kind: inst.kind,
    title: inst.title,
    shortTitle: inst.shortTitle,
    citation: inst.citation,
    partial: inst.partial ? 1 : 0,
    partialNote: inst.partialNote,
    sources: JSON.stringify(inst.sources),
    language: inst.language ?? 'en',
    imported: inst.imported ? JSON.stringify(inst.imported) : null,
  });
  let pOrd = 0;
  inst.articles.forEach((a, aOrd) => {
    ins.article.run(
      inst.id,
      a.number,
      aOrd,
      a.title,
      a.chapter,
      a.titleTranslations.fr ?? null,
      a.titleTranslations.es ?? null,
    );
    for (const p of a.paragraphs) {
      ins.paragraph.run(
        p.id,
        inst.id,
        a.number,
        pOrd++,
        p.ref,
        p.text,
        p.obligation,
        p.obligationByWording ?? null,
        p.obligationNote ?? null,
        p.translations.fr ?? null,
        p.translations.es ?? null,
        p.wordingCue ?? null,
      );
      for (const target of p.implements ?? []) ins.paragraphLink.run(p.id, target);
      ins.search.run(
        p.id,
        'paragraph',
        inst.id,
        `${inst.shortTitle} art. ${p.ref} ${a.title}`,
        labels.get(p.id) ?? '',
        p.text,
        [p.translations.fr, p.translations.es].filter(Boolean).join('\n'),
      );
    }
  });
  inst.modelLawArticles.forEach((m, mOrd) => {
    ins.model.run(
      m.id,
      inst.id,
      mOrd,
      m.number,
      m.title,
      m.chapter,
      m.chapterTitle,
      m.status,
      m.summary,
      JSON.stringify(m.elements),
      JSON.stringify(m.options),
      m.text,
      m.uncertain ? 1 : 0,
    );
    for (const target of m.implements) ins.link.run(m.id, target);
    ins.search.run(
      m.id,
      'model-law-article',
      inst.id,
      `${inst.shortTitle} art. ${m.number} ${m.title}`,
      m.elements.join(' · '),
      [m.summary, m.text].filter(Boolean).join('\n'),
      '',
    );
  });
}

/**
 * Bring the database at `path` up to `lib` after one instrument changed (an imported instrument
 * added, edited or removed): only that instrument's rows and search documents are replaced, and
 * the instruments' order renumbered. Much cheaper than a rebuild, and the search index stays warm.
 */
export function updateReferenceInstrument(path: string, lib: ReferenceLibrary, instrumentId: string): void {
  checkUniqueIds(lib);
  const db = openDatabase(path, { fileMustExist: true });
  try {
    db.transaction(() => {
      const paragraphs = `SELECT id FROM paragraph WHERE instrument_id = @id`;
      const models = `SELECT id FROM model_law_article WHERE instrument_id = @id`;
      for (const sql of [
        `DELETE FROM search WHERE instrument = @id`,
        `DELETE FROM paragraph_link WHERE paragraph_id IN (${paragraphs})`,
        `DELETE FROM model_law_link WHERE model_law_article_id IN (${models})`,
        `DELETE FROM model_law_article WHERE instrument_id = @id`,
        `DELETE FROM paragraph WHERE instrument_id = @id`,
        `DELETE FROM article WHERE instrument_id = @id`,
        `DELETE FROM instrument WHERE id = @id`,
      ])
        db.prepare(sql).run({ id: instrumentId });
      const ord = lib.instruments.findIndex((i) => i.id === instrumentId);
      if (ord >= 0) insertInstrument(statements(db), lib.instruments[ord]!, ord, elementLabels(lib));
      const reorder = db.prepare('UPDATE instrument SET ord = ? WHERE id = ?');
      lib.instruments.forEach((inst, i) => reorder.run(i, inst.id));
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
