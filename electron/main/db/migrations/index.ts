import { migration0001 } from './0001-init';
import { migration0002 } from './0002-provisions';
import { migration0003 } from './0003-analysis';
import { migration0004 } from './0004-country-terms';
import type { Migration } from './types';

/** All migrations in order; the last one's version is the schema this build writes. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004];
export const LATEST_SCHEMA = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export type { Migration };
