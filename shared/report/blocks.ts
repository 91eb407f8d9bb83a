import type { ReportBlock, ReportCell, ReportParagraphStyle, ReportTable, Tone } from './model-types';

/** Small builders of report blocks that both report layouts use. */

/** The non-empty lines of a text, trimmed, whatever its line endings. */
export function splitLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** A paragraph of one plain run. */
export function para(text: string, style: ReportParagraphStyle = 'body'): ReportBlock {
  return { kind: 'paragraph', runs: [{ text }], style };
}

/** A table cell of one run, coloured by a tone when given. */
export function cell(text: string, tone?: Tone, bold = false): ReportCell {
  return { paragraphs: [[{ text, ...(bold ? { bold } : {}) }]], ...(tone ? { tone } : {}) };
}

/** A compact table: its role, its columns as [header, relative width], its rows. */
export function compactTable(
  role: ReportTable['role'],
  columns: [header: string, width: number][],
  rows: ReportCell[][],
): ReportBlock {
  return {
    kind: 'table',
    table: { role, compact: true, columns: columns.map(([header, width]) => ({ header, width })), rows },
  };
}
