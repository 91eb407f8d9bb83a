import { z } from 'zod';
import { languageSchema } from './schemas';
import { requirementStatusSchema } from './review-schemas';

export const exportKindSchema = z.enum(['docx', 'csv', 'json']);

export const exportRequestSchema = z
  .object({
    /** Chosen by the caller to match "export:progress" events to this export. */
    jobId: z.string().min(1).max(100),
    kind: exportKindSchema,
    /** Where to write; absent: the platform asks (Save dialog). */
    path: z.string().min(1).max(4096).optional(),
    language: languageSchema.default('en'),
    instruments: z.array(z.string().max(100)).max(50).optional(),
    statuses: z.array(requirementStatusSchema).max(5).optional(),
    includeTexts: z.boolean().default(true),
    fileName: z.string().trim().max(200).optional(),
  })
  .strict();

export const exportResultSchema = z.object({ path: z.string(), kind: exportKindSchema }).nullable();
