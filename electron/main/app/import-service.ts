import { basename, extname } from 'node:path';
import type { z } from 'zod';
import type { importRequestSchema, ImportResult, ImportSource } from '../../../shared/api/act-schemas';
import { readImportSource } from '../import/source';
import { AppError } from '../../../shared/api/errors';
import type { LanguageCode } from '../../../shared/domain/source';
import { segmentInWorker } from '../workers';
import { countTree, storeImportedVersion } from '../db/act-repo';
import type { AppContext } from './context';

export type ImportRequest = z.output<typeof importRequestSchema>;

/** A title for a law imported without one: its file name without extension, tidied. */
export function titleFromFileName(fileName: string): string {
  return basename(fileName, extname(fileName)).replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim() || 'Untitled act';
}

/**
 * Import a law into the current assessment: extract its text, detect its language, segment it,
 * and store it as a new act (or a new version of an act) in one transaction. Any failure —
 * unreadable file, cancellation, no provisions found — leaves the assessment as it was.
 */
export async function importAct(
  ctx: AppContext,
  req: ImportRequest,
  source: ImportSource,
  signal: AbortSignal,
  onProgress: (fraction: number, stage: string) => void,
): Promise<ImportResult> {
  const current = ctx.current;
  if (!current) throw new AppError('no-assessment', 'Open or create an assessment before importing a law');
  const { doc, sha256 } = await readImportSource(source, signal, onProgress);
  if (signal.aborted) throw new AppError('cancelled', 'Import cancelled; nothing was added');
  onProgress(0.9, 'segment');
  const { detected, language, tree } = await segmentInWorker({ doc, language: req.language }, { signal });
  if (req.actId !== undefined) {
    // A version in another language is a translation, not a version: comparing them is out of scope.
    const act = current.db.prepare('SELECT title, language FROM act WHERE id = ?').get(req.actId) as
      { title: string; language: LanguageCode } | undefined;
    if (act && act.language !== language)
      throw new AppError(
        'import-failed',
        `${doc.fileName} is in ${language} and "${act.title}" in ${act.language}: a translation is not a version of the act. Import it as a new act instead.`,
        { reason: 'version-language', language, actLanguage: act.language },
      );
  }
  if (countTree(tree.children).units === 0)
    throw new AppError(
      'import-failed',
      `No provisions were found in ${doc.fileName}: it does not look like a law (no sections or articles).`,
    );
  if (ctx.current !== current)
    throw new AppError('cancelled', 'The assessment was closed during the import; nothing was added');
  onProgress(0.95, 'store');
  const stored = storeImportedVersion(current.db, {
    actId: req.actId,
    title: req.title || titleFromFileName(doc.fileName),
    year: req.year ?? null,
    language,
    detectedLanguage: detected,
    label: req.versionLabel,
    status: req.status,
    source: doc,
    sha256,
    tree,
    actor: ctx.platform.userName,
  });
  onProgress(1, 'done');
  return {
    actId: stored.actId,
    versionId: stored.versionId,
    title: req.title || titleFromFileName(doc.fileName),
    language,
    detectedLanguage: detected,
    units: stored.units,
    provisions: stored.provisions,
    pages: doc.pageCount ?? null,
    notes: doc.notes,
    warnings: tree.warnings,
  };
}
