import { z } from 'zod';
import { languageSchema } from './schemas';
import { PROVISION_LEVELS } from '../domain/provision';
import { LAW_KINDS, type LawKind } from '../analysis/types';

export const versionStatusSchema = z.enum(['draft', 'adopted', 'in-force', 'repealed']);
export type VersionStatus = z.infer<typeof versionStatusSchema>;

export const provisionLevelSchema = z.enum(PROVISION_LEVELS);

export const actVersionSchema = z.object({
  id: z.number().int(),
  ordinal: z.number().int(),
  label: z.string(),
  status: versionStatusSchema,
  sourceFile: z.string().nullable(),
  sourceFormat: z.string().nullable(),
  language: languageSchema,
  detectedLanguage: languageSchema.nullable(),
  importedAt: z.string(),
  importedBy: z.string(),
  unitCount: z.number().int(),
  provisionCount: z.number().int(),
});
export type ActVersionView = z.infer<typeof actVersionSchema>;

/**
 * What an act is, as the assessment records it: the kinds of law the analysis scopes
 * requirements by (where a measure usually lives), and a regulation made under an act.
 */
export type ActKind = LawKind | 'regulation';
export const ACT_KINDS = [...LAW_KINDS, 'regulation'] as unknown as readonly [ActKind, ...ActKind[]];
export const actKindSchema = z.enum(ACT_KINDS);

export const actSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  year: z.number().int().nullable(),
  language: languageSchema,
  versions: z.array(actVersionSchema),
  /** The kinds recorded for the act; null when none was recorded and they are recognised from its text. */
  kinds: z.array(actKindSchema).nullable(),
  /** The kinds recognised from the title and opening of its latest version. */
  detectedKinds: z.array(actKindSchema),
});

/** Record what an act is (null: recognise it from its text again). */
export const actKindsRequestSchema = z
  .object({ actId: z.number().int(), kinds: z.array(actKindSchema).min(1).max(ACT_KINDS.length).nullable() })
  .strict();
export type ActView = z.infer<typeof actSchema>;

/** One provision in document order, with its depth, ready for a flat (virtualized) list. */
export const provisionRowSchema = z.object({
  id: z.number().int(),
  key: z.string(),
  parentId: z.number().int().nullable(),
  depth: z.number().int(),
  level: provisionLevelSchema,
  number: z.string(),
  label: z.string(),
  heading: z.string().nullable(),
  text: z.string(),
  page: z.number().int().nullable(),
  insertedNumber: z.string().nullable(),
  /** Id of the citable unit the row belongs to (shared/domain/units), or null outside units. */
  unitId: z.number().int().nullable(),
});
export type ProvisionRow = z.infer<typeof provisionRowSchema>;

export const provisionListSchema = z.object({
  versionId: z.number().int(),
  actTitle: z.string(),
  versionLabel: z.string(),
  language: languageSchema,
  rows: z.array(provisionRowSchema),
  definitions: z.array(z.object({ term: z.string(), provisionKey: z.string(), definition: z.string() })),
  /** Corrections that can be undone, most recent last. */
  undoable: z.number().int(),
});
export type ProvisionList = z.infer<typeof provisionListSchema>;

/** Where the law to import comes from: a file path (dialog, drag and drop), uploaded bytes, or pasted text. */
export const importSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  z.object({
    kind: z.literal('bytes'),
    fileName: z.string().min(1).max(255),
    base64: z.string().max(280 * 1024 * 1024),
  }),
  z.object({ kind: z.literal('text'), text: z.string().max(60 * 1024 * 1024) }),
]);
export type ImportSource = z.infer<typeof importSourceSchema>;

export const importRequestSchema = z
  .object({
    /** Chosen by the caller so it can cancel the import before it answers. */
    jobId: z.string().min(1).max(100),
    /** Absent: the platform asks for a file. */
    source: importSourceSchema.optional(),
    /** Add the import as a new version of this act; absent: a new act. */
    actId: z.number().int().positive().optional(),
    title: z.string().trim().max(500).optional(),
    year: z.number().int().min(1000).max(3000).nullable().optional(),
    language: z.enum(['auto', 'en', 'fr', 'es']).default('auto'),
    versionLabel: z.string().trim().max(200).optional(),
    status: versionStatusSchema.default('in-force'),
  })
  .strict();

export const importResultSchema = z.object({
  actId: z.number().int(),
  versionId: z.number().int(),
  title: z.string(),
  language: languageSchema,
  detectedLanguage: languageSchema.nullable(),
  units: z.number().int(),
  provisions: z.number().int(),
  pages: z.number().int().nullable(),
  notes: z.array(z.string()),
  warnings: z.array(z.string()),
  /** Instruments printed after the act (its regulations), each stored as an act of its own. */
  alsoImported: z.array(z.object({ actId: z.number().int(), title: z.string() })).optional(),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const provisionEditSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('update'),
      provisionId: z.number().int().positive(),
      number: z.string().trim().max(100).optional(),
      label: z.string().trim().max(300).optional(),
      heading: z.string().trim().max(2000).nullable().optional(),
      level: provisionLevelSchema.optional(),
    })
    .strict(),
  /** Cut a provision in two at a character offset of its text; the second part follows it. */
  z
    .object({ kind: z.literal('split'), provisionId: z.number().int().positive(), offset: z.number().int().min(1) })
    .strict(),
  /** Append a provision (text and children) to the provision before it at the same level. */
  z.object({ kind: z.literal('merge'), provisionId: z.number().int().positive() }).strict(),
]);
export type ProvisionEdit = z.infer<typeof provisionEditSchema>;
