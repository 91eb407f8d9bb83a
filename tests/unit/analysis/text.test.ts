import { describe, expect, it } from 'vitest';
import { CONCEPTS, compilePattern, findConcepts } from '../../../shared/analysis/lexicon';
import { stem } from '../../../shared/analysis/stem';
import { fold, foldText, tokenize } from '../../../shared/analysis/text';

/* Folding, stemming and the legal-synonym lexicon. */

describe('folding', () => {
  it('lowers case and removes accents, keeping offsets into the printed text', () => {
    const text = 'Tráfico ILÍCITO de œuvres — «Traite»';
    const f = foldText(text);
    expect(f.folded).toBe('trafico ilicito de oeuvres - "traite"');
    const at = f.folded.indexOf('oeuvres');
    expect(text.slice(f.origin[at], f.origin[at + 'oeuvres'.length - 1]! + 1)).toBe('œuvres');
  });

  it('tokenizes with stems and spans', () => {
    const tokens = tokenize('Recruits, harbouring', 'en');
    expect(tokens.map((t) => [t.word, t.stem, t.start, t.end])).toEqual([
      ['recruits', 'recruit', 0, 8],
      ['harbouring', 'harbor', 10, 20],
    ]);
  });
});

describe('light stemmers', () => {
  it.each([
    ['en', ['recruits', 'recruitment', 'recruiting'], 'recruit'],
    ['en', ['harbour', 'harbours', 'harbored', 'harboring'], 'harbor'],
    ['en', ['compensation', 'compensate', 'compensated'], 'compens'],
    ['en', ['trafficking', 'trafficked', 'traffics'], 'traffic'],
    ['fr', ['recrute', 'recrutement', 'recrutements', 'recrutent'], 'recrut'],
    ['fr', ['exploitation', 'exploiter'], 'exploit'],
    ['es', ['captare', 'capte', 'captación'], 'capt'],
    ['es', ['trasladare', 'traslade', 'traslado'], 'traslad'],
    ['es', ['explotación', 'explotar'], 'explot'],
  ] as const)('%s: %j → %s', (lang, words, expected) => {
    for (const w of words) expect(stem(fold(w), lang)).toBe(expected);
  });

  it('keeps "organ" (body) apart from "organized" (crime)', () => {
    expect(stem('organs', 'en')).not.toBe(stem('organized', 'en'));
    expect(stem('organos', 'es')).not.toBe(stem('organizaren', 'es'));
  });
});

describe('lexicon', () => {
  const concepts = (text: string, lang: 'en' | 'fr' | 'es') => findConcepts(fold(text), lang).map((h) => h.concept);

  it('every pattern compiles', () => {
    for (const c of CONCEPTS)
      for (const lang of ['en', 'fr', 'es'] as const)
        for (const p of c[lang]) expect(() => new RegExp(compilePattern(p))).not.toThrow();
  });

  it.each([
    ['trafficking', 'Trafficking in persons', 'Traite des personnes', 'Trata de personas'],
    ['smuggling', 'smuggling of migrants', 'trafic illicite de migrants', 'tráfico ilícito de migrantes'],
    ['harbouring', 'conceals or harbours', 'cache ou héberge', 'acogiere'],
    ['forced_labour', 'forced labour', 'travail forcé', 'trabajos forzosos'],
    ['compensation', 'restitution', 'réparation', 'indemnización'],
    ['confiscation', 'forfeiture', 'confiscation', 'decomiso'],
    ['legal_persons', 'legal persons', 'personnes morales', 'personas jurídicas'],
    ['attempt', 'attempts to commit', 'tentative', 'tentativa'],
    ['accomplice', 'aids or abets', 'complicité', 'cómplice'],
    ['extradition', 'extradition', 'extradition', 'extradición'],
    ['witness', 'witnesses', 'témoins', 'testigos'],
    ['jurisdiction', 'jurisdiction', 'compétence', 'jurisdicción'],
    ['border', 'borders', 'frontières', 'frontera'],
    ['travel_documents', 'travel documents', 'documents de voyage', 'documentos de viaje'],
    ['repatriation', 'repatriation', 'rapatriement', 'repatriación'],
    ['vulnerability', 'position of vulnerability', 'situation de vulnérabilité', 'situación de vulnerabilidad'],
  ] as const)('%s in English, French and Spanish', (id, en, fr, es) => {
    expect(concepts(en, 'en')).toContain(id);
    expect(concepts(fr, 'fr')).toContain(id);
    expect(concepts(es, 'es')).toContain(id);
  });

  it('supports optional words and gaps', () => {
    const re = new RegExp(compilePattern('financial or [other] material benefit'));
    expect(re.test('a financial or other material benefit')).toBe(true);
    expect(re.test('a financial or material benefit')).toBe(true);
    const gap = new RegExp(compilePattern('consent ~~ not be relevant'));
    expect(
      gap.test('the consent of a victim of trafficking in persons to the intended exploitation shall not be relevant'),
    ).toBe(true);
  });

  it('derives the shape of a trafficking offence (act + purpose) whatever the words', () => {
    const tokens = 'el que captare o acogiere personas con fines de explotacion';
    const found = new Set(concepts(tokens, 'es'));
    expect(found.has('recruitment') && found.has('harbouring') && found.has('exploitation')).toBe(true);
  });
});
