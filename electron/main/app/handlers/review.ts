import { WRITES } from '../../../../shared/api/tables';
import {
  addMapping,
  dashboard,
  getReviewDetail,
  listReview,
  searchProvisions,
  setAssessment,
  setMapping,
} from '../../db/review-repo';
import type { AppContext } from '../context';
import { currentDb } from '../current';
import { mutation, type Handlers } from './kit';

const NO_DASHBOARD = {
  analysed: false,
  total: 0,
  reviewed: 0,
  byInstrument: [],
  matrix: { acts: [], rows: [] },
  unmapped: [],
};

/** The review of the analysis: decisions on mappings and requirements, the dashboard. */
export function reviewHandlers(
  ctx: AppContext,
): Handlers<
  | 'review:list'
  | 'review:get'
  | 'review:set-mapping'
  | 'review:add-mapping'
  | 'review:set-assessment'
  | 'review:search-provisions'
  | 'dashboard:summary'
> {
  return {
    'review:list': () => (ctx.current ? listReview(ctx.current.db, ctx.library) : []),
    'review:get': ({ requirementId }) => getReviewDetail(currentDb(ctx), ctx.library, requirementId),
    'review:set-mapping': mutation(ctx, WRITES['review:set-mapping'], (db, change) => {
      const requirementId = setMapping(db, change, ctx.platform.userName);
      return getReviewDetail(db, ctx.library, requirementId);
    }),
    'review:add-mapping': mutation(ctx, WRITES['review:add-mapping'], (db, input) => {
      addMapping(db, input, ctx.platform.userName);
      return getReviewDetail(db, ctx.library, input.requirementId);
    }),
    'review:set-assessment': mutation(ctx, WRITES['review:set-assessment'], (db, input) => {
      setAssessment(db, input, ctx.platform.userName);
      return getReviewDetail(db, ctx.library, input.requirementId);
    }),
    'review:search-provisions': ({ query, limit }) => searchProvisions(currentDb(ctx), query, limit),
    'dashboard:summary': () => (ctx.current ? dashboard(ctx.current.db, ctx.library) : NO_DASHBOARD),
  };
}
