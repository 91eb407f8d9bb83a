import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { ReferenceLibrary } from '../../../shared/reference/types';
import type { EventName } from '../../../shared/api/channels';
import { checkedEvent, type EventPayload } from '../../../shared/api/events';
import { loadReferenceLibrary } from '../reference/load';
import { openReferenceDatabase, referenceDatabaseVersion, updateReferenceInstrument } from '../db/reference-db';
import type { Db } from '../db/sqlite';
import type { OpenedAssessment } from '../db/assessment-file';
import { closeAssessmentFile } from '../db/assessment-file';
import { openUserLibrary, userLibraryPath, type UserLibrary } from '../library/user-library';
import { SettingsStore } from './settings';

/** Kinds of file the app writes, for the Save dialog's filter. */
export type SaveKind = 'assessment' | 'docx' | 'xlsx' | 'csv' | 'json';

export const SAVE_FILTERS: Record<SaveKind, { name: string; extensions: string[] }> = {
  assessment: { name: 'LexGap assessment', extensions: ['lexgap'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
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
  /**
   * Set when the platform has no dialogs of its own (the loopback host): the only folder whose
   * files requests may name, read and write (see `work-folder.ts`).
   */
  workFolder?: string;
  /** Further folders whose files requests may read (open, import), granted by who starts the host. */
  readFolders?: string[];
  /** Name recorded in the audit trail for changes made in this session. */
  userName: string;
  appVersion: string;
}

/** Everything the API handlers work with. One per window (app) or per host (tests). */
export interface AppContext {
  platform: Platform;
  /** The shipped instruments followed by the user's imported ones; replaced when those change. */
  library: ReferenceLibrary;
  referenceDb: Db;
  /** The user's library of imported instruments (`user-library.sqlite` in the data folder). */
  userLibrary: UserLibrary;
  /** Folder of the reference database, the user's library and the settings. */
  dataDir: string;
  settings: SettingsStore;
  current: OpenedAssessment | null;
  /** Send an event to the UI (progress, "assessment:changed" after writes with the tables that changed). */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** Running jobs (imports, comparisons, exports) by job id, so they can be cancelled. */
  jobs: Map<string, AbortController>;
  /** Problems met at start-up that the user should know of (shown once in the window). */
  warnings: string[];
}

/**
 * Build the context: open the user's library, load the shipped reference data with the user's
 * imported instruments, and open (rebuilding if stale) the reference database in `dataDir`.
 */
export function createAppContext(options: {
  dataDir: string;
  platform: Platform;
  /** Sends an event to the UI; every payload is checked against its schema first. */
  emit?: (event: EventName, payload: unknown) => void;
}): AppContext {
  const send = options.emit;
  const warnings: string[] = [];
  const userLibrary = openUserLibraryOrSetAside(userLibraryPath(options.dataDir), warnings);
  const library = loadReferenceLibrary(userLibrary);
  const { db } = openReferenceDatabase(join(options.dataDir, 'reference.sqlite'), library);
  return {
    platform: options.platform,
    library,
    referenceDb: db,
    userLibrary,
    dataDir: options.dataDir,
    settings: new SettingsStore(join(options.dataDir, 'settings.json')),
    current: null,
    emit: (event, payload) => send?.(event, checkedEvent(event, payload)),
    jobs: new Map(),
    warnings,
  };
}

/**
 * The user's library, or — when the file cannot be used — an empty one, so the app still starts.
 * A file a newer LexGap wrote is left as it is (an empty library is used for this session); a
 * damaged or foreign file is renamed aside, never deleted, and a new library is started.
 */
function openUserLibraryOrSetAside(path: string, warnings: string[]): UserLibrary {
  try {
    return openUserLibrary(path);
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof AppError && error.details?.fileSchema !== undefined) {
      warnings.push(`${message}. Imported instruments are not available in this session.`);
      return openUserLibrary(':memory:');
    }
    const aside = `${path}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(path, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(path + suffix)) renameSync(path + suffix, aside + suffix);
    warnings.push(
      `Your library of imported instruments could not be read (${message}); it was kept as ${aside} and a new, empty library was started.`,
    );
    return openUserLibrary(path);
  }
}

/**
 * After the user's library changed (`instrumentId` imported, edited or removed): read the library
 * again and bring the reference database up to it, replacing only that instrument's rows. The
 * read-only connection is closed first and reopened after; when the update fails, the database is
 * brought back to the previous library (rebuilt if need be), which stays in use. Synchronous, so no request runs
 * between the close and the reopening.
 */
export function reloadLibrary(ctx: AppContext, instrumentId: string): void {
  const library = loadReferenceLibrary(ctx.userLibrary);
  const path = join(ctx.dataDir, 'reference.sqlite');
  const current = referenceDatabaseVersion(path) === ctx.library.dataVersion;
  ctx.referenceDb.close();
  try {
    if (current) updateReferenceInstrument(path, library, instrumentId);
    ctx.referenceDb = openReferenceDatabase(path, library).db;
    ctx.library = library;
  } catch (error) {
    ctx.referenceDb = openReferenceDatabase(path, ctx.library).db;
    throw error;
  }
}

/** Close the current assessment (if any), the reference database and the user's library. */
export function disposeAppContext(ctx: AppContext): void {
  for (const job of ctx.jobs.values()) job.abort();
  if (ctx.current) closeAssessmentFile(ctx.current.db);
  ctx.current = null;
  if (ctx.referenceDb.open) ctx.referenceDb.close();
  ctx.userLibrary.close();
}
