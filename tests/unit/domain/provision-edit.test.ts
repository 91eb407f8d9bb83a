import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/errors';
import { leadingDesignation, planProvisionEdit, type StoredProvision } from '../../../shared/domain/provision-edit';

function row(id: number, key: string, parentId: number | null, ord: number, text: string): StoredProvision {
  const level = parentId === null ? 'unit' : 'subsection';
  return {
    id,
    key,
    parentId,
    ord,
    level,
    number: String(ord + 1),
    label: `s${ord + 1}`,
    heading: null,
    text,
    page: 2,
    line: id,
  };
}

// s1 (with (1) and (2)), s2 (with (1)), s3.
const rows = [
  row(1, 's1', null, 0, 'First section.'),
  row(2, 's1.1', 1, 0, 'One'),
  row(3, 's1.2', 1, 1, 'Two'),
  row(4, 's2', null, 1, 'Second section. 12. Penalties apply to all.'),
  row(5, 's2.1', 4, 0, 'Only'),
  row(6, 's3', null, 2, 'Third.'),
];

describe('provision edits', () => {
  it('updates number, label, heading and level, an empty heading clearing it', () => {
    expect(planProvisionEdit(rows, { kind: 'update', provisionId: 6, heading: '', level: 'schedule' })).toEqual([
      { op: 'update', id: 6, set: { number: '3', label: 's3', heading: null, level: 'schedule' } },
    ]);
  });

  it('splits a text in two, the second part after the first, reading its printed designation', () => {
    const changes = planProvisionEdit(rows, { kind: 'split', provisionId: 4, offset: 16 });
    expect(changes).toEqual([
      { op: 'update', id: 6, set: { ord: 3 } },
      { op: 'update', id: 4, set: { text: 'Second section.' } },
      {
        op: 'insert',
        row: {
          key: 's2+',
          parentId: null,
          ord: 2,
          level: 'unit',
          number: '12',
          label: '12',
          heading: null,
          text: 'Penalties apply to all.',
          page: 2,
          line: 4,
        },
      },
    ]);
  });

  it('gives a split part a key no other provision has', () => {
    const taken = [...rows, row(7, 's3+', null, 3, 'x')];
    const insert = planProvisionEdit(taken, { kind: 'split', provisionId: 6, offset: 3 }).find(
      (c) => c.op === 'insert',
    );
    expect(insert).toMatchObject({ row: { key: 's3++', number: '', label: '', text: 'rd.' } });
  });

  it('merges a provision into the one before, its children following the children there', () => {
    expect(planProvisionEdit(rows, { kind: 'merge', provisionId: 4 })).toEqual([
      { op: 'update', id: 1, set: { text: 'First section.\ns2\nSecond section. 12. Penalties apply to all.' } },
      { op: 'update', id: 5, set: { parentId: 1, ord: 2 } },
      { op: 'delete', id: 4 },
    ]);
  });

  it('refuses what cannot apply, with a reason', () => {
    const refused = (edit: Parameters<typeof planProvisionEdit>[1]): unknown[] | null => {
      try {
        planProvisionEdit(rows, edit);
      } catch (e) {
        return e instanceof AppError ? [e.code, e.message] : [e];
      }
      return null;
    };
    expect(refused({ kind: 'merge', provisionId: 1 })).toEqual([
      'invalid-request',
      'There is no provision before this one at the same level to merge it with',
    ]);
    expect(refused({ kind: 'split', provisionId: 6, offset: 6 })).toEqual([
      'invalid-request',
      'Choose a point inside the text to split it',
    ]);
    expect(() =>
      planProvisionEdit([row(9, 's9', null, 0, '   Text')], { kind: 'split', provisionId: 9, offset: 2 }),
    ).toThrow(/Both parts of a split must keep some text/);
    expect(refused({ kind: 'merge', provisionId: 99 })?.[0]).toBe('not-found');
  });
});

describe('printed designations at the start of a text', () => {
  it('reads the forms sections and articles are printed in', () => {
    expect(leadingDesignation('12. Penalties')).toEqual({ label: '12', number: '12', rest: 'Penalties' });
    expect(leadingDesignation('Article 7 – Scope')).toMatchObject({ label: 'Article 7', number: '7', rest: 'Scope' });
    expect(leadingDesignation('Artículo 3 bis. Trata')).toMatchObject({ number: '3 bis', rest: 'Trata' });
    expect(leadingDesignation('§ 225-4-1 Text')).toMatchObject({ number: '225-4-1' });
    expect(leadingDesignation('Penalties apply')).toBeNull();
  });
});
