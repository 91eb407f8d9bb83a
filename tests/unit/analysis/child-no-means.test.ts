import { describe, expect, it } from 'vitest';
import { elementPresent, run, type UnitSpec } from './laws';

/*
 * "Even if none of the means is used, … is trafficking when committed against a child": the rule
 * that a child needs no means, written as one long sentence where the child comes many words
 * after the means (TIP art. 3(c)).
 */

type Lang = 'en' | 'fr' | 'es';

const OFFENCE: Record<Lang, UnitSpec> = {
  en: {
    number: '5',
    heading: 'Trafficking in persons',
    text: 'Whoever recruits, transports, transfers, harbours or receives a person by threat, force or deception for the purpose of exploitation commits an offence and is liable to imprisonment for ten years.',
    subsections: [
      'Even if the conduct does not involve any of the means referred to in the preceding subsection, any of the acts described in that subsection shall be trafficking in persons when it is carried out for the purpose of exploitation against a child.',
    ],
  },
  fr: {
    number: '5',
    heading: 'Traite des personnes',
    text: "Le fait de recruter, transporter, transférer, héberger ou accueillir une personne par la menace, la contrainte ou la tromperie à des fins d'exploitation est puni de dix ans d'emprisonnement.",
    subsections: [
      "Même s'ils ne recourent à aucun des moyens énumérés à l'alinéa précédent, les actes décrits à cet alinéa constituent la traite des personnes lorsqu'ils sont commis à des fins d'exploitation à l'égard d'un enfant.",
    ],
  },
  es: {
    number: '5',
    heading: 'Trata de personas',
    text: 'El que capte, transporte, traslade, acoja o reciba a una persona mediante amenaza, violencia o engaño con fines de explotación será castigado con prisión de diez años.',
    subsections: [
      'Aun cuando no se recurra a ninguno de los medios enunciados en el apartado anterior, se considerará trata de personas cualquiera de las acciones indicadas en el apartado anterior cuando se lleve a cabo con fines de explotación respecto de menores de edad.',
    ],
  },
};

describe('a child needs no means, in one long sentence', () => {
  it.each(['en', 'fr', 'es'] as Lang[])('child.no_means is found (%s)', (lang) => {
    expect(elementPresent(run(lang, [OFFENCE[lang]], ['tip-protocol']), 'child.no_means')).toBe(true);
  });

  it.each(['en', 'fr', 'es'] as Lang[])('but not when the sentence is about adults only (%s)', (lang) => {
    const adult = {
      ...OFFENCE[lang],
      subsections: [
        lang === 'en'
          ? 'Even if the conduct does not involve any of the means referred to in the preceding subsection, the court shall take into account the circumstances of the offence when setting the penalty.'
          : lang === 'fr'
            ? "Même s'ils ne recourent à aucun des moyens énumérés à l'alinéa précédent, les actes décrits à cet alinéa sont pris en compte par le juge pour fixer la peine."
            : 'Aun cuando no se recurra a ninguno de los medios enunciados en el apartado anterior, el juez tendrá en cuenta las circunstancias del hecho para fijar la pena.',
      ],
    };
    expect(elementPresent(run(lang, [adult], ['tip-protocol']), 'child.no_means')).toBe(false);
  });
});
