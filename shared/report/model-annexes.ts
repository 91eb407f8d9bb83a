import { type ReportBlock, type ReportBuilder, type ReportCell, type ReportSection } from './model';
import { byInstrument } from './model-summary';
import { shortCitation } from './model-findings';
import { cell, compactTable, para } from './blocks';

/** The annexes of the requirement-by-requirement report: the matrix, the laws and their texts (see `model.ts`). */

export function matrixSection(b: ReportBuilder): ReportSection {
  const t = b.t;
  const blocks: ReportBlock[] = [b.heading(1, t.annex('A', t.sections.annexMatrix))];
  if (b.scope.length === 0) {
    blocks.push(para(t.noRequirement));
    return { id: 'annex-matrix', landscape: true, blocks };
  }
  blocks.push(para(t.matrixIntro));
  const acts = b.input.acts;
  blocks.push({
    kind: 'table',
    table: {
      role: 'matrix',
      compact: true,
      columns: [
        { header: t.requirementColumn, width: 2.6 },
        { header: t.statusLabel, width: 1.4 },
        ...acts.map((a) => ({ header: a.title, width: Math.max(1.4, 8 / Math.max(acts.length, 1)) })),
      ],
      rows: b.scope.map((r) => [
        { paragraphs: [[{ text: r.label, bold: true }], ...(r.title ? [[{ text: r.title }]] : [])] },
        cell(t.status[r.req.status], r.req.status, true),
        ...acts.map((a): ReportCell => {
          const cited = r.citations.filter((c) => c.act === a.key);
          return cited.length > 0
            ? { paragraphs: cited.map((c) => [{ text: shortCitation(c, a.title) }]), align: 'center' }
            : { ...cell(t.notAvailable), align: 'center' };
        }),
      ]),
    },
  });
  return { id: 'annex-matrix', landscape: true, blocks };
}

export function lawsSection(b: ReportBuilder): ReportSection {
  const t = b.t;
  const blocks: ReportBlock[] = [b.heading(1, t.annex('B', t.sections.annexLaws))];
  if (b.input.acts.length === 0) {
    blocks.push(para(t.notAvailable));
    return { id: 'annex-laws', landscape: true, blocks };
  }
  blocks.push(para(t.lawsIntro));
  blocks.push(
    compactTable(
      'laws',
      [
        [t.actColumn, 4],
        [t.yearColumn, 0.8],
        [t.versionColumn, 2.4],
        [t.versionStatusColumn, 1.4],
        [t.languageColumn, 1.3],
        [t.sourceColumn, 2.6],
        [t.importedColumn, 1.6],
      ],
      b.input.acts.map((a) => [
        cell(a.title, undefined, true),
        { ...cell(a.year ? String(a.year) : t.notAvailable), align: 'center' },
        cell(a.versionLabel),
        cell(t.actStatus[a.versionStatus]),
        cell(t.languageName[a.language]),
        cell(a.sourceFile ?? t.notAvailable),
        cell(b.formatDate(a.importedAt)),
      ]),
    ),
  );
  return { id: 'annex-laws', landscape: true, blocks };
}

export function textsSection(b: ReportBuilder): ReportSection {
  const t = b.t;
  const blocks: ReportBlock[] = [b.heading(1, t.annex('C', t.sections.annexTexts))];
  if (b.scope.length === 0) {
    blocks.push(para(t.noRequirement));
    return { id: 'annex-texts', landscape: false, blocks };
  }
  blocks.push(para(t.textsIntro));
  for (const g of byInstrument(b, b.scope)) {
    const n = b.names(g.id);
    blocks.push(b.heading(2, n.short));
    if (n.citation) blocks.push(para(`${n.title} (${n.citation})`, 'note'));
    for (const r of g.items) {
      blocks.push(para(b.fullLabel(r), 'label'));
      blocks.push(...b.requirementTextBlocks(r));
    }
  }
  return { id: 'annex-texts', landscape: false, blocks };
}
