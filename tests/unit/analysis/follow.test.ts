import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/index';
import { explainFinding } from '../../../shared/analysis/explain';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { law, requirement, type UnitSpec } from './laws';

/*
 * A provision that takes its content from another law ("in accordance with section 40 of the
 * Penal Code") is followed when that law is among the assessment's acts: the article it names is
 * cited as evidence for the requirement, with a note naming the reference.
 */

const library = loadReferenceLibrary();
type Lang = 'en' | 'fr' | 'es';

const CASES: Record<Lang, { act: string; code: string; cites: UnitSpec; cited: UnitSpec; other: UnitSpec }> = {
  en: {
    act: 'Trafficking in Persons Act',
    code: 'Penal Code',
    cites: {
      number: '9',
      heading: 'Compensation of victims of trafficking',
      text: 'Victims of trafficking in persons shall have access to compensation and restitution: the court shall order the offender to compensate the victim in accordance with section 40 of the Penal Code.',
    },
    cited: {
      number: '40',
      heading: 'Orders after conviction',
      text: 'On conviction the court shall order the offender to pay to the person harmed an amount covering all pecuniary damages, including loss of income.',
    },
    other: { number: '41', heading: 'Fines', text: 'A fine shall be paid within thirty days.' },
  },
  fr: {
    act: 'Loi relative à la lutte contre la traite des personnes',
    code: 'Code pénal',
    cites: {
      number: '9',
      heading: 'Indemnisation des victimes de la traite',
      text: "Les victimes de la traite des personnes ont accès à l'indemnisation et à la restitution : le tribunal condamne l'auteur à indemniser la victime conformément à l'article 40 du code pénal.",
    },
    cited: {
      number: '40',
      heading: 'Mesures après condamnation',
      text: 'En cas de condamnation, le tribunal ordonne au condamné de verser à la personne lésée une somme couvrant tout le dommage pécuniaire, y compris la perte de revenus.',
    },
    other: { number: '41', heading: 'Amendes', text: "L'amende est payée dans les trente jours." },
  },
  es: {
    act: 'Ley contra la trata de personas',
    code: 'Código Penal',
    cites: {
      number: '9',
      heading: 'Indemnización de las víctimas de la trata',
      text: 'Las víctimas de la trata de personas tendrán acceso a la indemnización y la restitución: el tribunal condenará al autor a indemnizar a la víctima conforme al artículo 40 del Código Penal.',
    },
    cited: {
      number: '40',
      heading: 'Medidas tras la condena',
      text: 'En caso de condena, el tribunal ordenará al condenado pagar a la persona perjudicada una suma que cubra todos los daños pecuniarios, incluida la pérdida de ingresos.',
    },
    other: { number: '41', heading: 'Multas', text: 'La multa se pagará en el plazo de treinta días.' },
  },
};

function analyse(lang: Lang, withCode: boolean) {
  const c = CASES[lang];
  const acts = [{ file: 'act.txt', title: c.act, language: lang, tree: law(lang, [c.cites]) }];
  if (withCode) acts.push({ file: 'code.txt', title: c.code, language: lang, tree: law(lang, [c.other, c.cited]) });
  return analyze({ acts, library, instruments: ['untoc'], now: new Date('2026-01-01T00:00:00Z') });
}

describe('a reference to a law in the assessment is followed', () => {
  it.each(['en', 'fr', 'es'] as Lang[])('the article it names is cited as evidence, with a note (%s)', (lang) => {
    const q = requirement(analyse(lang, true), 'untoc:25(2)');
    expect(q.matches[0]!.number).toBe('9');
    const cited = q.matches.find((m) => m.act === 'code.txt');
    expect(cited?.number).toBe('40');
    const note = q.findings.find((f) => f.code === 'reference-to-other-law');
    expect(note?.params).toMatchObject({ followed: true, article: '40', cite: '9' });
    expect(explainFinding(note!, lang)).toContain('40');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('without that law, the reference is only flagged (%s)', (lang) => {
    const q = requirement(analyse(lang, false), 'untoc:25(2)');
    const note = q.findings.find((f) => f.code === 'reference-to-other-law');
    expect(note?.params).toMatchObject({ followed: false });
    expect(note?.params).not.toHaveProperty('article');
    expect(q.matches.every((m) => m.act === 'act.txt')).toBe(true);
  });
});
