import type { Migration } from './types';

/**
 * What the analysis's reasons and findings say, independent of the language: a code and its
 * parameters beside the English sentence, so the interface and the report can say it in French
 * or Spanish. Rows written before have neither and keep their English text.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'reason-codes',
  sql: `
    ALTER TABLE requirement_assessment ADD COLUMN proposed_reason_code TEXT;
    -- JSON object of the reason's parameters.
    ALTER TABLE requirement_assessment ADD COLUMN proposed_reason_params TEXT;
    ALTER TABLE finding ADD COLUMN params TEXT;
  `,
};
