import type { LanguageCode } from '../domain/source';
import type { FindingCode, RequirementStatus } from '../analysis/types';
import type { Obligation } from '../reference/types';
import type { ReportInput } from './input';

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

const EN_INSTRUMENTS: Record<string, InstrumentNames> = {
  'tip-protocol': {
    title:
      'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime',
    short: 'Trafficking in Persons Protocol',
    abbr: 'TIP Protocol',
    inText: 'the Trafficking in Persons Protocol',
    of: 'of the Trafficking in Persons Protocol',
    citation: 'General Assembly resolution 55/25, annex II',
  },
  'som-protocol': {
    title:
      'Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime',
    short: 'Smuggling of Migrants Protocol',
    abbr: 'SOM Protocol',
    inText: 'the Smuggling of Migrants Protocol',
    of: 'of the Smuggling of Migrants Protocol',
    citation: 'General Assembly resolution 55/25, annex III',
  },
  untoc: {
    title: 'United Nations Convention against Transnational Organized Crime',
    short: 'Organized Crime Convention',
    abbr: 'UNTOC',
    inText: 'the Organized Crime Convention',
    of: 'of the Organized Crime Convention',
    citation: 'General Assembly resolution 55/25, annex I',
  },
  'model-law-tip': {
    title: 'UNODC Model Law against Trafficking in Persons',
    short: 'Model Law against Trafficking in Persons',
    abbr: 'TIP Model Law',
    inText: 'the Model Law against Trafficking in Persons',
    of: 'of the Model Law against Trafficking in Persons',
    citation: 'UNODC, 2009',
  },
  'model-law-som': {
    title: 'UNODC Model Law against the Smuggling of Migrants',
    short: 'Model Law against the Smuggling of Migrants',
    abbr: 'SOM Model Law',
    inText: 'the Model Law against the Smuggling of Migrants',
    of: 'of the Model Law against the Smuggling of Migrants',
    citation: 'UNODC, 2010',
  },
};

const FR_INSTRUMENTS: Record<string, InstrumentNames> = {
  'tip-protocol': {
    title:
      'Protocole additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée visant à prévenir, réprimer et punir la traite des personnes, en particulier des femmes et des enfants',
    short: 'Protocole relatif à la traite des personnes',
    abbr: 'Protocole traite',
    inText: 'le Protocole relatif à la traite des personnes',
    of: 'du Protocole relatif à la traite des personnes',
    citation: 'Résolution 55/25 de l’Assemblée générale, annexe II',
  },
  'som-protocol': {
    title:
      'Protocole contre le trafic illicite de migrants par terre, air et mer, additionnel à la Convention des Nations Unies contre la criminalité transnationale organisée',
    short: 'Protocole relatif au trafic illicite de migrants',
    abbr: 'Protocole migrants',
    inText: 'le Protocole relatif au trafic illicite de migrants',
    of: 'du Protocole relatif au trafic illicite de migrants',
    citation: 'Résolution 55/25 de l’Assemblée générale, annexe III',
  },
  untoc: {
    title: 'Convention des Nations Unies contre la criminalité transnationale organisée',
    short: 'Convention contre la criminalité organisée',
    abbr: 'CTO',
    inText: 'la Convention contre la criminalité organisée',
    of: 'de la Convention contre la criminalité organisée',
    citation: 'Résolution 55/25 de l’Assemblée générale, annexe I',
  },
  'model-law-tip': {
    title: 'Loi type de l’ONUDC contre la traite des personnes',
    short: 'Loi type contre la traite des personnes',
    abbr: 'Loi type traite',
    inText: 'la Loi type contre la traite des personnes',
    of: 'de la Loi type contre la traite des personnes',
    citation: 'ONUDC, 2009',
  },
  'model-law-som': {
    title: 'Loi type de l’ONUDC contre le trafic illicite de migrants',
    short: 'Loi type contre le trafic illicite de migrants',
    abbr: 'Loi type migrants',
    inText: 'la Loi type contre le trafic illicite de migrants',
    of: 'de la Loi type contre le trafic illicite de migrants',
    citation: 'ONUDC, 2010',
  },
};

const ES_INSTRUMENTS: Record<string, InstrumentNames> = {
  'tip-protocol': {
    title:
      'Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
    short: 'Protocolo contra la trata de personas',
    abbr: 'Protocolo trata',
    inText: 'el Protocolo contra la trata de personas',
    of: 'del Protocolo contra la trata de personas',
    citation: 'Resolución 55/25 de la Asamblea General, anexo II',
  },
  'som-protocol': {
    title:
      'Protocolo contra el tráfico ilícito de migrantes por tierra, mar y aire, que complementa la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
    short: 'Protocolo contra el tráfico ilícito de migrantes',
    abbr: 'Protocolo migrantes',
    inText: 'el Protocolo contra el tráfico ilícito de migrantes',
    of: 'del Protocolo contra el tráfico ilícito de migrantes',
    citation: 'Resolución 55/25 de la Asamblea General, anexo III',
  },
  untoc: {
    title: 'Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional',
    short: 'Convención contra la Delincuencia Organizada',
    abbr: 'CDOT',
    inText: 'la Convención contra la Delincuencia Organizada',
    of: 'de la Convención contra la Delincuencia Organizada',
    citation: 'Resolución 55/25 de la Asamblea General, anexo I',
  },
  'model-law-tip': {
    title: 'Ley Modelo de la UNODC contra la Trata de Personas',
    short: 'Ley Modelo contra la Trata de Personas',
    abbr: 'Ley Modelo trata',
    inText: 'la Ley Modelo contra la Trata de Personas',
    of: 'de la Ley Modelo contra la Trata de Personas',
    citation: 'UNODC, 2009',
  },
  'model-law-som': {
    title: 'Ley Modelo de la UNODC contra el Tráfico Ilícito de Migrantes',
    short: 'Ley Modelo contra el Tráfico Ilícito de Migrantes',
    abbr: 'Ley Modelo migrantes',
    inText: 'la Ley Modelo contra el Tráfico Ilícito de Migrantes',
    of: 'de la Ley Modelo contra el Tráfico Ilícito de Migrantes',
    citation: 'UNODC, 2010',
  },
};

