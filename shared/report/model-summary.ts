import { STATUS_ORDER, type StatusCounts } from './chart';
import {
  OBLIGATION_ORDER,
  type ReportBlock,
  type ReportBuilder,
  type ReportCell,
  type ReportCover,
  type ReportRecommendation,
  type ReportRun,
  type ReportSection,
  type ReportStats,
  type ReportTable,
  type ResolvedRequirement,
} from './model';
import { cell, compactTable, para } from './blocks';

/**
 * The front of the requirement-by-requirement report: cover, executive summary, methodology,
 * good practices and the summary table (see `model.ts`).
 */

export function cover(b: ReportBuilder, dateLabel: string): ReportCover {
  const t = b.t;
  const a = b.input.assessment;
  return {
    kicker: t.kicker,
    title: a.title,
    country: a.country,
    fields: [
      {
        label: t.coverActs,
        lines: b.input.acts.map(
          (act) =>
            `${act.title}${act.year ? ` (${act.year})` : ''} — ${t.coverVersion(act.versionLabel, t.actStatus[act.versionStatus])}`,
        ),
      },
      { label: t.coverInstruments, lines: b.instrumentIds.map((id) => b.names(id).short) },
      { label: t.coverDate, lines: [dateLabel] },
      { label: t.coverAssessor, lines: [a.assessor] },
    ],
  };
}

export function statusTable(
  b: ReportBuilder,
  role: 'coverage-instrument' | 'coverage-obligation',
  first: string,
  rows: { label: string; total: number; counts: StatusCounts }[],
): ReportTable {
  const t = b.t;
  return {
    role,
    compact: false,
    columns: [
      { header: first, width: 3.2 },
      ...STATUS_ORDER.map((s) => ({ header: t.statusShort[s], width: 1.2 })),
      { header: t.totalColumn, width: 1 },
    ],
    rows: rows.map((row) => [
      cell(row.label, undefined, true),
      ...STATUS_ORDER.map((s): ReportCell => ({
        ...cell(String(row.counts[s]), row.counts[s] > 0 ? s : undefined),
        align: 'center',
      })),
      { ...cell(String(row.total), undefined, true), align: 'center' },
    ]),
  };
}

export function summarySection(
  b: ReportBuilder,
  stats: ReportStats,
  recommendations: ReportRecommendation[],
): ReportSection {
  const t = b.t;
  const blocks: ReportBlock[] = [b.heading(1, `1. ${t.sections.summary}`)];
  blocks.push(
    para(t.summaryIntro(b.input.assessment.country, b.list(b.instrumentIds.map((id) => b.names(id).inText)))),
  );
  blocks.push(b.heading(2, `1.1 ${t.keyFigures}`));
  const pct = (n: number): string => (stats.total > 0 ? ` (${b.percent.format(n / stats.total)})` : '');
  blocks.push({
    kind: 'bullets',
    items: [
      [{ text: b.label(t.figRequirements) }, { text: String(stats.total), bold: true }],
      ...STATUS_ORDER.map((s): ReportRun[] => [
        { text: b.label(t.status[s]), tone: s },
        { text: `${stats.counts[s]}${pct(stats.counts[s])}`, bold: true },
      ]),
      [{ text: t.figMandatoryGaps(stats.mandatory.counts.gap, stats.mandatory.total) }],
      [{ text: t.figReviewed(stats.reviewed, stats.total) }],
    ],
  });

  blocks.push(b.heading(2, `1.2 ${t.coverageByInstrument}`));
  if (stats.total === 0) blocks.push(para(t.noRequirement));
  else {
    const rows = stats.byInstrument.map((b) => ({ label: b.label, total: b.total, counts: b.counts }));
    blocks.push({
      kind: 'chart',
      chart: {
        caption: t.chartCaption,
        rows: rows.length > 1 ? [...rows, { label: t.allInstruments, total: stats.total, counts: stats.counts }] : rows,
        legend: STATUS_ORDER.map((s) => ({ status: s, label: t.status[s] })),
      },
    });
    blocks.push({ kind: 'table', table: statusTable(b, 'coverage-instrument', t.instrumentColumn, rows) });
    blocks.push(b.heading(2, `1.3 ${t.coverageByObligation}`));
    blocks.push({
      kind: 'table',
      table: statusTable(b, 'coverage-obligation', t.obligationColumn, stats.byObligation),
    });
  }

  blocks.push(b.heading(2, `${stats.total === 0 ? '1.3' : '1.4'} ${t.seriousGaps}`));
  const tier1 = recommendations.filter((r) => r.priority === 1);
  const tier2 = recommendations.filter((r) => r.priority === 2);
  const shown = 10;
  if (tier1.length === 0) blocks.push(para(t.noMandatoryGap));
  else {
    blocks.push(para(t.seriousGapsIntro));
    const byId = new Map(b.scope.map((r) => [r.req.id, r]));
    blocks.push({
      kind: 'bullets',
      items: tier1.slice(0, shown).map((rec) => {
        const r = byId.get(rec.requirementId)!;
        const missing = b.missingElements(r);
        const runs: ReportRun[] = [{ text: b.fullLabel(r), bold: true }];
        if (missing.length > 0) runs.push({ text: ` (${t.missingList(b.list(missing))})` });
        return runs;
      }),
    });
    if (tier1.length > shown) blocks.push(para(t.moreInSection(tier1.length - shown, '6')));
  }
  if (tier2.length > 0) blocks.push(para(t.partialMandatory(tier2.length, '6')));
  return { id: 'summary', landscape: false, blocks };
}

