import type { LanguageCode } from '../domain/source';
import type { RecommendationGrade } from './messages';
import type { LawKind, ThemeId } from './themes';

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
  lawKind: Record<LawKind, string>;
  /** "the penal code" in running text. */
  lawKindInText: Record<LawKind, string>;

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

const EN: NarrativeMessages = {
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
  lawKind: {
    special: 'Anti-trafficking act or special part of the penal code',
    'penal-general': 'Penal code (general part)',
    'criminal-procedure': 'Code of criminal procedure',
    immigration: 'Immigration or aliens act',
    'mutual-assistance': 'Mutual legal assistance and extradition acts',
    'money-laundering': 'Anti-money-laundering and proceeds of crime law',
    corruption: 'Anti-corruption law',
  },
  lawKindInText: {
    special: 'the anti-trafficking act',
    'penal-general': 'the general part of the penal code',
    'criminal-procedure': 'the code of criminal procedure',
    immigration: 'the immigration or aliens act',
    'mutual-assistance': 'the mutual legal assistance and extradition acts',
    'money-laundering': 'the anti-money-laundering law',
    corruption: 'the anti-corruption law',
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

function gradeVerbFr(grade: RecommendationGrade): string {
  switch (grade) {
    case 'urge':
      return 'Le Gouvernement est instamment prié de';
    case 'consider':
      return 'Il est recommandé au Gouvernement d’envisager de';
    case 'invite':
      return 'Le Gouvernement est invité à';
  }
}

function gradeVerbEs(grade: RecommendationGrade): string {
  switch (grade) {
    case 'urge':
      return 'Se insta al Gobierno a';
    case 'consider':
      return 'Se recomienda al Gobierno que considere';
    case 'invite':
      return 'Se invita al Gobierno a';
  }
}

/** French elision: "de amender" → "d’amender" after the verb phrase. */
function frJoin(lead: string, verb: string): string {
  if (/ de$/.test(lead) && /^[aeéiouh]/i.test(verb)) return `${lead.slice(0, -3)} d’${verb}`;
  return `${lead} ${verb}`;
}

const FR: NarrativeMessages = {
  coverTitle: () => 'Évaluation de la législation contre la traite des personnes',
  coverProposals: 'Propositions de l’analyse, non encore examinées',
  coverReviewed: 'Évaluation examinée',
  coverStatusLabel: 'Statut',
  unnamedAssessor: 'Évaluateur non désigné',
  chapters: {
    summary: 'Résumé analytique',
    scope: 'Portée et méthode',
    framework: 'Le cadre juridique',
    annexProvisions: 'Dispositions nationales citées',
    annexMet: 'Exigences satisfaites',
  },
  theme: {
    definition: 'Définition et incrimination',
    penalties: 'Peines, circonstances aggravantes et confiscation',
    ancillary: 'Tentative, complicité et organisation',
    'legal-persons': 'Responsabilité des personnes morales',
    jurisdiction: 'Compétence',
    'non-punishment': 'Non-sanction des victimes',
    victims: 'Identification, assistance et protection des victimes',
    residence: 'Séjour, retour et rapatriement',
    prevention: 'Prévention, formation et échange d’informations',
    border: 'Mesures aux frontières et documents',
    smuggling: 'Trafic illicite de migrants',
    cooperation: 'Coopération internationale',
  },
  lawKind: {
    special: 'Loi contre la traite ou partie spéciale du code pénal',
    'penal-general': 'Code pénal (partie générale)',
    'criminal-procedure': 'Code de procédure pénale',
    immigration: 'Loi sur l’immigration ou les étrangers',
    'mutual-assistance': 'Lois sur l’entraide judiciaire et l’extradition',
    'money-laundering': 'Loi contre le blanchiment et sur les produits du crime',
    corruption: 'Loi contre la corruption',
  },
  lawKindInText: {
    special: 'la loi contre la traite',
    'penal-general': 'la partie générale du code pénal',
    'criminal-procedure': 'le code de procédure pénale',
    immigration: 'la loi sur l’immigration ou les étrangers',
    'mutual-assistance': 'les lois sur l’entraide judiciaire et l’extradition',
    'money-laundering': 'la loi contre le blanchiment',
    corruption: 'la loi contre la corruption',
  },
  summaryOpening: (country, acts, instruments) =>
    `Le présent rapport évalue la législation nationale (${country} : ${acts}) au regard ${frDe(instruments)}. Il lit la loi thème par thème, en cite les termes lorsqu’elle donne effet à une obligation et propose pour chaque lacune une modification que le rédacteur peut accepter comme marque de révision.`,
  summaryCounts: (topics, met, open, notSupplied) =>
    `Sur les ${topics} sujets examinés, ${met} sont satisfaits, ${open} appellent une mesure législative et ${notSupplied} relèvent habituellement de lois qui n’ont pas été fournies et n’ont pu être évalués.`,
  wellHeading: 'Les points forts de la loi',
  wellItem: (topic, provisions) => `${topic} : ${provisions}.`,
  nothingWell: 'Aucun sujet n’a été jugé pleinement satisfait.',
  priorityHeading: 'Recommandations prioritaires',
  priorityIntro: (shown, total) =>
    shown === total
      ? `Les ${total} recommandations du présent rapport, les plus urgentes d’abord :`
      : `Les ${shown} plus urgentes des ${total} recommandations du présent rapport :`,
  proposalsWarning:
    'Les constatations du présent rapport sont des propositions de l’analyse et n’ont pas encore été examinées par un évaluateur ; elles doivent être confirmées avant que le rapport ne fasse foi.',
  scopeActs: (n) => (n === 1 ? 'Un texte a été fourni et évalué :' : `${n} textes ont été fournis et évalués :`),
  scopeNoActs:
    'Aucun texte n’a été fourni. Aucune disposition n’a pu être évaluée, et chaque sujet ci-dessous est indiqué comme non évalué.',
  scopeInstruments: (list) => `La loi a été évaluée au regard ${frDe(list)}.`,
  obligationLevels:
    'Chaque obligation est classée comme le font les Guides législatifs, et les recommandations sont graduées en conséquence :',
  gradeExplain: {
    urge: '« prie instamment » — une obligation impérative ou une définition que l’infraction doit suivre ;',
    consider:
      '« recommande d’envisager » — une mesure que l’instrument demande aux États d’envisager ou de s’efforcer d’adopter ;',
    invite: '« invite » — une bonne pratique proposée par l’instrument ou la Loi type.',
  },
  methodAnalysis: (date) =>
    `L’analyse a comparé chaque paragraphe des instruments à chaque disposition des textes fournis, en vérifiant chaque élément de l’exigence (pour la définition : actes, moyens et fins), le ${date}.`,
  methodReviewed: (reviewed, total, assessor) =>
    `${assessor} a examiné ${reviewed} des ${total} exigences ; les autres sont présentées comme des propositions.`,
  methodUnreviewed: (total) =>
    `Aucune des ${total} exigences n’a encore été examinée : chaque statut du présent rapport est une proposition de l’analyse.`,
  notSuppliedHeading: 'Lois non fournies et nécessaires',
  notSuppliedIntro:
    'Aucun texte ne contient à lui seul toutes les mesures. Les mesures suivantes relèvent habituellement de lois qui n’ont pas été fournies ; elles sont indiquées comme non évaluées plutôt que comme des lacunes, et ces lois devraient être obtenues pour compléter l’évaluation :',
  notSuppliedItem: (kind, topics) => `${kind} : ${topics}.`,
  allSupplied: 'Chaque sujet examiné a pu être évalué dans les textes fournis.',
  workbookNote:
    'La matrice exigence par exigence (chaque paragraphe, son niveau d’obligation, son statut, la disposition nationale et les notes de l’évaluateur) est remise sous forme de classeur Excel avec le présent rapport.',
  languageNote: (lawLanguage) =>
    `Les textes sont cités dans leur langue (${lawLanguage}) et le libellé proposé est rédigé dans cette langue et dans le style du texte.`,
  frameworkAct: (title, year, status, units) =>
    `${title}${year ? ` (${year})` : ''}, ${status}, ${units === 1 ? 'une section ou un article' : `${units} sections ou articles`}.`,
  frameworkReferences: (list) => `Les textes renvoient à d’autres lois, qui font partie du cadre : ${list}.`,
  frameworkNoReferences: 'Les textes ne renvoient nommément à aucune autre loi.',
  chapterProposals: 'Les constatations du présent chapitre sont des propositions de l’analyse, non encore examinées.',
  chapterNothing: 'Aucun des instruments retenus ne comporte sur ce thème d’obligation applicable ici.',
  lawProvides: (unit, act) => `${unit} du texte « ${act} » dispose :`,
  lawProvidesMany: (citations) =>
    `La loi traite du sujet dans les dispositions suivantes : ${citations}. En particulier :`,
  lawSilent: (act) => `Aucune disposition du texte « ${act} » ne donne effet à cette obligation.`,
  instrumentRequires: (refs, instrument) => `${cap(join(refs, instrument))} impose aux États Parties de prévoir que :`,
  instrumentRequiresConsider: (refs, instrument) =>
    `${cap(join(refs, instrument))} demande aux États Parties d’envisager :`,
  modelLawOffers: (refs, instrument) =>
    `${cap(join(refs, instrument))} propose aux États une disposition type sur ce point.`,
  missing: (list) => `Ce qui manque : ${list}.`,
  missingNothingNamed:
    'Les dispositions trouvées ne satisfont pas à chaque élément de l’obligation ; la matrice en donne le détail.',
  assessment: (status) => `Évaluation : ${status}.`,
  assessmentProposal: (status) => `Évaluation (proposition, non encore examinée) : ${status}.`,
  modelLawSource: (refs) => `Le libellé proposé s’inspire ${frDe(refs)}.`,
  notSuppliedTopic: (topic, kind) =>
    `${topic} : non évalué — relève habituellement de ${kind}, qui n’a pas été fourni.`,
  metTableIntro: 'Obligations de ce thème auxquelles la loi satisfait :',
  topicColumn: 'Obligation',
  provisionsColumn: 'Dispositions nationales',
  statusColumn: 'Statut',
  themeColumn: 'Chapitre du rapport',
  recommendationsColumn: 'Recommandation',
  reviewerFinding: 'Constatation de l’évaluateur :',
  recNumber: (n) => `R${n}.`,
  recAmend: (grade, provision, act, what) =>
    `${frJoin(gradeVerbFr(grade), `modifier ${frDet(provision)}`)} du texte « ${act} » ${what}.`,
  recInsert: (grade, place, act, what) =>
    `${frJoin(gradeVerbFr(grade), `insérer ${place}`)} du texte « ${act} » ${what}.`,
  recWhat: (refs, actions) =>
    actions ? `${frAfin(actions)} (${refs.replace(/^l’/, '')})` : `afin de donner pleinement effet ${frA(refs)}`,
  afterUnit: (unit, newNumber) => `un nouvel ${newNumber} après ${frDet(unit)}`,
  proposedWording: 'Libellé proposé (marques de révision par rapport au texte) :',
  proposedWordingReviewer: 'Libellé proposé par l’évaluateur (marques de révision par rapport au texte) :',
  wordingNote: (author, language) =>
    `Le libellé apparaît en marques de révision au nom de ${author} ; il est rédigé en ${language}, langue du texte, et le rédacteur l’adaptera aux termes et aux peines du texte.`,
  noTemplate: 'Aucun libellé type n’est disponible pour cette obligation ; le rédacteur devra formuler la disposition.',
  newSectionNumber: (number, suffix, style) =>
    style === 'bis' ? `article ${number} ${suffix}` : `article ${number}${suffix}`,
  annex: (letter, title) => `Annexe ${letter}. ${title}`,
  annexProvisionsIntro:
    'Chaque disposition nationale citée dans le présent rapport, reproduite une seule fois en entier, dans les termes du texte fourni.',
  annexMetIntro: 'Les obligations auxquelles la loi satisfait, par thème, avec les dispositions qui y donnent effet.',
  citedIn: (list) => `Cité dans : ${list}.`,
};

const ES: NarrativeMessages = {
  coverTitle: () => 'Evaluación de la legislación contra la trata de personas',
  coverProposals: 'Propuestas del análisis, aún no examinadas',
  coverReviewed: 'Evaluación examinada',
  coverStatusLabel: 'Estado',
  unnamedAssessor: 'Evaluador no designado',
  chapters: {
    summary: 'Resumen ejecutivo',
    scope: 'Alcance y método',
    framework: 'El marco jurídico',
    annexProvisions: 'Disposiciones nacionales citadas',
    annexMet: 'Requisitos cumplidos',
  },
  theme: {
    definition: 'Definición y tipificación',
    penalties: 'Penas, circunstancias agravantes y decomiso',
    ancillary: 'Tentativa, complicidad y organización',
    'legal-persons': 'Responsabilidad de las personas jurídicas',
    jurisdiction: 'Jurisdicción',
    'non-punishment': 'No punibilidad de las víctimas',
    victims: 'Identificación, asistencia y protección de las víctimas',
    residence: 'Residencia, retorno y repatriación',
    prevention: 'Prevención, capacitación e intercambio de información',
    border: 'Medidas fronterizas y documentos',
    smuggling: 'Tráfico ilícito de migrantes',
    cooperation: 'Cooperación internacional',
  },
  lawKind: {
    special: 'Ley contra la trata o parte especial del código penal',
    'penal-general': 'Código penal (parte general)',
    'criminal-procedure': 'Código procesal penal',
    immigration: 'Ley de migración o de extranjería',
    'mutual-assistance': 'Leyes de asistencia judicial recíproca y de extradición',
    'money-laundering': 'Ley contra el blanqueo de capitales y sobre el producto del delito',
    corruption: 'Ley contra la corrupción',
  },
  lawKindInText: {
    special: 'la ley contra la trata',
    'penal-general': 'la parte general del código penal',
    'criminal-procedure': 'el código procesal penal',
    immigration: 'la ley de migración o de extranjería',
    'mutual-assistance': 'las leyes de asistencia judicial recíproca y de extradición',
    'money-laundering': 'la ley contra el blanqueo de capitales',
    corruption: 'la ley contra la corrupción',
  },
  summaryOpening: (country, acts, instruments) =>
    `El presente informe evalúa la legislación nacional (${country}: ${acts}) a la luz ${esDe(instruments)}. Lee la ley tema por tema, cita sus palabras cuando da efecto a una obligación y propone para cada laguna una modificación que el redactor puede aceptar como control de cambios.`,
  summaryCounts: (topics, met, open, notSupplied) =>
    `De los ${topics} temas examinados, ${met} se cumplen, ${open} requieren una medida legislativa y ${notSupplied} corresponden habitualmente a leyes que no se facilitaron y no pudieron evaluarse.`,
  wellHeading: 'Lo que la ley hace bien',
  wellItem: (topic, provisions) => `${topic}: ${provisions}.`,
  nothingWell: 'No se consideró plenamente cumplido ningún tema.',
  priorityHeading: 'Recomendaciones prioritarias',
  priorityIntro: (shown, total) =>
    shown === total
      ? `Las ${total} recomendaciones del presente informe, las más urgentes primero:`
      : `Las ${shown} más urgentes de las ${total} recomendaciones del presente informe:`,
  proposalsWarning:
    'Las conclusiones del presente informe son propuestas del análisis y aún no han sido examinadas por un evaluador; deben confirmarse antes de que el informe se tome como definitivo.',
  scopeActs: (n) => (n === 1 ? 'Se facilitó y evaluó un texto:' : `Se facilitaron y evaluaron ${n} textos:`),
  scopeNoActs:
    'No se facilitó ningún texto. No pudo evaluarse ninguna disposición, y cada tema siguiente figura como no evaluado.',
  scopeInstruments: (list) => `La ley se evaluó a la luz ${esDe(list)}.`,
  obligationLevels:
    'Cada obligación se clasifica como lo hacen las Guías legislativas, y las recomendaciones se gradúan en consecuencia:',
  gradeExplain: {
    urge: '«insta» — una obligación imperativa o una definición que el delito debe seguir;',
    consider:
      '«recomienda considerar» — una medida que el instrumento pide a los Estados considerar o procurar adoptar;',
    invite: '«invita» — una buena práctica que ofrece el instrumento o la Ley Modelo.',
  },
  methodAnalysis: (date) =>
    `El análisis comparó cada párrafo de los instrumentos con cada disposición de los textos facilitados, verificando cada elemento del requisito (para la definición: actos, medios y fines), el ${date}.`,
  methodReviewed: (reviewed, total, assessor) =>
    `${assessor} examinó ${reviewed} de los ${total} requisitos; los demás figuran como propuestas.`,
  methodUnreviewed: (total) =>
    `Ninguno de los ${total} requisitos ha sido examinado aún: cada estado del presente informe es una propuesta del análisis.`,
  notSuppliedHeading: 'Leyes no facilitadas y necesarias',
  notSuppliedIntro:
    'Ningún texto contiene por sí solo todas las medidas. Las siguientes medidas corresponden habitualmente a leyes que no se facilitaron; figuran como no evaluadas y no como lagunas, y esas leyes deberían obtenerse para completar la evaluación:',
  notSuppliedItem: (kind, topics) => `${kind}: ${topics}.`,
  allSupplied: 'Cada tema examinado pudo evaluarse en los textos facilitados.',
  workbookNote:
    'La matriz requisito por requisito (cada párrafo, su nivel de obligación, su estado, la disposición nacional y las notas del evaluador) se entrega como libro de Excel junto con el presente informe.',
  languageNote: (lawLanguage) =>
    `Los textos se citan en su idioma (${lawLanguage}) y la redacción propuesta está en ese idioma y en el estilo del texto.`,
  frameworkAct: (title, year, status, units) =>
    `${title}${year ? ` (${year})` : ''}, ${status}, ${units === 1 ? 'una sección o artículo' : `${units} secciones o artículos`}.`,
  frameworkReferences: (list) => `Los textos remiten a otras leyes, que forman parte del marco: ${list}.`,
  frameworkNoReferences: 'Los textos no remiten por su nombre a otras leyes.',
  chapterProposals: 'Las conclusiones del presente capítulo son propuestas del análisis, aún no examinadas.',
  chapterNothing: 'Ninguno de los instrumentos considerados contiene sobre este tema una obligación aplicable aquí.',
  lawProvides: (unit, act) => `${unit} del texto «${act}» dispone:`,
  lawProvidesMany: (citations) => `La ley trata el tema en las disposiciones siguientes: ${citations}. En particular:`,
  lawSilent: (act) => `Ninguna disposición del texto «${act}» da efecto a esta obligación.`,
  instrumentRequires: (refs, instrument) =>
    `${esArt(join(refs, instrument), 'El')} exige a los Estados Parte que dispongan que:`,
  instrumentRequiresConsider: (refs, instrument) =>
    `${esArt(join(refs, instrument), 'El')} pide a los Estados Parte que consideren:`,
  modelLawOffers: (refs, instrument) =>
    `${esArt(join(refs, instrument), 'El')} ofrece a los Estados una disposición modelo sobre este punto.`,
  missing: (list) => `Lo que falta: ${list}.`,
  missingNothingNamed:
    'Las disposiciones encontradas no cumplen cada elemento de la obligación; la matriz da el detalle.',
  assessment: (status) => `Evaluación: ${status}.`,
  assessmentProposal: (status) => `Evaluación (propuesta, aún no examinada): ${status}.`,
  modelLawSource: (refs) => `La redacción propuesta sigue ${refs}.`,
  notSuppliedTopic: (topic, kind) =>
    `${topic}: no evaluado — corresponde habitualmente a ${kind}, texto que no se facilitó.`.replace(' a el ', ' al '),
  metTableIntro: 'Obligaciones de este tema que la ley cumple:',
  topicColumn: 'Obligación',
  provisionsColumn: 'Disposiciones nacionales',
  statusColumn: 'Estado',
  themeColumn: 'Capítulo del informe',
  recommendationsColumn: 'Recomendación',
  reviewerFinding: 'Conclusión del evaluador:',
  recNumber: (n) => `R${n}.`,
  recAmend: (grade, provision, act, what) =>
    `${gradeVerbEs(grade)} modificar ${esDet(provision)} del texto «${act}» ${what}.`,
  recInsert: (grade, place, act, what) => `${gradeVerbEs(grade)} insertar ${place} del texto «${act}» ${what}.`,
  recWhat: (refs, actions) => (actions ? `para ${actions} (${refs})` : `para dar pleno efecto ${esArt(refs, 'al')}`),
  afterUnit: (unit, newNumber) => `un nuevo ${newNumber} ${esDet(unit, 'después de')}`,
  proposedWording: 'Redacción propuesta (control de cambios respecto del texto):',
  proposedWordingReviewer: 'Redacción propuesta por el evaluador (control de cambios respecto del texto):',
  wordingNote: (author, language) =>
    `La redacción figura como control de cambios de ${author}; está redactada en ${language}, idioma del texto, y el redactor la adaptará a los términos y penas del texto.`,
  noTemplate: 'No hay redacción modelo para esta obligación; el redactor deberá formular la disposición.',
  newSectionNumber: (number, suffix, style) =>
    style === 'bis' ? `artículo ${number} ${suffix}` : `artículo ${number}${suffix}`,
  annex: (letter, title) => `Anexo ${letter}. ${title}`,
  annexProvisionsIntro:
    'Cada disposición nacional citada en el presente informe, reproducida una sola vez íntegramente, en los términos del texto facilitado.',
  annexMetIntro: 'Las obligaciones que la ley cumple, por tema, con las disposiciones que les dan efecto.',
  citedIn: (list) => `Citada en: ${list}.`,
};

/** A unit with its French article: "la section 3", "l’article 12", "le paragraphe 2". */
function frDet(unit: string): string {
  if (/^[aeiouéh]/i.test(unit)) return `l’${unit}`;
  if (/^(section|partie|annexe|règle)\b/i.test(unit)) return `la ${unit}`;
  return `le ${unit}`;
}

/** A unit with its Spanish article, joined to a preposition ("después del artículo 3"). */
function esDet(unit: string, before = ''): string {
  const feminine = /^(section|sección|parte|regla|disposición)\b/i.test(unit);
  if (feminine) return `${before ? `${before} ` : ''}la ${unit}`;
  return before.endsWith(' de') ? `${before.slice(0, -3)} del ${unit}` : `${before ? `${before} ` : ''}el ${unit}`;
}

/** "artículo 5 …" with its article: "El artículo 5", "al artículo 5"; other phrases with "a"/as they are. */
function esArt(phrase: string, article: 'El' | 'al'): string {
  if (/^art[íi]culos? /.test(phrase))
    return `${/^artículos /.test(phrase) ? (article === 'El' ? 'Los' : 'a los') : article} ${phrase}`;
  return article === 'El' ? cap(phrase) : `a ${phrase}`;
}

/** "de" + "el Protocolo …" → "del Protocolo …". */
function esDe(text: string): string {
  return text.startsWith('el ') ? `del ${text.slice(3)}` : `de ${text}`;
}

function join(a: string, b: string): string {
  return b ? `${a} ${b}` : a;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "au regard de" + "le Protocole …" → "du Protocole …"; "la …" and "l’…" keep their article. */
function frDe(text: string): string {
  if (text.startsWith('le ')) return `du ${text.slice(3)}`;
  if (text.startsWith('les ')) return `des ${text.slice(4)}`;
  return `de ${text}`;
}

/** "afin de" + a verb: "afin d’établir" before a vowel or a mute h. */
function frAfin(verb: string): string {
  return /^[aeéèêiîoôuyh]/i.test(verb) ? `afin d’${verb}` : `afin de ${verb}`;
}

/** "à" + "l’article 5" → "à l’article 5"; "les articles" → "aux articles". */
function frA(text: string): string {
  if (text.startsWith('le ')) return `au ${text.slice(3)}`;
  if (text.startsWith('les ')) return `aux ${text.slice(4)}`;
  return `à ${text}`;
}

const CATALOGUE: Record<LanguageCode, NarrativeMessages> = { en: EN, fr: FR, es: ES };

export function narrativeMessages(language: LanguageCode): NarrativeMessages {
  return CATALOGUE[language];
}
