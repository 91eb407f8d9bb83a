import type { Dashboard, ReviewRow } from '../api/review-schemas';
import { OBLIGATIONS, zeroStatusCounts, type RequirementStatus } from '../domain/status';

/* The dashboard's figures, counted from the review list and what the store says of each act. */

/** An act version the dashboard covers (the latest of each act), with its citable units. */
export interface DashboardAct {
  versionId: number;
  title: string;
  /** Ids of its citable units. */
  units: readonly number[];
  /** Ids of the units some requirement is mapped to (proposed or accepted). */
  mappedUnits: ReadonlySet<number>;
}

/** Whether a requirement has an accepted or a proposed mapping in an act version. */
export interface MappingCell {
  requirementId: string;
  versionId: number;
  accepted: boolean;
  proposed: boolean;
}

type Counted = { counts: Record<RequirementStatus, number>; total: number };

function countBy(rows: readonly ReviewRow[], keyOf: (r: ReviewRow) => string): Map<string, Counted> {
  const out = new Map<string, Counted>();
  for (const r of rows) {
    const k = keyOf(r);
    const g = out.get(k) ?? { counts: zeroStatusCounts(), total: 0 };
    g.counts[r.status]++;
    g.total++;
    out.set(k, g);
  }
  return out;
}

/**
 * Coverage per instrument by obligation and by chapter, the requirements × acts matrix (a
 * proposal shows only until the requirement is reviewed) and the units no requirement is mapped to.
 */
export function assembleDashboard(
  rows: readonly ReviewRow[],
  acts: readonly DashboardAct[],
  cells: readonly MappingCell[],
): Dashboard {
  const instruments = [...new Set(rows.map((r) => r.instrument))];
  const byInstrument = instruments.map((instrument) => {
    const mine = rows.filter((r) => r.instrument === instrument);
    const byObligation = countBy(mine, (r) => r.obligation);
    return {
      instrument,
      byObligation: OBLIGATIONS.filter((o) => byObligation.has(o)).map((o) => ({
        obligation: o,
        ...byObligation.get(o)!,
      })),
      byChapter: [...countBy(mine, (r) => r.chapter ?? '—')].map(([chapter, g]) => ({ chapter, ...g })),
    };
  });
  const cellOf = new Map(cells.map((c) => [`${c.requirementId}|${c.versionId}`, c]));
  return {
    analysed: rows.length > 0,
    total: rows.length,
    reviewed: rows.filter((r) => r.reviewed).length,
    byInstrument,
    matrix: {
      acts: acts.map((v) => ({ versionId: v.versionId, title: v.title })),
      rows: rows.map((r) => ({
        requirementId: r.id,
        status: r.status,
        cells: acts.map((v) => {
          const c = cellOf.get(`${r.id}|${v.versionId}`);
          return c?.accepted ? 'accepted' : c?.proposed && !r.reviewed ? 'proposed' : 'none';
        }),
      })),
    },
    unmapped: acts.map((v) => ({
      versionId: v.versionId,
      title: v.title,
      units: v.units.length,
      unmapped: v.units.filter((id) => !v.mappedUnits.has(id)).length,
    })),
  };
}
