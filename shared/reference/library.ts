import type { LanguageCode } from '../domain/source';
import type {
  Article,
  ElementChecklist,
  Instrument,
  ModelLawArticle,
  ModelLawStatus,
  Obligation,
  Paragraph,
  ReferenceLibrary,
  Requirement,
} from './types';
import { OBLIGATIONS } from './types';

/** The shipped treaty instruments and Model Laws, by file stem under resources/reference. */
export const TREATY_IDS = ['tip-protocol', 'som-protocol', 'untoc'] as const;
export const MODEL_LAW_IDS = ['model-law-tip', 'model-law-som'] as const;
export const SHIPPED_INSTRUMENT_IDS = [...TREATY_IDS, ...MODEL_LAW_IDS] as const;

/* Shapes of the shipped JSON files, as far as the app reads them. */
interface RawParagraph {
  ref: string;
  text: string;
  obligation: string;
  obligationByWording?: string;
  obligationNote?: string;
}
interface RawArticle {
  number: string;
  title: string;
  chapter?: string;
  paragraphs: RawParagraph[];
}
export interface RawTreaty {
  id: string;
  title: string;
  shortTitle?: string;
  adoptedBy?: string;
  sources?: string[];
  articles: RawArticle[];
}
interface RawModelLawArticle {
  number: string;
  title: string;
  status: string;
  implements?: string[];
  summary?: string;
  elements?: string[];
  options?: string[];
  text?: string;
  uncertain?: boolean;
}
export interface RawModelLaw {
  id: string;
  title: string;
  publisher?: string;
  year?: number;
  sources?: string[];
  coverage?: { complete?: boolean; missing?: string[] };
  reuseTermsNote?: string;
  chapters: { number: string; title: string; articles: RawModelLawArticle[] }[];
}
export interface RawTranslation {
  id: string;
  lang: string;
  title?: string;
  /** True for the application's own translation (the Model Laws' titles), not an official text. */
  unofficial?: boolean;
  /** Chapter headings of the official text, by chapter number ("II" → "II. Protection des victimes…"). */
  chapters?: Record<string, string>;
  articles: { number: string; title?: string; paragraphs?: { ref: string; text: string }[] }[];
}
export interface RawElements {
  requirements: {
    requirement: string;
    title: Record<LanguageCode, string>;
    rule?: string;
    groups: {
      id: string;
      label: Record<LanguageCode, string>;
      elements: { id: string; label: Record<LanguageCode, string> }[];
    }[];
  }[];
}

export interface RawReferenceData {
  treaties: RawTreaty[];
  modelLaws: RawModelLaw[];
  translations: RawTranslation[];
  elements: RawElements;
  dataVersion: string;
}

export class ReferenceDataError extends Error {}

function asObligation(value: string | undefined, where: string): Obligation {
  if (value && (OBLIGATIONS as readonly string[]).includes(value)) return value as Obligation;
  throw new ReferenceDataError(`${where}: unknown obligation level "${value}"`);
}

/** "tip-protocol 2(a)" (the Model Law files' form) or "tip-protocol:2(a)" → "tip-protocol:2(a)". */
export function normaliseRequirementId(raw: string): string {
  const trimmed = raw.trim();
  const m = /^([a-z][a-z0-9-]*)[\s:]+(.+)$/.exec(trimmed);
  if (!m) throw new ReferenceDataError(`malformed requirement reference "${raw}"`);
  return `${m[1]}:${m[2]!.replace(/\s+/g, '')}`;
}

