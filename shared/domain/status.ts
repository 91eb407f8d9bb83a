/*
 * The fixed vocabularies of an assessment, each written once: every schema, table, count and
 * filter takes its values and their order from here.
 */

/** Where a requirement stands in the national law (proposed by the analysis, set by the reviewer). */
export const REQUIREMENT_STATUSES = ['compliant', 'partial', 'gap', 'not_applicable', 'not_assessed'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

/** Obligation classes of the UNODC Legislative Guides, plus the two non-obligation kinds, strongest first. */
export const OBLIGATIONS = ['mandatory', 'consider', 'optional', 'definition', 'general'] as const;
export type Obligation = (typeof OBLIGATIONS)[number];

/** A count of requirements for every status, all at zero. */
export function zeroStatusCounts(): Record<RequirementStatus, number> {
  return Object.fromEntries(REQUIREMENT_STATUSES.map((s) => [s, 0])) as Record<RequirementStatus, number>;
}
