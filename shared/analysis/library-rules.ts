import type { LibraryRules } from '../reference/types';
import { CHECKLIST_ANCHORS, ELEMENT_RULES, type ElementRule } from './element-rules';

/**
 * The rules imported instruments carry (`ReferenceLibrary.rules`), in force for one analysis
 * beside the shipped rules: a shipped element rule is never replaced by an imported one.
 */
let active: LibraryRules | null = null;

/** Run `fn` with the library's imported rules in force. */
export function withLibraryRules<T>(rules: LibraryRules | undefined, fn: () => T): T {
  const saved = active;
  active = rules ?? null;
  try {
    return fn();
  } finally {
    active = saved;
  }
}

/** How an element is recognised: the shipped rule, else the imported instrument's. */
export function elementRule(id: string): ElementRule | undefined {
  return ELEMENT_RULES[id] ?? active?.elements[id];
}

/** The requirements whose best provisions a checklist's elements are looked for in. */
export function checklistAnchors(checklistId: string): string[] | undefined {
  return CHECKLIST_ANCHORS[checklistId] ?? active?.checklistAnchors[checklistId];
}

/** The kinds of law an imported instrument says one of its articles usually lives in. */
export function importedHomes(requirementId: string): string[] {
  return active?.homes[requirementId] ?? [];
}
