import { z } from 'zod';
import { REQUIREMENT_STATUSES } from '../domain/status';
import { obligationSchema, languageSchema, modelLawLinkSchema } from './schemas';

export const requirementStatusSchema = z.enum(REQUIREMENT_STATUSES);
export type { RequirementStatus } from '../domain/status';
export const mappingStateSchema = z.enum(['proposed', 'accepted', 'rejected']);
/** OSCAL mapping relationships: how the national provision relates to the requirement. */
export const mappingRelationSchema = z.enum(['equivalent', 'narrower', 'broader', 'overlapping']);

/** One line of the review list. */
export const reviewRowSchema = z.object({
  id: z.string(),
  instrument: z.string(),
  ref: z.string(),
  articleNumber: z.string(),
  articleTitle: z.string(),
  /** The article title in the official French and Spanish texts, where there is one. */
  articleTitleTranslations: z.partialRecord(languageSchema, z.string()),
  chapter: z.string().nullable(),
  /** The chapter heading in the official French and Spanish texts, where there is one. */
  chapterTranslations: z.partialRecord(languageSchema, z.string()),
  obligation: obligationSchema,
  proposedStatus: requirementStatusSchema,
  /** The reviewer's status when reviewed, else the proposal. */
  status: requirementStatusSchema,
  confidence: z.number(),
  reviewed: z.boolean(),
  accepted: z.number().int(),
  proposed: z.number().int(),
  /** Unit numbers of the accepted (or, unreviewed, best proposed) provisions. */
  provisions: z.array(z.string()),
  /**
   * The same provisions with the headings of their sections, to cite them as "s. 13 — Restitution",
   * whether accepted or proposed, and the proposal's score.
   */
  cited: z.array(
    z.object({
      number: z.string(),
      heading: z.string().nullable(),
      /** The version of the law it is in (its language marks the heading). */
      versionId: z.number().int().nullable(),
      state: z.enum(['accepted', 'proposed']),
      score: z.number().nullable(),
    }),
  ),
});
export type ReviewRow = z.infer<typeof reviewRowSchema>;

export const evidenceSchema = z.object({ text: z.string(), start: z.number().int(), end: z.number().int() });

export const mappingViewSchema = z.object({
  id: z.number().int(),
  provisionId: z.number().int().nullable(),
  versionId: z.number().int(),
  actTitle: z.string(),
  unitNumber: z.string(),
  numbers: z.array(z.string()),
  label: z.string(),
  heading: z.string().nullable(),
  /** Full text of the unit (its own text and its children's), as the evidence offsets expect. */
  text: z.string(),
  origin: z.enum(['auto', 'manual']),
  state: mappingStateSchema,
  relation: mappingRelationSchema.nullable(),
  score: z.number().nullable(),
  evidence: z.array(evidenceSchema),
  note: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
});
export type MappingView = z.infer<typeof mappingViewSchema>;

export const reviewDetailSchema = z.object({
  row: reviewRowSchema,
  text: z.string(),
  translations: z.partialRecord(languageSchema, z.string()),
  obligationNote: z.string().nullable(),
  proposedReason: z.string(),
  /** The reason in each interface language (the English one when the analysis gave no code). */
  proposedReasons: z.record(languageSchema, z.string()),
  finding: z.string().nullable(),
  recommendation: z.string().nullable(),
  proposedWording: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  implementedBy: z.array(modelLawLinkSchema.extend({ summary: z.string() })),
  /** Recommendation text to start from, in each interface language, where a Model Law article applies. */
  suggestedRecommendations: z.record(languageSchema, z.string()).nullable(),
  mappings: z.array(mappingViewSchema),
  elements: z.array(
    z.object({
      id: z.string(),
      group: z.string(),
      label: z.record(languageSchema, z.string()),
      present: z.boolean(),
      unitNumber: z.string().nullable(),
      /** Heading of the section the provision belongs to, and the version of the law it is in. */
      unitHeading: z.string().nullable(),
      versionId: z.number().int().nullable(),
      note: z.string(),
    }),
  ),
  findings: z.array(
    z.object({
      code: z.string(),
      message: z.string(),
      /** The message in each interface language. */
      messages: z.record(languageSchema, z.string()),
      unitNumber: z.string().nullable(),
      unitHeading: z.string().nullable(),
      versionId: z.number().int().nullable(),
    }),
  ),
});
export type ReviewDetail = z.infer<typeof reviewDetailSchema>;

export const provisionHitSchema = z.object({
  provisionId: z.number().int(),
  versionId: z.number().int(),
  actTitle: z.string(),
  unitNumber: z.string(),
  label: z.string(),
  heading: z.string().nullable(),
  snippet: z.string(),
});
export type ProvisionHit = z.infer<typeof provisionHitSchema>;

const statusCounts = z.record(requirementStatusSchema, z.number().int());

export const dashboardSchema = z.object({
  analysed: z.boolean(),
  total: z.number().int(),
  reviewed: z.number().int(),
  byInstrument: z.array(
    z.object({
      instrument: z.string(),
      byObligation: z.array(z.object({ obligation: obligationSchema, counts: statusCounts, total: z.number().int() })),
      byChapter: z.array(z.object({ chapter: z.string(), counts: statusCounts, total: z.number().int() })),
    }),
  ),
  /** requirements × acts: the state of the best mapping of each requirement in each act. */
  matrix: z.object({
    acts: z.array(z.object({ versionId: z.number().int(), title: z.string() })),
    rows: z.array(
      z.object({
        requirementId: z.string(),
        status: requirementStatusSchema,
        cells: z.array(z.enum(['accepted', 'proposed', 'none'])),
      }),
    ),
  }),
  /** Provisions (primary units) no requirement is mapped to, per act. */
  unmapped: z.array(
    z.object({ versionId: z.number().int(), title: z.string(), units: z.number().int(), unmapped: z.number().int() }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
