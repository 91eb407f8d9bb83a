import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../../shared/domain/source';
import { primaryUnits, segment } from '../../../shared/segment/index';
import { syntheticCode } from '../../../scripts/bench/lib/synthetic';
import { hasGnuTime, measure, paired } from '../../../scripts/bench/lib/process-time';

/** Every provision of a tree, nested ones included. */
function countProvisions(nodes: { children: unknown[] }[]): number {
  return nodes.reduce((n, node) => n + 1 + countProvisions(node.children as { children: unknown[] }[]), 0);
}

describe('the large assessment of the opening bench', () => {
  it('is a code whose sections each hold two subsections, so 6,667 sections make about 20,000 provisions', () => {
    const tree = segment(sourceFromText(syntheticCode(6667), 'synthetic.txt'));
    const units = primaryUnits(tree.children);
    expect(units).toHaveLength(6667);
    expect(units.every((u) => u.children.length === 2)).toBe(true);
    expect(countProvisions(tree.children)).toBeGreaterThanOrEqual(20_000);
  });
});

describe('whole-process timings of the bench', () => {
  it('gives wall time, CPU time and peak memory of a process', () => {
    const t = measure([process.execPath, '-e', 'let x = 0; for (let i = 0; i < 1e6; i++) x += i;']);
    expect(t.wallMs).toBeGreaterThan(0);
    if (hasGnuTime()) {
      // A Node process takes some CPU and more than 10 MB to start.
      expect(t.cpuMs).toBeGreaterThan(0);
      expect(t.peakMb).toBeGreaterThan(10);
    } else {
      // Without GNU time only the wall time is known; the others say so rather than show zero.
      expect(t.cpuMs).toBeNaN();
      expect(t.peakMb).toBeNaN();
    }
  });

  it('says what went wrong when the command fails', () => {
    expect(() => measure([process.execPath, '-e', 'console.error("no such law"); process.exit(3)'])).toThrow(
      /no such law/,
    );
  });

  it('pairs two commands into finite ratios', () => {
    const pair = paired([process.execPath, '-e', '0'], [process.execPath, '-e', '0'], 1);
    expect(Number.isFinite(pair.wallRatio)).toBe(true);
    expect(pair.wallRatio).toBeGreaterThan(0);
  });
});
