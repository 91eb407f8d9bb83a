import { WRITES } from '../../../../shared/api/tables';
import { clearPairings, deleteVersion, listVersions, setPairing, updateVersion } from '../../db/version-repo';
import type { AppContext } from '../context';
import { currentDb } from '../current';
import { carryStoredReview, compareStoredVersions, exportComparisonDocx } from '../version-service';
import { cancelJob, mutation, runJob, type Handlers } from './kit';

/** The versions of an act: labels, comparison, alignment corrections, carrying the review over. */
export function versionHandlers(
  ctx: AppContext,
): Handlers<
  | 'versions:list'
  | 'versions:update'
  | 'versions:delete'
  | 'versions:compare'
  | 'versions:cancel'
  | 'versions:set-pairing'
  | 'versions:clear-pairings'
  | 'versions:carry-review'
  | 'versions:export-docx'
> {
  const user = () => ctx.platform.userName;
  return {
    'versions:list': ({ actId }) => listVersions(currentDb(ctx), actId),
    'versions:update': mutation(ctx, WRITES['versions:update'], (db, change) => updateVersion(db, change, user())),
    'versions:delete': mutation(ctx, WRITES['versions:delete'], (db, { versionId }: { versionId: number }) => {
      deleteVersion(db, versionId, user());
      return null;
    }),
    'versions:compare': ({ oldVersionId, newVersionId, jobId }) => {
      const db = currentDb(ctx);
      return runJob(ctx, jobId, 'import:progress', (signal, onProgress) =>
        compareStoredVersions(ctx, db, oldVersionId, newVersionId, { signal, onProgress }),
      );
    },
    'versions:cancel': cancelJob(ctx),
    'versions:set-pairing': mutation(ctx, WRITES['versions:set-pairing'], (db, pairing) => {
      setPairing(db, pairing, user());
      return null;
    }),
    'versions:clear-pairings': mutation(ctx, WRITES['versions:clear-pairings'], (db, req) => {
      clearPairings(db, req.oldVersionId, req.newVersionId, user());
      return null;
    }),
    'versions:carry-review': mutation(ctx, WRITES['versions:carry-review'], (db, req) =>
      carryStoredReview(ctx, db, req.oldVersionId, req.newVersionId),
    ),
    'versions:export-docx': (req) => exportComparisonDocx(ctx, currentDb(ctx), req),
  };
}
