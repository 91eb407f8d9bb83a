import type { Migration } from './types';

/**
 * Country terms and language-independent reasons. An assessment adds terms of the country's law to
 * the concepts of the analysis (a local word for debt bondage); the analysis stores, beside its
 * English reason and finding messages, their codes and parameters, so that the review and the
 * report can say them in French or Spanish.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'country-terms',
  sql: `
    CREATE TABLE country_term (
      id INTEGER PRIMARY KEY,
      concept TEXT NOT NULL,
      language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es')),
      pattern TEXT NOT NULL,
      note TEXT,
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      UNIQUE (concept, language, pattern));
    ALTER TABLE requirement_assessment ADD COLUMN proposed_reason_code TEXT;
    -- JSON object of the reason's parameters.
    ALTER TABLE requirement_assessment ADD COLUMN proposed_reason_params TEXT;
    -- JSON object of the finding's parameters.
    ALTER TABLE finding ADD COLUMN params TEXT;
  `,
};
