import { describe, expect, it } from 'vitest';
import { elementPresent, requirement, run, type UnitSpec } from './laws';

/*
 * Consent irrelevance and the child without means written as a short article of their own, apart
 * from the offence, in the wording laws use for a rule of liability; the Protocol's acts written as
 * nouns and infinitives. Hand-written provisions in English, French and Spanish.
 */

type Lang = 'en' | 'fr' | 'es';

const OFFENCE: Record<Lang, UnitSpec> = {
  en: {
    number: '5',
    heading: 'Trafficking',
    text: 'A person who recruits, transports, transfers, harbours or receives another person by threat, force, deception or abuse of a position of vulnerability for the purpose of exploitation commits an offence and is liable to imprisonment for fifteen years.',
  },
  fr: {
    number: '5',
    heading: 'Traite',
    text: "Quiconque recrute, transporte, transfère, héberge ou accueille une personne par la menace, la force, la tromperie ou l'abus d'une situation de vulnérabilité aux fins d'exploitation est puni de dix ans d'emprisonnement.",
  },
  es: {
    number: '5',
    heading: 'Trata',
    text: 'El que capte, transporte, traslade, acoja o reciba a una persona mediante amenaza, fuerza, engaño o abuso de una situación de vulnerabilidad con fines de explotación será castigado con prisión de ocho a doce años.',
  },
};

/** The offence and, as article 6 without a heading, the rule under test. */
const withRule = (lang: Lang, text: string) => run(lang, [OFFENCE[lang], { number: '6', text }], ['tip-protocol']);

describe('consent irrelevant, as a rule of liability in an article of its own', () => {
  const cases: [Lang, string][] = [
    ['en', 'The consent of the victim shall not be a defence to a charge under this Act.'],
    ['en', 'It is no defence that the victim consented to the exploitation.'],
    ['fr', "Le consentement de la victime n'exonère pas l'auteur de sa responsabilité pénale."],
    ['fr', "Le consentement de la victime est sans effet sur l'existence de l'infraction."],
    ['es', 'El consentimiento dado por la víctima no eximirá de responsabilidad penal a los autores.'],
    ['es', 'El consentimiento de la víctima no constituye causa de exclusión de la responsabilidad penal.'],
  ];
  it.each(cases)('%s: "%s"', (lang, text) => {
    const result = withRule(lang, text);
    expect(elementPresent(result, 'consent.irrelevant')).toBe(true);
    expect(requirement(result, 'tip-protocol:3(b)').status).not.toBe('gap');
  });

  it('is not read into an article where consent is about something else', () => {
    const cases: [Lang, string][] = [
      ['en', 'A police officer may enter premises with the consent of the occupier.'],
      ['fr', "Un officier de police peut pénétrer dans les lieux avec le consentement de l'occupant."],
      ['es', 'La policía podrá ingresar al domicilio con el consentimiento del ocupante.'],
    ];
    for (const [lang, text] of cases) expect(elementPresent(withRule(lang, text), 'consent.irrelevant')).toBe(false);
  });
});

describe('a child needs no means, in an article of its own', () => {
  const cases: [Lang, string][] = [
    ['en', 'Where the victim is a child, the offence is committed even if none of the means is used.'],
    [
      'en',
      'Where the offence is committed against a child, it shall not be necessary to prove any of the means referred to in this Act.',
    ],
    [
      'en',
      'The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose of exploitation is trafficking whether or not any of the means referred to above is used.',
    ],
    [
      'fr',
      "Lorsque la victime est un enfant, l'infraction est constituée même en l'absence de l'un des moyens énumérés.",
    ],
    [
      'es',
      'Cuando la víctima sea menor de dieciocho años, no se requerirá que concurra ninguno de los medios señalados.',
    ],
  ];
  it.each(cases)('%s: "%s"', (lang, text) => {
    expect(elementPresent(withRule(lang, text), 'child.no_means')).toBe(true);
  });

  it('is not read where the means are required of a child too', () => {
    const text = 'Where the victim is a child, the penalty is doubled.';
    expect(elementPresent(withRule('en', text), 'child.no_means')).toBe(false);
  });
});

