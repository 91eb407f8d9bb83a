import type { RecommendationGrade } from './messages';
import type { NarrativeMessages } from './narrative-messages';
import { cap, join } from './phrasing';

export const EN: NarrativeMessages = {
  coverTitle: () => 'Assessment of the legislation against trafficking in persons',
  coverProposals: 'Proposals of the analysis, not yet reviewed',
  coverReviewed: 'Reviewed assessment',
  coverStatusLabel: 'Status',
  unnamedAssessor: 'Assessor not named',
  chapters: {
    summary: 'Executive summary',
    scope: 'Scope and method',
    framework: 'The legal framework',
    annexProvisions: 'National provisions cited',
    annexMet: 'Requirements met',
  },
  theme: {
    definition: 'Definition and criminalization',
    penalties: 'Penalties, aggravating circumstances and confiscation',
    ancillary: 'Attempt, complicity and organizing',
    'legal-persons': 'Liability of legal persons',
    jurisdiction: 'Jurisdiction',
    'non-punishment': 'Non-punishment of victims',
    victims: 'Identification, assistance and protection of victims',
    residence: 'Residence, return and repatriation',
    prevention: 'Prevention, training and information exchange',
    border: 'Border measures and documents',
    smuggling: 'Smuggling of migrants',
    cooperation: 'International cooperation',
  },
  summaryOpening: (country, acts, instruments) =>
    `This report assesses the legislation of ${country} (${acts}) against ${instruments}. It reads the law theme by theme, quotes its words where it gives effect to an obligation, and proposes for each gap an amendment a drafter can accept as a tracked change.`,
  summaryCounts: (topics, met, open, notSupplied) =>
    `Of the ${topics} topics examined, ${met} are met, ${open} call for legislative action, and ${notSupplied} usually belong to laws that were not supplied and could not be assessed.`,
  wellHeading: 'What the law does well',
  wellItem: (topic, provisions) => `${topic}: ${provisions}.`,
  nothingWell: 'No topic was found to be fully met.',
  priorityHeading: 'Priority recommendations',
  priorityIntro: (shown, total) =>
    shown === total
      ? `The ${total} recommendations of this report, most pressing first:`
      : `The ${shown} most pressing of the ${total} recommendations of this report:`,
  proposalsWarning:
    'The findings of this report are proposals of the analysis and have not yet been reviewed by an assessor; they are to be confirmed before the report is relied on.',
  scopeActs: (n) => (n === 1 ? 'One act was supplied and assessed:' : `${n} acts were supplied and assessed:`),
  scopeNoActs:
    'No act was supplied. No provision could be assessed, and every topic below is reported as not assessed.',
  scopeInstruments: (list) => `The law was assessed against ${list}.`,
  obligationLevels:
    'Each obligation is classed as the Legislative Guides class it, and the recommendations are graded accordingly:',
  gradeExplain: {
    urge: '“urges” — a mandatory obligation or a definition the offence must follow;',
    consider: '“recommends considering” — a measure the instrument asks States to consider or to endeavour to adopt;',
    invite: '“invites” — good practice the instrument or the Model Law offers.',
  },
  methodAnalysis: (date) =>
    `The analysis compared every paragraph of the instruments with every provision of the acts supplied, checking each element of the requirement (for the definition: acts, means and purposes), on ${date}.`,
  methodReviewed: (reviewed, total, assessor) =>
    `${assessor} reviewed ${reviewed} of the ${total} requirements; the others are reported as proposals.`,
  methodUnreviewed: (total) =>
    `None of the ${total} requirements has yet been reviewed: every status in this report is a proposal of the analysis.`,
  notSuppliedHeading: 'Laws not supplied and needed',
  notSuppliedIntro:
    'No single act holds every measure. The following measures usually live in laws that were not supplied; they are reported as not assessed rather than as gaps, and the laws should be obtained to complete the assessment:',
  notSuppliedItem: (kind, topics) => `${kind}: ${topics}.`,
  allSupplied: 'Every topic examined could be assessed in the acts supplied.',
  workbookNote:
    'The requirement-by-requirement matrix (every paragraph, its obligation level, status, national provision and the reviewer’s notes) is delivered as an Excel workbook beside this report.',
  languageNote: (lawLanguage) =>
    `The acts are quoted in their own language (${lawLanguage}), and the proposed wording is drafted in that language and in the style of the act.`,
  frameworkAct: (title, year, status, units) =>
    `${title}${year ? ` (${year})` : ''}, ${status}, ${units === 1 ? 'one section or article' : `${units} sections or articles`}.`,
  frameworkReferences: (list) => `The acts refer to other laws, which form part of the framework: ${list}.`,
  frameworkNoReferences: 'The acts do not refer by name to other laws.',
  chapterProposals: 'The findings of this chapter are proposals of the analysis, not yet reviewed.',
  chapterNothing: 'None of the instruments in scope has an obligation on this theme that applies here.',
  lawProvides: (unit, act) => `${unit} of ${act} provides:`,
  lawProvidesMany: (citations) => `The law addresses the topic in ${citations}. In particular:`,
  lawSilent: (act) => `No provision of ${act} gives effect to this obligation.`,
  instrumentRequires: (refs, instrument) => `${cap(join(refs, instrument))} requires States Parties to provide that:`,
  instrumentRequiresConsider: (refs, instrument) => `${cap(join(refs, instrument))} asks States Parties to consider:`,
  modelLawOffers: (refs, instrument) => `${cap(join(refs, instrument))} offers States a model provision on this point.`,
  missing: (list) => `What is missing: ${list}.`,
  missingNothingNamed: 'The provisions found do not meet every element of the obligation; the matrix gives the detail.',
  assessment: (status) => `Assessment: ${status}.`,
  assessmentProposal: (status) => `Assessment (proposal, not yet reviewed): ${status}.`,
  modelLawSource: (refs) => `The proposed wording follows ${refs}.`,
  notSuppliedTopic: (topic, kind) => `${topic}: not assessed — usually in ${kind}, which was not supplied.`,
  metTableIntro: 'Obligations of this theme that the law meets:',
  topicColumn: 'Obligation',
  provisionsColumn: 'National provisions',
  statusColumn: 'Status',
  themeColumn: 'Chapter of the report',
  recommendationsColumn: 'Recommendation',
  reviewerFinding: 'Finding of the assessor:',
  recNumber: (n) => `R${n}.`,
  recAmend: (grade, provision, act, what) => `${gradeVerbEn(grade)} amend ${provision} of ${act} ${what}.`,
  recInsert: (grade, place, act, what) => `${gradeVerbEn(grade)} insert ${place} of ${act} ${what}.`,
  recWhat: (refs, actions) => (actions ? `to ${actions} (${refs})` : `to give full effect to ${refs}`),
  afterUnit: (unit, newNumber) => `a new ${newNumber} after ${unit}`,
  proposedWording: 'Proposed wording (tracked changes against the act):',
  proposedWordingReviewer: 'Wording proposed by the assessor (tracked changes against the act):',
  wordingNote: (author, language) =>
    `The wording is shown as tracked changes by ${author}; it is drafted in ${language}, the language of the act, for the drafter to adapt to the act’s terms and penalties.`,
  noTemplate: 'No model wording is available for this obligation; the drafter should frame the provision.',
  newSectionNumber: (number, suffix, style) =>
    style === 'bis' ? `article ${number} ${suffix}` : `section ${number}${suffix}`,
  annex: (letter, title) => `Annex ${letter}. ${title}`,
  annexProvisionsIntro:
    'Each national provision cited in this report, quoted in full once, in the words of the act as supplied.',
  annexMetIntro: 'The obligations the law meets, by theme, with the provisions that give effect to them.',
  citedIn: (list) => `Cited in: ${list}.`,
};

function gradeVerbEn(grade: RecommendationGrade): string {
  switch (grade) {
    case 'urge':
      return 'The Government is urged to';
    case 'consider':
      return 'The Government is recommended to consider whether to';
    case 'invite':
      return 'The Government is invited to';
  }
}
