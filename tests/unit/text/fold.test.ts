import { describe, expect, it } from 'vitest';
import { findFolded, fold, foldedWords, foldText } from '../../../shared/text/fold';
import { splitMatches } from '../../../renderer/src/features/law/fold';

describe('text folding', () => {
  it('folds case, accents, ligatures and typographic apostrophes', () => {
    expect(fold('TRÁTA de Personas')).toBe('trata de personas');
    expect(fold('Vulnérabilité')).toBe('vulnerabilite');
    expect(fold('Œuvre d’art')).toBe("oeuvre d'art");
    expect(fold('Straße')).toBe('strasse');
    expect(fold('artículo 1º')).toBe('articulo 1o');
  });

  it('maps every folded character back to the text as printed', () => {
    const text = 'Œuvre née';
    const { folded, origin } = foldText(text);
    expect(folded).toBe('oeuvre nee');
    expect(origin).toHaveLength(folded.length + 1);
    expect(origin.slice(0, 3)).toEqual([0, 0, 1]);
    expect(origin[folded.length]).toBe(text.length);
  });

  it('splits a query into folded words', () => {
    expect(foldedWords(' Trata,  de—PERSONAS ')).toEqual(['trata', 'de', 'personas']);
    expect(foldedWords(' -- ')).toEqual([]);
  });

  it('finds a folded query in the printed text, ligatures included', () => {
    const text = 'La main-d’œuvre et l’Œuvre';
    expect(findFolded(text, 'oeuvre').map((s) => text.slice(s.start, s.end))).toEqual(['œuvre', 'Œuvre']);
    expect(findFolded(text, '  ')).toEqual([]);
  });

  it('highlights matches in the law view without losing text', () => {
    const parts = splitMatches('Trata de personas; TRATA agravada', 'trata');
    expect(parts).toEqual([
      { text: 'Trata', hit: true },
      { text: ' de personas; ', hit: false },
      { text: 'TRATA', hit: true },
      { text: ' agravada', hit: false },
    ]);
    expect(
      splitMatches('main-d’œuvre', 'oeuvre')
        .map((p) => p.text)
        .join(''),
    ).toBe('main-d’œuvre');
    expect(splitMatches('', 'x')).toEqual([{ text: '', hit: false }]);
  });
});
