import type { LanguageCode } from '../domain/source';
import type { LibraryElementRule } from '../reference/types';
import { ELEMENT_RULES_DATA, PROFILES } from './rules';

/**
 * Pattern lexicons of the checklist elements (resources/reference/elements.json), in the lexicon
 * syntax of `lexicon.ts`. An element is credited where one of its patterns occurs in the provisions
 * that implement its requirement; `not` lists words that, in the same sentence, show the hit is
 * about something else (a witness under 18 is not the definition of a child); `exclude` lists
 * patterns that, overlapping the hit, take it away ("receiving payments" is a means, not the act
 * of receipt).
 */
export type ElementRule = LibraryElementRule;

/** The element rules of the rules data (resources/reference/rules/elements.json). */
export const ELEMENT_RULES: Record<string, ElementRule> = ELEMENT_RULES_DATA.rules;

/** A child defined with an age threshold below 18, contrary to TIP art. 3(d) (an anti-pattern). */
export const CHILD_BELOW_18: Partial<Record<LanguageCode, string[]>> = ELEMENT_RULES_DATA.childBelow18;

/**
 * Requirements that are items of a chapeau with a checklist, and the elements that decide them:
 * TIP art. 5(2)(a) is the attempt element of the 5(2) checklist, and so on.
 */
export const ITEM_ELEMENTS: Record<string, string[]> = PROFILES.itemElements;

/**
 * Where each checklist's elements are looked for: the provisions that best match these
 * requirements (the offence and its definition, for the definition checklists).
 */
export const CHECKLIST_ANCHORS: Record<string, string[]> = PROFILES.checklistAnchors;

/** Defined terms whose definitions are read with each checklist (folded-text patterns). */
const TRAFFICKING_TERMS =
  'traffick|traite|trata|exploit|explot|prostitut|labou?r|travail|trabajo|slave|esclav|servitud|servidumbre';
const CHILD_TERMS = 'child|minor|enfant|mineur|nino|menor';

export const CHECKLIST_TERMS: Record<string, RegExp> = {
  'tip-protocol:3(a)': new RegExp(TRAFFICKING_TERMS),
  'tip-protocol:3(b)': new RegExp(`${TRAFFICKING_TERMS}|consent`),
  'tip-protocol:3(c)': new RegExp(`${TRAFFICKING_TERMS}|${CHILD_TERMS}`),
  'tip-protocol:3(d)': new RegExp(CHILD_TERMS),
  'som-protocol:3(a)':
    /smuggl|trafic|migrant|illegal entry|entree|entrada|benefit|avantage|beneficio|alien|foreign|etranger|extranjer/,
  'som-protocol:6(1)': /smuggl|trafic|document|harbo/,
};
