import { describe, expect, it } from 'vitest';
import { requirement, run, type UnitSpec } from './laws';

/*
 * The offence provision, not what surrounds it, is the first candidate for the Protocol offence:
 * the definition of exploitation shares its words (means, purposes, "intentionally") but does
 * not create it.
 */

type Lang = 'en' | 'fr' | 'es';

const UNITS: Record<Lang, UnitSpec[]> = {
  en: [
    {
      number: '4',
      heading: 'Trafficking in persons',
      text: 'Any person who recruits, transports or harbours a person by means of threat or deception for the purpose of exploitation commits an offence and is liable to imprisonment for ten years.',
    },
    {
      number: '5',
      heading: 'Exploitation',
      text: 'For the purposes of section 4, a person exploits another person if that person intentionally causes the trafficked person, by threat, force, coercion, abduction, fraud, deception or abuse of power or of a position of vulnerability, to provide forced labour or services, slavery or practices similar to slavery, servitude, the prostitution of others or other forms of sexual exploitation, or the removal of organs.',
    },
  ],
  fr: [
    {
      number: '4',
      heading: 'Traite des personnes',
      text: "Le fait de recruter, de transporter ou d'héberger une personne par la menace ou la tromperie à des fins d'exploitation constitue une infraction punie de dix ans d'emprisonnement.",
    },
    {
      number: '5',
      heading: 'Exploitation',
      text: "Pour l'application de l'article 4, l'exploitation s'entend du fait d'amener intentionnellement la personne victime de la traite, par la menace, la force, la contrainte, l'enlèvement, la fraude, la tromperie ou l'abus d'autorité ou d'une situation de vulnérabilité, à fournir un travail ou des services forcés, à l'esclavage ou aux pratiques analogues à l'esclavage, à la servitude, à l'exploitation de la prostitution d'autrui ou à d'autres formes d'exploitation sexuelle, ou au prélèvement d'organes.",
    },
  ],
  es: [
    {
      number: '4',
      heading: 'Trata de personas',
      text: 'El que capte, transporte o acoja a una persona mediante amenaza o engaño con fines de explotación será castigado con prisión de diez años.',
    },
    {
      number: '5',
      heading: 'Explotación',
      text: 'A los efectos del artículo 4, se entiende por explotación el hecho de someter intencionalmente a la víctima de la trata, mediante amenaza, fuerza, coacción, rapto, fraude, engaño o abuso de poder o de una situación de vulnerabilidad, a trabajos o servicios forzados, a la esclavitud o prácticas análogas a la esclavitud, a la servidumbre, a la explotación de la prostitución ajena u otras formas de explotación sexual, o a la extracción de órganos.',
    },
  ],
};

describe('the offence comes before the provisions that explain it', () => {
  it.each(['en', 'fr', 'es'] as Lang[])('TIP art. 5(1) and UNTOC art. 34(2) cite the offence first (%s)', (lang) => {
    const r = run(lang, UNITS[lang], ['tip-protocol', 'untoc']);
    expect(requirement(r, 'tip-protocol:5(1)').matches[0]!.number).toBe('4');
    expect(requirement(r, 'untoc:34(2)').matches[0]!.number).toBe('4');
    // The definition is still listed: the offence is read with it.
    expect(requirement(r, 'tip-protocol:5(1)').matches.map((m) => m.number)).toContain('5');
  });
});

describe('an offence punished by a fine only is still the Protocol offence', () => {
  const FINED: Record<Lang, UnitSpec> = {
    en: {
      number: '4',
      heading: 'Trafficking in persons',
      text: 'Any person who recruits, transports or harbours a person by means of threat or deception for the purpose of exploitation shall pay a fine of one hundred thousand units.',
    },
    fr: {
      number: '4',
      heading: 'Traite des personnes',
      text: "Quiconque recrute, transporte ou héberge une personne par la menace ou la tromperie à des fins d'exploitation paie une amende de cent mille unités.",
    },
    es: {
      number: '4',
      heading: 'Trata de personas',
      text: 'El que capte, transporte o acoja a una persona mediante amenaza o engaño con fines de explotación pagará una multa de cien mil unidades.',
    },
  };
  it.each(['en', 'fr', 'es'] as Lang[])('UNTOC art. 34(2) finds it (%s)', (lang) => {
    const r = run(lang, [FINED[lang]], ['tip-protocol', 'untoc']);
    expect(requirement(r, 'untoc:34(2)').matches[0]?.number).toBe('4');
    expect(requirement(r, 'untoc:34(2)').status).not.toBe('gap');
  });
});
