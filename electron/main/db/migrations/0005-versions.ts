import type { Migration } from './types';

/**
 * Versions compared: the stage of each version (draft, committee text, adopted…) and its date,
 * the pairings of units a person corrected between two versions, and the review carried from one
 * version to the next (which mapping it came from, and what needs another look).
 */
export const migration0005: Migration = {
  version: 5,
  name: 'versions',
  sql: `
    ALTER TABLE act_version ADD COLUMN stage TEXT
      CHECK (stage IS NULL OR stage IN ('draft', 'committee', 'adopted', 'in-force', 'repealed'));
    ALTER TABLE act_version ADD COLUMN version_date TEXT;
    UPDATE act_version SET stage = status;
    CREATE TABLE version_pairing (
      id INTEGER PRIMARY KEY,
      old_version_id INTEGER NOT NULL REFERENCES act_version(id) ON DELETE CASCADE,
      new_version_id INTEGER NOT NULL REFERENCES act_version(id) ON DELETE CASCADE,
      -- Keys of the units paired, as JSON arrays; either may be empty (a unit set apart as
      -- deleted or inserted).
      old_keys TEXT NOT NULL,
      new_keys TEXT NOT NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL);
    CREATE INDEX version_pairing_by_versions ON version_pairing(old_version_id, new_version_id);
    ALTER TABLE mapping ADD COLUMN carried_from INTEGER REFERENCES mapping(id) ON DELETE SET NULL;
    -- Why a reviewed item needs another look after its provision changed; NULL when it does not.
    ALTER TABLE mapping ADD COLUMN rereview TEXT;
    ALTER TABLE requirement_assessment ADD COLUMN rereview TEXT;
  `,
};
