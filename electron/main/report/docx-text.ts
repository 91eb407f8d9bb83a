import {
  BorderStyle,
  LineRuleType,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { STATUS_COLOURS, segmentWidths, type StatusCounts } from '../../../shared/report/chart';
import type { ReportRun, Tone } from '../../../shared/report/model';

/** Page, fonts and colours of the report, and the runs of text and shapes the writer's blocks are made of. */

/* A4 with 2 cm margins, in twentieths of a point. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = { portrait: PAGE.width - 2 * PAGE.margin, landscape: PAGE.height - 2 * PAGE.margin } as const;

export const FONT = 'Arial';
export const NAVY = '1F3864';
export const BLUE = '2F5496';
export const GREY = '595959';
export const RULE = 'BFBFBF';
export const BULLETS = 'report-bullets';

/** Revision ids start high so they never meet the ids docx gives the heading bookmarks of the TOC. */
export const FIRST_REVISION_ID = 100_000;

/* Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/U+FFFF) and unpaired surrogates,
   which cannot even be encoded as UTF-8: any of them makes Word refuse the file. */
export const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to write into a w:t: invalid characters dropped, tabs as spaces, line ends as "\n". */
export function xmlSafeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(XML_INVALID, '').replace(/\t/g, ' ');
}

export const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;
export const RTL_CHARS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/g;
export const RTL_SPAN =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC](?:[\s\d.,:;()\u060C\u061B\u061F-]*[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC])*/g;

/** True when a paragraph is mostly right-to-left script (Arabic, Hebrew), so it should be laid out from the right. */
export function mostlyRtl(text: string): boolean {
  // Nearly every paragraph has no right-to-left character at all: settle those with one scan.
  if (!RTL_CHAR.test(text)) return false;
  const rtl = text.match(RTL_CHARS)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return rtl > letters - rtl;
}

export type RunStyle = {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
  language?: { value: string };
};

/**
 * Runs for a piece of text: right-to-left spans get their own runs marked `w:rtl`, so Word shapes
 * and orders them with the complex-script font; line breaks become `w:br`.
 */
export function textRuns(text: string, style: RunStyle): TextRun[] {
  const out: TextRun[] = [];
  xmlSafeText(text)
    .split('\n')
    .forEach((line, li) => {
      let last = 0;
      let first = true;
      const push = (piece: string, rtl: boolean): void => {
        if (!piece && !(li > 0 && first)) return;
        out.push(
          new TextRun({
            text: piece,
            ...style,
            ...(rtl ? { rightToLeft: true, boldComplexScript: style.bold, italicsComplexScript: style.italics } : {}),
            ...(li > 0 && first ? { break: 1 } : {}),
          }),
        );
        first = false;
      };
      for (const m of line.matchAll(RTL_SPAN)) {
        push(line.slice(last, m.index), false);
        push(m[0], true);
        last = m.index + m[0].length;
      }
      push(line.slice(last), false);
    });
  return out;
}

/** Colours of a tone: an element present reads as compliant, a missing one as a gap. */
export function toneColours(tone: Tone | undefined): { tint: string; text: string } | undefined {
  if (!tone) return undefined;
  return STATUS_COLOURS[tone === 'present' ? 'compliant' : tone === 'missing' ? 'gap' : tone];
}

export function runsOf(runs: ReportRun[], base: RunStyle = {}): TextRun[] {
  return runs.flatMap((r) =>
    textRuns(r.text, {
      ...base,
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italics: true } : {}),
      ...(r.tone ? { color: toneColours(r.tone)!.text } : {}),
      ...(r.lang ? { language: { value: r.lang } } : {}),
    }),
  );
}

/** An empty paragraph one point high: a table cell must end with one, this one takes no room. */
export function tinyParagraph(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: '', size: 2 })],
  });
}

/** Size of a coverage bar in twips: 350 × 16 pixels at 96 dpi (15 twips a pixel). */
export const BAR = { width: 5250, height: 240 } as const;

/**
 * One 100 % stacked bar of the coverage chart, drawn as a one-row table of shaded cells (vector
 * in Word and LibreOffice alike, sharp at any zoom): segments in status order, separated by a thin
 * white rule so neighbouring colours stay distinct in greyscale; an empty bar is a grey track.
 */
export function bar(counts: StatusCounts): Table {
  const segments = segmentWidths(counts, BAR.width / 15).map((s) => ({
    fill: STATUS_COLOURS[s.status].bar,
    width: s.width * 15,
  }));
  const cells = segments.length ? segments : [{ fill: 'E0E0E0', width: BAR.width }];
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const separator = { style: BorderStyle.SINGLE, size: 6, color: 'FFFFFF' };
  return new Table({
    width: { size: BAR.width, type: WidthType.DXA },
    columnWidths: cells.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: BAR.height, rule: HeightRule.EXACT },
        children: cells.map(
          (c, i) =>
            new TableCell({
              width: { size: c.width, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: c.fill },
              borders: { top: none, bottom: none, left: none, right: i < cells.length - 1 ? separator : none },
              children: [tinyParagraph()],
            }),
        ),
      }),
    ],
  });
}

export function plain(runs: ReportRun[]): string {
  return runs.map((r) => r.text).join('');
}
