/**
 * What each read channel reads, by the data it depends on: a write announces the tables it
 * changed ("assessment:changed"), and the UI refreshes only the queries that read one of them.
 * No validation library here: the renderer imports this file at run time.
 */
import type { Channel } from './channels';

/**
 * The data a change can touch: the assessment file's tables, plus `library` for the reference
 * library (the user's imported instruments) and `settings` for the user's settings file.
 */
export const CHANGE_TABLES = [
  'assessment',
  'act',
  'provision',
  'mapping',
  'requirement_assessment',
  'country_term',
  'version_pairing',
  'library',
  'settings',
] as const;
export type ChangeTable = (typeof CHANGE_TABLES)[number];

/**
 * For every channel that only reads: the tables its answer depends on. Whatever reads a mapping
 * or a decision also depends on the library (requirement texts) and on the acts (citations).
 * Write channels are absent: their answers are never cached as queries.
 */
export const READS = {
  'app:info': ['library', 'settings'],
  'library:list-instruments': ['library'],
  'library:get-instrument': ['library'],
  'library:get-elements': ['library'],
  'library:search': ['library'],
  'assessment:current': ['assessment'],
  'assessment:recent': ['assessment', 'settings'],
  'act:list': ['assessment', 'act', 'provision'],
  'act:provisions': ['assessment', 'act', 'provision'],
  'act:provision-mappings': ['assessment', 'provision', 'mapping'],
  'terms:list': ['assessment', 'country_term'],
  'analysis:status': ['assessment', 'act', 'provision', 'requirement_assessment', 'mapping', 'country_term'],
  'review:list': ['assessment', 'library', 'act', 'provision', 'mapping', 'requirement_assessment'],
  'review:get': ['assessment', 'library', 'act', 'provision', 'mapping', 'requirement_assessment'],
  'review:search-provisions': ['assessment', 'act', 'provision'],
  'dashboard:summary': ['assessment', 'library', 'act', 'provision', 'mapping', 'requirement_assessment'],
  'versions:list': ['assessment', 'act', 'provision'],
  'versions:compare': ['assessment', 'act', 'provision', 'mapping', 'requirement_assessment', 'version_pairing'],
} as const satisfies Partial<Record<Channel, readonly ChangeTable[]>>;

export type ReadChannel = keyof typeof READS;

/**
 * For every channel that writes: the tables it may change, announced in its "assessment:changed"
 * event. Opening, creating or closing a file changes `assessment`, which every reader of the
 * assessment depends on.
 */
export const WRITES = {
  'library:import-instrument': ['library'],
  'library:update-article': ['library'],
  'library:delete-instrument': ['library'],
  'assessment:create': ['assessment', 'settings'],
  'assessment:open': ['assessment'],
  'assessment:save-as': ['assessment'],
  'assessment:close': ['assessment'],
  'assessment:open-sample': ['assessment'],
  'act:import': ['act', 'provision'],
  'act:edit-provision': ['provision'],
  'act:undo-edit': ['provision'],
  'act:set-kinds': ['act'],
  'analysis:run': ['requirement_assessment', 'mapping'],
  'terms:add': ['country_term'],
  'terms:remove': ['country_term'],
  'review:set-mapping': ['mapping'],
  'review:add-mapping': ['mapping'],
  'review:set-assessment': ['requirement_assessment'],
  'report:export': ['assessment', 'settings'],
  'versions:update': ['act'],
  'versions:delete': ['act', 'provision', 'mapping'],
  'versions:set-pairing': ['version_pairing'],
  'versions:clear-pairings': ['version_pairing'],
  'versions:carry-review': ['mapping', 'requirement_assessment'],
} as const satisfies Partial<Record<Channel, readonly ChangeTable[]>>;

export type WriteChannel = keyof typeof WRITES;

/**
 * Whether a cached answer of `channel` may be stale after a change to `tables`. A channel not in
 * {@link READS} (unknown to this table) is refreshed on every change, so a missing entry can
 * only cost a request, never show stale data.
 */
export function readsChangedTables(channel: string, tables: readonly string[]): boolean {
  const reads = (READS as Record<string, readonly string[] | undefined>)[channel];
  if (!reads) return true;
  return tables.some((t) => reads.includes(t));
}
