import type { AnalysisResult } from '../../../shared/analysis/types';
import { audit } from './assessment-repo';
import type { Db } from './sqlite';

/** How many mapping candidates per requirement are kept as proposals. */
export const PROPOSALS_PER_REQUIREMENT = 5;

export interface StoredRun {
  runId: number;
  requirements: number;
  byStatus: Record<string, number>;
  /** Requirements whose reviewed decisions were kept as they were. */
  keptReviewed: number;
}

/**
 * Store an analysis in the assessment, keeping every human decision: the proposed status,
 * confidence and reason are refreshed, but a reviewer's status, finding and recommendation are
 * never touched; accepted, rejected and hand-made mappings stay as decided (only their score and
 * evidence are refreshed); automatic elements and findings are replaced, manual ones kept.
 * `versionOfAct` maps each result act's `file` to the stored version it was made from.
 */
export function storeAnalysis(
  db: Db,
  result: AnalysisResult,
  versionOfAct: Map<string, number>,
  actor: string,
): StoredRun {
  return db.transaction(() => {
    const now = new Date().toISOString();
    const byStatus: Record<string, number> = {};
    for (const r of result.requirements) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    const runId = Number(
      db
        .prepare(
          'INSERT INTO analysis_run(at, actor, schema, instruments, obligations, version_ids, summary) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          now,
          actor,
          result.schema,
          JSON.stringify(result.instruments),
          null,
          JSON.stringify([...versionOfAct.values()]),
          JSON.stringify(byStatus),
        ).lastInsertRowid,
    );
    const provisionId = db.prepare('SELECT id FROM provision WHERE version_id = ? AND key = ?');
    const idOf = (act: string | null, key: string | null): number | null => {
      if (!act || !key) return null;
      const version = versionOfAct.get(act);
      if (version === undefined) return null;
      return (provisionId.get(version, key) as { id: number } | undefined)?.id ?? null;
    };

    const upsertRequirement = db.prepare(
      `INSERT INTO requirement_assessment(requirement_id, instrument, obligation, run_id, proposed_status, proposed_confidence, proposed_reason, proposed_reason_code, proposed_reason_params)
       VALUES (@id, @instrument, @obligation, @run, @status, @confidence, @reason, @reasonCode, @reasonParams)
       ON CONFLICT(requirement_id) DO UPDATE SET instrument = excluded.instrument, obligation = excluded.obligation,
         run_id = excluded.run_id, proposed_status = excluded.proposed_status,
         proposed_confidence = excluded.proposed_confidence, proposed_reason = excluded.proposed_reason,
         proposed_reason_code = excluded.proposed_reason_code, proposed_reason_params = excluded.proposed_reason_params`,
    );
    const existingMapping = db.prepare(
      'SELECT id, origin, state FROM mapping WHERE requirement_id = ? AND provision_id = ?',
    );
    const insertMapping = db.prepare(
      `INSERT INTO mapping(requirement_id, provision_id, version_id, unit_number, numbers, origin, state, relation, score, rank, evidence, run_id, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, 'auto', 'proposed', NULL, ?, ?, ?, ?, ?, ?)`,
    );
    const refreshMapping = db.prepare(
      'UPDATE mapping SET score = ?, rank = ?, evidence = ?, run_id = ?, unit_number = ?, numbers = ? WHERE id = ?',
    );
    const dropStale = db.prepare(
      `DELETE FROM mapping WHERE requirement_id = ? AND origin = 'auto' AND state = 'proposed' AND (run_id IS NULL OR run_id <> ?)`,
    );
    const upsertElement = db.prepare(
      `INSERT INTO element_assessment(requirement_id, element_id, present, provision_id, span, note, origin)
       VALUES (?, ?, ?, ?, ?, ?, 'auto')
       ON CONFLICT(requirement_id, element_id) DO UPDATE SET present = excluded.present, provision_id = excluded.provision_id,
         span = excluded.span, note = excluded.note WHERE element_assessment.origin = 'auto'`,
    );
    const dropFindings = db.prepare(`DELETE FROM finding WHERE requirement_id = ? AND origin = 'auto'`);
    const insertFinding = db.prepare(
      `INSERT INTO finding(requirement_id, code, message, provision_id, origin, run_id, params) VALUES (?, ?, ?, ?, 'auto', ?, ?)`,
    );
    const reviewed = db.prepare('SELECT reviewed_at FROM requirement_assessment WHERE requirement_id = ?');

    let keptReviewed = 0;
    for (const r of result.requirements) {
      if ((reviewed.get(r.id) as { reviewed_at: string | null } | undefined)?.reviewed_at) keptReviewed++;
      upsertRequirement.run({
        id: r.id,
        instrument: r.instrument,
        obligation: r.obligation,
        run: runId,
        status: r.status,
        confidence: r.confidence,
        reason: r.reason,
        reasonCode: r.reasonCode ?? null,
        reasonParams: r.reasonParams ? JSON.stringify(r.reasonParams) : null,
      });
      r.matches.slice(0, PROPOSALS_PER_REQUIREMENT).forEach((m, rank) => {
        const pid = idOf(m.act, m.provision);
        const version = versionOfAct.get(m.act);
        if (pid === null || version === undefined) return;
        const evidence = JSON.stringify(
          m.evidence.map((e) => ({ text: e.text, start: e.start, end: e.end, unit: m.unit })),
        );
        const found = existingMapping.get(r.id, pid) as { id: number } | undefined;
        if (found) refreshMapping.run(m.score, rank, evidence, runId, m.number, JSON.stringify(m.numbers), found.id);
        else
          insertMapping.run(
            r.id,
            pid,
            version,
            m.number,
            JSON.stringify(m.numbers),
            m.score,
            rank,
            evidence,
            runId,
            now,
            actor,
          );
      });
      dropStale.run(r.id, runId);
      for (const e of r.elements)
        upsertElement.run(
          r.id,
          e.id,
          e.present ? 1 : 0,
          idOf(e.act, e.provision),
          e.span ? JSON.stringify(e.span) : null,
          e.note,
        );
      dropFindings.run(r.id);
      for (const f of r.findings) {
        const actOfFinding =
          r.matches.find((m) => m.provision === f.provision)?.act ?? [...versionOfAct.keys()][0] ?? null;
        insertFinding.run(
          r.id,
          f.code,
          f.message,
          idOf(actOfFinding, f.provision),
          runId,
          f.params ? JSON.stringify(f.params) : null,
        );
      }
    }
    // Requirements the new scope leaves out go, unless someone reviewed them.
    const inScope = new Set(result.requirements.map((r) => r.id));
    const outOfScope = (
      db.prepare('SELECT requirement_id FROM requirement_assessment WHERE reviewed_at IS NULL').all() as {
        requirement_id: string;
      }[]
    ).filter((r) => !inScope.has(r.requirement_id));
    for (const { requirement_id: id } of outOfScope) {
      db.prepare(`DELETE FROM mapping WHERE requirement_id = ? AND origin = 'auto' AND state = 'proposed'`).run(id);
      db.prepare(`DELETE FROM element_assessment WHERE requirement_id = ? AND origin = 'auto'`).run(id);
      db.prepare(`DELETE FROM finding WHERE requirement_id = ? AND origin = 'auto'`).run(id);
      db.prepare('DELETE FROM requirement_assessment WHERE requirement_id = ?').run(id);
    }
    audit(db, {
      actor,
      action: 'analysis-run',
      entity: 'analysis_run',
      entityId: runId,
      detail: { requirements: result.requirements.length, byStatus, keptReviewed },
    });
    return { runId, requirements: result.requirements.length, byStatus, keptReviewed };
  })();
}
