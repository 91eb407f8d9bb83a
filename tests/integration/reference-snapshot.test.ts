import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReferenceLibrary } from '../../shared/reference/library';
import { loadShippedLibrary, readReferenceData } from '../../electron/main/reference/load';
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
});
