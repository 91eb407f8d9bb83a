import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { exportRequestSchema } from '../../../shared/api/report-schemas';
import { audit } from '../db/assessment-repo';
import { writeFileAtomic } from '../report';
import { renderExportInWorker } from '../workers';
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
 * Export the current assessment as a Word report, an Excel matrix, a mapping CSV or a JSON file,
 * where the user chooses (or at the given path). The content is built in a worker thread,
 * reporting progress and stopped at once by `signal`; only then is the file written (atomically),
 * so a cancelled export leaves nothing. The export is recorded in the audit trail. Null when the
 * user cancelled the Save dialog.
 */
export async function exportFromAssessment(
  ctx: AppContext,
  req: ExportRequest,
  signal: AbortSignal,
  onProgress: (fraction: number, stage: string) => void,
): Promise<{ path: string; kind: ExportRequest['kind'] } | null> {
  if (!ctx.current) throw new AppError('no-assessment', 'Open or create an assessment first');
  const current = ctx.current;
  const { db } = current;
  // A path given with the request is checked before any work, so a refused one costs nothing.
  const given = req.path ? resolveUserPath(ctx, withExtension(req.path, `.${req.kind}`), 'write') : null;
  const s = summary(ctx);
  // Asked before the Save dialog: a report nobody signs is refused before a path is chosen.
  const signer = req.kind === 'docx' || req.kind === 'xlsx' ? resolveAssessor(ctx, db, req.assessor) : null;
  if (req.assessor) ctx.emit('assessment:changed', { tables: ['assessment', 'settings'] });
  const input = reportInputFromAssessment(db, s.path, ctx.library);
  // A name, never a path: "../x" or "a/b" cannot lead the file out of the folder it is saved in.
  const stem = safeFileName(req.fileName || suggestFileName(s.country, s.title, 'report'), 'report').replace(
    /\.lexgap$/,
    '',
  );
  const chosen = given ?? (await ctx.platform.chooseSavePath(`${stem}.${req.kind}`, req.kind));
  if (!chosen) return null;
  const path = resolveUserPath(ctx, withExtension(chosen, `.${req.kind}`), 'write');
  const content = await renderExportInWorker(
    {
      kind: req.kind,
      input,
      options: {
        language: req.language,
        includeTexts: req.includeTexts,
        author: signer?.name ?? '',
        organisation: signer?.organisation ?? '',
        ...(req.instruments ? { instruments: req.instruments } : {}),
        ...(req.statuses ? { statuses: req.statuses } : {}),
      },
    },
    { signal, onProgress },
  );
  onProgress(0.95, 'Saving the file');
  await writeFileAtomic(path, content);
  onProgress(1, 'Saved');
  // A file open read-only (another window holds it) is exported but cannot record it; nor is an
  // export recorded in a file closed while it ran.
  if (!current.readOnly && ctx.current === current)
    audit(db, {
      actor: ctx.platform.userName,
      action: `export-${req.kind}`,
      entity: 'assessment',
      entityId: 1,
      detail: { path, language: req.language },
    });
  return { path, kind: req.kind };
}
