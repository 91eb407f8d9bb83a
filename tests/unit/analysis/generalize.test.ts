import { describe, expect, it } from 'vitest';
import { kindsOf } from '../../../shared/analysis/body-of-law';
import { analyze, type AnalysisResult } from '../../../shared/analysis/index';
import { findLawReferences } from '../../../shared/analysis/references';
import { sourceFromText, type LanguageCode } from '../../../shared/domain/source';
import { segment } from '../../../shared/segment/index';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { law, requirement, type UnitSpec } from './laws';

/*
 * What the analysis must get right on laws it was not tuned for, each class in English, French and
 * Spanish, on small hand-written provisions.
 */

const library = loadReferenceLibrary();
type Lang = 'en' | 'fr' | 'es';
const LANGS: Lang[] = ['en', 'fr', 'es'];

function run(lang: Lang, units: UnitSpec[], instruments: string[], title = 'Act'): AnalysisResult {
  return analyze({
    acts: [{ file: 'law.txt', title, language: lang, tree: law(lang, units) }],
    library,
    instruments,
    now: new Date('2026-01-01T00:00:00Z'),
  });
}

const OFFENCE: Record<Lang, UnitSpec> = {
  en: {
    number: '3',
    heading: 'Trafficking in persons',
    text: 'A person who recruits, transports, transfers, harbours or receives another person through violence, threats, deceit or abuse of a position of vulnerability for the purpose of exploitation commits an offence and is liable to imprisonment for fifteen years.',
  },
  fr: {
    number: '3',
    heading: 'Traite des personnes',
    text: "Constitue la traite des personnes le fait de recruter, transporter, transférer, héberger ou accueillir une personne par la contrainte, la menace ou la tromperie, ou en abusant d'une situation de vulnérabilité, à des fins d'exploitation. Elle est punie de dix ans d'emprisonnement.",
  },
  es: {
    number: '3',
    heading: 'Trata de personas',
    text: 'El que capte, transporte, traslade, acoja o reciba a una persona mediante engaño, violencia, amenaza o abuso de una situación de vulnerabilidad, con fines de explotación, será castigado con prisión de ocho a doce años.',
  },
};

const el = (r: AnalysisResult, req: string, id: string) => requirement(r, req).elements.find((e) => e.id === id)!;

describe('1. never "not applicable" for a whole instrument', () => {
  it.each(LANGS)('a trafficking law analysed against the SOM Protocol has gaps (%s)', (lang) => {
    const r = run(lang, [OFFENCE[lang]], ['som-protocol']);
    expect(requirement(r, 'som-protocol:6(1)(a)').status).toBe('gap');
    for (const x of r.requirements.filter((q) => q.status === 'not_applicable'))
      expect(x.reasonCode, x.id).toBe('general-clause');
  });
});

describe('2. the body of law, not one act', () => {
  it('recognises the kind of an act from its title in each language', () => {
    const kinds = (title: string, lang: Lang) =>
      kindsOf({ file: 'x', title, language: lang, tree: law(lang, [OFFENCE[lang]]) });
    expect(kinds('Prevention of Trafficking in Persons Act', 'en')).toEqual(['trafficking-act']);
    expect(kinds('Loi relative à la lutte contre la traite des êtres humains', 'fr')).toEqual(['trafficking-act']);
    expect(kinds('Código Penal', 'es')).toContain('penal-code');
    expect(kinds("Loi sur l'entrée et le séjour des étrangers", 'fr')).toEqual(['immigration']);
    expect(kinds('Ley de Migración', 'es')).toEqual(['immigration']);
  });

  it.each(LANGS)(
    'a requirement usually in a law not supplied is "not assessed", with that law to ask for (%s)',
    (lang) => {
      const r = run(
        lang,
        [OFFENCE[lang]],
        ['untoc'],
        lang === 'en'
          ? 'Trafficking Act'
          : lang === 'fr'
            ? 'Loi sur la traite des personnes'
            : 'Ley de trata de personas',
      );
      const extradition = requirement(r, 'untoc:16(3)');
      expect(extradition.status).toBe('not_assessed');
      expect(extradition.reasonParams).toMatchObject({ kind: 'mutual-legal-assistance' });
      expect(r.lawsToRequest!.map((l) => l.kind)).toContain('mutual-legal-assistance');
    },
  );
});

