import type { LanguageCode } from '../../../shared/domain/source';
import type { ManualPairing } from '../../../shared/compare/types';
import type { CarryResult, VersionStage, VersionView } from '../../../shared/api/version-schemas';
import { AppError } from '../../../shared/api/errors';
import { audit } from './assessment-repo';
import { unitIds } from './act-repo';
import type { Db } from './sqlite';

/* Versions of an act: listing, renaming, stage and date, deleting; pairings corrected by a person. */

interface VersionRow {
  id: number;
  act_id: number;
  ordinal: number;
  label: string;
  status: string;
  stage: VersionStage | null;
  version_date: string | null;
  source_file: string | null;
  language: LanguageCode;
  imported_at: string;
  imported_by: string;
}

function toView(db: Db, v: VersionRow): VersionView {
  return {
    id: v.id,
    actId: v.act_id,
    ordinal: v.ordinal,
    label: v.label,
    stage: v.stage ?? (v.status as VersionStage),
    date: v.version_date,
    sourceFile: v.source_file,
    language: v.language,
    importedAt: v.imported_at,
    importedBy: v.imported_by,
    units: unitIds(db, v.id, true).length,
  };
}

export function getVersion(db: Db, versionId: number): VersionView {
  const v = db.prepare('SELECT * FROM act_version WHERE id = ?').get(versionId) as VersionRow | undefined;
  if (!v) throw new AppError('not-found', `No act version ${versionId} in this assessment`);
  return toView(db, v);
}

export function listVersions(db: Db, actId: number): VersionView[] {
  if (!db.prepare('SELECT 1 FROM act WHERE id = ?').get(actId))
    throw new AppError('not-found', `No act ${actId} in this assessment`);
  const rows = db.prepare('SELECT * FROM act_version WHERE act_id = ? ORDER BY ordinal').all(actId) as VersionRow[];
  return rows.map((v) => toView(db, v));
}

/** The stage also sets the older status column where it has the same value (committee text is a draft there). */
const STATUS_OF_STAGE: Record<VersionStage, string> = {
  draft: 'draft',
  committee: 'draft',
  adopted: 'adopted',
  'in-force': 'in-force',
  repealed: 'repealed',
};

export function updateVersion(
  db: Db,
  change: { versionId: number; label?: string; stage?: VersionStage; date?: string | null },
  actor: string,
): VersionView {
  const before = getVersion(db, change.versionId);
  db.transaction(() => {
    if (change.label !== undefined)
      db.prepare('UPDATE act_version SET label = ? WHERE id = ?').run(change.label, change.versionId);
    if (change.stage !== undefined)
      db.prepare('UPDATE act_version SET stage = ?, status = ? WHERE id = ?').run(
        change.stage,
        STATUS_OF_STAGE[change.stage],
        change.versionId,
      );
    if (change.date !== undefined)
      db.prepare('UPDATE act_version SET version_date = ? WHERE id = ?').run(change.date, change.versionId);
    audit(db, {
      actor,
      action: 'update',
      entity: 'act_version',
      entityId: change.versionId,
      detail: {
        before: { label: before.label, stage: before.stage, date: before.date },
        after: { label: change.label, stage: change.stage, date: change.date },
      },
    });
  })();
  return getVersion(db, change.versionId);
}

/**
 * Delete a version with its provisions (and the mappings to them). The only version of an act
 * cannot be deleted: that would leave an act without text.
 */
export function deleteVersion(db: Db, versionId: number, actor: string): void {
  const v = getVersion(db, versionId);
  const { n } = db.prepare('SELECT count(*) AS n FROM act_version WHERE act_id = ?').get(v.actId) as { n: number };
  if (n < 2)
    throw new AppError('invalid-request', `"${v.label}" is the only version of its act and cannot be deleted`, {
      reason: 'only-version',
    });
  const mappings = (
    db.prepare("SELECT count(*) AS n FROM mapping WHERE version_id = ? AND state = 'accepted'").get(versionId) as {
      n: number;
    }
  ).n;
  db.transaction(() => {
    db.prepare('DELETE FROM act_version WHERE id = ?').run(versionId);
    audit(db, {
      actor,
      action: 'delete',
      entity: 'act_version',
      entityId: versionId,
      detail: { actId: v.actId, label: v.label, sourceFile: v.sourceFile, acceptedMappings: mappings },
    });
  })();
}

