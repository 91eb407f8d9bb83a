import type { LanguageCode } from '../domain/source';
import type { FindingCode, RequirementStatus } from '../analysis/types';
import type { Obligation } from '../reference/types';
import type { ReportInput } from './input';
import { EN } from './messages-en';
import { ES } from './messages-es';
import { FR } from './messages-fr';

/**
 * The words of a report in English, French and Spanish. Sentences that take values are functions
 * so each language can order and inflect them its own way; the model never assembles a sentence
 * from fragments of another language.
 */

/** How a recommendation is worded, by obligation class: urged, encouraged to consider, invited. */
export type RecommendationGrade = 'urge' | 'consider' | 'invite';

/** Priority tiers of the recommendations table, most pressing first. */
export type RecommendationPriority = 1 | 2 | 3 | 4;

export type ActStatus = ReportInput['acts'][number]['versionStatus'];

/** Names of one instrument in one language. */
export interface InstrumentNames {
  /** Full official title. */
  title: string;
  /** Name used in running text: "Trafficking in Persons Protocol". */
  short: string;
  /** Compact form for table cells: "TIP Protocol". */
  abbr: string;
  /** The name in running text, with its article: "the …", "le …", "el …". */
  inText: string;
  /** The name with its linking preposition and article: "of the …", "du …", "del …". */
  of: string;
  /** Adoption reference: "General Assembly resolution 55/25, annex II". */
  citation: string;
}

export interface Messages {
  /** BCP 47 tag for dates, numbers and Word's proofing language. */
  locale: string;
  kicker: string;
  coverActs: string;
  coverInstruments: string;
  coverDate: string;
  coverAssessor: string;
  coverVersion: (version: string, status: string) => string;
  toc: string;
  pageWord: string;
  ofWord: string;
  sections: {
    summary: string;
    methodology: string;
    goodPractices: string;
    summaryTable: string;
    findings: string;
    recommendations: string;
    amendments: string;
    annexMatrix: string;
    annexLaws: string;
    annexTexts: string;
  };
  annex: (letter: string, title: string) => string;
  status: Record<RequirementStatus, string>;
  statusShort: Record<RequirementStatus, string>;
  statusExplain: Record<RequirementStatus, string>;
  obligation: Record<Obligation, string>;
  obligationExplain: Record<Obligation, string>;
  actStatus: Record<ActStatus, string>;
  languageName: Record<LanguageCode, string>;
  findingCode: Record<FindingCode, string>;
  /** Names of the shipped instruments; others fall back on the library's titles. */
  instruments: Record<string, InstrumentNames>;
  /** Article reference as written in running text: "art. 3(a)". */
  articleAbbr: string;
  /** Colon after a label, with the space French typography puts before it. */
  colon: string;
  /** "of" phrase for an instrument this catalogue does not name. */
  ofCustom: (name: string) => string;

  // Executive summary
  summaryIntro: (country: string, instruments: string) => string;
  keyFigures: string;
  figRequirements: string;
  figMandatoryGaps: (gaps: number, total: number) => string;
  figReviewed: (reviewed: number, total: number) => string;
  coverageByInstrument: string;
  coverageByObligation: string;
  instrumentColumn: string;
  obligationColumn: string;
  totalColumn: string;
  allInstruments: string;
  chartCaption: string;
  seriousGaps: string;
  seriousGapsIntro: string;
  noMandatoryGap: string;
  partialMandatory: (n: number, section: string) => string;
  moreInSection: (n: number, section: string) => string;
  missingList: (list: string) => string;

  // Methodology
  instrumentsHeading: string;
  modelLawCaveat: string;
  legislationHeading: string;
  actColumn: string;
  versionColumn: string;
  versionStatusColumn: string;
  languageColumn: string;
  yearColumn: string;
  sourceColumn: string;
  importedColumn: string;
  versionNote: string;
  obligationsHeading: string;
  obligationsIntro: string;
  levelColumn: string;
  meaningColumn: string;
  gradingNote: string;
  ratingHeading: string;
  mappingHeading: string;
  mappingText: (date: string, reviewed: number, total: number) => string;
  assessedBy: (assessor: string, date: string) => string;
  statusFilterNote: (list: string) => string;
  textsNote: string;
  noTextsNote: string;

  // Good practices
  goodPracticesIntro: string;
  noGoodPractice: string;
  provisionsLabel: string;
  elementsAllPresent: (n: number) => string;

  // Summary table and findings
  summaryTableIntro: string;
  requirementColumn: string;
  nationalProvisionsColumn: string;
  noRequirement: string;
  /** Said at the head of the detailed findings when not-applicable requirements are left out of them. */
  notApplicableOmitted: (n: number) => string;
  statusLabel: string;
  reviewLabel: string;
  reviewed: string;
  notReviewed: (confidence: string) => string;
  literalWording: (level: string) => string;
  requirementText: string;
  officialTextFallback: (language: string) => string;
  editorialSummary: string;
  textNotAvailable: string;
  nationalProvisions: string;
  noProvision: string;
  proposedCitation: string;
  relation: Record<'equivalent' | 'narrower' | 'broader' | 'overlapping', string>;
  elementsHeading: string;
  groupColumn: string;
  elementColumn: string;
  presenceColumn: string;
  provisionColumn: string;
  present: string;
  missing: string;
  issuesHeading: string;
  assessmentHeading: string;
  elementsSummary: (present: number, total: number, missing: string) => string;
  analysisNote: (reason: string) => string;
  recommendationHeading: string;
  recommendedAction: string;
  modelLawReference: string;
  /** Where the proposed wording is; `citation` is null for a new provision. */
  amendmentPointer: (citation: string | null, section: string) => string;

  // Recommendations
  /** A graded recommendation: "The Government is urged to …". */
  recommend: (grade: RecommendationGrade, status: 'gap' | 'partial', ref: string, missing: string | null) => string;
  /** "article 3(a) of the Trafficking in Persons Protocol". */
  refPhrase: (ref: string, of: string) => string;
  recommendationsIntro: string;
  noRecommendation: string;
  priorityColumn: string;
  recommendationColumn: string;
  priority: Record<RecommendationPriority, string>;

  // Amendments
  amendmentsIntro: (author: string, date: string) => string;
  relatedRequirement: string;
  newProvision: string;

  // Annexes
  matrixIntro: string;
  lawsIntro: string;
  textsIntro: string;
  notAvailable: string;
}

const CATALOGUE: Record<LanguageCode, Messages> = { en: EN, fr: FR, es: ES };

/** The message catalogue of a report language. */
export function messages(language: LanguageCode): Messages {
  return CATALOGUE[language];
}
