import type { RecommendationGrade } from './messages';
import type { NarrativeMessages } from './narrative-messages';
import { cap, join } from './phrasing';

export const ES: NarrativeMessages = {
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
