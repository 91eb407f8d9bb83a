import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sourceFromText } from '../../../shared/domain/source';
import { segment } from '../../../shared/segment/index';
import { analyze } from '../../../shared/analysis/index';
import {
  CompareCancelled,
  CompareLanguageError,
  complianceDelta,
  compareVersion,
  compareVersions,
  sideText,
  wordDiff,
  type CompareUnit,
  type ComparedPair,
  type CompareResult,
} from '../../../shared/compare/index';
import { obligationFlags, penalties, penaltyFlags } from '../../../shared/compare/flags';
import { compareResultSchema } from '../../../shared/compare/schema';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { newVersionText, oldVersionText } from '../../helpers/version-pair';

const tree = (text: string, name = 'law.txt') => segment(sourceFromText(text, name));
const oldTree = tree(oldVersionText(), 'draft-1.txt');
const newTree = tree(newVersionText(), 'draft-2.txt');
const result = compareVersions({
  old: compareVersion('Draft 1', oldTree),
  new: compareVersion('Draft 2', newTree),
  now: new Date('2026-01-01T00:00:00Z'),
});

function pairOf(r: CompareResult, oldNumber: string): ComparedPair {
  const p = r.pairs.find((x) => x.old.some((u) => u.number === oldNumber) && x.old[0]!.key.startsWith('s'));
  if (!p) throw new Error(`no pair for old ${oldNumber}`);
  return p;
}
const numbers = (p: ComparedPair, side: 'old' | 'new') => p[side].map((u) => u.number);

