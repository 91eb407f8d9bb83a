import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { exportRequestSchema } from '../../../shared/api/report-schemas';
import { audit } from '../db/assessment-repo';
import { exportAssessmentJson, exportMappingCsv, exportReportDocx } from '../report';
import type { AppContext } from './context';
import { suggestFileName, summary, withExtension } from './current';
import { reportInputFromAssessment } from './report-input';
import { resolveUserPath, safeFileName } from './work-folder';

export type ExportRequest = z.output<typeof exportRequestSchema>;

/**
 * Export the current assessment as a Word report, a mapping CSV or a JSON file, where the user
 * chooses (or at the given path), reporting progress; the export is recorded in the audit trail.
 * Null when the user cancelled the Save dialog.
 */
export async function exportFromAssessment(
  ctx: AppContext,
  req: ExportRequest,
): Promise<{ path: string; kind: ExportRequest['kind'] } | null> {
  if (!ctx.current) throw new AppError('no-assessment', 'Open or create an assessment first');
  const { db } = ctx.current;
  // A path given with the request is checked before any work, so a refused one costs nothing.
  const given = req.path ? resolveUserPath(ctx, withExtension(req.path, `.${req.kind}`), 'write') : null;
  const s = summary(ctx);
  const input = reportInputFromAssessment(db, s.path, ctx.library);
  // A name, never a path: "../x" or "a/b" cannot lead the file out of the folder it is saved in.
  const stem = safeFileName(req.fileName || suggestFileName(s.country, s.title, 'report'), 'report').replace(
    /\.lexgap$/,
    '',
  );
  const chosen = given ?? (await ctx.platform.chooseSavePath(`${stem}.${req.kind}`, req.kind));
  if (!chosen) return null;
  const path = resolveUserPath(ctx, withExtension(chosen, `.${req.kind}`), 'write');
  const progress = (fraction: number, stage: string) =>
    ctx.emit('export:progress', { jobId: req.jobId, fraction, stage });
  if (req.kind === 'docx')
    await exportReportDocx(
      input,
      {
        language: req.language,
        includeTexts: req.includeTexts,
        author: s.assessor || ctx.platform.userName,
        ...(req.instruments ? { instruments: req.instruments } : {}),
        ...(req.statuses ? { statuses: req.statuses } : {}),
      },
      path,
      progress,
    );
  else if (req.kind === 'csv') await exportMappingCsv(input, path, req.language);
  else await exportAssessmentJson(input, path);
  // A file open read-only (another window holds it) is exported but cannot record it.
  if (!ctx.current.readOnly)
    audit(db, {
      actor: ctx.platform.userName,
      action: `export-${req.kind}`,
      entity: 'assessment',
      entityId: 1,
      detail: { path, language: req.language },
    });
  return { path, kind: req.kind };
}
