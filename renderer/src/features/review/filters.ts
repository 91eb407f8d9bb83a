import type { ReviewRow } from '../../../../shared/api/review-schemas';
import { OBLIGATIONS, REQUIREMENT_STATUSES, type RequirementStatus } from '../../../../shared/domain/status';
import type { ParagraphView } from '../../../../shared/api/schemas';
import { fold } from '../law/fold';

export type Obligation = ParagraphView['obligation'];

/** In the order of the 1–5 shortcuts and of every status list. */
export const STATUSES: readonly RequirementStatus[] = REQUIREMENT_STATUSES;
/** Mandatory first: what an expert looks at first. */
export { OBLIGATIONS };
/** Below this the automatic proposal is a guess worth checking first. */
export const LOW_CONFIDENCE = 0.5;
/** Dashboard's label for requirements outside any chapter (the Convention has none). */
export const NO_CHAPTER = '—';

/** What the review list shows; the dashboard's figures open the list with one of these. */
export interface ReviewFilter {
  instrument: string | null;
  obligation: Obligation | null;
  status: RequirementStatus | null;
  chapter: string | null;
  mandatoryGaps: boolean;
  unreviewed: boolean;
  lowConfidence: boolean;
  /** Free text over the requirement id, article title and cited provisions. */
  query: string;
  /** General and final clauses (obligation "general") are listed only when asked for. */
  showGeneral: boolean;
  /** Document order, or the most serious first (gaps, then partial, mandatory first). */
  order: 'document' | 'severity';
}

export const NO_FILTER: ReviewFilter = {
  instrument: null,
  obligation: null,
  status: null,
  chapter: null,
  mandatoryGaps: false,
  unreviewed: false,
  lowConfidence: false,
  query: '',
  showGeneral: true,
  order: 'document',
};

/** The review list the user browses: everything but the general and final clauses. */
export const BROWSE_FILTER: ReviewFilter = { ...NO_FILTER, showGeneral: false };

/**
 * Where a review starts: the unreviewed mandatory requirements, the most serious first (gaps,
 * then partial ones, then the rest).
 */
export const START_FILTER: ReviewFilter = {
  ...BROWSE_FILTER,
  obligation: 'mandatory',
  unreviewed: true,
  order: 'severity',
};

/** A mandatory obligation the law does not meet: the first thing a report must say. */
export function isMandatoryGap(row: ReviewRow): boolean {
  return row.obligation === 'mandatory' && row.status === 'gap';
}

export function matchesFilter(row: ReviewRow, f: ReviewFilter): boolean {
  if (f.instrument !== null && row.instrument !== f.instrument) return false;
  if (f.obligation !== null && row.obligation !== f.obligation) return false;
  if (!f.showGeneral && f.obligation !== 'general' && row.obligation === 'general') return false;
  if (f.status !== null && row.status !== f.status) return false;
  if (f.chapter !== null && (row.chapter ?? NO_CHAPTER) !== f.chapter) return false;
  if (f.mandatoryGaps && !isMandatoryGap(row)) return false;
  if (f.unreviewed && row.reviewed) return false;
  if (f.lowConfidence && !(row.confidence < LOW_CONFIDENCE)) return false;
  const q = fold(f.query.trim());
  if (q && !fold(`${row.id} ${row.articleTitle} art. ${row.articleNumber} ${row.provisions.join(' ')}`).includes(q))
    return false;
  return true;
}

export function isFiltered(f: ReviewFilter): boolean {
  return JSON.stringify(f) !== JSON.stringify(BROWSE_FILTER);
}

const UNMET = new Set<RequirementStatus>(['gap', 'partial']);

/**
 * A mandatory obligation the law does not fully meet, as proposed or as found by the reviewer:
 * what the review step counts.
 */
export function isMandatoryGapToReview(row: ReviewRow): boolean {
  return row.obligation === 'mandatory' && (UNMET.has(row.proposedStatus) || UNMET.has(row.status));
}

/** n of m mandatory gaps reviewed. */
export function reviewProgress(rows: ReviewRow[]): { reviewed: number; total: number } {
  let reviewed = 0;
  let total = 0;
  for (const r of rows)
    if (isMandatoryGapToReview(r)) {
      total++;
      if (r.reviewed) reviewed++;
    }
  return { reviewed, total };
}

const STATUS_SEVERITY: Record<RequirementStatus, number> = {
  gap: 0,
  partial: 1,
  not_assessed: 2,
  compliant: 3,
  not_applicable: 4,
};

/**
 * Most serious first within each instrument (instruments stay in their order): a gap before a
 * partial one, a mandatory obligation before a lesser one, and among equals the surer proposal
 * first; document order otherwise.
 */
export function orderRows(rows: ReviewRow[], order: ReviewFilter['order']): ReviewRow[] {
  if (order === 'document') return rows;
  const position = new Map(rows.map((r, i) => [r.id, i]));
  const instrumentRank = new Map<string, number>();
  for (const r of rows) if (!instrumentRank.has(r.instrument)) instrumentRank.set(r.instrument, instrumentRank.size);
  return [...rows].sort(
    (a, b) =>
      instrumentRank.get(a.instrument)! - instrumentRank.get(b.instrument)! ||
      STATUS_SEVERITY[a.status] - STATUS_SEVERITY[b.status] ||
      OBLIGATIONS.indexOf(a.obligation) - OBLIGATIONS.indexOf(b.obligation) ||
      b.confidence - a.confidence ||
      position.get(a.id)! - position.get(b.id)!,
  );
}

/** How many rows a filter would show: the counts beside each filter choice. */
export function countMatching(rows: ReviewRow[], f: ReviewFilter): number {
  let n = 0;
  for (const r of rows) if (matchesFilter(r, f)) n++;
  return n;
}

/** "TIP Protocol art. 3(a)" from "tip-protocol:3(a)", given a name for each instrument. */
export function shortRef(requirementId: string, nameOf: (instrument: string) => string): string {
  const at = requirementId.indexOf(':');
  return `${nameOf(requirementId.slice(0, at))} art. ${requirementId.slice(at + 1)}`;
}
