import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { acquireLock, processAlive, type FileLock, type LockOwner } from './file-lock';
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
  /** Opened for reading only, because another window or process holds the file for writing. */
  readOnly?: boolean;
  /** Who holds the file when it was opened read-only. */
  lockedBy?: LockOwner | null;
}

/** The write lock of each open file, released when the file is closed. */
const locks = new WeakMap<Db, FileLock>();

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

/** The fingerprint of a migration as shipped: its number, name and SQL. */
export function migrationHash(m: Migration): string {
  return createHash('sha256').update(`${m.version}\n${m.name}\n${m.sql}`).digest('hex');
}

const migrationKey = (m: Migration) => String(m.version).padStart(4, '0');

/**
 * Run the migrations above the file's version, each in its own transaction, recording it and
 * its fingerprint in the `meta` table. The assessment's migrations by default; the user's library
 * passes its own. A migration the file has already run must be the one this build ships: when
 * its fingerprint differs, the file is refused before anything changes, because the schema the
 * file holds is not the one the build's code expects. A file from before fingerprints were kept
 * has them recorded as it stands.
 */
export function migrate(db: Db, target = LATEST_SCHEMA, migrations: readonly Migration[] = MIGRATIONS): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  // Prepared when used: a new file has no `meta` table before its first migration.
  const record = (key: string, value: string) =>
    db
      .prepare(`INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`)
      .run(key, value);
  const applied = migrations.filter((m) => m.version <= current);
  if (applied.length) {
    const stored = db.prepare('SELECT value FROM meta WHERE key = ?');
    db.transaction(() => {
      for (const m of applied) {
        const hash = (stored.get(`migration-sha256.${migrationKey(m)}`) as { value: string } | undefined)?.value;
        if (hash === undefined) record(`migration-sha256.${migrationKey(m)}`, migrationHash(m));
        else if (hash !== migrationHash(m))
          throw new AppError(
            'file-refused',
            `This file was upgraded with a different form of schema step ${m.version} (${m.name}) than this version of LexGap ships, so its structure cannot be trusted here. Open it with the version of LexGap that last saved it.`,
            { migration: m.version, name: m.name },
          );
      }
    }).immediate();
  }
  for (const m of migrations) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record(`migration.${migrationKey(m)}`, `${m.name} ${new Date().toISOString()}`);
      record(`migration-sha256.${migrationKey(m)}`, migrationHash(m));
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

/**
 * Checks before anything opens the file for writing: it is a SQLite database (header), it
 * carries LexGap's application id, its schema is not newer than this build knows, and it is
 * not damaged. The header is read directly and the rest runs on a private copy of the file and
 * its write-ahead log, because even a read-only SQLite connection creates -wal/-shm files beside a
 * WAL database and the last connection to close checkpoints the log into the file: a refused file
 * keeps its exact bytes (main file and `-wal`) and nothing appears next to it. Returns the schema
 * version.
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
  // Offset 68 of the SQLite header: the application id (big-endian). The schema version is read
  // below through SQLite, since the header alone misses what the write-ahead log holds.
  if (header.readUInt32BE(68) !== APPLICATION_ID && !existsSync(`${path}-wal`))
    refuse(path, 'it is a database, but not a LexGap assessment');
  const scratch = mkdtempSync(join(tmpdir(), 'lexgap-check-'));
  const copy = join(scratch, 'check.lexgap');
  let db: Db | null = null;
  try {
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
    db = openDatabase(copy, { fileMustExist: true });
    // The application id and schema version as SQLite sees them, the write-ahead log included:
    // a newer LexGap's upgrade may still be only in `-wal`, beyond the main file's header.
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID)
      refuse(path, 'it is a database, but not a LexGap assessment');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA)
      refuse(
        path,
        `it was written by a newer version of LexGap (file schema ${version}, this version reads up to ${LATEST_SCHEMA}). Update LexGap to open it.`,
        { fileSchema: version, supportedSchema: LATEST_SCHEMA },
      );
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

export interface OpenAssessmentOptions {
  /** Name recorded in the lock file as the holder. */
  user?: string;
}

