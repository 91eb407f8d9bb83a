import { z } from 'zod';
import { OBLIGATIONS } from '../domain/status';
import { ANALYSIS_SCHEMA, LAW_KINDS, REQUIREMENT_STATUSES } from './types';

/**
 * The `lexgap.analysis/1` JSON contract as a schema: what `lexgap analyze --json` writes. The
 * command checks its output against it, and so do the tests; `z.toJSONSchema` turns it into a
 * JSON Schema for other tools.
 */
const params = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));
const lawKind = z.enum(LAW_KINDS as [string, ...string[]]);
const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const analysisResultSchema = z.object({
  schema: z.literal(ANALYSIS_SCHEMA),
  generatedAt: z.iso.datetime(),
  instruments: z.array(z.string()),
  acts: z.array(
    z.object({
      file: z.string(),
      title: z.string(),
      language: z.enum(['en', 'fr', 'es']),
      provisions: z.array(
        z.object({
          id: z.string(),
          number: z.string(),
          label: z.string(),
          heading: z.string().nullable(),
          text: z.string(),
        }),
      ),
    }),
  ),
  requirements: z.array(
    z.object({
      id: z.string().regex(/^[a-z][a-z0-9-]*:\S+$/),
      instrument: z.string(),
      ref: z.string(),
      obligation: z.enum(OBLIGATIONS),
      status: z.enum(REQUIREMENT_STATUSES),
      confidence: z.number().min(0).max(1),
      reason: z.string().min(1),
      reasonCode: z.string().optional(),
      reasonParams: params.optional(),
      matches: z.array(
        z.object({
          act: z.string(),
          provision: z.string(),
          unit: z.string(),
          number: z.string(),
          numbers: z.array(z.string()).min(1),
          score: z.number().min(0),
          evidence: z.array(
            z.object({ term: z.string(), text: z.string(), start: z.number().int(), end: z.number().int() }),
          ),
        }),
      ),
      elements: z.array(
        z.object({
          id: z.string(),
          present: z.boolean(),
          act: z.string().nullable(),
          provision: z.string().nullable(),
          unit: z.string().nullable(),
          number: z.string().nullable(),
          span: span.nullable(),
          note: z.string(),
        }),
      ),
      findings: z.array(
        z.object({
          code: z.string(),
          message: z.string(),
          provision: z.string().nullable(),
          params: params.optional(),
        }),
      ),
    }),
  ),
  bodyOfLaw: z.array(z.object({ act: z.string(), kinds: z.array(lawKind) })).optional(),
  lawsToRequest: z.array(z.object({ kind: lawKind, requirements: z.array(z.string()) })).optional(),
});
