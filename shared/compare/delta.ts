import type { AnalysisResult, RequirementStatus } from '../analysis/types';
import type { CompareResult, DeltaRow } from './types';

/** How well a status meets a requirement; statuses without a rank are never "better" or "worse". */
const RANK: Partial<Record<RequirementStatus, number>> = { gap: 0, partial: 1, compliant: 2 };

export interface DeltaStatus {
  requirement: string;
  status: RequirementStatus;
  elements: { id: string; present: boolean }[];
}

/**
 * The compliance delta: per requirement, its status with version A and with version B, whether a
 * gap closed (the status improved) or opened (it worsened), and the checklist elements gained or lost.
 */
export function complianceDelta(
  before: AnalysisResult,
  after: AnalysisResult,
  statusOf: (side: 'before' | 'after', requirement: string, proposed: RequirementStatus) => RequirementStatus = (
    _s,
    _r,
    p,
  ) => p,
): DeltaRow[] {
  const a = new Map(before.requirements.map((r) => [r.id, r]));
  const rows: DeltaRow[] = [];
  for (const r of after.requirements) {
    const old = a.get(r.id);
    if (!old) continue;
    const s0 = statusOf('before', r.id, old.status);
    const s1 = statusOf('after', r.id, r.status);
    const r0 = RANK[s0];
    const r1 = RANK[s1];
    const change = r0 === undefined || r1 === undefined || r0 === r1 ? 'unchanged' : r1 > r0 ? 'closed' : 'opened';
    const had = new Set(old.elements.filter((e) => e.present).map((e) => e.id));
    const has = new Set(r.elements.filter((e) => e.present).map((e) => e.id));
    rows.push({
      requirement: r.id,
      instrument: r.instrument,
      ref: r.ref,
      obligation: r.obligation,
      before: s0,
      after: s1,
      change,
      elementsGained: [...has].filter((e) => !had.has(e)),
      elementsLost: [...had].filter((e) => !has.has(e)),
    });
  }
  return rows;
}

export function deltaSummary(rows: DeltaRow[]): NonNullable<CompareResult['deltaSummary']> {
  return {
    closed: rows.filter((r) => r.change === 'closed').length,
    opened: rows.filter((r) => r.change === 'opened').length,
    unchanged: rows.filter((r) => r.change === 'unchanged').length,
    elementsGained: rows.reduce((s, r) => s + r.elementsGained.length, 0),
    elementsLost: rows.reduce((s, r) => s + r.elementsLost.length, 0),
  };
}