function buildTreaty(raw: RawTreaty, translations: RawTranslation[]): Instrument {
  const tr = translations.filter((t) => t.id === raw.id);
  const paraText = new Map<string, Partial<Record<LanguageCode, string>>>();
  const artTitle = new Map<string, Partial<Record<LanguageCode, string>>>();
  for (const t of tr) {
    const lang = t.lang as LanguageCode;
    for (const a of t.articles) {
      if (a.title) artTitle.set(a.number, { ...artTitle.get(a.number), [lang]: a.title });
      for (const p of a.paragraphs ?? []) paraText.set(p.ref, { ...paraText.get(p.ref), [lang]: p.text });
    }
  }
  // "II. Protection of victims…" is chapter "II" in every language.
  const chapterTranslations = (chapter: string | undefined): Partial<Record<LanguageCode, string>> => {
    const number = chapter ? /^([IVXLC]+)\./.exec(chapter)?.[1] : undefined;
    const out: Partial<Record<LanguageCode, string>> = {};
    if (number) for (const t of tr) if (t.chapters?.[number]) out[t.lang as LanguageCode] = t.chapters[number];
    return out;
  };
  const articles: Article[] = raw.articles.map((a) => ({
    number: a.number,
    title: a.title,
    chapter: a.chapter ?? null,
    chapterTranslations: chapterTranslations(a.chapter),
    titleTranslations: artTitle.get(a.number) ?? {},
    paragraphs: a.paragraphs.map((p): Paragraph => ({
      ref: p.ref,
      id: `${raw.id}:${p.ref}`,
      articleNumber: a.number,
      text: p.text,
      obligation: asObligation(p.obligation, `${raw.id}:${p.ref}`),
      ...(p.obligationByWording
        ? { obligationByWording: asObligation(p.obligationByWording, `${raw.id}:${p.ref}`) }
        : {}),
      ...(p.obligationNote ? { obligationNote: p.obligationNote } : {}),
      translations: paraText.get(p.ref) ?? {},
    })),
  }));
  return {
    id: raw.id,
    kind: 'treaty',
    title: raw.title,
    titleTranslations: titleTranslations(tr),
    shortTitle: raw.shortTitle ?? raw.title,
    citation: raw.adoptedBy ?? '',
    sources: raw.sources ?? [],
    partial: false,
    partialNote: null,
    articles,
    modelLawArticles: [],
  };
}

function asModelLawStatus(s: string): ModelLawStatus {
  return s === 'mandatory' || s === 'optional' || s === 'mixed' ? s : 'unknown';
}

/** An instrument's title in each language its translations give one. */
function titleTranslations(tr: RawTranslation[]): Partial<Record<LanguageCode, string>> {
  return Object.fromEntries(tr.filter((t) => t.title).map((t) => [t.lang, t.title!]));
}

function buildModelLaw(raw: RawModelLaw, translations: RawTranslation[]): Instrument {
  const tr = translations.filter((t) => t.id === raw.id);
  const inEach = (pick: (t: RawTranslation) => string | undefined): Partial<Record<LanguageCode, string>> => {
    const out: Partial<Record<LanguageCode, string>> = {};
    for (const t of tr) {
      const text = pick(t);
      if (text) out[t.lang as LanguageCode] = text;
    }
    return out;
  };
  const modelLawArticles: ModelLawArticle[] = raw.chapters.flatMap((c) =>
    c.articles.map((a) => ({
      id: `${raw.id}:${a.number}`,
      number: a.number,
      title: a.title,
      chapter: c.number,
      chapterTitle: c.title,
      titleTranslations: inEach((t) => t.articles.find((x) => x.number === a.number)?.title),
      chapterTitleTranslations: inEach((t) => t.chapters?.[c.number]),
      status: asModelLawStatus(a.status),
      implements: (a.implements ?? []).map(normaliseRequirementId),
      summary: a.summary ?? '',
      elements: a.elements ?? [],
      options: a.options ?? [],
      text: a.text ?? '',
      uncertain: a.uncertain !== false,
    })),
  );
  const complete = raw.coverage?.complete === true;
  return {
    id: raw.id,
    kind: 'model-law',
    title: raw.title,
    titleTranslations: titleTranslations(tr),
    shortTitle: raw.title.replace(/^UNODC\s+/, ''),
    citation: [raw.publisher, raw.year].filter(Boolean).join(', '),
    sources: raw.sources ?? [],
    partial: !complete,
    partialNote: complete
      ? null
      : 'Partial data: article numbers and titles are verified; summaries, status and links are editorial and not verbatim.',
    articles: [],
    modelLawArticles,
  };
}

