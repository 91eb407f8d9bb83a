import type { ResponseOf } from '../../../../shared/api/contract';
import type { ReviewRow } from '../../../../shared/api/review-schemas';
import { reviewProgress } from '../review/filters';

export type StepId = 'acts' | 'analysis' | 'review' | 'report';
export const STEPS: readonly StepId[] = ['acts', 'analysis', 'review', 'report'];

export type AnalysisState = 'none' | 'current' | 'outOfDate';

export interface GuideState {
  acts: number;
  analysis: AnalysisState;
  reviewed: number;
  toReview: number;
  /** The step whose primary action comes next. */
  next: StepId;
}

/** Where the assessment stands on the way from the law to the report, and what comes next. */
export function guideState(status: ResponseOf<'analysis:status'> | undefined, rows: ReviewRow[]): GuideState {
  const acts = status?.acts ?? 0;
  const analysis: AnalysisState = !status?.lastRunAt ? 'none' : status.outOfDate ? 'outOfDate' : 'current';
  const { reviewed, total } = reviewProgress(rows);
  const next: StepId =
    acts === 0 ? 'acts' : analysis !== 'current' ? 'analysis' : reviewed < total ? 'review' : 'report';
  return { acts, analysis, reviewed, toReview: total, next };
}
