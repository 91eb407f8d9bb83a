import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReferenceLibrary } from '../../shared/reference/library';
import { loadShippedLibrary, readReferenceData, requirementVectorSnapshots } from '../../electron/main/reference/load';
import { requirementVectors, useRequirementVectorStore } from '../../shared/analysis/requirements';
import { resourcesDir } from '../../electron/main/paths';
import { tempDir } from '../helpers/temp';

const DATA = join(resourcesDir(), 'reference');

describe('reference library snapshot', () => {
  const dir = tempDir('lexgap-snapshot-');
  afterAll(() => dir.cleanup());
  const built = buildReferenceLibrary(readReferenceData(DATA));

  it('is written on the first load and read back, equal to the library built from the data', () => {
    const cache = join(dir.path, 'cache');
    const first = loadShippedLibrary(DATA, cache, 'build-a');
    expect(first.fromSnapshot).toBe(false);
    expect(readdirSync(cache).filter((f) => f.endsWith('.v8'))).toHaveLength(1);
    const second = loadShippedLibrary(DATA, cache, 'build-a');
    expect(second.fromSnapshot).toBe(true);
    expect(second.library).toEqual(built);
    expect(second.library.dataVersion).toBe(built.dataVersion);
  });

  it('is not used by another build, and is rebuilt when unreadable', () => {
    const cache = join(dir.path, 'cache-2');
    loadShippedLibrary(DATA, cache, 'build-a');
    expect(loadShippedLibrary(DATA, cache, 'build-b').fromSnapshot).toBe(false);
    for (const f of readdirSync(cache)) writeFileSync(join(cache, f), 'not a snapshot');
    const again = loadShippedLibrary(DATA, cache, 'build-a');
    expect(again.fromSnapshot).toBe(false);
    expect(again.library).toEqual(built);
    expect(loadShippedLibrary(DATA, cache, 'build-a').fromSnapshot).toBe(true);
  });

  it('is never kept when running from the sources', () => {
    const cache = join(dir.path, 'cache-3');
    expect(loadShippedLibrary(DATA, cache).fromSnapshot).toBe(false);
    expect(loadShippedLibrary(DATA, cache).fromSnapshot).toBe(false);
  });

  it("keeps the requirements' term vectors per language, read back equal to the computed ones", () => {
    const cache = join(dir.path, 'cache-4');
    const store = requirementVectorSnapshots(cache, 'build-a');
    const computed = requirementVectors(built, 'fr');
    expect(store.load(built, 'fr')).toBeNull();
    store.save(built, 'fr', computed);
    expect(store.load(built, 'fr')).toEqual(computed);
    expect(store.load(built, 'es')).toBeNull();
    expect(requirementVectorSnapshots(cache, 'build-b').load(built, 'fr')).toBeNull();
    // Used by the analysis: a fresh library object of the same data takes the stored vectors.
    const again = loadShippedLibrary(DATA, join(dir.path, 'cache-5'), null).library;
    useRequirementVectorStore(store);
    try {
      expect(requirementVectors(again, 'fr')).toEqual(computed);
      expect(readdirSync(cache).filter((f) => f.startsWith('vectors-en'))).toHaveLength(0);
      requirementVectors(again, 'en');
      expect(readdirSync(cache).filter((f) => f.startsWith('vectors-en'))).toHaveLength(1);
    } finally {
      useRequirementVectorStore(null);
    }
  });
});
