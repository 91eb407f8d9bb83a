import { z } from 'zod';
import { importSourceSchema } from './act-schemas';
import { instrumentSummarySchema, obligationSchema } from './schemas';

/*
 * Requests and answers of the channels that change the user's library of imported instruments.
 * Ids and titles are only bounded here: the core checks them and says what is wrong in words.
 */

/** Import an instrument's text (file, uploaded bytes or pasted text) into the user's library. */
export const importInstrumentRequestSchema = z
  .object({
    /** Chosen by the caller so it can cancel the import ("act:cancel-import") before it answers. */
    jobId: z.string().min(1).max(100),
    source: importSourceSchema,
    /** Lowercase slug, the prefix of the requirement ids ("coe-convention" → "coe-convention:4"). */
    id: z.string().trim().max(100),
    title: z.string().trim().max(500),
    shortTitle: z.string().trim().max(200).optional(),
    /** Citation or source note ("CETS No. 197, Warsaw, 16 May 2005"). */
    citation: z.string().trim().max(2000).optional(),
    language: z.enum(['auto', 'en', 'fr', 'es']).default('auto'),
    /** Analysis rules the instrument carries (`lexgap.rules.instrument/1`), checked by the import. */
    rules: z.unknown().optional(),
  })
  .strict();

/** The imported instrument as listed, with what the segmentation noticed. */
export const importInstrumentResultSchema = instrumentSummarySchema.extend({ warnings: z.array(z.string()) });
export type ImportInstrumentResult = z.infer<typeof importInstrumentResultSchema>;

/** Set an imported article's obligation level or its links to Protocol/Convention paragraphs. */
export const updateArticleRequestSchema = z
  .object({
    instrumentId: z.string().min(1).max(100),
    number: z.string().min(1).max(100),
    obligation: obligationSchema.optional(),
    /** Requirement ids of the paragraphs it implements ("tip-protocol:5(1)"); replaces the current links. */
    implements: z.array(z.string().max(200)).max(200).optional(),
  })
  .strict();
