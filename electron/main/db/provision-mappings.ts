import type { ResponseOf } from '../../../shared/api/contract';
import type { Db } from './sqlite';

/* Which requirements each primary unit of an act version serves, for the law view. */

export type ProvisionMapping = ResponseOf<'act:provision-mappings'>[number];

const PRIMARY_LEVELS = new Set(['unit', 'schedule']);

/**
 * The mappings of a version that still stand (proposed or accepted, not rejected), each attached
 * to the primary unit that contains its provision: the outermost unit or schedule, as the
 * analysis lists units, so a match in a subsection colours the section it belongs to.
 */
export function provisionMappings(db: Db, versionId: number): ProvisionMapping[] {
  const provisions = db.prepare('SELECT id, parent_id, level FROM provision WHERE version_id = ?').all(versionId) as {
    id: number;
    parent_id: number | null;
    level: string;
  }[];
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const primary = new Map<number, number | null>();
  const primaryOf = (id: number): number | null => {
    const known = primary.get(id);
    if (known !== undefined) return known;
    const p = byId.get(id);
    if (!p) return null;
    const above = p.parent_id === null ? null : primaryOf(p.parent_id);
    const found = above ?? (PRIMARY_LEVELS.has(p.level) ? p.id : null);
    primary.set(id, found);
    return found;
  };
  const mappings = db
    .prepare(
      `SELECT provision_id, requirement_id, state FROM mapping
       WHERE version_id = ? AND provision_id IS NOT NULL AND state <> 'rejected'
       ORDER BY requirement_id, provision_id`,
    )
    .all(versionId) as { provision_id: number; requirement_id: string; state: 'proposed' | 'accepted' }[];
  const byUnit = new Map<string, ProvisionMapping>();
  for (const m of mappings) {
    const unit = primaryOf(m.provision_id) ?? m.provision_id;
    const key = `${unit}|${m.requirement_id}`;
    // Two subsections of one unit may both match a requirement: one entry, accepted if either is.
    const entry = byUnit.get(key);
    if (entry) {
      if (m.state === 'accepted') entry.state = 'accepted';
    } else byUnit.set(key, { provisionId: unit, requirementId: m.requirement_id, state: m.state });
  }
  return [...byUnit.values()];
}
