import { existsSync } from 'node:fs';
import type { AnalysisResult } from '../../../shared/analysis/types';
import type { ProvisionTree } from '../../../shared/domain/provision';
import type { SourceDocument } from '../../../shared/domain/source';
import { AppError } from '../../../shared/api/errors';
import { closeAssessmentFile, createAssessmentFile } from '../db/assessment-file';
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
export function saveAnalysisAsAssessment(
  path: string,
  meta: { country: string; title: string; assessor: string },
  acts: AnalysedAct[],
  result: AnalysisResult,
): Db {
  if (existsSync(path)) throw new AppError('file-exists', `${path} already exists; choose another name`);
  const db = createAssessmentFile(path);
  try {
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
    return db;
  } catch (error) {
    closeAssessmentFile(db);
    throw error;
  }
}
