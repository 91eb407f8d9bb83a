import type { Migration } from './types';

/**
 * What each act is (trafficking act, penal code, immigration act, regulation…), as the assessment
 * records it: a JSON array of kinds, NULL while none is recorded and the kinds are recognised from
 * the act's text. When they were last changed, to tell that the analysis is out of date.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'act-kinds',
  sql: `
    ALTER TABLE act ADD COLUMN kinds TEXT;
    ALTER TABLE act ADD COLUMN kinds_changed_at TEXT;
  `,
};
