import type { ProvisionEdit } from '../api/act-schemas';
import { AppError } from '../api/errors';
import type { ProvisionLevel } from './provision';

/*
 * Corrections of a stored provision tree (change a number, label, heading or level; split a
 * provision in two; merge one into the provision before it), worked out as the row changes they
 * make, without touching the store: the repository applies them in one transaction and logs them
 * for undo.
 */

/** A provision as stored with its place in the tree. */
export interface StoredProvision {
  id: number;
  key: string;
  parentId: number | null;
  ord: number;
  level: ProvisionLevel;
  number: string;
  label: string;
  heading: string | null;
  text: string;
  page: number | null;
  line: number | null;
}

type Settable = Partial<Pick<StoredProvision, 'parentId' | 'ord' | 'level' | 'number' | 'label' | 'heading' | 'text'>>;

/** One change to the rows of a version. */
export type RowChange =
  | { op: 'update'; id: number; set: Settable }
  | { op: 'insert'; row: Omit<StoredProvision, 'id'> }
  | { op: 'delete'; id: number };

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

const inOrder = (rows: readonly StoredProvision[]) => [...rows].sort((a, b) => a.ord - b.ord);

/**
 * The row changes an edit makes to a version's rows (`rows`: every provision of the version).
 * Throws a request error when the edit cannot apply (a split point outside the text, a merge
 * with nothing before it).
 */
export function planProvisionEdit(rows: readonly StoredProvision[], edit: ProvisionEdit): RowChange[] {
  const target = rows.find((r) => r.id === edit.provisionId);
  if (!target) throw new AppError('not-found', `No provision ${edit.provisionId}`);
  const siblings = inOrder(rows.filter((r) => r.parentId === target.parentId));

  if (edit.kind === 'update') {
    return [
      {
        op: 'update',
        id: target.id,
        set: {
          number: edit.number ?? target.number,
          label: edit.label ?? target.label,
          heading: edit.heading === undefined ? target.heading : edit.heading || null,
          level: edit.level ?? target.level,
        },
      },
    ];
  }

  if (edit.kind === 'split') {
    if (edit.offset >= target.text.length)
      throw new AppError('invalid-request', 'Choose a point inside the text to split it');
    const head = target.text.slice(0, edit.offset).trimEnd();
    const tail = target.text.slice(edit.offset).trim();
    if (!head || !tail) throw new AppError('invalid-request', 'Both parts of a split must keep some text');
    const found = leadingDesignation(tail);
    const keys = new Set(rows.map((r) => r.key));
    let key = `${target.key}+`;
    while (keys.has(key)) key += '+';
    return [
      ...siblings
        .filter((s) => s.ord > target.ord)
        .map((s): RowChange => ({ op: 'update', id: s.id, set: { ord: s.ord + 1 } })),
      { op: 'update', id: target.id, set: { text: head } },
      {
        op: 'insert',
        row: {
          key,
          parentId: target.parentId,
          ord: target.ord + 1,
          level: target.level,
          number: found?.number ?? '',
          label: found?.label ?? '',
          heading: null,
          text: found ? found.rest : tail,
          page: target.page,
          line: target.line,
        },
      },
    ];
  }

  const prev = siblings.filter((s) => s.ord < target.ord).pop();
  if (!prev)
    throw new AppError('invalid-request', 'There is no provision before this one at the same level to merge it with');
  const designation = [target.label, target.heading].filter(Boolean).join(' ');
  const text = [prev.text, designation, target.text].filter((s) => s && s.trim()).join('\n');
  const base = Math.max(-1, ...rows.filter((r) => r.parentId === prev.id).map((r) => r.ord)) + 1;
  return [
    { op: 'update', id: prev.id, set: { text } },
    ...inOrder(rows.filter((r) => r.parentId === target.id)).map((c, i): RowChange => ({
      op: 'update',
      id: c.id,
      set: { parentId: prev.id, ord: base + i },
    })),
    { op: 'delete', id: target.id },
  ];
}
