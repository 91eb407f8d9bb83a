import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expandPatterns,
  unknownConceptRefs,
  CONCEPTS_DATA,
  conceptLabel,
  ELEMENT_RULES_DATA,
} from '../../../shared/analysis/rules';
import {
  checkShippedRules,
  conceptsSchema,
  elementRulesSchema,
  profilesSchema,
} from '../../../shared/analysis/rules-schema';
import { compilePattern } from '../../../shared/analysis/lexicon';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { analyze } from '../../../shared/analysis/index';
import { law, requirement } from './laws';

/* The legal knowledge of the engine as data: schema-checked JSON under resources/reference/rules/. */

const DIR = join(__dirname, '../../../resources/reference/rules');
const read = (f: string): unknown => JSON.parse(readFileSync(join(DIR, f), 'utf8'));

describe('rules data', () => {
  it('every rules file passes its schema', () => {
    expect(conceptsSchema.safeParse(read('concepts.json')).error).toBeUndefined();
    expect(elementRulesSchema.safeParse(read('elements.json')).error).toBeUndefined();
    expect(profilesSchema.safeParse(read('profiles.json')).error).toBeUndefined();
  });

  it('the shipped files pass the check made when the app is built, and the data in use is what the schemas read', () => {
    expect(checkShippedRules(read)).toEqual([]);
    // The data is used as bundled, unparsed: a schema default it lacks would go missing.
    expect(CONCEPTS_DATA).toEqual(conceptsSchema.parse(read('concepts.json')));
    expect(ELEMENT_RULES_DATA).toEqual(elementRulesSchema.parse(read('elements.json')));
  });

  it('the build check names the file, the place and the problem', () => {
    const broken = (file: string, change: (data: Record<string, unknown>) => void) => (f: string) => {
      const data = structuredClone(read(f)) as Record<string, unknown>;
      if (f === file) change(data);
      return data;
    };
    expect(
      checkShippedRules(
        broken('profiles.json', (d) => {
          d.schema = 'lexgap.rules.profiles/9';
        }),
      ),
    ).toEqual([expect.stringMatching(/^resources\/reference\/rules\/profiles\.json: schema: /)]);
    expect(
      checkShippedRules(
        broken('elements.json', (d) => {
          (d.rules as Record<string, { en: string[] }>)['act.recruitment']!.en.push('@no_such_concept');
        }),
      ),
    ).toEqual(['resources/reference/rules/elements.json: unknown concepts act.recruitment: @no_such_concept']);
  });

  it('rejects a malformed file with the path of the problem', () => {
    const bad = structuredClone(read('concepts.json')) as { concepts: { weight: unknown }[] };
    bad.concepts[0]!.weight = 'heavy';
    const r = conceptsSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path.join('.')).toBe('concepts.0.weight');
    const combination = structuredClone(read('concepts.json')) as { combinations: { any: string[] }[] };
    combination.combinations[0]!.any.push('shelter_of_victims');
    const c = conceptsSchema.safeParse(combination);
    expect(c.success).toBe(false);
    expect(c.error!.issues[0]!.message).toMatch(/unknown concept/);
    const kinds = structuredClone(read('profiles.json')) as { homes: { articles: Record<string, string[]> } };
    kinds.homes.articles['untoc:99'] = ['tax-code'];
    expect(profilesSchema.safeParse(kinds).success).toBe(false);
  });

  it('every concept has a name in English, French and Spanish, not its id', () => {
    expect(CONCEPTS_DATA.concepts.length).toBeGreaterThan(80);
    for (const c of CONCEPTS_DATA.concepts) {
      const { en, fr, es } = c.label;
      const words = c.id.replace(/_/g, ' ');
      for (const name of [en, fr, es]) {
        expect(name.trim(), c.id).not.toBe('');
        expect(name, c.id).not.toContain('_');
        // An id that is not a plain word (abuse_of_power, age18) is never shown as it is.
        if (!/^[a-z]+$/.test(c.id)) expect(name, c.id).not.toBe(c.id);
        expect(name, c.id).not.toMatch(/[a-z]\d/);
      }
      // The French and Spanish names are translations, not the English id copied.
      expect(
        [fr, es].filter((n) => n === words),
        c.id,
      ).not.toEqual([fr, es]);
    }
    expect(conceptLabel('debt_bondage')).toEqual({
      en: 'debt bondage',
      fr: 'servitude pour dettes',
      es: 'servidumbre por deudas',
    });
  });

  it('a concept the data does not know is named by its id as words', () => {
    expect(conceptLabel('local_custom')).toEqual({ en: 'local custom', fr: 'local custom', es: 'local custom' });
  });

  it('rejects a concept without a name in every language', () => {
    const bad = structuredClone(read('concepts.json')) as { concepts: { label: Record<string, string> }[] };
    delete bad.concepts[3]!.label.fr;
    const r = conceptsSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path.join('.')).toBe('concepts.3.label.fr');
  });

  it('element rules name only concepts that exist, and every pattern compiles', () => {
    expect(unknownConceptRefs()).toEqual([]);
    const rules = structuredClone(ELEMENT_RULES_DATA);
    rules.rules['means.threat']!.en.push('@no_such_concept');
    expect(unknownConceptRefs(rules)).toEqual(['means.threat: @no_such_concept']);
    for (const c of CONCEPTS_DATA.concepts)
      for (const p of [...c.en, ...c.fr, ...c.es]) expect(() => new RegExp(compilePattern(p)), p).not.toThrow();
    for (const [id, r] of Object.entries(ELEMENT_RULES_DATA.rules))
      for (const lang of ['en', 'fr', 'es'] as const)
        for (const p of expandPatterns(r[lang], lang))
          expect(() => new RegExp(compilePattern(p)), `${id}: ${p}`).not.toThrow();
  });

  it('an @concept reference expands to the concept wordings and the country terms for it', () => {
    const threat = CONCEPTS_DATA.concepts.find((c) => c.id === 'threat')!;
    expect(expandPatterns(['@threat'], 'fr')).toEqual(threat.fr);
    expect(
      expandPatterns(['@debt_bondage'], 'es', [
        { concept: 'debt_bondage', language: 'es', pattern: 'peonaje' },
        { concept: 'debt_bondage', language: 'en', pattern: 'peonage' },
      ]),
    ).toContain('peonaje');
  });
});

