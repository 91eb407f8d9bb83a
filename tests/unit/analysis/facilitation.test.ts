import { describe, expect, it } from 'vitest';
import { requirement, run, type UnitSpec } from './laws';

/*
 * A smuggling offence written as facilitation or help ("facilitates the illegal entry") reaches
 * whoever helps in the entry as a principal: participation as an accomplice (SOM art. 6(2)(b)) is
 * covered in substance, though no complicity clause is written.
 */

type Lang = 'en' | 'fr' | 'es';

const FACILITATES: Record<Lang, UnitSpec> = {
  en: {
    number: '4',
    heading: 'Smuggling of migrants',
    text: 'Any person who, in order to obtain a financial or other material benefit, facilitates the illegal entry into the country of a person who is not a national commits an offence and is liable to imprisonment for ten years.',
  },
  fr: {
    number: '4',
    heading: 'Trafic illicite de migrants',
    text: "Quiconque, en vue d'en tirer un avantage financier ou un autre avantage matériel, facilite l'entrée irrégulière sur le territoire d'un étranger est puni de dix ans d'emprisonnement.",
  },
  es: {
    number: '4',
    heading: 'Tráfico ilícito de migrantes',
    text: 'El que, con ánimo de lucro, facilite la entrada ilegal al país de una persona que no sea nacional será castigado con prisión de diez años.',
  },
};

/** The same offence named or written as procurement: no verb of help. */
const PROCURES: Record<Lang, UnitSpec> = {
  en: {
    number: '4',
    heading: 'Smuggling of migrants',
    text: 'Any person who, in order to obtain a financial or other material benefit, procures the illegal entry into the country of a person who is not a national commits an offence and is liable to imprisonment for ten years.',
  },
  fr: {
    number: '4',
    heading: 'Infraction',
    text: "Le trafic illicite de migrants commis en vue d'en tirer un avantage financier ou un autre avantage matériel est puni de dix ans d'emprisonnement.",
  },
  es: {
    number: '4',
    heading: 'Delito',
    text: 'El que cometa tráfico ilícito de migrantes con ánimo de lucro será castigado con prisión de diez años.',
  },
};

const accomplice = (lang: Lang, unit: UnitSpec) =>
  requirement(run(lang, [unit], ['som-protocol']), 'som-protocol:6(2)(b)');

describe('an offence of facilitating the entry covers those who help in it', () => {
  it.each(['en', 'fr', 'es'] as Lang[])('accomplices are covered in substance (%s)', (lang) => {
    const r = accomplice(lang, FACILITATES[lang]);
    const el = r.elements.find((e) => e.id === 'liability.accomplice');
    expect(el?.present).toBe(true);
    expect(el?.note).toMatch(/^in substance/);
    expect(r.status).not.toBe('gap');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('not when the offence is procurement or named only (%s)', (lang) => {
    const r = accomplice(lang, PROCURES[lang]);
    expect(r.elements.find((e) => e.id === 'liability.accomplice')?.present).toBe(false);
    expect(r.status).toBe('gap');
  });
});
