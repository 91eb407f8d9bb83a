import { describe, expect, it } from 'vitest';
import { loadReferenceLibrary } from '../../../electron/main/reference/load';
import { AppError } from '../../../shared/api/errors';
import { elementChecklistSchema, instrumentDetailSchema, instrumentSummarySchema } from '../../../shared/api/schemas';
import { withCustomInstruments, type CustomInstrumentData } from '../../../shared/reference/custom';
import { SHIPPED_INSTRUMENT_IDS } from '../../../shared/reference/library';
import { getElementChecklist, getInstrument, listInstruments } from '../../../shared/reference/views';

const shipped = loadReferenceLibrary();

const imported: CustomInstrumentData = {
  id: 'regional-convention',
  title: 'Convention régionale sur la lutte contre la traite',
  shortTitle: 'Convention régionale',
  citation: 'Série des traités, n° 1',
  language: 'fr',
  imported: { fileName: 'convention.docx', format: 'docx', importedAt: '2026-01-02T03:04:05Z', importedBy: 'ana' },
  articles: [
    {
      number: '4',
      label: 'Article 4',
      title: 'Incrimination',
      chapter: 'Chapitre II',
      text: 'Chaque Partie adopte les mesures législatives nécessaires pour conférer le caractère d’infraction pénale…',
      obligation: 'mandatory',
      obligationByWording: 'consider',
      wordingCue: 'envisage',
      // Given out of library order, with one id the library does not hold: shown in order, the unknown one left out.
      implements: ['untoc:5(1)', 'tip-protocol:5(1)', 'tip-protocol:99(9)', 'tip-protocol:3(a)'],
    },
    {
      number: '5',
      label: 'Article 5',
      title: '',
      chapter: null,
      text: 'La présente Convention entre en vigueur…',
      obligation: 'general',
      obligationByWording: 'general',
      wordingCue: null,
      implements: [],
    },
  ],
};
const withImport = withCustomInstruments(shipped, [imported], 'test');

