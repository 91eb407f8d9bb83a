import type { LanguageCode } from '../domain/source';
import type { Obligation } from '../reference/types';
import type { RequirementStatus } from '../analysis/types';

/** Version tag of the comparison JSON contract; bump it on any incompatible change. */
export const COMPARE_SCHEMA = 'lexgap.compare/1' as const;

/**
 * A primary unit of a version as compared: its key in the version's tree, its designation and
 * its full text (own text, then each descendant's label and text on lines of their own).
 */
export interface CompareUnit {
  key: string;
  number: string;
  label: string;
  heading: string | null;
  text: string;
  /** Printed numbers of the units this one refers to (cross-references within the law). */
  refs: string[];
}

/** One side of a comparison. */
export interface CompareVersion {
  /** File name or version label, for the reader. */
  name: string;
  language: LanguageCode;
  units: CompareUnit[];
}

/**
 * How units of the old version correspond to units of the new one:
 * same (text unchanged, maybe renumbered), changed (text changed), moved (out of the old order),
 * inserted (only in the new), deleted (only in the old), split (one old → several new),
 * merged (several old → one new).
 */
export type PairKind = 'same' | 'changed' | 'moved' | 'inserted' | 'deleted' | 'split' | 'merged';
export const PAIR_KINDS: readonly PairKind[] = ['same', 'changed', 'moved', 'inserted', 'deleted', 'split', 'merged'];

/** A run of the word diff: text kept, removed from the old version, or added in the new one. */
export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

export type FlagKind = 'obligation' | 'penalty' | 'element' | 'cross-reference';
export const FLAG_KINDS: readonly FlagKind[] = ['obligation', 'penalty', 'element', 'cross-reference'];

/**
 * A change of substance, apart from wording:
 * - obligation: a permissive word turned mandatory ("may" → "shall": `stronger`) or back (`weaker`);
 * - penalty: a term of imprisonment or a fine changed (`stronger` when the highest figure rose,
 *   `weaker` when it fell, `changed` otherwise), `before`/`after` the penalty words as printed;
 * - element: a means, act or purpose of the trafficking definition (`element`, an id of the
 *   element checklists such as "means.vulnerability") `added` or `removed`;
 * - cross-reference: a reference now points to another unit (`changed`), `before`/`after` the
 *   numbers referred to, read through the alignment (a renumbered target is not a change).
 */
export interface SubstantiveFlag {
  kind: FlagKind;
  direction: 'stronger' | 'weaker' | 'changed' | 'added' | 'removed';
  before: string | null;
  after: string | null;
  element?: string;
}

export interface UnitRef {
  key: string;
  number: string;
  label: string;
  heading: string | null;
}

export interface ComparedPair {
  kind: PairKind;
  /** Units of the old version (none when inserted, several when merged). */
  old: UnitRef[];
  /** Units of the new version (none when deleted, several when split). */
  new: UnitRef[];
  /** Word similarity of the texts, 0..1 (1 for identical texts). */
  similarity: number;
  /** The unit's number is not the same in both versions. */
  renumbered: boolean;
  /** The pairing was set by a person, not found by the alignment. */
  manual: boolean;
  /** Word diff from the old text to the new (all of one text for inserted and deleted units). */
  diff: DiffPart[];
  flags: SubstantiveFlag[];
}

/** A requirement's status before and after, from the analyses of the two versions. */
export interface DeltaRow {
  requirement: string;
  instrument: string;
  ref: string;
  obligation: Obligation;
  before: RequirementStatus;
  after: RequirementStatus;
  /** closed: the status improved (gap → partial → compliant); opened: it worsened. */
  change: 'closed' | 'opened' | 'unchanged';
  /** Checklist elements present after and not before, and the other way round. */
  elementsGained: string[];
  elementsLost: string[];
}

export interface CompareSummary {
  same: number;
  changed: number;
  moved: number;
  inserted: number;
  deleted: number;
  split: number;
  merged: number;
  renumbered: number;
  flags: number;
  /** Share of the two texts' words in aligned units (not inserted or deleted), 0..1. */
  alignedShare: number;
}

/** The comparison result, which is the versioned JSON contract `lexgap.compare/1`. */
export interface CompareResult {
  schema: typeof COMPARE_SCHEMA;
  generatedAt: string;
  old: { name: string; language: LanguageCode; units: number };
  new: { name: string; language: LanguageCode; units: number };
  summary: CompareSummary;
  /** Codes of what the reader should know first: "little-aligns" when the two texts are hardly related. */
  warnings: string[];
  pairs: ComparedPair[];
  /** Per requirement, when instruments were given. */
  delta: DeltaRow[] | null;
  deltaSummary: {
    closed: number;
    opened: number;
    unchanged: number;
    elementsGained: number;
    elementsLost: number;
  } | null;
}

/** A pairing a person set: these old units correspond to these new ones (either list may be empty). */
export interface ManualPairing {
  old: string[];
  new: string[];
}