/**
 * Open an existing assessment, upgrading its schema (after a backup copy) when it is older.
 * The file is locked for writing by this process (`<file>.lock`); when another live window or
 * process holds it, it is opened read-only instead (`readOnly`, `lockedBy`).
 */
export async function openAssessmentFile(path: string, options: OpenAssessmentOptions = {}): Promise<OpenedAssessment> {
  const version = inspectAssessmentFile(path);
  const taken = acquireLock(path, options.user ?? '');
  if ('heldBy' in taken) {
    if (version < LATEST_SCHEMA)
      throw new AppError(
        'file-refused',
        `${basename(path)} is open for writing in another window and needs an upgrade first; close it there and open it again`,
        lockDetails(path, taken.heldBy),
      );
    const db = openDatabase(path, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return { db, path, upgradedFrom: null, backupPath: null, readOnly: true, lockedBy: taken.heldBy };
  }
  try {
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
    locks.set(db, taken.lock);
    try {
      configure(db);
      migrate(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return {
      db,
      path,
      upgradedFrom: version < LATEST_SCHEMA ? version : null,
      backupPath,
      readOnly: false,
      lockedBy: null,
    };
  } catch (error) {
    taken.lock.release();
    throw error;
  }
}

/** Details of a held lock for an error or the UI: who, where and since when (never a path). */
export function lockDetails(path: string, owner: LockOwner): Record<string, string | number> {
  return { file: basename(path), user: owner.user, host: owner.host, pid: owner.pid, since: owner.since };
}

/** Create a new, empty assessment file at the latest schema. Refuses to replace an existing file. */
export function createAssessmentFile(path: string, target = LATEST_SCHEMA): Db {
  if (existsSync(path)) throw new AppError('file-exists', `${basename(path)} already exists`, { path: basename(path) });
  const db = openDatabase(path);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  configure(db);
  migrate(db, target);
  return db;
}

const BUILDING_SUFFIX = '.creating';

/** Name of the temporary file a new assessment is built in, beside its final place. */
function buildingName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}${BUILDING_SUFFIX}`);
}

/**
 * Remove what killed processes left while building new files in this folder: temporary files whose
 * building process is gone. A build still running (its process alive) is left alone.
 */
function clearAbandonedBuilds(path: string): void {
  const folder = dirname(path);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^\..+\.(\d+)-[0-9a-f]{8}\.creating(-wal|-shm|-journal)?$/.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    rmSync(join(folder, name), { force: true });
  }
}

/**
 * Create a new assessment file whole or not at all: it is built under a temporary name beside
 * the final one (schema, then `fill` — the assessment's record and anything else), closed with its
 * write-ahead log folded in, and only then given its name, without replacing a file that appeared
 * meanwhile. A crash at any moment leaves either no file or a complete one.
 */
export async function buildAssessmentFile(path: string, fill: (db: Db) => void | Promise<void>): Promise<void> {
  if (existsSync(path)) throw new AppError('file-exists', `${basename(path)} already exists`, { path: basename(path) });
  clearAbandonedBuilds(path);
  const tmp = buildingName(path);
  const removeTmp = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(tmp + suffix, { force: true });
  };
  try {
    const db = createAssessmentFile(tmp);
    try {
      await fill(db);
    } catch (error) {
      db.close();
      throw error;
    }
    closeAssessmentFile(db);
    try {
      // A hard link is a rename that never replaces an existing file.
      linkSync(tmp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST')
        throw new AppError('file-exists', `${basename(path)} already exists`, { path: basename(path) });
      // File systems without hard links (FAT, some network shares): a plain rename.
      if (existsSync(path))
        throw new AppError('file-exists', `${basename(path)} already exists`, { path: basename(path) });
      renameSync(tmp, path);
    }
  } finally {
    removeTmp();
  }
}

/** Close a file cleanly: let SQLite refresh its statistics, fold the WAL back into the file. */
export function closeAssessmentFile(db: Db): void {
  const lock = locks.get(db);
  locks.delete(db);
  try {
    if (!db.open) return;
    try {
      if (!db.readonly) {
        db.pragma('optimize');
        db.pragma('wal_checkpoint(TRUNCATE)');
      }
    } finally {
      db.close();
    }
  } finally {
    lock?.release();
  }
}
