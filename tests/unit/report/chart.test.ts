import { describe, expect, it } from 'vitest';
import { emptyCounts, segmentWidths } from '../../../shared/report/chart';

describe('coverage chart', () => {
  it('splits a bar in proportion to the counts, to the exact width', () => {
    const counts = { ...emptyCounts(), compliant: 1, partial: 1, gap: 1 };
    const widths = segmentWidths(counts, 100);
    expect(widths.map((w) => w.status)).toEqual(['compliant', 'partial', 'gap']);
    expect(widths.reduce((s, w) => s + w.width, 0)).toBe(100);
    expect(Math.max(...widths.map((w) => w.width)) - Math.min(...widths.map((w) => w.width))).toBeLessThanOrEqual(1);
  });

  it('gives every non-zero status a visible segment, taken from the widest', () => {
    const counts = { ...emptyCounts(), compliant: 999, not_assessed: 1 };
    const widths = segmentWidths(counts, 200);
    expect(widths.find((w) => w.status === 'not_assessed')!.width).toBeGreaterThanOrEqual(4);
    expect(widths.reduce((s, w) => s + w.width, 0)).toBe(200);
  });

  it('has no segments for an empty bar', () => {
    expect(segmentWidths(emptyCounts(), 350)).toEqual([]);
  });
});
