import { WRITES } from '../../../../shared/api/tables';
import { setActKinds } from '../../db/act-kinds';
import { editProvision, getProvisions, listActs, undoProvisionEdit } from '../../db/act-repo';
import { provisionMappings } from '../../db/provision-mappings';
import type { AppContext } from '../context';
import { currentDb, writableDb } from '../current';
import { importAct } from '../import-service';
import { resolveUserPath } from '../work-folder';
import { announce, cancelJob, mutation, runJob, type Handlers } from './kit';

/** The acts of the assessment: import, provisions, corrections of the segmentation. */
export function actHandlers(
  ctx: AppContext,
): Handlers<
  | 'act:list'
  | 'act:import'
  | 'act:cancel-import'
  | 'act:provisions'
  | 'act:provision-mappings'
  | 'act:edit-provision'
  | 'act:undo-edit'
  | 'act:set-kinds'
> {
  return {
    'act:list': () => (ctx.current ? listActs(ctx.current.db) : []),

    'act:import': async (req) => {
      writableDb(ctx);
      let source = req.source;
      if (!source) {
        const path = await ctx.platform.chooseImportPath();
        if (!path) return null;
        source = { kind: 'path', path };
      } else if (source.kind === 'path') source = { kind: 'path', path: resolveUserPath(ctx, source.path, 'read') };
      const chosen = source;
      const result = await runJob(ctx, req.jobId, 'import:progress', async (signal, onProgress) => {
        const stored = await importAct(ctx, req, chosen, signal, onProgress);
        announce(ctx, WRITES['act:import']);
        return stored;
      });
      return result;
    },

    'act:cancel-import': cancelJob(ctx),

    'act:provisions': ({ versionId }) => getProvisions(currentDb(ctx), versionId),
    'act:provision-mappings': ({ versionId }) => provisionMappings(currentDb(ctx), versionId),

    'act:edit-provision': mutation(ctx, WRITES['act:edit-provision'], (db, edit) => {
      const { versionId } = editProvision(db, edit, ctx.platform.userName);
      return getProvisions(db, versionId);
    }),

    'act:undo-edit': mutation(ctx, WRITES['act:undo-edit'], (db, { versionId }: { versionId: number }) => {
      undoProvisionEdit(db, versionId, ctx.platform.userName);
      return getProvisions(db, versionId);
    }),

    'act:set-kinds': mutation(ctx, WRITES['act:set-kinds'], (db, { actId, kinds }) => {
      setActKinds(db, actId, kinds, ctx.platform.userName);
      return listActs(db);
    }),
  };
}
