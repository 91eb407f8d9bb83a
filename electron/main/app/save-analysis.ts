import { existsSync } from 'node:fs';
import type { AnalysisResult } from '../../../shared/analysis/types';
import type { ProvisionTree } from '../../../shared/domain/provision';
import type { SourceDocument } from '../../../shared/domain/source';
import { AppError } from '../../../shared/api/errors';
import { basename } from 'node:path';
import { buildAssessmentFile, openAssessmentFile } from '../db/assessment-file';
import { initAssessment } from '../db/assessment-repo';
import { storeImportedVersion } from '../db/act-repo';
import { storeAnalysis } from '../db/analysis-repo';
import type { Db } from '../db/sqlite';

export interface AnalysedAct {
  /** The `file` of the act in the analysis result. */
  file: string;
  title: string;
  year: number | null;
  doc: SourceDocument;
  tree: ProvisionTree;
  detectedLanguage: ProvisionTree['language'] | null;
}

/**
 * Write an analysis made outside the app (the command line) as a new assessment file, with the
 * acts it read and the proposals it made, ready to be reviewed in the app. The file is left open
 * and returned; the caller closes it.
 */
export async function saveAnalysisAsAssessment(
  path: string,
  meta: { country: string; title: string; assessor: string },
  acts: AnalysedAct[],
  result: AnalysisResult,
): Promise<Db> {
  if (existsSync(path))
    throw new AppError('file-exists', `${basename(path)} already exists; choose another name`, {
      file: basename(path),
    });
  // Built whole under a temporary name, then named (see buildAssessmentFile).
  await buildAssessmentFile(path, (db) => {
    initAssessment(db, { ...meta, instruments: result.instruments }, meta.assessor);
    const versions = new Map<string, number>();
    for (const a of acts) {
      const stored = storeImportedVersion(db, {
        title: a.title,
        year: a.year,
        language: a.tree.language,
        detectedLanguage: a.detectedLanguage,
        status: 'in-force',
        source: a.doc,
        sha256: null,
        tree: a.tree,
        actor: meta.assessor,
      });
      versions.set(a.file, stored.versionId);
    }
    storeAnalysis(db, result, versions, meta.assessor);
  });
  return (await openAssessmentFile(path, { user: meta.assessor })).db;
}
