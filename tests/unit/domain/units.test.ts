import { describe, expect, it } from 'vitest';
import type { Provision, ProvisionLevel } from '../../../shared/domain/provision';
import { assignUnits, citableUnits, citationOf, unitsById } from '../../../shared/domain/units';

function node(id: string, level: ProvisionLevel, number: string, children: Provision[] = []): Provision {
  return { id, level, number, label: number, heading: null, text: '', path: [], page: null, line: 0, children };
}

// Part I > s1 (1)(a); s2 inserting s279.01 (1); a preamble holding a stray unit; a schedule with a unit.
const tree: Provision[] = [
  node('pre', 'preamble', '', [node('pre.u', 'unit', '9')]),
  node('p1', 'part', 'I', [
    node('s1', 'unit', '1', [node('s1.1', 'subsection', '1', [node('s1.1.a', 'paragraph', 'a')])]),
    node('s2', 'unit', '2', [
      { ...node('s2>279.01', 'unit', '1', [node('s2>279.01.1', 'subsection', '1')]), insertedNumber: '279.01' },
    ]),
  ]),
  node('sch1', 'schedule', '', [node('sch1.u1', 'unit', '1')]),
];

function flatten(
  list: Provision[],
  parentId: string | null = null,
): { id: string; parentId: string | null; level: string }[] {
  return list.flatMap((p) => [{ id: p.id, parentId, level: p.level }, ...flatten(p.children, p.id)]);
}

describe('citable units', () => {
  it('lists the outermost units and schedules outside preambles, with the groups above them', () => {
    expect(citableUnits(tree).map((c) => [c.unit.id, c.groups.map((g) => g.id)])).toEqual([
      ['s1', ['p1']],
      ['s2', ['p1']],
      ['sch1', []],
    ]);
  });

  it('assigns every stored provision to its unit, whatever the order of the rows', () => {
    const rows = flatten(tree).reverse();
    const units = assignUnits(rows);
    expect(Object.fromEntries(units)).toEqual({
      pre: null,
      'pre.u': null,
      p1: null,
      s1: 's1',
      's1.1': 's1',
      's1.1.a': 's1',
      s2: 's2',
      's2>279.01': 's2',
      's2>279.01.1': 's2',
      sch1: 'sch1',
      'sch1.u1': 'sch1',
    });
  });

  it('agrees between the tree walk and the row assignment', () => {
    const units = assignUnits(flatten(tree));
    const byTree = unitsById(tree);
    for (const { id } of flatten(tree)) expect(units.get(id) ?? null).toBe(byTree.get(id)?.id ?? null);
    expect(byTree.get('s2>279.01.1')?.id).toBe('s2');
    expect(byTree.has('pre.u')).toBe(false);
  });
});

describe('citations', () => {
  it('cites the numbers below the nearest unit in brackets', () => {
    expect(
      citationOf([
        { level: 'paragraph', number: 'h' },
        { level: 'subsection', number: '1' },
        { level: 'unit', number: '3' },
        { level: 'part', number: 'II' },
      ]),
    ).toBe('3(1)(h)');
  });

  it('cites an inserted unit by the number it takes', () => {
    expect(
      citationOf([
        { level: 'subsection', number: '1' },
        { level: 'unit', number: '1', insertedNumber: '279.01' },
        { level: 'unit', number: '2' },
      ]),
    ).toBe('279.01(1)');
  });

  it('joins numbers outside any unit, and has nothing to cite without numbers', () => {
    expect(
      citationOf([
        { level: 'chapter', number: '2' },
        { level: 'part', number: 'I' },
      ]),
    ).toBe('I 2');
    expect(citationOf([{ level: 'preamble', number: '' }])).toBeNull();
  });
});
