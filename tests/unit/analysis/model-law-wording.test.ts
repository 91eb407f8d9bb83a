import { describe, expect, it } from 'vitest';
import { findConcepts } from '../../../shared/analysis/lexicon';
import { foldText } from '../../../shared/analysis/text';
import { TRAFFICKING_OFFENCE as OFFENCE, requirement, run, type UnitSpec } from './laws';

/*
 * Two provisions in the words of the Model Law and the Protocol, in any order: the non-liability
 * of victims for what they did as a direct consequence of being trafficked (Model Law art. 10:
 * "non-liability", « non-sanction », "no punibilidad"), and a victim's consent that is irrelevant,
 * said with "irrelevant" first ("It is irrelevant whether …", « Il est indifférent que … »).
 */

type Lang = 'en' | 'fr' | 'es';

const NON_LIABILITY: Record<Lang, UnitSpec> = {
  en: {
    number: '12',
    heading: 'Offences committed by victims',
    text: 'A person is not guilty of an offence committed as a direct consequence of being a victim of trafficking.',
  },
  fr: {
    number: '12',
    heading: 'Non-sanction des victimes',
    text: 'Les victimes ne répondent pas des infractions commises en conséquence directe de leur situation de victimes de la traite.',
  },
  es: {
    number: '12',
    heading: 'Hechos cometidos por las víctimas',
    text: 'Las víctimas de trata no serán penalmente responsables de los delitos cometidos como consecuencia directa de su situación.',
  },
};

const CONSENT: Record<Lang, UnitSpec> = {
  en: { number: '4', heading: 'Consent', text: 'It is irrelevant whether the victim consents to the exploitation.' },
  fr: {
    number: '4',
    heading: 'Consentement',
    text: "Il est indifférent que la victime ait consenti à l'exploitation.",
  },
  es: { number: '4', heading: 'Consentimiento', text: 'Es irrelevante si la víctima consintió la explotación.' },
};

const concepts = (lang: Lang, unit: UnitSpec) => findConcepts(foldText(unit.text).folded, lang).map((h) => h.concept);

describe('the non-liability of victims in the words of the Model Law', () => {
  it.each(['en', 'fr', 'es'] as Lang[])('is the concept of the provision (%s)', (lang) => {
    expect(concepts(lang, NON_LIABILITY[lang])).toContain('non_liability');
    expect(concepts(lang, OFFENCE[lang])).not.toContain('non_liability');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('meets Model Law art. 10 in that provision (%s)', (lang) => {
    const r = requirement(run(lang, [OFFENCE[lang], NON_LIABILITY[lang]], ['model-law-tip']), 'model-law-tip:10');
    expect(r.matches[0]?.number).toBe('12');
    expect(r.status).not.toBe('gap');
  });

  it.each(['en', 'fr', 'es'] as Lang[])('is a gap without it (%s)', (lang) => {
    const r = requirement(run(lang, [OFFENCE[lang]], ['model-law-tip']), 'model-law-tip:10');
    expect(r.status).toBe('gap');
  });
});

describe('consent said to be irrelevant, the word first', () => {
  it.each(['en', 'fr', 'es'] as Lang[])('is the element of the definition (%s)', (lang) => {
    const r = requirement(run(lang, [OFFENCE[lang], CONSENT[lang]], ['tip-protocol']), 'tip-protocol:3(b)');
    expect(r.elements.find((e) => e.id === 'consent.irrelevant')?.present).toBe(true);
    expect(r.status).not.toBe('gap');
    const without = requirement(run(lang, [OFFENCE[lang]], ['tip-protocol']), 'tip-protocol:3(b)');
    expect(without.elements.find((e) => e.id === 'consent.irrelevant')?.present).toBe(false);
  });
});
