import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { homedir } from 'node:os';

/**
 * Folder of the reference data shipped with the app. Found by walking up from this module,
 * so the same code works from the sources (CLI, tests), from the built `out/main`, and
 * from a packaged app (`process.resourcesPath`).
 */
export function resourcesDir(): string {
  const fromEnv = process.env.LEXGAP_RESOURCES;
  if (fromEnv) return resolve(fromEnv);
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && existsSync(join(packaged, 'reference'))) return packaged;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'reference', 'tip-protocol.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('LexGap resources folder not found (set LEXGAP_RESOURCES)');
}

/** Per-user data folder for the CLI and the test host (the app uses Electron's userData). */
export function defaultDataDir(): string {
  if (process.env.LEXGAP_DATA_DIR) return resolve(process.env.LEXGAP_DATA_DIR);
  const xdg = process.env.XDG_DATA_HOME;
  return join(xdg ? xdg : join(homedir(), '.local', 'share'), 'lexgap');
}

/**
 * Per-user cache folder: things LexGap rebuilds by itself when missing (the reference library
 * snapshot). LEXGAP_CACHE_DIR overrides it.
 */
export function defaultCacheDir(): string {
  if (process.env.LEXGAP_CACHE_DIR) return resolve(process.env.LEXGAP_CACHE_DIR);
  if (process.env.XDG_CACHE_HOME) return join(process.env.XDG_CACHE_HOME, 'lexgap');
  if (process.platform === 'win32' && process.env.LOCALAPPDATA)
    return join(process.env.LOCALAPPDATA, 'LexGap', 'Cache');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'LexGap');
  return join(homedir(), '.cache', 'lexgap');
}