describe('alignment of two versions', () => {
  it('follows the sections renumbered after an inserted section', () => {
    for (const [from, to] of [
      ['6', '7'],
      ['8', '9'],
      ['20', '21'],
      ['28', '29'],
    ] as const) {
      const p = pairOf(result, from);
      expect(p.kind, `s. ${from}`).toBe('same');
      expect(numbers(p, 'new')).toEqual([to]);
      expect(p.renumbered).toBe(true);
    }
    const inserted = result.pairs.filter((p) => p.kind === 'inserted');
    expect(inserted.map((p) => numbers(p, 'new'))).toEqual([['5']]);
    // In reading order: after old s. 4 and before old s. 5 (now 6).
    const at = result.pairs.indexOf(inserted[0]!);
    expect(numbers(result.pairs[at - 1]!, 'old')).toEqual(['4']);
    expect(numbers(result.pairs[at + 1]!, 'old')).toEqual(['5']);
  });

  it('shows a deleted section as deleted, where it stood', () => {
    const deleted = result.pairs.filter((p) => p.kind === 'deleted');
    expect(deleted.map((p) => numbers(p, 'old'))).toEqual([['7']]);
    const at = result.pairs.indexOf(deleted[0]!);
    expect(numbers(result.pairs[at - 1]!, 'old')).toEqual(['6']);
    expect(deleted[0]!.diff.every((d) => d.op === 'delete')).toBe(true);
  });

  it('recognises a split section', () => {
    const p = pairOf(result, '11');
    expect(p.kind).toBe('split');
    expect(numbers(p, 'new')).toEqual(['12', '12A']);
    // The words of the old section are all kept; the new heading is the insertion.
    const inserted = p.diff
      .filter((d) => d.op === 'insert')
      .map((d) => d.text)
      .join(' ');
    expect(inserted).toContain('Offences of disclosure');
    expect(p.diff.filter((d) => d.op === 'delete')).toEqual([]);
  });

  it('counts every unit once and nothing as moved when the order is kept', () => {
    expect(result.summary).toMatchObject({ inserted: 1, deleted: 1, split: 1, merged: 0, moved: 0 });
    const oldKeys = result.pairs.flatMap((p) => p.old.map((u) => u.key));
    const newKeys = result.pairs.flatMap((p) => p.new.map((u) => u.key));
    expect(new Set(oldKeys).size).toBe(oldKeys.length);
    expect(oldKeys.length).toBe(result.old.units);
    expect(newKeys.length).toBe(result.new.units);
    expect(result.warnings).toEqual([]);
  });

  it('shows a moved unit as a move, not as a deletion and an insertion', () => {
    const unit = (key: string, text: string): CompareUnit => ({
      key,
      number: key,
      label: `Article ${key}`,
      heading: null,
      text,
      refs: [],
    });
    const texts = [
      'Recruitment of a person by threat for exploitation is an offence.',
      'The court may order restitution to the victim for medical costs.',
      'Shelter and counselling are provided to victims by the Ministry.',
      'Travel documents of victims shall not be confiscated by employers.',
    ];
    const r = compareVersions({
      old: { name: 'a', language: 'en', units: texts.map((t, i) => unit(String(i + 1), t)) },
      new: {
        name: 'b',
        language: 'en',
        units: [texts[1]!, texts[2]!, texts[3]!, texts[0]!].map((t, i) => unit(String(i + 1), t)),
      },
    });
    expect(r.summary.moved).toBe(1);
    const moved = r.pairs.find((p) => p.kind === 'moved')!;
    expect(numbers(moved, 'old')).toEqual(['1']);
    expect(numbers(moved, 'new')).toEqual(['4']);
    expect(r.summary.inserted + r.summary.deleted).toBe(0);
  });

  it('recognises two units merged into one', () => {
    const u = (key: string, text: string): CompareUnit => ({
      key,
      number: key,
      label: key,
      heading: null,
      text,
      refs: [],
    });
    const a = 'Victims of trafficking shall receive appropriate shelter, medical care and psychological counselling.';
    const b = 'Child victims shall be placed with a guardian appointed by the children officer without delay.';
    const r = compareVersions({
      old: {
        name: 'a',
        language: 'en',
        units: [u('1', a), u('2', b), u('3', 'Regulations may be made by the Minister.')],
      },
      new: {
        name: 'b',
        language: 'en',
        units: [u('1', `${a} ${b}`), u('2', 'Regulations may be made by the Minister.')],
      },
    });
    const merged = r.pairs.find((p) => p.kind === 'merged')!;
    expect(numbers(merged, 'old')).toEqual(['1', '2']);
    expect(numbers(merged, 'new')).toEqual(['1']);
  });

  it('keeps a pairing set by a person', () => {
    const r = compareVersions({
      old: compareVersion('Draft 1', oldTree),
      new: compareVersion('Draft 2', newTree),
      manual: [{ old: ['s7'], new: ['s5'] }],
    });
    const p = r.pairs.find((x) => x.manual)!;
    expect(numbers(p, 'old')).toEqual(['7']);
    expect(numbers(p, 'new')).toEqual(['5']);
    // Old s. 7 stood after old s. 6 (now 7): paired with the new s. 5 it is out of order, a move.
    expect(p.kind).toBe('moved');
    expect(r.summary.inserted + r.summary.deleted).toBe(0);
  });

  it('says when little aligns between two unrelated laws', () => {
    const sriLanka = readFileSync(
      new URL('../../fixtures/laws/sri-lanka-saarc-trafficking-prostitution-act-2005.txt', import.meta.url),
      'utf8',
    );
    const r = compareVersions({
      old: compareVersion('Kenya', oldTree),
      new: compareVersion('Sri Lanka', tree(sriLanka)),
    });
    expect(r.warnings).toContain('little-aligns');
    expect(r.summary.alignedShare).toBeLessThan(0.3);
    expect(result.summary.alignedShare).toBeGreaterThan(0.9);
  });

  it('refuses a version in another language', () => {
    const french = readFileSync(
      new URL('../../fixtures/laws/canada-loi-modifiant-code-criminel-traite-2005.txt', import.meta.url),
      'utf8',
    );
    expect(() =>
      compareVersions({ old: compareVersion('Kenya', oldTree), new: compareVersion('Canada', tree(french)) }),
    ).toThrow(CompareLanguageError);
    expect(() =>
      compareVersions({ old: compareVersion('Kenya', oldTree), new: compareVersion('Canada', tree(french)) }),
    ).toThrow(/different languages \(en and fr\)/);
  });

  it('reports progress and stops when asked to', () => {
    const seen: number[] = [];
    compareVersions({
      old: compareVersion('a', oldTree),
      new: compareVersion('b', newTree),
      onProgress: (f) => void seen.push(f),
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(() =>
      compareVersions({
        old: compareVersion('a', oldTree),
        new: compareVersion('b', newTree),
        onProgress: (f) => f < 0.5,
      }),
    ).toThrow(CompareCancelled);
  });
});

describe('word diff', () => {
  it('gives back both texts and marks the words changed', () => {
    const p = pairOf(result, '13');
    expect(p.kind).toBe('changed');
    expect(p.diff.filter((d) => d.op !== 'equal')).toEqual([
      { op: 'delete', text: 'may' },
      { op: 'insert', text: 'shall' },
    ]);
    const before = 'The court may order it, in addition to any punishment.';
    const after = 'The court shall order it, in addition to any other punishment.';
    const d = wordDiff(before, after);
    expect(sideText(d, 'old')).toBe(before);
    expect(sideText(d, 'new')).toBe(after);
  });
});

describe('substantive changes', () => {
  it('flags "may" turned into "shall", and the same in French and Spanish', () => {
    expect(pairOf(result, '13').flags).toEqual([
      { kind: 'obligation', direction: 'stronger', before: 'may', after: 'shall' },
    ]);
    const fr = obligationFlags(
      wordDiff('Le tribunal peut ordonner la restitution.', 'Le tribunal doit ordonner la restitution.'),
      'fr',
    );
    expect(fr).toEqual([{ kind: 'obligation', direction: 'stronger', before: 'peut', after: 'doit' }]);
    const es = obligationFlags(
      wordDiff('El juez deberá ordenar la reparación.', 'El juez podrá ordenar la reparación.'),
      'es',
    );
    expect(es).toEqual([{ kind: 'obligation', direction: 'weaker', before: 'debera', after: 'podra' }]);
    // A change of wording around an unchanged "shall" is not a change of obligation.
    expect(
      obligationFlags(
        wordDiff('The Minister shall publish a report.', 'The Minister shall publish an annual report.'),
        'en',
      ),
    ).toEqual([]);
  });

  it('flags a raised penalty as stronger', () => {
    const flags = pairOf(result, '5').flags;
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'penalty', direction: 'stronger' });
    expect(flags[0]!.before).toContain('twenty years');
    expect(flags[0]!.after).toContain('thirty years');
    expect(penalties('puni de sept ans d’emprisonnement et de 150 000 euros d’amende').map((p) => p.value)).toEqual([
      84, 150000,
    ]);
    expect(penaltyFlags('prisión de cinco a diez años', 'prisión de cuatro a ocho años')[0]).toMatchObject({
      direction: 'weaker',
    });
    expect(
      penaltyFlags('liable to imprisonment for ten years', 'liable to imprisonment for ten years, on conviction'),
    ).toEqual([]);
  });

  it('flags a means added to the definition of the offence', () => {
    expect(pairOf(result, '3').flags).toEqual([
      {
        kind: 'element',
        direction: 'added',
        before: null,
        after: 'means.vulnerability',
        element: 'means.vulnerability',
      },
    ]);
  });

  it('reads references through the renumbering, and flags one that now points elsewhere', () => {
    // s. 2 refers to ss. 19, 22 and 24, now 20, 23 and 25: the same units, so no flag.
    const s2 = pairOf(result, '2');
    expect(s2.kind).toBe('changed');
    expect(s2.flags).toEqual([]);
    const a = tree(
      '1. Offence\nA person who recruits another for exploitation commits an offence.\n\n2. Penalty\nAn offence under section 1 is punishable.\n\n3. Attempt\nAn attempt is punishable.',
    );
    const b = tree(
      '1. Offence\nA person who recruits another for exploitation commits an offence.\n\n2. Penalty\nAn offence under section 3 is punishable.\n\n3. Attempt\nAn attempt is punishable.',
    );
    const r = compareVersions({ old: compareVersion('a', a), new: compareVersion('b', b) });
    const p = r.pairs.find((x) => x.old[0]?.number === '2')!;
    expect(p.flags).toEqual([{ kind: 'cross-reference', direction: 'changed', before: '1', after: '3' }]);
  });

  it('writes JSON that the lexgap.compare/1 schema accepts', () => {
    expect(() => compareResultSchema.parse(JSON.parse(JSON.stringify(result)))).not.toThrow();
    expect(result.schema).toBe('lexgap.compare/1');
  });
});

