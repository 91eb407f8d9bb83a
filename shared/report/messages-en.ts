import type { InstrumentNames, Messages } from './messages';

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

export const EN: Messages = {
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