const EN: Messages = {
  locale: 'en-GB',
  kicker: 'Legislative gap analysis',
  coverActs: 'Legislation assessed',
  coverInstruments: 'Reference instruments',
  coverDate: 'Date',
  coverAssessor: 'Assessment by',
  coverVersion: (version, status) => `version: ${version} (${status})`,
  toc: 'Contents',
  pageWord: 'Page',
  ofWord: 'of',
  sections: {
    summary: 'Executive summary',
    methodology: 'Methodology',
    goodPractices: 'Good practices identified',
    summaryTable: 'Summary table',
    findings: 'Detailed findings',
    recommendations: 'Prioritised recommendations',
    amendments: 'Proposed amendments',
    annexMatrix: 'Mapping matrix',
    annexLaws: 'Legislation reviewed',
    annexTexts: 'Texts of the instrument provisions cited',
  },
  annex: (letter, title) => `Annex ${letter}. ${title}`,
  status: {
    compliant: 'Compliant',
    partial: 'Partially compliant',
    gap: 'Not compliant (gap)',
    not_applicable: 'Not applicable',
    not_assessed: 'Not yet assessed',
  },
  statusShort: {
    compliant: 'Compliant',
    partial: 'Partial',
    gap: 'Gap',
    not_applicable: 'N/A',
    not_assessed: 'Not assessed',
  },
  statusExplain: {
    compliant: 'The national provisions meet every element of the requirement.',
    partial: 'Some elements are met; others are missing or narrower than required.',
    gap: 'No national provision implements the requirement, or the provisions found do not meet it.',
    not_applicable:
      'The requirement does not call for legislation in this State (for example, a provision governing relations between States Parties).',
    not_assessed: 'The requirement has not yet been assessed.',
  },
  obligation: {
    mandatory: 'Mandatory',
    consider: 'To consider',
    optional: 'Optional',
    definition: 'Definition',
    general: 'General',
  },
  obligationExplain: {
    mandatory: 'The State must adopt legislative or other measures (“shall adopt”, “shall establish”).',
    consider:
      'The State must consider adopting a measure or endeavour to do so (“shall consider”, “shall endeavour”, “in appropriate cases”).',
    optional: 'Good practice the State may adopt (“may”).',
    definition:
      'A definition the offences and measures must follow; departing from it narrows every obligation that relies on it.',
    general: 'A general provision (purpose, scope, relation with other instruments) that frames the others.',
  },
  actStatus: { draft: 'draft', adopted: 'adopted', 'in-force': 'in force', repealed: 'repealed' },
  languageName: { en: 'English', fr: 'French', es: 'Spanish' },
  findingCode: {
    'offence-requires-transnationality': 'The offence requires crossing a border (contrary to UNTOC art. 34(2)).',
    'offence-requires-organized-group':
      'The offence requires the involvement of an organized criminal group (contrary to UNTOC art. 34(2)).',
    'consent-defence': 'The consent of the victim is accepted as a defence (contrary to TIP Protocol art. 3(b)).',
    'child-means-required': 'Means must be proved for child victims too (contrary to TIP Protocol art. 3(c)).',
    'child-age-below-18':
      '“Child” is defined with an age threshold below 18 years (contrary to TIP Protocol art. 3(d)).',
    'migrant-criminalized':
      'Migrants are liable to prosecution for having been smuggled (contrary to SOM Protocol art. 5).',
    'smuggling-without-benefit':
      'The smuggling offence does not require a financial or other material benefit, so humanitarian assistance may be caught (SOM Protocol art. 3(a)).',
    'element-in-substance': 'An element is covered in substance by a broader rule rather than by name.',
    'element-by-reference': 'An element is covered only by reference to another law, outside the texts assessed.',
    'candidate-not-credited': 'A candidate provision was found but does not meet the requirement.',
    'reference-to-other-law': 'A provision takes its content from another law, named in the finding.',
    'general-part': 'A provision of the general part of the code serves this requirement for all offences.',
    'law-not-supplied': 'The requirement usually lives in a kind of law that was not supplied.',
  },
  instruments: EN_INSTRUMENTS,
  articleAbbr: 'art.',
  colon: ': ',
  ofCustom: (name) => `of ${name}`,

  summaryIntro: (country, instruments) =>
    `This report assesses national legislation (${country}) against ${instruments}. It sets out what the law already achieves, where it falls short of each requirement, and what the Government is recommended to do, mandatory obligations first.`,
  keyFigures: 'Key figures',
  figRequirements: 'Requirements assessed',
  figMandatoryGaps: (gaps, total) => `Mandatory obligations and definitions with a gap: ${gaps} of ${total}`,
  figReviewed: (reviewed, total) => `Assessments reviewed by an expert: ${reviewed} of ${total}`,
  coverageByInstrument: 'Coverage by instrument',
  coverageByObligation: 'Coverage by obligation level',
  instrumentColumn: 'Instrument',
  obligationColumn: 'Obligation',
  totalColumn: 'Total',
  allInstruments: 'All instruments',
  chartCaption: 'Figure 1. Status of the requirements by instrument (share of the requirements assessed)',
  seriousGaps: 'Most serious gaps',
  seriousGapsIntro: 'Gaps in mandatory obligations and definitions, which the Government is urged to address first:',
  noMandatoryGap: 'No gap was found in a mandatory obligation or a definition.',
  partialMandatory: (n, section) =>
    `Mandatory obligations and definitions met only in part: ${n} (see section ${section}).`,
  moreInSection: (n, section) => `… and ${n} more (see section ${section}).`,
  missingList: (list) => `missing: ${list}`,

  instrumentsHeading: 'Instruments of reference',
  modelLawCaveat:
    'The Model Law data is partial: article numbers and titles are verified; the summaries used in this report are editorial and are not the text of the Model Law.',
  legislationHeading: 'Legislation assessed',
  actColumn: 'Act',
  versionColumn: 'Version',
  versionStatusColumn: 'Status of the version',
  languageColumn: 'Language assessed',
  yearColumn: 'Year',
  sourceColumn: 'Source file',
  importedColumn: 'Imported on',
  versionNote: 'Each act was assessed in the version identified above; later amendments are not taken into account.',
  obligationsHeading: 'Obligation levels',
  obligationsIntro: 'Following the UNODC Legislative Guides, each requirement is classified as follows:',
  levelColumn: 'Level',
  meaningColumn: 'Meaning',
  gradingNote:
    'Recommendations are worded accordingly: the Government is urged to act on mandatory obligations and definitions, encouraged to consider measures on obligations to consider, and invited to adopt optional good practice.',
  ratingHeading: 'Rating scale',
  mappingHeading: 'How the mapping was made',
  mappingText: (date, reviewed, total) =>
    `National provisions were first matched to each requirement automatically by text analysis (${date}), which also proposed an assessment and checked each element of the requirements that have an element checklist. An expert then reviewed the proposals, confirming, correcting or adding provisions and assessments. Requirements reviewed by an expert: ${reviewed} of ${total}; the findings on requirements not reviewed are marked as proposed by the analysis.`,
  assessedBy: (assessor, date) => `Assessment by ${assessor}; report dated ${date}.`,
  statusFilterNote: (list) => `This report is limited to requirements assessed as: ${list}.`,
  textsNote:
    'Treaty provisions are quoted from the authentic English text. Model Law articles are described by an editorial summary; they are not quoted.',
  noTextsNote:
    'In this edition of the report the texts of the provisions are not reproduced; the citations identify them.',

  goodPracticesIntro:
    'The national legislation already meets the following requirements in full. They are set out first, as the basis on which the recommendations build.',
  noGoodPractice: 'No requirement in scope was assessed as fully compliant.',
  provisionsLabel: 'Provisions',
  elementsAllPresent: (n) => `Elements present: ${n} of ${n}.`,

  summaryTableIntro: 'One row per requirement assessed. The national provisions are cited as in the detailed findings.',
  requirementColumn: 'Requirement',
  nationalProvisionsColumn: 'National provisions',
  noRequirement: 'No requirement falls within the scope of this report.',
  notApplicableOmitted: (n) =>
    `${n} requirement${n === 1 ? ' is' : 's are'} not applicable (general or final clauses, or a subject the legislation does not cover); they appear in the summary table and the annexes, not in the detailed findings.`,
  statusLabel: 'Status',
  reviewLabel: 'Review',
  reviewed: 'reviewed by an expert',
  notReviewed: (confidence) => `proposed by the analysis, not yet reviewed (confidence ${confidence})`,
  literalWording: (level) => `literal wording: ${level}`,
  requirementText: 'Text of the requirement',
  officialTextFallback: (language) => `English text (no official ${language} text available).`,
  editorialSummary: 'Editorial summary, not the text of the Model Law.',
  textNotAvailable: 'The text of this requirement is not available in the reference library.',
  nationalProvisions: 'National provisions',
  noProvision: 'No national provision has been identified for this requirement.',
  proposedCitation: 'proposed by the analysis, not confirmed',
  relation: {
    equivalent: 'equivalent in scope',
    narrower: 'narrower in scope than the requirement',
    broader: 'broader in scope than the requirement',
    overlapping: 'overlaps the requirement in part',
  },
  elementsHeading: 'Elements of the requirement',
  groupColumn: 'Group',
  elementColumn: 'Element',
  presenceColumn: 'Finding',
  provisionColumn: 'Provision',
  present: 'Present',
  missing: 'Missing',
  issuesHeading: 'Issues identified',
  assessmentHeading: 'Assessment',
  elementsSummary: (present, total, missing) =>
    missing
      ? `Elements present: ${present} of ${total}; missing: ${missing}.`
      : `Elements present: ${present} of ${total}.`,
  analysisNote: (reason) => reason,
  recommendationHeading: 'Recommendation',
  recommendedAction: 'Recommended action',
  modelLawReference: 'Model Law reference',
  amendmentPointer: (citation, section) =>
    citation
      ? `Proposed wording for ${citation} is set out as tracked changes in section ${section}.`
      : `Wording for a new provision is proposed as tracked changes in section ${section}.`,

  recommend: (grade, status, ref, missing) => {
    const action =
      (status === 'gap'
        ? `give effect in national legislation to ${ref}`
        : `bring national legislation fully into line with ${ref}`) +
      (missing ? `, in particular as regards: ${missing}` : '');
    switch (grade) {
      case 'urge':
        return `The Government is urged to ${action}.`;
      case 'consider':
        return `The Government is encouraged to consider measures to ${action}.`;
      case 'invite':
        return `The Government is invited to ${action}.`;
    }
  },
  refPhrase: (ref, of) => `article ${ref} ${of}`,
  recommendationsIntro:
    'Recommendations are listed by priority: gaps in mandatory obligations and definitions first, then mandatory obligations and definitions met only in part, then obligations to consider, then optional good practice. Requirements assessed as compliant, not applicable or not yet assessed call for no action and are not listed.',
  noRecommendation: 'No recommendation: no gap or partial compliance was found among the requirements assessed.',
  priorityColumn: 'Priority',
  recommendationColumn: 'Recommendation',
  priority: {
    1: '1 – Mandatory, gap',
    2: '2 – Mandatory, partial',
    3: '3 – To consider',
    4: '4 – Optional good practice',
  },

  amendmentsIntro: (author, date) =>
    `The amendments below are proposed as tracked changes to the current text of each national provision, as assessed. Insertions and deletions are attributed to ${author} and dated ${date}; in Word, use Review › Accept or Reject to adopt or discard them.`,
  relatedRequirement: 'Related requirement',
  newProvision: 'New provision',

  matrixIntro:
    'Provisions of each act mapped to each requirement. “—” means that no provision of that act was identified.',
  lawsIntro: 'The acts reviewed, in the exact version assessed.',
  textsIntro: 'Texts of the provisions of the instruments cited in this report, in the order of the instruments.',
  notAvailable: '—',
};

