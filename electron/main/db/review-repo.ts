import { buildUnitText } from '../../../shared/analysis/corpus';
import type { ReasonParams } from '../../../shared/analysis/types';
import type { Dashboard, MappingView, ProvisionHit, ReviewDetail, ReviewRow } from '../../../shared/api/review-schemas';
import { AppError } from '../../../shared/api/errors';
import type { RequirementStatus } from '../../../shared/domain/status';
import { citationOf, type CitationStep } from '../../../shared/domain/units';
import type { ReferenceLibrary } from '../../../shared/reference/types';
import { assembleDashboard, type MappingCell } from '../../../shared/review/dashboard';
import { assembleReviewDetail } from '../../../shared/review/detail';
import { assembleReviewRows, type MappingSummary, type RequirementAssessment } from '../../../shared/review/rows';
import { fold, foldedWords } from '../../../shared/text/fold';
import { audit } from './assessment-repo';
import { latestVersions, loadSubtree, unitIds } from './act-repo';
import { provisionMappings } from './provision-mappings';
import { writeTransaction, type Db } from './sqlite';

/* The review of an analysis: requirement decisions and mappings, read as domain types for the
   assemblers of shared/review, and the writes of the review pane. */

/** A requirement_assessment row read as the domain type. */
const ASSESSMENT = `SELECT requirement_id AS requirementId, proposed_status AS proposedStatus,
    proposed_confidence AS proposedConfidence, proposed_reason AS proposedReason,
    proposed_reason_code AS proposedReasonCode, proposed_reason_params AS proposedReasonParams, status, finding,
    recommendation, proposed_wording AS proposedWording, reviewed_by AS reviewedBy, reviewed_at AS reviewedAt
  FROM requirement_assessment`;

/**
 * Joins, for the provision `p` of a row, the citable unit `u` it belongs to (the provision itself
 * when it stands outside every unit), so a match on subsection 13(2) reads "s. 13 — Restitution".
 */
const CITED_UNIT = 'LEFT JOIN provision u ON u.id = coalesce(p.unit_id, p.id)';

/** The columns a row joined through {@link CITED_UNIT} carries about the provision it cites. */
interface CitedColumns {
  provision_id: number | null;
  heading: string | null;
  version_id: number | null;
}

/** How a row cites its provision: the citation, the heading of its unit and the version it is in. */
function cited(row: CitedColumns, cite: (provisionId: number) => string | null) {
  return {
    citation: row.provision_id ? cite(row.provision_id) : null,
    unitHeading: row.provision_id ? row.heading : null,
    versionId: row.provision_id ? row.version_id : null,
  };
}

/** Every analysed requirement with its proposal, decision and mapping counts, in library order. */
export function listReview(db: Db, lib: ReferenceLibrary, requirementId?: string): ReviewRow[] {
  // One requirement's row (the review pane's) reads only its own assessment and mappings.
  const one = requirementId === undefined ? '' : 'WHERE requirement_id = ?';
  const ids = requirementId === undefined ? [] : [requirementId];
  const assessments = db.prepare(`${ASSESSMENT} ${one}`).all(...ids) as RequirementAssessment[];
  const mappings = db
    .prepare(
      `SELECT m.requirement_id AS requirementId, m.state, m.unit_number AS unitNumber, m.rank, m.score,
         u.heading, u.version_id AS versionId
       FROM mapping m LEFT JOIN provision p ON p.id = m.provision_id ${CITED_UNIT}
       ${one && 'WHERE m.requirement_id = ?'}
       ORDER BY m.requirement_id, m.state = 'accepted' DESC, m.rank, m.id`,
    )
    .all(...ids) as MappingSummary[];
  return assembleReviewRows(lib, assessments, mappings);
}

