import type { AnalysisInput } from '../../../shared/analysis/types';
import type { Provision } from '../../../shared/domain/provision';
import { AppError } from '../../../shared/api/errors';

/**
 * Most law text one analysis takes, in characters (about MB of text): several consolidated
 * codes together. The analysis holds each law's words and their matches in memory, so above this
 * it would need more than its worker's memory budget; it is refused up front instead.
 */
export const MAX_ANALYSIS_CHARS = 12 * 1024 * 1024;

function textLength(provisions: readonly Provision[]): number {
  let n = 0;
  const stack = [...provisions];
  while (stack.length > 0) {
    const p = stack.pop()!;
    n += p.text.length + (p.heading?.length ?? 0);
    stack.push(...p.children);
  }
  return n;
}

/** Refuses an analysis of more law text than {@link MAX_ANALYSIS_CHARS}, saying how much there is. */
export function checkAnalysisSize(input: AnalysisInput, limit = MAX_ANALYSIS_CHARS): void {
  const total = input.acts.reduce((n, act) => n + textLength(act.tree.children), 0);
  if (total > limit) {
    const mb = (chars: number) => `${Math.round((10 * chars) / (1024 * 1024)) / 10} million characters`;
    throw new AppError(
      'resource-limit',
      `The laws to analyse hold ${mb(total)} of text, more than the ${mb(limit)} one analysis takes. ` +
        'Analyse them in smaller groups (one assessment per code or per part), or remove versions and laws not needed.',
      { chars: total, limit },
    );
  }
}
