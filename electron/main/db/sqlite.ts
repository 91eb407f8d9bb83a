import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type Db = Database.Database;

/**
 * Path of the better-sqlite3 binary built for Electron's ABI, when running inside Electron.
 * Tests and the CLI run on Node's ABI and use the package's own build; the app uses a copy
 * built for Electron (scripts/native-electron.mjs), so neither run has to rebuild the other's.
 */
function nativeBinding(): string | undefined {
  if (!process.versions.electron) return undefined;
  const base = process.env.LEXGAP_NATIVE_DIR ?? join(process.cwd(), '.native', 'electron');
  const candidate = join(base, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

export interface OpenOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
}

/** Open a database with the native binding for this runtime. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const binding = nativeBinding();
  return new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.fileMustExist ?? false,
    ...(binding ? { nativeBinding: binding } : {}),
  });
}

/** Quote a value for an FTS5 MATCH expression as a phrase (or prefix phrase). */
export function ftsPhrase(token: string, prefix = false): string {
  return `"${token.replace(/"/g, '""')}"${prefix ? '*' : ''}`;
}

/**
 * Run `fn` in one write transaction, begun IMMEDIATE: the write lock is taken before the first
 * read, so a second writer waits for it (busy timeout) instead of failing midway when the
 * snapshot it read has changed (SQLITE_BUSY_SNAPSHOT). Everything `fn` writes is kept, or nothing.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}
