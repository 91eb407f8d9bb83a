import { describe, expect, it } from 'vitest';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { requirement, run, type UnitSpec } from './laws';

/*
 * UNTOC art. 25(2) (procedures giving victims access to compensation and restitution) is decided
 * by the element TIP art. 6(6) is decided by: a court order making the offender pay the person
 * harmed for the damage meets it, however few words it shares with the paragraph.
 */

type Lang = 'en' | 'fr' | 'es';

const OFFENCE: Record<Lang, UnitSpec> = {
  en: {
    number: '3',
    heading: 'Offence',
    text: 'Any person who recruits, transports or harbours another person by means of threat, force or deception for the purpose of exploitation commits an offence and is liable to imprisonment for ten years.',
  },
  fr: {
    number: '3',
    heading: 'Infraction',
    text: "Quiconque recrute, transporte ou héberge une personne par la menace, la force ou la tromperie aux fins d'exploitation est puni de dix ans d'emprisonnement.",
  },
  es: {
    number: '3',
    heading: 'Delito',
    text: 'El que capte, transporte o acoja a una persona mediante amenaza, fuerza o engaño con fines de explotación será castigado con diez años de prisión.',
  },
};

const ORDER: Record<Lang, UnitSpec> = {
  en: {
    number: '11',
    heading: 'Orders on sentencing',
    text: 'Where bodily or psychological harm results from the offence, the court may order the offender to pay to the person harmed an amount covering all pecuniary damages, including loss of income or support.',
  },
  fr: {
    number: '11',
    heading: 'Mesures au prononcé de la peine',
    text: "Lorsque l'infraction a causé un préjudice corporel ou moral, le tribunal peut ordonner au condamné de verser à la personne lésée une somme couvrant tous les dommages pécuniaires, y compris la perte de revenus.",
  },
  es: {
    number: '11',
    heading: 'Medidas al dictar sentencia',
    text: 'Cuando el delito cause un perjuicio corporal o psicológico, el tribunal podrá ordenar al condenado pagar a la persona perjudicada una suma que cubra todos los daños pecuniarios, incluida la pérdida de ingresos.',
  },
};

const FINES: Record<Lang, UnitSpec> = {
  en: {
    number: '11',
    heading: 'Payment of fines',
    text: 'A fine imposed under this Act shall be paid to the court within thirty days of the conviction.',
  },
  fr: {
    number: '11',
    heading: 'Paiement des amendes',
    text: "L'amende prononcée en application de la présente loi est payée au greffe dans les trente jours de la condamnation.",
  },
  es: {
    number: '11',
    heading: 'Pago de las multas',
    text: 'La multa impuesta conforme a esta ley se pagará al tribunal dentro de los treinta días siguientes a la condena.',
  },
};

describe('UNTOC art. 25(2) is decided by the compensation element', () => {
  it('has the checklist of TIP art. 6(6)', () => {
    const lists = loadReferenceLibrary().checklists;
    const ids = (id: string) =>
      lists.find((c) => c.requirementId === id)?.groups.flatMap((g) => g.elements.map((e) => e.id));
    expect(ids('untoc:25(2)')).toEqual(ids('tip-protocol:6(6)'));
  });

  it.each(['en', 'fr', 'es'] as Lang[])('a compensation order meets it (%s)', (lang) => {
    const r = requirement(run(lang, [OFFENCE[lang], ORDER[lang]], ['untoc']), 'untoc:25(2)');
    expect(r.elements.find((e) => e.id === 'victim.compensation')).toMatchObject({ present: true, number: '11' });
    expect(r.status).toBe('compliant');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('a rule on paying fines does not (%s)', (lang) => {
    const r = requirement(run(lang, [OFFENCE[lang], FINES[lang]], ['untoc']), 'untoc:25(2)');
    expect(r.elements.find((e) => e.id === 'victim.compensation')?.present).toBe(false);
    expect(['gap', 'not_assessed']).toContain(r.status);
  });
});
