import ExcelJS from 'exceljs';
import type { LanguageCode } from '../../../shared/domain/source';
import { listRequirements } from '../../../shared/reference/library';
import { STATUS_COLOURS } from '../../../shared/report/chart';
import type { ReportInput } from '../../../shared/report/input';
import { messages } from '../../../shared/report/messages';
import { narrativeMessages } from '../../../shared/report/narrative-messages';
import { topicOf } from '../../../shared/report/themes';

/**
 * The requirement-by-requirement matrix as an Excel workbook, the form advisers and ministries
 * work in: one sheet per instrument, one row per requirement, the header frozen and filtered,
 * the status cell coloured, the national provisions cited and the reviewer's notes.
 */

/** A cell value as Excel shows it: a leading =, +, - or @ would be read as a formula. */
function safe(text: string | null | undefined): string {
  const t = (text ?? '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
  return /^[=+\-@]/.test(t) ? `'${t}` : t;
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string, used: Set<string>): string {
  let base =
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let n = 2;
  while (used.has(base.toLowerCase())) base = `${base.slice(0, 28)} ${n++}`;
  used.add(base.toLowerCase());
  return base;
}

export async function writeMatrixXlsx(
  input: ReportInput,
  options: { language: LanguageCode; author: string; instruments?: string[] },
): Promise<Buffer> {
  const t = messages(options.language);
  const n = narrativeMessages(options.language);
  const wb = new ExcelJS.Workbook();
  wb.creator = options.author;
  wb.created = new Date(input.analysis.generatedAt);
  const order = new Map(listRequirements(input.library).map((r, i) => [r.id, i]));
  const used = new Set<string>();
  const ids = input.instruments.filter((id) => !options.instruments || options.instruments.includes(id));
  for (const id of ids) {
    const inst = input.library.instruments.find((i) => i.id === id);
    const names = t.instruments[id];
    const ws = wb.addWorksheet(sheetName(names?.abbr ?? inst?.shortTitle ?? id, used), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
    });
    ws.columns = [
      { header: t.requirementColumn, key: 'ref', width: 14 },
      { header: n.topicColumn, key: 'title', width: 34 },
      { header: t.obligationColumn, key: 'obligation', width: 14 },
      { header: t.statusLabel, key: 'status', width: 22 },
      { header: t.reviewLabel, key: 'reviewed', width: 16 },
      { header: n.themeColumn, key: 'theme', width: 30 },
      { header: t.nationalProvisionsColumn, key: 'provisions', width: 40 },
      { header: t.nationalProvisions, key: 'text', width: 60 },
      { header: t.assessmentHeading, key: 'finding', width: 50 },
      { header: t.recommendationHeading, key: 'recommendation', width: 50 },
    ];
    const reqs = input.requirements
      .filter((r) => r.instrument === id)
      .sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
    for (const r of reqs) {
      let title = '';
      for (const a of inst?.articles ?? [])
        if (a.paragraphs.some((p) => p.id === r.id)) title = a.titleTranslations[options.language] ?? a.title;
      const ml = inst?.modelLawArticles.find((m) => m.id === r.id);
      if (ml && options.language === 'en') title = ml.title;
      const topic = topicOf(r.instrument, r.ref);
      const row = ws.addRow({
        ref: r.ref,
        title: safe(title),
        obligation: t.obligation[r.obligation],
        status: t.status[r.status],
        reviewed: r.reviewed ? t.reviewed : t.notReviewed(`${Math.round(r.confidence * 100)} %`),
        theme: topic ? n.theme[topic.theme] : '',
        provisions: safe(r.citations.map((c) => c.citation).join('\n')),
        text: safe(r.citations[0]?.text.slice(0, 32_000) ?? ''),
        finding: safe(r.finding ?? ''),
        recommendation: safe(r.recommendation ?? ''),
      });
      const colour = STATUS_COLOURS[r.status];
      row.getCell('status').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colour.tint}` } };
      row.getCell('status').font = { bold: true, color: { argb: `FF${colour.text}` } };
      row.alignment = { vertical: 'top', wrapText: true };
    }
    const header = ws.getRow(1);
    header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
    header.alignment = { vertical: 'middle', wrapText: true };
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };
  }
  if (ids.length === 0) wb.addWorksheet(t.notAvailable.slice(0, 31) || 'Sheet');
  return Buffer.from(await wb.xlsx.writeBuffer());
}
