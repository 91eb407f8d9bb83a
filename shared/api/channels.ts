/**
 * Channel and event names of the API, without their schemas: the sandboxed preload and the
 * renderer import this file only, so neither bundles the validation library.
 * The contract (contract.ts) must define exactly these channels; the compiler checks it.
 */
export const CHANNELS = [
  'app:info',
  'library:list-instruments',
  'library:get-instrument',
  'library:get-elements',
  'library:search',
  'library:import-instrument',
  'library:update-article',
  'library:delete-instrument',
  'assessment:create',
  'assessment:open',
  'assessment:save-as',
  'assessment:current',
  'assessment:close',
  'assessment:recent',
  'assessment:open-sample',
  'act:list',
  'act:import',
  'act:set-kinds',
  'act:cancel-import',
  'act:provisions',
  'act:provision-mappings',
  'act:edit-provision',
  'act:undo-edit',
  'analysis:run',
  'terms:list',
  'terms:add',
  'terms:remove',
  'analysis:status',
  'review:list',
  'review:get',
  'review:set-mapping',
  'review:add-mapping',
  'review:set-assessment',
  'review:search-provisions',
  'dashboard:summary',
  'report:export',
  'report:cancel',
  'versions:list',
  'versions:update',
  'versions:delete',
  'versions:compare',
  'versions:cancel',
  'versions:set-pairing',
  'versions:clear-pairings',
  'versions:carry-review',
  'versions:export-docx',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Events main announces to the UI (allow-listed in the preload). */
export const EVENTS = ['assessment:changed', 'menu:command', 'import:progress', 'export:progress'] as const;
export type EventName = (typeof EVENTS)[number];

/** Delimiters of highlighted matches in search snippets (rendered as marks, never as HTML). */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';
