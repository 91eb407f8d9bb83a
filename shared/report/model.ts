import { diffWordsWithSpace } from 'diff';
import type { LanguageCode } from '../domain/source';
import type { ElementResult, RequirementStatus } from '../analysis/types';
import { implementedBy, listRequirements } from '../reference/library';
import type { Article, ElementChecklist, Instrument, ModelLawArticle, Obligation, Paragraph } from '../reference/types';
import { findInstrument, formatReportDate, instrumentNames, locateRequirement } from './lookup';
import { STATUS_ORDER, emptyCounts, type CoverageChart, type StatusCounts } from './chart';
import type { ReportCitation, ReportInput, ReportOptions, ReportRequirement } from './input';
import {
  messages,
  type InstrumentNames,
  type Messages,
  type RecommendationGrade,
  type RecommendationPriority,
} from './messages';

/**
 * The report as data: every heading, sentence, table and figure, already in the report language
 * and in reading order. The DOCX writer only lays it out, so what a report says is decided (and
 * tested) here, without Word in the way.
 */

/** Colouring of a run or table cell: by assessment status, or by presence of an element. */
export type Tone = RequirementStatus | 'present' | 'missing';

export interface ReportRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  tone?: Tone;
  /** BCP 47 tag of text in another language than the report's (quoted law), for Word's proofing. */
  lang?: string;
}

/** `note` is smaller, muted text (sources, caveats); `label` introduces what follows and stays with it. */
export type ReportParagraphStyle = 'body' | 'note' | 'label';

export interface ReportCell {
  paragraphs: ReportRun[][];
  tone?: Tone;
  align?: 'left' | 'center' | 'right';
}

/** What a table is, so the writer can size it and tests can find it. */
export type ReportTableRole =
  | 'coverage-instrument'
  | 'coverage-obligation'
  | 'acts'
  | 'obligations'
  | 'rating-scale'
  | 'summary'
  | 'elements'
  | 'recommendations'
  | 'matrix'
  | 'laws'
  | 'met'
  | 'priority';

export interface ReportTable {
  role: ReportTableRole;
  /** `width` is relative: the writer shares the text width in proportion. */
  columns: { header: string; width: number }[];
  /** Body rows only; the header row comes from `columns` and repeats on every page. */
  rows: ReportCell[][];
  /** Smaller type, for wide reference tables. */
  compact: boolean;
}

/** A piece of an amendment: unchanged text, or text the amendment inserts or deletes. */
export interface AmendmentSegment {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

export type ReportBlock =
  /** A level-1 heading starts a new page unless `runOn` (a chapter that follows on the same page). */
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; runOn?: boolean }
  | { kind: 'paragraph'; runs: ReportRun[]; style: ReportParagraphStyle }
  | { kind: 'bullets'; items: ReportRun[][] }
  /** Verbatim text (an instrument paragraph or a national provision), one entry per paragraph. */
  | { kind: 'quote'; paragraphs: ReportRun[][] }
  | { kind: 'table'; table: ReportTable }
  | { kind: 'chart'; chart: CoverageChart }
  /** A national provision with the proposed wording as tracked changes. */
  | {
      kind: 'amendment';
      requirementId: string;
      citation: string | null;
      segments: AmendmentSegment[];
      /** BCP 47 tag when the wording is in another language than the report's (the law's). */
      lang?: string;
    };

export type ReportSectionId =
  | 'summary'
  | 'methodology'
  | 'good-practices'
  | 'summary-table'
  | 'findings'
  | 'recommendations'
  | 'amendments'
  | 'annex-matrix'
  | 'annex-laws'
  | 'annex-texts'
  | 'scope'
  | 'framework'
  | `theme-${string}`
  | 'annex-provisions'
  | 'annex-met';

export interface ReportSection {
  id: ReportSectionId;
  /** Laid out on landscape pages (wide tables). */
  landscape: boolean;
  /** Starts with the section's level-1 heading. */
  blocks: ReportBlock[];
}

export interface ReportCover {
  kicker: string;
  title: string;
  country: string;
  fields: { label: string; lines: string[] }[];
}

