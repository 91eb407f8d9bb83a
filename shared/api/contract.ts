import { z } from 'zod';
import { CHANNELS, type Channel } from './channels';
import {
  appInfoSchema,
  languageSchema,
  articleSchema,
  assessmentSummarySchema,
  elementChecklistSchema,
  instrumentDetailSchema,
  instrumentSummarySchema,
  newAssessmentSchema,
  recentFileSchema,
  searchResultSchema,
} from './schemas';
import {
  dashboardSchema,
  mappingRelationSchema,
  mappingStateSchema,
  provisionHitSchema,
  requirementStatusSchema,
  reviewDetailSchema,
  reviewRowSchema,
} from './review-schemas';
import { exportRequestSchema, exportResultSchema } from './report-schemas';
import {
  importInstrumentRequestSchema,
  importInstrumentResultSchema,
  updateArticleRequestSchema,
} from './library-schemas';
import {
  actSchema,
  actKindsRequestSchema,
  importRequestSchema,
  importResultSchema,
  provisionEditSchema,
  provisionListSchema,
} from './act-schemas';
import {
  carryResultSchema,
  compareRequestSchema,
  pairingRequestSchema,
  versionComparisonSchema,
  versionSchema,
  versionUpdateSchema,
} from './version-schemas';

const empty = z.object({}).strict();
const countryTermsSchema = z.object({
  terms: z.array(
    z.object({
      id: z.number().int(),
      concept: z.string(),
      language: z.enum(['en', 'fr', 'es']),
      pattern: z.string(),
      note: z.string().nullable(),
      createdAt: z.string(),
      createdBy: z.string(),
    }),
  ),
  concepts: z.array(z.string()),
  /** The name of each concept above and of each term's concept, by id, in the interface languages. */
  conceptLabels: z.record(z.string(), z.object({ en: z.string(), fr: z.string(), es: z.string() })),
});
const requirementRef = z.object({ requirementId: z.string().min(1).max(200) }).strict();
const versionRef = z.object({ versionId: z.number().int().positive() }).strict();
const jobRef = z.object({ jobId: z.string().min(1).max(100) }).strict();
const pathOrAsk = z.object({ path: z.string().min(1).max(4096).optional() }).strict();

/**
 * The one API between the UI and the core: channel → request schema → response schema.
 * Main registers a handler per channel from this table; the preload and the loopback
 * test host expose exactly these channels. Requests are validated before any handler runs.
 */
