import { join } from 'node:path';
import type { ReferenceLibrary } from '../../../shared/reference/types';
import { loadReferenceLibrary } from '../reference/load';
import { openReferenceDatabase } from '../db/reference-db';
import type { Db } from '../db/sqlite';
import type { OpenedAssessment } from '../db/assessment-file';
import { closeAssessmentFile } from '../db/assessment-file';
import { SettingsStore } from './settings';

/** What differs between the Electron app and the loopback test host: dialogs and identity. */
export interface Platform {
  host: 'electron' | 'browser';
  /** Ask where to save a new file; null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  /** Ask which assessment file to open; null when the user cancels. */
  chooseOpenPath(): Promise<string | null>;
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
  /** Called after every write to the current assessment, with the tables that changed. */
  notifyChanged(tables: string[]): void;
}

/**
 * Build the context: load the shipped reference data and open (rebuilding if stale)
 * the reference database in `dataDir`.
 */
export function createAppContext(options: {
  dataDir: string;
  platform: Platform;
  notifyChanged?: (tables: string[]) => void;
}): AppContext {
  const library = loadReferenceLibrary();
  const { db } = openReferenceDatabase(join(options.dataDir, 'reference.sqlite'), library);
  return {
    platform: options.platform,
    library,
    referenceDb: db,
    settings: new SettingsStore(join(options.dataDir, 'settings.json')),
    current: null,
    notifyChanged: options.notifyChanged ?? (() => {}),
  };
}

/** Close the current assessment (if any) and the reference database. */
export function disposeAppContext(ctx: AppContext): void {
  if (ctx.current) closeAssessmentFile(ctx.current.db);
  ctx.current = null;
  if (ctx.referenceDb.open) ctx.referenceDb.close();
}
