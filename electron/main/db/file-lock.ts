import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';

/** Who holds an assessment file for writing: written as JSON into `<file>.lock`. */
export interface LockOwner {
  app: 'LexGap';
  pid: number;
  host: string;
  user: string;
  /** When the lock was taken (ISO time). */
  since: string;
  /** Random, so a holder removes only its own lock file. */
  nonce: string;
}

export interface FileLock {
  readonly file: string;
  readonly owner: LockOwner;
  /** Remove the lock file if it is still this holder's. Safe to call twice. */
  release(): void;
}

export type LockResult = { lock: FileLock } | { heldBy: LockOwner };

/** A lock file whose content cannot be read is a holder's half-written file for this long, then stale. */
const UNREADABLE_GRACE_MS = 10_000;

/** The holder named when the folder cannot hold a lock file: nobody may write there. */
const UNWRITABLE: LockOwner = { app: 'LexGap', pid: 0, host: '', user: '', since: '', nonce: '' };

/** Lock files held by this process, so a lock naming this pid but not held here is known stale. */
const heldHere = new Set<string>();

export function lockPathOf(file: string): string {
  return `${resolve(file)}.lock`;
}

/** True when a process with this id runs on this machine. */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (parsed.app !== 'LexGap' || typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return {
      app: 'LexGap',
      pid: parsed.pid,
      host: parsed.host,
      user: String(parsed.user ?? ''),
      since: String(parsed.since ?? ''),
      nonce: String(parsed.nonce ?? ''),
    };
  } catch {
    return null;
  }
}

/**
 * A lock is stale when its holder is gone: a process of this machine that no longer runs (killed,
 * crashed), or this very process without holding it. A lock taken on another machine (a shared
 * folder) is respected, since its process cannot be checked from here.
 */
function isStale(lockPath: string, owner: LockOwner | null): boolean {
  if (!owner) {
    try {
      return Date.now() - statSync(lockPath).mtimeMs > UNREADABLE_GRACE_MS;
    } catch {
      return true;
    }
  }
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return !heldHere.has(lockPath);
  return !processAlive(owner.pid);
}

/**
 * Move a stale lock file out of the way. Renamed first and checked, so two processes clearing
 * the same stale lock at once never remove a lock the other has just taken.
 */
function clearStale(lockPath: string, seen: string): void {
  const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // someone else moved it first
  }
  let content = '';
  try {
    content = readFileSync(aside, 'utf8');
  } catch {
    // unreadable: treat as the stale one
  }
  if (content !== seen) {
    // Not the file judged stale (a new holder's): put it back unless yet another lock exists.
    try {
      linkSync(aside, lockPath);
    } catch {
      // a newer lock is in place; the moved one is lost to its holder, who will find its lock gone
    }
  }
  rmSync(aside, { force: true });
}

/** Write a new file whole (refused if it exists) and flush it to disk. */
function writeNewFile(path: string, text: string): void {
  const fd = openSync(path, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Create the lock file with its content in one step: written whole beside it, then linked into
 * place. A link is atomic and fails when the lock exists, so a holder killed at any moment never
 * leaves an empty or half-written lock that others must wait out. On a file system without hard
 * links (FAT or exFAT media) the lock is created and written in place.
 */
function createLockFile(lockPath: string, text: string): void {
  const aside = `${lockPath}.new-${process.pid}-${randomBytes(4).toString('hex')}`;
  writeNewFile(aside, text);
  try {
    linkSync(aside, lockPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    writeNewFile(lockPath, text);
  } finally {
    rmSync(aside, { force: true });
  }
}

/**
 * Take the write lock of a file: create `<file>.lock` exclusively with this process's id, host,
 * user and time. When another live holder has it, answer who; a stale lock (its process gone) is
 * cleared and taken.
 */
export function acquireLock(file: string, user: string): LockResult {
  const lockPath = lockPathOf(file);
  for (let attempt = 0; attempt < 5; attempt++) {
    const owner: LockOwner = {
      app: 'LexGap',
      pid: process.pid,
      host: hostname(),
      user,
      since: new Date().toISOString(),
      nonce: randomBytes(8).toString('hex'),
    };
    const text = JSON.stringify(owner);
    try {
      createLockFile(lockPath, text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A folder this user cannot write to (read-only media): nobody can hold the file for writing.
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return { heldBy: UNWRITABLE };
      if (code !== 'EEXIST') throw error;
      let seen = '';
      try {
        seen = readFileSync(lockPath, 'utf8');
      } catch {
        continue; // released between the two calls: try again
      }
      const current = readOwner(lockPath);
      if (!isStale(lockPath, current)) {
        return {
          heldBy: current ?? UNWRITABLE,
        };
      }
      clearStale(lockPath, seen);
      continue;
    }
    heldHere.add(lockPath);
    let released = false;
    return {
      lock: {
        file: resolve(file),
        owner,
        release() {
          if (released) return;
          released = true;
          heldHere.delete(lockPath);
          if (readOwner(lockPath)?.nonce === owner.nonce) rmSync(lockPath, { force: true });
        },
      },
    };
  }
  const current = readOwner(lockPath);
  return { heldBy: current ?? UNWRITABLE };
}

/** A lock is held for this file by a live holder (another window, another process). */
export function lockHolder(file: string): LockOwner | null {
  const lockPath = lockPathOf(file);
  const owner = readOwner(lockPath);
  try {
    statSync(lockPath);
  } catch {
    return null;
  }
  return isStale(lockPath, owner) ? null : owner;
}