describe('the acts of the definition written as nouns or infinitives', () => {
  it('French nouns of the Protocol: « l’hébergement ou l’accueil de personnes »', () => {
    const result = run(
      'fr',
      [
        {
          number: '2',
          heading: 'Traite des personnes',
          text: "Constitue la traite des personnes le recrutement, le transport, le transfert, l'hébergement ou l'accueil de personnes, par la menace ou la tromperie, aux fins d'exploitation. Elle est punie de dix ans d'emprisonnement.",
        },
      ],
      ['tip-protocol'],
    );
    for (const act of ['act.recruitment', 'act.transportation', 'act.transfer', 'act.harbouring', 'act.receipt'])
      expect(elementPresent(result, act), act).toBe(true);
  });

  it('Spanish infinitives and nouns: "transferir", "la acogida"', () => {
    const verbs = run(
      'es',
      [
        {
          number: '10',
          heading: 'Trata de personas',
          text: 'Comete el delito de trata de personas quien realice cualquier acción para captar, transportar, transferir, retener o recibir a una persona con fines de explotación, y será sancionado con prisión de cinco a quince años.',
        },
      ],
      ['tip-protocol'],
    );
    expect(elementPresent(verbs, 'act.transfer')).toBe(true);
    const nouns = run(
      'es',
      [
        {
          number: '10',
          heading: 'Trata de personas',
          text: 'Se entiende por trata de personas la captación, el transporte, la acogida o la recepción de personas, mediante engaño, con fines de explotación, y será sancionada con prisión de cinco a quince años.',
        },
      ],
      ['tip-protocol'],
    );
    expect(elementPresent(nouns, 'act.harbouring')).toBe(true);
  });
});

describe('the smuggling offences in the Protocol’s own French and Spanish words', () => {
  const SMUGGLING: Record<'fr' | 'es', UnitSpec> = {
    fr: {
      number: '2',
      heading: 'Trafic illicite de migrants',
      text: "Est puni de dix ans d'emprisonnement quiconque, afin d'en tirer un avantage financier, assure l'entrée illégale sur le territoire d'une personne qui n'en est ni ressortissante ni résidente permanente.",
    },
    es: {
      number: '2',
      heading: 'Tráfico ilícito de migrantes',
      text: 'El que, con el fin de obtener un beneficio financiero, facilite la entrada ilegal al país de una persona que no sea nacional ni residente permanente será castigado con prisión de cinco a diez años.',
    },
  };
  const withSmuggling = (lang: 'fr' | 'es', unit: UnitSpec) => run(lang, [SMUGGLING[lang], unit], ['som-protocol']);

  it('« demeurer … sans satisfaire aux conditions nécessaires au séjour légal » is enabling illegal stay', () => {
    const result = withSmuggling('fr', {
      number: '4',
      heading: 'Séjour illégal',
      text: "Est puni quiconque permet à une personne qui n'est ni ressortissante ni résidente permanente de demeurer sur le territoire sans satisfaire aux conditions nécessaires au séjour légal, par des moyens illégaux.",
    });
    expect(elementPresent(result, 'offence.illegal_stay')).toBe(true);
  });

  it('"cree, facilite o posea un documento de viaje o de identidad falso" is producing a fraudulent document', () => {
    const result = withSmuggling('es', {
      number: '3',
      heading: 'Documentos de viaje falsos',
      text: 'Será castigado el que, con el objeto de posibilitar el tráfico ilícito de migrantes, cree, facilite o posea un documento de viaje o de identidad falso.',
    });
    expect(elementPresent(result, 'offence.document_producing')).toBe(true);
  });

  it('"no estarán sujetos a enjuiciamiento penal por el hecho de haber sido objeto de tráfico" exempts the migrant', () => {
    const result = withSmuggling('es', {
      number: '6',
      heading: 'No punibilidad de los migrantes',
      text: 'Los migrantes no estarán sujetos a enjuiciamiento penal por el hecho de haber sido objeto de tráfico ilícito.',
    });
    expect(elementPresent(result, 'migrant.non_criminalization')).toBe(true);
  });
});
