import { describe, expect, it } from 'vitest';
import { COMPARE_MESSAGES } from '../../../shared/compare/messages';
import type { SubstantiveFlag } from '../../../shared/compare/types';

const FLAGS: SubstantiveFlag[] = [
  { kind: 'obligation', direction: 'stronger', before: 'may', after: 'shall' },
  { kind: 'penalty', direction: 'weaker', before: '10 years', after: null },
  { kind: 'penalty', direction: 'changed', before: null, after: 'a fine' },
  { kind: 'element', direction: 'added', before: null, after: null, element: 'means.fraud' },
  { kind: 'element', direction: 'removed', before: null, after: null, element: 'x.unknown' },
  { kind: 'cross-reference', direction: 'changed', before: 'section 4', after: null },
];

describe('substantive flag lines', () => {
  it('reads each kind of flag in English, French and Spanish with that language’s punctuation', () => {
    expect(FLAGS.map(COMPARE_MESSAGES.en.flag)).toEqual([
      'Obligation strengthened: “may” → “shall”',
      'Penalty lowered: 10 years → —',
      'Penalty changed: — → a fine',
      'Element added: fraud',
      'Element removed: x.unknown',
      'Cross-reference now points elsewhere: section 4 → —',
    ]);
    expect(FLAGS.map(COMPARE_MESSAGES.fr.flag)).toEqual([
      'Obligation renforcée : « may » → « shall »',
      'Peine allégée : 10 years → —',
      'Peine modifiée : — → a fine',
      'Élément ajouté : fraude',
      'Élément retiré : x.unknown',
      'Renvoi modifié : section 4 → —',
    ]);
    expect(FLAGS.map(COMPARE_MESSAGES.es.flag)).toEqual([
      'Obligación reforzada: «may» → «shall»',
      'Pena reducida: 10 years → —',
      'Pena modificada: — → a fine',
      'Elemento añadido: fraude',
      'Elemento suprimido: x.unknown',
      'Remisión modificada: section 4 → —',
    ]);
  });

  it('names a weakened obligation and a raised penalty', () => {
    expect(COMPARE_MESSAGES.en.flag({ kind: 'obligation', direction: 'weaker', before: 'shall', after: 'may' })).toBe(
      'Obligation weakened: “shall” → “may”',
    );
    expect(COMPARE_MESSAGES.es.flag({ kind: 'penalty', direction: 'stronger', before: '5', after: '10' })).toBe(
      'Pena aumentada: 5 → 10',
    );
  });
});