export function methodologySection(b: ReportBuilder, dateLabel: string): ReportSection {
  const t = b.t;
  const blocks: ReportBlock[] = [b.heading(1, `2. ${t.sections.methodology}`)];
  blocks.push(b.heading(2, `2.1 ${t.instrumentsHeading}`));
  blocks.push({
    kind: 'bullets',
    items: b.instrumentIds.map((id) => {
      const n = b.names(id);
      return [{ text: n.title, bold: true }, ...(n.citation ? [{ text: ` (${n.citation})` }] : [])];
    }),
  });
  if (b.instrumentIds.some((id) => b.instrument(id)?.kind === 'model-law')) blocks.push(para(t.modelLawCaveat, 'note'));

  blocks.push(b.heading(2, `2.2 ${t.legislationHeading}`));
  if (b.input.acts.length > 0) {
    blocks.push({
      kind: 'table',
      table: {
        role: 'acts',
        compact: false,
        columns: [
          { header: t.actColumn, width: 4 },
          { header: t.versionColumn, width: 2.4 },
          { header: t.versionStatusColumn, width: 1.6 },
          { header: t.languageColumn, width: 1.4 },
        ],
        rows: b.input.acts.map((a) => [
          cell(`${a.title}${a.year ? ` (${a.year})` : ''}`, undefined, true),
          cell(a.versionLabel),
          cell(t.actStatus[a.versionStatus]),
          cell(t.languageName[a.language]),
        ]),
      },
    });
  }
  blocks.push(para(t.versionNote));

  blocks.push(b.heading(2, `2.3 ${t.obligationsHeading}`));
  blocks.push(para(t.obligationsIntro));
  blocks.push({
    kind: 'table',
    table: {
      role: 'obligations',
      compact: false,
      columns: [
        { header: t.levelColumn, width: 1.6 },
        { header: t.meaningColumn, width: 6 },
      ],
      rows: OBLIGATION_ORDER.map((o) => [cell(t.obligation[o], undefined, true), cell(t.obligationExplain[o])]),
    },
  });
  blocks.push(para(t.gradingNote));

  blocks.push(b.heading(2, `2.4 ${t.ratingHeading}`));
  blocks.push({
    kind: 'table',
    table: {
      role: 'rating-scale',
      compact: false,
      columns: [
        { header: t.statusLabel, width: 1.8 },
        { header: t.meaningColumn, width: 6 },
      ],
      rows: STATUS_ORDER.map((s) => [cell(t.status[s], s, true), cell(t.statusExplain[s])]),
    },
  });

  blocks.push(b.heading(2, `2.5 ${t.mappingHeading}`));
  const a = b.input.analysis;
  blocks.push(para(t.mappingText(b.formatDate(a.generatedAt), a.reviewedCount, a.totalCount)));
  blocks.push(para(t.assessedBy(b.input.assessment.assessor, dateLabel)));
  blocks.push(para(b.options.includeTexts ? t.textsNote : t.noTextsNote));
  if (b.options.statuses) {
    const statuses = STATUS_ORDER.filter((s) => b.options.statuses!.includes(s)).map((s) => t.status[s]);
    blocks.push(para(t.statusFilterNote(b.list(statuses))));
  }
  return { id: 'methodology', landscape: false, blocks };
}