describe('3. references to other laws', () => {
  it('are found in English, French and Spanish, naming the other law', () => {
    expect(findLawReferences('"child" has the meaning assigned to it in the Children Act', 'en')[0]!.law).toBe(
      'the Children Act',
    );
    expect(findLawReferences('exploitation as defined in section 4 of the Penal Code', 'en')[0]).toMatchObject({
      law: 'the Penal Code',
      article: '4',
    });
    expect(findLawReferences("Il est puni des peines prévues à l'article 225-4 du code pénal.", 'fr')[0]).toMatchObject(
      {
        law: 'code pénal',
        article: '225-4',
      },
    );
    expect(findLawReferences('con las penas del artículo 140 del Código Penal', 'es')[0]).toMatchObject({
      law: 'Código Penal',
      article: '140',
    });
    expect(findLawReferences('as defined in this Act', 'en')).toEqual([]);
  });

  it.each([
    [
      'en',
      'Penalty for trafficking',
      'A person convicted of trafficking in persons shall be liable to the penalties prescribed in section 20 of the Penal Code.',
    ],
    [
      'fr',
      'Peines',
      "La personne coupable de traite des personnes encourt les peines prévues à l'article 20 du code pénal.",
    ],
    [
      'es',
      'Penas',
      'Quien cometa el delito de trata de personas será castigado con las penas establecidas en el artículo 20 del Código Penal.',
    ],
  ] as [Lang, string, string][])(
    'a provision whose content is in another law gets a finding naming it (%s)',
    (lang, heading, text) => {
      const r = run(lang, [OFFENCE[lang], { number: '4', heading, text }], ['untoc']);
      const all = r.requirements.flatMap((q) => q.findings).filter((f) => f.code === 'reference-to-other-law');
      expect(all.length).toBeGreaterThan(0);
      expect(String(all[0]!.params!.law).toLowerCase()).toMatch(/penal|pénal/);
      expect(all[0]!.params!.followed).toBe(false);
    },
  );
});

describe('4. elements in any syntax', () => {
  it.each(LANGS)('means written as a run of nouns are found (%s)', (lang) => {
    const r = run(lang, [OFFENCE[lang]], ['tip-protocol']);
    for (const id of ['means.threat', 'means.deception', 'means.vulnerability'])
      expect(el(r, 'tip-protocol:3(a)', id).present, `${lang} ${id}`).toBe(true);
  });

  it.each([
    ['en', 'It shall not be a defence to a charge of trafficking in persons that the victim consented to the act.'],
    ['fr', 'Le consentement de la victime ne fait pas obstacle aux poursuites pour traite des personnes.'],
    ['es', 'El consentimiento de la víctima no excluye la responsabilidad penal por el delito de trata de personas.'],
  ] as [Lang, string][])('consent irrelevance written as a rule of liability (%s)', (lang, text) => {
    const r = run(lang, [OFFENCE[lang], { number: '4', heading: null as unknown as string, text }], ['tip-protocol']);
    expect(el(r, 'tip-protocol:3(b)', 'consent.irrelevant').present).toBe(true);
    expect(requirement(r, 'tip-protocol:3(b)').findings.some((f) => f.code === 'consent-defence')).toBe(false);
  });

  it.each([
    [
      'en',
      'A person who recruits, transports, harbours or receives a child for the purpose of exploitation commits an offence, even if this does not involve any of the means set forth in section 3.',
    ],
    [
      'fr',
      "Le recrutement, le transport, l'hébergement ou l'accueil d'un enfant aux fins d'exploitation constitue la traite, même s'ils ne font appel à aucun des moyens énoncés à l'article 3.",
    ],
    [
      'es',
      'La captación, el transporte, la acogida o la recepción de un menor de edad con fines de explotación se considerará trata de personas incluso cuando no se recurra a ninguno de los medios del artículo 3.',
    ],
  ] as [Lang, string][])('child provisions without means (%s)', (lang, text) => {
    const r = run(lang, [OFFENCE[lang], { number: '4', text }], ['tip-protocol']);
    expect(el(r, 'tip-protocol:3(c)', 'child.no_means').present).toBe(true);
  });
});

