import type { ProvisionTree } from '../domain/provision';
import { align } from './align';
import {
  changedText,
  crossReferenceFlags,
  elementFlags,
  mayTouchElements,
  maySetPenalty,
  obligationFlags,
  penaltyFlags,
} from './flags';
import { wordDiff } from './redline';
import { compareUnits } from './units';
import {
  COMPARE_SCHEMA,
  type CompareResult,
  type CompareUnit,
  type CompareVersion,
  type ComparedPair,
  type DeltaRow,
  type ManualPairing,
  type UnitRef,
} from './types';
import { deltaSummary } from './delta';

export * from './types';
export { align } from './align';
export { wordDiff, sideText } from './redline';
export { compareUnits } from './units';
export { complianceDelta, deltaSummary } from './delta';
export { penalties, elementsNamed } from './flags';

/**
 * Comparison of two versions of a law: the alignment of their units, the word diff of each pair
 * and the changes of substance, with the compliance delta when the caller has analysed both.
 * Pure: no I/O; the two versions must be in the same language (a translation is not a version).
 */

/** Below this share of aligned words the two texts are hardly versions of one law. */
export const LITTLE_ALIGNS_BELOW = 0.3;

export class CompareLanguageError extends Error {
  constructor(
    readonly oldLanguage: string,
    readonly newLanguage: string,
  ) {
    super(
      `The two versions are in different languages (${oldLanguage} and ${newLanguage}); a translation cannot be compared as a version. Compare versions in the same language.`,
    );
  }
}

export interface CompareInput {
  old: CompareVersion;
  new: CompareVersion;
  manual?: ManualPairing[];
  delta?: DeltaRow[] | null;
  now?: Date;
  /** Called with the share done, 0..1; return false to stop (the comparison then throws "cancelled"). */
  onProgress?: (fraction: number) => boolean | void;
}

export class CompareCancelled extends Error {
  constructor() {
    super('Comparison cancelled');
  }
}

/** The version of a segmented tree, ready to compare. */
export function compareVersion(name: string, tree: ProvisionTree): CompareVersion {
  return { name, language: tree.language, units: compareUnits(tree) };
}

function ref(u: CompareUnit): UnitRef {
  return { key: u.key, number: u.number, label: u.label, heading: u.heading };
}

export function compareVersions(input: CompareInput): CompareResult {
  const { old: a, new: b } = input;
  if (a.language !== b.language) throw new CompareLanguageError(a.language, b.language);
  const lang = b.language;
  const alignment = align(a.units, b.units, input.manual ?? []);
  if (input.onProgress?.(0.3) === false) throw new CompareCancelled();
  // Old number → the number its unit has in the new version (for cross-references).
  const renumbered = new Map<string, string>();
  for (const g of alignment.groups)
    if (g.old.length === 1 && g.new.length >= 1) renumbered.set(a.units[g.old[0]!]!.number, b.units[g.new[0]!]!.number);
  const pairs: ComparedPair[] = [];
  const step = Math.max(1, Math.floor(alignment.groups.length / 20));
  alignment.groups.forEach((g, i) => {
    if (i % step === 0 && input.onProgress?.(0.3 + (0.7 * i) / alignment.groups.length) === false)
      throw new CompareCancelled();
    const olds = g.old.map((k) => a.units[k]!);
    const news = g.new.map((k) => b.units[k]!);
    const before = olds.map((u) => u.text).join('\n');
    const after = news.map((u) => u.text).join('\n');
    const diff = wordDiff(before, after);
    // The costlier rules read the whole texts only where the words changed could concern them.
    const changed = before === after || !olds.length || !news.length ? '' : changedText(diff);
    const flags = !changed
      ? []
      : [
          ...obligationFlags(diff, lang),
          ...(maySetPenalty(changed) ? penaltyFlags(before, after) : []),
          ...(mayTouchElements(changed, lang) ? elementFlags(before, after, lang) : []),
          ...crossReferenceFlags(
            olds.flatMap((u) => u.refs),
            news.flatMap((u) => u.refs),
            (n) => renumbered.get(n) ?? null,
          ),
        ];
    const numbers = (us: CompareUnit[]) => us.map((u) => u.number).join('|');
    pairs.push({
      kind: g.kind,
      old: olds.map(ref),
      new: news.map(ref),
      similarity: Math.round(g.similarity * 1000) / 1000,
      renumbered: olds.length > 0 && news.length > 0 && numbers(olds) !== numbers(news),
      manual: g.manual,
      diff,
      flags,
    });
  });
  const count = (k: ComparedPair['kind']) => pairs.filter((p) => p.kind === k).length;
  const delta = input.delta ?? null;
  return {
    schema: COMPARE_SCHEMA,
    generatedAt: (input.now ?? new Date()).toISOString(),
    old: { name: a.name, language: a.language, units: a.units.length },
    new: { name: b.name, language: b.language, units: b.units.length },
    summary: {
      same: count('same'),
      changed: count('changed'),
      moved: count('moved'),
      inserted: count('inserted'),
      deleted: count('deleted'),
      split: count('split'),
      merged: count('merged'),
      renumbered: pairs.filter((p) => p.renumbered).length,
      flags: pairs.reduce((s, p) => s + p.flags.length, 0),
      alignedShare: Math.round(alignment.alignedShare * 1000) / 1000,
    },
    warnings: alignment.alignedShare < LITTLE_ALIGNS_BELOW ? ['little-aligns'] : [],
    pairs,
    delta,
    deltaSummary: delta ? deltaSummary(delta) : null,
  };
}
