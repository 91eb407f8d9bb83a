import type { Migration } from './types';

/**
 * The citable unit of every provision (shared/domain/units): the outermost section, article or
 * schedule holding it, outside preambles; NULL for grouping levels and preambles. Written at
 * import and after every correction of the tree; this step fills it for the laws already stored.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'unit-id',
  sql: `
    ALTER TABLE provision ADD COLUMN unit_id INTEGER REFERENCES provision(id) ON DELETE SET NULL;
    CREATE TEMP TABLE provision_unit AS
      WITH RECURSIVE walk(id, unit_id, in_preamble) AS (
        SELECT id, CASE WHEN level IN ('unit', 'schedule') THEN id END, level = 'preamble'
        FROM provision WHERE parent_id IS NULL
        UNION ALL
        SELECT c.id,
          CASE WHEN w.unit_id IS NOT NULL OR w.in_preamble THEN w.unit_id
               WHEN c.level IN ('unit', 'schedule') THEN c.id END,
          w.in_preamble OR (w.unit_id IS NULL AND c.level = 'preamble')
        FROM provision c JOIN walk w ON c.parent_id = w.id)
      SELECT id, unit_id FROM walk;
    UPDATE provision SET unit_id = u.unit_id FROM provision_unit u WHERE u.id = provision.id;
    DROP TABLE provision_unit;
    CREATE INDEX provision_by_unit ON provision(unit_id);
  `,
};
