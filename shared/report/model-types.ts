import type { Obligation } from '../reference/types';
import type { RequirementStatus } from '../analysis/types';
import type { LanguageCode } from '../domain/source';
import type { CoverageChart, StatusCounts } from './chart';
import type { RecommendationGrade, RecommendationPriority } from './messages';

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
