import type { Db } from './sqlite';

/**
 * The heading of the unit a provision is cited by: the outermost section, article or schedule
 * holding it (or the provision itself), so that a match on subsection 13(2) reads
 * "s. 13 — Restitution". Null when that unit has no heading. Look-ups are remembered per call site.
 */
export function citableUnitHeading(db: Db): (provisionId: number | null) => string | null {
  const row = db.prepare('SELECT parent_id, level, heading FROM provision WHERE id = ?');
  const seen = new Map<number, string | null>();
  return (provisionId) => {
    if (provisionId === null) return null;
    const known = seen.get(provisionId);
    if (known !== undefined) return known;
    let heading: string | null = null;
    let found = false;
    for (let id: number | null = provisionId; id !== null;) {
      const p = row.get(id) as { parent_id: number | null; level: string; heading: string | null } | undefined;
      if (!p) break;
      if (p.level === 'unit' || p.level === 'schedule') {
        heading = p.heading;
        found = true;
      }
      id = p.parent_id;
    }
    // A provision outside every unit (a preamble, a part heading) is cited by itself.
    if (!found) heading = (row.get(provisionId) as { heading: string | null } | undefined)?.heading ?? null;
    seen.set(provisionId, heading);
    return heading;
  };
}
