import { analyze } from '../../../shared/analysis';
import type { AnalysisInput, AnalysisResult } from '../../../shared/analysis/types';
import { AppError } from '../../../shared/api/errors';
import type { Obligation } from '../../../shared/reference/types';
import { latestVersions, loadProvisionTree } from '../db/act-repo';
import { lawKindsForAnalysis, recordedKinds } from '../db/act-kinds';
import { storeAnalysis, type StoredRun } from '../db/analysis-repo';
import { countryTermsForAnalysis } from '../db/terms-repo';
import type { Db } from '../db/sqlite';
import type { ReferenceLibrary } from '../../../shared/reference/types';
import { analyzeInWorker } from '../workers';
import { checkAnalysisSize } from './analysis-limits';

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

/** What an analysis of an assessment reads, gathered from its file. */
interface PreparedAnalysis {
  input: AnalysisInput;
  versionIds: Map<string, number>;
}

function prepareAnalysis(
  db: Db,
  library: ReferenceLibrary,
  options: { instruments?: string[]; obligations?: Obligation[] },
): PreparedAnalysis {
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
  const kinds = recordedKinds(db);
  const input: AnalysisInput = {
    library,
    instruments,
    countryTerms: countryTermsForAnalysis(db),
    ...(obligations ? { obligations } : {}),
    acts: versions.map((v, i) => ({
      file: labels[i]!,
      title: v.actTitle,
      language: v.language,
      tree: loadProvisionTree(db, v.versionId),
      ...lawKindsForAnalysis(kinds.get(v.actId)),
    })),
  };
  checkAnalysisSize(input);
  return { input, versionIds: new Map(labels.map((l, i) => [l, versions[i]!.versionId])) };
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
  const { input, versionIds } = prepareAnalysis(db, library, options);
  const result = analyze(input);
  const stored = storeAnalysis(db, result, versionIds, actor);
  return { result, stored };
}

/**
 * {@link runAssessmentAnalysis} with the analysis itself in a worker thread (memory and time
 * budget, cancellable by `signal`): the laws are read from the file and the result stored in it
 * on the calling thread. `stillCurrent` is asked before storing, so that a result never lands in
 * an assessment closed or replaced meanwhile.
 */
export async function runAssessmentAnalysisInWorker(
  db: Db,
  library: ReferenceLibrary,
  actor: string,
  options: {
    instruments?: string[];
    obligations?: Obligation[];
    signal?: AbortSignal;
    stillCurrent?: () => boolean;
  } = {},
): Promise<{ result: AnalysisResult; stored: StoredRun }> {
  const { input, versionIds } = prepareAnalysis(db, library, options);
  const result = await analyzeInWorker(input, options.signal ? { signal: options.signal } : {});
  if (options.stillCurrent && !options.stillCurrent())
    throw new AppError('cancelled', 'The assessment was closed during the analysis; nothing was stored');
  const stored = storeAnalysis(db, result, versionIds, actor);
  return { result, stored };
}
