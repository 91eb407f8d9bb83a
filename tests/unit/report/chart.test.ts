import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { STATUS_COLOURS, emptyCounts, rasteriseBar, segmentWidths } from '../../../shared/report/chart';
import { encodePng } from '../../../electron/main/report/png';

describe('coverage chart', () => {
  it('splits a bar in proportion to the counts, to the exact pixel width', () => {
    const counts = { ...emptyCounts(), compliant: 1, partial: 1, gap: 1 };
    const widths = segmentWidths(counts, 100);
    expect(widths.map((w) => w.status)).toEqual(['compliant', 'partial', 'gap']);
    expect(widths.reduce((s, w) => s + w.width, 0)).toBe(100);
    expect(Math.max(...widths.map((w) => w.width)) - Math.min(...widths.map((w) => w.width))).toBeLessThanOrEqual(1);
  });

  it('gives every non-zero status at least a pixel and draws it in its colour', () => {
    const counts = { ...emptyCounts(), compliant: 999, not_assessed: 1 };
    const widths = segmentWidths(counts, 200);
    expect(widths.find((w) => w.status === 'not_assessed')!.width).toBeGreaterThanOrEqual(1);
    const img = rasteriseBar({ ...emptyCounts(), gap: 3 }, 10, 2);
    expect(img.data).toHaveLength(10 * 2 * 4);
    const hex = [...img.data.slice(0, 3)]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
    expect(hex).toBe(STATUS_COLOURS.gap.bar);
  });

  it('draws an empty bar as a grey track', () => {
    const img = rasteriseBar(emptyCounts(), 4, 1);
    expect([...img.data.slice(0, 4)]).toEqual([0xe0, 0xe0, 0xe0, 255]);
  });

  it('encodes a valid PNG', () => {
    const img = rasteriseBar({ ...emptyCounts(), compliant: 2, partial: 1 }, 30, 4);
    const png = encodePng(img);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(30);
    expect(png.readUInt32BE(20)).toBe(4);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw).toHaveLength((30 * 4 + 1) * 4);
    expect([...raw.subarray(1, 5)]).toEqual([...img.data.subarray(0, 4)]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });
});