export interface ReportRecommendation {
  requirementId: string;
  /** "TIP Protocol art. 3(a)". */
  label: string;
  priority: RecommendationPriority;
  grade: RecommendationGrade;
  status: 'gap' | 'partial';
  /** The graded sentence in the report language. */
  text: string;
  /** The reviewer's own recommendation, as written. */
  action: string | null;
}

export interface ReportStats {
  total: number;
  counts: StatusCounts;
  /** Mandatory obligations and definitions together: the ones a State cannot leave out. */
  mandatory: { total: number; counts: StatusCounts };
  reviewed: number;
  amendments: number;
  byInstrument: { instrument: string; label: string; total: number; counts: StatusCounts }[];
  byObligation: { obligation: Obligation; label: string; total: number; counts: StatusCounts }[];
}

export interface ReportModel {
  language: LanguageCode;
  /** BCP 47 tag (proofing language in Word). */
  locale: string;
  title: string;
  author: string;
  /** ISO 8601: date of the report and of the tracked changes. */
  date: string;
  dateLabel: string;
  properties: { subject: string; keywords: string; description: string };
  footer: { text: string; page: string; of: string };
  cover: ReportCover;
  tocTitle: string;
  sections: ReportSection[];
  stats: ReportStats;
  /** In priority order. */
  recommendations: ReportRecommendation[];
  /** Ids of the requirements in scope, in report order. */
  scope: string[];
}

/** Obligation classes in the order tables list them: binding first. */
const OBLIGATION_ORDER: readonly Obligation[] = ['mandatory', 'definition', 'consider', 'optional', 'general'];

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

interface ResolvedRequirement {
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
function shownCitations(req: ReportRequirement): ReportCitation[] {
  // An unreviewed gap keeps its candidates out of the report: they were judged not to implement it.
  if (!req.reviewed && (req.status === 'gap' || req.status === 'not_applicable')) return [];
  return req.citations.filter((c) => c.accepted || c.origin === 'manual' || !req.reviewed);
}

function splitLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function para(text: string, style: ReportParagraphStyle = 'body'): ReportBlock {
  return { kind: 'paragraph', runs: [{ text }], style };
}

function cell(text: string, tone?: Tone, bold = false): ReportCell {
  return { paragraphs: [[{ text, ...(bold ? { bold } : {}) }]], ...(tone ? { tone } : {}) };
}

function sumCounts(counts: StatusCounts): number {
  return STATUS_ORDER.reduce((s, k) => s + counts[k], 0);
}

class ReportBuilder {
  private readonly t: Messages;
  private readonly lang: LanguageCode;
  private readonly listFormat: Intl.ListFormat;
  private readonly percent: Intl.NumberFormat;
  private readonly instrumentIds: string[];
  private readonly scope: ResolvedRequirement[];
  private readonly date: Date;

