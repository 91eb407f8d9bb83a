import {
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { LanguageCode } from '../../../shared/domain/source';
import type { CompareResult, ComparedPair, DiffPart } from '../../../shared/compare/types';
import { COMPARE_MESSAGES, elementName } from '../../../shared/compare/messages';

/**
 * The comparison of two versions as a Word document: the changes from the old version to the new
 * one as genuine tracked changes (w:ins / w:del, authored by the new version's source, so Word's
 * Review pane can accept or reject them), unchanged provisions collapsed, moves shown as moves,
 * the substantive changes under each provision, then the compliance-delta table.
 */

export interface CompareDocxOptions {
  lang: LanguageCode;
  /** Author of the revisions: the new version's source (its file name or label). */
  author: string;
  date?: Date;
}

const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const safe = (t: string) => t.replace(/\r\n?/g, '\n').replace(XML_INVALID, '').replace(/\t/g, ' ');

function unitTitle(pair: ComparedPair): string {
  const u = pair.new[0] ?? pair.old[0]!;
  const labels = (pair.new.length ? pair.new : pair.old).map((x) => x.label).join(' + ');
  return u.heading ? `${labels} — ${u.heading}` : labels;
}

export async function writeCompareDocx(result: CompareResult, options: CompareDocxOptions): Promise<Buffer> {
  const m = COMPARE_MESSAGES[options.lang];
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const author = safe(options.author) || 'LexGap';
  let revision = 1;

  /** The diff as paragraphs, one per line of the texts, with insertions and deletions tracked. */
  const tracked = (parts: DiffPart[], track: boolean): Paragraph[] => {
    const paragraphs: Paragraph[] = [];
    let children: ParagraphChild[] = [];
    const flush = () => {
      paragraphs.push(new Paragraph({ children }));
      children = [];
    };
    for (const p of parts) {
      safe(p.text)
        .split('\n')
        .forEach((piece, i) => {
          if (i > 0) flush();
          if (!piece) return;
          if (p.op === 'equal' || !track) children.push(new TextRun({ text: piece }));
          else {
            const run = { text: piece, id: revision++, author, date };
            children.push(p.op === 'insert' ? new InsertedTextRun(run) : new DeletedTextRun(run));
          }
        });
    }
    if (children.length) flush();
    return paragraphs;
  };

  const body: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(safe(m.title(result.old.name, result.new.name)))],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: m.summaryHeading }),
    new Paragraph({ text: m.counts(result.summary) }),
  ];
  if (result.warnings.includes('little-aligns'))
    body.push(new Paragraph({ children: [new TextRun({ text: m.littleAligns, bold: true })] }));
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: m.changesHeading }));

  let collapsed = 0;
  const flushCollapsed = () => {
    if (!collapsed) return;
    body.push(
      new Paragraph({
        children: [new TextRun({ text: m.unchangedCollapsed(collapsed), italics: true, color: '666666' })],
      }),
    );
    collapsed = 0;
  };
  for (const pair of result.pairs) {
    if (pair.kind === 'same' && !pair.renumbered) {
      collapsed++;
      continue;
    }
    flushCollapsed();
    const notes = [m.kinds[pair.kind]];
    if (pair.renumbered) notes.push(m.renumbered(pair.old.map((u) => u.label).join(' + ')));
    body.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_3,
        children: [new TextRun(safe(unitTitle(pair))), new TextRun({ text: ` (${notes.join('; ')})`, italics: true })],
      }),
    );
    if (pair.kind === 'moved')
      body.push(new Paragraph({ children: [new TextRun({ text: m.movedFrom(pair.old[0]!.label), italics: true })] }));
    for (const f of pair.flags)
      body.push(
        new Paragraph({ children: [new TextRun({ text: `⚑ ${safe(m.flag(f))}`, bold: true, color: '9C2A00' })] }),
      );
    // A renumbered unit with the same text has nothing to track.
    if (pair.kind !== 'same') body.push(...tracked(pair.diff, true));
  }
  flushCollapsed();

  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: m.deltaHeading }));
  if (!result.delta) body.push(new Paragraph({ text: m.noDelta }));
  else {
    const s = result.deltaSummary!;
    body.push(
      new Paragraph({
        text: `${m.changes.closed}: ${s.closed} · ${m.changes.opened}: ${s.opened} · ${m.changes.unchanged}: ${s.unchanged} · +${s.elementsGained} / −${s.elementsLost}`,
      }),
    );
    const cell = (text: string, bold = false) =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: safe(text), bold })] })] });
    const rows = result.delta.filter(
      (r) => r.change !== 'unchanged' || r.elementsGained.length || r.elementsLost.length,
    );
    body.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: m.deltaColumns.map((c) => cell(c, true)) }),
          ...(rows.length
            ? rows.map(
                (r) =>
                  new TableRow({
                    children: [
                      cell(r.requirement),
                      cell(m.statuses[r.before]),
                      cell(m.statuses[r.after]),
                      cell(m.changes[r.change]),
                      cell(
                        [
                          ...r.elementsGained.map((e) => `+ ${elementName(e, options.lang)}`),
                          ...r.elementsLost.map((e) => `− ${elementName(e, options.lang)}`),
                        ].join(', '),
                      ),
                    ],
                  }),
              )
            : [new TableRow({ children: [cell(m.changes.unchanged), cell(''), cell(''), cell(''), cell('')] })]),
        ],
      }),
    );
  }

  const doc = new Document({
    title: safe(m.title(result.old.name, result.new.name)),
    creator: author,
    sections: [{ children: body }],
  });
  return Packer.toBuffer(doc);
}
