import { implementedBy } from '../reference/library';
import type { ReportCitation } from './input';
import {
  amendmentSegments,
  type ReportBlock,
  type ReportBuilder,
  type ReportRecommendation,
  type ReportRun,
  type ReportSection,
  type ResolvedRequirement,
} from './model';
import { byInstrument } from './model-summary';
import { cell, compactTable, para, splitLines } from './blocks';

/**
 * The findings of the requirement-by-requirement report, one per requirement, then its
 * recommendations and proposed amendments (see `model.ts`).
 */

export function findingsSection(b: ReportBuilder, recommendations: ReportRecommendation[]): ReportSection {
  const t = b.t;
  const blocks: ReportBlock[] = [b.heading(1, `5. ${t.sections.findings}`)];
  if (b.scope.length === 0) {
    blocks.push(para(t.noRequirement));
    return { id: 'findings', landscape: false, blocks };
  }
  const recs = new Map(recommendations.map((r) => [r.requirementId, r]));
  // Not-applicable requirements (final clauses, a subject the law does not cover) would fill
  // hundreds of pages with nothing to act on; the summary table and annexes still list them.
  const detailed = b.scope.filter((r) => r.req.status !== 'not_applicable');
  const omitted = b.scope.length - detailed.length;
  if (omitted > 0) blocks.push(para(t.notApplicableOmitted(omitted)));
  byInstrument(b, detailed).forEach((g, gi) => {
    blocks.push(b.heading(2, `5.${gi + 1} ${b.names(g.id).short}`));
    for (const r of g.items) blocks.push(...finding(b, r, recs.get(r.req.id) ?? null));
  });
  return { id: 'findings', landscape: false, blocks };
}

export function finding(b: ReportBuilder, r: ResolvedRequirement, rec: ReportRecommendation | null): ReportBlock[] {
  const t = b.t;
  const req = r.req;
  const blocks: ReportBlock[] = [b.heading(3, b.fullLabel(r))];

  const obligation = [t.obligation[req.obligation]];
  const byWording = r.paragraph?.obligationByWording;
  if (byWording && byWording !== req.obligation) obligation.push(`(${t.literalWording(t.obligation[byWording])})`);
  blocks.push({
    kind: 'paragraph',
    style: 'body',
    runs: [
      { text: b.label(t.obligationColumn), bold: true },
      { text: `${obligation.join(' ')}   ` },
      { text: b.label(t.statusLabel), bold: true },
      { text: t.status[req.status], bold: true, tone: req.status },
      { text: '   ' },
      { text: b.label(t.reviewLabel), bold: true },
      { text: req.reviewed ? t.reviewed : t.notReviewed(b.percent.format(req.confidence)) },
    ],
  });

  if (b.options.includeTexts) {
    blocks.push(para(t.requirementText, 'label'));
    blocks.push(...b.requirementTextBlocks(r));
  }

  blocks.push(para(t.nationalProvisions, 'label'));
  if (r.citations.length === 0) blocks.push(para(t.noProvision));
  r.citations.forEach((c, i) => {
    blocks.push({ kind: 'paragraph', style: 'body', runs: b.citationRuns(c, req.reviewed) });
    // Before review only the best proposal is quoted; the others are cited for the reviewer.
    if (b.options.includeTexts && (req.reviewed || i === 0)) {
      const lines = splitLines(c.text);
      if (lines.length > 0) blocks.push({ kind: 'quote', paragraphs: lines.map((l) => [{ text: l }]) });
    }
  });

  if (req.elements.length > 0) {
    blocks.push(para(t.elementsHeading, 'label'));
    blocks.push(
      compactTable(
        'elements',
        [
          [t.groupColumn, 1.4],
          [t.elementColumn, 3.4],
          [t.presenceColumn, 1.2],
          [t.provisionColumn, 3],
        ],
        req.elements.map((e) => {
          const l = b.elementLabels(r, e);
          return [
            cell(l.group),
            cell(l.element),
            cell(e.present ? t.present : t.missing, e.present ? 'present' : 'missing', true),
            cell(b.elementProvision(r, e)),
          ];
        }),
      ),
    );
  }

  if (req.findings.length > 0) {
    blocks.push(para(t.issuesHeading, 'label'));
    blocks.push({
      kind: 'bullets',
      items: req.findings.map((f) => {
        const runs: ReportRun[] = [{ text: t.findingCode[f.code] }];
        // The analysis words its messages in English; other languages keep the translated label only.
        if (b.lang === 'en' && f.message.trim()) runs.push({ text: ` ${f.message.trim()}`, italic: true });
        return runs;
      }),
    });
  }

  blocks.push(para(t.assessmentHeading, 'label'));
  const assessment: ReportRun[] = [{ text: t.status[req.status], bold: true, tone: req.status }, { text: '.' }];
  if (req.elements.length > 0) {
    const present = req.elements.filter((e) => e.present).length;
    const missing = b.missingElements(r);
    assessment.push({ text: ` ${t.elementsSummary(present, req.elements.length, b.list(missing))}` });
  }
  blocks.push({ kind: 'paragraph', style: 'body', runs: assessment });
  const finding = req.finding?.trim();
  if (finding) blocks.push(...splitLines(finding).map((l) => para(l)));
  else if (req.reason.trim()) blocks.push(para(t.analysisNote(req.reason.trim())));

  const action = req.recommendation?.trim();
  if (rec || action || req.amendment) {
    blocks.push(para(t.recommendationHeading, 'label'));
    if (rec) blocks.push({ kind: 'paragraph', style: 'body', runs: [{ text: rec.text, bold: true }] });
    if (action) {
      const [first, ...rest] = splitLines(action);
      blocks.push({
        kind: 'paragraph',
        style: 'body',
        runs: [{ text: b.label(t.recommendedAction), bold: true }, { text: first ?? '' }],
      });
      blocks.push(...rest.map((l) => para(l)));
    }
    if (rec && r.paragraph) {
      const ml = implementedBy(b.input.library, req.id);
      if (ml.length > 0) {
        const refs = ml.map((m) => {
          const n = b.names(m.id.slice(0, m.id.indexOf(':')));
          return `${n.abbr} ${t.articleAbbr} ${m.number} (${m.title})`;
        });
        blocks.push({
          kind: 'paragraph',
          style: 'body',
          runs: [{ text: b.label(t.modelLawReference), bold: true }, { text: refs.join('; ') }],
        });
      }
    }
    if (req.amendment) blocks.push(para(t.amendmentPointer(req.amendment.citation, '7')));
  }
  return blocks;
}

