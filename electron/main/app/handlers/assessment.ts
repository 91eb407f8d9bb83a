import { existsSync, linkSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../../../shared/api/errors';
import type { AssessmentSummary } from '../../../../shared/api/schemas';
import { WRITES } from '../../../../shared/api/tables';
import { buildAssessmentFile, closeAssessmentFile, openAssessmentFile } from '../../db/assessment-file';
import { initAssessment } from '../../db/assessment-repo';
import type { AppContext } from '../context';
import { suggestFileName, summary, withExtension } from '../current';
import { SAMPLE_FILE_NAME, createSampleAssessment } from '../sample';
import { resolveUserPath } from '../work-folder';
import { announce, type Handlers } from './kit';

/** Make `next` the open assessment (closing the previous one), remembered among the recent files. */
function switchTo(ctx: AppContext, next: AppContext['current']): AssessmentSummary {
  if (ctx.current) closeAssessmentFile(ctx.current.db);
  ctx.current = next;
  const s = summary(ctx);
  ctx.settings.rememberRecent({ path: s.path, title: s.title, country: s.country });
  announce(ctx, WRITES['assessment:open']);
  return s;
}

/** Copy the open assessment to `path` (never over an existing file) and answer the copy opened. */
async function saveCopy(ctx: AppContext, path: string) {
  const exists = () =>
    new AppError('file-exists', `${basename(path)} already exists; choose another name`, { file: basename(path) });
  if (existsSync(path)) throw exists();
  // The online backup API copies a consistent snapshot even while the WAL holds recent writes;
  // it writes under a temporary name, given the final one only when complete.
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.creating`);
  try {
    await ctx.current!.db.backup(tmp);
    try {
      linkSync(tmp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw exists();
      throw error;
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(tmp + suffix, { force: true });
  }
  return openAssessmentFile(path, { user: ctx.platform.userName });
}

/** The application and the assessment file: create, open, save as, close, the sample. */
export function assessmentHandlers(
  ctx: AppContext,
): Handlers<
  | 'app:info'
  | 'assessment:create'
  | 'assessment:open'
  | 'assessment:save-as'
  | 'assessment:current'
  | 'assessment:close'
  | 'assessment:recent'
  | 'assessment:open-sample'
> {
  return {
    'app:info': () => ({
      version: ctx.platform.appVersion,
      dataVersion: ctx.library.dataVersion,
      host: ctx.platform.host,
      userName: ctx.platform.userName,
      assessor: ctx.settings.assessor()?.name ?? '',
      warnings: ctx.warnings,
    }),

    'assessment:create': async (req) => {
      const known = new Set(ctx.library.instruments.map((i) => i.id));
      const unknown = req.instruments.filter((i) => !known.has(i));
      if (unknown.length)
        throw new AppError('invalid-request', `Unknown instrument(s): ${unknown.join(', ')}`, {
          instruments: unknown.join(','),
        });
      const chosen = req.path ?? (await ctx.platform.chooseSavePath(suggestFileName(req.country, req.title)));
      if (!chosen) return null;
      const path = resolveUserPath(ctx, withExtension(chosen), 'write');
      // Built under a temporary name with its record, then named: never a stub or a file without it.
      await buildAssessmentFile(path, (db) => initAssessment(db, req, ctx.platform.userName));
      // The name given is offered for the next assessment and report (asked once).
      if (req.assessor.trim())
        ctx.settings.rememberAssessor({
          name: req.assessor,
          organisation: ctx.settings.assessor()?.organisation ?? '',
        });
      return switchTo(ctx, await openAssessmentFile(path, { user: ctx.platform.userName }));
    },

    'assessment:open': async ({ path: given }) => {
      const chosen = given ?? (await ctx.platform.chooseOpenPath());
      if (!chosen) return null;
      const path = resolveUserPath(ctx, chosen, 'read');
      if (ctx.current && ctx.current.path === path) return summary(ctx);
      return switchTo(ctx, await openAssessmentFile(path, { user: ctx.platform.userName }));
    },

    'assessment:save-as': async ({ path: given }) => {
      if (!ctx.current) throw new AppError('no-assessment', 'No assessment is open');
      const s = summary(ctx);
      const chosen = given ?? (await ctx.platform.chooseSavePath(suggestFileName(s.country, s.title, 'copy')));
      if (!chosen) return null;
      const path = resolveUserPath(ctx, withExtension(chosen), 'write');
      if (path === ctx.current.path) return s;
      return switchTo(ctx, await saveCopy(ctx, path));
    },

    'assessment:current': () => (ctx.current ? summary(ctx) : null),

    'assessment:close': () => {
      if (ctx.current) {
        closeAssessmentFile(ctx.current.db);
        ctx.current = null;
        announce(ctx, WRITES['assessment:close']);
      }
      return null;
    },

    'assessment:recent': () => ctx.settings.recentFiles(),

    'assessment:open-sample': async () => {
      const path = join(ctx.platform.documentsDir, SAMPLE_FILE_NAME);
      if (!existsSync(path))
        await createSampleAssessment(path, ctx.library, ctx.platform.userName, ctx.settings.assessor()?.name ?? '');
      if (ctx.current?.path === path) return summary(ctx);
      return switchTo(ctx, await openAssessmentFile(path, { user: ctx.platform.userName }));
    },
  };
}
