import type { LanguageCode } from '../domain/source';
import type { Obligation, ReferenceLibrary } from '../reference/types';
import type { ElementResult, Finding, RequirementStatus } from '../analysis/types';

/**
 * Everything a report is made from, gathered from an assessment (or straight from an analysis in
 * the CLI). Plain data: the report model and the DOCX writer never touch the database.
 */
export interface ReportInput {
  assessment: {
    country: string;
    title: string;
    assessor: string;
    createdAt: string;
  };
  /** The national acts assessed, with the exact version of each. */
  acts: {
    key: string;
    title: string;
    year: number | null;
    language: LanguageCode;
    versionLabel: string;
    versionStatus: 'draft' | 'adopted' | 'in-force' | 'repealed';
    sourceFile: string | null;
    importedAt: string;
    /**
     * The act's primary units (sections, articles, schedules) in order, with their full text: where
     * a new provision goes and what the annex quotes. Absent in older inputs.
     */
    units?: { number: string; label: string; text: string }[];
  }[];
  /** Instruments in scope (ids in the library). */
  instruments: string[];
  library: ReferenceLibrary;
  /** When the analysis was run and how mappings were made and reviewed (for the methodology). */
  analysis: { generatedAt: string; reviewedCount: number; totalCount: number };
  requirements: ReportRequirement[];
}

/** A national provision cited for a requirement, with its text for quoting. */
export interface ReportCitation {
  /** `key` of the act in `acts`. */
  act: string;
  /** Citation as a drafter writes it: "Counter-Trafficking in Persons Act, s. 3(1)". */
  citation: string;
  /** Unit numbers from the top-level unit down ("3", "279.01"). */
  numbers: string[];
  text: string;
  /** How the mapping was made: proposed by the analysis or added by hand; accepted when reviewed. */
  origin: 'auto' | 'manual';
  accepted: boolean;
  /** The analysis's match score 0–1, when the citation is a proposal with one. */
  score?: number;
  relation: 'equivalent' | 'narrower' | 'broader' | 'overlapping' | null;
}

export interface ReportRequirement {
  /** `<instrument>:<ref>`. */
  id: string;
  instrument: string;
  ref: string;
  obligation: Obligation;
  /** The final status: the reviewer's when reviewed, else the proposed one. */
  status: RequirementStatus;
  reviewed: boolean;
  confidence: number;
  /** The analysis's one-line reason, or the reviewer's finding when written. */
  reason: string;
  finding: string | null;
  recommendation: string | null;
  /**
   * Replacement wording proposed by the reviewer for a national provision, written into the
   * report as tracked changes against `original` (the provision's current text); with no
   * citation, the wording of a new provision (`original` empty: all of it is an insertion).
   */
  amendment: { citation: string | null; original: string; proposed: string } | null;
  citations: ReportCitation[];
  elements: ElementResult[];
  findings: Finding[];
}

export interface ReportOptions {
  language: LanguageCode;
  /** Only these instruments (default: all in scope). */
  instruments?: string[];
  /** Only requirements with these statuses (default: all). */
  statuses?: RequirementStatus[];
  /** Quote the instrument paragraphs and national provisions verbatim. */
  includeTexts: boolean;
  /** Author of tracked changes and of the document properties. */
  author: string;
  /** The author's organisation, shown with the name on the cover. */
  organisation?: string;
  /**
   * `narrative` (default): the report by theme an adviser signs; `matrix`: every requirement in
   * turn, the detailed annex given on request.
   */
  layout?: 'narrative' | 'matrix';
  /** Fixed date for reproducible output (tests); today when absent. */
  date?: Date;
}
