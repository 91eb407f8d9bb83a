import { buildUnitText } from '../../../shared/analysis/corpus';
import type { ElementResult, Finding, RequirementStatus } from '../../../shared/analysis/types';
import { citableUnits, unitsById } from '../../../shared/domain/units';
import type { ReferenceLibrary } from '../../../shared/reference/types';
import { listRequirements } from '../../../shared/reference/library';
import type { ReportCitation, ReportInput } from '../../../shared/report/input';
import { UNREVIEWED_CITATIONS, citationOf } from '../../../shared/report/from-analysis';
import { AppError } from '../../../shared/api/errors';
import { latestVersions, loadProvisionTree } from '../db/act-repo';
import { readAssessmentSummary } from '../db/assessment-repo';
import type { Db } from '../db/sqlite';

/**
 * Gather everything a report needs from an assessment file: the acts with their exact versions,
 * and for each analysed requirement the final status (the reviewer's, else the proposal),
 * the accepted provisions (or the best proposals when unreviewed), elements, findings, the
 * reviewer's finding and recommendation, and any proposed replacement wording.
 */
export function reportInputFromAssessment(db: Db, path: string, library: ReferenceLibrary): ReportInput {
  const summary = readAssessmentSummary(db, path);
  const run = db.prepare('SELECT at FROM analysis_run ORDER BY id DESC LIMIT 1').get() as { at: string } | undefined;
  if (!run) throw new AppError('invalid-request', 'Run the analysis before exporting a report');
  const versions = latestVersions(db);
  const versionMeta = new Map(
    (
      db
        .prepare(
          `SELECT v.id, v.label, v.status, v.source_file, v.imported_at, v.language, a.title, a.year
           FROM act_version v JOIN act a ON a.id = v.act_id`,
        )
        .all() as {
        id: number;
        label: string;
        status: ReportInput['acts'][number]['versionStatus'];
        source_file: string | null;
        imported_at: string;
        language: 'en' | 'fr' | 'es';
        title: string;
        year: number | null;
      }[]
    ).map((v) => [v.id, v]),
  );
  const loaded = new Map(versions.map((v) => [v.versionId, loadProvisionTree(db, v.versionId).children]));
  const trees = new Map([...loaded].map(([id, tree]) => [id, { unitOf: unitsById(tree) }]));
  const keyOf = db.prepare('SELECT key FROM provision WHERE id = ?');
  const requirements = listRequirements(library);
  const assessments = new Map(
    (
      db.prepare('SELECT * FROM requirement_assessment').all() as {
        requirement_id: string;
        proposed_status: RequirementStatus;
        proposed_confidence: number;
        proposed_reason: string;
        status: RequirementStatus | null;
        finding: string | null;
        recommendation: string | null;
        proposed_wording: string | null;
        reviewed_at: string | null;
      }[]
    ).map((a) => [a.requirement_id, a]),
  );
  const mappings = db
    .prepare(
      `SELECT * FROM mapping WHERE state <> 'rejected' ORDER BY requirement_id, state = 'accepted' DESC, coalesce(rank, 99), id`,
    )
    .all() as {
    requirement_id: string;
    provision_id: number | null;
    version_id: number;
    numbers: string;
    origin: 'auto' | 'manual';
    state: string;
    relation: ReportCitation['relation'];
  }[];
  const elements = db.prepare('SELECT * FROM element_assessment').all() as {
    requirement_id: string;
    element_id: string;
    present: number;
    provision_id: number | null;
    span: string | null;
    note: string;
  }[];
  const findings = db.prepare('SELECT requirement_id, code, message, provision_id FROM finding ORDER BY id').all() as {
    requirement_id: string;
    code: Finding['code'];
    message: string;
    provision_id: number | null;
  }[];

  const cite = (m: (typeof mappings)[number]): ReportCitation | null => {
    const v = versionMeta.get(m.version_id);
    const key = m.provision_id ? (keyOf.get(m.provision_id) as { key: string } | undefined)?.key : undefined;
    const unit = key ? trees.get(m.version_id)?.unitOf.get(key) : undefined;
    if (!v || !unit) return null;
    const numbers = JSON.parse(m.numbers) as string[];
    return {
      act: String(m.version_id),
      citation: citationOf(v.title, unit.label, numbers),
      numbers,
      text: buildUnitText(unit).text,
      origin: m.origin,
      accepted: m.state === 'accepted',
      relation: m.relation,
    };
  };

  return {
    assessment: {
      country: summary.country,
      title: summary.title,
      assessor: summary.assessor,
      createdAt: summary.createdAt,
    },
    acts: versions.map((v) => {
      const meta = versionMeta.get(v.versionId)!;
      return {
        key: String(v.versionId),
        title: meta.title,
        year: meta.year,
        language: meta.language,
        versionLabel: meta.label,
        versionStatus: meta.status,
        sourceFile: meta.source_file,
        importedAt: meta.imported_at,
        units: citableUnits(loaded.get(v.versionId) ?? []).map(({ unit: u }) => ({
          number: u.number,
          label: u.label,
          text: buildUnitText(u).text,
        })),
      };
    }),
    instruments: summary.instruments,
    library,
    analysis: {
      generatedAt: run.at,
      reviewedCount: [...assessments.values()].filter((a) => a.reviewed_at).length,
      totalCount: assessments.size,
    },
    requirements: requirements
      .filter((r) => assessments.has(r.id))
      .map((r) => {
        const a = assessments.get(r.id)!;
        const reviewed = a.reviewed_at !== null;
        const mine = mappings.filter((m) => m.requirement_id === r.id);
        const accepted = mine.filter((m) => m.state === 'accepted');
        const chosen = reviewed ? accepted : mine.slice(0, UNREVIEWED_CITATIONS);
        const citations = chosen.map(cite).filter((c): c is ReportCitation => c !== null);
        const elementResults: ElementResult[] = elements
          .filter((e) => e.requirement_id === r.id)
          .map((e) => ({
            id: e.element_id,
            present: e.present === 1,
            act: null,
            provision: e.provision_id
              ? ((keyOf.get(e.provision_id) as { key: string } | undefined)?.key ?? null)
              : null,
            unit: null,
            number: null,
            span: e.span ? (JSON.parse(e.span) as [number, number]) : null,
            note: e.note,
          }));
        return {
          id: r.id,
          instrument: r.instrument,
          ref: r.ref,
          obligation: r.obligation,
          status: a.status ?? a.proposed_status,
          reviewed,
          confidence: a.proposed_confidence,
          reason: a.proposed_reason,
          finding: a.finding,
          recommendation: a.recommendation,
          // Wording for a requirement with no national provision is a new provision: all insertion.
          amendment: a.proposed_wording
            ? citations[0]
              ? { citation: citations[0].citation, original: citations[0].text, proposed: a.proposed_wording }
              : { citation: null, original: '', proposed: a.proposed_wording }
            : null,
          citations,
          elements: elementResults,
          findings: findings
            .filter((f) => f.requirement_id === r.id)
            .map((f) => ({
              code: f.code,
              message: f.message,
              provision: f.provision_id
                ? ((keyOf.get(f.provision_id) as { key: string } | undefined)?.key ?? null)
                : null,
            })),
        };
      }),
  };
}
