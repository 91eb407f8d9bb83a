import type { Db } from './sqlite';
import { latestVersions } from './act-repo';
import { kindsChangedSince } from './act-kinds';

export interface AnalysisStatus {
  /** When the last analysis ran, or null when it never has. */
  lastRunAt: string | null;
  /** Whether the acts changed since (a version added or removed, a provision corrected, an act's kinds changed). */
  outOfDate: boolean;
  /** How many acts the assessment has. */
  acts: number;
}

/**
 * Whether the stored analysis still describes the acts: it does while the latest versions are the
 * ones it analysed and no provision was corrected after it ran.
 */
export function analysisStatus(db: Db): AnalysisStatus {
  const latest = latestVersions(db).map((v) => v.versionId);
  const run = db.prepare('SELECT at, version_ids FROM analysis_run ORDER BY id DESC LIMIT 1').get() as
    { at: string; version_ids: string } | undefined;
  if (!run) return { lastRunAt: null, outOfDate: latest.length > 0, acts: latest.length };
  const analysed = new Set(JSON.parse(run.version_ids) as number[]);
  const sameVersions = latest.length === analysed.size && latest.every((id) => analysed.has(id));
  // A provision corrected, or an act's kinds changed (which scopes what is assessed), since the run.
  const editedSince =
    db.prepare('SELECT 1 FROM provision_edit WHERE at > ? LIMIT 1').get(run.at) !== undefined ||
    kindsChangedSince(db, run.at);
  return { lastRunAt: run.at, outOfDate: !sameVersions || editedSince, acts: latest.length };
}
