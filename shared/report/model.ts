import { diffWordsWithSpace } from 'diff';
import type { LanguageCode } from '../domain/source';
import type { ElementResult } from '../analysis/types';
import { listRequirements } from '../reference/library';
import type { Article, ElementChecklist, Instrument, ModelLawArticle, Obligation, Paragraph } from '../reference/types';
import { findInstrument, formatReportDate, instrumentNames, locateRequirement } from './lookup';
import { STATUS_ORDER, emptyCounts, type StatusCounts } from './chart';
import type { ReportCitation, ReportInput, ReportOptions, ReportRequirement } from './input';
import {
  messages,
  type InstrumentNames,
  type Messages,
  type RecommendationGrade,
  type RecommendationPriority,
} from './messages';
import { cover, summarySection, methodologySection, goodPracticesSection, summaryTableSection } from './model-summary';
import { findingsSection, recommendationsSection, amendmentsSection } from './model-findings';
import { matrixSection, lawsSection, textsSection } from './model-annexes';
import type {
  ReportRun,
  AmendmentSegment,
  ReportBlock,
  ReportSection,
  ReportRecommendation,
  ReportStats,
  ReportModel,
} from './model-types';
import { splitLines, para } from './blocks';

export type * from './model-types';

/**
 * The requirement-by-requirement report (the matrix on request, the detailed annex): built here
 * from the analysis, its parts in `model-summary.ts`, `model-findings.ts` and `model-annexes.ts`,
 * its types in `model-types.ts`.
 */

/** Obligation classes in the order tables list them: binding first. */
export const OBLIGATION_ORDER: readonly Obligation[] = ['mandatory', 'definition', 'consider', 'optional', 'general'];

/**
 * How strongly a recommendation is worded. Definitions count as binding: the Protocols require the
 * conduct they define to be criminalized (TIP art. 5(1), SOM art. 6(1)), so a narrower national
 * definition is as serious as a missing offence.
 */
export function recommendationGrade(obligation: Obligation): RecommendationGrade {
  switch (obligation) {
    case 'mandatory':
    case 'definition':
      return 'urge';
    case 'consider':
      return 'consider';
    case 'optional':
    case 'general':
      return 'invite';
  }
}

/** Priority tier: binding gaps, binding partials, obligations to consider, optional good practice. */
export function recommendationPriority(obligation: Obligation, status: 'gap' | 'partial'): RecommendationPriority {
  switch (recommendationGrade(obligation)) {
    case 'urge':
      return status === 'gap' ? 1 : 2;
    case 'consider':
      return 3;
    case 'invite':
      return 4;
  }
}

/**
 * Word-level difference between a provision and its proposed wording, as a drafter would mark it
 * up. A short unchanged stretch squeezed between two changes (a space, "a", "of the") is folded
 * into them when it is no longer than the changes on either side, as diff-match-patch's semantic
 * clean-up does, so "or harbours" → ", transfers, harbours or receives" reads as one replacement
 * rather than a patchwork of single words. Equal + deleted segments give `original` back exactly,
 * equal + inserted segments give `proposed`.
 */
export function amendmentSegments(original: string, proposed: string): AmendmentSegment[] {
  type Item = { equal: string } | { del: string; ins: string };
  const items: Item[] = [];
  for (const part of diffWordsWithSpace(original, proposed)) {
    const last = items[items.length - 1];
    if (!part.added && !part.removed) items.push({ equal: part.value });
    else if (last && 'del' in last) {
      if (part.added) last.ins += part.value;
      else last.del += part.value;
    } else items.push(part.added ? { del: '', ins: part.value } : { del: part.value, ins: '' });
  }
  const size = (c: { del: string; ins: string }): number => Math.max(c.del.length, c.ins.length);
  for (let i = 1; i < items.length - 1;) {
    const prev = items[i - 1]!;
    const eq = items[i]!;
    const next = items[i + 1]!;
    if (
      'equal' in eq &&
      'del' in prev &&
      'del' in next &&
      eq.equal.length <= size(prev) &&
      eq.equal.length <= size(next)
    ) {
      prev.del += eq.equal + next.del;
      prev.ins += eq.equal + next.ins;
      items.splice(i, 2);
      i = Math.max(1, i - 1);
    } else i += 1;
  }
  return items.flatMap((item): AmendmentSegment[] => {
    if ('equal' in item) return [{ kind: 'equal', text: item.equal }];
    const out: AmendmentSegment[] = [];
    if (item.del) out.push({ kind: 'delete', text: item.del });
    if (item.ins) out.push({ kind: 'insert', text: item.ins });
    return out;
  });
}

/* ------------------------------------------------------------------------------------------ */

