import { z } from 'zod';
import { REQUIREMENT_STATUSES } from '../analysis/types';
import { COMPARE_SCHEMA, FLAG_KINDS, PAIR_KINDS } from './types';

/**
 * The `lexgap.compare/1` JSON contract as a schema: what `lexgap compare --json` writes. The
 * command checks its output against it, and so do the tests.
 */
const unitRef = z.object({ key: z.string(), number: z.string(), label: z.string(), heading: z.string().nullable() });
const status = z.enum(REQUIREMENT_STATUSES as [string, ...string[]]);
const side = z.object({ name: z.string(), language: z.enum(['en', 'fr', 'es']), units: z.number().int() });

export const compareResultSchema = z.object({
  schema: z.literal(COMPARE_SCHEMA),
  generatedAt: z.iso.datetime(),
  old: side,
  new: side,
  summary: z.object({
    same: z.number().int(),
    changed: z.number().int(),
    moved: z.number().int(),
    inserted: z.number().int(),
    deleted: z.number().int(),
    split: z.number().int(),
    merged: z.number().int(),
    renumbered: z.number().int(),
    flags: z.number().int(),
    alignedShare: z.number().min(0).max(1),
  }),
  warnings: z.array(z.string()),
  pairs: z.array(
    z.object({
      kind: z.enum(PAIR_KINDS as [string, ...string[]]),
      old: z.array(unitRef),
      new: z.array(unitRef),
      similarity: z.number().min(0).max(1),
      renumbered: z.boolean(),
      manual: z.boolean(),
      diff: z.array(z.object({ op: z.enum(['equal', 'delete', 'insert']), text: z.string() })),
      flags: z.array(
        z.object({
          kind: z.enum(FLAG_KINDS as [string, ...string[]]),
          direction: z.enum(['stronger', 'weaker', 'changed', 'added', 'removed']),
          before: z.string().nullable(),
          after: z.string().nullable(),
          element: z.string().optional(),
        }),
      ),
    }),
  ),
  delta: z
    .array(
      z.object({
        requirement: z.string(),
        instrument: z.string(),
        ref: z.string(),
        obligation: z.enum(['mandatory', 'consider', 'optional', 'definition', 'general']),
        before: status,
        after: status,
        change: z.enum(['closed', 'opened', 'unchanged']),
        elementsGained: z.array(z.string()),
        elementsLost: z.array(z.string()),
      }),
    )
    .nullable(),
  deltaSummary: z
    .object({
      closed: z.number().int(),
      opened: z.number().int(),
      unchanged: z.number().int(),
      elementsGained: z.number().int(),
      elementsLost: z.number().int(),
    })
    .nullable(),
});
