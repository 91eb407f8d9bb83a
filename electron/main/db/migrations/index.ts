import { migration0001 } from './0001-init';
import { migration0002 } from './0002-provisions';
import { migration0003 } from './0003-analysis';
import { migration0004 } from './0004-country-terms';
import { migration0005 } from './0005-versions';
import { migration0006 } from './0006-unit-id';
import { migration0007 } from './0007-provision-search';
import { migration0008 } from './0008-act-kinds';
import type { Migration } from './types';

/** All migrations in order; the last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
];
export const LATEST_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