/** Pairings a person set between two versions, oldest first (a later one wins over an earlier one). */
export function listPairings(db: Db, oldVersionId: number, newVersionId: number): ManualPairing[] {
  const rows = db
    .prepare(
      'SELECT old_keys, new_keys FROM version_pairing WHERE old_version_id = ? AND new_version_id = ? ORDER BY id DESC',
    )
    .all(oldVersionId, newVersionId) as { old_keys: string; new_keys: string }[];
  // Most recent first, so the alignment keeps the latest correction of a unit.
  return rows.map((r) => ({ old: JSON.parse(r.old_keys) as string[], new: JSON.parse(r.new_keys) as string[] }));
}

/**
 * Record that these units of the old version correspond to these of the new one (empty lists
 * mark a unit as deleted or inserted). Earlier pairings of the same units are replaced.
 */
export function setPairing(
  db: Db,
  p: { oldVersionId: number; newVersionId: number; oldKeys: string[]; newKeys: string[] },
  actor: string,
): void {
  const a = getVersion(db, p.oldVersionId);
  const b = getVersion(db, p.newVersionId);
  if (a.actId !== b.actId) throw new AppError('invalid-request', 'The two versions belong to different acts');
  const exists = (versionId: number, key: string) =>
    db.prepare('SELECT 1 FROM provision WHERE version_id = ? AND key = ?').get(versionId, key);
  for (const k of p.oldKeys)
    if (!exists(p.oldVersionId, k)) throw new AppError('not-found', `No provision ${k} in "${a.label}"`);
  for (const k of p.newKeys)
    if (!exists(p.newVersionId, k)) throw new AppError('not-found', `No provision ${k} in "${b.label}"`);
  db.transaction(() => {
    const rows = db
      .prepare('SELECT id, old_keys, new_keys FROM version_pairing WHERE old_version_id = ? AND new_version_id = ?')
      .all(p.oldVersionId, p.newVersionId) as { id: number; old_keys: string; new_keys: string }[];
    for (const r of rows) {
      const o = JSON.parse(r.old_keys) as string[];
      const w = JSON.parse(r.new_keys) as string[];
      if (o.some((k) => p.oldKeys.includes(k)) || w.some((k) => p.newKeys.includes(k)))
        db.prepare('DELETE FROM version_pairing WHERE id = ?').run(r.id);
    }
    db.prepare(
      'INSERT INTO version_pairing(old_version_id, new_version_id, old_keys, new_keys, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      p.oldVersionId,
      p.newVersionId,
      JSON.stringify(p.oldKeys),
      JSON.stringify(p.newKeys),
      new Date().toISOString(),
      actor,
    );
    audit(db, {
      actor,
      action: 'pair',
      entity: 'version_pairing',
      entityId: `${p.oldVersionId}>${p.newVersionId}`,
      detail: { old: p.oldKeys, new: p.newKeys },
    });
  })();
}

/** Remove every pairing a person set between two versions (back to the automatic alignment). */
export function clearPairings(db: Db, oldVersionId: number, newVersionId: number, actor: string): void {
  db.transaction(() => {
    const n = db
      .prepare('DELETE FROM version_pairing WHERE old_version_id = ? AND new_version_id = ?')
      .run(oldVersionId, newVersionId).changes;
    audit(db, {
      actor,
      action: 'unpair',
      entity: 'version_pairing',
      entityId: `${oldVersionId}>${newVersionId}`,
      detail: { removed: n },
    });
  })();
}

export interface CarryPair {
  kind: string;
  oldKeys: string[];
  newKeys: string[];
  label: string;
}

interface MappingRow {
  id: number;
  requirement_id: string;
  provision_id: number;
  key: string;
  origin: string;
  state: string;
  relation: string | null;
  score: number | null;
  rank: number | null;
  evidence: string;
  created_by: string;
  decided_by: string | null;
  decided_at: string | null;
  note: string | null;
}

