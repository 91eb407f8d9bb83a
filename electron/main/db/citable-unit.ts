import type { Db } from './sqlite';

/** The unit a provision is cited by: the heading of its section and the version of the law it is in. */
export interface CitableUnit {
  heading: string | null;
  versionId: number;
}

/**
 * The unit a provision is cited by: the outermost section, article or schedule holding it (or
 * the provision itself), so that a match on subsection 13(2) reads "s. 13 — Restitution"; its
 * heading is null when that unit has none. Look-ups are remembered per call site.
 */
export function citableUnit(db: Db): (provisionId: number | null) => CitableUnit | null {
  const row = db.prepare('SELECT parent_id, level, heading, version_id FROM provision WHERE id = ?');
  const seen = new Map<number, CitableUnit | null>();
  return (provisionId) => {
    if (provisionId === null) return null;
    const known = seen.get(provisionId);
    if (known !== undefined) return known;
    let unit: CitableUnit | null = null;
    let own: CitableUnit | null = null;
    for (let id: number | null = provisionId; id !== null;) {
      const p = row.get(id) as
        { parent_id: number | null; level: string; heading: string | null; version_id: number } | undefined;
      if (!p) break;
      own ??= { heading: p.heading, versionId: p.version_id };
      if (p.level === 'unit' || p.level === 'schedule') unit = { heading: p.heading, versionId: p.version_id };
      id = p.parent_id;
    }
    // A provision outside every unit (a preamble, a part heading) is cited by itself.
    const found = unit ?? own;
    seen.set(provisionId, found);
    return found;
  };
}
