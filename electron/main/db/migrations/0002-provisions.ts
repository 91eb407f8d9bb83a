import type { Migration } from './types';

/** The provision tree of each act version, as segmented and corrected by the user. */
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
      UNIQUE (version_id, key));
    CREATE INDEX provision_by_parent ON provision(version_id, parent_id, ord);
  `,
};