const FR: Messages = {
  locale: 'fr-FR',
  kicker: 'Analyse des lacunes législatives',
  coverActs: 'Législation examinée',
  coverInstruments: 'Instruments de référence',
  coverDate: 'Date',
  coverAssessor: 'Évaluation réalisée par',
  coverVersion: (version, status) => `version\u00A0: ${version} (${status})`,
  toc: 'Table des matières',
  pageWord: 'Page',
  ofWord: 'sur',
  sections: {
    summary: 'Résumé analytique',
    methodology: 'Méthodologie',
    goodPractices: 'Bonnes pratiques relevées',
    summaryTable: 'Tableau récapitulatif',
    findings: 'Constatations détaillées',
    recommendations: 'Recommandations par ordre de priorité',
    amendments: 'Modifications proposées',
    annexMatrix: 'Matrice de correspondance',
    annexLaws: 'Législation examinée',
    annexTexts: 'Textes des dispositions des instruments citées',
  },
  annex: (letter, title) => `Annexe ${letter}. ${title}`,
  status: {
    compliant: 'Conforme',
    partial: 'Partiellement conforme',
    gap: 'Non conforme (lacune)',
    not_applicable: 'Sans objet',
    not_assessed: 'Non encore évaluée',
  },
  statusShort: {
    compliant: 'Conforme',
    partial: 'Partielle',
    gap: 'Lacune',
    not_applicable: 'Sans objet',
    not_assessed: 'Non évaluée',
  },
  statusExplain: {
    compliant: 'Les dispositions nationales satisfont à tous les éléments de l’exigence.',
    partial:
      'Certains éléments sont satisfaits\u00A0; d’autres manquent ou sont plus restreints que ce qui est requis.',
    gap: 'Aucune disposition nationale ne met en œuvre l’exigence, ou les dispositions relevées n’y satisfont pas.',
    not_applicable:
      'L’exigence n’appelle pas de mesure législative dans cet État (par exemple, une disposition régissant les relations entre États parties).',
    not_assessed: 'L’exigence n’a pas encore été évaluée.',
  },
  obligation: {
    mandatory: 'Obligatoire',
    consider: 'À envisager',
    optional: 'Facultative',
    definition: 'Définition',
    general: 'Générale',
  },
  obligationExplain: {
    mandatory:
      'L’État doit adopter des mesures législatives ou autres («\u00A0adopte\u00A0», «\u00A0confère le caractère d’infraction pénale\u00A0»).',
    consider:
      'L’État doit envisager d’adopter une mesure ou s’efforcer de le faire («\u00A0envisage\u00A0», «\u00A0s’efforce\u00A0», «\u00A0dans les cas appropriés\u00A0»).',
    optional: 'Bonne pratique que l’État peut adopter («\u00A0peut\u00A0»).',
    definition:
      'Définition à laquelle les infractions et les mesures doivent se conformer\u00A0; s’en écarter restreint toutes les obligations qui s’y rapportent.',
    general:
      'Disposition générale (objet, champ d’application, relation avec d’autres instruments) qui encadre les autres.',
  },
  actStatus: { draft: 'projet', adopted: 'adopté', 'in-force': 'en vigueur', repealed: 'abrogé' },
  languageName: { en: 'anglais', fr: 'français', es: 'espagnol' },
  findingCode: {
    'offence-requires-transnationality':
      'L’infraction exige le franchissement d’une frontière (contrairement à l’art. 34(2) de la Convention contre la criminalité organisée).',
    'offence-requires-organized-group':
      'L’infraction exige l’implication d’un groupe criminel organisé (contrairement à l’art. 34(2) de la Convention contre la criminalité organisée).',
    'consent-defence':
      'Le consentement de la victime est admis comme moyen de défense (contrairement à l’art. 3(b) du Protocole relatif à la traite des personnes).',
    'child-means-required':
      'Les moyens doivent être prouvés même lorsque la victime est un enfant (contrairement à l’art. 3(c) du Protocole relatif à la traite des personnes).',
    'child-age-below-18':
      'L’«\u00A0enfant\u00A0» est défini par un seuil d’âge inférieur à 18 ans (contrairement à l’art. 3(d) du Protocole relatif à la traite des personnes).',
    'migrant-criminalized':
      'Les migrants sont passibles de poursuites pour avoir été l’objet d’un trafic illicite (contrairement à l’art. 5 du Protocole relatif au trafic illicite de migrants).',
    'smuggling-without-benefit':
      'L’infraction de trafic illicite n’exige pas d’avantage financier ou autre avantage matériel, de sorte que l’aide humanitaire peut être visée (art. 3(a) du Protocole relatif au trafic illicite de migrants).',
    'element-in-substance': 'Un élément est couvert sur le fond par une règle plus large, sans être nommé.',
    'element-by-reference':
      'Un élément n’est couvert que par renvoi à une autre loi, non comprise dans les textes examinés.',
    'candidate-not-credited': 'Une disposition candidate a été relevée, mais elle ne satisfait pas à l’exigence.',
    'reference-to-other-law': 'Une disposition tire son contenu d’un autre texte, nommé dans la constatation.',
    'general-part': 'Une disposition de la partie générale du code sert cette exigence pour toutes les infractions.',
    'law-not-supplied': 'L’exigence relève d’ordinaire d’un type de loi qui n’a pas été fourni.',
  },
  instruments: FR_INSTRUMENTS,
  articleAbbr: 'art.',
  colon: '\u00A0: ',
  ofCustom: (name) => `de l’instrument «\u00A0${name}\u00A0»`,

  summaryIntro: (country, instruments) =>
    `Le présent rapport évalue la législation nationale (${country}) au regard des instruments suivants\u00A0: ${instruments}. Il présente ce que la loi permet déjà, les points sur lesquels elle ne satisfait pas à chaque exigence et les mesures recommandées au Gouvernement, en commençant par les exigences obligatoires.`,
  keyFigures: 'Chiffres clés',
  figRequirements: 'Exigences examinées',
  figMandatoryGaps: (gaps, total) =>
    `Exigences obligatoires et définitions présentant une lacune\u00A0: ${gaps} sur ${total}`,
  figReviewed: (reviewed, total) => `Évaluations examinées par un expert\u00A0: ${reviewed} sur ${total}`,
  coverageByInstrument: 'Couverture par instrument',
  coverageByObligation: 'Couverture par niveau d’obligation',
  instrumentColumn: 'Instrument',
  obligationColumn: 'Obligation',
  totalColumn: 'Total',
  allInstruments: 'Ensemble des instruments',
  chartCaption: 'Figure 1. Statut des exigences par instrument (part des exigences examinées)',
  seriousGaps: 'Lacunes les plus graves',
  seriousGapsIntro:
    'Lacunes concernant des exigences obligatoires et des définitions, auxquelles le Gouvernement est instamment prié de remédier en priorité :',
  noMandatoryGap: 'Aucune lacune n’a été relevée concernant une exigence obligatoire ou une définition.',
  partialMandatory: (n, section) =>
    `Exigences obligatoires et définitions partiellement satisfaites\u00A0: ${n} (voir la section ${section}).`,
  moreInSection: (n, section) => `… et ${n} autre(s) (voir la section ${section}).`,
  missingList: (list) => `éléments absents\u00A0: ${list}`,

  instrumentsHeading: 'Instruments de référence',
  modelLawCaveat:
    'Les données des lois types sont partielles\u00A0: les numéros et titres des articles sont vérifiés\u00A0; les résumés utilisés dans le présent rapport sont éditoriaux et ne constituent pas le texte de la loi type.',
  legislationHeading: 'Législation examinée',
  actColumn: 'Texte',
  versionColumn: 'Version',
  versionStatusColumn: 'Statut de la version',
  languageColumn: 'Langue examinée',
  yearColumn: 'Année',
  sourceColumn: 'Fichier source',
  importedColumn: 'Importé le',
  versionNote:
    'Chaque texte a été examiné dans la version indiquée ci-dessus\u00A0; les modifications ultérieures ne sont pas prises en compte.',
  obligationsHeading: 'Niveaux d’obligation',
  obligationsIntro: 'Conformément aux guides législatifs de l’ONUDC, chaque exigence est classée comme suit :',
  levelColumn: 'Niveau',
  meaningColumn: 'Signification',
  gradingNote:
    'Les recommandations sont formulées en conséquence\u00A0: le Gouvernement est instamment prié d’agir sur les exigences obligatoires et les définitions, encouragé à envisager des mesures pour les exigences à envisager et invité à adopter les bonnes pratiques facultatives.',
  ratingHeading: 'Échelle d’évaluation',
  mappingHeading: 'Établissement de la correspondance',
  mappingText: (date, reviewed, total) =>
    `Les dispositions nationales ont d’abord été mises en correspondance automatiquement avec chaque exigence par analyse textuelle (${date}), qui a également proposé une évaluation et vérifié chacun des éléments des exigences dotées d’une liste d’éléments. Un expert a ensuite examiné ces propositions, en confirmant, corrigeant ou complétant les dispositions et les évaluations. Exigences examinées par un expert\u00A0: ${reviewed} sur ${total}\u00A0; les constatations relatives aux exigences non examinées sont signalées comme proposées par l’analyse.`,
  assessedBy: (assessor, date) => `Évaluation réalisée par ${assessor}\u00A0; rapport daté du ${date}.`,
  statusFilterNote: (list) => `Le présent rapport se limite aux exigences évaluées comme suit\u00A0: ${list}.`,
  textsNote:
    'Les dispositions conventionnelles sont citées dans leur texte officiel français\u00A0; à défaut, le texte anglais est cité. Les articles des lois types sont décrits par un résumé éditorial en anglais et ne sont pas cités textuellement.',
  noTextsNote:
    'Dans la présente édition du rapport, les textes des dispositions ne sont pas reproduits\u00A0; les références permettent de les retrouver.',

  goodPracticesIntro:
    'La législation nationale satisfait déjà pleinement aux exigences suivantes. Elles sont présentées en premier lieu, comme base sur laquelle s’appuient les recommandations.',
  noGoodPractice: 'Aucune exigence examinée n’a été jugée pleinement conforme.',
  provisionsLabel: 'Dispositions',
  elementsAllPresent: (n) => `Éléments présents\u00A0: ${n} sur ${n}.`,

  summaryTableIntro:
    'Une ligne par exigence examinée. Les dispositions nationales sont citées comme dans les constatations détaillées.',
  requirementColumn: 'Exigence',
  nationalProvisionsColumn: 'Dispositions nationales',
  noRequirement: 'Aucune exigence n’entre dans le champ du présent rapport.',
  notApplicableOmitted: (n) =>
    `${n} exigence${n === 1 ? ' est' : 's sont'} sans objet (clauses générales ou finales, ou matière que la législation ne couvre pas) ; ${n === 1 ? 'elle figure' : 'elles figurent'} dans le tableau récapitulatif et les annexes, non dans les constatations détaillées.`,
  statusLabel: 'Évaluation',
  reviewLabel: 'Examen',
  reviewed: 'examinée par un expert',
  notReviewed: (confidence) => `proposée par l’analyse, non encore examinée (confiance\u00A0: ${confidence})`,
  literalWording: (level) => `selon le libellé\u00A0: ${level}`,
  requirementText: 'Texte de l’exigence',
  officialTextFallback: () => 'Texte anglais (aucun texte officiel français disponible).',
  editorialSummary: 'Résumé éditorial (en anglais), qui ne constitue pas le texte de la loi type.',
  textNotAvailable: 'Le texte de cette exigence n’est pas disponible dans la bibliothèque de référence.',
  nationalProvisions: 'Dispositions nationales',
  noProvision: 'Aucune disposition nationale n’a été identifiée pour cette exigence.',
  proposedCitation: 'proposée par l’analyse, non confirmée',
  relation: {
    equivalent: 'de portée équivalente',
    narrower: 'de portée plus étroite que l’exigence',
    broader: 'de portée plus large que l’exigence',
    overlapping: 'recoupe partiellement l’exigence',
  },
  elementsHeading: 'Éléments de l’exigence',
  groupColumn: 'Catégorie',
  elementColumn: 'Élément',
  presenceColumn: 'Constat',
  provisionColumn: 'Disposition',
  present: 'Présent',
  missing: 'Absent',
  issuesHeading: 'Problèmes relevés',
  assessmentHeading: 'Appréciation',
  elementsSummary: (present, total, missing) =>
    missing
      ? `Éléments présents\u00A0: ${present} sur ${total}\u00A0; éléments absents\u00A0: ${missing}.`
      : `Éléments présents\u00A0: ${present} sur ${total}.`,
  analysisNote: (reason) => `Note de l’analyse (en anglais)\u00A0: ${reason}`,
  recommendationHeading: 'Recommandation',
  recommendedAction: 'Mesure recommandée',
  modelLawReference: 'Référence dans la loi type',
  amendmentPointer: (citation, section) =>
    citation
      ? `Une proposition de libellé pour ${citation} figure, sous forme de modifications suivies, à la section ${section}.`
      : `Le libellé d’une nouvelle disposition est proposé, sous forme de modifications suivies, à la section ${section}.`,

  recommend: (grade, status, ref, missing) => {
    const action =
      (status === 'gap'
        ? `donner effet dans la législation nationale à ${ref}`
        : `mettre pleinement la législation nationale en conformité avec ${ref}`) +
      (missing ? `, en particulier en ce qui concerne\u00A0: ${missing}` : '');
    switch (grade) {
      case 'urge':
        return `Le Gouvernement est instamment prié de ${action}.`;
      case 'consider':
        return `Le Gouvernement est encouragé à envisager des mesures pour ${action}.`;
      case 'invite':
        return `Le Gouvernement est invité à ${action}.`;
    }
  },
  refPhrase: (ref, of) => `l’article ${ref} ${of}`,
  recommendationsIntro:
    'Les recommandations sont classées par ordre de priorité\u00A0: d’abord les lacunes concernant des exigences obligatoires et des définitions, puis les exigences obligatoires et définitions partiellement satisfaites, puis les exigences à envisager, enfin les bonnes pratiques facultatives. Les exigences jugées conformes, sans objet ou non encore évaluées n’appellent pas de mesure et ne figurent pas dans la liste.',
  noRecommendation:
    'Aucune recommandation\u00A0: aucune lacune ni conformité partielle n’a été relevée parmi les exigences examinées.',
  priorityColumn: 'Priorité',
  recommendationColumn: 'Recommandation',
  priority: {
    1: '1 – Obligatoire, lacune',
    2: '2 – Obligatoire, partielle',
    3: '3 – À envisager',
    4: '4 – Bonne pratique facultative',
  },

  amendmentsIntro: (author, date) =>
    `Les modifications ci-dessous sont proposées sous forme de modifications suivies du texte actuel de chaque disposition nationale, tel qu’il a été examiné. Les insertions et suppressions sont attribuées à ${author} et datées du ${date}\u00A0; dans Word, utilisez Révision › Accepter ou Refuser pour les adopter ou les écarter.`,
  relatedRequirement: 'Exigence concernée',
  newProvision: 'Nouvelle disposition',

  matrixIntro:
    'Dispositions de chaque texte mises en correspondance avec chaque exigence. «\u00A0—\u00A0» signifie qu’aucune disposition de ce texte n’a été identifiée.',
  lawsIntro: 'Les textes examinés, dans la version exacte évaluée.',
  textsIntro: 'Textes des dispositions des instruments citées dans le présent rapport, dans l’ordre des instruments.',
  notAvailable: '—',
};