export function recommendationsSection(b: ReportBuilder, recommendations: ReportRecommendation[]): ReportSection {
  const t = b.t;
  const blocks: ReportBlock[] = [b.heading(1, `6. ${t.sections.recommendations}`)];
  if (recommendations.length === 0) {
    blocks.push(para(t.noRecommendation));
    return { id: 'recommendations', landscape: false, blocks };
  }
  blocks.push(para(t.recommendationsIntro));
  const byId = new Map(b.scope.map((r) => [r.req.id, r]));
  blocks.push(
    compactTable(
      'recommendations',
      [
        [t.priorityColumn, 1.4],
        [t.requirementColumn, 2.2],
        [t.statusLabel, 1.5],
        [t.recommendationColumn, 4.9],
      ],
      recommendations.map((rec) => {
        const r = byId.get(rec.requirementId)!;
        const text: ReportRun[][] = [[{ text: rec.text }]];
        if (rec.action) text.push([{ text: b.label(t.recommendedAction), bold: true }, { text: rec.action }]);
        return [
          cell(t.priority[rec.priority], undefined, true),
          { paragraphs: [[{ text: rec.label, bold: true }], ...(r.title ? [[{ text: r.title }]] : [])] },
          cell(t.status[rec.status], rec.status, true),
          { paragraphs: text },
        ];
      }),
    ),
  );
  return { id: 'recommendations', landscape: false, blocks };
}

export function amendmentsSection(b: ReportBuilder, dateLabel: string): ReportSection {
  const t = b.t;
  const blocks: ReportBlock[] = [b.heading(1, `7. ${t.sections.amendments}`)];
  blocks.push(para(t.amendmentsIntro(b.options.author, dateLabel)));
  b.scope
    .filter((r) => r.req.amendment)
    .forEach((r, i) => {
      const a = r.req.amendment!;
      blocks.push(b.heading(2, `7.${i + 1} ${a.citation ?? `${t.newProvision} (${r.label})`}`));
      blocks.push({
        kind: 'paragraph',
        style: 'note',
        runs: [
          { text: b.label(t.relatedRequirement), bold: true },
          { text: `${b.fullLabel(r)} — ` },
          { text: t.status[r.req.status], tone: r.req.status, bold: true },
        ],
      });
      blocks.push({
        kind: 'amendment',
        requirementId: r.req.id,
        citation: a.citation,
        segments: amendmentSegments(a.original.replace(/\r\n?/g, '\n'), a.proposed.replace(/\r\n?/g, '\n')),
      });
    });
  return { id: 'amendments', landscape: false, blocks };
}

/** A citation without the act's title in front, for a column already headed by the act. */
export function shortCitation(c: ReportCitation, actTitle: string): string {
  if (c.citation.startsWith(actTitle)) {
    const rest = c.citation.slice(actTitle.length).replace(/^[\s,;:–—-]+/, '');
    if (rest) return rest;
  }
  return c.citation;
}
