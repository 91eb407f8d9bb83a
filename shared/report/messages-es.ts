import type { InstrumentNames, Messages } from './messages';

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

export const ES: Messages = {
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