export function byInstrument(
  b: ReportBuilder,
  list: ResolvedRequirement[],
): { id: string; items: ResolvedRequirement[] }[] {
  return b.instrumentIds
    .map((id) => ({ id, items: list.filter((r) => r.req.instrument === id) }))
    .filter((g) => g.items.length > 0);
}

export function goodPracticesSection(b: ReportBuilder): ReportSection {
  const t = b.t;
  const blocks: ReportBlock[] = [b.heading(1, `3. ${t.sections.goodPractices}`)];
  const compliant = b.scope.filter((r) => r.req.status === 'compliant');
  if (compliant.length === 0) {
    blocks.push(para(t.noGoodPractice));
    return { id: 'good-practices', landscape: false, blocks };
  }
  blocks.push(para(t.goodPracticesIntro));
  byInstrument(b, compliant).forEach((g, gi) => {
    blocks.push(b.heading(2, `3.${gi + 1} ${b.names(g.id).short}`));
    blocks.push({
      kind: 'bullets',
      items: g.items.map((r) => {
        const runs: ReportRun[] = [{ text: b.fullLabel(r), bold: true }];
        if (r.citations.length > 0)
          runs.push({ text: `. ${b.label(t.provisionsLabel)}${r.citations.map((c) => c.citation).join('; ')}.` });
        const finding = r.req.finding?.trim();
        if (finding) runs.push({ text: ` ${finding}` });
        else if (r.req.elements.length > 0 && r.req.elements.every((e) => e.present))
          runs.push({ text: ` ${t.elementsAllPresent(r.req.elements.length)}` });
        return runs;
      }),
    });
  });
  return { id: 'good-practices', landscape: false, blocks };
}

export function summaryTableSection(b: ReportBuilder): ReportSection {
  const t = b.t;
  const blocks: ReportBlock[] = [b.heading(1, `4. ${t.sections.summaryTable}`)];
  if (b.scope.length === 0) {
    blocks.push(para(t.noRequirement));
    return { id: 'summary-table', landscape: false, blocks };
  }
  blocks.push(para(t.summaryTableIntro));
  blocks.push(
    compactTable(
      'summary',
      [
        [t.requirementColumn, 3.2],
        [t.obligationColumn, 1.3],
        [t.statusLabel, 1.5],
        [t.nationalProvisionsColumn, 3.6],
      ],
      b.scope.map((r) => [
        { paragraphs: [[{ text: r.label, bold: true }], ...(r.title ? [[{ text: r.title }]] : [])] },
        cell(t.obligation[r.req.obligation]),
        cell(t.status[r.req.status], r.req.status, true),
        r.citations.length > 0 ? { paragraphs: r.citations.map((c) => [{ text: c.citation }]) } : cell(t.notAvailable),
      ]),
    ),
  );
  return { id: 'summary-table', landscape: false, blocks };
}
