import type { SourceDocument } from '../../../shared/domain/source';
import type { LanguageCode } from '../../../shared/domain/source';
import type { Provision, ProvisionTree } from '../../../shared/domain/provision';
import type { ActView, ProvisionEdit, ProvisionList, VersionStatus } from '../../../shared/api/act-schemas';
import { AppError } from '../../../shared/api/errors';
import { assignUnits, citableUnits } from '../../../shared/domain/units';
import { planProvisionEdit, type RowChange, type StoredProvision } from '../../../shared/domain/provision-edit';
import { detectedKinds, recordedKinds } from './act-kinds';
import { audit } from './assessment-repo';
import { writeTransaction, type Db } from './sqlite';

/* Acts, their versions and provision trees in an assessment file. The handle comes first. */

export interface StoreVersionInput {
  /** Add to this act as its next version; absent: create the act. */
  actId?: number;
  title: string;
  year: number | null;
  language: LanguageCode;
  detectedLanguage: LanguageCode | null;
  label?: string;
  status: VersionStatus;
  source: SourceDocument;
  sha256: string | null;
  tree: ProvisionTree;
  actor: string;
}

/** Lines as stored: "page<TAB>text", page empty when the source has none. */
export function encodeSourceLines(doc: SourceDocument): string {
  return doc.lines.map((l) => `${l.page ?? ''}\t${l.text}`).join('\n');
}

export function decodeSourceLines(encoded: string): SourceDocument['lines'] {
  return encoded.split('\n').map((line) => {
    const tab = line.indexOf('\t');
    const page = line.slice(0, tab);
    return { page: page ? Number(page) : null, text: line.slice(tab + 1) };
  });
}

/** Sections or articles among the citable units (shared/domain/units), and all provisions, of a tree. */
export function countTree(nodes: Provision[]): { units: number; provisions: number } {
  let provisions = 0;
  const walk = (list: Provision[]) => {
    for (const p of list) {
      provisions++;
      walk(p.children);
    }
  };
  walk(nodes);
  return { units: citableUnits(nodes).filter((c) => c.unit.level === 'unit').length, provisions };
}

/**
 * Write the citable unit of every provision of a version (`unit_id`), after an import or a
 * correction of its tree, changing only the rows whose unit differs.
 */
export function writeUnitIds(db: Db, versionId: number): void {
  const rows = db
    .prepare('SELECT id, parent_id AS parentId, level, unit_id AS unitId FROM provision WHERE version_id = ?')
    .all(versionId) as { id: number; parentId: number | null; level: string; unitId: number | null }[];
  const units = assignUnits(rows);
  const set = db.prepare('UPDATE provision SET unit_id = ? WHERE id = ?');
  for (const r of rows) {
    const unit = units.get(r.id) ?? null;
    if (unit !== r.unitId) set.run(unit, r.id);
  }
}

/**
 * Store an imported (and segmented) law as a version of an act, in one transaction: the act,
 * the version with its source text, every provision, the defined terms, and the audit entry.
 * Either all of it is written or none.
 */
