import type { Migration } from './types';

/**
 * The analysis and its review. An automatic run proposes, per requirement, a status and
 * candidate provisions; a person accepts, rejects or adds mappings and sets the status. A later
 * run refreshes only what nobody has decided: proposals are kept apart from decisions.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'analysis',
  sql: `
    -- Obligation levels in scope (JSON array); all levels when NULL.
    ALTER TABLE assessment ADD COLUMN obligations TEXT;
    CREATE TABLE analysis_run (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      schema TEXT NOT NULL,
      instruments TEXT NOT NULL,
      obligations TEXT,
      version_ids TEXT NOT NULL,
      summary TEXT NOT NULL);
    CREATE TABLE requirement_assessment (
      requirement_id TEXT PRIMARY KEY,
      instrument TEXT NOT NULL,
      obligation TEXT NOT NULL,
      run_id INTEGER REFERENCES analysis_run(id) ON DELETE SET NULL,
      proposed_status TEXT NOT NULL,
      proposed_confidence REAL NOT NULL,
      proposed_reason TEXT NOT NULL,
      -- The reviewer's decision; NULL until someone reviews the requirement.
      status TEXT,
      finding TEXT,
      recommendation TEXT,
      proposed_wording TEXT,
      reviewed_by TEXT,
      reviewed_at TEXT);
    CREATE TABLE mapping (
      id INTEGER PRIMARY KEY,
      requirement_id TEXT NOT NULL,
      provision_id INTEGER REFERENCES provision(id) ON DELETE CASCADE,
      version_id INTEGER NOT NULL REFERENCES act_version(id) ON DELETE CASCADE,
      unit_number TEXT NOT NULL,
      numbers TEXT NOT NULL,
      origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
      state TEXT NOT NULL CHECK (state IN ('proposed', 'accepted', 'rejected')),
      -- OSCAL mapping relationship of the national provision to the requirement.
      relation TEXT CHECK (relation IN ('equivalent', 'narrower', 'broader', 'overlapping')),
      score REAL,
      rank INTEGER,
      evidence TEXT NOT NULL,
      run_id INTEGER REFERENCES analysis_run(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      decided_by TEXT,
      decided_at TEXT,
      note TEXT,
      UNIQUE (requirement_id, provision_id));
    CREATE INDEX mapping_by_provision ON mapping(provision_id);
    CREATE TABLE element_assessment (
      requirement_id TEXT NOT NULL,
      element_id TEXT NOT NULL,
      present INTEGER NOT NULL,
      provision_id INTEGER REFERENCES provision(id) ON DELETE SET NULL,
      span TEXT,
      note TEXT NOT NULL,
      origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
      decided_by TEXT,
      decided_at TEXT,
      PRIMARY KEY (requirement_id, element_id));
    CREATE TABLE finding (
      id INTEGER PRIMARY KEY,
      requirement_id TEXT NOT NULL,
      code TEXT NOT NULL,
      message TEXT NOT NULL,
      provision_id INTEGER REFERENCES provision(id) ON DELETE SET NULL,
      origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')),
      run_id INTEGER REFERENCES analysis_run(id) ON DELETE SET NULL);
    CREATE INDEX finding_by_requirement ON finding(requirement_id);
  `,
};
