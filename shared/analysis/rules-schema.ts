import { z } from 'zod';
import { LAW_KINDS, type LawKind } from './types';
import { ELEMENT_RULES_DATA, unknownConceptRefs } from './rules';

/**
 * The schemas of the rules data (resources/reference/rules/) and of the rules an imported
 * instrument carries. The shipped files are checked against them when the app and the command
 * line are built and in the tests (`checkShippedRules`), so a start never pays for it; an
 * imported instrument's rules are checked when it is imported (`parseInstrumentRules`).
 */

const patterns = z.array(z.string().min(1));
const byLanguage = z.object({ en: patterns.optional(), fr: patterns.optional(), es: patterns.optional() }).strict();

/** A name in each language of the interface. */
const labels = z.object({ en: z.string().min(1), fr: z.string().min(1), es: z.string().min(1) }).strict();

export const conceptsSchema = z
  .object({
    schema: z.literal('lexgap.rules.concepts/1'),
    version: z.number().int().positive(),
    about: z.string(),
    concepts: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z][a-z0-9_]*$/),
          /** The concept's name as the instruments' official texts word it, shown to the user. */
          label: labels,
          weight: z.number().positive(),
          en: patterns,
          fr: patterns,
          es: patterns,
        })
        .strict(),
    ),
    derived: z.array(z.object({ id: z.string(), weight: z.number().positive() }).strict()),
    /**
     * A concept also present in a provision that holds every concept of `all` and at least one
     * of `any` (the services that make up assistance to victims), whatever words it uses.
     */
    combinations: z
      .array(
        z
          .object({
            id: z.string(),
            about: z.string(),
            all: z.array(z.string()),
            any: z.array(z.string()).min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .refine(
    (d) => {
      const ids = new Set(d.concepts.map((c) => c.id));
      return d.combinations.every((k) => [k.id, ...k.all, ...k.any].every((id) => ids.has(id)));
    },
    { message: 'a combination names an unknown concept' },
  );

const elementId = z.string().regex(/^[a-z_]+\.[a-z0-9_]+$/);
/** How one checklist element is recognised: its patterns per language, the words that take a hit away. */
export const elementRuleSchema = z
  .object({
    en: patterns,
    fr: patterns,
    es: patterns,
    not: byLanguage.optional(),
    exclude: byLanguage.optional(),
  })
  .strict();

export const elementRulesSchema = z
  .object({
    schema: z.literal('lexgap.rules.elements/1'),
    version: z.number().int().positive(),
    about: z.string(),
    rules: z.record(elementId, elementRuleSchema),
    childBelow18: byLanguage,
  })
  .strict();

const requirementId = z.string().regex(/^[a-z][a-z0-9-]*:\S+$/);
const lawKind = z.enum(LAW_KINDS as [LawKind, ...LawKind[]]);

export const profilesSchema = z
  .object({
    schema: z.literal('lexgap.rules.profiles/1'),
    version: z.number().int().positive(),
    about: z.string(),
    subjects: z.record(z.string(), z.string()),
    coreOffences: z.record(z.string(), z.array(requirementId)),
    checklistAnchors: z.record(requirementId, z.array(requirementId)),
    itemElements: z.record(requirementId, z.array(z.string())),
    homes: z.object({ about: z.string(), articles: z.record(z.string(), z.array(lawKind).min(1)) }).strict(),
    lawKinds: z
      .object({ about: z.string() })
      .catchall(z.string())
      .refine((k) => Object.keys(k).every((key) => key === 'about' || (LAW_KINDS as readonly string[]).includes(key)), {
        message: 'unknown kind of law',
      }),
    generalPart: z
      .object({
        about: z.string(),
        headings: z.string(),
        minUnits: z.number().int().positive(),
        serves: z.array(requirementId).optional(),
      })
      .strict(),
  })
  .strict();

/**
 * Rules an imported instrument carries (custom instruments): the element checklists of its
 * articles, the element rules that recognise them (the schema of elements.json), where each
 * checklist's elements are looked for, and the kind of law each article usually lives in.
 */
export const instrumentRulesSchema = z
  .object({
    schema: z.literal('lexgap.rules.instrument/1'),
    version: z.number().int().positive(),
    about: z.string().optional(),
    checklists: z
      .array(
        z
          .object({
            requirementId,
            title: labels,
            rule: z.string().nullable().optional(),
            groups: z
              .array(
                z
                  .object({
                    id: z.string().regex(/^[a-z_]+$/),
                    label: labels,
                    elements: z.array(z.object({ id: elementId, label: labels }).strict()).min(1),
                  })
                  .strict(),
              )
              .min(1),
          })
          .strict(),
      )
      .default([]),
    rules: z.record(elementId, elementRuleSchema).default({}),
    checklistAnchors: z.record(requirementId, z.array(requirementId)).default({}),
    homes: z.record(requirementId, z.array(lawKind).min(1)).default({}),
  })
  .strict();

export type InstrumentRules = z.infer<typeof instrumentRulesSchema>;

/**
 * An imported instrument's rules, checked: the schema, checklists only for the instrument's own
 * requirements, a rule (its own or a shipped one) for every element, known `@concept`s. Throws an
 * error naming the first problem.
 */
export function parseInstrumentRules(data: unknown, instrumentId: string): InstrumentRules {
  const r = instrumentRulesSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`Rules of ${instrumentId}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  const rules = r.data;
  const own = (id: string) => id.startsWith(`${instrumentId}:`);
  const problems: string[] = [];
  for (const c of rules.checklists) {
    if (!own(c.requirementId)) problems.push(`checklist ${c.requirementId} is not an article of ${instrumentId}`);
    for (const g of c.groups)
      for (const e of g.elements)
        if (!rules.rules[e.id] && !ELEMENT_RULES_DATA.rules[e.id]) problems.push(`element ${e.id} has no rule`);
  }
  for (const id of [...Object.keys(rules.checklistAnchors), ...Object.keys(rules.homes)])
    if (!own(id)) problems.push(`${id} is not an article of ${instrumentId}`);
  problems.push(...unknownConceptRefs({ ...ELEMENT_RULES_DATA, rules: rules.rules }));
  if (problems.length) throw new Error(`Rules of ${instrumentId}: ${problems.slice(0, 3).join('; ')}`);
  return rules;
}

export type ConceptsData = z.infer<typeof conceptsSchema>;
export type ElementRulesData = z.infer<typeof elementRulesSchema>;
export type ProfilesData = z.infer<typeof profilesSchema>;

/** The shipped rules files and their schemas. */
const SHIPPED = {
  'concepts.json': conceptsSchema,
  'elements.json': elementRulesSchema,
  'profiles.json': profilesSchema,
} as const;

/**
 * The problems of the shipped rules files, each naming the file, where in it and what is wrong:
 * the schemas first, then every `@concept` an element rule names must be a concept.
 */
export function checkShippedRules(read: (file: keyof typeof SHIPPED) => unknown): string[] {
  const problems: string[] = [];
  const parsed: Partial<Record<keyof typeof SHIPPED, unknown>> = {};
  for (const [file, schema] of Object.entries(SHIPPED) as [keyof typeof SHIPPED, z.ZodType][]) {
    const r = schema.safeParse(read(file));
    if (r.success) parsed[file] = r.data;
    else {
      const i = r.error.issues[0]!;
      problems.push(`resources/reference/rules/${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
    }
  }
  if (parsed['concepts.json'] && parsed['elements.json']) {
    const bad = unknownConceptRefs(
      parsed['elements.json'] as ElementRulesData,
      parsed['concepts.json'] as ConceptsData,
    );
    if (bad.length) problems.push(`resources/reference/rules/elements.json: unknown concepts ${bad.join(', ')}`);
  }
  return problems;
}
