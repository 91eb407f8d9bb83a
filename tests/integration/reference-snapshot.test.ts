import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReferenceLibrary } from '../../shared/reference/library';
import { loadShippedLibrary, readReferenceData, requirementFeatureSnapshots } from '../../electron/main/reference/load';
import { keyConcepts, requirementVectors, useRequirementFeatureStore } from '../../shared/analysis/requirements';
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
    const store = requirementFeatureSnapshots(cache, 'build-a');
    const computed = requirementVectors(built, 'fr');
    expect(store.load(built, 'vectors-fr')).toBeNull();
    store.save(built, 'vectors-fr', computed);
    expect(store.load(built, 'vectors-fr')).toEqual(computed);
    expect(store.load(built, 'vectors-es')).toBeNull();
    expect(requirementFeatureSnapshots(cache, 'build-b').load(built, 'vectors-fr')).toBeNull();
    // Used by the analysis: a fresh library object of the same data takes the stored vectors.
    const again = loadShippedLibrary(DATA, join(dir.path, 'cache-5'), null).library;
    useRequirementFeatureStore(store);
    try {
      expect(requirementVectors(again, 'fr')).toEqual(computed);
      expect(readdirSync(cache).filter((f) => f.startsWith('vectors-en'))).toHaveLength(0);
      requirementVectors(again, 'en');
      expect(readdirSync(cache).filter((f) => f.startsWith('vectors-en'))).toHaveLength(1);
    } finally {
      useRequirementFeatureStore(null);
    }
  });

  it("keeps the requirements' key concepts, all of them at once, read back equal to the ones worked out", () => {
    const cache = join(dir.path, 'cache-6');
    const ids = ['tip-protocol:6(3)', 'untoc:18(1)', 'som-protocol:6(1)(a)', 'model-law-tip:10'];
    // Worked out without a store, one by one, on a library of the same data.
    const fresh = loadShippedLibrary(DATA, join(dir.path, 'cache-7'), null).library;
    const expected = ids.map((id) => keyConcepts(fresh, id));
    expect(expected.some((k) => k.all.length > 0)).toBe(true);
    useRequirementFeatureStore(requirementFeatureSnapshots(cache, 'build-a'));
    try {
      const first = loadShippedLibrary(DATA, join(dir.path, 'cache-8'), null).library;
      expect(ids.map((id) => keyConcepts(first, id))).toEqual(expected);
      const stored = requirementFeatureSnapshots(cache, 'build-a').load(first, 'key-concepts');
      expect(stored?.size).toBeGreaterThan(300);
      // Another run takes them from the store: a changed stored value shows it was read.
      const changed = new Map(stored);
      changed.set(ids[0]!, { title: ['stored'], all: ['stored'] });
      requirementFeatureSnapshots(cache, 'build-a').save(first, 'key-concepts', changed);
      const second = loadShippedLibrary(DATA, join(dir.path, 'cache-9'), null).library;
      expect(keyConcepts(second, ids[0]!)).toEqual({ title: ['stored'], all: ['stored'] });
      expect(keyConcepts(second, ids[1]!)).toEqual(expected[1]);
    } finally {
      useRequirementFeatureStore(null);
    }
  });
});