export const contract = {
  /** Version of the app and of the reference data (the shipped data and the user's imported instruments). */
  'app:info': { request: empty, response: appInfoSchema },
  /** Every instrument in the library, in display order. */
  'library:list-instruments': { request: empty, response: z.array(instrumentSummarySchema) },
  /** One instrument with its articles, paragraphs, Model Law articles and their links. */
  'library:get-instrument': {
    request: z.object({ id: z.string().min(1).max(100) }).strict(),
    response: instrumentDetailSchema,
  },
  /** The element checklist (act / means / purpose …) of a requirement, or null when it has none. */
  'library:get-elements': {
    request: z.object({ requirementId: z.string().min(1).max(200) }).strict(),
    response: elementChecklistSchema.nullable(),
  },
  /** Full-text search over every instrument text (English, French, Spanish), diacritics folded. */
  'library:search': {
    request: z
      .object({
        query: z.string().max(500),
        limit: z.number().int().min(1).max(500).default(50),
        instruments: z.array(z.string().max(100)).max(50).optional(),
      })
      .strict(),
    response: searchResultSchema,
  },
  /**
   * Import an instrument (a full Model Law, a regional convention…) from a file, uploaded bytes or
   * pasted text into the user's library, segmented like a law, reporting "import:progress" events.
   */
  'library:import-instrument': { request: importInstrumentRequestSchema, response: importInstrumentResultSchema },
  /** Set an imported instrument's article obligation level or its links; answers the article as now stored. */
  'library:update-article': { request: updateArticleRequestSchema, response: articleSchema },
  /** Remove an imported instrument from the user's library (shipped instruments cannot be removed). */
  'library:delete-instrument': { request: z.object({ id: z.string().min(1).max(100) }).strict(), response: z.null() },
  /** Create a new assessment file and make it the current one. Null when the user cancelled the dialog. */
  'assessment:create': { request: newAssessmentSchema.strict(), response: assessmentSummarySchema.nullable() },
  /** Open an assessment file (asking for it when no path is given). Null when cancelled. */
  'assessment:open': { request: pathOrAsk, response: assessmentSummarySchema.nullable() },
  /** Copy the current assessment to a new file and continue there. Null when cancelled. */
  'assessment:save-as': { request: pathOrAsk, response: assessmentSummarySchema.nullable() },
  /** The current assessment, if any. */
  'assessment:current': { request: empty, response: assessmentSummarySchema.nullable() },
  'assessment:close': { request: empty, response: z.null() },
  /** Recently opened assessment files, most recent first. */
  'assessment:recent': { request: empty, response: z.array(recentFileSchema) },
  /**
   * Open the sample assessment (Kenya's Counter-Trafficking in Persons Act, analysed), creating it
   * in the documents folder the first time.
   */
  'assessment:open-sample': { request: empty, response: assessmentSummarySchema },
  /** The acts of the current assessment with their versions. */
  'act:list': { request: empty, response: z.array(actSchema) },
  /**
   * Import a law (file, uploaded bytes or pasted text) as a new act or a new version of one,
   * reporting progress as "import:progress" events. Null when the user cancelled the file dialog.
   */
  'act:import': { request: importRequestSchema, response: importResultSchema.nullable() },
  /** Record what an act is (trafficking act, penal code…): the analysis scopes requirements by it. */
  'act:set-kinds': { request: actKindsRequestSchema, response: z.array(actSchema) },
  /** Stop a running import; nothing of it is kept. */
  'act:cancel-import': { request: jobRef, response: z.null() },
  /** Every provision of an act version in document order, with its defined terms. */
  'act:provisions': { request: versionRef, response: provisionListSchema },
  /**
   * The requirements each primary unit of a version serves, for colouring the law view: every
   * proposed or accepted mapping (rejected ones left out), attached to the unit containing it.
   */
  'act:provision-mappings': {
    request: versionRef,
    response: z.array(
      z.object({
        provisionId: z.number().int(),
        requirementId: z.string(),
        state: mappingStateSchema.exclude(['rejected']),
      }),
    ),
  },
  /** Correct the segmentation (number, label, heading, level; split; merge); saved at once, undoable. */
  'act:edit-provision': { request: provisionEditSchema, response: provisionListSchema },
  /** Undo the most recent correction of a version. */
  'act:undo-edit': { request: versionRef, response: provisionListSchema },
  /**
   * Analyse the latest version of every act against the assessment's instruments and store the
   * proposals; reviewed decisions are kept as they are.
   */
  'analysis:run': {
    request: empty,
    response: z.object({
      runId: z.number().int(),
      requirements: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()),
      keptReviewed: z.number().int(),
    }),
  },
  /** The country terms of the assessment and the concepts a term can be added to. */
  'terms:list': { request: empty, response: countryTermsSchema },
  /** Add a term of the country's law to a concept of the analysis (used from the next analysis run). */
  'terms:add': {
    request: z
      .object({
        concept: z.string().min(1).max(100),
        language: z.enum(['en', 'fr', 'es']),
        pattern: z.string().max(1000),
        note: z.string().max(2000).nullable().optional(),
      })
      .strict(),
    response: countryTermsSchema,
  },
  'terms:remove': { request: z.object({ id: z.number().int().positive() }).strict(), response: countryTermsSchema },
  /** When the analysis last ran and whether the acts changed since (null without an assessment). */
  'analysis:status': {
    request: empty,
    response: z.object({ lastRunAt: z.string().nullable(), outOfDate: z.boolean(), acts: z.number().int() }).nullable(),
  },
  /** Every analysed requirement with its proposal and decision, for the review list. */
  'review:list': { request: empty, response: z.array(reviewRowSchema) },
  /** One requirement for the review pane: texts, candidates with evidence, elements, findings. */
  'review:get': { request: requirementRef, response: reviewDetailSchema },
  /** Accept, reject or reset a mapping, or set its relation or note. */
  'review:set-mapping': {
    request: z
      .object({
        mappingId: z.number().int().positive(),
        state: mappingStateSchema.optional(),
        relation: mappingRelationSchema.nullable().optional(),
        note: z.string().max(5000).nullable().optional(),
      })
      .strict(),
    response: reviewDetailSchema,
  },
  /** Map a national provision to a requirement by hand. */
  'review:add-mapping': {
    request: z
      .object({
        requirementId: z.string().min(1).max(200),
        provisionId: z.number().int().positive(),
        relation: mappingRelationSchema.nullable().default(null),
      })
      .strict(),
    response: reviewDetailSchema,
  },
  /** Set the reviewer's status, finding, recommendation or proposed wording. */
  'review:set-assessment': {
    request: z
      .object({
        requirementId: z.string().min(1).max(200),
        status: requirementStatusSchema.nullable().optional(),
        finding: z.string().max(20000).nullable().optional(),
        recommendation: z.string().max(20000).nullable().optional(),
        proposedWording: z.string().max(100000).nullable().optional(),
      })
      .strict(),
    response: reviewDetailSchema,
  },
  /** National provisions (latest versions) containing every word of the query, to add a mapping. */
  'review:search-provisions': {
    request: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).default(30) }).strict(),
    response: z.array(provisionHitSchema),
  },
  /** Coverage figures, the requirements × acts matrix and unmapped provisions. */
  'dashboard:summary': { request: empty, response: dashboardSchema },
  /**
   * Export the recommendations report (DOCX), the mapping table (CSV) or the whole assessment
   * (JSON), reporting "export:progress" events. Null when the user cancelled the Save dialog.
   */
  'report:export': { request: exportRequestSchema, response: exportResultSchema },
  /** Stop a running export; no file is written. */
  'report:cancel': { request: jobRef, response: z.null() },
  /** The versions of an act (draft 1, committee text, adopted…), oldest first. */
  'versions:list': {
    request: z.object({ actId: z.number().int().positive() }).strict(),
    response: z.array(versionSchema),
  },
  /** Rename a version, or set its stage or date. */
  'versions:update': { request: versionUpdateSchema, response: versionSchema },
  /** Delete a version and its provisions (not the only version of an act). */
  'versions:delete': { request: versionRef, response: z.null() },
  /**
   * Compare two versions: aligned units, word diff, substantive changes and the compliance delta,
   * reporting "import:progress" events under the job id; versions in two languages are refused.
   */
  'versions:compare': { request: compareRequestSchema, response: versionComparisonSchema },
  /** Stop a running comparison. */
  'versions:cancel': { request: jobRef, response: z.null() },
  /** Correct the alignment: these units of the old version correspond to these of the new one. */
  'versions:set-pairing': { request: pairingRequestSchema, response: z.null() },
  /** Back to the automatic alignment between two versions. */
  'versions:clear-pairings': {
    request: z
      .object({ oldVersionId: z.number().int().positive(), newVersionId: z.number().int().positive() })
      .strict(),
    response: z.null(),
  },
  /** Carry the reviewed mappings of one version to the aligned provisions of another. */
  'versions:carry-review': {
    request: z
      .object({ oldVersionId: z.number().int().positive(), newVersionId: z.number().int().positive() })
      .strict(),
    response: carryResultSchema,
  },
  /**
   * Write the comparison as a Word document (tracked changes, then the compliance delta) where the
   * user chooses, or at the given path. Null when the Save dialog was cancelled.
   */
  'versions:export-docx': {
    request: z
      .object({
        oldVersionId: z.number().int().positive(),
        newVersionId: z.number().int().positive(),
        language: languageSchema.default('en'),
        path: z.string().min(1).max(4096).optional(),
      })
      .strict(),
    response: z.object({ path: z.string() }).nullable(),
  },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
// Every channel name has an entry, and every entry a name: the two lists cannot drift apart.
type MissingFromNames = Exclude<keyof Contract, Channel>;
const _namesComplete: MissingFromNames extends never ? true : never = true;
void _namesComplete;
export { CHANNELS, type Channel };
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}
export { EVENTS, type EventName } from './channels';
export { events, type EventPayload } from './events';
