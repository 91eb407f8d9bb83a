import { analyze, type AnalysisResult } from '../../../shared/analysis';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { LanguageCode } from '../../../shared/domain/source';
import { audit } from '../db/assessment-repo';
import { writeCompareDocx } from '../report/compare-docx';
import type { CarryResult, VersionComparison } from '../../../shared/api/version-schemas';
import {
  CompareLanguageError,
  complianceDelta,
  compareVersion,
  compareVersions,
  type CompareResult,
} from '../../../shared/compare/index';
import type { Obligation } from '../../../shared/reference/types';
import { latestVersions, loadProvisionTree } from '../db/act-repo';
import { lawKindsForAnalysis, recordedKinds } from '../db/act-kinds';
import type { Db } from '../db/sqlite';
import { carryReview, getVersion, listPairings } from '../db/version-repo';
import type { AppContext } from './context';

/** Let the event loop breathe between the long steps, so a cancel request is heard. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

function instrumentsOf(db: Db): { instruments: string[]; obligations?: Obligation[] } {
  const instruments = (
    db.prepare('SELECT instrument_id FROM assessment_instrument ORDER BY ord').all() as { instrument_id: string }[]
  ).map((r) => r.instrument_id);
  const scope = (
    db.prepare('SELECT obligations FROM assessment WHERE id = 1').get() as { obligations: string | null } | undefined
  )?.obligations;
  return { instruments, ...(scope ? { obligations: JSON.parse(scope) as Obligation[] } : {}) };
}

/**
 * Compare two stored versions: alignment (with the pairings a person set), word diff, substantive
 * flags, and the compliance delta — the assessment's body of law analysed once with each version
 * in place of the act's latest one, other acts unchanged. Progress is reported and the work can be
 * cancelled between steps.
 */
export async function compareStoredVersions(
  ctx: AppContext,
  db: Db,
  oldVersionId: number,
  newVersionId: number,
  options: { signal?: AbortSignal; onProgress?: (fraction: number, stage: string) => void; delta?: boolean } = {},
): Promise<VersionComparison> {
  const progress = options.onProgress ?? (() => {});
  const check = () => {
    if (options.signal?.aborted) throw new AppError('cancelled', 'Comparison cancelled');
  };
  if (oldVersionId === newVersionId) throw new AppError('invalid-request', 'Choose two different versions to compare');
  const a = getVersion(db, oldVersionId);
  const b = getVersion(db, newVersionId);
  if (a.language !== b.language)
    throw new AppError('invalid-request', new CompareLanguageError(a.language, b.language).message, {
      reason: 'language',
      oldLanguage: a.language,
      newLanguage: b.language,
    });
  progress(0.05, 'load');
  const oldTree = loadProvisionTree(db, oldVersionId);
  const newTree = loadProvisionTree(db, newVersionId);
  await tick();
  check();
  let delta = null;
  const { instruments, obligations } = instrumentsOf(db);
  if (options.delta !== false && instruments.length) {
    // What each act is, as recorded, scopes both analyses as it scopes the assessment's.
    const kinds = recordedKinds(db);
    const others = latestVersions(db).filter((v) => v.versionId !== oldVersionId && v.versionId !== newVersionId);
    const otherActs = others
      .filter((v) => db.prepare('SELECT act_id FROM act_version WHERE id = ?').pluck().get(v.versionId) !== a.actId)
      .map((v) => ({
        file: v.sourceFile ?? v.actTitle,
        title: v.actTitle,
        language: v.language,
        tree: loadProvisionTree(db, v.versionId),
        ...lawKindsForAnalysis(kinds.get(v.actId)),
      }));
    const run = (tree: typeof oldTree, label: string): AnalysisResult =>
      analyze({
        library: ctx.library,
        instruments,
        ...(obligations ? { obligations } : {}),
        acts: [
          { file: label, title: label, language: tree.language, tree, ...lawKindsForAnalysis(kinds.get(a.actId)) },
          ...otherActs,
        ],
      });
    progress(0.15, 'analyse');
    const before = run(oldTree, a.sourceFile ?? a.label);
    await tick();
    check();
    progress(0.5, 'analyse');
    const after = run(newTree, b.sourceFile ?? b.label);
    await tick();
    check();
    delta = complianceDelta(before, after);
  }
  progress(0.85, 'compare');
  let result: CompareResult;
  try {
    result = compareVersions({
      old: compareVersion(a.label, oldTree),
      new: compareVersion(b.label, newTree),
      manual: listPairings(db, oldVersionId, newVersionId),
      delta,
      onProgress: () => !options.signal?.aborted,
    });
  } catch (error) {
    check();
    throw error;
  }
  progress(1, 'done');
  return { oldVersion: a, newVersion: b, result };
}

/** Carry the review of one version to another along their alignment (see carryReview). */
export async function carryStoredReview(
  ctx: AppContext,
  db: Db,
  oldVersionId: number,
  newVersionId: number,
): Promise<CarryResult> {
  const { result, newVersion } = await compareStoredVersions(ctx, db, oldVersionId, newVersionId, { delta: false });
  return carryReview(
    db,
    oldVersionId,
    newVersionId,
    result.pairs.map((p) => ({
      kind: p.kind,
      oldKeys: p.old.map((u) => u.key),
      newKeys: p.new.map((u) => u.key),
      label: newVersion.label,
    })),
    ctx.platform.userName,
  );
}

/** The comparison as a Word document, where the user chooses (or at `path`); recorded in the audit trail. */
export async function exportComparisonDocx(
  ctx: AppContext,
  db: Db,
  req: { oldVersionId: number; newVersionId: number; language: LanguageCode; path?: string },
): Promise<{ path: string } | null> {
  const c = await compareStoredVersions(ctx, db, req.oldVersionId, req.newVersionId);
  const stem = `${c.oldVersion.label} - ${c.newVersion.label}`.replace(/[\\/:*?"<>|]+/g, ' ').trim();
  const chosen = req.path ?? (await ctx.platform.chooseSavePath(`${stem}.docx`, 'docx'));
  if (!chosen) return null;
  const path = resolve(chosen.endsWith('.docx') ? chosen : `${chosen}.docx`);
  const bytes = await writeCompareDocx(c.result, {
    lang: req.language,
    author: c.newVersion.sourceFile ?? c.newVersion.label,
  });
  writeFileSync(path, bytes);
  audit(db, {
    actor: ctx.platform.userName,
    action: 'export-comparison',
    entity: 'act_version',
    entityId: req.newVersionId,
    detail: { from: req.oldVersionId, path, language: req.language },
  });
  return { path };
}
