import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReferenceLibrary } from '../../electron/main/reference/load';
import type { ReferenceLibrary } from '../../shared/reference/types';
import {
  buildReferenceDatabase,
  referenceDatabaseVersion,
  updateReferenceInstrument,
} from '../../electron/main/db/reference-db';
import { openDatabase } from '../../electron/main/db/sqlite';
import { tempDir } from '../helpers/temp';

const dir = tempDir();
afterAll(dir.cleanup);

const full = loadReferenceLibrary();
// An instrument in the middle of the library, removed and added back.
const dropped = full.instruments.at(-2)!.id;
const without: ReferenceLibrary = {
  ...full,
  instruments: full.instruments.filter((i) => i.id !== dropped),
  dataVersion: `${full.dataVersion}+without-${dropped}`,
};

/** The metadata, every search document with what a hit shows, and what a search finds. */
function contents(path: string) {
  const db = openDatabase(path, { readonly: true, fileMustExist: true });
  try {
    const meta = db.prepare('SELECT * FROM meta ORDER BY key').all();
    const search = db.prepare('SELECT * FROM search ORDER BY doc_id').all();
    const hits = db
      .prepare(`SELECT doc_id FROM search WHERE search MATCH 'smuggling OR exploitation' ORDER BY rank, doc_id`)
      .all();
    return { meta, search, hits };
  } finally {
    db.close();
  }
}

describe('updating the reference database for one instrument', () => {
  it('gives the same database as a rebuild when an instrument is removed, then added back', () => {
    const built = join(dir.path, 'full.sqlite');
    buildReferenceDatabase(built, full);
    const updated = join(dir.path, 'updated.sqlite');
    copyFileSync(built, updated);

    updateReferenceInstrument(updated, without, dropped);
    const rebuiltWithout = join(dir.path, 'without.sqlite');
    buildReferenceDatabase(rebuiltWithout, without);
    expect(contents(updated)).toEqual(contents(rebuiltWithout));
    expect(referenceDatabaseVersion(updated)).toBe(without.dataVersion);

    updateReferenceInstrument(updated, full, dropped);
    expect(contents(updated)).toEqual(contents(built));
    expect(referenceDatabaseVersion(updated)).toBe(full.dataVersion);
  });

  it('changes nothing when the library it is given is inconsistent', () => {
    const path = join(dir.path, 'kept.sqlite');
    buildReferenceDatabase(path, full);
    const before = contents(path);
    const clash: ReferenceLibrary = {
      ...full,
      instruments: [...full.instruments, { ...full.instruments[0]!, id: 'copy' }],
      dataVersion: 'clash',
    };
    expect(() => updateReferenceInstrument(path, clash, 'copy')).toThrow(/duplicate requirement ids/);
    expect(contents(path)).toEqual(before);
  });
});
