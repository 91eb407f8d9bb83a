import type { AnalysisInput } from '../../../shared/analysis/types';
import type { Provision } from '../../../shared/domain/provision';
import { AppError } from '../../../shared/api/errors';

/**
 * Most law text one analysis takes, in characters: two or three large consolidated codes (US
 * Code title 8 is 1.5 million). The analysis holds every passage's word features in memory,
 * about 110 MB per million characters, so above this it would outgrow its worker's 1 GB budget;
 * it is refused up front with this limit named instead.
 */
export const MAX_ANALYSIS_CHARS = 6 * 1024 * 1024;

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
