import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  Document,
  Footer,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { STATUS_COLOURS, type CoverageChart } from '../../../shared/report/chart';
import type {
  AmendmentSegment,
  ReportBlock,
  ReportCell,
  ReportModel,
  ReportRun,
  ReportSection,
  ReportTable,
} from '../../../shared/report/model';
import {
  PAGE,
  TEXT_WIDTH,
  NAVY,
  BLUE,
  GREY,
  RULE,
  BULLETS,
  FIRST_REVISION_ID,
  xmlSafeText,
  mostlyRtl,
  textRuns,
  toneColours,
  runsOf,
  tinyParagraph,
  bar,
  plain,
} from './docx-text';
import { documentStyles } from './docx-styles';
import { reportPageNumbers } from './docx-page-numbers';

/**
 * Lays a {@link ReportModel} out as a Word document: built-in Heading 1–3 styles (so Word's
 * navigation pane and the table of contents work), a TOC field Word refreshes on opening, page
 * numbers, tables whose header row repeats on every page, status colours, the coverage chart as
 * bars of shaded table cells, and amendments as genuine tracked changes (w:ins / w:del) attributed
 * to the author.
 */

export interface DocxWriterOptions {
  /** Called with a fraction 0..1 and what is being done. */
  onProgress?: (fraction: number, stage: string) => void;
  /**
   * Lay the pages out to write the table of contents with its page numbers, so readers that do
   * not refresh fields (LibreOffice) show them; without, Word fills them in on opening (the field
   * is written dirty). The layout is `docx/layout`'s, which lays the whole document out as Word
   * does at least twice (once to place the headings, once more with the contents' numbers written
   * in, to check they do not move them), and a third time when they do. Its cost grows with the
   * text, not the headings: about 4–5 s a pass for the 25-page sample on a loaded machine, most of it
   * the annex of provisions quoted in full, against 0.3–0.8 s to write the file without it. A
   * cheaper estimate of paragraph heights would save those seconds but put headings a page out; the
   * CLI turns it on (`--docx`), the app's export passes it from its worker. Off by default.
   */
  pageNumbers?: boolean;
}

/** Space after each bullet, in twips. */
const BULLET_SPACING_AFTER = 60;

class DocxBuilder {
  private revisionId = FIRST_REVISION_ID;
  private readonly revisionDate: string;

  constructor(private readonly model: ReportModel) {
    // Word writes revision dates without milliseconds; some readers reject them otherwise.
    this.revisionDate = model.date.replace(/\.\d+Z$/, 'Z');
  }

  /* ------------------------------------------------------------------------ paragraphs */

  private paragraph(runs: ReportRun[], style: 'body' | 'note' | 'label', keepNext = false): Paragraph {
    const text = plain(runs);
    const rtl = mostlyRtl(text);
    return new Paragraph({
      style: style === 'body' ? undefined : style === 'note' ? 'ReportNote' : 'ReportLabel',
      ...(keepNext ? { keepNext: true } : {}),
      children: runsOf(runs),
      ...(rtl ? { bidirectional: true } : {}),
    });
  }

  private heading(level: 1 | 2 | 3, text: string, pageBreak: boolean): Paragraph {
    const heading =
      level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
    // A chapter that runs on after the previous one is set off by space instead of a new page.
    const runOn = level === 1 && !pageBreak ? { spacing: { before: 480, after: 240 } } : {};
    return new Paragraph({ heading, pageBreakBefore: pageBreak, ...runOn, children: textRuns(text, {}) });
  }

  private bullets(items: ReportRun[][]): Paragraph[] {
    return items.map(
      (runs) =>
        new Paragraph({
          numbering: { reference: BULLETS, level: 0 },
          // Also on the paragraph: LibreOffice ignores a list level's spacing, which the contents'
          // page numbers are laid out with.
          spacing: { after: BULLET_SPACING_AFTER },
          children: runsOf(runs),
          ...(mostlyRtl(plain(runs)) ? { bidirectional: true } : {}),
        }),
    );
  }

  private quote(paragraphs: ReportRun[][]): Paragraph[] {
    return paragraphs.map(
      (runs) =>
        new Paragraph({
          style: 'ReportQuote',
          children: runsOf(runs),
          ...(mostlyRtl(plain(runs)) ? { bidirectional: true } : {}),
        }),
    );
  }

