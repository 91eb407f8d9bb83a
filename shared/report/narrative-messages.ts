import type { LanguageCode } from '../domain/source';
import type { RecommendationGrade } from './messages';
import type { ThemeId } from './themes';
import { EN } from './narrative-messages-en';
import { ES } from './narrative-messages-es';
import { FR } from './narrative-messages-fr';

/**
 * The sentences of the narrative report (by theme) in English, French and Spanish. Values are
 * passed in already localised (instrument names, citations, lists); each language orders them.
 */
export interface NarrativeMessages {
  coverTitle: (country: string) => string;
  coverProposals: string;
  coverReviewed: string;
  coverStatusLabel: string;
  unnamedAssessor: string;
  chapters: {
    summary: string;
    scope: string;
    framework: string;
    annexProvisions: string;
    annexMet: string;
  };
  theme: Record<ThemeId, string>;

  // Executive summary
  summaryOpening: (country: string, acts: string, instruments: string) => string;
  summaryCounts: (topics: number, met: number, open: number, notSupplied: number) => string;
  wellHeading: string;
  wellItem: (topic: string, provisions: string) => string;
  nothingWell: string;
  priorityHeading: string;
  priorityIntro: (shown: number, total: number) => string;
  proposalsWarning: string;

  // Scope and method
  scopeActs: (n: number) => string;
  scopeNoActs: string;
  scopeInstruments: (list: string) => string;
  obligationLevels: string;
  gradeExplain: Record<RecommendationGrade, string>;
  methodAnalysis: (date: string) => string;
  methodReviewed: (reviewed: number, total: number, assessor: string) => string;
  methodUnreviewed: (total: number) => string;
  notSuppliedHeading: string;
  notSuppliedIntro: string;
  notSuppliedItem: (kind: string, topics: string) => string;
  allSupplied: string;
  workbookNote: string;
  languageNote: (lawLanguage: string) => string;

  // Legal framework
  frameworkAct: (title: string, year: string, status: string, units: number) => string;
  frameworkReferences: (list: string) => string;
  frameworkNoReferences: string;

  // Chapters
  chapterProposals: string;
  chapterNothing: string;
  lawProvides: (unit: string, act: string) => string;
  lawProvidesMany: (citations: string) => string;
  lawSilent: (act: string) => string;
  instrumentRequires: (refs: string, instrument: string) => string;
  instrumentRequiresConsider: (refs: string, instrument: string) => string;
  /** For a topic only a Model Law article raises. */
  modelLawOffers: (refs: string, instrument: string) => string;
  missing: (list: string) => string;
  missingNothingNamed: string;
  assessment: (status: string) => string;
  assessmentProposal: (status: string) => string;
  modelLawSource: (refs: string) => string;
  notSuppliedTopic: (topic: string, kind: string) => string;
  metTableIntro: string;
  topicColumn: string;
  provisionsColumn: string;
  statusColumn: string;
  themeColumn: string;
  recommendationsColumn: string;
  reviewerFinding: string;

  // Recommendations
  /** "R3." */
  recNumber: (n: number) => string;
  recAmend: (grade: RecommendationGrade, provision: string, act: string, what: string) => string;
  recInsert: (grade: RecommendationGrade, place: string, act: string, what: string) => string;
  /**
   * What the amendment does: the changes named from the findings ("add … to the means"), with the
   * articles they give effect to in brackets; without named changes, the articles alone.
   */
  recWhat: (refs: string, actions: string | null) => string;
  /** "section 14" in running text from the unit's label. */
  afterUnit: (unit: string, newNumber: string) => string;
  proposedWording: string;
  proposedWordingReviewer: string;
  wordingNote: (author: string, language: string) => string;
  noTemplate: string;
  /** A new unit's number: "section 14A", "article 14 bis"; `suffix` is the letter or the Latin ordinal. */
  newSectionNumber: (number: string, suffix: string, style: 'suffix-letter' | 'bis') => string;

  // Annexes
  annex: (letter: string, title: string) => string;
  annexProvisionsIntro: string;
  annexMetIntro: string;
  citedIn: (list: string) => string;
}

const CATALOGUE: Record<LanguageCode, NarrativeMessages> = { en: EN, fr: FR, es: ES };

export function narrativeMessages(language: LanguageCode): NarrativeMessages {
  return CATALOGUE[language];
}
