import { z } from 'zod';
import { languageSchema } from './schemas';
import { compareResultSchema } from '../compare/schema';

/** Stage of a version of an act in the legislative process. */
export const versionStageSchema = z.enum(['draft', 'committee', 'adopted', 'in-force', 'repealed']);
export type VersionStage = z.infer<typeof versionStageSchema>;

export const versionSchema = z.object({
  id: z.number().int(),
  actId: z.number().int(),
  ordinal: z.number().int(),
  label: z.string(),
  stage: versionStageSchema,
  /** The version's own date (of the draft, of the committee report), ISO yyyy-mm-dd, when known. */
  date: z.string().nullable(),
  sourceFile: z.string().nullable(),
  language: languageSchema,
  importedAt: z.string(),
  importedBy: z.string(),
  units: z.number().int(),
});
export type VersionView = z.infer<typeof versionSchema>;

export const versionUpdateSchema = z
  .object({
    versionId: z.number().int().positive(),
    label: z.string().trim().min(1).max(200).optional(),
    stage: versionStageSchema.optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .optional(),
  })
  .strict();

export const compareRequestSchema = z
  .object({
    oldVersionId: z.number().int().positive(),
    newVersionId: z.number().int().positive(),
    /** Chosen by the caller so it can cancel a long comparison. */
    jobId: z.string().min(1).max(100).optional(),
  })
  .strict();

export const pairingRequestSchema = z
  .object({
    oldVersionId: z.number().int().positive(),
    newVersionId: z.number().int().positive(),
    oldKeys: z.array(z.string().min(1).max(300)).max(50),
    newKeys: z.array(z.string().min(1).max(300)).max(50),
  })
  .strict()
  .refine((p) => p.oldKeys.length + p.newKeys.length > 0, { message: 'A pairing needs at least one unit' });

/** A comparison of two stored versions, with the provision ids of the new version's units for click-through. */
export const versionComparisonSchema = z.object({
  oldVersion: versionSchema,
  newVersion: versionSchema,
  result: compareResultSchema,
});
export type VersionComparison = z.infer<typeof versionComparisonSchema>;

export const carryResultSchema = z.object({
  carried: z.number().int(),
  rereview: z.number().int(),
  alreadyThere: z.number().int(),
  requirementsToReview: z.array(z.string()),
});
export type CarryResult = z.infer<typeof carryResultSchema>;
