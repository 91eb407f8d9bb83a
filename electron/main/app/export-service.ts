import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { exportRequestSchema } from '../../../shared/api/report-schemas';
import { audit } from '../db/assessment-repo';
import { exportAssessmentJson, exportMappingCsv, exportMatrixXlsx, exportReportDocx } from '../report';
import type { Db } from '../db/sqlite';
import type { AppContext } from './context';
import { suggestFileName, summary, withExtension } from './current';
import { reportInputFromAssessment } from './report-input';
import { resolveUserPath, safeFileName } from './work-folder';

export type ExportRequest = z.output<typeof exportRequestSchema>;

/** Key of the assessor's organisation in the assessment file's `meta` table. */
const ORGANISATION_KEY = 'assessor_organisation';

/**
 * Who signs the report: the name and organisation given with the export (then kept on the
 * assessment and in the user's settings, so they are asked once), else the assessment's, else the
 * settings'. Never the account the application runs under.
 */
export function resolveAssessor(
  ctx: AppContext,
  db: Db,
  given: ExportRequest['assessor'],
): { name: string; organisation: string } {
  if (given) {
    db.prepare('UPDATE assessment SET assessor = ? WHERE id = 1').run(given.name);
    db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
      ORGANISATION_KEY,
      given.organisation,
    );
    ctx.settings.rememberAssessor(given);
    return given;
  }
  const row = db.prepare('SELECT assessor FROM assessment WHERE id = 1').get() as { assessor: string } | undefined;
  const org = db.prepare('SELECT value FROM meta WHERE key = ?').get(ORGANISATION_KEY) as { value: string } | undefined;
  const stored = ctx.settings.assessor();
  const name = row?.assessor.trim() || stored?.name || '';
  if (!name)
    throw new AppError('invalid-request', 'Name the assessor and their organisation before exporting the report.');
  return { name, organisation: org?.value ?? (name === stored?.name ? stored.organisation : '') };
}

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
  // Asked before the Save dialog: a report nobody signs is refused before a path is chosen.
  const signer = req.kind === 'docx' || req.kind === 'xlsx' ? resolveAssessor(ctx, db, req.assessor) : null;
  if (req.assessor) ctx.emit('assessment:changed', { tables: ['assessment'] });
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
  if (req.kind === 'xlsx')
    await exportMatrixXlsx(
      input,
      {
        language: req.language,
        author: signer!.name,
        ...(req.instruments ? { instruments: req.instruments } : {}),
      },
      path,
    );
  else if (req.kind === 'docx')
    await exportReportDocx(
      input,
      {
        language: req.language,
        includeTexts: req.includeTexts,
        author: signer!.name,
        organisation: signer!.organisation,
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