/**
 * Carry the review of the old version to the new one along the alignment: each mapping a person
 * accepted or added on a unit of the old version (or a provision inside it) is copied to the
 * aligned provision of the new version; where the text changed (or the unit was deleted) the
 * copy and its requirement are marked for another look. Nothing is removed: the old version's
 * mappings stay as they were, and the requirement's status, finding, recommendation and proposed
 * wording are the requirement's, kept whatever the version.
 */
export function carryReview(
  db: Db,
  oldVersionId: number,
  newVersionId: number,
  pairs: CarryPair[],
  actor: string,
): CarryResult {
  const newVersion = getVersion(db, newVersionId);
  const mappings = db
    .prepare(
      `SELECT m.*, p.key FROM mapping m JOIN provision p ON p.id = m.provision_id
       WHERE m.version_id = ? AND (m.state = 'accepted' OR m.origin = 'manual')`,
    )
    .all(oldVersionId) as MappingRow[];
  const newProvision = db.prepare('SELECT id, number FROM provision WHERE version_id = ? AND key = ?');
  const pairOf = new Map<string, CarryPair>();
  for (const p of pairs) for (const k of p.oldKeys) pairOf.set(k, p);
  const unitKeyOf = (key: string) =>
    [...pairOf.keys()].filter((u) => key === u || key.startsWith(`${u}.`)).sort((a, b) => b.length - a.length)[0];
  let carried = 0;
  let rereview = 0;
  let alreadyThere = 0;
  const toReview = new Set<string>();
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const m of mappings) {
      const unit = unitKeyOf(m.key);
      const pair = unit ? pairOf.get(unit) : undefined;
      if (!pair || !pair.newKeys.length) {
        // The unit was deleted: the requirement is reviewed against text that is gone.
        toReview.add(m.requirement_id);
        continue;
      }
      // The same provision inside the new unit when it is still there, else the unit itself.
      const suffix = m.key.slice(unit!.length);
      const target =
        (newProvision.get(newVersionId, `${pair.newKeys[0]}${suffix}`) as { id: number; number: string } | undefined) ??
        (newProvision.get(newVersionId, pair.newKeys[0]) as { id: number; number: string } | undefined);
      if (!target) continue;
      const unitRow = newProvision.get(newVersionId, pair.newKeys[0]) as { id: number; number: string };
      const changed = pair.kind !== 'same';
      const reason = changed ? `${pair.kind} in ${newVersion.label}` : null;
      const existing = db
        .prepare('SELECT id, state FROM mapping WHERE requirement_id = ? AND provision_id = ?')
        .get(m.requirement_id, target.id) as { id: number; state: string } | undefined;
      if (existing && existing.state !== 'proposed') {
        alreadyThere++;
        continue;
      }
      if (existing) db.prepare('DELETE FROM mapping WHERE id = ?').run(existing.id);
      db.prepare(
        `INSERT INTO mapping(requirement_id, provision_id, version_id, unit_number, numbers, origin, state, relation, score, rank,
           evidence, run_id, created_at, created_by, decided_by, decided_at, note, carried_from, rereview)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        m.requirement_id,
        target.id,
        newVersionId,
        unitRow.number,
        JSON.stringify([unitRow.number]),
        m.origin,
        m.state,
        m.relation,
        m.score,
        m.rank,
        changed ? '[]' : m.evidence,
        now,
        actor,
        m.decided_by,
        m.decided_at,
        m.note,
        m.id,
        reason,
      );
      carried++;
      if (changed) {
        rereview++;
        toReview.add(m.requirement_id);
      }
    }
    const mark = db.prepare('UPDATE requirement_assessment SET rereview = ? WHERE requirement_id = ?');
    for (const r of toReview) mark.run(`The provisions changed in ${newVersion.label}`, r);
    audit(db, {
      actor,
      action: 'carry-review',
      entity: 'act_version',
      entityId: newVersionId,
      detail: { from: oldVersionId, carried, rereview, alreadyThere, requirements: [...toReview] },
    });
  })();
  return { carried, rereview, alreadyThere, requirementsToReview: [...toReview].sort() };
}