  /* ---------------------------------------------------------------------------- tables */

  private widths(relative: number[], total: number): number[] {
    const sum = relative.reduce((s, w) => s + w, 0);
    const out = relative.map((w) => Math.floor((w / sum) * total));
    out[out.length - 1]! += total - out.reduce((s, w) => s + w, 0);
    return out;
  }

  private cell(c: ReportCell, width: number, size: number): TableCell {
    const tint = toneColours(c.tone)?.tint;
    const colour = toneColours(c.tone)?.text;
    const alignment =
      c.align === 'center' ? AlignmentType.CENTER : c.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
    const paragraphs = c.paragraphs.length > 0 ? c.paragraphs : [[{ text: '' }]];
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      ...(tint ? { shading: { fill: tint, type: ShadingType.CLEAR, color: 'auto' } } : {}),
      children: paragraphs.map((runs) => {
        const rtl = mostlyRtl(plain(runs));
        return new Paragraph({
          style: 'ReportTableText',
          alignment: rtl && alignment === AlignmentType.LEFT ? AlignmentType.RIGHT : alignment,
          ...(rtl ? { bidirectional: true } : {}),
          children: runsOf(runs, { size, ...(colour ? { color: colour } : {}) }),
        });
      }),
    });
  }

  private table(t: ReportTable, landscape: boolean): Table {
    const widths = this.widths(
      t.columns.map((c) => c.width),
      landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait,
    );
    const size = t.compact ? 17 : 19;
    const header = new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: t.columns.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i]!, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            shading: { fill: NAVY, type: ShadingType.CLEAR, color: 'auto' },
            children: [
              new Paragraph({
                style: 'ReportTableText',
                children: textRuns(c.header, { bold: true, color: 'FFFFFF', size }),
              }),
            ],
          }),
      ),
    });
    const rows = t.rows.map((row) => {
      const length = row.reduce((s, c) => s + c.paragraphs.reduce((p, runs) => p + plain(runs).length, 0), 0);
      return new TableRow({
        // Short rows stay whole on a page; a row holding a long text must be allowed to break.
        cantSplit: length < 600,
        children: row.map((c, i) => this.cell(c, widths[i]!, size)),
      });
    });
    const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
    return new Table({
      rows: [header, ...rows],
      width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { top: 50, bottom: 50, left: 90, right: 90 },
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
    });
  }

  /* ----------------------------------------------------------------------------- chart */

  private chart(chart: CoverageChart): (Paragraph | Table)[] {
    const widths = [3000, 5300, TEXT_WIDTH.portrait - 8300];
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const rows = chart.rows.map((row, i) => {
      const last = i === chart.rows.length - 1 && chart.rows.length > 1;
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: widths[0]!, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            children: [
              new Paragraph({ style: 'ReportTableText', children: textRuns(row.label, { bold: last, size: 18 }) }),
            ],
          }),
          new TableCell({
            width: { size: widths[1]!, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            children: [bar(row.counts), tinyParagraph()],
          }),
          new TableCell({
            width: { size: widths[2]!, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            children: [
              new Paragraph({
                style: 'ReportTableText',
                children: textRuns(`n = ${row.total}`, { size: 18, color: GREY, bold: last }),
              }),
            ],
          }),
        ],
      });
    });
    const legend: TextRun[] = chart.legend.flatMap((l, i) => [
      ...(i > 0 ? [new TextRun({ text: '    ', size: 17 })] : []),
      new TextRun({ text: '■ ', color: STATUS_COLOURS[l.status].bar, size: 22 }),
      ...textRuns(l.label, { size: 17, color: GREY }),
    ]);
    return [
      new Paragraph({ style: 'ReportCaption', keepNext: true, children: textRuns(chart.caption, {}) }),
      new Table({
        rows,
        width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        margins: { top: 40, bottom: 40, left: 60, right: 60 },
        borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      }),
      new Paragraph({ style: 'ReportNote', spacing: { before: 80, after: 200 }, children: legend }),
    ];
  }

  /* ------------------------------------------------------------------------ amendments */

  /** The proposed wording as tracked changes: deletions and insertions by the author, on the report's date. */
  private amendment(segments: AmendmentSegment[], lang?: string): Paragraph {
    const children: ParagraphChild[] = [];
    for (const s of segments) {
      xmlSafeText(s.text)
        .split('\n')
        .forEach((piece, i) => {
          if (!piece && i === 0) return;
          const run = {
            text: piece,
            ...(i > 0 ? { break: 1 } : {}),
            ...(lang ? { language: { value: lang } } : {}),
          };
          if (s.kind === 'equal') children.push(new TextRun(run));
          else {
            const change = {
              ...run,
              id: this.revisionId++,
              author: xmlSafeText(this.model.author),
              date: this.revisionDate,
            };
            children.push(s.kind === 'insert' ? new InsertedTextRun(change) : new DeletedTextRun(change));
          }
        });
    }
    const text = segments.map((s) => s.text).join('');
    return new Paragraph({ style: 'ReportAmendment', children, ...(mostlyRtl(text) ? { bidirectional: true } : {}) });
  }

  /* -------------------------------------------------------------------------- sections */

  private block(
    b: ReportBlock,
    landscape: boolean,
    firstInSection: boolean,
    next?: ReportBlock,
  ): (Paragraph | Table)[] {
    switch (b.kind) {
      case 'heading':
        // A new Word section already starts a page; a page break there would leave a blank one.
        return [this.heading(b.level, b.text, b.level === 1 && !firstInSection && !b.runOn)];
      case 'paragraph':
        // A line that introduces a quotation ("Section 17 provides:") stays on its page. Word and
        // LibreOffice break a page differently before a quotation that does not fit otherwise.
        return [this.paragraph(b.runs, b.style, next?.kind === 'quote')];
      case 'bullets':
        return this.bullets(b.items);
      case 'quote':
        return this.quote(b.paragraphs);
      case 'table':
        // Word needs a paragraph between two tables, or it merges them.
        return [this.table(b.table, landscape), new Paragraph({ style: 'ReportAfterTable', children: [] })];
      case 'chart':
        return this.chart(b.chart);
      case 'amendment':
        return [this.amendment(b.segments, b.lang)];
    }
  }

  private cover(): (Paragraph | Table)[] {
    const c = this.model.cover;
    const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    const rule = { style: BorderStyle.SINGLE, size: 4, color: RULE };
    const widths = [2600, TEXT_WIDTH.portrait - 2600];
    return [
      new Paragraph({
        spacing: { before: 2400, after: 240 },
        children: textRuns(c.kicker.toUpperCase(), { bold: true, color: BLUE, size: 24 }),
      }),
      new Paragraph({ spacing: { after: 240 }, children: textRuns(c.title, { bold: true, color: NAVY, size: 44 }) }),
      new Paragraph({
        spacing: { after: 600 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: NAVY, space: 12 } },
        children: textRuns(c.country, { color: BLUE, size: 32 }),
      }),
      new Table({
        width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
        columnWidths: widths,
        layout: TableLayoutType.FIXED,
        margins: { top: 100, bottom: 100, left: 0, right: 120 },
        borders: { top: none, bottom: none, left: none, right: none, insideVertical: none, insideHorizontal: rule },
        rows: c.fields.map(
          (f) =>
            new TableRow({
              cantSplit: true,
              children: [
                new TableCell({
                  width: { size: widths[0]!, type: WidthType.DXA },
                  children: [
                    new Paragraph({
                      style: 'ReportTableText',
                      children: textRuns(f.label, { bold: true, color: GREY, size: 19 }),
                    }),
                  ],
                }),
                new TableCell({
                  width: { size: widths[1]!, type: WidthType.DXA },
                  children: (f.lines.length > 0 ? f.lines : ['']).map(
                    (l) =>
                      new Paragraph({
                        style: 'ReportTableText',
                        spacing: { after: 60 },
                        children: textRuns(l, { size: 20 }),
                      }),
                  ),
                }),
              ],
            }),
        ),
      }),
    ];
  }

  /** Footer: the report's subject on the left, "Page n of m" on the right margin of the page's text width. */
  private footer(textWidth: number): Footer {
    const f = this.model.footer;
    return new Footer({
      children: [
        new Paragraph({
          style: 'ReportFooter',
          tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
          border: { top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 6 } },
          children: [
            ...textRuns(f.text, {}),
            new TextRun({
              children: [
                '\t',
                `${xmlSafeText(f.page)} `,
                PageNumber.CURRENT,
                ` ${xmlSafeText(f.of)} `,
                PageNumber.TOTAL_PAGES,
              ],
            }),
          ],
        }),
      ],
    });
  }

  /** Consecutive report sections of the same orientation share one Word section. */
  private groups(): { landscape: boolean; sections: ReportSection[] }[] {
    const out: { landscape: boolean; sections: ReportSection[] }[] = [];
    for (const s of this.model.sections) {
      const last = out[out.length - 1];
      if (last && last.landscape === s.landscape) last.sections.push(s);
      else out.push({ landscape: s.landscape, sections: [s] });
    }
    return out;
  }

  sections(progress: (fraction: number) => void): ISectionOptions[] {
    const groups = this.groups();
    const total = this.model.sections.length;
    let done = 0;
    return groups.map((g, gi) => {
      const children: (Paragraph | Table | TableOfContents)[] = [];
      if (gi === 0) {
        children.push(...this.cover());
        children.push(
          new Paragraph({
            style: 'ReportTocTitle',
            pageBreakBefore: true,
            children: textRuns(this.model.tocTitle, {}),
          }),
        );
        children.push(new TableOfContents(this.model.tocTitle, { hyperlink: true, headingStyleRange: '1-2' }));
      }
      g.sections.forEach((s, si) => {
        s.blocks.forEach((b, bi) =>
          children.push(...this.block(b, g.landscape, gi > 0 && si === 0 && bi === 0, s.blocks[bi + 1])),
        );
        progress(++done / total);
      });
      const footer = this.footer(g.landscape ? TEXT_WIDTH.landscape : TEXT_WIDTH.portrait);
      return {
        properties: {
          titlePage: gi === 0,
          page: {
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: g.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: 567 },
          },
        },
        footers:
          gi === 0
            ? { default: footer, first: new Footer({ children: [new Paragraph({ children: [] })] }) }
            : { default: footer },
        children,
      };
    });
  }
}