function mappingViews(db: Db, requirementId: string): MappingView[] {
  const rows = db
    .prepare(
      `SELECT m.*, p.key AS provision_key, a.title AS act_title
       FROM mapping m JOIN act_version v ON v.id = m.version_id JOIN act a ON a.id = v.act_id
       LEFT JOIN provision p ON p.id = m.provision_id
       WHERE m.requirement_id = ? ORDER BY m.state = 'rejected', m.state = 'proposed', coalesce(m.rank, 99), m.id`,
    )
    .all(requirementId) as {
    id: number;
    provision_id: number | null;
    provision_key: string | null;
    version_id: number;
    act_title: string;
    unit_number: string;
    numbers: string;
    origin: 'auto' | 'manual';
    state: 'proposed' | 'accepted' | 'rejected';
    relation: MappingView['relation'];
    score: number | null;
    evidence: string;
    note: string | null;
    created_by: string;
    created_at: string;
    decided_by: string | null;
    decided_at: string | null;
  }[];
  const unitOfKey = db.prepare('SELECT coalesce(unit_id, id) AS id FROM provision WHERE version_id = ? AND key = ?');
  return rows.map((m) => {
    const evidence = JSON.parse(m.evidence) as { text: string; start: number; end: number; unit?: string }[];
    const unitKey = evidence[0]?.unit ?? m.provision_key;
    const unitRow = unitKey ? (unitOfKey.get(m.version_id, unitKey) as { id: number } | undefined) : undefined;
    const unit = unitRow ? loadSubtree(db, unitRow.id) : null;
    return {
      id: m.id,
      provisionId: m.provision_id,
      versionId: m.version_id,
      actTitle: m.act_title,
      unitNumber: m.unit_number,
      numbers: JSON.parse(m.numbers) as string[],
      label: unit?.label ?? '',
      heading: unit?.heading ?? null,
      text: unit ? buildUnitText(unit).text : '',
      origin: m.origin,
      state: m.state,
      relation: m.relation,
      score: m.score,
      evidence: evidence.map((e) => ({ text: e.text, start: e.start, end: e.end })),
      note: m.note,
      createdBy: m.created_by,
      createdAt: m.created_at,
      decidedBy: m.decided_by,
      decidedAt: m.decided_at,
    };
  });
}

/** How a provision is cited ("3(1)(h)"; see citationOf), from its row and the rows above it. */
function provisionCitation(db: Db): (provisionId: number) => string | null {
  const row = db.prepare(
    'SELECT parent_id AS parentId, level, number, inserted_number AS insertedNumber FROM provision WHERE id = ?',
  );
  return (provisionId) => {
    const steps: CitationStep[] = [];
    for (let id: number | null = provisionId; id !== null;) {
      const p = row.get(id) as (CitationStep & { parentId: number | null }) | undefined;
      if (!p) break;
      steps.push(p);
      id = p.parentId;
    }
    return citationOf(steps);
  };
}

/** Everything the review pane shows for one requirement. */
export function getReviewDetail(db: Db, lib: ReferenceLibrary, requirementId: string): ReviewDetail {
  const [row] = listReview(db, lib, requirementId);
  const a = db.prepare(`${ASSESSMENT} WHERE requirement_id = ?`).get(requirementId) as
    RequirementAssessment | undefined;
  if (!row || !a)
    throw new AppError('not-found', `Requirement ${requirementId} has not been analysed in this assessment`);
  const cite = provisionCitation(db);
  const elements = (
    db
      .prepare(
        `SELECT e.element_id, e.present, e.note, e.provision_id, u.heading, u.version_id
         FROM element_assessment e LEFT JOIN provision p ON p.id = e.provision_id ${CITED_UNIT}
         WHERE e.requirement_id = ?`,
      )
      .all(requirementId) as ({ element_id: string; present: number; note: string } & CitedColumns)[]
  ).map((e) => ({
    elementId: e.element_id,
    present: e.present === 1,
    note: e.note,
    ...cited(e, cite),
  }));
  const findings = (
    db
      .prepare(
        `SELECT f.code, f.message, f.provision_id, f.params, u.heading, u.version_id
         FROM finding f LEFT JOIN provision p ON p.id = f.provision_id ${CITED_UNIT}
         WHERE f.requirement_id = ? ORDER BY f.id`,
      )
      .all(requirementId) as ({ code: string; message: string; params: string | null } & CitedColumns)[]
  ).map((f) => ({
    code: f.code,
    message: f.message,
    params: f.params ? (JSON.parse(f.params) as ReasonParams) : null,
    ...cited(f, cite),
  }));
  return assembleReviewDetail(lib, {
    row,
    assessment: a,
    elements,
    findings,
    mappings: mappingViews(db, requirementId),
  });
}

function touchReviewed(db: Db, requirementId: string, actor: string, now: string): void {
  db.prepare('UPDATE requirement_assessment SET reviewed_by = ?, reviewed_at = ? WHERE requirement_id = ?').run(
    actor,
    now,
    requirementId,
  );
}

