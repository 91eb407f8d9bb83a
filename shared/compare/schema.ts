import { z } from 'zod';
import { OBLIGATIONS, REQUIREMENT_STATUSES } from '../domain/status';
import type { RequirementStatus } from '../analysis/types';
import { COMPARE_SCHEMA, type FlagKind, type PairKind } from './types';

/**
 * The `lexgap.compare/1` JSON contract as a schema: what `lexgap compare --json` writes. The
 * command checks its output against it, and so do the tests.
 */
const unitRef = z.object({ key: z.string(), number: z.string(), label: z.string(), heading: z.string().nullable() });
const status = z.enum(REQUIREMENT_STATUSES);
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
      kind: z.enum(['same', 'changed', 'moved', 'inserted', 'deleted', 'split', 'merged']),
      old: z.array(unitRef),
      new: z.array(unitRef),
      similarity: z.number().min(0).max(1),
      renumbered: z.boolean(),
      manual: z.boolean(),
      diff: z.array(z.object({ op: z.enum(['equal', 'delete', 'insert']), text: z.string() })),
      flags: z.array(
        z.object({
          kind: z.enum(['obligation', 'penalty', 'element', 'cross-reference']),
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
        obligation: z.enum(OBLIGATIONS),
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

// The literal lists above are the types' own: the compiler checks they stay in step.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _kinds: Same<z.infer<typeof compareResultSchema>['pairs'][number]['kind'], PairKind> = true;
const _flags: Same<z.infer<typeof compareResultSchema>['pairs'][number]['flags'][number]['kind'], FlagKind> = true;
const _statuses: Same<z.infer<typeof status>, RequirementStatus> = true;
void [_kinds, _flags, _statuses];
