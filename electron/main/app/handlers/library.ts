import { WRITES } from '../../../../shared/api/tables';
import { search } from '../../db/reference-repo';
import { getElementChecklist, getInstrument, listInstruments } from '../../../../shared/reference/views';
import type { AppContext } from '../context';
import { deleteInstrument, importInstrument, updateArticle } from '../library-service';
import { resolveUserPath } from '../work-folder';
import { announce, runJob, type Handlers } from './kit';

/** The reference library: shipped instruments and the user's imported ones. */
export function libraryHandlers(
  ctx: AppContext,
): Handlers<
  | 'library:list-instruments'
  | 'library:get-instrument'
  | 'library:get-elements'
  | 'library:search'
  | 'library:import-instrument'
  | 'library:update-article'
  | 'library:delete-instrument'
> {
  return {
    'library:list-instruments': () => listInstruments(ctx.library),
    'library:get-instrument': ({ id }) => getInstrument(ctx.library, id),
    'library:get-elements': ({ requirementId }) => getElementChecklist(ctx.library, requirementId),
    'library:search': ({ query, limit, instruments }) => search(ctx.referenceDb, query, limit, instruments),
    'library:import-instrument': async (req) => {
      const source =
        req.source.kind === 'path'
          ? { kind: 'path' as const, path: resolveUserPath(ctx, req.source.path, 'read') }
          : req.source;
      // Cancelled by "act:cancel-import", like a law's import.
      const result = await runJob(ctx, req.jobId, 'import:progress', (signal, onProgress) =>
        importInstrument(ctx, { ...req, source }, signal, onProgress),
      );
      announce(ctx, WRITES['library:import-instrument']);
      return result;
    },
    'library:update-article': (req) => {
      const article = updateArticle(ctx, req);
      announce(ctx, WRITES['library:update-article']);
      return article;
    },
    'library:delete-instrument': ({ id }) => {
      deleteInstrument(ctx, id);
      announce(ctx, WRITES['library:delete-instrument']);
      return null;
    },
  };
}
