import { describe, expect, it } from 'vitest';
import { derivedConcepts, findConcepts } from '../../../shared/analysis/lexicon';
import { foldText } from '../../../shared/text/fold';
import { requirement, run, type UnitSpec } from './laws';

/*
 * Assistance to victims written as the services it consists of (TIP art. 6(3): "the provision of"
 * housing, counselling, medical care, employment and training, for the victims' recovery): a
 * provision giving victims shelter or counselling assists them, whether or not it says
 * "assistance" (UNTOC art. 25(1)).
 */

type Lang = 'en' | 'fr' | 'es';

const OFFENCE: Record<Lang, UnitSpec> = {
  en: {
    number: '2',
    heading: 'Offence',
    text: 'Any person who recruits, transports or harbours another person by means of threat, force or deception for the purpose of exploitation commits an offence and is liable to imprisonment for twelve years.',
  },
  fr: {
    number: '2',
    heading: 'Infraction',
    text: "Quiconque recrute, transporte ou héberge une personne par la menace, la force ou la tromperie aux fins d'exploitation est puni de douze ans d'emprisonnement.",
  },
  es: {
    number: '2',
    heading: 'Delito',
    text: 'El que capte, transporte o acoja a una persona mediante amenaza, fuerza o engaño con fines de explotación será castigado con doce años de prisión.',
  },
};

const SERVICES: Record<Lang, UnitSpec> = {
  en: {
    number: '7',
    heading: 'Duties of the Minister',
    text: 'The Minister shall take measures to provide the victims of such offences with shelter, counselling and health care.',
  },
  fr: {
    number: '7',
    heading: 'Attributions du ministre',
    text: 'Le ministre prend des mesures pour fournir aux victimes de ces infractions un logement, des conseils et des soins.',
  },
  es: {
    number: '7',
    heading: 'Atribuciones del Ministerio',
    text: 'El Ministerio adoptará medidas para proporcionar a las víctimas de estos delitos alojamiento, orientación y atención de salud.',
  },
};

/** The same services for everyone: not a measure for victims. */
const PUBLIC_SERVICES: Record<Lang, UnitSpec> = {
  en: {
    number: '7',
    heading: 'Duties of the Minister',
    text: 'The Minister shall take measures to provide the residents of each district with shelter, counselling and health care.',
  },
  fr: {
    number: '7',
    heading: 'Attributions du ministre',
    text: 'Le ministre prend des mesures pour fournir aux habitants de chaque district un logement, des conseils et des soins.',
  },
  es: {
    number: '7',
    heading: 'Atribuciones del Ministerio',
    text: 'El Ministerio adoptará medidas para proporcionar a los habitantes de cada distrito alojamiento, orientación y atención de salud.',
  },
};

const concepts = (text: string, lang: Lang) => new Set(findConcepts(foldText(text).folded, lang).map((h) => h.concept));

describe('services given to victims are assistance to victims', () => {
  it.each(['en', 'fr', 'es'] as Lang[])('the provision holds assistance though it never says so (%s)', (lang) => {
    const own = concepts(SERVICES[lang].text, lang);
    expect(own.has('assistance')).toBe(false);
    expect(derivedConcepts(own)).toContain('assistance');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('UNTOC art. 25(1) finds it first (%s)', (lang) => {
    const r = requirement(run(lang, [OFFENCE[lang], SERVICES[lang]], ['untoc']), 'untoc:25(1)');
    expect(r.matches[0]?.number).toBe('7');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('but the same services for everyone are not (%s)', (lang) => {
    expect(derivedConcepts(concepts(PUBLIC_SERVICES[lang].text, lang))).not.toContain('assistance');
    const r = requirement(run(lang, [OFFENCE[lang], PUBLIC_SERVICES[lang]], ['untoc']), 'untoc:25(1)');
    // A gap of the text (asked for in the law where victim assistance usually lives).
    expect(['gap', 'not_assessed']).toContain(r.status);
  });
});