  constructor(
    private readonly input: ReportInput,
    private readonly options: ReportOptions,
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
  private scopeInstruments(): string[] {
    const wanted = this.options.instruments
      ? this.input.instruments.filter((id) => this.options.instruments!.includes(id))
      : [...this.input.instruments];
    const libOrder = new Map(this.input.library.instruments.map((inst, i) => [inst.id, i]));
    return wanted
      .map((id, i) => ({ id, key: libOrder.get(id) ?? this.input.library.instruments.length + i }))
      .sort((a, b) => a.key - b.key)
      .map((x) => x.id);
  }

  private scopeRequirements(): ResolvedRequirement[] {
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

  private instrument(id: string): Instrument | null {
    return findInstrument(this.input.library, id);
  }

  private names(id: string): InstrumentNames {
    return instrumentNames(this.t, this.input.library, id);
  }

  private resolve(req: ReportRequirement): ResolvedRequirement {
    const names = this.names(req.instrument);
    const { paragraph, article, modelLaw } = locateRequirement(this.instrument(req.instrument), req.id);
    const title = article ? (article.titleTranslations[this.lang] ?? article.title) : (modelLaw?.title ?? '');
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

  private formatDate(value: string | Date): string {
    return formatReportDate(this.t.locale, value);
  }

  private list(items: string[]): string {
    return this.listFormat.format(items);
  }

  /** A label before a value: "Status: ", and in French "Statut : " (space before the colon). */
  private label(text: string): string {
    return `${text}${this.t.colon}`;
  }

  private heading(level: 1 | 2 | 3, text: string): ReportBlock {
    return { kind: 'heading', level, text };
  }

  private fullLabel(r: ResolvedRequirement): string {
    return r.title ? `${r.label} — ${r.title}` : r.label;
  }

  /* ----------------------------------------------------------------------------- elements */

  private elementLabels(r: ResolvedRequirement, e: ElementResult): { group: string; element: string } {
    for (const g of r.checklist?.groups ?? []) {
      const def = g.elements.find((x) => x.id === e.id);
      if (def) return { group: g.label[this.lang], element: def.label[this.lang] };
    }
    const dot = e.id.indexOf('.');
    return { group: dot > 0 ? e.id.slice(0, dot) : '', element: dot > 0 ? e.id.slice(dot + 1) : e.id };
  }

  private elementProvision(r: ResolvedRequirement, e: ElementResult): string {
    if (!e.present) return this.t.notAvailable;
    const cited = r.req.citations.find((c) => c.act === e.act && e.number !== null && c.numbers.includes(e.number));
    if (cited) return cited.citation;
    const act = this.input.acts.find((a) => a.key === e.act || a.sourceFile === e.act);
    if (act && e.number) return `${act.title}, ${e.number}`;
    return e.number ?? this.t.notAvailable;
  }

  private missingElements(r: ResolvedRequirement): string[] {
    return r.req.elements.filter((e) => !e.present).map((e) => this.elementLabels(r, e).element);
  }

  /* ------------------------------------------------------------------------------ texts */

  /** Paragraphs of the chapeaux leading into a list item (5(2) before 5(2)(a)), outermost first. */
  private chapeaux(r: ResolvedRequirement): Paragraph[] {
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
  private listItems(r: ResolvedRequirement): Paragraph[] {
    const p = r.paragraph;
    if (!p || !p.text.trimEnd().endsWith(':')) return [];
    return r.article?.paragraphs.filter((x) => x.ref.startsWith(`${p.ref}(`)) ?? [];
  }

  private paragraphText(p: Paragraph): { text: string; fallback: boolean } {
    if (this.lang === 'en') return { text: p.text, fallback: false };
    const tr = p.translations[this.lang];
    return tr ? { text: tr, fallback: false } : { text: p.text, fallback: true };
  }

  /**
   * The requirement's text for quoting, in the report language where an official translation
   * exists, with the note that says what the reader is looking at.
   */
  private requirementText(r: ResolvedRequirement): { quote: ReportRun[][]; note: string | null } {
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

  private requirementTextBlocks(r: ResolvedRequirement): ReportBlock[] {
    const { quote, note } = this.requirementText(r);
    const blocks: ReportBlock[] = [];
    if (quote.length > 0) blocks.push({ kind: 'quote', paragraphs: quote });
    if (note) blocks.push(para(note, 'note'));
    return blocks;
  }

  private citationRuns(c: ReportCitation, reviewed: boolean): ReportRun[] {
    const marks: string[] = [];
    if (c.relation && c.relation !== 'equivalent') marks.push(this.t.relation[c.relation]);
    if (!reviewed && !c.accepted && c.origin === 'auto') marks.push(this.t.proposedCitation);
    const runs: ReportRun[] = [{ text: c.citation, bold: true }];
    if (marks.length > 0) runs.push({ text: ` (${marks.join('; ')})`, italic: true });
    return runs;
  }

  /* ------------------------------------------------------------------------------ stats */

  private stats(): ReportStats {
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

  private recommendationFor(r: ResolvedRequirement): ReportRecommendation | null {
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

  private recommendations(): ReportRecommendation[] {
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
      this.summarySection(stats, recommendations),
      this.methodologySection(dateLabel),
      this.goodPracticesSection(),
      this.summaryTableSection(),
      this.findingsSection(recommendations),
      this.recommendationsSection(recommendations),
    ];
    if (hasAmendments) sections.push(this.amendmentsSection(dateLabel));
    sections.push(this.matrixSection(), this.lawsSection());
    if (this.options.includeTexts) sections.push(this.textsSection());
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
      cover: this.cover(dateLabel),
      tocTitle: t.toc,
      sections,
      stats,
      recommendations,
      scope: this.scope.map((r) => r.req.id),
    };
  }

  private cover(dateLabel: string): ReportCover {
    const t = this.t;
    const a = this.input.assessment;
    return {
      kicker: t.kicker,
      title: a.title,
      country: a.country,
      fields: [
        {
          label: t.coverActs,
          lines: this.input.acts.map(
            (act) =>
              `${act.title}${act.year ? ` (${act.year})` : ''} — ${t.coverVersion(act.versionLabel, t.actStatus[act.versionStatus])}`,
          ),
        },
        { label: t.coverInstruments, lines: this.instrumentIds.map((id) => this.names(id).short) },
        { label: t.coverDate, lines: [dateLabel] },
        { label: t.coverAssessor, lines: [a.assessor] },
      ],
    };
  }

  private statusTable(
    role: 'coverage-instrument' | 'coverage-obligation',
    first: string,
    rows: { label: string; total: number; counts: StatusCounts }[],
  ): ReportTable {
    const t = this.t;
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

  private summarySection(stats: ReportStats, recommendations: ReportRecommendation[]): ReportSection {
    const t = this.t;
    const blocks: ReportBlock[] = [this.heading(1, `1. ${t.sections.summary}`)];
    blocks.push(
      para(
        t.summaryIntro(this.input.assessment.country, this.list(this.instrumentIds.map((id) => this.names(id).inText))),
      ),
    );
    blocks.push(this.heading(2, `1.1 ${t.keyFigures}`));
    const pct = (n: number): string => (stats.total > 0 ? ` (${this.percent.format(n / stats.total)})` : '');
    blocks.push({
      kind: 'bullets',
      items: [
        [{ text: this.label(t.figRequirements) }, { text: String(stats.total), bold: true }],
        ...STATUS_ORDER.map((s): ReportRun[] => [
          { text: this.label(t.status[s]), tone: s },
          { text: `${stats.counts[s]}${pct(stats.counts[s])}`, bold: true },
        ]),
        [{ text: t.figMandatoryGaps(stats.mandatory.counts.gap, stats.mandatory.total) }],
        [{ text: t.figReviewed(stats.reviewed, stats.total) }],
      ],
    });

    blocks.push(this.heading(2, `1.2 ${t.coverageByInstrument}`));
    if (stats.total === 0) blocks.push(para(t.noRequirement));
    else {
      const rows = stats.byInstrument.map((b) => ({ label: b.label, total: b.total, counts: b.counts }));
      blocks.push({
        kind: 'chart',
        chart: {
          caption: t.chartCaption,
          rows:
            rows.length > 1 ? [...rows, { label: t.allInstruments, total: stats.total, counts: stats.counts }] : rows,
          legend: STATUS_ORDER.map((s) => ({ status: s, label: t.status[s] })),
        },
      });
      blocks.push({ kind: 'table', table: this.statusTable('coverage-instrument', t.instrumentColumn, rows) });
      blocks.push(this.heading(2, `1.3 ${t.coverageByObligation}`));
      blocks.push({
        kind: 'table',
        table: this.statusTable('coverage-obligation', t.obligationColumn, stats.byObligation),
      });
    }

    blocks.push(this.heading(2, `${stats.total === 0 ? '1.3' : '1.4'} ${t.seriousGaps}`));
    const tier1 = recommendations.filter((r) => r.priority === 1);
    const tier2 = recommendations.filter((r) => r.priority === 2);
    const shown = 10;
    if (tier1.length === 0) blocks.push(para(t.noMandatoryGap));
    else {
      blocks.push(para(t.seriousGapsIntro));
      const byId = new Map(this.scope.map((r) => [r.req.id, r]));
      blocks.push({
        kind: 'bullets',
        items: tier1.slice(0, shown).map((rec) => {
          const r = byId.get(rec.requirementId)!;
          const missing = this.missingElements(r);
          const runs: ReportRun[] = [{ text: this.fullLabel(r), bold: true }];
          if (missing.length > 0) runs.push({ text: ` (${t.missingList(this.list(missing))})` });
          return runs;
        }),
      });
      if (tier1.length > shown) blocks.push(para(t.moreInSection(tier1.length - shown, '6')));
    }
    if (tier2.length > 0) blocks.push(para(t.partialMandatory(tier2.length, '6')));
    return { id: 'summary', landscape: false, blocks };
  }

  private methodologySection(dateLabel: string): ReportSection {
    const t = this.t;
    const blocks: ReportBlock[] = [this.heading(1, `2. ${t.sections.methodology}`)];
    blocks.push(this.heading(2, `2.1 ${t.instrumentsHeading}`));
    blocks.push({
      kind: 'bullets',
      items: this.instrumentIds.map((id) => {
        const n = this.names(id);
        return [{ text: n.title, bold: true }, ...(n.citation ? [{ text: ` (${n.citation})` }] : [])];
      }),
    });
    if (this.instrumentIds.some((id) => this.instrument(id)?.kind === 'model-law'))
      blocks.push(para(t.modelLawCaveat, 'note'));

    blocks.push(this.heading(2, `2.2 ${t.legislationHeading}`));
    if (this.input.acts.length > 0) {
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
          rows: this.input.acts.map((a) => [
            cell(`${a.title}${a.year ? ` (${a.year})` : ''}`, undefined, true),
            cell(a.versionLabel),
            cell(t.actStatus[a.versionStatus]),
            cell(t.languageName[a.language]),
          ]),
        },
      });
    }
    blocks.push(para(t.versionNote));

    blocks.push(this.heading(2, `2.3 ${t.obligationsHeading}`));
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

    blocks.push(this.heading(2, `2.4 ${t.ratingHeading}`));
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

    blocks.push(this.heading(2, `2.5 ${t.mappingHeading}`));
    const a = this.input.analysis;
    blocks.push(para(t.mappingText(this.formatDate(a.generatedAt), a.reviewedCount, a.totalCount)));
    blocks.push(para(t.assessedBy(this.input.assessment.assessor, dateLabel)));
    blocks.push(para(this.options.includeTexts ? t.textsNote : t.noTextsNote));
    if (this.options.statuses) {
      const statuses = STATUS_ORDER.filter((s) => this.options.statuses!.includes(s)).map((s) => t.status[s]);
      blocks.push(para(t.statusFilterNote(this.list(statuses))));
    }
    return { id: 'methodology', landscape: false, blocks };
  }

  private byInstrument(list: ResolvedRequirement[]): { id: string; items: ResolvedRequirement[] }[] {
    return this.instrumentIds
      .map((id) => ({ id, items: list.filter((r) => r.req.instrument === id) }))
      .filter((g) => g.items.length > 0);
  }

  private goodPracticesSection(): ReportSection {
    const t = this.t;
    const blocks: ReportBlock[] = [this.heading(1, `3. ${t.sections.goodPractices}`)];
    const compliant = this.scope.filter((r) => r.req.status === 'compliant');
    if (compliant.length === 0) {
      blocks.push(para(t.noGoodPractice));
      return { id: 'good-practices', landscape: false, blocks };
    }
    blocks.push(para(t.goodPracticesIntro));
    this.byInstrument(compliant).forEach((g, gi) => {
      blocks.push(this.heading(2, `3.${gi + 1} ${this.names(g.id).short}`));
      blocks.push({
        kind: 'bullets',
        items: g.items.map((r) => {
          const runs: ReportRun[] = [{ text: this.fullLabel(r), bold: true }];
          if (r.citations.length > 0)
            runs.push({ text: `. ${this.label(t.provisionsLabel)}${r.citations.map((c) => c.citation).join('; ')}.` });
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

  private summaryTableSection(): ReportSection {
    const t = this.t;
    const blocks: ReportBlock[] = [this.heading(1, `4. ${t.sections.summaryTable}`)];
    if (this.scope.length === 0) {
      blocks.push(para(t.noRequirement));
      return { id: 'summary-table', landscape: false, blocks };
    }
    blocks.push(para(t.summaryTableIntro));
    blocks.push({
      kind: 'table',
      table: {
        role: 'summary',
        compact: true,
        columns: [
          { header: t.requirementColumn, width: 3.2 },
          { header: t.obligationColumn, width: 1.3 },
          { header: t.statusLabel, width: 1.5 },
          { header: t.nationalProvisionsColumn, width: 3.6 },
        ],
        rows: this.scope.map((r) => [
          { paragraphs: [[{ text: r.label, bold: true }], ...(r.title ? [[{ text: r.title }]] : [])] },
          cell(t.obligation[r.req.obligation]),
          cell(t.status[r.req.status], r.req.status, true),
          r.citations.length > 0
            ? { paragraphs: r.citations.map((c) => [{ text: c.citation }]) }
            : cell(t.notAvailable),
        ]),
      },
    });
    return { id: 'summary-table', landscape: false, blocks };
  }

  private findingsSection(recommendations: ReportRecommendation[]): ReportSection {
    const t = this.t;
    const blocks: ReportBlock[] = [this.heading(1, `5. ${t.sections.findings}`)];
    if (this.scope.length === 0) {
      blocks.push(para(t.noRequirement));
      return { id: 'findings', landscape: false, blocks };
    }
    const recs = new Map(recommendations.map((r) => [r.requirementId, r]));
    // Not-applicable requirements (final clauses, a subject the law does not cover) would fill
    // hundreds of pages with nothing to act on; the summary table and annexes still list them.
    const detailed = this.scope.filter((r) => r.req.status !== 'not_applicable');
    const omitted = this.scope.length - detailed.length;
    if (omitted > 0) blocks.push(para(t.notApplicableOmitted(omitted)));
    this.byInstrument(detailed).forEach((g, gi) => {
      blocks.push(this.heading(2, `5.${gi + 1} ${this.names(g.id).short}`));
      for (const r of g.items) blocks.push(...this.finding(r, recs.get(r.req.id) ?? null));
    });
    return { id: 'findings', landscape: false, blocks };
  }

  private finding(r: ResolvedRequirement, rec: ReportRecommendation | null): ReportBlock[] {
    const t = this.t;
    const req = r.req;
    const blocks: ReportBlock[] = [this.heading(3, this.fullLabel(r))];

    const obligation = [t.obligation[req.obligation]];
    const byWording = r.paragraph?.obligationByWording;
    if (byWording && byWording !== req.obligation) obligation.push(`(${t.literalWording(t.obligation[byWording])})`);
    blocks.push({
      kind: 'paragraph',
      style: 'body',
      runs: [
        { text: this.label(t.obligationColumn), bold: true },
        { text: `${obligation.join(' ')}   ` },
        { text: this.label(t.statusLabel), bold: true },
        { text: t.status[req.status], bold: true, tone: req.status },
        { text: '   ' },
        { text: this.label(t.reviewLabel), bold: true },
        { text: req.reviewed ? t.reviewed : t.notReviewed(this.percent.format(req.confidence)) },
      ],
    });

    if (this.options.includeTexts) {
      blocks.push(para(t.requirementText, 'label'));
      blocks.push(...this.requirementTextBlocks(r));
    }

    blocks.push(para(t.nationalProvisions, 'label'));
    if (r.citations.length === 0) blocks.push(para(t.noProvision));
    r.citations.forEach((c, i) => {
      blocks.push({ kind: 'paragraph', style: 'body', runs: this.citationRuns(c, req.reviewed) });
      // Before review only the best proposal is quoted; the others are cited for the reviewer.
      if (this.options.includeTexts && (req.reviewed || i === 0)) {
        const lines = splitLines(c.text);
        if (lines.length > 0) blocks.push({ kind: 'quote', paragraphs: lines.map((l) => [{ text: l }]) });
      }
    });

    if (req.elements.length > 0) {
      blocks.push(para(t.elementsHeading, 'label'));
      blocks.push({
        kind: 'table',
        table: {
          role: 'elements',
          compact: true,
          columns: [
            { header: t.groupColumn, width: 1.4 },
            { header: t.elementColumn, width: 3.4 },
            { header: t.presenceColumn, width: 1.2 },
            { header: t.provisionColumn, width: 3 },
          ],
          rows: req.elements.map((e) => {
            const l = this.elementLabels(r, e);
            return [
              cell(l.group),
              cell(l.element),
              cell(e.present ? t.present : t.missing, e.present ? 'present' : 'missing', true),
              cell(this.elementProvision(r, e)),
            ];
          }),
        },
      });
    }

    if (req.findings.length > 0) {
      blocks.push(para(t.issuesHeading, 'label'));
      blocks.push({
        kind: 'bullets',
        items: req.findings.map((f) => {
          const runs: ReportRun[] = [{ text: t.findingCode[f.code] }];
          // The analysis words its messages in English; other languages keep the translated label only.
          if (this.lang === 'en' && f.message.trim()) runs.push({ text: ` ${f.message.trim()}`, italic: true });
          return runs;
        }),
      });
    }

    blocks.push(para(t.assessmentHeading, 'label'));
    const assessment: ReportRun[] = [{ text: t.status[req.status], bold: true, tone: req.status }, { text: '.' }];
    if (req.elements.length > 0) {
      const present = req.elements.filter((e) => e.present).length;
      const missing = this.missingElements(r);
      assessment.push({ text: ` ${t.elementsSummary(present, req.elements.length, this.list(missing))}` });
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
          runs: [{ text: this.label(t.recommendedAction), bold: true }, { text: first ?? '' }],
        });
        blocks.push(...rest.map((l) => para(l)));
      }
      if (rec && r.paragraph) {
        const ml = implementedBy(this.input.library, req.id);
        if (ml.length > 0) {
          const refs = ml.map((m) => {
            const n = this.names(m.id.slice(0, m.id.indexOf(':')));
            return `${n.abbr} ${t.articleAbbr} ${m.number} (${m.title})`;
          });
          blocks.push({
            kind: 'paragraph',
            style: 'body',
            runs: [{ text: this.label(t.modelLawReference), bold: true }, { text: refs.join('; ') }],
          });
        }
      }
      if (req.amendment) blocks.push(para(t.amendmentPointer(req.amendment.citation, '7')));
    }
    return blocks;
  }

  private recommendationsSection(recommendations: ReportRecommendation[]): ReportSection {
    const t = this.t;
    const blocks: ReportBlock[] = [this.heading(1, `6. ${t.sections.recommendations}`)];
    if (recommendations.length === 0) {
      blocks.push(para(t.noRecommendation));
      return { id: 'recommendations', landscape: false, blocks };
    }
    blocks.push(para(t.recommendationsIntro));
    const byId = new Map(this.scope.map((r) => [r.req.id, r]));
    blocks.push({
      kind: 'table',
      table: {
        role: 'recommendations',
        compact: true,
        columns: [
          { header: t.priorityColumn, width: 1.4 },
          { header: t.requirementColumn, width: 2.2 },
          { header: t.statusLabel, width: 1.5 },
          { header: t.recommendationColumn, width: 4.9 },
        ],
        rows: recommendations.map((rec) => {
          const r = byId.get(rec.requirementId)!;
          const text: ReportRun[][] = [[{ text: rec.text }]];
          if (rec.action) text.push([{ text: this.label(t.recommendedAction), bold: true }, { text: rec.action }]);
          return [
            cell(t.priority[rec.priority], undefined, true),
            { paragraphs: [[{ text: rec.label, bold: true }], ...(r.title ? [[{ text: r.title }]] : [])] },
            cell(t.status[rec.status], rec.status, true),
            { paragraphs: text },
          ];
        }),
      },
    });
    return { id: 'recommendations', landscape: false, blocks };
  }

  private amendmentsSection(dateLabel: string): ReportSection {
    const t = this.t;
    const blocks: ReportBlock[] = [this.heading(1, `7. ${t.sections.amendments}`)];
    blocks.push(para(t.amendmentsIntro(this.options.author, dateLabel)));
    this.scope
      .filter((r) => r.req.amendment)
      .forEach((r, i) => {
        const a = r.req.amendment!;
        blocks.push(this.heading(2, `7.${i + 1} ${a.citation ?? `${t.newProvision} (${r.label})`}`));
        blocks.push({
          kind: 'paragraph',
          style: 'note',
          runs: [
            { text: this.label(t.relatedRequirement), bold: true },
            { text: `${this.fullLabel(r)} — ` },
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
  private shortCitation(c: ReportCitation, actTitle: string): string {
    if (c.citation.startsWith(actTitle)) {
      const rest = c.citation.slice(actTitle.length).replace(/^[\s,;:–—-]+/, '');
      if (rest) return rest;
    }
    return c.citation;
  }

  private matrixSection(): ReportSection {
    const t = this.t;
    const blocks: ReportBlock[] = [this.heading(1, t.annex('A', t.sections.annexMatrix))];
    if (this.scope.length === 0) {
      blocks.push(para(t.noRequirement));
      return { id: 'annex-matrix', landscape: true, blocks };
    }
    blocks.push(para(t.matrixIntro));
    const acts = this.input.acts;
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
        rows: this.scope.map((r) => [
          { paragraphs: [[{ text: r.label, bold: true }], ...(r.title ? [[{ text: r.title }]] : [])] },
          cell(t.status[r.req.status], r.req.status, true),
          ...acts.map((a): ReportCell => {
            const cited = r.citations.filter((c) => c.act === a.key);
            return cited.length > 0
              ? { paragraphs: cited.map((c) => [{ text: this.shortCitation(c, a.title) }]), align: 'center' }
              : { ...cell(t.notAvailable), align: 'center' };
          }),
        ]),
      },
    });
    return { id: 'annex-matrix', landscape: true, blocks };
  }

  private lawsSection(): ReportSection {
    const t = this.t;
    const blocks: ReportBlock[] = [this.heading(1, t.annex('B', t.sections.annexLaws))];
    if (this.input.acts.length === 0) {
      blocks.push(para(t.notAvailable));
      return { id: 'annex-laws', landscape: true, blocks };
    }
    blocks.push(para(t.lawsIntro));
    blocks.push({
      kind: 'table',
      table: {
        role: 'laws',
        compact: true,
        columns: [
          { header: t.actColumn, width: 4 },
          { header: t.yearColumn, width: 0.8 },
          { header: t.versionColumn, width: 2.4 },
          { header: t.versionStatusColumn, width: 1.4 },
          { header: t.languageColumn, width: 1.3 },
          { header: t.sourceColumn, width: 2.6 },
          { header: t.importedColumn, width: 1.6 },
        ],
        rows: this.input.acts.map((a) => [
          cell(a.title, undefined, true),
          { ...cell(a.year ? String(a.year) : t.notAvailable), align: 'center' },
          cell(a.versionLabel),
          cell(t.actStatus[a.versionStatus]),
          cell(t.languageName[a.language]),
          cell(a.sourceFile ?? t.notAvailable),
          cell(this.formatDate(a.importedAt)),
        ]),
      },
    });
    return { id: 'annex-laws', landscape: true, blocks };
  }

  private textsSection(): ReportSection {
    const t = this.t;
    const blocks: ReportBlock[] = [this.heading(1, t.annex('C', t.sections.annexTexts))];
    if (this.scope.length === 0) {
      blocks.push(para(t.noRequirement));
      return { id: 'annex-texts', landscape: false, blocks };
    }
    blocks.push(para(t.textsIntro));
    for (const g of this.byInstrument(this.scope)) {
      const n = this.names(g.id);
      blocks.push(this.heading(2, n.short));
      if (n.citation) blocks.push(para(`${n.title} (${n.citation})`, 'note'));
      for (const r of g.items) {
        blocks.push(para(this.fullLabel(r), 'label'));
        blocks.push(...this.requirementTextBlocks(r));
      }
    }
    return { id: 'annex-texts', landscape: false, blocks };
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