/** Accept, reject or reset a mapping, or set its relation or note; the requirement counts as reviewed. */
export function setMapping(
  db: Db,
  change: {
    mappingId: number;
    state?: 'proposed' | 'accepted' | 'rejected';
    relation?: MappingView['relation'];
    note?: string | null;
  },
  actor: string,
): string {
  return writeTransaction(db, () => {
    const before = db
      .prepare('SELECT requirement_id, state, relation, note FROM mapping WHERE id = ?')
      .get(change.mappingId) as
      { requirement_id: string; state: string; relation: string | null; note: string | null } | undefined;
    if (!before) throw new AppError('not-found', `No mapping ${change.mappingId}`);
    const now = new Date().toISOString();
    db.prepare('UPDATE mapping SET state = ?, relation = ?, note = ?, decided_by = ?, decided_at = ? WHERE id = ?').run(
      change.state ?? before.state,
      change.relation === undefined ? before.relation : change.relation,
      change.note === undefined ? before.note : change.note,
      actor,
      now,
      change.mappingId,
    );
    touchReviewed(db, before.requirement_id, actor, now);
    audit(db, {
      actor,
      action: 'mapping-update',
      entity: 'mapping',
      entityId: change.mappingId,
      detail: { before, change },
    });
    return before.requirement_id;
  });
}

/** Map a national provision to a requirement by hand (accepted at once), quoting it as evidence. */
export function addMapping(
  db: Db,
  input: { requirementId: string; provisionId: number; relation: MappingView['relation'] },
  actor: string,
): void {
  writeTransaction(db, () => {
    if (!db.prepare('SELECT 1 FROM requirement_assessment WHERE requirement_id = ?').get(input.requirementId))
      throw new AppError('not-found', `Requirement ${input.requirementId} has not been analysed in this assessment`);
    const p = db
      .prepare(
        `SELECT p.id, p.version_id, p.key, p.number, p.text, u.key AS unit_key, u.number AS unit_number
         FROM provision p LEFT JOIN provision u ON u.id = p.unit_id WHERE p.id = ?`,
      )
      .get(input.provisionId) as
      | {
          id: number;
          version_id: number;
          key: string;
          number: string;
          text: string;
          unit_key: string | null;
          unit_number: string | null;
        }
      | undefined;
    if (!p) throw new AppError('not-found', `No provision ${input.provisionId}`);
    const unit = p.unit_key === null ? null : { id: p.unit_key, number: p.unit_number! };
    const now = new Date().toISOString();
    const existing = db
      .prepare('SELECT id FROM mapping WHERE requirement_id = ? AND provision_id = ?')
      .get(input.requirementId, p.id) as { id: number } | undefined;
    if (existing) {
      db.prepare(
        `UPDATE mapping SET state = 'accepted', relation = ?, decided_by = ?, decided_at = ? WHERE id = ?`,
      ).run(input.relation, actor, now, existing.id);
    } else {
      db.prepare(
        `INSERT INTO mapping(requirement_id, provision_id, version_id, unit_number, numbers, origin, state, relation, score, rank, evidence, run_id, created_at, created_by, decided_by, decided_at)
         VALUES (?, ?, ?, ?, ?, 'manual', 'accepted', ?, NULL, NULL, ?, NULL, ?, ?, ?, ?)`,
      ).run(
        input.requirementId,
        p.id,
        p.version_id,
        unit?.number ?? p.number,
        JSON.stringify([unit?.number ?? p.number]),
        input.relation,
        JSON.stringify([
          { text: p.text.slice(0, 300), start: 0, end: Math.min(300, p.text.length), unit: unit?.id ?? p.key },
        ]),
        now,
        actor,
        actor,
        now,
      );
    }
    touchReviewed(db, input.requirementId, actor, now);
    audit(db, { actor, action: 'mapping-add', entity: 'mapping', entityId: input.requirementId, detail: input });
  });
}

