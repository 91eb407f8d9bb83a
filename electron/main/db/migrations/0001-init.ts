import type { Migration } from './types';

/**
 * The assessment, the instruments it covers, the national acts with their versions
 * (draft 1, draft 2, adopted…), and the audit trail of every change a person makes.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'init',
  sql: `
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE assessment (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      country TEXT NOT NULL,
      title TEXT NOT NULL,
      assessor TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL);
    CREATE TABLE assessment_instrument (
      instrument_id TEXT PRIMARY KEY,
      ord INTEGER NOT NULL);
    CREATE TABLE act (
      id INTEGER PRIMARY KEY,
      title TEXT NOT NULL,
      year INTEGER,
      language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es')),
      ord INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL);
    CREATE TABLE act_version (
      id INTEGER PRIMARY KEY,
      act_id INTEGER NOT NULL REFERENCES act(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      label TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'adopted', 'in-force', 'repealed')),
      source_file TEXT,
      source_format TEXT,
      source_sha256 TEXT,
      -- The text as extracted, one line per source line with its page ("page\ttext"), so the
      -- version can be segmented again and compared with other versions without the file.
      source_lines TEXT NOT NULL,
      language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es')),
      detected_language TEXT,
      imported_at TEXT NOT NULL,
      imported_by TEXT NOT NULL,
      UNIQUE (act_id, ordinal));
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT,
      detail TEXT);
    CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_id);
  `,
};
