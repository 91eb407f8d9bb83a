import { z } from 'zod';
import { languageSchema } from './schemas';
import { requirementStatusSchema } from './review-schemas';

export const exportKindSchema = z.enum(['docx', 'xlsx', 'csv', 'json']);

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
    /**
     * Who signs the report (cover and tracked changes); kept on the assessment and in the user's
     * settings. Absent: the assessment's, else the settings'.
     */
    assessor: z
      .object({ name: z.string().trim().min(1).max(200), organisation: z.string().trim().max(200).default('') })
      .strict()
      .optional(),
  })
  .strict();

export const exportResultSchema = z.object({ path: z.string(), kind: exportKindSchema }).nullable();