const ES: Messages = {
  locale: 'es-ES',
  kicker: 'Análisis de las deficiencias legislativas',
  coverActs: 'Legislación examinada',
  coverInstruments: 'Instrumentos de referencia',
  coverDate: 'Fecha',
  coverAssessor: 'Evaluación realizada por',
  coverVersion: (version, status) => `versión: ${version} (${status})`,
  toc: 'Índice',
  pageWord: 'Página',
  ofWord: 'de',
  sections: {
    summary: 'Resumen ejecutivo',
    methodology: 'Metodología',
    goodPractices: 'Buenas prácticas identificadas',
    summaryTable: 'Cuadro recapitulativo',
    findings: 'Conclusiones detalladas',
    recommendations: 'Recomendaciones por orden de prioridad',
    amendments: 'Enmiendas propuestas',
    annexMatrix: 'Matriz de correspondencia',
    annexLaws: 'Legislación examinada',
    annexTexts: 'Textos de las disposiciones de los instrumentos citadas',
  },
  annex: (letter, title) => `Anexo ${letter}. ${title}`,
  status: {
    compliant: 'Conforme',
    partial: 'Parcialmente conforme',
    gap: 'No conforme (deficiencia)',
    not_applicable: 'No aplicable',
    not_assessed: 'Aún no evaluado',
  },
  statusShort: {
    compliant: 'Conforme',
    partial: 'Parcial',
    gap: 'Deficiencia',
    not_applicable: 'No aplicable',
    not_assessed: 'No evaluado',
  },
  statusExplain: {
    compliant: 'Las disposiciones nacionales cumplen todos los elementos del requisito.',
    partial: 'Se cumplen algunos elementos; otros faltan o son más restringidos de lo exigido.',
    gap: 'Ninguna disposición nacional aplica el requisito, o las disposiciones encontradas no lo cumplen.',
    not_applicable:
      'El requisito no exige medidas legislativas en este Estado (por ejemplo, una disposición relativa a las relaciones entre Estados partes).',
    not_assessed: 'El requisito aún no se ha evaluado.',
  },
  obligation: {
    mandatory: 'Obligatoria',
    consider: 'A considerar',
    optional: 'Optativa',
    definition: 'Definición',
    general: 'General',
  },
  obligationExplain: {
    mandatory: 'El Estado debe adoptar medidas legislativas o de otra índole («adoptará», «tipificará»).',
    consider:
      'El Estado debe considerar la adopción de una medida o procurar adoptarla («considerará», «procurará», «cuando proceda»).',
    optional: 'Buena práctica que el Estado puede adoptar («podrá»).',
    definition:
      'Definición a la que deben ajustarse los delitos y las medidas; apartarse de ella restringe todas las obligaciones que se basan en ella.',
    general:
      'Disposición general (finalidad, ámbito de aplicación, relación con otros instrumentos) que enmarca las demás.',
  },
  actStatus: { draft: 'proyecto', adopted: 'aprobada', 'in-force': 'en vigor', repealed: 'derogada' },
  languageName: { en: 'inglés', fr: 'francés', es: 'español' },
  findingCode: {
    'offence-requires-transnationality':
      'El delito exige el cruce de una frontera (en contra del art. 34(2) de la Convención contra la Delincuencia Organizada).',
    'offence-requires-organized-group':
      'El delito exige la participación de un grupo delictivo organizado (en contra del art. 34(2) de la Convención contra la Delincuencia Organizada).',
    'consent-defence':
      'El consentimiento de la víctima se admite como defensa (en contra del art. 3(b) del Protocolo contra la trata de personas).',
    'child-means-required':
      'Deben probarse los medios también cuando la víctima es un niño (en contra del art. 3(c) del Protocolo contra la trata de personas).',
    'child-age-below-18':
      'Se define «niño» con un umbral de edad inferior a 18 años (en contra del art. 3(d) del Protocolo contra la trata de personas).',
    'migrant-criminalized':
      'Los migrantes pueden ser enjuiciados por haber sido objeto de tráfico ilícito (en contra del art. 5 del Protocolo contra el tráfico ilícito de migrantes).',
    'smuggling-without-benefit':
      'El delito de tráfico ilícito no exige un beneficio financiero u otro beneficio de orden material, por lo que puede abarcar la asistencia humanitaria (art. 3(a) del Protocolo contra el tráfico ilícito de migrantes).',
    'element-in-substance':
      'Un elemento está cubierto en el fondo por una norma más amplia, sin mencionarse expresamente.',
    'element-by-reference':
      'Un elemento solo está cubierto por remisión a otra ley, no incluida en los textos examinados.',
    'candidate-not-credited': 'Se encontró una disposición candidata, pero no cumple el requisito.',
    'reference-to-other-law': 'Una disposición toma su contenido de otra ley, nombrada en la constatación.',
    'general-part': 'Una disposición de la parte general del código sirve a este requisito para todos los delitos.',
    'law-not-supplied': 'El requisito suele figurar en un tipo de ley que no se aportó.',
  },
  instruments: ES_INSTRUMENTS,
  articleAbbr: 'art.',
  colon: ': ',
  ofCustom: (name) => `del instrumento «${name}»`,

  summaryIntro: (country, instruments) =>
    `El presente informe evalúa la legislación nacional (${country}) a la luz de los siguientes instrumentos: ${instruments}. Expone lo que la ley ya logra, los aspectos en que no cumple cada requisito y las medidas que se recomiendan al Gobierno, empezando por los requisitos obligatorios.`,
  keyFigures: 'Cifras clave',
  figRequirements: 'Requisitos examinados',
  figMandatoryGaps: (gaps, total) => `Requisitos obligatorios y definiciones con deficiencias: ${gaps} de ${total}`,
  figReviewed: (reviewed, total) => `Evaluaciones revisadas por un experto: ${reviewed} de ${total}`,
  coverageByInstrument: 'Cobertura por instrumento',
  coverageByObligation: 'Cobertura por nivel de obligación',
  instrumentColumn: 'Instrumento',
  obligationColumn: 'Obligación',
  totalColumn: 'Total',
  allInstruments: 'Todos los instrumentos',
  chartCaption: 'Figura 1. Calificación de los requisitos por instrumento (proporción de los requisitos examinados)',
  seriousGaps: 'Deficiencias más graves',
  seriousGapsIntro:
    'Deficiencias relativas a requisitos obligatorios y definiciones, que se insta al Gobierno a subsanar en primer lugar:',
  noMandatoryGap: 'No se encontró ninguna deficiencia en un requisito obligatorio ni en una definición.',
  partialMandatory: (n, section) =>
    `Requisitos obligatorios y definiciones cumplidos solo parcialmente: ${n} (véase la sección ${section}).`,
  moreInSection: (n, section) => `… y ${n} más (véase la sección ${section}).`,
  missingList: (list) => `elementos ausentes: ${list}`,

  instrumentsHeading: 'Instrumentos de referencia',
  modelLawCaveat:
    'Los datos de las leyes modelo son parciales: los números y títulos de los artículos están verificados; los resúmenes utilizados en el presente informe son editoriales y no constituyen el texto de la Ley Modelo.',
  legislationHeading: 'Legislación examinada',
  actColumn: 'Ley',
  versionColumn: 'Versión',
  versionStatusColumn: 'Estado de la versión',
  languageColumn: 'Idioma examinado',
  yearColumn: 'Año',
  sourceColumn: 'Archivo de origen',
  importedColumn: 'Importado el',
  versionNote: 'Cada ley se examinó en la versión indicada; no se tienen en cuenta las modificaciones posteriores.',
  obligationsHeading: 'Niveles de obligación',
  obligationsIntro:
    'De conformidad con las guías legislativas de la UNODC, cada requisito se clasifica de la siguiente manera:',
  levelColumn: 'Nivel',
  meaningColumn: 'Significado',
  gradingNote:
    'Las recomendaciones se formulan en consecuencia: se insta al Gobierno a actuar respecto de los requisitos obligatorios y las definiciones, se le alienta a considerar medidas respecto de los requisitos a considerar y se le invita a adoptar las buenas prácticas optativas.',
  ratingHeading: 'Escala de evaluación',
  mappingHeading: 'Cómo se estableció la correspondencia',
  mappingText: (date, reviewed, total) =>
    `Las disposiciones nacionales se vincularon primero automáticamente con cada requisito mediante un análisis textual (${date}), que además propuso una evaluación y verificó cada elemento de los requisitos que cuentan con una lista de elementos. A continuación, un experto examinó las propuestas, confirmando, corrigiendo o completando las disposiciones y las evaluaciones. Requisitos examinados por un experto: ${reviewed} de ${total}; las conclusiones relativas a los requisitos no examinados se señalan como propuestas por el análisis.`,
  assessedBy: (assessor, date) => `Evaluación realizada por ${assessor}; informe de fecha ${date}.`,
  statusFilterNote: (list) => `El presente informe se limita a los requisitos calificados como: ${list}.`,
  textsNote:
    'Las disposiciones de los tratados se citan en su texto oficial en español; a falta de este, se cita el texto inglés. Los artículos de las leyes modelo se describen mediante un resumen editorial en inglés y no se citan textualmente.',
  noTextsNote:
    'En la presente edición del informe no se reproducen los textos de las disposiciones; las referencias permiten localizarlos.',

  goodPracticesIntro:
    'La legislación nacional ya cumple plenamente los siguientes requisitos. Se presentan en primer lugar, como base sobre la que se apoyan las recomendaciones.',
  noGoodPractice: 'Ningún requisito examinado se consideró plenamente conforme.',
  provisionsLabel: 'Disposiciones',
  elementsAllPresent: (n) => `Elementos presentes: ${n} de ${n}.`,

  summaryTableIntro:
    'Una fila por requisito examinado. Las disposiciones nacionales se citan como en las conclusiones detalladas.',
  requirementColumn: 'Requisito',
  nationalProvisionsColumn: 'Disposiciones nacionales',
  noRequirement: 'Ningún requisito entra en el ámbito del presente informe.',
  notApplicableOmitted: (n) =>
    `${n} requisito${n === 1 ? ' no es aplicable' : 's no son aplicables'} (cláusulas generales o finales, o materia que la legislación no aborda); ${n === 1 ? 'figura' : 'figuran'} en el cuadro resumen y en los anexos, no en las conclusiones detalladas.`,
  statusLabel: 'Calificación',
  reviewLabel: 'Revisión',
  reviewed: 'revisado por un experto',
  notReviewed: (confidence) => `propuesto por el análisis, aún no revisado (confianza: ${confidence})`,
  literalWording: (level) => `según su redacción: ${level}`,
  requirementText: 'Texto del requisito',
  officialTextFallback: () => 'Texto inglés (no se dispone de texto oficial en español).',
  editorialSummary: 'Resumen editorial (en inglés), que no constituye el texto de la Ley Modelo.',
  textNotAvailable: 'El texto de este requisito no está disponible en la biblioteca de referencia.',
  nationalProvisions: 'Disposiciones nacionales',
  noProvision: 'No se ha identificado ninguna disposición nacional para este requisito.',
  proposedCitation: 'propuesta por el análisis, no confirmada',
  relation: {
    equivalent: 'de alcance equivalente',
    narrower: 'de alcance más limitado que el requisito',
    broader: 'de alcance más amplio que el requisito',
    overlapping: 'coincide parcialmente con el requisito',
  },
  elementsHeading: 'Elementos del requisito',
  groupColumn: 'Categoría',
  elementColumn: 'Elemento',
  presenceColumn: 'Constatación',
  provisionColumn: 'Disposición',
  present: 'Presente',
  missing: 'Ausente',
  issuesHeading: 'Problemas detectados',
  assessmentHeading: 'Valoración',
  elementsSummary: (present, total, missing) =>
    missing
      ? `Elementos presentes: ${present} de ${total}; elementos ausentes: ${missing}.`
      : `Elementos presentes: ${present} de ${total}.`,
  analysisNote: (reason) => `Nota del análisis (en inglés): ${reason}`,
  recommendationHeading: 'Recomendación',
  recommendedAction: 'Medida recomendada',
  modelLawReference: 'Referencia en la Ley Modelo',
  amendmentPointer: (citation, section) =>
    citation
      ? `En la sección ${section} figura, como cambios controlados, una propuesta de redacción para ${citation}.`
      : `En la sección ${section} figura, como cambios controlados, la redacción propuesta para una nueva disposición.`,

  recommend: (grade, status, ref, missing) => {
    const action =
      (status === 'gap'
        ? `dar efecto en la legislación nacional al ${ref}`
        : `armonizar plenamente la legislación nacional con el ${ref}`) +
      (missing ? `, en particular en lo que respecta a: ${missing}` : '');
    switch (grade) {
      case 'urge':
        return `Se insta al Gobierno a ${action}.`;
      case 'consider':
        return `Se alienta al Gobierno a que considere la adopción de medidas para ${action}.`;
      case 'invite':
        return `Se invita al Gobierno a ${action}.`;
    }
  },
  // Without its article, so the sentence can contract "a el" into "al".
  refPhrase: (ref, of) => `artículo ${ref} ${of}`,
  recommendationsIntro:
    'Las recomendaciones se ordenan por prioridad: primero las deficiencias en requisitos obligatorios y definiciones, después los requisitos obligatorios y definiciones cumplidos solo parcialmente, luego los requisitos a considerar y, por último, las buenas prácticas optativas. Los requisitos calificados como conformes, no aplicables o aún no evaluados no exigen medidas y no figuran en la lista.',
  noRecommendation:
    'Ninguna recomendación: no se encontró ninguna deficiencia ni cumplimiento parcial entre los requisitos examinados.',
  priorityColumn: 'Prioridad',
  recommendationColumn: 'Recomendación',
  priority: {
    1: '1 – Obligatoria, deficiencia',
    2: '2 – Obligatoria, parcial',
    3: '3 – A considerar',
    4: '4 – Buena práctica optativa',
  },

  amendmentsIntro: (author, date) =>
    `Las enmiendas que figuran a continuación se proponen como cambios controlados respecto del texto vigente de cada disposición nacional examinada. Las inserciones y supresiones se atribuyen a ${author} y llevan fecha de ${date}; en Word, utilice Revisar › Aceptar o Rechazar para adoptarlas o descartarlas.`,
  relatedRequirement: 'Requisito correspondiente',
  newProvision: 'Nueva disposición',

  matrixIntro:
    'Disposiciones de cada ley vinculadas con cada requisito. «—» significa que no se identificó ninguna disposición de esa ley.',
  lawsIntro: 'Las leyes examinadas, en la versión exacta evaluada.',
  textsIntro:
    'Textos de las disposiciones de los instrumentos citadas en el presente informe, en el orden de los instrumentos.',
  notAvailable: '—',
};

const CATALOGUE: Record<LanguageCode, Messages> = { en: EN, fr: FR, es: ES };

/** The message catalogue of a report language. */
export function messages(language: LanguageCode): Messages {
  return CATALOGUE[language];
}
