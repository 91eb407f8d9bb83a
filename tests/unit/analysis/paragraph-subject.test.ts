import { describe, expect, it } from 'vitest';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { keyConcepts } from '../../../shared/analysis/requirements';
import { TRAFFICKING_OFFENCE as OFFENCE, requirement, run, type UnitSpec } from './laws';

/*
 * An article title naming two subjects ("Information exchange and training") gives each of its
 * paragraphs the one the paragraph names; and an article headed by that subject ("Training",
 * « Formation », "Capacitación") is where the paragraph is met, however short its text beside the
 * paragraph's.
 */

type Lang = 'en' | 'fr' | 'es';

const TRAINING: Record<Lang, UnitSpec> = {
  en: {
    number: '40',
    heading: 'Training',
    text: 'The ministries concerned shall train their officers in matters of trafficking in persons.',
  },
  fr: {
    number: '40',
    heading: 'Formation',
    text: 'Les ministères concernés forment leurs agents aux questions de traite des personnes.',
  },
  es: {
    number: '40',
    heading: 'Capacitación',
    text: 'Las dependencias capacitarán a sus servidores públicos en materia de trata de personas.',
  },
};

const VICTIMS: Record<Lang, UnitSpec> = {
  en: {
    number: '20',
    heading: 'Shelter',
    text: 'Victims of trafficking shall be given shelter and medical care by the State.',
  },
  fr: {
    number: '20',
    heading: 'Hébergement',
    text: "L'État assure aux victimes de la traite un hébergement et des soins médicaux.",
  },
  es: {
    number: '20',
    heading: 'Alojamiento',
    text: 'El Estado proporcionará a las víctimas de trata alojamiento y atención médica.',
  },
};

const TRAINING_PARAGRAPH = 'tip-protocol:10(2)';

describe('the subject of a paragraph under a title naming two', () => {
  it('is the one the paragraph names', () => {
    const library = loadReferenceLibrary();
    expect(keyConcepts(library, TRAINING_PARAGRAPH).title).toEqual(['training']);
    expect(keyConcepts(library, 'tip-protocol:10(1)').title).toEqual(['information_exchange']);
  });

  it.each(['en', 'fr', 'es'] as Lang[])('is met first in the article headed by it, not a gap (%s)', (lang) => {
    const r = requirement(
      run(lang, [OFFENCE[lang], VICTIMS[lang], TRAINING[lang]], ['tip-protocol']),
      TRAINING_PARAGRAPH,
    );
    expect(r.matches[0]?.number).toBe('40');
    expect(r.status).not.toBe('gap');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('is a gap where no article is about it (%s)', (lang) => {
    const r = requirement(run(lang, [OFFENCE[lang], VICTIMS[lang]], ['tip-protocol']), TRAINING_PARAGRAPH);
    expect(r.status).toBe('gap');
  });
});
