import { z } from 'zod';
import { OBLIGATIONS } from '../domain/status';

export const obligationSchema = z.enum(OBLIGATIONS);
export const languageSchema = z.enum(['en', 'fr', 'es']);
export const instrumentKindSchema = z.enum(['treaty', 'model-law', 'custom']);
/** A text in French and Spanish, where the library has one (the English one is beside it). */
export const translationsSchema = z.partialRecord(languageSchema, z.string());

/** Where an instrument the user imported came from (absent for the shipped ones). */
export const importedFromSchema = z.object({
  fileName: z.string(),
  format: z.string(),
  importedAt: z.string(),
  importedBy: z.string(),
});
export type ImportedFromView = z.infer<typeof importedFromSchema>;

export const instrumentSummarySchema = z.object({
  id: z.string(),
  kind: instrumentKindSchema,
  title: z.string(),
  titleTranslations: translationsSchema,
  shortTitle: z.string(),
  citation: z.string(),
  partial: z.boolean(),
  partialNote: z.string().nullable(),
  articleCount: z.number().int(),
  paragraphCount: z.number().int(),
  /** Language of the texts: English for the shipped instruments, any for an imported one. */
  language: languageSchema,
  imported: importedFromSchema.nullable(),
});
export type InstrumentSummary = z.infer<typeof instrumentSummarySchema>;

export const modelLawLinkSchema = z.object({
  id: z.string(),
  instrument: z.string(),
  number: z.string(),
  title: z.string(),
  titleTranslations: translationsSchema,
  uncertain: z.boolean(),
});
export type ModelLawLink = z.infer<typeof modelLawLinkSchema>;

/** A Protocol/Convention paragraph an article implements. */
export const linkedParagraphSchema = z.object({
  id: z.string(),
  instrument: z.string(),
  ref: z.string(),
  text: z.string(),
});

export const paragraphSchema = z.object({
  id: z.string(),
  ref: z.string(),
  text: z.string(),
  obligation: obligationSchema,
  obligationByWording: obligationSchema.nullable(),
  obligationNote: z.string().nullable(),
  textFr: z.string().nullable(),
  textEs: z.string().nullable(),
  /** Model Law articles and imported instruments' articles that implement this paragraph. */
  implementedBy: z.array(modelLawLinkSchema),
  hasElements: z.boolean(),
  /** For an imported instrument's article: the paragraphs it implements. */
  implements: z.array(linkedParagraphSchema),
  /** For an imported instrument's article: the words that gave the class its wording suggests. */
  wordingCue: z.string().nullable(),
});
export type ParagraphView = z.infer<typeof paragraphSchema>;

export const articleSchema = z.object({
  number: z.string(),
  title: z.string(),
  titleFr: z.string().nullable(),
  titleEs: z.string().nullable(),
  chapter: z.string().nullable(),
  paragraphs: z.array(paragraphSchema),
});
export type ArticleView = z.infer<typeof articleSchema>;

export const modelLawArticleSchema = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  chapter: z.string(),
  chapterTitle: z.string(),
  /** Title and chapter heading in French and Spanish: the application's own translation, not an official text. */
  titleTranslations: translationsSchema,
  chapterTitleTranslations: translationsSchema,
  status: z.enum(['mandatory', 'optional', 'mixed', 'unknown']),
  summary: z.string(),
  elements: z.array(z.string()),
  options: z.array(z.string()),
  text: z.string(),
  uncertain: z.boolean(),
  /** Protocol/Convention paragraphs it implements. */
  implements: z.array(linkedParagraphSchema),
});
export type ModelLawArticleView = z.infer<typeof modelLawArticleSchema>;

export const instrumentDetailSchema = instrumentSummarySchema.extend({
  sources: z.array(z.string()),
  articles: z.array(articleSchema),
  modelLawArticles: z.array(modelLawArticleSchema),
});
export type InstrumentDetail = z.infer<typeof instrumentDetailSchema>;

export const elementChecklistSchema = z.object({
  requirementId: z.string(),
  title: z.record(languageSchema, z.string()),
  rule: z.string().nullable(),
  groups: z.array(
    z.object({
      id: z.string(),
      label: z.record(languageSchema, z.string()),
      elements: z.array(z.object({ id: z.string(), label: z.record(languageSchema, z.string()) })),
    }),
  ),
});
export type ElementChecklistView = z.infer<typeof elementChecklistSchema>;

export const searchHitSchema = z.object({
  id: z.string(),
  kind: z.enum(['paragraph', 'model-law-article']),
  instrument: z.string(),
  /** Article number the hit belongs to, to navigate to it. */
  articleNumber: z.string(),
  title: z.string(),
  /** Reference of the paragraph or number of the Model Law article, and its article's title in each language. */
  ref: z.string(),
  articleTitle: z.string(),
  articleTitleTranslations: translationsSchema,
  /** Text with matches delimited by \u0002 … \u0003 (rendered as highlights, never as HTML). */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  query: z.string(),
  total: z.number().int(),
  hits: z.array(searchHitSchema),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export { HIGHLIGHT_END, HIGHLIGHT_START } from './channels';

export const assessmentSummarySchema = z.object({
  path: z.string(),
  fileName: z.string(),
  country: z.string(),
  title: z.string(),
  assessor: z.string(),
  instruments: z.array(z.string()),
  /** Obligation levels in scope; null means all. */
  obligations: z.array(obligationSchema).nullable(),
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set when the file was upgraded from an older schema on open (a backup was kept). */
  upgradedFrom: z.number().int().nullable(),
  backupPath: z.string().nullable(),
  /** Opened for reading only: another window or process holds the file for writing. */
  readOnly: z.boolean(),
  /** Who holds it then (user, machine, since when), when known. */
  lockedBy: z.object({ user: z.string(), host: z.string(), since: z.string() }).nullable(),
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const newAssessmentSchema = z.object({
  country: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(500),
  assessor: z.string().trim().min(1).max(200),
  instruments: z.array(z.string().min(1).max(100)).min(1).max(50),
  /** Obligation levels in scope; all levels when absent. */
  obligations: z.array(obligationSchema).min(1).max(5).optional(),
  /** Where to create the file; when absent the platform asks the user (Save dialog). */
  path: z.string().min(1).max(4096).optional(),
});
export type NewAssessment = z.infer<typeof newAssessmentSchema>;

export const recentFileSchema = z.object({
  path: z.string(),
  title: z.string(),
  country: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof recentFileSchema>;

export const appInfoSchema = z.object({
  version: z.string(),
  dataVersion: z.string(),
  host: z.enum(['electron', 'browser']),
  userName: z.string(),
  /** The assessor's name kept in the settings ("" when none was ever given): offered for new assessments. */
  assessor: z.string(),
  /** Problems met at start-up (an unreadable library of imported instruments). */
  warnings: z.array(z.string()),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
