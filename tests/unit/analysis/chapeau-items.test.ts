import { describe, expect, it } from 'vitest';
import { elementPresent, findingCodes, requirement, run, type UnitSpec } from './laws';

/*
 * A list item is read with the chapeau that introduces it: "It shall not be a defence … to prove
 * that— (a) the victim consented …" states the consent rule although neither line holds it alone.
 */

type Lang = 'en' | 'fr' | 'es';

const OFFENCE: Record<Lang, UnitSpec> = {
  en: {
    number: '4',
    heading: 'Trafficking in persons',
    text: 'Any person who recruits, transports, transfers, harbours or receives another person by threat, force or deception for the purpose of exploitation commits the offence of trafficking in persons and is liable to imprisonment for fifteen years.',
  },
  fr: {
    number: '4',
    heading: 'Traite des personnes',
    text: "Le fait de recruter, transporter, transférer, héberger ou accueillir une personne par la menace, la contrainte ou la tromperie à des fins d'exploitation constitue la traite des personnes et est puni de quinze ans d'emprisonnement.",
  },
  es: {
    number: '4',
    heading: 'Trata de personas',
    text: 'El que capte, transporte, traslade, acoja o reciba a una persona mediante amenaza, violencia o engaño con fines de explotación comete el delito de trata de personas y será castigado con prisión de quince años.',
  },
};

/** The offence with a list under one of its subsections. */
function withList(lang: Lang, chapeau: string, items: string[]): UnitSpec {
  return { ...OFFENCE[lang], subsections: [{ text: chapeau, items }] };
}

describe('the consent rule split over a chapeau and its items', () => {
  const consentRule = withList(
    'en',
    'It shall not be a defence to a charge of trafficking in persons for the accused to prove that—',
    [
      'the victim consented to the acts that form the offence; or',
      'the victim had earlier worked in the same establishment.',
    ],
  );

  it('credits consent.irrelevant and meets art. 3(b)', () => {
    const result = run('en', [consentRule], ['tip-protocol']);
    expect(elementPresent(result, 'consent.irrelevant')).toBe(true);
    expect(requirement(result, 'tip-protocol:3(b)').status).not.toBe('gap');
  });

  it('cites the item, quoting the chapeau and the item', () => {
    const result = run('en', [consentRule], ['tip-protocol']);
    const el = requirement(result, 'tip-protocol:3(b)').elements.find((e) => e.id === 'consent.irrelevant')!;
    expect(el.provision).toBe('s4.1.a');
    expect(el.note).toMatch(/not be a defence.*consented/s);
  });

  it('does not when the list states the opposite: consent as a defence is an anti-pattern', () => {
    const defence = withList(
      'en',
      'It shall be a defence to a charge of trafficking in persons for the accused to prove that—',
      ['the victim consented to the acts that form the offence.'],
    );
    const result = run('en', [defence], ['tip-protocol']);
    expect(elementPresent(result, 'consent.irrelevant')).toBe(false);
    expect(findingCodes(result)).toContain('consent-defence');
  });

  it('does not join a chapeau that closes its own sentence to the item below it', () => {
    const closed = withList(
      'en',
      'It shall not be a defence to a charge of trafficking in persons to prove the fact.',
      ['A victim who consented to the acts may apply for assistance.'],
    );
    expect(elementPresent(run('en', [closed], ['tip-protocol']), 'consent.irrelevant')).toBe(false);
  });
});

describe('the rule for children split over a chapeau and its items', () => {
  const CHILD: Record<Lang, [string, string[]]> = {
    en: [
      'Where the victim is a child, the offence is committed—',
      ['even if the conduct does not involve any of the means set out in this section; and', 'whatever the purpose.'],
    ],
    fr: [
      "Lorsque la victime est un enfant, l'infraction est constituée :",
      [
        "même en l'absence de l'un des moyens énumérés au présent article ;",
        "quelle que soit la forme d'exploitation.",
      ],
    ],
    es: [
      'Cuando la víctima sea menor de edad, se impondrán las mismas penas:',
      [
        'aun cuando no concurriere ninguno de los medios enunciados en este artículo;',
        'cualquiera que sea la forma de explotación.',
      ],
    ],
  };

  it.each(['en', 'fr', 'es'] as Lang[])('child.no_means is found and art. 3(c) is not a gap (%s)', (lang) => {
    const [chapeau, items] = CHILD[lang];
    const result = run(lang, [withList(lang, chapeau, items)], ['tip-protocol']);
    expect(elementPresent(result, 'child.no_means')).toBe(true);
    expect(requirement(result, 'tip-protocol:3(c)').status).not.toBe('gap');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('but not from the items alone, without the chapeau (%s)', (lang) => {
    const [, items] = CHILD[lang];
    const result = run(lang, [{ ...OFFENCE[lang], subsections: items }], ['tip-protocol']);
    expect(elementPresent(result, 'child.no_means')).toBe(false);
  });
});
