import { describe, expect, it } from 'vitest';
import { readReferenceData } from '../../../electron/main/reference/load';
import { buildReferenceLibrary, listRequirements, validateLibrary } from '../../../shared/reference/library';

describe('reference library', () => {
  const raw = readReferenceData();
  const lib = buildReferenceLibrary(raw);

  it('keeps every article and paragraph of each treaty', () => {
    for (const t of raw.treaties) {
      const inst = lib.instruments.find((i) => i.id === t.id)!;
      expect(inst.articles.length).toBe(t.articles.length);
      const paras = inst.articles.reduce((n, a) => n + a.paragraphs.length, 0);
      expect(paras).toBe(t.articles.reduce((n, a) => n + a.paragraphs.length, 0));
    }
  });

  it('has unique requirement ids and resolvable Model Law links', () => {
    expect(validateLibrary(lib)).toEqual([]);
    const ids = listRequirements(lib).map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('tip-protocol:5(2)(a)');
    expect(ids).toContain('model-law-tip:5');
  });
});

describe('Model Law titles in French and Spanish', () => {
  const raw = readReferenceData();
  const lib = buildReferenceLibrary(raw);

  it('names every Model Law, chapter and article in each language, from a translation marked unofficial', () => {
    for (const id of ['model-law-tip', 'model-law-som']) {
      const inst = lib.instruments.find((i) => i.id === id)!;
      for (const lang of ['fr', 'es'] as const) {
        const file = raw.translations.find((t) => t.id === id && t.lang === lang);
        expect(file?.unofficial, `${id}.${lang} is the application's own translation`).toBe(true);
        expect(inst.titleTranslations?.[lang]).toBeTruthy();
        for (const m of inst.modelLawArticles) {
          expect(m.titleTranslations[lang], `${m.id} title in ${lang}`).toBeTruthy();
          expect(m.titleTranslations[lang]).not.toBe(m.title);
          expect(m.chapterTitleTranslations[lang], `${m.id} chapter in ${lang}`).toBeTruthy();
        }
      }
    }
    const attempt = lib.instruments
      .find((i) => i.id === 'model-law-tip')!
      .modelLawArticles.find((m) => m.number === '14')!;
    expect(attempt).toMatchObject({ title: 'Attempt', titleTranslations: { fr: 'Tentative', es: 'Tentativa' } });
    expect(lib.instruments.find((i) => i.id === 'model-law-som')!.titleTranslations).toMatchObject({
      fr: 'Loi type contre le trafic illicite de migrants',
      es: 'Ley Modelo contra el tráfico ilícito de migrantes',
    });
  });

  it('keeps the official texts official: only the Model Law translations are marked unofficial', () => {
    for (const t of raw.translations)
      expect(t.unofficial === true, `${t.id}.${t.lang}`).toBe(t.id.startsWith('model-law'));
  });
});