export interface ResolvedRequirement {
  req: ReportRequirement;
  names: InstrumentNames;
  /** "TIP Protocol art. 3(a)". */
  label: string;
  /** Article title in the report language, or the Model Law article title. */
  title: string;
  paragraph: Paragraph | null;
  article: Article | null;
  modelLaw: ModelLawArticle | null;
  checklist: ElementChecklist | null;
  /** Citations shown in the report (see {@link shownCitations}). */
  citations: ReportCitation[];
}

/**
 * Citations a report may present as the national implementation: before review the proposals
 * (marked as such) of a requirement not proposed as a gap, after review only those the reviewer
 * accepted or added.
 */
export function shownCitations(req: ReportRequirement): ReportCitation[] {
  // An unreviewed gap keeps its candidates out of the report: they were judged not to implement it.
  if (!req.reviewed && (req.status === 'gap' || req.status === 'not_applicable')) return [];
  return req.citations.filter((c) => c.accepted || c.origin === 'manual' || !req.reviewed);
}

export function sumCounts(counts: StatusCounts): number {
  return STATUS_ORDER.reduce((s, k) => s + counts[k], 0);
}

export class ReportBuilder {
  readonly t: Messages;
  readonly lang: LanguageCode;
  readonly listFormat: Intl.ListFormat;
  readonly percent: Intl.NumberFormat;
  readonly instrumentIds: string[];
  readonly scope: ResolvedRequirement[];
  readonly date: Date;

  constructor(
    readonly input: ReportInput,
    readonly options: ReportOptions,
  ) {
    this.lang = options.language;
    this.t = messages(options.language);
    this.listFormat = new Intl.ListFormat(this.t.locale, { style: 'long', type: 'conjunction' });
    this.percent = new Intl.NumberFormat(this.t.locale, { style: 'percent', maximumFractionDigits: 0 });
    this.date = options.date ?? new Date();
    this.instrumentIds = this.scopeInstruments();
    this.scope = this.scopeRequirements();
  }