export function storeImportedVersion(
  db: Db,
  input: StoreVersionInput,
): { actId: number; versionId: number; units: number; provisions: number } {
  const now = new Date().toISOString();
  return writeTransaction(db, () => {
    let actId = input.actId;
    if (actId === undefined) {
      const ord = (db.prepare('SELECT coalesce(max(ord), -1) + 1 AS n FROM act').get() as { n: number }).n;
      actId = Number(
        db
          .prepare('INSERT INTO act(title, year, language, ord, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
          .run(input.title, input.year, input.language, ord, now, input.actor).lastInsertRowid,
      );
    } else if (!db.prepare('SELECT 1 FROM act WHERE id = ?').get(actId)) {
      throw new AppError('not-found', `No act ${actId} in this assessment`);
    }
    const ordinal = (
      db.prepare('SELECT coalesce(max(ordinal), 0) + 1 AS n FROM act_version WHERE act_id = ?').get(actId) as {
        n: number;
      }
    ).n;
    const versionId = Number(
      db
        .prepare(
          `INSERT INTO act_version(act_id, ordinal, label, status, source_file, source_format, source_sha256,
             source_lines, language, detected_language, imported_at, imported_by)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          actId,
          ordinal,
          input.label || `Version ${ordinal}`,
          input.status,
          input.source.fileName,
          input.source.format,
          input.sha256,
          encodeSourceLines(input.source),
          input.language,
          input.detectedLanguage,
          now,
          input.actor,
        ).lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO provision(version_id, key, parent_id, ord, level, number, label, heading, text, page, line, inserted_number, cross_refs)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const keys = new Set<string>();
    const write = (nodes: Provision[], parentId: number | null) => {
      nodes.forEach((p, ord) => {
        let key = p.id;
        for (let n = 2; keys.has(key); n++) key = `${p.id}~${n}`;
        keys.add(key);
        const crossRefs = p.crossRefs?.length
          ? JSON.stringify(
              p.crossRefs.map((r) => ({
                text: r.text,
                start: r.start,
                number: r.number,
                sub: r.sub,
                targetKey: r.targetId,
              })),
            )
          : null;
        const id = Number(
          insert.run(
            versionId,
            key,
            parentId,
            ord,
            p.level,
            p.number,
            p.label,
            p.heading,
            p.text,
            p.page,
            p.line,
            p.insertedNumber ?? null,
            crossRefs,
          ).lastInsertRowid,
        );
        write(p.children, id);
      });
    };
    write(input.tree.children, null);
    writeUnitIds(db, versionId);
    const term = db.prepare(
      'INSERT INTO defined_term(version_id, term, provision_key, definition) VALUES (?, ?, ?, ?)',
    );
    for (const d of input.tree.definitions) term.run(versionId, d.term, d.provisionId, d.definition);
    const counts = countTree(input.tree.children);
    audit(db, {
      actor: input.actor,
      action: 'import',
      entity: 'act_version',
      entityId: versionId,
      detail: { actId, file: input.source.fileName, format: input.source.format, sha256: input.sha256, ...counts },
    });
    db.prepare('UPDATE assessment SET updated_at = ? WHERE id = 1').run(now);
    return { actId, versionId, ...counts };
  });
}

/**
 * Ids of the citable units of a version (shared/domain/units), in the order of the source; with
 * `sectionsOnly`, its sections or articles without the schedules: what the acts list and the
 * dashboard count.
 */
export function unitIds(db: Db, versionId: number, sectionsOnly = false): number[] {
  const rows = db
    .prepare(
      `SELECT id FROM provision WHERE version_id = ? AND unit_id = id ${sectionsOnly ? "AND level = 'unit'" : ''}
       ORDER BY line, id`,
    )
    .all(versionId) as { id: number }[];
  return rows.map((r) => r.id);
}

export function listActs(db: Db): ActView[] {
  const acts = db.prepare('SELECT id, title, year, language FROM act ORDER BY ord, id').all() as {
    id: number;
    title: string;
    year: number | null;
    language: LanguageCode;
  }[];
  const versions = db
    .prepare(
      `SELECT v.*, (SELECT count(*) FROM provision p WHERE p.version_id = v.id) AS provision_count,
         (SELECT count(*) FROM provision p WHERE p.version_id = v.id AND p.unit_id = p.id AND p.level = 'unit') AS unit_count
       FROM act_version v ORDER BY v.act_id, v.ordinal`,
    )
    .all() as {
    id: number;
    act_id: number;
    ordinal: number;
    label: string;
    status: VersionStatus;
    source_file: string | null;
    source_format: string | null;
    language: LanguageCode;
    detected_language: LanguageCode | null;
    imported_at: string;
    imported_by: string;
    provision_count: number;
    unit_count: number;
  }[];
  const kinds = recordedKinds(db);
  return acts.map((a) => ({
    ...a,
    versions: versions
      .filter((v) => v.act_id === a.id)
      .map((v) => ({
        id: v.id,
        ordinal: v.ordinal,
        label: v.label,
        status: v.status,
        sourceFile: v.source_file,
        sourceFormat: v.source_format,
        language: v.language,
        detectedLanguage: v.detected_language,
        importedAt: v.imported_at,
        importedBy: v.imported_by,
        unitCount: v.unit_count,
        provisionCount: v.provision_count,
      })),
    kinds: kinds.get(a.id) ?? null,
    detectedKinds: detectedKinds(db, a),
  }));
}

/** A provision row as the table holds it: the stored provision with its parent, amendment, cross-references and unit. */
interface ProvisionDbRow extends Omit<StoredProvision, 'parentId'> {
  parent_id: number | null;
  inserted_number: string | null;
  cross_refs: string | null;
  unit_id: number | null;
}

function loadRows(db: Db, versionId: number): ProvisionDbRow[] {
  return db.prepare('SELECT * FROM provision WHERE version_id = ?').all(versionId) as (ProvisionDbRow & {
    version_id: number;
  })[];
}

/** The rows under each parent id, in order (`ord`). */
function childrenByParent(rows: ProvisionDbRow[]): Map<number | null, ProvisionDbRow[]> {
  const byParent = new Map<number | null, ProvisionDbRow[]>();
  for (const r of rows) {
    const list = byParent.get(r.parent_id) ?? [];
    list.push(r);
    byParent.set(r.parent_id, list);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.ord - b.ord);
  return byParent;
}

/** Rows in document order (depth-first, by `ord` among siblings), each with its depth. */
function inDocumentOrder(rows: ProvisionDbRow[]): { row: ProvisionDbRow; depth: number }[] {
  const byParent = childrenByParent(rows);
  const out: { row: ProvisionDbRow; depth: number }[] = [];
  const walk = (parent: number | null, depth: number) => {
    for (const r of byParent.get(parent) ?? []) {
      out.push({ row: r, depth });
      walk(r.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

function versionHeader(db: Db, versionId: number) {
  const v = db
    .prepare(
      'SELECT v.id, v.label, v.language, a.title FROM act_version v JOIN act a ON a.id = v.act_id WHERE v.id = ?',
    )
    .get(versionId) as { id: number; label: string; language: LanguageCode; title: string } | undefined;
  if (!v) throw new AppError('not-found', `No act version ${versionId} in this assessment`);
  return v;
}

/** The terms a version's definitions unit defines, in the order printed. */
function loadDefinitions(db: Db, versionId: number): ProvisionList['definitions'] {
  const rows = db
    .prepare('SELECT term, provision_key, definition FROM defined_term WHERE version_id = ? ORDER BY rowid')
    .all(versionId) as { term: string; provision_key: string; definition: string }[];
  return rows.map((d) => ({ term: d.term, provisionKey: d.provision_key, definition: d.definition }));
}

export function getProvisions(db: Db, versionId: number): ProvisionList {
  const v = versionHeader(db, versionId);
  const rows = inDocumentOrder(loadRows(db, versionId)).map(({ row, depth }) => ({
    id: row.id,
    key: row.key,
    parentId: row.parent_id,
    depth,
    level: row.level,
    number: row.number,
    label: row.label,
    heading: row.heading,
    text: row.text,
    page: row.page,
    insertedNumber: row.inserted_number,
    unitId: row.unit_id,
  }));
  const definitions = loadDefinitions(db, versionId);
  return {
    versionId,
    actTitle: v.title,
    versionLabel: v.label,
    language: v.language,
    rows,
    definitions,
    undoable: undoableCount(db, versionId),
  };
}

function undoableCount(db: Db, versionId: number): number {
  return (
    db
      .prepare('SELECT count(*) AS n FROM provision_edit WHERE version_id = ? AND undone_at IS NULL')
      .get(versionId) as { n: number }
  ).n;
}

const COLUMN_OF: Record<string, string> = { parentId: 'parent_id' };

/** Apply the row changes of a correction to a version's provisions. */
function applyRowChanges(db: Db, versionId: number, changes: RowChange[]): void {
  for (const c of changes) {
    if (c.op === 'update') {
      const columns = Object.keys(c.set);
      if (!columns.length) continue;
      db.prepare(
        `UPDATE provision SET ${columns.map((k) => `${COLUMN_OF[k] ?? k} = @${k}`).join(', ')} WHERE id = @id`,
      ).run({ ...c.set, id: c.id });
    } else if (c.op === 'insert') {
      db.prepare(
        `INSERT INTO provision(version_id, key, parent_id, ord, level, number, label, heading, text, page, line, inserted_number, cross_refs)
         VALUES (@versionId, @key, @parentId, @ord, @level, @number, @label, @heading, @text, @page, @line, NULL, NULL)`,
      ).run({ ...c.row, versionId });
    } else db.prepare('DELETE FROM provision WHERE id = ?').run(c.id);
  }
}

function rowsEqual(a: ProvisionDbRow, b: ProvisionDbRow): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Apply a correction of the segmentation (change a number, label, heading or level; split; merge)
 * in one transaction, logging the rows it changed so it can be undone, and auditing who and when.
 */
export function editProvision(db: Db, edit: ProvisionEdit, actor: string): { versionId: number } {
  return writeTransaction(db, () => {
    const target = db.prepare('SELECT * FROM provision WHERE id = ?').get(edit.provisionId) as
      (ProvisionDbRow & { version_id: number }) | undefined;
    if (!target) throw new AppError('not-found', `No provision ${edit.provisionId}`);
    const versionId = target.version_id;
    const before = new Map(loadRows(db, versionId).map((r) => [r.id, r]));
    const stored = db
      .prepare(
        `SELECT id, key, parent_id AS parentId, ord, level, number, label, heading, text, page, line
         FROM provision WHERE version_id = ?`,
      )
      .all(versionId) as StoredProvision[];
    applyRowChanges(db, versionId, planProvisionEdit(stored, edit));
    writeUnitIds(db, versionId);
    const after = new Map(loadRows(db, versionId).map((r) => [r.id, r]));
    const beforeRows = [...before.values()].filter((r) => !after.has(r.id) || !rowsEqual(r, after.get(r.id)!));
    const afterRows = [...after.values()].filter((r) => !before.has(r.id) || !rowsEqual(r, before.get(r.id)!));
    db.prepare(
      'INSERT INTO provision_edit(version_id, at, actor, kind, before_rows, after_rows) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(versionId, new Date().toISOString(), actor, edit.kind, JSON.stringify(beforeRows), JSON.stringify(afterRows));
    audit(db, { actor, action: `provision-${edit.kind}`, entity: 'provision', entityId: target.id, detail: edit });
    return { versionId };
  });
}

/** Undo the most recent correction of a version that is not yet undone, restoring the rows it changed. */
export function undoProvisionEdit(db: Db, versionId: number, actor: string): { undone: string | null } {
  return writeTransaction(db, () => {
    const last = db
      .prepare('SELECT * FROM provision_edit WHERE version_id = ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1')
      .get(versionId) as { id: number; kind: string; before_rows: string; after_rows: string } | undefined;
    if (!last) return { undone: null };
    const before = JSON.parse(last.before_rows) as ProvisionDbRow[];
    const after = JSON.parse(last.after_rows) as ProvisionDbRow[];
    const beforeIds = new Set(before.map((r) => r.id));
    const exists = db.prepare('SELECT 1 FROM provision WHERE id = ?');
    // Re-create removed rows parents first, then put changed rows back, then drop added rows
    // (by then nothing points at them any more).
    const missing = before.filter((r) => !exists.get(r.id));
    const insert = db.prepare(
      `INSERT INTO provision(id, version_id, key, parent_id, ord, level, number, label, heading, text, page, line, inserted_number, cross_refs)
       VALUES (@id, ${versionId}, @key, @parent_id, @ord, @level, @number, @label, @heading, @text, @page, @line, @inserted_number, @cross_refs)`,
    );
    const pending = [...missing];
    while (pending.length) {
      const i = pending.findIndex((r) => r.parent_id === null || exists.get(r.parent_id));
      if (i < 0) throw new AppError('internal', 'Cannot restore the provision tree for undo');
      insert.run(pending.splice(i, 1)[0]!);
    }
    const update = db.prepare(
      `UPDATE provision SET key = @key, parent_id = @parent_id, ord = @ord, level = @level, number = @number, label = @label,
         heading = @heading, text = @text, page = @page, line = @line, inserted_number = @inserted_number, cross_refs = @cross_refs WHERE id = @id`,
    );
    for (const r of before) if (!missing.includes(r)) update.run(r);
    for (const r of after) if (!beforeIds.has(r.id)) db.prepare('DELETE FROM provision WHERE id = ?').run(r.id);
    writeUnitIds(db, versionId);
    db.prepare('UPDATE provision_edit SET undone_at = ?, undone_by = ? WHERE id = ?').run(
      new Date().toISOString(),
      actor,
      last.id,
    );
    audit(db, {
      actor,
      action: 'provision-undo',
      entity: 'provision_edit',
      entityId: last.id,
      detail: { kind: last.kind },
    });
    return { undone: last.kind };
  });
}

/** Stored rows as the segmenter's provisions (ids are the stored keys), from the children of `parent` down. */
function toProvisions(rows: ProvisionDbRow[], parent: number | null, path: string[]): Provision[] {
  const byParent = childrenByParent(rows);
  const keyOf = new Map(rows.map((r) => [r.id, r.key]));
  const build = (parent: number | null, path: string[]): Provision[] =>
    (byParent.get(parent) ?? []).map((r) => ({
      id: r.key,
      level: r.level,
      number: r.number,
      label: r.label,
      heading: r.heading,
      text: r.text,
      path,
      page: r.page,
      line: r.line ?? 0,
      ...(r.inserted_number ? { insertedNumber: r.inserted_number } : {}),
      ...(r.cross_refs
        ? {
            crossRefs: (
              JSON.parse(r.cross_refs) as {
                text: string;
                start: number;
                number: string;
                sub: string[];
                targetKey: string | null;
              }[]
            ).map((c) => ({
              text: c.text,
              start: c.start,
              number: c.number,
              sub: c.sub,
              targetId: c.targetKey,
            })),
          }
        : {}),
      children: build(r.id, [...path, keyOf.get(r.id)!]),
    }));
  return build(parent, path);
}

/**
 * A citable unit (or any provision) of a stored version with everything below it, in the
 * segmenter's shape; null when there is no such row. A unit's rows are read by their unit id.
 */
export function loadSubtree(db: Db, provisionId: number): Provision | null {
  let rows = db.prepare('SELECT * FROM provision WHERE unit_id = ?').all(provisionId) as ProvisionDbRow[];
  if (!rows.some((r) => r.id === provisionId))
    rows = db
      .prepare(
        `WITH RECURSIVE below(id, version_id) AS (SELECT id, version_id FROM provision WHERE id = ?
           UNION ALL SELECT c.id, c.version_id FROM provision c JOIN below b
             ON c.version_id = b.version_id AND c.parent_id = b.id)
         SELECT p.* FROM provision p JOIN below b ON b.id = p.id`,
      )
      .all(provisionId) as ProvisionDbRow[];
  const root = rows.find((r) => r.id === provisionId);
  return root ? toProvisions(rows, root.parent_id, [])[0]! : null;
}

/**
 * The provision tree of a stored version as the segmenter's shape (ids are the stored keys), so
 * the analysis sees the law as the user corrected it, not as it was first segmented.
 */
export function loadProvisionTree(db: Db, versionId: number): ProvisionTree {
  const v = versionHeader(db, versionId);
  const rows = loadRows(db, versionId);
  const definitions = loadDefinitions(db, versionId).map((d) => ({
    term: d.term,
    provisionId: d.provisionKey,
    definition: d.definition,
  }));
  const definitionsUnit = definitions.length
    ? (rows.find((r) => r.key === definitions[0]!.provisionId)?.key ?? null)
    : null;
  return {
    language: v.language,
    children: toProvisions(rows, null, []),
    definitions,
    definitionsUnitId: definitionsUnit,
    tableOfContentsSkipped: false,
    warnings: [],
  };
}

/** The latest version of every act, in act order: what an analysis looks at by default. */
export function latestVersions(
  db: Db,
): { versionId: number; actId: number; actTitle: string; sourceFile: string | null; language: LanguageCode }[] {
  return db
    .prepare(
      `SELECT v.id AS versionId, a.id AS actId, a.title AS actTitle, v.source_file AS sourceFile, v.language
       FROM act a JOIN act_version v ON v.act_id = a.id
       WHERE v.ordinal = (SELECT max(ordinal) FROM act_version WHERE act_id = a.id)
       ORDER BY a.ord, a.id`,
    )
    .all() as {
    versionId: number;
    actId: number;
    actTitle: string;
    sourceFile: string | null;
    language: LanguageCode;
  }[];
}