/** Set the reviewer's status, finding, recommendation or proposed wording for a requirement. */
export function setAssessment(
  db: Db,
  input: {
    requirementId: string;
    status?: RequirementStatus | null;
    finding?: string | null;
    recommendation?: string | null;
    proposedWording?: string | null;
  },
  actor: string,
): void {
  writeTransaction(db, () => {
    const before = db
      .prepare(
        'SELECT status, finding, recommendation, proposed_wording FROM requirement_assessment WHERE requirement_id = ?',
      )
      .get(input.requirementId) as
      | {
          status: string | null;
          finding: string | null;
          recommendation: string | null;
          proposed_wording: string | null;
        }
      | undefined;
    if (!before)
      throw new AppError('not-found', `Requirement ${input.requirementId} has not been analysed in this assessment`);
    if (input.status === 'compliant') {
      const linked = db
        .prepare(`SELECT count(*) AS n FROM mapping WHERE requirement_id = ? AND state = 'accepted'`)
        .get(input.requirementId) as { n: number };
      if (linked.n === 0)
        throw new AppError(
          'invalid-request',
          'Accept or add the national provision that implements it before marking a requirement compliant',
        );
    }
    const pick = <T>(value: T | undefined, old: T): T => (value === undefined ? old : value);
    const now = new Date().toISOString();
    db.prepare(
      'UPDATE requirement_assessment SET status = ?, finding = ?, recommendation = ?, proposed_wording = ?, reviewed_by = ?, reviewed_at = ? WHERE requirement_id = ?',
    ).run(
      pick(input.status, before.status),
      pick(input.finding, before.finding),
      pick(input.recommendation, before.recommendation),
      pick(input.proposedWording, before.proposed_wording),
      actor,
      now,
      input.requirementId,
    );
    audit(db, {
      actor,
      action: 'assessment-update',
      entity: 'requirement_assessment',
      entityId: input.requirementId,
      detail: { before, change: input },
    });
  });
}

/** A word as an FTS5 phrase: quoted, so that its characters are never read as query syntax. */
const phrase = (word: string) => `"${word.replace(/"/g, '""')}"`;

/**
 * Ids of the units of a version with a provision holding each word, found in the full-text
 * index; null when no word is long enough for it (three characters), and every unit is a candidate.
 */
function unitsHolding(db: Db, versionId: number, query: string): Set<number> | null {
  const words = query.split(/[^\p{L}\p{N}]+/u).filter((w) => [...w].length >= 3);
  if (!words.length) return null;
  const holding = db.prepare(
    `SELECT DISTINCT p.unit_id AS id FROM provision_search s JOIN provision p ON p.id = s.rowid
     WHERE provision_search MATCH ? AND p.version_id = ? AND p.unit_id IS NOT NULL`,
  );
  const sets = words.map((w) => new Set((holding.all(phrase(w), versionId) as { id: number }[]).map((r) => r.id)));
  return new Set([...sets[0]!].filter((id) => sets.every((ids) => ids.has(id))));
}

/** Units of the latest versions whose text contains every word of the query, in the order of the laws. */
export function searchProvisions(db: Db, query: string, limit: number): ProvisionHit[] {
  const words = foldedWords(query);
  if (!words.length) return [];
  const hits: ProvisionHit[] = [];
  for (const v of latestVersions(db)) {
    const candidates = unitsHolding(db, v.versionId, query);
    for (const id of unitIds(db, v.versionId)) {
      if (candidates && !candidates.has(id)) continue;
      const u = loadSubtree(db, id)!;
      const text = buildUnitText(u).text;
      // The index finds the words in some provision of the unit; the unit as a whole must hold them all.
      const folded = fold(`${u.label} ${u.heading ?? ''} ${text}`);
      if (!words.every((w) => folded.includes(w))) continue;
      const at = Math.max(0, fold(text).indexOf(words[0]!) - 60);
      hits.push({
        provisionId: id,
        versionId: v.versionId,
        actTitle: v.actTitle,
        unitNumber: u.number,
        label: u.label,
        heading: u.heading,
        snippet: `${at > 0 ? '…' : ''}${text.slice(at, at + 220)}${at + 220 < text.length ? '…' : ''}`,
      });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

/** Coverage per instrument by obligation and chapter, the requirements × acts matrix, unmapped units. */
export function dashboard(db: Db, lib: ReferenceLibrary): Dashboard {
  const cells = (
    db
      .prepare(
        `SELECT requirement_id, version_id, max(state = 'accepted') AS accepted, max(state = 'proposed') AS proposed
         FROM mapping GROUP BY requirement_id, version_id`,
      )
      .all() as { requirement_id: string; version_id: number; accepted: number; proposed: number }[]
  ).map((c): MappingCell => ({
    requirementId: c.requirement_id,
    versionId: c.version_id,
    accepted: c.accepted === 1,
    proposed: c.proposed === 1,
  }));
  // Mappings are attached to the unit containing their provision, as the law view colours them,
  // so a match in an inserted section or a subsection counts for the section that holds it.
  const acts = latestVersions(db).map((v) => ({
    versionId: v.versionId,
    title: v.actTitle,
    units: unitIds(db, v.versionId, true),
    mappedUnits: new Set(provisionMappings(db, v.versionId).map((m) => m.provisionId)),
  }));
  return assembleDashboard(listReview(db, lib), acts, cells);
}
