/**
 * Hand-made provision trees for the analysis tests: small laws written as data, so each test
 * states exactly the wording it checks without depending on the segmenter.
 */
import type { DefinedTerm, Provision, ProvisionTree } from '../../../shared/domain/provision';
import type { LanguageCode } from '../../../shared/domain/source';
import type { Obligation } from '../../../shared/reference/types';
import { analyze, type AnalysisResult, type RequirementResult } from '../../../shared/analysis/index';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';

/** A unit as written in a test: number, optional heading, own text and numbered subsections. */
export interface UnitSpec {
  number: string;
  heading?: string;
  text: string;
  /** Subsections: their text, or a chapeau with the items of its list ("(a)", "(b)", ...). */
  subsections?: (string | { text: string; items: string[] })[];
  /** Number the unit takes in the law an amending act inserts it into. */
  inserts?: { number: string; heading?: string; text: string }[];
  /** Defined terms whose definition is this unit's own text. */
  defines?: string[];
}

/** A trafficking offence in the Protocol's words, as section or article 3, in each language. */
export const TRAFFICKING_OFFENCE: Record<LanguageCode, UnitSpec> = {
  en: {
    number: '3',
    heading: 'Trafficking in persons',
    text: 'Any person who recruits, transports or harbours another person by means of threat, force or deception for the purpose of exploitation commits an offence and is liable to imprisonment for fifteen years.',
  },
  fr: {
    number: '3',
    heading: 'Traite des personnes',
    text: "Quiconque recrute, transporte ou héberge une personne par la menace, la force ou la tromperie aux fins d'exploitation est puni de quinze ans d'emprisonnement.",
  },
  es: {
    number: '3',
    heading: 'Trata de personas',
    text: 'El que capte, traslade o acoja a una persona mediante amenaza, fuerza o engaño con fines de explotación será castigado con prisión de quince años.',
  },
};

const WORD: Record<LanguageCode, string> = { en: 'Section', fr: 'Article', es: 'Artículo' };

/** A provision tree of primary units (no grouping levels), with definitions registered. */
export function law(language: LanguageCode, units: UnitSpec[]): ProvisionTree {
  const definitions: DefinedTerm[] = [];
  const children: Provision[] = units.map((u, i) => {
    const id = `s${u.number.replace(/\s+/g, '')}`;
    const unit: Provision = {
      id,
      level: 'unit',
      number: u.number,
      label: `${WORD[language]} ${u.number}`,
      heading: u.heading ?? null,
      text: u.text,
      path: [],
      page: null,
      line: i * 10,
      children: [],
    };
    (u.subsections ?? []).forEach((sub, k) => {
      const { text, items } = typeof sub === 'string' ? { text: sub, items: [] } : sub;
      const subId = `${id}.${k + 1}`;
      unit.children.push({
        id: subId,
        level: 'subsection',
        number: String(k + 1),
        label: `(${k + 1})`,
        heading: null,
        text,
        path: [id],
        page: null,
        line: i * 10 + k + 1,
        children: items.map((item, j) => {
          const letter = String.fromCharCode(97 + j);
          return {
            id: `${subId}.${letter}`,
            level: 'paragraph' as const,
            number: letter,
            label: `(${letter})`,
            heading: null,
            text: item,
            path: [id, subId],
            page: null,
            line: i * 10 + k + 1,
            children: [],
          };
        }),
      });
    });
    for (const ins of u.inserts ?? []) {
      unit.children.push({
        id: `${id}.${ins.number}`,
        level: 'unit',
        number: ins.number,
        label: ins.number,
        heading: ins.heading ?? null,
        text: ins.text,
        path: [id],
        page: null,
        line: i * 10 + 5,
        insertedNumber: ins.number,
        children: [],
      });
    }
    for (const term of u.defines ?? []) definitions.push({ term, provisionId: id, definition: u.text });
    return unit;
  });
  return { language, children, definitions, definitionsUnitId: null, tableOfContentsSkipped: false, warnings: [] };
}

const FIXED_TIME = new Date('2026-01-01T00:00:00Z');

/** Analyse one hand-made law against the given instruments (and obligation levels). */
export function run(
  language: LanguageCode,
  units: UnitSpec[],
  instruments: string[],
  obligations?: Obligation[],
): AnalysisResult {
  return analyze({
    acts: [{ file: 'test-law.txt', title: 'Test law', language, tree: law(language, units) }],
    library: loadReferenceLibrary(),
    instruments,
    ...(obligations ? { obligations } : {}),
    now: FIXED_TIME,
  });
}

/** The result for one requirement (fails loudly when absent). */
export function requirement(result: AnalysisResult, id: string): RequirementResult {
  const r = result.requirements.find((x) => x.id === id);
  if (!r) throw new Error(`requirement ${id} not in the result`);
  return r;
}

/** Whether an element is present in any requirement of the result (as the evaluation counts it). */
export function elementPresent(result: AnalysisResult, id: string): boolean {
  return result.requirements.some((r) => r.elements.some((e) => e.id === id && e.present));
}

/** Codes of every finding in the result. */
export function findingCodes(result: AnalysisResult): string[] {
  return [...new Set(result.requirements.flatMap((r) => r.findings.map((f) => f.code)))];
}
