import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
import { withCustomInstruments } from '../../../shared/reference/custom';
import { openUserLibrary, userLibraryPath, type UserLibrary } from '../library/user-library';
import { resourcesDir } from '../paths';

/** Read the shipped reference JSON files; the data version is a hash of their bytes. */
export function readReferenceData(dir = join(resourcesDir(), 'reference')): RawReferenceData {
  const hash = createHash('sha256');
  const read = <T>(file: string): T => {
    const bytes = readFileSync(join(dir, file));
    hash.update(file).update(bytes);
    return JSON.parse(bytes.toString('utf8')) as T;
  };
  const treaties = TREATY_IDS.map((id) => read<RawTreaty>(`${id}.json`));
  const modelLaws = MODEL_LAW_IDS.map((id) => read<RawModelLaw>(`${id}.json`));
  const translations = readdirSync(join(dir, 'i18n'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => read<RawTranslation>(join('i18n', f)));
  const elements = read<RawElements>('elements.json');
  return { treaties, modelLaws, translations, elements, dataVersion: hash.digest('hex').slice(0, 16) };
}

let cached: ReferenceLibrary | null = null;

/**
 * The reference library from the shipped data, read once per process; with the user's library,
 * followed by the instruments the user imported (read afresh, as they change while the app runs).
 */
export function loadReferenceLibrary(userLibrary?: UserLibrary): ReferenceLibrary {
  cached ??= buildReferenceLibrary(readReferenceData());
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
