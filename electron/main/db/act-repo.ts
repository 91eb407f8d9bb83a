import type { SourceDocument } from '../../../shared/domain/source';
import type { LanguageCode } from '../../../shared/domain/source';
import type { Provision, ProvisionTree } from '../../../shared/domain/provision';
import type {
  ActView,
  ProvisionEdit,
  ProvisionList,
  ProvisionRow,
  VersionStatus,
} from '../../../shared/api/act-schemas';
import { AppError } from '../../../shared/api/errors';
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

/**
 * Primary units (sections or articles not inside another unit: a section an amending act
 * inserts is part of the amending section) and all provisions of a tree.
 */
export function countTree(nodes: Provision[]): { units: number; provisions: number } {
  let units = 0;
  let provisions = 0;
  const walk = (list: Provision[], inUnit: boolean) => {
    for (const p of list) {
      provisions++;
      const isUnit = p.level === 'unit';
      if (isUnit && !inUnit) units++;
      walk(p.children, inUnit || isUnit);
    }
  };
  walk(nodes, false);
  return { units, provisions };
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

/** Ids of the sections or articles of a version not inside another unit (see countTree). */
export function primaryUnitIds(db: Db, versionId: number): number[] {
  const rows = db
    .prepare(
      `WITH RECURSIVE under_unit(id) AS (
         SELECT c.id FROM provision c JOIN provision p ON p.id = c.parent_id
         WHERE p.version_id = @v AND p.level = 'unit'
         UNION SELECT c.id FROM provision c JOIN under_unit u ON c.parent_id = u.id)
       SELECT id FROM provision WHERE version_id = @v AND level = 'unit' AND id NOT IN (SELECT id FROM under_unit)`,
    )
    .all({ v: versionId }) as { id: number }[];
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
      `SELECT v.*, (SELECT count(*) FROM provision p WHERE p.version_id = v.id) AS provision_count
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
        unitCount: primaryUnitIds(db, v.id).length,
        provisionCount: v.provision_count,
      })),
    kinds: kinds.get(a.id) ?? null,
    detectedKinds: detectedKinds(db, a),
  }));
}

interface ProvisionDbRow {
  id: number;
  key: string;
  parent_id: number | null;
  ord: number;
  level: ProvisionRow['level'];
  number: string;
  label: string;
  heading: string | null;
  text: string;
  page: number | null;
  line: number | null;
  inserted_number: string | null;
  cross_refs: string | null;
}

function loadRows(db: Db, versionId: number): ProvisionDbRow[] {
  return db.prepare('SELECT * FROM provision WHERE version_id = ?').all(versionId) as (ProvisionDbRow & {
    version_id: number;
  })[];
}

/** Rows in document order (depth-first, by `ord` among siblings), each with its depth. */
function inDocumentOrder(rows: ProvisionDbRow[]): { row: ProvisionDbRow; depth: number }[] {
  const byParent = new Map<number | null, ProvisionDbRow[]>();
  for (const r of rows) {
    const list = byParent.get(r.parent_id) ?? [];
    list.push(r);
    byParent.set(r.parent_id, list);
  }
  for (const list of byParent.values()) list.sort((a, b) => a.ord - b.ord);
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

/** A printed designation at the start of a text cut off by a split ("12. Heading", "Article 7 –"). */
export function leadingDesignation(text: string): { label: string; number: string; rest: string } | null {
  const m =
    /^\s*((?:Section|Sec\.|Article|Art\.|Artículo|Articulo|ARTICULO|ARTÍCULO|§)\s*)?(\d+(?:[.-]\d+)*[A-Z]?(?:\s+(?:bis|ter|quater|quáter|quinquies))?)(?:[º°]|\.º)?\s*[.:\-–—)]?\s+/iu.exec(
      text,
    );
  if (!m) return null;
  return {
    label: m[0]
      .trim()
      .replace(/[.:\-–—)]$/, '')
      .trim(),
    number: m[2]!,
    rest: text.slice(m[0].length),
  };
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

    if (edit.kind === 'update') {
      const next = {
        number: edit.number ?? target.number,
        label: edit.label ?? target.label,
        heading: edit.heading === undefined ? target.heading : edit.heading || null,
        level: edit.level ?? target.level,
      };
      db.prepare('UPDATE provision SET number = ?, label = ?, heading = ?, level = ? WHERE id = ?').run(
        next.number,
        next.label,
        next.heading,
        next.level,
        target.id,
      );
    } else if (edit.kind === 'split') {
      if (edit.offset >= target.text.length)
        throw new AppError('invalid-request', 'Choose a point inside the text to split it');
      const head = target.text.slice(0, edit.offset).trimEnd();
      const tail = target.text.slice(edit.offset).trim();
      if (!head || !tail) throw new AppError('invalid-request', 'Both parts of a split must keep some text');
      const found = leadingDesignation(tail);
      let key = `${target.key}+`;
      while (db.prepare('SELECT 1 FROM provision WHERE version_id = ? AND key = ?').get(versionId, key)) key += '+';
      db.prepare('UPDATE provision SET ord = ord + 1 WHERE version_id = ? AND parent_id IS ? AND ord > ?').run(
        versionId,
        target.parent_id,
        target.ord,
      );
      db.prepare('UPDATE provision SET text = ? WHERE id = ?').run(head, target.id);
      db.prepare(
        `INSERT INTO provision(version_id, key, parent_id, ord, level, number, label, heading, text, page, line, inserted_number, cross_refs)
         VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, NULL)`,
      ).run(
        versionId,
        key,
        target.parent_id,
        target.ord + 1,
        target.level,
        found?.number ?? '',
        found?.label ?? '',
        found ? found.rest : tail,
        target.page,
        target.line,
      );
    } else {
      const prev = db
        .prepare(
          'SELECT * FROM provision WHERE version_id = ? AND parent_id IS ? AND ord < ? ORDER BY ord DESC LIMIT 1',
        )
        .get(versionId, target.parent_id, target.ord) as ProvisionDbRow | undefined;
      if (!prev)
        throw new AppError(
          'invalid-request',
          'There is no provision before this one at the same level to merge it with',
        );
      const designation = [target.label, target.heading].filter(Boolean).join(' ');
      const text = [prev.text, designation, target.text].filter((s) => s && s.trim()).join('\n');
      db.prepare('UPDATE provision SET text = ? WHERE id = ?').run(text, prev.id);
      const base = (
        db.prepare('SELECT coalesce(max(ord), -1) + 1 AS n FROM provision WHERE parent_id = ?').get(prev.id) as {
          n: number;
        }
      ).n;
      const children = db.prepare('SELECT id FROM provision WHERE parent_id = ? ORDER BY ord').all(target.id) as {
        id: number;
      }[];
      children.forEach((c, i) =>
        db.prepare('UPDATE provision SET parent_id = ?, ord = ? WHERE id = ?').run(prev.id, base + i, c.id),
      );
      db.prepare('DELETE FROM provision WHERE id = ?').run(target.id);
    }

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

/**
 * The provision tree of a stored version as the segmenter's shape (ids are the stored keys), so
 * the analysis sees the law as the user corrected it, not as it was first segmented.
 */
export function loadProvisionTree(db: Db, versionId: number): ProvisionTree {
  const v = versionHeader(db, versionId);
  const rows = loadRows(db, versionId);
  const byParent = new Map<number | null, ProvisionDbRow[]>();
  for (const r of rows) {
    const list = byParent.get(r.parent_id) ?? [];
    list.push(r);
    byParent.set(r.parent_id, list);
  }
  const keyOf = new Map(rows.map((r) => [r.id, r.key]));
  const build = (parent: number | null, path: string[]): Provision[] =>
    (byParent.get(parent) ?? [])
      .sort((a, b) => a.ord - b.ord)
      .map((r) => ({
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
    children: build(null, []),
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
