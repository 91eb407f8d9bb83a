import { describe, expect, it } from 'vitest';
import { GROUPING_LEVELS, OUTLINE_LEVELS, PROVISION_LEVELS } from '../../../shared/domain/provision';

describe('provision levels', () => {
  it('lists the groupings first, then the unit, its parts, schedules and the preamble', () => {
    expect(PROVISION_LEVELS.indexOf('unit')).toBe(GROUPING_LEVELS.length);
    expect(PROVISION_LEVELS.slice(0, GROUPING_LEVELS.length)).toEqual(GROUPING_LEVELS);
    expect(PROVISION_LEVELS.slice(-2)).toEqual(['schedule', 'preamble']);
  });

  it('leaves the parts of a unit out of the outline and keeps every other level in order', () => {
    expect(OUTLINE_LEVELS).toEqual([...GROUPING_LEVELS, 'unit', 'schedule', 'preamble']);
    for (const part of ['subsection', 'paragraph', 'subparagraph'] as const) expect(OUTLINE_LEVELS).not.toContain(part);
  });
});
