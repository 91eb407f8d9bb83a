import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { AppContext } from './context';

/**
 * A file name from free text, safe as the last part of a path: no folder separators, no `..`,
 * no characters file systems refuse, no leading dots, not empty.
 */
export function safeFileName(name: string, fallback = 'file'): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '')
    .slice(0, 150)
    .trim();
  return cleaned || fallback;
}

function inside(folder: string, target: string): boolean {
  const rel = relative(folder, target);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..');
}

function outsideError(given: string): AppError {
  return new AppError(
    'invalid-request',
    `${safeFileName(given)}: only files in the work folder can be used here; choose a file there or upload it`,
    { file: safeFileName(given) },
  );
}

/** The real path of the deepest existing folder containing `target` (symbolic links resolved). */
function realFolderOf(target: string): string {
  let dir = dirname(target);
  while (!existsSync(dir)) {
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return realpathSync(dir);
}

/**
 * Where a request may read or write a path it names. In the desktop app the user names files
 * through the native dialogs, so any path is taken as given. Behind the loopback host
 * (`platform.workFolder` set) a path is taken relative to the work folder and must stay in it —
 * symbolic links included — to be written (create, save as, export), or stay in it or in a folder
 * the host was started with (`platform.readFolders`) to be read (open, import). A file that is
 * itself a symbolic link is never written through.
 */
export function resolveUserPath(ctx: AppContext, given: string, purpose: 'read' | 'write'): string {
  const folder = ctx.platform.workFolder;
  if (!folder) return resolve(given);
  const target = resolve(folder, given);
  const roots = [folder, ...(purpose === 'read' ? (ctx.platform.readFolders ?? []) : [])];
  if (!roots.some((root) => allowedIn(root, target, purpose))) throw outsideError(given);
  return target;
}

function allowedIn(root: string, target: string, purpose: 'read' | 'write'): boolean {
  if (!existsSync(root)) return false;
  const real = realpathSync(root);
  if (!inside(resolve(root), target) && !inside(real, target)) return false;
  if (!inside(real, resolve(realFolderOf(target), basename(target)))) return false;
  if (isLink(target)) {
    if (purpose === 'write') return false;
    try {
      return inside(real, realpathSync(target));
    } catch {
      return false; // a dangling link
    }
  }
  return true;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
