import { describe, expect, it } from 'vitest';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { keyConcepts } from '../../../shared/analysis/requirements';
import { requirement, run, type UnitSpec } from './laws';

/*
 * A paragraph that names no specific concept ("comprehensive policies, programmes and other
 * measures: (a) to prevent and combat trafficking in persons") is about the kind of measure its
 * article title names ("Prevention of trafficking in persons"): a provision that shares its other
 * words but not that concept does not address it.
 */

type Lang = 'en' | 'fr' | 'es';

const OFFENCE: Record<Lang, UnitSpec> = {
  en: {
    number: '2',
    heading: 'Offence',
    text: 'Any person who recruits, transports or harbours a person by means of threat or deception for the purpose of exploitation commits the offence of trafficking in persons and is liable to imprisonment for ten years.',
  },
  fr: {
    number: '2',
    heading: 'Infraction',
    text: "Quiconque recrute, transporte ou héberge une personne par la menace ou la tromperie aux fins d'exploitation commet l'infraction de traite des personnes et est puni de dix ans d'emprisonnement.",
  },
  es: {
    number: '2',
    heading: 'Delito',
    text: 'El que capte, transporte o acoja a una persona mediante amenaza o engaño con fines de explotación comete el delito de trata de personas y será castigado con diez años de prisión.',
  },
};

const PLAN: Record<Lang, UnitSpec> = {
  en: {
    number: '8',
    heading: 'National plan',
    text: 'The Government shall adopt comprehensive policies and programmes to prevent and combat trafficking in persons and to protect its victims from revictimization.',
  },
  fr: {
    number: '8',
    heading: 'Plan national',
    text: 'Le Gouvernement adopte des politiques et des programmes complets pour prévenir et combattre la traite des personnes et protéger les victimes contre une nouvelle victimisation.',
  },
  es: {
    number: '8',
    heading: 'Plan nacional',
    text: 'El Gobierno adoptará políticas y programas amplios para prevenir y combatir la trata de personas y proteger a las víctimas contra un nuevo riesgo de victimización.',
  },
};

/** Shares the paragraph's words (trafficking in persons, victims, women and children) but prevents nothing. */
const REPORT: Record<Lang, UnitSpec> = {
  en: {
    number: '8',
    heading: 'Annual report',
    text: 'The Minister shall lay before Parliament each year a report on the cases of trafficking in persons and on the victims, especially women and children, identified in that year.',
  },
  fr: {
    number: '8',
    heading: 'Rapport annuel',
    text: "Le ministre présente chaque année au Parlement un rapport sur les affaires de traite des personnes et sur les victimes, en particulier les femmes et les enfants, identifiées dans l'année.",
  },
  es: {
    number: '8',
    heading: 'Informe anual',
    text: 'El Ministerio presentará cada año al Parlamento un informe sobre los casos de trata de personas y sobre las víctimas, especialmente mujeres y niños, identificadas en ese año.',
  },
};

describe('a paragraph naming nothing specific is about the measure its title names', () => {
  it('TIP art. 9(1) is about prevention; a paragraph with specific concepts keeps them', () => {
    const library = loadReferenceLibrary();
    expect(keyConcepts(library, 'tip-protocol:9(1)').all).toEqual(['prevention']);
    expect(keyConcepts(library, 'tip-protocol:9(2)').all).not.toContain('prevention');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('a plan to prevent trafficking addresses art. 9(1) (%s)', (lang) => {
    const r = requirement(run(lang, [OFFENCE[lang], PLAN[lang]], ['tip-protocol']), 'tip-protocol:9(1)');
    expect(r.matches[0]?.number).toBe('8');
    expect(r.status).not.toBe('gap');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('a report on cases and victims does not (%s)', (lang) => {
    const r = requirement(run(lang, [OFFENCE[lang], REPORT[lang]], ['tip-protocol']), 'tip-protocol:9(1)');
    expect(r.status).toBe('gap');
  });
});
