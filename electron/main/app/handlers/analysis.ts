import { WRITES } from '../../../../shared/api/tables';
import { CONCEPTS_DATA, conceptLabel } from '../../../../shared/analysis/rules';
import { analysisStatus } from '../../db/analysis-status';
import { addCountryTerm, listCountryTerms, removeCountryTerm } from '../../db/terms-repo';
import { runAssessmentAnalysisInWorker } from '../analysis-service';
import type { AppContext } from '../context';
import { mutation, type Handlers } from './kit';

/** The automatic analysis, its status, and the country terms it reads. */
export function analysisHandlers(
  ctx: AppContext,
): Handlers<'analysis:run' | 'analysis:status' | 'terms:list' | 'terms:add' | 'terms:remove'> {
  const terms = () => {
    const list = ctx.current ? listCountryTerms(ctx.current.db) : [];
    const concepts = CONCEPTS_DATA.concepts.map((c) => c.id);
    const ids = new Set([...concepts, ...list.map((t) => t.concept)]);
    return { terms: list, concepts, conceptLabels: Object.fromEntries([...ids].map((id) => [id, conceptLabel(id)])) };
  };
  return {
    'analysis:run': mutation(ctx, WRITES['analysis:run'], async (db) => {
      const current = ctx.current;
      const { stored } = await runAssessmentAnalysisInWorker(db, ctx.library, ctx.platform.userName, {
        stillCurrent: () => ctx.current === current,
      });
      return stored;
    }),
    'analysis:status': () => (ctx.current ? analysisStatus(ctx.current.db) : null),

    'terms:list': terms,
    'terms:add': mutation(ctx, WRITES['terms:add'], (db, req) => {
      addCountryTerm(db, req, ctx.platform.userName);
      return terms();
    }),
    'terms:remove': mutation(ctx, WRITES['terms:remove'], (db, { id }: { id: number }) => {
      removeCountryTerm(db, id);
      return terms();
    }),
  };
}
