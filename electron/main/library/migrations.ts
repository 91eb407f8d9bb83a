import type { Migration } from '../db/migrations/types';

/**
 * The user's library of imported instruments: each instrument with its provenance, its articles
 * with the obligation class and links the user set, and a changelog of every change (who, when,
 * what) that outlives the instruments it mentions.
 */
const migration0001: Migration = {
  version: 1,
  name: 'init',
  sql: `
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE instrument (
      id TEXT PRIMARY KEY,
      ord INTEGER NOT NULL,
      title TEXT NOT NULL,
      short_title TEXT NOT NULL,
      -- Citation or source note, as the user gives it.
      citation TEXT NOT NULL,
      language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es')),
      source_file TEXT NOT NULL,
      source_format TEXT NOT NULL,
      source_sha256 TEXT,
      imported_at TEXT NOT NULL,
      imported_by TEXT NOT NULL);
    CREATE TABLE article (
      instrument_id TEXT NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
      number TEXT NOT NULL,
      ord INTEGER NOT NULL,
      label TEXT NOT NULL,
      title TEXT NOT NULL,
      chapter TEXT,
      text TEXT NOT NULL,
      obligation TEXT NOT NULL
        CHECK (obligation IN ('mandatory', 'consider', 'optional', 'definition', 'general')),
      obligation_by_wording TEXT NOT NULL
        CHECK (obligation_by_wording IN ('mandatory', 'consider', 'optional', 'definition', 'general')),
      wording_cue TEXT,
      -- JSON array of requirement ids ("tip-protocol:5(1)").
      implements TEXT NOT NULL DEFAULT '[]',
      PRIMARY KEY (instrument_id, number));
    CREATE TABLE changelog (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('import', 'update-article', 'delete')),
      instrument_id TEXT NOT NULL,
      article_number TEXT,
      detail TEXT);
    CREATE INDEX changelog_by_instrument ON changelog(instrument_id, id);
  `,
};

/** Analysis rules an imported instrument carries (JSON, `lexgap.rules.instrument/1`), or NULL. */
const migration0002: Migration = {
  version: 2,
  name: 'instrument-rules',
  sql: `ALTER TABLE instrument ADD COLUMN rules TEXT;`,
};

/** Migrations of the user's library, in order; the last one's version is the schema this build writes. */
export const USER_LIBRARY_MIGRATIONS: readonly Migration[] = [migration0001, migration0002];
export const USER_LIBRARY_SCHEMA = USER_LIBRARY_MIGRATIONS[USER_LIBRARY_MIGRATIONS.length - 1]!.version;
