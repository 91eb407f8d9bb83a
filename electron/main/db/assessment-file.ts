import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { LATEST_SCHEMA, MIGRATIONS, type Migration } from './migrations';
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

/**
 * Run the migrations above the file's version, each in its own transaction, recording it in the
 * `meta` table. The assessment's migrations by default; the user's library passes its own.
 */
export function migrate(db: Db, target = LATEST_SCHEMA, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
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
 * Checks before anything opens the file for writing: it is a SQLite database (header), it
 * carries LexGap's application id, its schema is not newer than this build knows, and it is
 * not damaged. The header is read directly and the integrity check runs on a private copy,
 * because even a read-only SQLite connection creates -wal/-shm files beside a WAL database:
 * a refused file keeps its exact bytes and nothing appears next to it. Returns the schema version.
 */
export function inspectAssessmentFile(path: string): number {
  if (!existsSync(path)) throw new AppError('not-found', `${basename(path)} does not exist`, { path });
  if (!statSync(path).isFile()) refuse(path, 'it is not a file');
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_HEADER)
    refuse(path, 'it is not a LexGap assessment (not a database file)');
  // Offsets from the SQLite file format: user_version at 60, application_id at 68 (big-endian).
  if (header.readUInt32BE(68) !== APPLICATION_ID) refuse(path, 'it is a database, but not a LexGap assessment');
  const version = header.readUInt32BE(60);
  if (version > LATEST_SCHEMA)
    refuse(
      path,
      `it was written by a newer version of LexGap (file schema ${version}, this version reads up to ${LATEST_SCHEMA}). Update LexGap to open it.`,
      { fileSchema: version, supportedSchema: LATEST_SCHEMA },
    );

  const scratch = mkdtempSync(join(tmpdir(), 'lexgap-check-'));
  const copy = join(scratch, 'check.lexgap');
  let db: Db | null = null;
  try {
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    db = openDatabase(copy, { fileMustExist: true });
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') refuse(path, `the file is damaged (${check})`);
    db.prepare('SELECT count(*) FROM assessment').get();
    return version;
  } catch (error) {
    if (error instanceof AppError) throw error;
    return refuse(path, `the file is damaged or truncated (${(error as Error).message})`);
  } finally {
    db?.close();
    rmSync(scratch, { recursive: true, force: true });
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
