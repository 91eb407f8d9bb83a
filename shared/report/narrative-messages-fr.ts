import type { RecommendationGrade } from './messages';
import type { NarrativeMessages } from './narrative-messages';
import { cap, join } from './phrasing';

export const FR: NarrativeMessages = {
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

/** French elision: "de amender" → "d’amender" after the verb phrase. */
function frJoin(lead: string, verb: string): string {
  if (/ de$/.test(lead) && /^[aeéiouh]/i.test(verb)) return `${lead.slice(0, -3)} d’${verb}`;
  return `${lead} ${verb}`;
}

/** A unit with its French article: "la section 3", "l’article 12", "le paragraphe 2". */
function frDet(unit: string): string {
  if (/^[aeiouéh]/i.test(unit)) return `l’${unit}`;
  if (/^(section|partie|annexe|règle)\b/i.test(unit)) return `la ${unit}`;
  return `le ${unit}`;
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
