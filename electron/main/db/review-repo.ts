import type { Provision } from '../../../shared/domain/provision';
import { explainFinding, explainReason, labelsFrom } from '../../../shared/analysis/explain';
import type { ReasonParams } from '../../../shared/analysis/types';
import type { ReferenceLibrary, Requirement } from '../../../shared/reference/types';
import { implementedBy, listRequirements } from '../../../shared/reference/library';
import { buildUnitText } from '../../../shared/analysis/corpus';
import type {
  Dashboard,
  MappingView,
  ProvisionHit,
  ReviewDetail,
  ReviewRow,
  RequirementStatusValue,
} from '../../../shared/api/review-schemas';
import { AppError } from '../../../shared/api/errors';
import { audit } from './assessment-repo';
import { latestVersions, loadProvisionTree, primaryUnitIds } from './act-repo';
import { provisionMappings } from './provision-mappings';
import { writeTransaction, type Db } from './sqlite';
import { citableUnit } from './citable-unit';

/** Something said in each interface language. */
const LANGUAGES = ['en', 'fr', 'es'] as const;
function inEveryLanguage(render: (lang: (typeof LANGUAGES)[number]) => string): Record<'en' | 'fr' | 'es', string> {
  return { en: render('en'), fr: render('fr'), es: render('es') };
}

/* The review of an analysis: requirement decisions, mappings, and the dashboard's figures. */

interface AssessmentRow {
  requirement_id: string;
  proposed_status: RequirementStatusValue;
  proposed_confidence: number;
  proposed_reason: string;
  proposed_reason_code: string | null;
  proposed_reason_params: string | null;
  status: RequirementStatusValue | null;
  finding: string | null;
  recommendation: string | null;
  proposed_wording: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
}

const STATUSES: RequirementStatusValue[] = ['compliant', 'partial', 'gap', 'not_applicable', 'not_assessed'];

function requirementIndex(lib: ReferenceLibrary): Map<string, Requirement> {
  return new Map(listRequirements(lib).map((r) => [r.id, r]));
}

/** Every analysed requirement with its proposal, decision and mapping counts, in library order. */
export function listReview(db: Db, lib: ReferenceLibrary): ReviewRow[] {
  const titles = new Map(
    lib.instruments.flatMap((inst) => [
      ...inst.articles.map((a) => [`${inst.id}|${a.number}`, a.titleTranslations] as const),
      ...inst.modelLawArticles.map((m) => [`${inst.id}|${m.number}`, m.titleTranslations] as const),
    ]),
  );
  const chapters = new Map(
    lib.instruments.flatMap((inst) => [
      ...inst.articles.map((a) => [`${inst.id}|${a.number}`, a.chapterTranslations ?? {}] as const),
      ...inst.modelLawArticles.map((m) => [`${inst.id}|${m.number}`, m.chapterTitleTranslations] as const),
    ]),
  );
  const rows = new Map(
    (db.prepare('SELECT * FROM requirement_assessment').all() as AssessmentRow[]).map((r) => [r.requirement_id, r]),
  );
  const mappings = db
    .prepare(
      `SELECT m.requirement_id, m.state, m.unit_number, m.rank, m.score, m.provision_id FROM mapping m
       ORDER BY m.requirement_id, m.state = 'accepted' DESC, m.rank`,
    )
    .all() as {
    requirement_id: string;
    state: 'proposed' | 'accepted' | 'rejected';
    unit_number: string;
    rank: number | null;
    score: number | null;
    provision_id: number | null;
  }[];
  const citedUnit = citableUnit(db);
  const byReq = new Map<string, typeof mappings>();
  for (const m of mappings) {
    const list = byReq.get(m.requirement_id) ?? [];
    list.push(m);
    byReq.set(m.requirement_id, list);
  }
  return listRequirements(lib)
    .filter((r) => rows.has(r.id))
    .map((r) => {
      const a = rows.get(r.id)!;
      const ms = byReq.get(r.id) ?? [];
      const accepted = ms.filter((m) => m.state === 'accepted');
      const proposed = ms.filter((m) => m.state === 'proposed');
      const shown = accepted.length ? accepted : a.reviewed_at ? [] : proposed.slice(0, 1);
      return {
        id: r.id,
        instrument: r.instrument,
        ref: r.ref,
        articleNumber: r.articleNumber,
        articleTitle: r.articleTitle,
        articleTitleTranslations: titles.get(`${r.instrument}|${r.articleNumber}`) ?? {},
        chapter: r.chapter,
        chapterTranslations: chapters.get(`${r.instrument}|${r.articleNumber}`) ?? {},
        obligation: r.obligation,
        proposedStatus: a.proposed_status,
        status: a.status ?? a.proposed_status,
        confidence: a.proposed_confidence,
        reviewed: a.reviewed_at !== null,
        accepted: accepted.length,
        proposed: proposed.length,
        provisions: [...new Set(shown.map((m) => m.unit_number))],
        cited: [...new Map(shown.map((m) => [m.unit_number, m] as const))].map(([number, m]) => ({
          number,
          heading: citedUnit(m.provision_id)?.heading ?? null,
          versionId: citedUnit(m.provision_id)?.versionId ?? null,
          state: m.state === 'accepted' ? ('accepted' as const) : ('proposed' as const),
          score: m.score,
        })),
      };
    });
}

