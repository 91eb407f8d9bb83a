import type { RequirementStatus } from '../analysis/types';

/**
 * The coverage chart: one horizontal 100 % stacked bar per instrument (and one for all of them),
 * each split by status. This module holds the chart as data and the widths of a bar's segments;
 * the writer draws the bars as vector shapes (shaded table cells) and sets the text (instrument
 * names, counts, the legend) next to them, so it stays searchable, translatable and sharp.
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

/** Narrowest segment drawn for a status that is present (in the units of the bar's width). */
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

/**
 * Widths of the segments of a bar `width` units (e.g. pixels) wide, proportional to `counts` and summing to
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
  // A status that is present must show, however small its share: take the room from the widest.
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