/** Turn the shipped JSON into the library the app works with; throws ReferenceDataError on inconsistent data. */
export function buildReferenceLibrary(raw: RawReferenceData): ReferenceLibrary {
  const instruments = [
    ...raw.treaties.map((t) => buildTreaty(t, raw.translations)),
    ...raw.modelLaws.map((m) => buildModelLaw(m, raw.translations)),
  ];
  const checklists = raw.elements.requirements.map((r) => checklistOf(r.requirement, r));
  return { dataVersion: raw.dataVersion, instruments, checklists };
}

/** A checklist as written in the data (elements.json, an imported instrument's rules) in the library's form. */
export function checklistOf(
  requirementId: string,
  c: {
    title: ElementChecklist['title'];
    rule?: string | null;
    groups: {
      id: string;
      label: ElementChecklist['title'];
      elements: { id: string; label: ElementChecklist['title'] }[];
    }[];
  },
): ElementChecklist {
  return {
    requirementId,
    title: c.title,
    rule: c.rule ?? null,
    groups: c.groups.map((g) => ({
      id: g.id,
      label: g.label,
      elements: g.elements.map((e) => ({ id: e.id, groupId: g.id, label: e.label })),
    })),
  };
}

/** Every requirement of the library, treaty paragraphs then Model Law articles, in document order. */
export function listRequirements(lib: ReferenceLibrary): Requirement[] {
  const out: Requirement[] = [];
  for (const inst of lib.instruments) {
    for (const a of inst.articles) {
      for (const p of a.paragraphs) {
        out.push({
          id: p.id,
          instrument: inst.id,
          ref: p.ref,
          articleNumber: a.number,
          articleTitle: a.title,
          chapter: a.chapter,
          obligation: p.obligation,
          text: p.text,
          implements: p.implements ?? [],
          uncertain: false,
        });
      }
    }
    for (const m of inst.modelLawArticles) {
      out.push({
        id: m.id,
        instrument: inst.id,
        ref: m.number,
        articleNumber: m.number,
        articleTitle: m.title,
        chapter: m.chapterTitle,
        obligation: modelLawObligation(m.status),
        text: m.summary,
        implements: m.implements,
        uncertain: m.uncertain,
      });
    }
  }
  return out;
}

/** A Model Law article's status read as an obligation class (mixed articles hold a mandatory core). */
export function modelLawObligation(status: ModelLawStatus): Obligation {
  switch (status) {
    case 'mandatory':
    case 'mixed':
      return 'mandatory';
    case 'optional':
      return 'optional';
    default:
      return 'general';
  }
}

/** Problems that make the data unusable: duplicate ids, Model Law or imported links that resolve to nothing. */
export function validateLibrary(lib: ReferenceLibrary): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const r of listRequirements(lib)) {
    if (ids.has(r.id)) problems.push(`duplicate requirement id ${r.id}`);
    ids.add(r.id);
  }
  const paragraphIds = new Set(
    lib.instruments.flatMap((i) => i.articles.flatMap((a) => a.paragraphs.map((p) => p.id))),
  );
  for (const inst of lib.instruments) {
    for (const m of inst.modelLawArticles)
      for (const target of m.implements)
        if (!paragraphIds.has(target)) problems.push(`${m.id} implements unknown paragraph ${target}`);
    for (const a of inst.articles)
      for (const p of a.paragraphs)
        for (const target of p.implements ?? [])
          if (!paragraphIds.has(target)) problems.push(`${p.id} implements unknown paragraph ${target}`);
  }
  for (const c of lib.checklists)
    if (!ids.has(c.requirementId)) problems.push(`element checklist for unknown requirement ${c.requirementId}`);
  return problems;
}

/** Requirement ids of the Model Law articles that implement a paragraph (the reverse of `implements`). */
export function implementedBy(lib: ReferenceLibrary, paragraphId: string): ModelLawArticle[] {
  return lib.instruments.flatMap((i) => i.modelLawArticles.filter((m) => m.implements.includes(paragraphId)));
}