describe('compliance delta', () => {
  const library = loadReferenceLibrary();
  const run = (t: typeof oldTree) =>
    analyze({
      acts: [{ file: 'kenya.txt', title: 'Kenya', language: 'en', tree: t }],
      library,
      instruments: ['tip-protocol'],
      now: new Date('2026-01-01T00:00:00Z'),
    });
  const delta = complianceDelta(run(oldTree), run(newTree));

  it('shows the element gap on the means closed by the amended definition', () => {
    const row = delta.find((r) => r.requirement === 'tip-protocol:3(a)')!;
    expect(row.elementsGained).toContain('means.vulnerability');
    expect(row.elementsLost).toEqual([]);
    expect(row.change).not.toBe('opened');
    expect(delta.filter((r) => r.elementsLost.length)).toEqual([]);
  });

  it('classes status changes as closed or opened, and uses the reviewer status when given', () => {
    expect(delta.every((r) => r.change === 'unchanged' || r.before !== r.after)).toBe(true);
    const reviewed = complianceDelta(run(oldTree), run(newTree), (side, id, proposed) =>
      id === 'tip-protocol:3(a)' ? (side === 'before' ? 'partial' : 'compliant') : proposed,
    );
    expect(reviewed.find((r) => r.requirement === 'tip-protocol:3(a)')).toMatchObject({
      before: 'partial',
      after: 'compliant',
      change: 'closed',
    });
    const worse = complianceDelta(run(newTree), run(oldTree), (side, id, proposed) =>
      id === 'tip-protocol:3(a)' ? (side === 'before' ? 'compliant' : 'gap') : proposed,
    );
    const row = worse.find((r) => r.requirement === 'tip-protocol:3(a)')!;
    expect(row.change).toBe('opened');
    expect(row.elementsLost).toContain('means.vulnerability');
  });
});
