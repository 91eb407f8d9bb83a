import type { HandlerTable } from '../../../../shared/api/dispatch';
import type { AppContext } from '../context';
import { actHandlers } from './acts';
import { analysisHandlers } from './analysis';
import { assessmentHandlers } from './assessment';
import { withStorageErrors } from './kit';
import { libraryHandlers } from './library';
import { reportHandlers } from './report';
import { reviewHandlers } from './review';
import { versionHandlers } from './versions';

/**
 * The handler for every channel of the contract, gathered from one file per domain. Writes go
 * through `mutation()` (read-only check, change event with the tables), cancellable work through
 * `runJob()` (job registry, progress events); see ./kit.ts.
 */
export function createHandlers(ctx: AppContext): HandlerTable {
  const table: HandlerTable = {
    ...assessmentHandlers(ctx),
    ...libraryHandlers(ctx),
    ...actHandlers(ctx),
    ...analysisHandlers(ctx),
    ...reviewHandlers(ctx),
    ...reportHandlers(ctx),
    ...versionHandlers(ctx),
  };
  return withStorageErrors(table);
}
