import type { ResponseOf } from '../../../shared/api/contract';
import type { Db } from './sqlite';

/* Which requirements each primary unit of an act version serves, for the law view. */

export type ProvisionMapping = ResponseOf<'act:provision-mappings'>[number];

/**
 * The mappings of a version that still stand (proposed or accepted, not rejected), each attached
 * to the citable unit that holds its provision (shared/domain/units), so a match in a subsection
 * colours the section it belongs to.
 */
export function provisionMappings(db: Db, versionId: number): ProvisionMapping[] {
  const mappings = db
    .prepare(
      `SELECT coalesce(p.unit_id, m.provision_id) AS unit, m.requirement_id, m.state
       FROM mapping m LEFT JOIN provision p ON p.id = m.provision_id
       WHERE m.version_id = ? AND m.provision_id IS NOT NULL AND m.state <> 'rejected'
       ORDER BY m.requirement_id, m.provision_id`,
    )
    .all(versionId) as { unit: number; requirement_id: string; state: 'proposed' | 'accepted' }[];
  const byUnit = new Map<string, ProvisionMapping>();
  for (const m of mappings) {
    const key = `${m.unit}|${m.requirement_id}`;
    // Two subsections of one unit may both match a requirement: one entry, accepted if either is.
    const entry = byUnit.get(key);
    if (entry) {
      if (m.state === 'accepted') entry.state = 'accepted';
    } else byUnit.set(key, { provisionId: m.unit, requirementId: m.requirement_id, state: m.state });
  }
  return [...byUnit.values()];
}
