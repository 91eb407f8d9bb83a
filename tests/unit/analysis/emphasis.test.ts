import { describe, expect, it } from 'vitest';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { keyConcepts, withoutEmphasis } from '../../../shared/analysis/requirements';
import { requirement, run, type UnitSpec } from './laws';

/*
 * An obligation that closes with ", in particular …" names its subject before the emphasis: the
 * instances it stresses ("in particular in cases of threat of retaliation or intimidation") are
 * not concepts a provision must hold to be about the obligation.
 */

describe('the emphasis an obligation closes with', () => {
  it('is left out of the text its key concepts are read from', () => {
    expect(
      withoutEmphasis(
        'Each Party shall provide help to persons in need, in particular in cases of illness or old age.',
      ),
    ).toBe('Each Party shall provide help to persons in need.');
  });

  it('but not the adverb, nor a parenthesis before the main verb', () => {
    const adverb = 'Each Party shall adopt measures and, in particular, the provision of housing.';
    const parenthesis = 'Parties, in particular those with common borders, shall exchange information.';
    expect(withoutEmphasis(adverb)).toBe(adverb);
    expect(withoutEmphasis(parenthesis)).toBe(parenthesis);
  });

  it('UNTOC art. 25(1) is about assistance and protection of victims, not about threats', () => {
    const keys = keyConcepts(loadReferenceLibrary(), 'untoc:25(1)');
    expect(keys.all).toContain('assistance');
    expect(keys.all).not.toContain('threat');
  });
});

type Lang = 'en' | 'fr' | 'es';

const SHELTER: Record<Lang, UnitSpec> = {
  en: {
    number: '6',
    heading: 'Directions of the Minister',
    text: 'The Minister shall take appropriate measures to provide the victims of offences under this Act with accommodation and shelter in the institutions established for that purpose.',
  },
  fr: {
    number: '6',
    heading: 'Instructions du ministre',
    text: 'Le ministre prend, dans la limite de ses moyens, les mesures appropriées pour fournir un logement aux victimes des infractions prévues par la présente loi.',
  },
  es: {
    number: '6',
    heading: 'Instrucciones del Ministerio',
    text: 'El Ministerio adoptará, dentro de sus posibilidades, las medidas apropiadas para proporcionar alojamiento a las víctimas de los delitos previstos en esta ley.',
  },
};

const OTHER: Record<Lang, UnitSpec> = {
  en: {
    number: '9',
    heading: 'Annual report',
    text: 'The Minister shall each year lay before Parliament a report on the offences under this Act.',
  },
  fr: {
    number: '9',
    heading: 'Rapport annuel',
    text: 'Le ministre présente chaque année au Parlement un rapport sur les infractions prévues par la présente loi.',
  },
  es: {
    number: '9',
    heading: 'Informe anual',
    text: 'El Ministerio presentará cada año al Parlamento un informe sobre los delitos previstos en esta ley.',
  },
};

describe('assistance to victims without protection against retaliation', () => {
  it.each(['en', 'fr', 'es'] as Lang[])('partly meets UNTOC art. 25(1), not a gap (%s)', (lang) => {
    const r = requirement(run(lang, [SHELTER[lang], OTHER[lang]], ['untoc']), 'untoc:25(1)');
    expect(r.matches[0]?.number).toBe('6');
    expect(r.status).toBe('partial');
  });
});
