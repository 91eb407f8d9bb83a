import { describe, expect, it } from 'vitest';
import { analyze } from '../../../shared/analysis/index';
import { ELEMENT_RULES_DATA } from '../../../shared/analysis/rules';
import { elementRuleSchema, parseInstrumentRules } from '../../../shared/analysis/rules-schema';
import { withCustomInstruments, type CustomInstrumentData } from '../../../shared/reference/custom';
import { validateLibrary } from '../../../shared/reference/library';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { law, requirement } from './laws';

/*
 * An imported instrument can carry its own analysis rules: checklists of its articles and the
 * element rules that recognise them, in the schema of resources/reference/rules, checked on
 * import and used by the analysis like the shipped ones.
 */

const shipped = loadReferenceLibrary();
type Lang = 'en' | 'fr' | 'es';

const RULES = {
  schema: 'lexgap.rules.instrument/1',
  version: 1,
  checklists: [
    {
      requirementId: 'regional-convention:13',
      title: { en: 'Recovery and reflection period', fr: 'Délai de rétablissement', es: 'Período de restablecimiento' },
      groups: [
        {
          id: 'reflection',
          label: { en: 'Reflection', fr: 'Réflexion', es: 'Reflexión' },
          elements: [
            {
              id: 'reflection.period',
              label: { en: 'reflection period', fr: 'délai de réflexion', es: 'período de reflexión' },
            },
          ],
        },
      ],
    },
  ],
  rules: {
    'reflection.period': {
      en: ['(recovery|reflection) ~ period'],
      fr: ['delai de (retablissement|reflexion)'],
      es: ['periodo de (restablecimiento|reflexion)'],
    },
  },
};

function instrument(rules?: unknown): CustomInstrumentData {
  return {
    id: 'regional-convention',
    title: 'Regional Convention on Action against Trafficking',
    shortTitle: 'Regional Convention',
    citation: '',
    language: 'en',
    imported: { fileName: 'convention.txt', format: 'txt', importedAt: '2026-01-01T00:00:00Z', importedBy: 'tester' },
    articles: [
      {
        number: '13',
        label: 'Article 13',
        title: 'Recovery and reflection period',
        chapter: null,
        text: 'Each Party shall provide in its internal law a recovery and reflection period of at least 30 days for victims of trafficking, during which no expulsion order may be enforced against them.',
        obligation: 'mandatory',
        obligationByWording: 'mandatory',
        wordingCue: 'shall',
        implements: [],
      },
    ],
    ...(rules ? { rules: parseInstrumentRules(rules, 'regional-convention') } : {}),
  };
}

const PROVISION: Record<Lang, string> = {
  en: 'A victim of trafficking in persons shall be granted a recovery and reflection period of thirty days during which the victim may not be removed from the territory.',
  fr: "La victime de la traite des personnes bénéficie d'un délai de rétablissement et de réflexion de trente jours pendant lequel elle ne peut être éloignée du territoire.",
  es: 'La víctima de la trata de personas tendrá un período de restablecimiento y reflexión de treinta días durante el cual no podrá ser expulsada del territorio.',
};

function run(lang: Lang, text: string, rules?: unknown) {
  const library = withCustomInstruments(shipped, [instrument(rules)], 'v1');
  return analyze({
    acts: [
      {
        file: 'law.txt',
        title: 'Act',
        language: lang,
        tree: law(lang, [{ number: '7', text }]),
      },
    ],
    library,
    instruments: ['regional-convention'],
    now: new Date('2026-01-01T00:00:00Z'),
  });
}

describe('rules carried by an imported instrument', () => {
  it('merge into the library: the checklist is listed and the library stays consistent', () => {
    const library = withCustomInstruments(shipped, [instrument(RULES)], 'v1');
    expect(library.checklists.map((c) => c.requirementId)).toContain('regional-convention:13');
    expect(library.rules?.elements['reflection.period']).toBeDefined();
    expect(validateLibrary(library)).toEqual([]);
  });

  it.each(['en', 'fr', 'es'] as Lang[])('decide the element of the imported article (%s)', (lang) => {
    const found = requirement(run(lang, PROVISION[lang], RULES), 'regional-convention:13');
    expect(found.elements.map((e) => [e.id, e.present])).toEqual([['reflection.period', true]]);
    expect(found.status).toBe('compliant');
    const missing = requirement(
      run(
        lang,
        lang === 'en'
          ? 'A victim shall receive medical care.'
          : lang === 'fr'
            ? 'La victime reçoit des soins médicaux.'
            : 'La víctima recibirá atención médica.',
        RULES,
      ),
      'regional-convention:13',
    );
    expect(missing.elements.map((e) => [e.id, e.present])).toEqual([['reflection.period', false]]);
    expect(missing.status).toBe('gap');
    // Without rules, the article is judged by its words alone: no checklist.
    expect(requirement(run(lang, PROVISION[lang]), 'regional-convention:13').elements).toEqual([]);
  });

  it('are refused with the first problem named', () => {
    const id = 'regional-convention';
    expect(() => parseInstrumentRules({ ...RULES, schema: 'lexgap.rules.elements/1' }, id)).toThrow(
      /Rules of regional-convention: schema/,
    );
    expect(() => parseInstrumentRules({ ...RULES, rules: {} }, id)).toThrow(/element reflection\.period has no rule/);
    expect(() =>
      parseInstrumentRules(
        { ...RULES, rules: { 'reflection.period': { en: ['@no_such_concept'], fr: [], es: [] } } },
        id,
      ),
    ).toThrow(/unknown|no_such_concept/);
    expect(() =>
      parseInstrumentRules(
        { ...RULES, checklists: [{ ...RULES.checklists[0], requirementId: 'tip-protocol:6(3)' }] },
        id,
      ),
    ).toThrow(/tip-protocol:6\(3\) is not an article of regional-convention/);
    expect(() => parseInstrumentRules({ ...RULES, rules: { 'Bad Id': RULES.rules['reflection.period'] } }, id)).toThrow(
      /rules/,
    );
  });

  it('use the same element-rule schema as the shipped rules', () => {
    for (const [id, rule] of Object.entries(ELEMENT_RULES_DATA.rules))
      expect(elementRuleSchema.safeParse(rule).success, id).toBe(true);
  });
});
