import type { RequirementStatus } from '../analysis/types';

/**
 * The coverage chart: one horizontal 100 % stacked bar per instrument (and one for all of them),
 * each split by status. This module holds the chart as data and draws a bar into an RGBA pixel
 * buffer; encoding the pixels as PNG needs zlib and is done on the writer side. Text (instrument
 * names, counts, the legend) is never rasterised: the writer sets it next to the bars in a table,
 * so it stays searchable, translatable and sharp at any zoom.
 */

/** Statuses in the order bars, tables and legends show them: met, then partly met, then not met. */
export const STATUS_ORDER: readonly RequirementStatus[] = [
  'compliant',
  'partial',
  'gap',
  'not_applicable',
  'not_assessed',
];

/**
 * Colours per status, as hex RRGGBB: `bar` for the chart and legend, `tint` for table-cell
 * shading, `text` for status words on a tint. Green/amber/red are told apart by lightness too, so
 * the chart still reads in greyscale print.
 */
export const STATUS_COLOURS: Record<RequirementStatus, { bar: string; tint: string; text: string }> = {
  compliant: { bar: '2E7D32', tint: 'E3F1E4', text: '1B5E20' },
  partial: { bar: 'F2A900', tint: 'FFF4D6', text: '7A5300' },
  gap: { bar: 'C62828', tint: 'FBE3E3', text: '8E1B1B' },
  not_applicable: { bar: '9E9E9E', tint: 'EFEFEF', text: '4A4A4A' },
  not_assessed: { bar: '90A4AE', tint: 'E8EEF1', text: '37474F' },
};

export type StatusCounts = Record<RequirementStatus, number>;

/** Narrowest segment drawn for a status that is present (pixels at the raster's scale). */
const MIN_SEGMENT_PX = 4;

/** An all-zero count per status. */
export function emptyCounts(): StatusCounts {
  return { compliant: 0, partial: 0, gap: 0, not_applicable: 0, not_assessed: 0 };
}

export interface CoverageChartRow {
  label: string;
  total: number;
  counts: StatusCounts;
}

export interface CoverageChart {
  caption: string;
  rows: CoverageChartRow[];
  /** Status names in the report language, in {@link STATUS_ORDER}. */
  legend: { status: RequirementStatus; label: string }[];
}

/** Pixels of one bar, 4 bytes (R, G, B, A) per pixel, rows top to bottom. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Widths of the segments of a bar `width` pixels wide, proportional to `counts` and summing to
 * `width` exactly (largest remainder), so bars of different totals end at the same edge.
 */
export function segmentWidths(counts: StatusCounts, width: number): { status: RequirementStatus; width: number }[] {
  const total = STATUS_ORDER.reduce((s, k) => s + counts[k], 0);
  if (total === 0) return [];
  const exact = STATUS_ORDER.map((status) => ({ status, exact: (counts[status] / total) * width }));
  const out = exact.map((e) => ({ status: e.status, width: Math.floor(e.exact) }));
  let left = width - out.reduce((s, o) => s + o.width, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, rem: e.exact - Math.floor(e.exact), nonzero: counts[e.status] > 0 }))
    .filter((e) => e.nonzero)
    .sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const e of byRemainder) {
    if (left <= 0) break;
    out[e.i]!.width += 1;
    left -= 1;
  }
  // A status that is present must show, however small its share: take the pixels from the widest.
  const min = Math.min(MIN_SEGMENT_PX, Math.floor(width / STATUS_ORDER.length));
  out.forEach((o, i) => {
    if (counts[STATUS_ORDER[i]!] === 0) return;
    while (o.width < min) {
      const widest = out.reduce((a, b) => (b.width > a.width ? b : a));
      if (widest.width <= min) break;
      widest.width -= 1;
      o.width += 1;
    }
  });
  return out.filter((o) => o.width > 0);
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex, 16);
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
}

/**
 * Draw one 100 % stacked bar: segments in {@link STATUS_ORDER} with a one-pixel white gap between
 * them (so neighbouring colours stay distinct in greyscale); an empty bar is a light grey track.
 */
export function rasteriseBar(counts: StatusCounts, width: number, height: number): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  const fill = (x0: number, x1: number, rgb: [number, number, number]): void => {
    for (let y = 0; y < height; y++) {
      for (let x = x0; x < x1; x++) {
        const o = (y * width + x) * 4;
        data[o] = rgb[0];
        data[o + 1] = rgb[1];
        data[o + 2] = rgb[2];
        data[o + 3] = 255;
      }
    }
  };
  const segments = segmentWidths(counts, width);
  if (segments.length === 0) {
    fill(0, width, hexToRgb('E0E0E0'));
    return { width, height, data };
  }
  let x = 0;
  segments.forEach((s, i) => {
    const end = x + s.width;
    // The separator is taken from the segment's own width, so the bar keeps its full length.
    const drawEnd = i < segments.length - 1 && s.width > 2 ? end - 1 : end;
    fill(x, drawEnd, hexToRgb(STATUS_COLOURS[s.status].bar));
    if (drawEnd < end) fill(drawEnd, end, [255, 255, 255]);
    x = end;
  });
  return { width, height, data };
}
