import type { Migration } from './types';

/**
 * The provision tree of each act version, as segmented and then corrected by the user, the terms
 * its definitions unit defines, and the log of corrections (each with the rows before and after,
 * so any correction can be undone).
 */
export const migration0002: Migration = {
  version: 2,
  name: 'provisions',
  sql: `
    CREATE TABLE provision (
      id INTEGER PRIMARY KEY,
      version_id INTEGER NOT NULL REFERENCES act_version(id) ON DELETE CASCADE,
      key TEXT NOT NULL,
      parent_id INTEGER REFERENCES provision(id) ON DELETE CASCADE,
      ord INTEGER NOT NULL,
      level TEXT NOT NULL,
      number TEXT NOT NULL,
      label TEXT NOT NULL,
      heading TEXT,
      text TEXT NOT NULL,
      page INTEGER,
      line INTEGER,
      inserted_number TEXT,
      -- Cross-references found in the text, as JSON: [{ text, start, number, sub, targetKey }].
      cross_refs TEXT,
      UNIQUE (version_id, key));
    CREATE INDEX provision_by_parent ON provision(version_id, parent_id, ord);
    CREATE TABLE defined_term (
      version_id INTEGER NOT NULL REFERENCES act_version(id) ON DELETE CASCADE,
      term TEXT NOT NULL,
      provision_key TEXT NOT NULL,
      definition TEXT NOT NULL);
    CREATE INDEX defined_term_by_version ON defined_term(version_id);
    CREATE TABLE provision_edit (
      id INTEGER PRIMARY KEY,
      version_id INTEGER NOT NULL REFERENCES act_version(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      kind TEXT NOT NULL,
      -- Rows of the version that the edit changed, added or removed: JSON arrays of full rows.
      before_rows TEXT NOT NULL,
      after_rows TEXT NOT NULL,
      undone_at TEXT,
      undone_by TEXT);
    CREATE INDEX provision_edit_by_version ON provision_edit(version_id, id);
  `,
};