describe('country terms of an assessment', () => {
  const library = loadReferenceLibrary();
  const units = (word: string) => [
    {
      number: '4',
      heading: 'Trafficking in persons',
      text: `A person who recruits, transports or harbours another person by means of force or deception for the purpose of exploitation commits an offence. In this section exploitation includes forced labour and ${word}.`,
    },
  ];
  const run = (
    lang: 'en' | 'es',
    word: string,
    terms?: { concept: string; language: 'en' | 'es'; pattern: string }[],
  ) =>
    analyze({
      acts: [{ file: 'a.txt', title: 'Act', language: lang, tree: law(lang, units(word)) }],
      library,
      instruments: ['tip-protocol'],
      ...(terms ? { countryTerms: terms } : {}),
      now: new Date('2026-01-01T00:00:00Z'),
    });
  const slaveryLike = (r: ReturnType<typeof run>) =>
    requirement(r, 'tip-protocol:3(a)').elements.find((e) => e.id === 'purpose.slavery_like')!;

  it('a local word for debt bondage, added as a country term, makes the element present', () => {
    expect(slaveryLike(run('en', 'peonage')).present).toBe(false);
    const withTerm = slaveryLike(
      run('en', 'peonage', [{ concept: 'debt_bondage', language: 'en', pattern: 'peonage' }]),
    );
    expect(withTerm.present).toBe(true);
    expect(withTerm.note).toContain('peonage');
    // A term in another language does not apply to this law.
    expect(
      slaveryLike(run('en', 'peonage', [{ concept: 'debt_bondage', language: 'es', pattern: 'peonage' }])).present,
    ).toBe(false);
  });

  it('is not left behind for the next analysis', () => {
    run('en', 'peonage', [{ concept: 'debt_bondage', language: 'en', pattern: 'peonage' }]);
    expect(slaveryLike(run('en', 'peonage')).present).toBe(false);
  });
});
