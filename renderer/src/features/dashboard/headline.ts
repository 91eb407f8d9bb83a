import type { RequirementStatus } from '../../../../shared/api/review-schemas';

export type HeadlineTone = 'gap' | 'ok' | 'open' | 'none';

/**
 * How an instrument's mandatory obligations read at a glance. Green ("ok") only when some apply
 * and none is a gap or left unassessed; an instrument whose every mandatory item is "not
 * applicable" (or has none) says so in a neutral tone, never green.
 */
export function headlineTone(counts: Record<RequirementStatus, number> | undefined, total: number): HeadlineTone {
  if (!counts || total - counts.not_applicable <= 0) return 'none';
  if (counts.gap > 0) return 'gap';
  if (counts.not_assessed > 0) return 'open';
  return 'ok';
}
