import { describe, expect, it } from 'vitest';
import { elementPresent, run, type UnitSpec } from './laws';

/*
 * The smuggling offence worded as helping a person who is not a national to enter or transit in
 * breach of the law on entry (the wording of the facilitation laws of several States), with the
 * non-national named well before the entry (SOM art. 6(1)(a)).
 */

type Lang = 'en' | 'fr' | 'es';

const OFFENCE: Record<Lang, UnitSpec> = {
  en: {
    number: '12',
    heading: 'Assisting unlawful entry',
    text: 'Any person who intentionally assists a person who is not a national of a member State of the Union to enter or transit across the territory of the State in breach of the laws on the entry or transit of aliens shall be punished by imprisonment for up to three years.',
  },
  fr: {
    number: '12',
    heading: "Aide à l'entrée",
    text: "Quiconque aide intentionnellement une personne qui n'est pas ressortissant d'un État membre de l'Union à entrer sur le territoire de l'État ou à transiter par celui-ci en violation de la législation relative à l'entrée ou au transit des étrangers est puni de trois ans d'emprisonnement.",
  },
  es: {
    number: '12',
    heading: 'Ayuda a la entrada',
    text: 'El que intencionadamente ayude a una persona que no sea nacional de un Estado miembro de la Unión a entrar en el territorio del Estado o a transitar a través del mismo de un modo que vulnere la legislación sobre entrada o tránsito de extranjeros será castigado con prisión de hasta tres años.',
  },
};

describe('the smuggling offence as help to enter given to a non-national', () => {
  it.each(['en', 'fr', 'es'] as Lang[])('offence.smuggling is found (%s)', (lang) => {
    expect(elementPresent(run(lang, [OFFENCE[lang]], ['som-protocol']), 'offence.smuggling')).toBe(true);
  });

  it.each(['en', 'fr', 'es'] as Lang[])('help given to a national to leave is not smuggling (%s)', (lang) => {
    const other: UnitSpec = {
      number: '13',
      text:
        lang === 'en'
          ? 'Any officer who assists a national travelling abroad shall keep a record of the assistance given.'
          : lang === 'fr'
            ? "L'agent qui aide un ressortissant voyageant à l'étranger tient un registre de l'aide apportée."
            : 'El funcionario que ayude a un nacional que viaje al extranjero llevará un registro de la ayuda prestada.',
    };
    expect(elementPresent(run(lang, [other], ['som-protocol']), 'offence.smuggling')).toBe(false);
  });
});
