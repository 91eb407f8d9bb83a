import { analyze } from '../../../shared/analysis';
import type { AnalysisResult } from '../../../shared/analysis/types';
import { AppError } from '../../../shared/api/errors';
import type { Obligation } from '../../../shared/reference/types';
import { latestVersions, loadProvisionTree } from '../db/act-repo';
import { storeAnalysis, type StoredRun } from '../db/analysis-repo';
import { countryTermsForAnalysis } from '../db/terms-repo';
import type { Db } from '../db/sqlite';
import type { ReferenceLibrary } from '../../../shared/reference/types';

/** A unique, readable name per analysed version (two acts may come from files with the same name). */
function actLabels(versions: { versionId: number; actTitle: string; sourceFile: string | null }[]): string[] {
  const seen = new Map<string, number>();
  return versions.map((v) => {
    const base = v.sourceFile ?? v.actTitle;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

/**
 * Analyse the latest version of every act of an assessment against its instruments and store the
 * result, keeping every reviewed decision (see storeAnalysis).
 */
export function runAssessmentAnalysis(
  db: Db,
  library: ReferenceLibrary,
  actor: string,
  options: { instruments?: string[]; obligations?: Obligation[] } = {},
): { result: AnalysisResult; stored: StoredRun } {
  const versions = latestVersions(db);
  if (versions.length === 0)
    throw new AppError('invalid-request', 'Import at least one law before running the analysis');
  const instruments =
    options.instruments ??
    (
      db.prepare('SELECT instrument_id FROM assessment_instrument ORDER BY ord').all() as { instrument_id: string }[]
    ).map((r) => r.instrument_id);
  const scope = (
    db.prepare('SELECT obligations FROM assessment WHERE id = 1').get() as { obligations: string | null } | undefined
  )?.obligations;
  const obligations = options.obligations ?? (scope ? (JSON.parse(scope) as Obligation[]) : undefined);
  const labels = actLabels(versions);
  const result = analyze({
    library,
    instruments,
    countryTerms: countryTermsForAnalysis(db),
    ...(obligations ? { obligations } : {}),
    acts: versions.map((v, i) => ({
      file: labels[i]!,
      title: v.actTitle,
      language: v.language,
      tree: loadProvisionTree(db, v.versionId),
    })),
  });
  const stored = storeAnalysis(db, result, new Map(labels.map((l, i) => [l, versions[i]!.versionId])), actor);
  return { result, stored };
}
