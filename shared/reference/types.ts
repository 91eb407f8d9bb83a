import type { LanguageCode } from '../domain/source';

import type { Obligation } from '../domain/status';
export { OBLIGATIONS, type Obligation } from '../domain/status';

/** Model Law article status as published (mandatory/optional under the Protocol, or not said). */
export type ModelLawStatus = 'mandatory' | 'optional' | 'mixed' | 'unknown';

export type InstrumentKind = 'treaty' | 'model-law' | 'custom';

export interface Paragraph {
  /** Paragraph reference as in the reference data: "3(a)", "5(2)", "34(2)", "23". */
  ref: string;
  /** Requirement id: "<instrument>:<ref>". */
  id: string;
  articleNumber: string;
  text: string;
  obligation: Obligation;
  /** Class the literal wording would give, where the Legislative Guide classifies otherwise. */
  obligationByWording?: Obligation;
  obligationNote?: string;
  /** Official texts in other languages on the same ref. */
  translations: Partial<Record<LanguageCode, string>>;
  /**
   * For an article of an imported instrument: requirement ids of the Protocol/Convention
   * paragraphs it implements (as a Model Law article's `implements`).
   */
  implements?: string[];
  /** For an article of an imported instrument: the words that gave the class its wording suggests. */
  wordingCue?: string;
}

export interface Article {
  number: string;
  title: string;
  chapter: string | null;
  /** The chapter heading in the official French and Spanish texts, where the library has them. */
  chapterTranslations?: Partial<Record<LanguageCode, string>>;
  paragraphs: Paragraph[];
  titleTranslations: Partial<Record<LanguageCode, string>>;
}

export interface ModelLawArticle {
  /** Requirement id: "<model law id>:<article number>". */
  id: string;
  number: string;
  title: string;
  chapter: string;
  chapterTitle: string;
  /** Title and chapter heading in French and Spanish (the application's own, unofficial translation). */
  titleTranslations: Partial<Record<LanguageCode, string>>;
  chapterTitleTranslations: Partial<Record<LanguageCode, string>>;
  status: ModelLawStatus;
  /** Requirement ids of the Protocol/Convention paragraphs this article implements. */
  implements: string[];
  summary: string;
  elements: string[];
  options: string[];
  /** Verbatim text when the data holds it (the shipped data does not: reuse terms unknown). */
  text: string;
  /** Editorial content (summary, status, links) not verified against the publication. */
  uncertain: boolean;
}

export interface Instrument {
  id: string;
  kind: InstrumentKind;
  title: string;
  /** The title in French and Spanish, where the library has it. */
  titleTranslations?: Partial<Record<LanguageCode, string>>;
  shortTitle: string;
  /** Adoption document or publisher, for citations. */
  citation: string;
  sources: string[];
  /** True when the data is known to be incomplete (the Model Laws). */
  partial: boolean;
  partialNote: string | null;
  articles: Article[];
  modelLawArticles: ModelLawArticle[];
  /** Language of the texts and titles; English when absent (every shipped instrument). */
  language?: LanguageCode;
  /** Where an instrument the user imported came from; absent for the shipped ones. */
  imported?: ImportedFrom;
}

/** Provenance of an imported instrument, shown with it and recorded in its changelog. */
export interface ImportedFrom {
  /** File name the text was read from, or "pasted text". */
  fileName: string;
  format: string;
  /** ISO 8601 timestamp. */
  importedAt: string;
  importedBy: string;
}

export interface ElementDef {
  id: string;
  groupId: string;
  label: Record<LanguageCode, string>;
}

export interface ElementChecklist {
  requirementId: string;
  title: Record<LanguageCode, string>;
  rule: string | null;
  groups: { id: string; label: Record<LanguageCode, string>; elements: ElementDef[] }[];
}

export interface ReferenceLibrary {
  /** Hash of the shipped data and of the imported instruments; the reference database is rebuilt when it changes. */
  dataVersion: string;
  instruments: Instrument[];
  checklists: ElementChecklist[];
  /** Analysis rules imported instruments carry (their checklists are in `checklists`). */
  rules?: LibraryRules;
}

/** Patterns per language of one element rule (the schema of resources/reference/rules/elements.json). */
export interface LibraryElementRule {
  en: string[];
  fr: string[];
  es: string[];
  not?: Partial<Record<LanguageCode, string[]>>;
  exclude?: Partial<Record<LanguageCode, string[]>>;
}

/** The rules of the imported instruments, merged: element rules, checklist anchors, usual homes. */
export interface LibraryRules {
  elements: Record<string, LibraryElementRule>;
  checklistAnchors: Record<string, string[]>;
  homes: Record<string, string[]>;
}

/**
 * One requirement: a treaty paragraph or a Model Law article, flattened for analysis and display.
 * `id` is `<instrument>:<ref>` exactly as in the reference data.
 */
export interface Requirement {
  id: string;
  instrument: string;
  ref: string;
  articleNumber: string;
  articleTitle: string;
  chapter: string | null;
  obligation: Obligation;
  text: string;
  /** For Model Law articles and imported instruments' articles: the paragraphs they implement. */
  implements: string[];
  uncertain: boolean;
}