/** The top-level unit containing a provision, as the analysis lists units (unit or schedule not inside another). */
function unitOf(tree: Provision[], key: string): Provision | null {
  let found: Provision | null = null;
  const walk = (nodes: Provision[], unit: Provision | null) => {
    for (const p of nodes) {
      const u = unit ?? (p.level === 'unit' || p.level === 'schedule' ? p : null);
      if (p.id === key) found = u ?? p;
      if (found) return;
      walk(p.children, u);
    }
  };
  walk(tree, null);
  return found;
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
  const trees = new Map<number, Provision[]>();
  return rows.map((m) => {
    if (!trees.has(m.version_id)) trees.set(m.version_id, loadProvisionTree(db, m.version_id).children);
    const evidence = JSON.parse(m.evidence) as { text: string; start: number; end: number; unit?: string }[];
    const unitKey = evidence[0]?.unit ?? m.provision_key;
    const unit = unitKey ? unitOf(trees.get(m.version_id)!, unitKey) : null;
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

/**
 * How a provision is cited: its section or article number followed by the numbers below it,
 * "3(1)(h)", "2(child)"; a unit an amending act inserts is cited by the number it takes.
 */
function provisionCitation(db: Db): (provisionId: number) => string | null {
  const row = db.prepare('SELECT parent_id, level, number, inserted_number FROM provision WHERE id = ?');
  return (provisionId) => {
    const parts: string[] = [];
    for (let id: number | null = provisionId; id !== null;) {
      const p = row.get(id) as
        { parent_id: number | null; level: string; number: string; inserted_number: string | null } | undefined;
      if (!p) break;
      if (p.level === 'unit' || p.level === 'schedule') {
        const own = p.inserted_number ?? p.number;
        return `${own}${parts.map((n) => `(${n})`).join('')}` || null;
      }
      if (p.number) parts.unshift(p.number);
      id = p.parent_id;
    }
    return parts.length ? parts.join(' ') : null;
  };
}

/** Everything the review pane shows for one requirement. */
export function getReviewDetail(db: Db, lib: ReferenceLibrary, requirementId: string): ReviewDetail {
  const row = listReview(db, lib).find((r) => r.id === requirementId);
  const a = db.prepare('SELECT * FROM requirement_assessment WHERE requirement_id = ?').get(requirementId) as
    AssessmentRow | undefined;
  if (!row || !a)
    throw new AppError('not-found', `Requirement ${requirementId} has not been analysed in this assessment`);
  const paragraph = lib.instruments
    .flatMap((i) => i.articles.flatMap((ar) => ar.paragraphs))
    .find((p) => p.id === requirementId);
  const model = lib.instruments.flatMap((i) => i.modelLawArticles).find((m) => m.id === requirementId);
  const links = paragraph ? implementedBy(lib, requirementId) : [];
  const checklist = lib.checklists.find((c) => c.requirementId === requirementId);
  const labels = labelsFrom(lib);
  const elementRows = db
    .prepare(`SELECT element_id, present, note, provision_id FROM element_assessment WHERE requirement_id = ?`)
    .all(requirementId) as { element_id: string; present: number; note: string; provision_id: number | null }[];
  const cite = provisionCitation(db);
  const unitAt = citableUnit(db);
  const findings = (
    db
      .prepare('SELECT code, message, provision_id, params FROM finding WHERE requirement_id = ? ORDER BY id')
      .all(requirementId) as {
      code: string;
      message: string;
      provision_id: number | null;
      params: string | null;
    }[]
  ).map((f) => {
    const params = f.params ? (JSON.parse(f.params) as ReasonParams) : undefined;
    return {
      code: f.code,
      message: f.message,
      messages: inEveryLanguage((lang) =>
        explainFinding({ code: f.code, message: f.message, ...(params ? { params } : {}) }, lang, labels),
      ),
      unitNumber: f.provision_id ? cite(f.provision_id) : null,
      unitHeading: unitAt(f.provision_id)?.heading ?? null,
      versionId: unitAt(f.provision_id)?.versionId ?? null,
    };
  });
  const reasonParams = a.proposed_reason_params ? (JSON.parse(a.proposed_reason_params) as ReasonParams) : undefined;
  const suggestion = links.length
    ? `Bring the national law in line with ${requirementId} drawing on ${links.map((l) => `${l.id.startsWith('model-law-tip') ? 'TIP' : 'SOM'} Model Law art. ${l.number} (${l.title})`).join(', ')}.`
    : null;
  return {
    row,
    text: paragraph?.text ?? model?.summary ?? '',
    translations: paragraph?.translations ?? {},
    obligationNote: paragraph?.obligationNote ?? null,
    proposedReason: a.proposed_reason,
    proposedReasons: inEveryLanguage((lang) =>
      explainReason(
        {
          reason: a.proposed_reason,
          ...(a.proposed_reason_code ? { reasonCode: a.proposed_reason_code } : {}),
          ...(reasonParams ? { reasonParams } : {}),
        },
        lang,
        labels,
      ),
    ),
    finding: a.finding,
    recommendation: a.recommendation,
    proposedWording: a.proposed_wording,
    reviewedBy: a.reviewed_by,
    reviewedAt: a.reviewed_at,
    implementedBy: links.map((l) => ({
      id: l.id,
      instrument: l.id.split(':')[0]!,
      number: l.number,
      title: l.title,
      titleTranslations: l.titleTranslations,
      uncertain: l.uncertain,
      summary: l.summary,
    })),
    suggestedRecommendation: suggestion,
    mappings: mappingViews(db, requirementId),
    elements: (checklist?.groups ?? []).flatMap((g) =>
      g.elements.map((e) => {
        const r = elementRows.find((x) => x.element_id === e.id);
        return {
          id: e.id,
          group: g.id,
          label: e.label,
          present: r?.present === 1,
          unitNumber: r?.provision_id ? cite(r.provision_id) : null,
          unitHeading: unitAt(r?.provision_id ?? null)?.heading ?? null,
          versionId: unitAt(r?.provision_id ?? null)?.versionId ?? null,
          note: r?.note ?? '',
        };
      }),
    ),
    findings,
  };
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
      .prepare('SELECT id, version_id, key, number, text FROM provision WHERE id = ?')
      .get(input.provisionId) as
      { id: number; version_id: number; key: string; number: string; text: string } | undefined;
    if (!p) throw new AppError('not-found', `No provision ${input.provisionId}`);
    const unit = unitOf(loadProvisionTree(db, p.version_id).children, p.key);
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
    status?: RequirementStatusValue | null;
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

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Provisions of the latest versions whose text contains every word of the query. */
export function searchProvisions(db: Db, query: string, limit: number): ProvisionHit[] {
  const words = fold(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (!words.length) return [];
  const versions = latestVersions(db);
  const hits: ProvisionHit[] = [];
  for (const v of versions) {
    const tree = loadProvisionTree(db, v.versionId).children;
    const units: Provision[] = [];
    const walk = (nodes: Provision[]) => {
      for (const p of nodes) {
        if (p.level === 'unit' || p.level === 'schedule') units.push(p);
        else walk(p.children);
      }
    };
    walk(tree);
    const ids = db.prepare('SELECT id FROM provision WHERE version_id = ? AND key = ?');
    for (const u of units) {
      const text = buildUnitText(u).text;
      const folded = fold(`${u.label} ${u.heading ?? ''} ${text}`);
      if (!words.every((w) => folded.includes(w))) continue;
      const at = Math.max(0, fold(text).indexOf(words[0]!) - 60);
      hits.push({
        provisionId: (ids.get(v.versionId, u.id) as { id: number }).id,
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

const zero = (): Record<RequirementStatusValue, number> =>
  Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<RequirementStatusValue, number>;

/** Coverage per instrument by obligation and chapter, the requirements × acts matrix, unmapped units. */
export function dashboard(db: Db, lib: ReferenceLibrary): Dashboard {
  const rows = listReview(db, lib);
  const index = requirementIndex(lib);
  const instruments = [...new Set(rows.map((r) => r.instrument))];
  const byInstrument = instruments.map((instrument) => {
    const mine = rows.filter((r) => r.instrument === instrument);
    const group = (keyOf: (r: ReviewRow) => string) => {
      const out = new Map<string, { counts: Record<RequirementStatusValue, number>; total: number }>();
      for (const r of mine) {
        const k = keyOf(r);
        const g = out.get(k) ?? { counts: zero(), total: 0 };
        g.counts[r.status]++;
        g.total++;
        out.set(k, g);
      }
      return out;
    };
    const order = ['mandatory', 'consider', 'optional', 'definition', 'general'] as const;
    const byObligation = group((r) => r.obligation);
    return {
      instrument,
      byObligation: order.filter((o) => byObligation.has(o)).map((o) => ({ obligation: o, ...byObligation.get(o)! })),
      byChapter: [...group((r) => index.get(r.id)?.chapter ?? '—')].map(([chapter, g]) => ({ chapter, ...g })),
    };
  });
  const versions = latestVersions(db);
  const cells = db
    .prepare(
      `SELECT requirement_id, version_id, max(state = 'accepted') AS accepted, max(state = 'proposed') AS proposed FROM mapping GROUP BY requirement_id, version_id`,
    )
    .all() as { requirement_id: string; version_id: number; accepted: number; proposed: number }[];
  const cellOf = new Map(cells.map((c) => [`${c.requirement_id}|${c.version_id}`, c]));
  const unmapped = versions.map((v) => {
    // Mappings are attached to the unit containing their provision, as the law view colours them,
    // so a match in an inserted section or a subsection counts for the section that holds it.
    const units = primaryUnitIds(db, v.versionId);
    const mapped = new Set(provisionMappings(db, v.versionId).map((m) => m.provisionId));
    return {
      versionId: v.versionId,
      title: v.actTitle,
      units: units.length,
      unmapped: units.filter((id) => !mapped.has(id)).length,
    };
  });
  return {
    analysed: rows.length > 0,
    total: rows.length,
    reviewed: rows.filter((r) => r.reviewed).length,
    byInstrument,
    matrix: {
      acts: versions.map((v) => ({ versionId: v.versionId, title: v.actTitle })),
      rows: rows.map((r) => ({
        requirementId: r.id,
        status: r.status,
        cells: versions.map((v) => {
          const c = cellOf.get(`${r.id}|${v.versionId}`);
          return c?.accepted ? 'accepted' : c?.proposed && !r.reviewed ? 'proposed' : 'none';
        }),
      })),
    },
    unmapped,
  };
}
