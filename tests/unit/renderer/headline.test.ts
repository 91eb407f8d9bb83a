import { describe, expect, it } from 'vitest';
import { headlineTone } from '../../../renderer/src/features/dashboard/headline';

const counts = (c: Partial<Record<'compliant' | 'partial' | 'gap' | 'not_applicable' | 'not_assessed', number>>) => ({
  compliant: 0,
  partial: 0,
  gap: 0,
  not_applicable: 0,
  not_assessed: 0,
  ...c,
});

describe('the mandatory-gaps headline of an instrument', () => {
  it('is never green when every mandatory item is not applicable, or there is none', () => {
    expect(headlineTone(counts({ not_applicable: 12 }), 12)).toBe('none');
    expect(headlineTone(undefined, 0)).toBe('none');
  });
  it('is red with a gap, open while some are not assessed, green otherwise', () => {
    expect(headlineTone(counts({ gap: 1, compliant: 5 }), 6)).toBe('gap');
    expect(headlineTone(counts({ not_assessed: 2, compliant: 5 }), 7)).toBe('open');
    expect(headlineTone(counts({ compliant: 5, partial: 1, not_applicable: 3 }), 9)).toBe('ok');
  });
});
