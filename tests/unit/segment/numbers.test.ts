import { describe, expect, it } from 'vitest';
import { compareKeys, idFragment, isSuccessor, normaliseUnitNumber, numberKey } from '../../../shared/segment/numbers';

const key = (n: string) => {
  const k = numberKey(n);
  if (!k) throw new Error(`not a number: ${n}`);
  return k;
};

describe('unit numbers', () => {
  it('are normalised to the form they are cited in', () => {
    expect(
      [
        '2º',
        '1.º',
        '1er',
        'premier',
        '153 BIS',
        '210quáter',
        '148: bis',
        'Cuarto',
        '45c',
        '279.01',
        '268 (1)',
        '1440–1',
      ].map(normaliseUnitNumber),
    ).toEqual(['2', '1', '1', '1', '153 bis', '210 quáter', '148 bis', 'cuarto', '45c', '279.01', '268 (1)', '1440–1']);
  });

  it('sort the way laws number them', () => {
    const order = ['3', '3A', '3B', '4', '20', '20 bis', '20 ter', '21', '279.01', '279.011', '279.02', '279.1', '280'];
    const sorted = [...order].reverse().sort((a, b) => compareKeys(key(a), key(b)));
    expect(sorted).toEqual(order);
    expect(compareKeys(key('225-4-1'), key('225-4-10'))).toBeLessThan(0);
    expect(compareKeys(key('segundo'), key('tercero'))).toBeLessThan(0);
  });

  it('know what comes next', () => {
    expect(isSuccessor(key('3'), key('4'))).toBe(true);
    expect(isSuccessor(key('3'), key('3A'))).toBe(true);
    expect(isSuccessor(key('20'), key('20 bis'))).toBe(true);
    expect(isSuccessor(key('primero'), key('segundo'))).toBe(true);
    expect(isSuccessor(key('3'), key('45c'))).toBe(false);
    expect(isSuccessor(key('primero'), key('411 ter'))).toBe(false);
  });

  it('give compact id fragments', () => {
    expect(['145 bis', '411 quáter', '1440–1', '268 (1)', 'segundo', '279.01'].map(idFragment)).toEqual([
      '145bis',
      '411quater',
      '1440-1',
      '268-1',
      '2',
      '279.01',
    ]);
  });
});
