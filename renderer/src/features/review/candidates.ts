import type { MappingView } from '../../../../shared/api/review-schemas';

/**
 * Candidates in an order that does not move while the reviewer decides: the analysis's best
 * first, then those added by hand, oldest first. (The server lists accepted ones first, which
 * would make the candidate under the cursor jump after each decision.)
 */
export function orderCandidates(mappings: MappingView[]): MappingView[] {
  return [...mappings].sort(
    (a, b) =>
      Number(a.origin === 'manual') - Number(b.origin === 'manual') || (b.score ?? -1) - (a.score ?? -1) || a.id - b.id,
  );
}
