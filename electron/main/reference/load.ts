import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import {
  MODEL_LAW_IDS,
  TREATY_IDS,
  buildReferenceLibrary,
  type RawElements,
  type RawModelLaw,
  type RawReferenceData,
  type RawTranslation,
  type RawTreaty,
} from '../../../shared/reference/library';
import type { ReferenceLibrary } from '../../../shared/reference/types';
import type { RequirementFeatureStore } from '../../../shared/analysis/requirements';
import { withCustomInstruments } from '../../../shared/reference/custom';
import { openUserLibrary, userLibraryPath, type UserLibrary } from '../library/user-library';
import { defaultCacheDir, resourcesDir } from '../paths';

/** The shipped reference files, as paths relative to the reference folder, in reading order. */
function referenceFiles(dir: string): string[] {
  return [
    ...TREATY_IDS.map((id) => `${id}.json`),
    ...MODEL_LAW_IDS.map((id) => `${id}.json`),
    ...readdirSync(join(dir, 'i18n'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join('i18n', f)),
    'elements.json',
  ];
}

/** The bytes of each shipped reference file and the data version, a hash of them all. */
function readReferenceBytes(dir: string): { bytes: Map<string, Buffer>; dataVersion: string } {
  const hash = createHash('sha256');
  const bytes = new Map<string, Buffer>();
  for (const file of referenceFiles(dir)) {
    const data = readFileSync(join(dir, file));
    hash.update(file).update(data);
    bytes.set(file, data);
  }
  return { bytes, dataVersion: hash.digest('hex').slice(0, 16) };
}

function parseReferenceData(bytes: Map<string, Buffer>, dataVersion: string): RawReferenceData {
  const read = <T>(file: string): T => JSON.parse(bytes.get(file)!.toString('utf8')) as T;
  return {
    treaties: TREATY_IDS.map((id) => read<RawTreaty>(`${id}.json`)),
    modelLaws: MODEL_LAW_IDS.map((id) => read<RawModelLaw>(`${id}.json`)),
    translations: [...bytes.keys()].filter((f) => f.startsWith('i18n')).map((f) => read<RawTranslation>(f)),
    elements: read<RawElements>('elements.json'),
    dataVersion,
  };
}

/** Read the shipped reference JSON files; the data version is a hash of their bytes. */
export function readReferenceData(dir = join(resourcesDir(), 'reference')): RawReferenceData {
  const { bytes, dataVersion } = readReferenceBytes(dir);
  return parseReferenceData(bytes, dataVersion);
}

/**
 * What the built library depends on besides the data: the built code it runs in (every script of
 * its bundle folder, out/cli or out/main), so a new build never reads an older build's snapshot.
 * Null when running from the TypeScript sources (tests, scripts), where no snapshot is kept.
 */
let codeVersion: string | null | undefined;
function builtCodeVersion(): string | null {
  if (codeVersion !== undefined) return codeVersion;
  const here = fileURLToPath(import.meta.url);
  if (!/\.[cm]?js$/.test(here)) return (codeVersion = null);
  const dir = basename(dirname(here)) === 'chunks' ? dirname(dirname(here)) : dirname(here);
  const hash = createHash('sha256');
  try {
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (/\.[cm]?js$/.test(e.name)) hash.update(e.name).update(readFileSync(join(d, e.name)));
      }
    };
    walk(dir);
  } catch {
    return (codeVersion = null);
  }
  return (codeVersion = hash.digest('hex').slice(0, 16));
}

/** Snapshot layout version: bump when the way snapshots are written changes. */
const SNAPSHOT_FORMAT = 1;

/**
 * The shipped reference library, built from the JSON files, or read from the snapshot that an
 * earlier run of the same build left in the cache folder for the same data (V8 serialisation,
 * much faster than parsing and building). A snapshot that is missing, of other data or of
 * another build, or unreadable is rebuilt; failing to write one is not an error.
 */
export function loadShippedLibrary(
  dir = join(resourcesDir(), 'reference'),
  cacheDir = defaultCacheDir(),
  code = builtCodeVersion(),
): { library: ReferenceLibrary; fromSnapshot: boolean } {
  const { bytes, dataVersion } = readReferenceBytes(dir);
  const snapshot = snapshotPath(cacheDir, 'reference', dataVersion, code);
  if (snapshot && existsSync(snapshot)) {
    try {
      const library = deserialize(readFileSync(snapshot)) as ReferenceLibrary;
      if (library?.dataVersion === dataVersion && Array.isArray(library.instruments))
        return { library, fromSnapshot: true };
    } catch {
      // Unreadable (cut short, another Node version): rebuilt below.
    }
  }
  const library = buildReferenceLibrary(parseReferenceData(bytes, dataVersion));
  if (snapshot) {
    // Snapshots of other builds or data not used for a month are left behind by upgrades.
    const monthAgo = Date.now() - 30 * 24 * 3600 * 1000;
    try {
      for (const old of readdirSync(cacheDir))
        if (/^(reference|vectors)-.*\.v8$/.test(old) && statSync(join(cacheDir, old)).mtimeMs < monthAgo)
          rmSync(join(cacheDir, old), { force: true });
    } catch {
      // No cache folder yet.
    }
    writeSnapshot(snapshot, library);
  }
  return { library, fromSnapshot: false };
}

let cached: ReferenceLibrary | null = null;

/** Path of a snapshot in the cache folder, or null when none is kept (running from the sources). */
function snapshotPath(cacheDir: string, kind: string, key: string, code: string | null): string | null {
  return code ? join(cacheDir, `${kind}-${SNAPSHOT_FORMAT}-${key}-${code}.v8`) : null;
}

/** Write a snapshot atomically; failing (read-only or full cache folder) only costs the next run the work. */
function writeSnapshot(path: string, value: unknown): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const tmp = `${path}.${process.pid}.part`;
    writeFileSync(tmp, serialize(value));
    renameSync(tmp, path);
  } catch {
    // Not an error: see above.
  }
}

/**
 * Requirement features (term vectors per law language, key concepts) kept beside the library
 * snapshot, per library data version, for the analysis (see useRequirementFeatureStore).
 */
export function requirementFeatureSnapshots(
  cacheDir = defaultCacheDir(),
  code = builtCodeVersion(),
): RequirementFeatureStore {
  return {
    load(library, feature) {
      const path = snapshotPath(cacheDir, feature, library.dataVersion, code);
      if (!path || !existsSync(path)) return null;
      try {
        const value = deserialize(readFileSync(path)) as unknown;
        return value instanceof Map ? (value as Map<string, unknown>) : null;
      } catch {
        return null;
      }
    },
    save(library, feature, value) {
      const path = snapshotPath(cacheDir, feature, library.dataVersion, code);
      if (path) writeSnapshot(path, value);
    },
  };
}

/**
 * The reference library from the shipped data, read once per process; with the user's library,
 * followed by the instruments the user imported (read afresh, as they change while the app runs).
 */
export function loadReferenceLibrary(userLibrary?: UserLibrary): ReferenceLibrary {
  cached ??= loadShippedLibrary().library;
  if (!userLibrary) return cached;
  const { instruments, version } = userLibrary.snapshot();
  return withCustomInstruments(cached, instruments, version);
}

/** The reference library as the app in `dataDir` sees it: shipped data and the user's imported instruments. */
export function loadUserReferenceLibrary(dataDir: string): ReferenceLibrary {
  const path = userLibraryPath(dataDir);
  if (!existsSync(path)) return loadReferenceLibrary();
  const userLibrary = openUserLibrary(path);
  try {
    return loadReferenceLibrary(userLibrary);
  } finally {
    userLibrary.close();
  }
}