describe('library views over the in-memory library', () => {
  it('lists the shipped instruments in order, with their article and paragraph counts', () => {
    const list = listInstruments(shipped);
    expect(list.map((i) => i.id)).toEqual([...SHIPPED_INSTRUMENT_IDS]);
    for (const summary of list) {
      instrumentSummarySchema.parse(summary);
      const inst = shipped.instruments.find((i) => i.id === summary.id)!;
      expect(summary.articleCount).toBe(inst.articles.length + inst.modelLawArticles.length);
      expect(summary.paragraphCount).toBe(inst.articles.flatMap((a) => a.paragraphs).length);
      expect(summary.language).toBe('en');
      expect(summary.imported).toBeNull();
    }
    const byId = new Map(list.map((i) => [i.id, i]));
    expect(byId.get('tip-protocol')!.paragraphCount).toBeGreaterThan(50);
    expect(byId.get('model-law-tip')!.paragraphCount).toBe(0);
    expect(byId.get('model-law-tip')!.articleCount).toBeGreaterThan(10);
    expect(byId.get('model-law-tip')!.partial).toBe(true);
    expect(byId.get('untoc')!.titleTranslations.fr).toMatch(/^Convention des Nations Unies/);
  });

  it('gives an article’s paragraphs with their official French and Spanish and the Model Law articles implementing them', () => {
    const tip = getInstrument(shipped, 'tip-protocol');
    instrumentDetailSchema.parse(tip);
    const art5 = tip.articles.find((a) => a.number === '5')!;
    expect(art5.title).toBe('Criminalization');
    expect(art5.titleFr).toBe('Incrimination');
    expect(art5.titleEs).toBe('Penalización');
    expect(art5.paragraphs.map((p) => p.ref).slice(0, 2)).toEqual(['5(1)', '5(2)']);
    const p1 = art5.paragraphs[0]!;
    expect(p1.id).toBe('tip-protocol:5(1)');
    expect(p1.text).toMatch(/^Each State Party shall adopt/);
    expect(p1.textFr).toMatch(/^Chaque État partie adopte/);
    expect(p1.textEs).toMatch(/^Cada Estado Parte adoptará/);
    expect(p1.obligation).toBe('mandatory');
    expect(p1.implementedBy).toContainEqual({
      id: 'model-law-tip:8',
      instrument: 'model-law-tip',
      number: '8',
      title: 'Trafficking in persons',
      titleTranslations: { fr: 'Traite des personnes', es: 'Trata de personas' },
      uncertain: true,
    });
    expect(p1.implements).toEqual([]);
    for (const p of tip.articles.flatMap((a) => a.paragraphs))
      expect(p.hasElements).toBe(shipped.checklists.some((c) => c.requirementId === p.id));
    expect(tip.articles.flatMap((a) => a.paragraphs).some((p) => p.hasElements)).toBe(true);
  });

  it('gives the Model Law articles with their titles in French and Spanish and the paragraphs they implement', () => {
    const ml = getInstrument(shipped, 'model-law-tip');
    instrumentDetailSchema.parse(ml);
    expect(ml.articles).toEqual([]);
    const art8 = ml.modelLawArticles.find((m) => m.number === '8')!;
    expect(art8.titleTranslations).toEqual({ fr: 'Traite des personnes', es: 'Trata de personas' });
    expect(art8.implements.map((p) => p.id)).toContain('tip-protocol:5(1)');
    expect(art8.implements.find((p) => p.id === 'tip-protocol:5(1)')!.text).toMatch(/^Each State Party/);
    for (const m of ml.modelLawArticles) {
      expect(m.titleTranslations.fr, m.id).toBeTruthy();
      expect(m.titleTranslations.es, m.id).toBeTruthy();
    }
    const som = getInstrument(shipped, 'model-law-som');
    expect(som.modelLawArticles.every((m) => m.titleTranslations.fr && m.titleTranslations.es)).toBe(true);
  });

  it('shows an imported instrument after the shipped ones, and its links from both ends', () => {
    const list = listInstruments(withImport);
    expect(list.map((i) => i.id)).toEqual([...SHIPPED_INSTRUMENT_IDS, 'regional-convention']);
    const summary = list.at(-1)!;
    expect(summary).toMatchObject({ kind: 'custom', language: 'fr', articleCount: 2, paragraphCount: 2 });
    expect(summary.imported).toEqual(imported.imported);

    const detail = getInstrument(withImport, 'regional-convention');
    instrumentDetailSchema.parse(detail);
    expect(detail.sources).toEqual(['convention.docx']);
    const [art4, art5] = detail.articles;
    expect(art4!.chapter).toBe('Chapitre II');
    const p4 = art4!.paragraphs[0]!;
    expect(p4).toMatchObject({
      id: 'regional-convention:4',
      obligation: 'mandatory',
      obligationByWording: 'consider',
      wordingCue: 'envisage',
      textFr: null,
      implementedBy: [],
    });
    // Library order (the Protocol before the Convention), then document order; the unknown id left out.
    expect(p4.implements.map((p) => p.id)).toEqual(['tip-protocol:3(a)', 'tip-protocol:5(1)', 'untoc:5(1)']);
    expect(p4.implements[2]!.instrument).toBe('untoc');
    expect(art5!.paragraphs[0]).toMatchObject({ obligationByWording: null, wordingCue: null, implements: [] });

    // The Protocol's paragraph lists the imported article after the Model Law articles.
    const p51 = getInstrument(withImport, 'tip-protocol').articles.find((a) => a.number === '5')!.paragraphs[0]!;
    expect(p51.implementedBy.at(-1)).toEqual({
      id: 'regional-convention:4',
      instrument: 'regional-convention',
      number: '4',
      title: 'Incrimination',
      titleTranslations: {},
      uncertain: false,
    });
    expect(p51.implementedBy.slice(0, -1).every((l) => l.instrument.startsWith('model-law-'))).toBe(true);
    // The library without the import does not show it.
    const before = getInstrument(shipped, 'tip-protocol').articles.find((a) => a.number === '5')!.paragraphs[0]!;
    expect(before.implementedBy.some((l) => l.instrument === 'regional-convention')).toBe(false);
  });

  it('gives a requirement’s element checklist in three languages, and null when it has none', () => {
    const c = shipped.checklists[0]!;
    const view = getElementChecklist(shipped, c.requirementId)!;
    elementChecklistSchema.parse(view);
    expect(view.title).toEqual(c.title);
    expect(view.groups.map((g) => g.id)).toEqual([...new Set(c.groups.map((g) => g.id))]);
    expect(view.groups.flatMap((g) => g.elements.map((e) => e.id))).toEqual(
      c.groups.flatMap((g) => g.elements.map((e) => e.id)),
    );
    expect(Object.keys(view.groups[0]!.elements[0]!.label).sort()).toEqual(['en', 'es', 'fr']);
    expect(getElementChecklist(shipped, 'tip-protocol:no-such')).toBeNull();
  });

  it('answers fresh objects: changing an answer leaves the library as it was', () => {
    const first = getInstrument(shipped, 'model-law-tip');
    first.modelLawArticles[0]!.elements.push('changed');
    first.sources.push('changed');
    const again = getInstrument(shipped, 'model-law-tip');
    expect(again.modelLawArticles[0]!.elements).not.toContain('changed');
    expect(again.sources).not.toContain('changed');
    const checklist = getElementChecklist(shipped, shipped.checklists[0]!.requirementId)!;
    checklist.title.en = 'changed';
    expect(shipped.checklists[0]!.title.en).not.toBe('changed');
  });

  it('says which instrument it does not know', () => {
    expect(() => getInstrument(shipped, 'no-such-instrument')).toThrow(AppError);
    expect(() => getInstrument(shipped, 'no-such-instrument')).toThrow(/no-such-instrument/);
  });
});
