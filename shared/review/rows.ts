import type { ReviewRow } from '../api/review-schemas';
import type { RequirementStatus } from '../domain/status';
import { listRequirements } from '../reference/library';
import type { ReferenceLibrary } from '../reference/types';

/* The review list: every analysed requirement with its proposal, decision and mappings. */

/** The analysis's proposal for a requirement and the reviewer's decision, as stored. */
export interface RequirementAssessment {
  requirementId: string;
  proposedStatus: RequirementStatus;
  proposedConfidence: number;
  proposedReason: string;
  proposedReasonCode: string | null;
  proposedReasonParams: string | null;
  status: RequirementStatus | null;
  finding: string | null;
  recommendation: string | null;
  proposedWording: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/** A mapping of a requirement to a unit, as the list counts and cites it. */
export interface MappingSummary {
  requirementId: string;
  state: 'proposed' | 'accepted' | 'rejected';
  unitNumber: string;
  rank: number | null;
  score: number | null;
  /** The heading of the section or article the mapped provision is in, and its version. */
  heading: string | null;
  versionId: number | null;
}

/**
 * Rows of the review list in library order, for the requirements that were analysed. The
 * provisions cited are the accepted ones; before review, the best proposed one.
 */
export function assembleReviewRows(
  lib: ReferenceLibrary,
  assessments: readonly RequirementAssessment[],
  mappings: readonly MappingSummary[],
): ReviewRow[] {
  const titles = new Map<string, Partial<Record<string, string>>>(
    lib.instruments.flatMap((inst) => [
      ...inst.articles.map((a) => [`${inst.id}|${a.number}`, a.titleTranslations] as const),
      ...inst.modelLawArticles.map((m) => [`${inst.id}|${m.number}`, m.titleTranslations] as const),
    ]),
  );
  const chapters = new Map<string, Partial<Record<string, string>>>(
    lib.instruments.flatMap((inst) => [
      ...inst.articles.map((a) => [`${inst.id}|${a.number}`, a.chapterTranslations ?? {}] as const),
      ...inst.modelLawArticles.map((m) => [`${inst.id}|${m.number}`, m.chapterTitleTranslations] as const),
    ]),
  );
  const byId = new Map(assessments.map((a) => [a.requirementId, a]));
  const byReq = new Map<string, MappingSummary[]>();
  for (const m of mappings) {
    const list = byReq.get(m.requirementId) ?? [];
    list.push(m);
    byReq.set(m.requirementId, list);
  }
  const ranked = (a: MappingSummary, b: MappingSummary) =>
    Number(b.state === 'accepted') - Number(a.state === 'accepted') || (a.rank ?? -1) - (b.rank ?? -1);
  return listRequirements(lib)
    .filter((r) => byId.has(r.id))
    .map((r) => {
      const a = byId.get(r.id)!;
      const ms = [...(byReq.get(r.id) ?? [])].sort(ranked);
      const accepted = ms.filter((m) => m.state === 'accepted');
      const proposed = ms.filter((m) => m.state === 'proposed');
      const shown = accepted.length ? accepted : a.reviewedAt ? [] : proposed.slice(0, 1);
      const key = `${r.instrument}|${r.articleNumber}`;
      return {
        id: r.id,
        instrument: r.instrument,
        ref: r.ref,
        articleNumber: r.articleNumber,
        articleTitle: r.articleTitle,
        articleTitleTranslations: titles.get(key) ?? {},
        chapter: r.chapter,
        chapterTranslations: chapters.get(key) ?? {},
        obligation: r.obligation,
        proposedStatus: a.proposedStatus,
        status: a.status ?? a.proposedStatus,
        confidence: a.proposedConfidence,
        reviewed: a.reviewedAt !== null,
        accepted: accepted.length,
        proposed: proposed.length,
        provisions: [...new Set(shown.map((m) => m.unitNumber))],
        cited: [...new Map(shown.map((m) => [m.unitNumber, m] as const))].map(([number, m]) => ({
          number,
          heading: m.heading,
          versionId: m.versionId,
          state: m.state === 'accepted' ? ('accepted' as const) : ('proposed' as const),
          score: m.score,
        })),
      };
    });
}