  /** Instruments in scope, in the library's order (treaties, then Model Laws), unknown ids last. */
  scopeInstruments(): string[] {
    const wanted = this.options.instruments
      ? this.input.instruments.filter((id) => this.options.instruments!.includes(id))
      : [...this.input.instruments];
    const libOrder = new Map(this.input.library.instruments.map((inst, i) => [inst.id, i]));
    return wanted
      .map((id, i) => ({ id, key: libOrder.get(id) ?? this.input.library.instruments.length + i }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.id);
  }

  scopeRequirements(): ResolvedRequirement[] {
    const statuses = this.options.statuses;
    const instOrder = new Map(this.instrumentIds.map((id, i) => [id, i]));
    const docOrder = new Map(listRequirements(this.input.library).map((r, i) => [r.id, i]));
    return this.input.requirements
      .map((req, i) => ({ req, i }))
      .filter(({ req }) => instOrder.has(req.instrument) && (!statuses || statuses.includes(req.status)))
      .sort(
        (a, b) =>
          instOrder.get(a.req.instrument)! - instOrder.get(b.req.instrument)! ||
          (docOrder.get(a.req.id) ?? Number.MAX_SAFE_INTEGER) - (docOrder.get(b.req.id) ?? Number.MAX_SAFE_INTEGER) ||
          a.i - b.i,
      )
      .map(({ req }) => this.resolve(req));
  }

  instrument(id: string): Instrument | null {
    return findInstrument(this.input.library, id);
  }

  names(id: string): InstrumentNames {
    return instrumentNames(this.t, this.input.library, id);
  }

  resolve(req: ReportRequirement): ResolvedRequirement {
    const names = this.names(req.instrument);
    const { paragraph, article, modelLaw } = locateRequirement(this.instrument(req.instrument), req.id);
    const title = article
      ? (article.titleTranslations[this.lang] ?? article.title)
      : modelLaw
        ? (modelLaw.titleTranslations[this.lang] ?? modelLaw.title)
        : '';
    return {
      req,
      names,
      label: `${names.abbr} ${this.t.articleAbbr} ${req.ref}`,
      title,
      paragraph,
      article,
      modelLaw,
      checklist: this.input.library.checklists.find((c) => c.requirementId === req.id) ?? null,
      citations: shownCitations(req),
    };
  }

  formatDate(value: string | Date): string {
    return formatReportDate(this.t.locale, value);
  }

  list(items: string[]): string {
    return this.listFormat.format(items);
  }

  /** A label before a value: "Status: ", and in French "Statut : " (space before the colon). */
  label(text: string): string {
    return `${text}${this.t.colon}`;
  }

  heading(level: 1 | 2 | 3, text: string): ReportBlock {
    return { kind: 'heading', level, text };
  }

  fullLabel(r: ResolvedRequirement): string {
    return r.title ? `${r.label} — ${r.title}` : r.label;
  }

  /* ----------------------------------------------------------------------------- elements */

  elementLabels(r: ResolvedRequirement, e: ElementResult): { group: string; element: string } {
    for (const g of r.checklist?.groups ?? []) {
      const def = g.elements.find((x) => x.id === e.id);
      if (def) return { group: g.label[this.lang], element: def.label[this.lang] };
    }
    const dot = e.id.indexOf('.');
    return { group: dot > 0 ? e.id.slice(0, dot) : '', element: dot > 0 ? e.id.slice(dot + 1) : e.id };
  }

  elementProvision(r: ResolvedRequirement, e: ElementResult): string {
    if (!e.present) return this.t.notAvailable;
    const cited = r.req.citations.find((c) => c.act === e.act && e.number !== null && c.numbers.includes(e.number));
    if (cited) return cited.citation;
    const act = this.input.acts.find((a) => a.key === e.act || a.sourceFile === e.act);
    if (act && e.number) return `${act.title}, ${e.number}`;
    return e.number ?? this.t.notAvailable;
  }

  missingElements(r: ResolvedRequirement): string[] {
    return r.req.elements.filter((e) => !e.present).map((e) => this.elementLabels(r, e).element);
  }

  /* ------------------------------------------------------------------------------ texts */

  /** Paragraphs of the chapeaux leading into a list item (5(2) before 5(2)(a)), outermost first. */
  chapeaux(r: ResolvedRequirement): Paragraph[] {
    const out: Paragraph[] = [];
    let ref = r.paragraph?.ref ?? '';
    for (;;) {
      const parent = ref.replace(/\([^()]*\)$/, '');
      if (parent === ref || !parent) break;
      const p = r.article?.paragraphs.find((x) => x.ref === parent);
      if (!p || !p.text.trimEnd().endsWith(':')) break;
      out.unshift(p);
      ref = parent;
    }
    return out;
  }

  /** The list items under a requirement that is itself a chapeau (5(2) → 5(2)(a), (b), (c)), in order. */
  listItems(r: ResolvedRequirement): Paragraph[] {
    const p = r.paragraph;
    if (!p || !p.text.trimEnd().endsWith(':')) return [];
    return r.article?.paragraphs.filter((x) => x.ref.startsWith(`${p.ref}(`)) ?? [];
  }

  paragraphText(p: Paragraph): { text: string; fallback: boolean } {
    if (this.lang === 'en') return { text: p.text, fallback: false };
    const tr = p.translations[this.lang];
    return tr ? { text: tr, fallback: false } : { text: p.text, fallback: true };
  }

  /**
   * The requirement's text for quoting, in the report language where an official translation
   * exists, with the note that says what the reader is looking at.
   */
  requirementText(r: ResolvedRequirement): { quote: ReportRun[][]; note: string | null } {
    if (r.paragraph) {
      let fallback = false;
      const quote = [...this.chapeaux(r), r.paragraph, ...this.listItems(r)].map((p) => {
        const { text, fallback: f } = this.paragraphText(p);
        fallback ||= f;
        return [{ text: p.ref, bold: true }, { text: ` ${text}` }];
      });
      return { quote, note: fallback ? this.t.officialTextFallback(this.t.languageName[this.lang]) : null };
    }
    if (r.modelLaw) {
      // Only the shipped summary exists; it is editorial, so it is labelled as such and never as the text.
      const text = r.modelLaw.text || r.modelLaw.summary;
      if (!text) return { quote: [], note: this.t.textNotAvailable };
      return {
        quote: splitLines(text).map((l) => [{ text: l }]),
        note: r.modelLaw.text ? null : this.t.editorialSummary,
      };
    }
    return { quote: [], note: this.t.textNotAvailable };
  }

  requirementTextBlocks(r: ResolvedRequirement): ReportBlock[] {
    const { quote, note } = this.requirementText(r);
    const blocks: ReportBlock[] = [];
    if (quote.length > 0) blocks.push({ kind: 'quote', paragraphs: quote });
    if (note) blocks.push(para(note, 'note'));
    return blocks;
  }

  citationRuns(c: ReportCitation, reviewed: boolean): ReportRun[] {
    const marks: string[] = [];
    if (c.relation && c.relation !== 'equivalent') marks.push(this.t.relation[c.relation]);
    if (!reviewed && !c.accepted && c.origin === 'auto') marks.push(this.t.proposedCitation);
    const runs: ReportRun[] = [{ text: c.citation, bold: true }];
    if (marks.length > 0) runs.push({ text: ` (${marks.join('; ')})`, italic: true });
    return runs;
  }

  /* ------------------------------------------------------------------------------ stats */

  stats(): ReportStats {
    const counts = emptyCounts();
    const mandatory = emptyCounts();
    const byInstrument = new Map<string, StatusCounts>();
    const byObligation = new Map<Obligation, StatusCounts>();
    let reviewed = 0;
    let amendments = 0;
    for (const { req } of this.scope) {
      counts[req.status] += 1;
      if (recommendationGrade(req.obligation) === 'urge') mandatory[req.status] += 1;
      if (!byInstrument.has(req.instrument)) byInstrument.set(req.instrument, emptyCounts());
      byInstrument.get(req.instrument)![req.status] += 1;
      if (!byObligation.has(req.obligation)) byObligation.set(req.obligation, emptyCounts());
      byObligation.get(req.obligation)![req.status] += 1;
      if (req.reviewed) reviewed += 1;
      if (req.amendment) amendments += 1;
    }
    return {
      total: this.scope.length,
      counts,
      mandatory: { total: sumCounts(mandatory), counts: mandatory },
      reviewed,
      amendments,
      byInstrument: this.instrumentIds
        .filter((id) => byInstrument.has(id))
        .map((id) => {
          const c = byInstrument.get(id)!;
          return { instrument: id, label: this.names(id).short, total: sumCounts(c), counts: c };
        }),
      byObligation: OBLIGATION_ORDER.filter((o) => byObligation.has(o)).map((o) => {
        const c = byObligation.get(o)!;
        return { obligation: o, label: this.t.obligation[o], total: sumCounts(c), counts: c };
      }),
    };
  }

  /* -------------------------------------------------------------------- recommendations */

  recommendationFor(r: ResolvedRequirement): ReportRecommendation | null {
    const status = r.req.status;
    if (status !== 'gap' && status !== 'partial') return null;
    const grade = recommendationGrade(r.req.obligation);
    const missing = this.missingElements(r);
    const ref = this.t.refPhrase(r.req.ref, r.names.of);
    return {
      requirementId: r.req.id,
      label: r.label,
      priority: recommendationPriority(r.req.obligation, status),
      grade,
      status,
      text: this.t.recommend(grade, status, ref, missing.length > 0 ? this.list(missing) : null),
      action: r.req.recommendation?.trim() || null,
    };
  }

  recommendations(): ReportRecommendation[] {
    return this.scope
      .map((r) => this.recommendationFor(r))
      .filter((x): x is ReportRecommendation => x !== null)
      .map((rec, i) => ({ rec, i }))
      .sort((a, b) => a.rec.priority - b.rec.priority || a.i - b.i)
      .map((x) => x.rec);
  }

  /* --------------------------------------------------------------------------- sections */

  build(): ReportModel {
    const t = this.t;
    const stats = this.stats();
    const recommendations = this.recommendations();
    const dateLabel = this.formatDate(this.date);
    const hasAmendments = this.scope.some((r) => r.req.amendment);
    const sections: ReportSection[] = [
      summarySection(this, stats, recommendations),
      methodologySection(this, dateLabel),
      goodPracticesSection(this),
      summaryTableSection(this),
      findingsSection(this, recommendations),
      recommendationsSection(this, recommendations),
    ];
    if (hasAmendments) sections.push(amendmentsSection(this, dateLabel));
    sections.push(matrixSection(this), lawsSection(this));
    if (this.options.includeTexts) sections.push(textsSection(this));
    const country = this.input.assessment.country;
    return {
      language: this.lang,
      locale: t.locale,
      title: this.input.assessment.title,
      author: this.options.author,
      date: this.date.toISOString(),
      dateLabel,
      properties: {
        subject: `${t.kicker} — ${country}`,
        keywords: this.instrumentIds.map((id) => this.names(id).abbr).join(', '),
        description: t.summaryIntro(country, this.list(this.instrumentIds.map((id) => this.names(id).inText))),
      },
      footer: { text: `${t.kicker} — ${country}`, page: t.pageWord, of: t.ofWord },
      cover: cover(this, dateLabel),
      tocTitle: t.toc,
      sections,
      stats,
      recommendations,
      scope: this.scope.map((r) => r.req.id),
    };
  }
}

/**
 * Build the report model: the requirements in scope (instruments and statuses from `options`,
 * ordered by instrument then by their place in the instrument), every section in the report
 * language, the coverage figures and the prioritised recommendations. Pure: no I/O, no clock
 * unless `options.date` is absent.
 */
export function buildReportModel(input: ReportInput, options: ReportOptions): ReportModel {
  return new ReportBuilder(input, options).build();
}
