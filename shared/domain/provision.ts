import type { LanguageCode } from './source';

const GROUPINGS = ['book', 'part', 'title', 'chapter', 'division', 'section-group'] as const;
const BELOW_UNIT = ['subsection', 'paragraph', 'subparagraph'] as const;

/**
 * Structural level of a provision. Grouping levels (part, chapter...) hold units;
 * a "unit" is a primary unit of the law (Section, Article, §); below it come
 * subsections (1), paragraphs (a) and sub-paragraphs (i).
 */
export const PROVISION_LEVELS = [...GROUPINGS, 'unit', ...BELOW_UNIT, 'schedule', 'preamble'] as const;
export type ProvisionLevel = (typeof PROVISION_LEVELS)[number];

export const GROUPING_LEVELS: readonly ProvisionLevel[] = GROUPINGS;

/** Levels that stand in a law's outline: every level but the parts of a unit. */
export const OUTLINE_LEVELS: readonly ProvisionLevel[] = PROVISION_LEVELS.filter(
  (l) => !(BELOW_UNIT as readonly string[]).includes(l),
);

/** A reference from one provision's text to another unit of the same law ("section 5(2)"). */
export interface CrossReference {
  /** The words as printed, e.g. "section 5(2)". */
  text: string;
  /** Offset of `text` within the provision's own text. */
  start: number;
  /** Printed number of the referenced primary unit, e.g. "5". */
  number: string;
  /** Sub-references below the unit, e.g. ["2"] for 5(2). */
  sub: string[];
  /** Id of the provision it resolves to in this act, when it does. */
  targetId: string | null;
}

/** A term defined in the law's definitions unit. */
export interface DefinedTerm {
  term: string;
  /** Id of the provision (item) carrying the definition. */
  provisionId: string;
  definition: string;
}

export interface Provision {
  /** Stable id within the act version, derived from the numbering path (e.g. "s3", "s3.1.a"). */
  id: string;
  level: ProvisionLevel;
  /** Printed number without its designation word: "3", "279.01", "12 bis", "1" for "premier". */
  number: string;
  /** Designation as printed, with its word: "Section 3", "Article 225-4-1", "§ 1590", "(a)". */
  label: string;
  heading: string | null;
  /** Own text of the provision, without the text of its children. */
  text: string;
  /** Ids from the root to this provision (exclusive). */
  path: string[];
  /** Page of the first line of the provision, when the source is paginated. */
  page: number | null;
  /** 0-based index of the first source line. */
  line: number;
  /**
   * Where an amending act inserts or replaces a unit of another law, the number the
   * unit takes in that law ("279.01" for a section inserting Criminal Code s. 279.01).
   */
  insertedNumber?: string;
  crossRefs?: CrossReference[];
  children: Provision[];
}

export interface ProvisionTree {
  language: LanguageCode;
  /** Top-level nodes in order: grouping levels, units, schedules. */
  children: Provision[];
  definitions: DefinedTerm[];
  /** Id of the definitions unit, when one was found. */
  definitionsUnitId: string | null;
  /** True when a table of contents was recognised and skipped. */
  tableOfContentsSkipped: boolean;
  warnings: string[];
}
