import { closeSync, existsSync, openSync, readSync, statSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { LATEST_SCHEMA, MIGRATIONS } from './migrations';
import { openDatabase, type Db } from './sqlite';

/** "LxGp" — marks a SQLite file as a LexGap assessment (PRAGMA application_id). */
export const APPLICATION_ID = 0x4c784770;
export const ASSESSMENT_EXTENSION = '.lexgap';
const SQLITE_HEADER = 'SQLite format 3\u0000';

export interface OpenedAssessment {
  db: Db;
  path: string;
  /** Schema version the file had before it was upgraded on open, or null if it was current. */
  upgradedFrom: number | null;
  backupPath: string | null;
}

function refuse(path: string, reason: string, details: Record<string, string | number> = {}): never {
  throw new AppError('file-refused', `${basename(path)} cannot be opened: ${reason}`, { path, ...details });
}

/** Apply the connection settings every assessment file uses. */
function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // A week of review work outweighs a millisecond per commit.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

/** Run the migrations above the file's version, each in its own transaction, recording it. */
export function migrate(db: Db, target = LATEST_SCHEMA): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare(
        `INSERT INTO meta(key, value) VALUES ('migration.' || ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      ).run(String(m.version).padStart(4, '0'), `${m.name} ${new Date().toISOString()}`);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/**
 * Read-only checks before anything writes to the file: it is a SQLite database, it carries
 * LexGap's application id, and its schema is not newer than this build knows. Returns the
 * file's schema version. Nothing is written, so a refused file keeps its exact bytes.
 */
export function inspectAssessmentFile(path: string): number {
  if (!existsSync(path)) throw new AppError('not-found', `${basename(path)} does not exist`, { path });
  if (!statSync(path).isFile()) refuse(path, 'it is not a file');
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) refuse(path, 'it is not a LexGap assessment (not a database file)');

  let db: Db | null = null;
  try {
    db = openDatabase(path, { readonly: true, fileMustExist: true });
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID) refuse(path, 'it is a database, but not a LexGap assessment');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA)
      refuse(path, `it was written by a newer version of LexGap (file schema ${version}, this version reads up to ${LATEST_SCHEMA}). Update LexGap to open it.`, {
        fileSchema: version,
        supportedSchema: LATEST_SCHEMA,
      });
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') refuse(path, `the file is damaged (${check})`);
    db.prepare('SELECT count(*) FROM assessment').get();
    return version;
  } catch (error) {
    if (error instanceof AppError) throw error;
    return refuse(path, `the file is damaged or truncated (${(error as Error).message})`);
  } finally {
    db?.close();
  }
}

/** Open an existing assessment, upgrading its schema (after a backup copy) when it is older. */
export async function openAssessmentFile(path: string): Promise<OpenedAssessment> {
  const version = inspectAssessmentFile(path);
  let backupPath: string | null = null;
  if (version < LATEST_SCHEMA) {
    backupPath = `${path}.v${version}.bak`;
    const src = openDatabase(path, { readonly: true, fileMustExist: true });
    try {
      rmSync(backupPath, { force: true });
      await src.backup(backupPath);
    } finally {
      src.close();
    }
  }
  const db = openDatabase(path, { fileMustExist: true });
  configure(db);
  migrate(db);
  return { db, path, upgradedFrom: version < LATEST_SCHEMA ? version : null, backupPath };
}

/** Create a new, empty assessment file at the latest schema. Refuses to replace an existing file. */
export function createAssessmentFile(path: string, target = LATEST_SCHEMA): Db {
  if (existsSync(path)) throw new AppError('file-exists', `${basename(path)} already exists`, { path });
  const db = openDatabase(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  configure(db);
  migrate(db, target);
  return db;
}

/** Close a file cleanly: let SQLite refresh its statistics, fold the WAL back into the file. */
export function closeAssessmentFile(db: Db): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
