import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
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

/** The reference library from the shipped data, read once per process. */
export function loadReferenceLibrary(): ReferenceLibrary {
  cached ??= buildReferenceLibrary(readReferenceData());
  return cached;
}
