import { basename } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { AssessmentSummary } from '../../../shared/api/schemas';
import { ASSESSMENT_EXTENSION } from '../db/assessment-file';
import { readAssessmentSummary } from '../db/assessment-repo';
import type { AppContext } from './context';

/** The open assessment's database, or a typed error when none is open. */
export function currentDb(ctx: AppContext) {
  if (!ctx.current) throw new AppError('no-assessment', 'Open or create an assessment first');
  return ctx.current.db;
}

/**
 * The open assessment's database for a change: refused with `read-only` when the file was opened
 * read-only because another window or process holds it.
 */
export function writableDb(ctx: AppContext) {
  const db = currentDb(ctx);
  if (ctx.current!.readOnly) {
    const by = ctx.current!.lockedBy;
    throw new AppError(
      'read-only',
      `${basename(ctx.current!.path)} is open read-only: another window has it${by?.user ? ` (${by.user})` : ''}. Nothing was changed.`,
      { file: basename(ctx.current!.path) },
    );
  }
  return db;
}

/** The path with the extension added when the user left it out. */
export function withExtension(path: string, extension = ASSESSMENT_EXTENSION): string {
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}

/** A file name from free text: keeps letters of any script, drops characters file systems refuse. */
export function suggestFileName(...parts: string[]): string {
  const stem = parts
    .filter(Boolean)
    .join(' - ')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${stem || 'assessment'}${ASSESSMENT_EXTENSION}`;
}

/** The current assessment's summary (callers have checked one is open). */
export function summary(ctx: AppContext): AssessmentSummary {
  const cur = ctx.current!;
  return readAssessmentSummary(cur.db, cur.path, {
    upgradedFrom: cur.upgradedFrom,
    backupPath: cur.backupPath,
    readOnly: cur.readOnly ?? false,
    lockedBy: cur.lockedBy ?? null,
  });
}
