import { basename } from 'node:path';
import type { AssessmentSummary, NewAssessment } from '../../../shared/api/schemas';
import { writeTransaction, type Db } from './sqlite';

/* Reads and writes of an assessment file's own tables. The handle comes first (tests pass their own). */

/** Record a change in the audit trail: who did what to which entity, and when. */
export function audit(
  db: Db,
  entry: { actor: string; action: string; entity: string; entityId?: string | number | null; detail?: unknown },
): void {
  db.prepare('INSERT INTO audit_log(at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    new Date().toISOString(),
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId == null ? null : String(entry.entityId),
    entry.detail === undefined ? null : JSON.stringify(entry.detail),
  );
}

/** Write the assessment's own record into a freshly created file. */
export function initAssessment(db: Db, input: Omit<NewAssessment, 'path'>, actor: string): void {
  const now = new Date().toISOString();
  writeTransaction(db, () => {
    db.prepare(
      'INSERT INTO assessment(id, country, title, assessor, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)',
    ).run(input.country.trim(), input.title.trim(), input.assessor.trim(), now, now);
    const ins = db.prepare('INSERT INTO assessment_instrument(instrument_id, ord) VALUES (?, ?)');
    [...new Set(input.instruments)].forEach((id, i) => ins.run(id, i));
    if (input.obligations)
      db.prepare('UPDATE assessment SET obligations = ? WHERE id = 1').run(JSON.stringify(input.obligations));
    db.prepare(`INSERT INTO meta(key, value) VALUES ('created_by_app', ?)`).run('LexGap');
    audit(db, { actor, action: 'create', entity: 'assessment', entityId: 1, detail: { ...input } });
  });
}

export function readAssessmentSummary(
  db: Db,
  path: string,
  extra: {
    upgradedFrom: number | null;
    backupPath: string | null;
    readOnly?: boolean;
    lockedBy?: { user: string; host: string; since: string } | null;
  } = { upgradedFrom: null, backupPath: null },
): AssessmentSummary {
  const row = db.prepare('SELECT * FROM assessment WHERE id = 1').get() as
    | {
        country: string;
        title: string;
        assessor: string;
        created_at: string;
        updated_at: string;
        obligations?: string | null;
      }
    | undefined;
  const instruments = (
    db.prepare('SELECT instrument_id FROM assessment_instrument ORDER BY ord').all() as { instrument_id: string }[]
  ).map((r) => r.instrument_id);
  return {
    path,
    fileName: basename(path),
    country: row?.country ?? '',
    title: row?.title ?? '',
    assessor: row?.assessor ?? '',
    instruments,
    obligations: row?.obligations ? (JSON.parse(row.obligations) as AssessmentSummary['obligations']) : null,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    createdAt: row?.created_at ?? '',
    updatedAt: row?.updated_at ?? '',
    upgradedFrom: extra.upgradedFrom,
    backupPath: extra.backupPath,
    readOnly: extra.readOnly ?? false,
    lockedBy: extra.lockedBy
      ? { user: extra.lockedBy.user, host: extra.lockedBy.host, since: extra.lockedBy.since }
      : null,
  };
}