describe('5. whole codes: the offence comes first among many articles', () => {
  const FILLER: Record<Lang, (i: number) => string> = {
    en: (i) =>
      `A person who steals property of a value exceeding ${i} units commits an offence and is liable to a fine.`,
    fr: (i) =>
      `Quiconque soustrait frauduleusement une chose d'une valeur supérieure à ${i} unités est puni d'une amende.`,
    es: (i) => `El que se apodere de una cosa mueble ajena de valor superior a ${i} unidades será castigado con multa.`,
  };
  const WORD: Record<Lang, string> = { en: 'Section', fr: 'Article', es: 'Artículo' };
  const CHAPTER: Record<Lang, [string, string]> = {
    en: ['CHAPTER 9 - TRAFFICKING IN PERSONS', 'CHAPTER 8 - THEFT'],
    fr: ['CHAPITRE 9 - DE LA TRAITE DES ÊTRES HUMAINS', 'CHAPITRE 8 - DU VOL'],
    es: ['CAPÍTULO 9 - DE LA TRATA DE SERES HUMANOS', 'CAPÍTULO 8 - DEL HURTO'],
  };
  it.each(LANGS)('the trafficking offence is the first candidate for the Protocol offence (%s)', (lang) => {
    const lines: string[] = [CHAPTER[lang][1]];
    for (let i = 1; i <= 80; i++) lines.push(`${WORD[lang]} ${i}.`, FILLER[lang](i));
    lines.push(CHAPTER[lang][0], `${WORD[lang]} 81.`, OFFENCE[lang].text);
    for (let i = 82; i <= 90; i++) lines.push(`${WORD[lang]} ${i}.`, FILLER[lang](i));
    const tree = segment(sourceFromText(lines.join('\n'), 'code.txt'), { language: lang as LanguageCode });
    const r = analyze({
      acts: [{ file: 'code.txt', title: 'Code', language: lang, tree }],
      library,
      instruments: ['tip-protocol'],
    });
    expect(requirement(r, 'tip-protocol:5(1)').matches[0]!.number).toBe('81');
    expect(requirement(r, 'tip-protocol:3(a)').matches[0]!.number).toBe('81');
  });
});

describe('6. institutional articles by heading and first sentence', () => {
  it.each([
    [
      'en',
      'Training',
      'The Ministry shall provide or strengthen programmes for law enforcement, immigration and other relevant officials in the prevention of trafficking in persons.',
    ],
    [
      'fr',
      'Formation des agents',
      "Le ministère organise des programmes à l'intention des services de répression, d'immigration et des autres services compétents sur la prévention de la traite des personnes.",
    ],
    [
      'es',
      'Capacitación',
      'El Ministerio impartirá programas a los funcionarios encargados de hacer cumplir la ley, de inmigración y otros funcionarios pertinentes sobre la prevención de la trata de personas.',
    ],
  ] as [Lang, string, string][])(
    'an article headed training is the candidate for TIP art. 10(2) (%s)',
    (lang, heading, text) => {
      const r = run(lang, [OFFENCE[lang], { number: '9', heading, text }], ['tip-protocol']);
      const training = requirement(r, 'tip-protocol:10(2)');
      expect(training.matches[0]!.number).toBe('9');
      expect(training.status).not.toBe('gap');
    },
  );
});

describe('7. say gap when it is a gap', () => {
  it.each(LANGS)('a law with only the offence has no partial training or repatriation measure (%s)', (lang) => {
    const r = run(lang, [OFFENCE[lang]], ['tip-protocol']);
    for (const id of ['tip-protocol:10(2)', 'tip-protocol:8(1)', 'tip-protocol:11(1)'])
      expect(requirement(r, id).status, `${lang} ${id}: ${requirement(r, id).reason}`).toBe('gap');
  });
});
