import type {
  ArticleView,
  ElementChecklistView,
  InstrumentDetail,
  InstrumentSummary,
  ModelLawArticleView,
  ModelLawLink,
} from '../api/schemas';
import { AppError } from '../api/errors';
import type { LanguageCode } from '../domain/source';
import type { Instrument, Paragraph, ReferenceLibrary } from './types';

/*
 * The library as the library views show it: pure functions of the in-memory reference library
 * (the shipped instruments and the user's imported ones). Every answer is a fresh object, so a
 * caller may change it without touching the library.
 */

/** The French and Spanish of a text, where the library has them (an empty text counts as none). */
function frEs(t: Partial<Record<LanguageCode, string>> | undefined): Partial<Record<'fr' | 'es', string>> {
  return { ...(t?.fr ? { fr: t.fr } : {}), ...(t?.es ? { es: t.es } : {}) };
}

function summaryOf(inst: Instrument): InstrumentSummary {
  return {
    id: inst.id,
    kind: inst.kind,
    title: inst.title,
    titleTranslations: frEs(inst.titleTranslations),
    shortTitle: inst.shortTitle,
    citation: inst.citation,
    partial: inst.partial,
    partialNote: inst.partialNote,
    articleCount: inst.articles.length + inst.modelLawArticles.length,
    paragraphCount: inst.articles.reduce((n, a) => n + a.paragraphs.length, 0),
    language: inst.language ?? 'en',
    imported: inst.imported ? { ...inst.imported } : null,
  };
}

/** Every instrument of the library, in library order (shipped first, then the imported ones). */
export function listInstruments(lib: ReferenceLibrary): InstrumentSummary[] {
  return lib.instruments.map(summaryOf);
}

/** Where each paragraph of the library sits, and which Model Law and imported articles implement it. */
interface LibraryIndex {
  paragraphs: Map<string, { inst: Instrument; ord: number; instOrd: number; paragraph: Paragraph }>;
  /** Links to a paragraph from Model Law articles (by Model Law id, then article order) and imported articles. */
  implementedBy: Map<string, ModelLawLink[]>;
  withElements: Set<string>;
}

const indexes = new WeakMap<ReferenceLibrary, LibraryIndex>();

function indexOf(lib: ReferenceLibrary): LibraryIndex {
  const known = indexes.get(lib);
  if (known) return known;
  const paragraphs: LibraryIndex['paragraphs'] = new Map();
  lib.instruments.forEach((inst, instOrd) => {
    let ord = 0;
    for (const a of inst.articles)
      for (const paragraph of a.paragraphs) paragraphs.set(paragraph.id, { inst, ord: ord++, instOrd, paragraph });
  });

  const implementedBy: LibraryIndex['implementedBy'] = new Map();
  const add = (target: string, link: ModelLawLink): void => {
    if (!paragraphs.has(target)) return;
    const list = implementedBy.get(target) ?? [];
    if (!list.some((l) => l.id === link.id)) list.push(link);
    implementedBy.set(target, list);
  };
  // Model Law articles first, by Model Law id and then article order; imported articles after, in library order.
  const modelLaws = lib.instruments.filter((i) => i.modelLawArticles.length > 0);
  for (const inst of [...modelLaws].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)))
    for (const m of inst.modelLawArticles)
      for (const target of m.implements)
        add(target, {
          id: m.id,
          instrument: inst.id,
          number: m.number,
          title: m.title,
          titleTranslations: frEs(m.titleTranslations),
          uncertain: m.uncertain,
        });
  for (const inst of lib.instruments)
    for (const a of inst.articles)
      for (const p of a.paragraphs)
        for (const target of p.implements ?? [])
          add(target, {
            id: p.id,
            instrument: inst.id,
            number: a.number,
            title: a.title,
            titleTranslations: frEs(a.titleTranslations),
            uncertain: false,
          });

  const index = { paragraphs, implementedBy, withElements: new Set(lib.checklists.map((c) => c.requirementId)) };
  indexes.set(lib, index);
  return index;
}

/**
 * The paragraphs `ids` name that the library holds, as linked paragraphs, ordered by instrument
 * (`byInstrumentId`: by id, else in library order) and then in document order.
 */
function linkedParagraphs(
  index: LibraryIndex,
  ids: readonly string[],
  byInstrumentId: boolean,
): ModelLawArticleView['implements'] {
  const found = [...new Set(ids)].flatMap((id) => {
    const at = index.paragraphs.get(id);
    return at ? [at] : [];
  });
  found.sort((x, y) => {
    if (x.inst !== y.inst) {
      if (!byInstrumentId) return x.instOrd - y.instOrd;
      return x.inst.id < y.inst.id ? -1 : 1;
    }
    return x.ord - y.ord;
  });
  return found.map(({ inst, paragraph: p }) => ({ id: p.id, instrument: inst.id, ref: p.ref, text: p.text }));
}

/** One instrument with its articles and paragraphs (with their links) or its Model Law articles. */
export function getInstrument(lib: ReferenceLibrary, id: string): InstrumentDetail {
  const inst = lib.instruments.find((i) => i.id === id);
  if (!inst) throw new AppError('not-found', `No instrument "${id}" in the library`, { id });
  const index = indexOf(lib);
  const articles: ArticleView[] = inst.articles.map((a) => ({
    number: a.number,
    title: a.title,
    titleFr: a.titleTranslations.fr ?? null,
    titleEs: a.titleTranslations.es ?? null,
    chapter: a.chapter,
    paragraphs: a.paragraphs.map((p) => ({
      id: p.id,
      ref: p.ref,
      text: p.text,
      obligation: p.obligation,
      obligationByWording: p.obligationByWording ?? null,
      obligationNote: p.obligationNote ?? null,
      textFr: p.translations.fr ?? null,
      textEs: p.translations.es ?? null,
      implementedBy: (index.implementedBy.get(p.id) ?? []).map((l) => ({
        ...l,
        titleTranslations: { ...l.titleTranslations },
      })),
      hasElements: index.withElements.has(p.id),
      implements: linkedParagraphs(index, p.implements ?? [], false),
      wordingCue: p.wordingCue ?? null,
    })),
  }));
  const modelLawArticles = inst.modelLawArticles.map((m): ModelLawArticleView => ({
    id: m.id,
    number: m.number,
    title: m.title,
    chapter: m.chapter,
    chapterTitle: m.chapterTitle,
    titleTranslations: frEs(m.titleTranslations),
    chapterTitleTranslations: frEs(m.chapterTitleTranslations),
    status: m.status,
    summary: m.summary,
    elements: [...m.elements],
    options: [...m.options],
    text: m.text,
    uncertain: m.uncertain,
    implements: linkedParagraphs(index, m.implements, true),
  }));
  return { ...summaryOf(inst), sources: [...inst.sources], articles, modelLawArticles };
}

/** The element checklist of a requirement, or null when it has none. */
export function getElementChecklist(lib: ReferenceLibrary, requirementId: string): ElementChecklistView | null {
  const c = lib.checklists.find((x) => x.requirementId === requirementId);
  if (!c) return null;
  const groups: ElementChecklistView['groups'] = [];
  for (const g of c.groups) {
    let group = groups.find((x) => x.id === g.id);
    if (!group) {
      group = { id: g.id, label: { ...g.label }, elements: [] };
      groups.push(group);
    }
    for (const e of g.elements) group.elements.push({ id: e.id, label: { ...e.label } });
  }
  return { requirementId, title: { ...c.title }, rule: c.rule, groups };
}
