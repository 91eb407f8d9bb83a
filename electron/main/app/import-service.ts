import { basename, extname } from 'node:path';
import type { z } from 'zod';
import type { importRequestSchema, ImportResult, ImportSource } from '../../../shared/api/act-schemas';
import { readImportSource } from '../import/source';
import { AppError } from '../../../shared/api/errors';
import type { LanguageCode } from '../../../shared/domain/source';
import { segmentInWorker } from '../workers';
import { countTree, storeImportedVersion } from '../db/act-repo';
import { setActKinds } from '../db/act-kinds';
import { writeTransaction } from '../db/sqlite';
import type { AppContext } from './context';

export type ImportRequest = z.output<typeof importRequestSchema>;

/** A title for a law imported without one: its file name without extension, tidied. */
export function titleFromFileName(fileName: string): string {
  return basename(fileName, extname(fileName)).replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim() || 'Untitled act';
}

function yearOf(title: string): number | null {
  const m = /\b(1[89]\d\d|20\d\d)\b/.exec(title);
  return m ? Number(m[1]) : null;
}

/**
 * Import a law into the current assessment: extract its text, detect its language, segment it,
 * and store it as a new act (or a new version of an act) in one transaction. Regulations or rules
 * printed after a new act's last section, with their own title and numbering, are stored as
 * acts of their own, recorded as regulations. Any failure —
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
  // A new act may carry the regulations printed after it: each is stored as its own act.
  const output = await segmentInWorker(
    { doc, language: req.language, instruments: req.actId === undefined },
    { signal },
  );
  const segmented = output.instruments ?? [{ ...output, doc, title: null, kind: 'act' as const }];
  const { detected, language, tree } = segmented[0]!;
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
  const actor = ctx.platform.userName;
  const stored = writeTransaction(current.db, () =>
    segmented.map((part, k) => {
      const one = storeImportedVersion(current.db, {
        actId: req.actId,
        title: part.title ?? (req.title || titleFromFileName(doc.fileName)),
        // A regulation split off the act is dated by its own title ("… Regulations, 2010").
        year: part.title === null ? (req.year ?? null) : yearOf(part.title),
        language: part.language,
        detectedLanguage: part.detected,
        label: req.versionLabel,
        status: req.status,
        source: part.doc,
        sha256: k === 0 ? sha256 : null,
        tree: part.tree,
        actor,
      });
      if (part.kind === 'regulation') setActKinds(current.db, one.actId, ['regulation'], actor);
      return { ...one, title: part.title };
    }),
  );
  onProgress(1, 'done');
  const [main, ...others] = stored;
  return {
    actId: main!.actId,
    versionId: main!.versionId,
    title: req.title || titleFromFileName(doc.fileName),
    language,
    detectedLanguage: detected,
    units: main!.units,
    provisions: main!.provisions,
    pages: doc.pageCount ?? null,
    notes: doc.notes,
    warnings: tree.warnings,
    alsoImported: others.map((o) => ({ actId: o.actId, title: o.title ?? '' })),
  };
}
