import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../../shared/domain/source';
import { primaryUnits, segment } from '../../../shared/segment/index';
import { syntheticCode } from '../../../scripts/bench/segment';

describe('the synthetic code of the segmentation bench', () => {
  it('is about 1 MB and segments into its 2,000 sections, contents skipped', () => {
    const text = syntheticCode();
    expect(text.length).toBeGreaterThan(900_000);
    expect(text.length).toBeLessThan(1_300_000);
    const tree = segment(sourceFromText(text, 'synthetic.txt'));
    const units = primaryUnits(tree.children);
    expect(units).toHaveLength(2000);
    expect(units[96]!.number).toBe('96A');
    expect(tree.tableOfContentsSkipped).toBe(true);
    expect(tree.definitionsUnitId).toBe('s2');
    expect(tree.definitions.map((d) => d.term)).toContain('child');
  });
});
