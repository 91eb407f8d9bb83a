import { join } from 'node:path';
import type { ReferenceLibrary } from '../../../shared/reference/types';
import type { EventName } from '../../../shared/api/channels';
import { loadReferenceLibrary } from '../reference/load';
import { openReferenceDatabase } from '../db/reference-db';
import type { Db } from '../db/sqlite';
import type { OpenedAssessment } from '../db/assessment-file';
import { closeAssessmentFile } from '../db/assessment-file';
import { SettingsStore } from './settings';

/** Kinds of file the app writes, for the Save dialog's filter. */
export type SaveKind = 'assessment' | 'docx' | 'csv' | 'json';

export const SAVE_FILTERS: Record<SaveKind, { name: string; extensions: string[] }> = {
  assessment: { name: 'LexGap assessment', extensions: ['lexgap'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  csv: { name: 'CSV (Excel)', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
};

/** What differs between the Electron app and the loopback test host: dialogs and identity. */
export interface Platform {
  host: 'electron' | 'browser';
  /** Ask where to save a new file of a kind; null when the user cancels. */
  chooseSavePath(suggestedName: string, kind?: SaveKind): Promise<string | null>;
  /** Ask which assessment file to open; null when the user cancels. */
  chooseOpenPath(): Promise<string | null>;
  /** Ask which law file to import; null when the user cancels or the platform has no dialog. */
  chooseImportPath(): Promise<string | null>;
  /** Folder where the sample assessment is created. */
  documentsDir: string;
  /** Name recorded in the audit trail for changes made in this session. */
  userName: string;
  appVersion: string;
}

/** Everything the API handlers work with. One per window (app) or per host (tests). */
export interface AppContext {
  platform: Platform;
  library: ReferenceLibrary;
  referenceDb: Db;
  settings: SettingsStore;
  current: OpenedAssessment | null;
  /** Send an event to the UI (progress, "assessment:changed" after writes with the tables that changed). */
  emit(event: EventName, payload: unknown): void;
  /** Running imports by job id, so they can be cancelled. */
  jobs: Map<string, AbortController>;
}

/**
 * Build the context: load the shipped reference data and open (rebuilding if stale)
 * the reference database in `dataDir`.
 */
export function createAppContext(options: {
  dataDir: string;
  platform: Platform;
  emit?: (event: EventName, payload: unknown) => void;
}): AppContext {
  const library = loadReferenceLibrary();
  const { db } = openReferenceDatabase(join(options.dataDir, 'reference.sqlite'), library);
  return {
    platform: options.platform,
    library,
    referenceDb: db,
    settings: new SettingsStore(join(options.dataDir, 'settings.json')),
    current: null,
    emit: options.emit ?? (() => {}),
    jobs: new Map(),
  };
}

/** Close the current assessment (if any) and the reference database. */
export function disposeAppContext(ctx: AppContext): void {
  for (const job of ctx.jobs.values()) job.abort();
  if (ctx.current) closeAssessmentFile(ctx.current.db);
  ctx.current = null;
  if (ctx.referenceDb.open) ctx.referenceDb.close();
}
