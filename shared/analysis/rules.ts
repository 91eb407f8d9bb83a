import { z } from 'zod';
import conceptsJson from '../../resources/reference/rules/concepts.json';
import elementsJson from '../../resources/reference/rules/elements.json';
import profilesJson from '../../resources/reference/rules/profiles.json';
import type { LanguageCode } from '../domain/source';
import { LAW_KINDS, type CountryTerm, type LawKind } from './types';

/**
 * The engine's legal knowledge, as data: concepts (the words laws use for them in English,
 * French and Spanish), element rules (how each checklist element is recognised; they name
 * concepts with `@concept_id` instead of restating their words) and requirement profiles (core
 * offences, where checklists are read, the kind of law a measure usually lives in). The JSON files
 * under resources/reference/rules/ are versioned and checked against the schemas below when
 * loaded; every pattern goes through the one compiler of `lexicon.ts`.
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

/** Parse a rules file, with a message that names the file and the first problem. */
function load<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const r = schema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`resources/reference/rules/${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  return r.data;
}

export const CONCEPTS_DATA = load(conceptsSchema, conceptsJson, 'concepts.json');
export const ELEMENT_RULES_DATA = load(elementRulesSchema, elementsJson, 'elements.json');
export const PROFILES = load(profilesSchema, profilesJson, 'profiles.json');

/** Every `@concept` an element rule names must be a concept (checked when the rules load). */
export function unknownConceptRefs(
  rules: ElementRulesData = ELEMENT_RULES_DATA,
  concepts: ConceptsData = CONCEPTS_DATA,
): string[] {
  const ids = new Set(concepts.concepts.map((c) => c.id));
  const out: string[] = [];
  for (const [el, rule] of Object.entries(rules.rules))
    for (const lang of ['en', 'fr', 'es'] as const)
      for (const p of rule[lang]) if (p.startsWith('@') && !ids.has(p.slice(1))) out.push(`${el}: ${p}`);
  return out;
}
const badRefs = unknownConceptRefs();
if (badRefs.length) throw new Error(`resources/reference/rules/elements.json: unknown concepts ${badRefs.join(', ')}`);

const conceptById = new Map(CONCEPTS_DATA.concepts.map((c) => [c.id, c]));

/**
 * A concept's name in English, French and Spanish: its label in the rules data, or for a concept
 * the data does not know (a country term kept after its concept left the data) its id as words.
 */
export function conceptLabel(id: string): Record<LanguageCode, string> {
  const known = conceptById.get(id)?.label;
  if (known) return known;
  const words = id.replace(/_/g, ' ');
  return { en: words, fr: words, es: words };
}

/**
 * An element rule's patterns for a language, with each `@concept` replaced by that concept's
 * wordings and the assessment's country terms for it.
 */
export function expandPatterns(list: string[] | undefined, lang: LanguageCode, terms: CountryTerm[] = []): string[] {
  if (!list) return [];
  const out: string[] = [];
  for (const p of list) {
    if (!p.startsWith('@')) {
      out.push(p);
      continue;
    }
    const id = p.slice(1);
    out.push(...(conceptById.get(id)?.[lang] ?? []));
    for (const t of terms) if (t.concept === id && t.language === lang) out.push(t.pattern);
  }
  return out;
}
