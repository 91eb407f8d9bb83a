import { describe, expect, it } from 'vitest';
import { readReferenceData } from '../../../electron/main/reference/load';
import { buildReferenceLibrary, listRequirements, validateLibrary } from '../../../shared/reference/library';

describe('reference library', () => {
  const raw = readReferenceData();
  const lib = buildReferenceLibrary(raw);

  it('keeps every article and paragraph of each treaty', () => {
    for (const t of raw.treaties) {
      const inst = lib.instruments.find((i) => i.id === t.id)!;
      expect(inst.articles.length).toBe(t.articles.length);
      const paras = inst.articles.reduce((n, a) => n + a.paragraphs.length, 0);
      expect(paras).toBe(t.articles.reduce((n, a) => n + a.paragraphs.length, 0));
    }
  });

  it('has unique requirement ids and resolvable Model Law links', () => {
    expect(validateLibrary(lib)).toEqual([]);
    const ids = listRequirements(lib).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('tip-protocol:5(2)(a)');
    expect(ids).toContain('model-law-tip:5');
  });
});
