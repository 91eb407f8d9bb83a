import { describe, expect, it } from 'vitest';
import type { ReviewRow } from '../../../shared/api/review-schemas';
import { convincingCitations, inLanguage } from '../../../renderer/src/features/words/words';

type Cited = ReviewRow['cited'][number];
const proposed = (number: string, score: number | null, heading: string | null = null): Cited => ({
  number,
  heading,
  versionId: 1,
  state: 'proposed',
  score,
});
const accepted = (number: string): Cited => ({ number, heading: null, versionId: 1, state: 'accepted', score: 0.1 });
const row = (over: Partial<ReviewRow>): Pick<ReviewRow, 'cited' | 'confidence' | 'proposedStatus' | 'reviewed'> => ({
  cited: [],
  confidence: 0.8,
  proposedStatus: 'compliant',
  reviewed: false,
  ...over,
});

describe('what the review list cites for a requirement', () => {
  it('cites the best proposal when the analysis finds the requirement met and is sure of it', () => {
    expect(convincingCitations(row({ cited: [proposed('13', 0.6)] }))).toEqual([proposed('13', 0.6)]);
    expect(
      convincingCitations(row({ cited: [proposed('4', 0.4)], proposedStatus: 'partial', confidence: 0.55 })),
    ).toHaveLength(1);
  });

  it('cites no weak match, no low-confidence proposal and no proposal for a gap', () => {
    expect(convincingCitations(row({ cited: [proposed('13', 0.05)] }))).toEqual([]);
    expect(convincingCitations(row({ cited: [proposed('13', 0.6)], confidence: 0.3 }))).toEqual([]);
    expect(convincingCitations(row({ cited: [proposed('13', 0.6)], proposedStatus: 'gap' }))).toEqual([]);
    expect(convincingCitations(row({ cited: [proposed('13', 0.6)], proposedStatus: 'not_assessed' }))).toEqual([]);
  });

  it('always cites what the reviewer accepted, and nothing proposed once reviewed', () => {
    expect(convincingCitations(row({ cited: [accepted('7')], confidence: 0.1, proposedStatus: 'gap' }))).toEqual([
      accepted('7'),
    ]);
    expect(convincingCitations(row({ cited: [proposed('13', 0.9)], reviewed: true }))).toEqual([]);
  });
});

describe('naming things in the interface language', () => {
  it('takes the translation of the interface language and falls back to English', () => {
    expect(inLanguage('Attempt', { fr: 'Tentative', es: 'Tentativa' }, 'fr')).toBe('Tentative');
    expect(inLanguage('Attempt', { fr: 'Tentative' }, 'es')).toBe('Attempt');
    expect(inLanguage('Attempt', { fr: 'Tentative' }, 'en')).toBe('Attempt');
  });
});
