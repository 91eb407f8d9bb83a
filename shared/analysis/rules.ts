import conceptsJson from '../../resources/reference/rules/concepts.json';
import elementsJson from '../../resources/reference/rules/elements.json';
import profilesJson from '../../resources/reference/rules/profiles.json';
import type { LanguageCode } from '../domain/source';
import type { ConceptsData, ElementRulesData, ProfilesData } from './rules-schema';
import type { CountryTerm } from './types';

export type { ConceptsData, ElementRulesData, InstrumentRules, ProfilesData } from './rules-schema';

/**
 * The engine's legal knowledge, as data: concepts (the words laws use for them in English,
 * French and Spanish), element rules (how each checklist element is recognised; they name
 * concepts with `@concept_id` instead of restating them) and requirement profiles (core
 * offences, where checklists are read, the kind of law a measure usually lives in). The JSON files
 * under resources/reference/rules/ are versioned and checked against the schemas of
 * `rules-schema.ts` when the app is built and in the tests; every pattern goes through the one
 * compiler of `lexicon.ts`.
 */

export const CONCEPTS_DATA: ConceptsData = {
  ...(conceptsJson as Omit<ConceptsData, 'combinations'>),
  combinations: (conceptsJson as Partial<ConceptsData>).combinations ?? [],
};
export const ELEMENT_RULES_DATA = elementsJson as ElementRulesData;
export const PROFILES = profilesJson as ProfilesData;

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
