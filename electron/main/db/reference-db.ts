import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReferenceLibrary } from '../../../shared/reference/types';
import { listRequirements } from '../../../shared/reference/library';
import { openDatabase, type Db } from './sqlite';

/** Schema of the reference database; bump when the tables below change. */
const REFERENCE_SCHEMA = 3;

const DDL = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE instrument (
  id TEXT PRIMARY KEY, ord INTEGER NOT NULL, kind TEXT NOT NULL, title TEXT NOT NULL,
  short_title TEXT NOT NULL, citation TEXT NOT NULL, partial INTEGER NOT NULL, partial_note TEXT,
  sources TEXT NOT NULL, language TEXT NOT NULL, imported TEXT, title_fr TEXT, title_es TEXT);
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
CREATE TABLE paragraph_link (
  paragraph_id TEXT NOT NULL REFERENCES paragraph(id),
  target_id TEXT NOT NULL REFERENCES paragraph(id),
  PRIMARY KEY (paragraph_id, target_id)) WITHOUT ROWID;
CREATE INDEX paragraph_link_by_target ON paragraph_link(target_id);
CREATE TABLE model_law_article (
  id TEXT PRIMARY KEY, instrument_id TEXT NOT NULL REFERENCES instrument(id), ord INTEGER NOT NULL,
  number TEXT NOT NULL, title TEXT NOT NULL, chapter TEXT NOT NULL, chapter_title TEXT NOT NULL,
  status TEXT NOT NULL, summary TEXT NOT NULL, elements TEXT NOT NULL, options TEXT NOT NULL,
  text TEXT NOT NULL, uncertain INTEGER NOT NULL,
  title_fr TEXT, title_es TEXT, chapter_title_fr TEXT, chapter_title_es TEXT);
CREATE TABLE model_law_link (
  model_law_article_id TEXT NOT NULL REFERENCES model_law_article(id),
  paragraph_id TEXT NOT NULL REFERENCES paragraph(id),
  PRIMARY KEY (model_law_article_id, paragraph_id)) WITHOUT ROWID;
CREATE INDEX model_law_link_by_paragraph ON model_law_link(paragraph_id);
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

function fill(db: Db, lib: ReferenceLibrary): void {
  const meta = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)');
  meta.run('schema', String(REFERENCE_SCHEMA));
  meta.run('data_version', lib.dataVersion);
  const insInstrument = db.prepare(
    `INSERT INTO instrument VALUES (@id, @ord, @kind, @title, @shortTitle, @citation, @partial, @partialNote, @sources, @language, @imported, @titleFr, @titleEs)`,
  );
  const insArticle = db.prepare(`INSERT INTO article VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insParagraph = db.prepare(`INSERT INTO paragraph VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insParagraphLink = db.prepare(`INSERT INTO paragraph_link VALUES (?, ?)`);
  const insModel = db.prepare(
    `INSERT INTO model_law_article VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insLink = db.prepare(`INSERT INTO model_law_link VALUES (?, ?)`);
  const insChecklist = db.prepare(`INSERT INTO element_checklist VALUES (?, ?, ?, ?, ?)`);
  const insElement = db.prepare(`INSERT INTO element VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insSearch = db.prepare(
    `INSERT INTO search(doc_id, kind, instrument, title, elements, body, translations) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );

  const elementLabels = new Map<string, string>();
  for (const c of lib.checklists) {
    insChecklist.run(c.requirementId, c.title.en, c.title.fr, c.title.es, c.rule);
    let ord = 0;
    const labels: string[] = [c.title.en, c.title.fr, c.title.es];
    for (const g of c.groups)
      for (const e of g.elements) {
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
        labels.push(e.label.en, e.label.fr, e.label.es);
      }
    elementLabels.set(c.requirementId, labels.join(' · '));
  }

  lib.instruments.forEach((inst, ord) => {
    insInstrument.run({
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
      titleFr: inst.titleTranslations?.fr ?? null,
      titleEs: inst.titleTranslations?.es ?? null,
    });
    let pOrd = 0;
    inst.articles.forEach((a, aOrd) => {
      insArticle.run(
        inst.id,
        a.number,
        aOrd,
        a.title,
        a.chapter,
        a.titleTranslations.fr ?? null,
        a.titleTranslations.es ?? null,
      );
      for (const p of a.paragraphs) {
        insParagraph.run(
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
        for (const target of p.implements ?? []) insParagraphLink.run(p.id, target);
        insSearch.run(
          p.id,
          'paragraph',
          inst.id,
          `${inst.shortTitle} art. ${p.ref} ${a.title}`,
          elementLabels.get(p.id) ?? '',
          p.text,
          [p.translations.fr, p.translations.es].filter(Boolean).join('\n'),
        );
      }
    });
    inst.modelLawArticles.forEach((m, mOrd) => {
      insModel.run(
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
        m.titleTranslations.fr ?? null,
        m.titleTranslations.es ?? null,
        m.chapterTitleTranslations.fr ?? null,
        m.chapterTitleTranslations.es ?? null,
      );
      for (const target of m.implements) insLink.run(m.id, target);
      insSearch.run(
        m.id,
        'model-law-article',
        inst.id,
        `${inst.shortTitle} art. ${m.number} ${m.title}`,
        m.elements.join(' · '),
        [m.summary, m.text].filter(Boolean).join('\n'),
        [m.titleTranslations.fr, m.titleTranslations.es].filter(Boolean).join('\n'),
      );
    });
  });
  // Every requirement id must be unique across the library; the primary keys above enforce it
  // for each table, this catches a clash between a paragraph and a Model Law article.
  const ids = listRequirements(lib).map((r) => r.id);
  if (new Set(ids).size !== ids.length) throw new Error('duplicate requirement ids in the reference data');
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