/**
 * Write the report as a .docx file's bytes. Valid OOXML whatever the text holds: characters XML
 * forbids are dropped, right-to-left script is marked as such, no table is ever empty.
 */
export async function writeReportDocx(model: ReportModel, options: DocxWriterOptions = {}): Promise<Buffer> {
  const progress = options.onProgress ?? (() => {});
  progress(0, 'Laying out the report');
  // The page layout library is loaded only when the contents page is to carry its page numbers.
  const layout = options.pageNumbers ? await import('docx/layout') : null;
  const doc = reportDocument(model, layout, (f) => progress(0.1 + 0.6 * f, 'Laying out the report'));
  progress(0.75, 'Writing the Word file');
  const buffer = await Packer.toBuffer(doc);
  progress(1, 'Writing the Word file');
  return buffer;
}

/** The report as a `docx` document, before packing. */
export function reportDocument(
  model: ReportModel,
  layout: typeof import('docx/layout') | null,
  progress: (fraction: number) => void = () => {},
): Document {
  const builder = new DocxBuilder(model);
  const sections = builder.sections(progress);
  return new Document({
    title: xmlSafeText(model.title),
    subject: xmlSafeText(model.properties.subject),
    creator: xmlSafeText(model.author),
    lastModifiedBy: xmlSafeText(model.author),
    keywords: xmlSafeText(model.properties.keywords),
    description: xmlSafeText(model.properties.description),
    features: { updateFields: true },
    // The table of contents is written with its page numbers, laid out here, so LibreOffice and any
    // reader that does not refresh fields shows them; Word refreshes them on opening.
    ...(layout ? { pageNumbers: reportPageNumbers(layout) } : {}),
    styles: documentStyles(model.locale),
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 400, hanging: 260 }, spacing: { after: BULLET_SPACING_AFTER } } },
            },
          ],
        },
      ],
    },
    sections,
  });
}
