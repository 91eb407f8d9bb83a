import type { InstrumentNames, Messages } from './messages';

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

export const FR: Messages = {
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
