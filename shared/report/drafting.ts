import type { LanguageCode } from '../domain/source';

/**
 * Model wording for the topics a law most often leaves out, drafted from the Protocols and the
 * UNODC Model Laws in each language's legislative style: English in the "shall" of common-law
 * acts, French and Spanish in the present tense of civil-law codes. `{victim}` is the law's own
 * defined term for a victim and `{act}` the act itself ("this Act"), filled in by
 * {@link draftWording}. Where the user's library holds the imported text of a Model Law article,
 * that text is used instead (see the narrative report).
 */
export interface DraftTemplate {
  /** Topic key (see `themes.ts`). */
  topic: string;
  /**
   * The requirements the wording gives effect to: a paragraph ("untoc:15(2)") or an article
   * ("tip-protocol:8", every paragraph of it), of a Protocol, the Convention or a Model Law. A
   * recommendation takes a template only for one of these, never for a neighbouring paragraph of
   * the same topic (aggravating circumstances are not release pending trial).
   */
  serves: string[];
  /** Model Law articles the wording follows, as requirement ids. */
  modelLaw: string[];
  heading: Record<LanguageCode, string>;
  /** One entry per subsection, in order. */
  subsections: Record<LanguageCode, string[]>;
}

const T: DraftTemplate[] = [
  {
    topic: 'tip-protocol:3',
    serves: ['tip-protocol:3(b)', 'tip-protocol:3(c)', 'tip-protocol:3(d)', 'model-law-tip:5', 'model-law-tip:8'],
    modelLaw: ['model-law-tip:5', 'model-law-tip:8'],
    heading: {
      en: 'Consent and child victims',
      fr: 'Consentement et victimes enfants',
      es: 'Consentimiento y víctimas menores',
    },
    subsections: {
      en: [
        'The consent of a {victim} to the intended exploitation shall be irrelevant where any of the means set out in {act} has been used.',
        'The recruitment, transportation, transfer, harbouring or receipt of a child for the purpose of exploitation shall be trafficking in persons even if it does not involve any of the means set out in {act}.',
        'In {act}, "child" means any person under eighteen years of age, and "abuse of a position of vulnerability" means taking advantage of a situation in which the person concerned has no real and acceptable alternative but to submit to the abuse.',
      ],
      fr: [
        'Le consentement d’une {victim} à l’exploitation envisagée est indifférent lorsque l’un quelconque des moyens énoncés dans {act} a été utilisé.',
        'Le recrutement, le transport, le transfert, l’hébergement ou l’accueil d’un enfant aux fins d’exploitation constitue une traite des personnes même s’il ne fait appel à aucun des moyens énoncés dans {act}.',
        'Au sens de {act}, « enfant » désigne toute personne âgée de moins de dix-huit ans, et « abus d’une situation de vulnérabilité » s’entend du fait de tirer parti d’une situation dans laquelle la personne concernée n’a d’autre choix réel et acceptable que de se soumettre.',
      ],
      es: [
        'El consentimiento dado por una {victim} a la explotación intencional es irrelevante cuando se haya recurrido a cualquiera de los medios enunciados en {act}.',
        'La captación, el transporte, el traslado, la acogida o la recepción de un niño con fines de explotación constituye trata de personas incluso cuando no se recurra a ninguno de los medios enunciados en {act}.',
        'A los efectos de {act}, por «niño» se entiende toda persona menor de dieciocho años, y por «abuso de una situación de vulnerabilidad» el aprovechamiento de una situación en la que la persona no tiene otra alternativa real o aceptable que someterse.',
      ],
    },
  },
  {
    topic: 'untoc:34(2)',
    serves: ['untoc:34(2)', 'model-law-tip:4'],
    modelLaw: ['model-law-tip:4'],
    heading: { en: 'Scope of the offences', fr: 'Portée des infractions', es: 'Alcance de los delitos' },
    subsections: {
      en: [
        'The offences under {act} shall be committed whether or not they are transnational in nature and whether or not they involve an organized criminal group.',
      ],
      fr: [
        'Les infractions prévues par {act} sont constituées indépendamment de leur nature transnationale ou de l’implication d’un groupe criminel organisé.',
      ],
      es: [
        'Los delitos previstos en {act} se configuran con independencia de su carácter transnacional o de la participación de un grupo delictivo organizado.',
      ],
    },
  },
  {
    topic: 'tip-protocol:5(2)',
    serves: ['tip-protocol:5(2)', 'model-law-tip:12', 'model-law-tip:13', 'model-law-tip:14'],
    modelLaw: ['model-law-tip:12', 'model-law-tip:13', 'model-law-tip:14'],
    heading: {
      en: 'Attempt, complicity and organizing',
      fr: 'Tentative, complicité et organisation',
      es: 'Tentativa, complicidad y organización',
    },
    subsections: {
      en: [
        'A person who attempts to commit an offence under {act} commits an offence and shall be liable on conviction to the penalty provided for the offence attempted.',
        'A person who participates as an accomplice in an offence under {act} commits an offence and shall be liable on conviction to the penalty provided for that offence.',
        'A person who organizes or directs other persons to commit an offence under {act} commits an offence and shall be liable on conviction to the penalty provided for that offence.',
      ],
      fr: [
        'La tentative des infractions prévues par {act} est punie des mêmes peines que l’infraction consommée.',
        'Le complice d’une infraction prévue par {act} est puni des peines prévues pour cette infraction.',
        'Quiconque organise la commission d’une infraction prévue par {act} ou donne des instructions à d’autres personnes pour qu’elles la commettent est puni des peines prévues pour cette infraction.',
      ],
      es: [
        'La tentativa de los delitos previstos en {act} se castiga con las penas previstas para el delito consumado.',
        'El cómplice de un delito previsto en {act} es castigado con las penas previstas para ese delito.',
        'Quien organice o dirija a otras personas para la comisión de un delito previsto en {act} es castigado con las penas previstas para ese delito.',
      ],
    },
  },
  {
    topic: 'untoc:10',
    serves: ['untoc:10'],
    modelLaw: [],
    heading: {
      en: 'Liability of legal persons',
      fr: 'Responsabilité des personnes morales',
      es: 'Responsabilidad de las personas jurídicas',
    },
    subsections: {
      en: [
        'Where an offence under {act} is committed by or for the benefit of a body corporate, the body corporate commits the offence and shall be liable on conviction to a fine, and the court may order its closure or the forfeiture of its licence.',
        'The liability of a body corporate shall be without prejudice to the criminal liability of the natural persons who committed the offence.',
      ],
      fr: [
        'Les personnes morales sont pénalement responsables des infractions prévues par {act} commises pour leur compte ; elles encourent l’amende, la fermeture de l’établissement et le retrait de l’autorisation d’exercer.',
        'La responsabilité des personnes morales n’exclut pas celle des personnes physiques auteurs ou complices des mêmes faits.',
      ],
      es: [
        'Las personas jurídicas son penalmente responsables de los delitos previstos en {act} cometidos en su nombre o beneficio, y se les impone multa, clausura del establecimiento o cancelación de la licencia.',
        'La responsabilidad de la persona jurídica no excluye la de las personas físicas que cometieron el delito.',
      ],
    },
  },
  {
    topic: 'untoc:11',
    serves: ['model-law-tip:9'],
    modelLaw: ['model-law-tip:9'],
    heading: { en: 'Aggravating circumstances', fr: 'Circonstances aggravantes', es: 'Circunstancias agravantes' },
    subsections: {
      en: [
        'The court shall consider as aggravating circumstances that the offence endangered the life of the {victim}, that the {victim} is a child or a person with a disability, that the offender is a public officer who abused that office, or that the offence was committed by an organized criminal group.',
      ],
      fr: [
        'Les peines sont aggravées lorsque l’infraction a mis en danger la vie de la {victim}, lorsque la {victim} est un enfant ou une personne handicapée, lorsque l’auteur est un agent public ayant abusé de ses fonctions ou lorsque l’infraction est commise en bande organisée.',
      ],
      es: [
        'Las penas se agravan cuando el delito puso en peligro la vida de la {victim}, cuando la {victim} es un niño o una persona con discapacidad, cuando el autor es un funcionario público que abusó de su cargo o cuando el delito se cometió por un grupo delictivo organizado.',
      ],
    },
  },
  {
    topic: 'untoc:15',
    serves: ['untoc:15(1)', 'untoc:15(2)', 'untoc:15(3)', 'untoc:15(4)', 'model-law-tip:6', 'model-law-tip:7'],
    modelLaw: ['model-law-tip:6', 'model-law-tip:7'],
    heading: { en: 'Jurisdiction', fr: 'Compétence', es: 'Jurisdicción' },
    subsections: {
      en: [
        'The courts shall have jurisdiction over an offence under {act} committed in the territory, on board a vessel flying the flag or an aircraft registered under the laws of the country, or outside the territory by or against a national or a habitual resident.',
        'The courts shall have jurisdiction over an offence under {act} where the alleged offender is present in the territory and is not extradited on the ground of nationality.',
      ],
      fr: [
        'Les juridictions nationales sont compétentes pour les infractions prévues par {act} commises sur le territoire, à bord d’un navire battant pavillon national ou d’un aéronef immatriculé dans le pays, ou hors du territoire par ou contre un ressortissant ou un résident habituel.',
        'Elles sont également compétentes lorsque l’auteur présumé se trouve sur le territoire et n’est pas extradé au motif de sa nationalité.',
      ],
      es: [
        'Los tribunales nacionales son competentes respecto de los delitos previstos en {act} cometidos en el territorio, a bordo de un buque que enarbole el pabellón nacional o de una aeronave matriculada en el país, o fuera del territorio por o contra un nacional o residente habitual.',
        'También son competentes cuando el presunto autor se encuentre en el territorio y no sea extraditado por razón de su nacionalidad.',
      ],
    },
  },
  {
    topic: 'model-law-tip:10',
    serves: ['model-law-tip:10'],
    modelLaw: ['model-law-tip:10'],
    heading: { en: 'Non-punishment of victims', fr: 'Non-sanction des victimes', es: 'No punibilidad de las víctimas' },
    subsections: {
      en: [
        'A {victim} shall not be held criminally or administratively liable for offences committed as a direct consequence of being trafficked, including for illegal entry or stay or for the use of false documents.',
      ],
      fr: [
        'La {victim} n’encourt aucune responsabilité pénale ou administrative pour les infractions commises comme conséquence directe de la traite, y compris l’entrée ou le séjour irréguliers et l’usage de faux documents.',
      ],
      es: [
        'La {victim} no es penal ni administrativamente responsable de los delitos cometidos como consecuencia directa de la trata, incluidos la entrada o la estancia irregulares y el uso de documentos falsos.',
      ],
    },
  },
  {
    topic: 'tip-protocol:6',
    serves: ['tip-protocol:6(1)', 'tip-protocol:6(2)', 'tip-protocol:6(3)', 'tip-protocol:6(6)', 'model-law-tip:16'],
    modelLaw: ['model-law-tip:16'],
    heading: {
      en: 'Protection and assistance of victims',
      fr: 'Protection et assistance des victimes',
      es: 'Protección y asistencia a las víctimas',
    },
    subsections: {
      en: [
        'The identity and privacy of a {victim} shall be protected, and proceedings relating to an offence under {act} may be held in camera.',
        'A {victim} shall be given information on the court and administrative proceedings and assistance to present his or her views at appropriate stages of criminal proceedings.',
        'A {victim} shall be provided with appropriate housing, counselling and information in a language he or she understands, medical, psychological and material assistance, and employment, educational and training opportunities.',
        'A {victim} may obtain compensation for the damage suffered, and the court shall inform the {victim} of that right.',
      ],
      fr: [
        'L’identité et la vie privée de la {victim} sont protégées, et les audiences relatives aux infractions prévues par {act} peuvent se tenir à huis clos.',
        'La {victim} reçoit des informations sur les procédures judiciaires et administratives et une assistance pour que ses avis soient présentés aux stades appropriés de la procédure pénale.',
        'La {victim} bénéficie d’un logement convenable, de conseils et d’informations dans une langue qu’elle comprend, d’une assistance médicale, psychologique et matérielle, et de possibilités d’emploi, d’éducation et de formation.',
        'La {victim} peut obtenir réparation du préjudice subi, et le tribunal l’informe de ce droit.',
      ],
      es: [
        'Se protegen la identidad y la privacidad de la {victim}, y las actuaciones relativas a los delitos previstos en {act} pueden celebrarse a puerta cerrada.',
        'La {victim} recibe información sobre los procedimientos judiciales y administrativos y asistencia para que sus opiniones se presenten en las etapas apropiadas del proceso penal.',
        'La {victim} recibe alojamiento adecuado, asesoramiento e información en un idioma que comprenda, asistencia médica, psicológica y material, y oportunidades de empleo, educación y capacitación.',
        'La {victim} puede obtener indemnización por los daños sufridos, y el tribunal le informa de ese derecho.',
      ],
    },
  },
  {
    topic: 'untoc:25',
    serves: ['untoc:25(2)'],
    modelLaw: [],
    heading: {
      en: 'Compensation and restitution',
      fr: 'Indemnisation et restitution',
      es: 'Indemnización y restitución',
    },
    subsections: {
      en: [
        'On conviction for an offence under {act}, the court shall order the offender to pay compensation or restitution to the {victim}, and the {victim} shall have access to that procedure.',
      ],
      fr: [
        'En cas de condamnation pour une infraction prévue par {act}, le tribunal ordonne à l’auteur d’indemniser la {victim}, qui a accès à cette procédure.',
      ],
      es: [
        'En caso de condena por un delito previsto en {act}, el tribunal ordena al autor indemnizar a la {victim}, que tiene acceso a ese procedimiento.',
      ],
    },
  },
  {
    topic: 'tip-protocol:7',
    serves: ['tip-protocol:7'],
    modelLaw: [],
    heading: { en: 'Residence of victims', fr: 'Séjour des victimes', es: 'Residencia de las víctimas' },
    subsections: {
      en: [
        'A {victim} who is not a citizen may be granted a recovery and reflection period and a temporary or permanent residence permit, taking into account humanitarian and compassionate factors.',
      ],
      fr: [
        'La {victim} étrangère peut bénéficier d’un délai de rétablissement et de réflexion et d’un titre de séjour temporaire ou permanent, compte tenu de considérations humanitaires.',
      ],
      es: [
        'La {victim} extranjera puede obtener un período de recuperación y reflexión y un permiso de residencia temporal o permanente, teniendo en cuenta factores humanitarios.',
      ],
    },
  },
  {
    topic: 'tip-protocol:8',
    serves: ['tip-protocol:8'],
    modelLaw: [],
    heading: { en: 'Return of victims', fr: 'Retour des victimes', es: 'Repatriación de las víctimas' },
    subsections: {
      en: [
        'The return of a {victim} shall be with due regard for his or her safety and for the status of any legal proceedings, and shall preferably be voluntary.',
        'The competent authority shall verify without undue delay whether a {victim} is a national or permanent resident and shall issue the travel documents needed for his or her return.',
      ],
      fr: [
        'Le retour de la {victim} tient dûment compte de sa sécurité et de l’état de toute procédure judiciaire, et est de préférence volontaire.',
        'L’autorité compétente vérifie sans retard injustifié si la {victim} est un ressortissant ou un résident permanent et délivre les documents de voyage nécessaires à son retour.',
      ],
      es: [
        'La repatriación de la {victim} tiene debidamente en cuenta su seguridad y el estado de todo procedimiento judicial, y es preferentemente voluntaria.',
        'La autoridad competente verifica sin demora indebida si la {victim} es nacional o residente permanente y expide los documentos de viaje necesarios para su regreso.',
      ],
    },
  },
  {
    topic: 'tip-protocol:9',
    serves: ['tip-protocol:9'],
    modelLaw: [],
    heading: { en: 'Prevention', fr: 'Prévention', es: 'Prevención' },
    subsections: {
      en: [
        'The Government shall establish policies, programmes and other measures to prevent and combat trafficking in persons and to protect {victim}s from revictimization, including research, information and mass media campaigns and social and economic initiatives.',
        'The Government shall take measures to alleviate the factors that make persons vulnerable to trafficking, such as poverty, underdevelopment and lack of equal opportunity, and to discourage the demand that fosters exploitation.',
      ],
      fr: [
        'Le Gouvernement établit des politiques, programmes et autres mesures pour prévenir et combattre la traite des personnes et protéger les victimes contre une nouvelle victimisation, notamment des recherches, des campagnes d’information et des initiatives sociales et économiques.',
        'Le Gouvernement prend des mesures pour remédier aux facteurs qui rendent les personnes vulnérables à la traite, tels que la pauvreté, le sous-développement et l’inégalité des chances, et pour décourager la demande qui favorise l’exploitation.',
      ],
      es: [
        'El Gobierno establece políticas, programas y otras medidas para prevenir y combatir la trata de personas y proteger a las víctimas de una nueva victimización, entre ellas investigaciones, campañas de información e iniciativas sociales y económicas.',
        'El Gobierno adopta medidas para mitigar los factores que hacen a las personas vulnerables a la trata, como la pobreza, el subdesarrollo y la falta de oportunidades equitativas, y para desalentar la demanda que propicia la explotación.',
      ],
    },
  },
  {
    topic: 'tip-protocol:10',
    serves: ['tip-protocol:10'],
    modelLaw: [],
    heading: {
      en: 'Information exchange and training',
      fr: 'Échange d’informations et formation',
      es: 'Intercambio de información y capacitación',
    },
    subsections: {
      en: [
        'The law enforcement, immigration and other relevant authorities shall exchange information, with the authorities of other States where appropriate, to identify victims and offenders, the travel documents used and the means and methods of traffickers.',
        'The competent authorities shall provide or strengthen training for law enforcement, immigration and other relevant officials in the prevention of trafficking in persons, the prosecution of traffickers and the protection of the rights of {victim}s.',
      ],
      fr: [
        'Les services de détection et de répression, les services d’immigration et les autres services compétents échangent des informations, le cas échéant avec ceux d’autres États, pour identifier les victimes et les auteurs, les documents de voyage utilisés et les moyens et méthodes des trafiquants.',
        'Les autorités compétentes assurent ou renforcent la formation des agents des services de détection et de répression, des services d’immigration et des autres services compétents à la prévention de la traite, à la poursuite des trafiquants et à la protection des droits des victimes.',
      ],
      es: [
        'Las autoridades encargadas de hacer cumplir la ley, las de migración y las demás autoridades competentes intercambian información, cuando proceda con las de otros Estados, para identificar a las víctimas y a los autores, los documentos de viaje utilizados y los medios y métodos de los tratantes.',
        'Las autoridades competentes imparten o fortalecen la capacitación de los funcionarios encargados de hacer cumplir la ley, de migración y demás funcionarios pertinentes en la prevención de la trata, el enjuiciamiento de los tratantes y la protección de los derechos de las víctimas.',
      ],
    },
  },
  {
    topic: 'tip-protocol:11',
    serves: ['tip-protocol:11', 'model-law-tip:17'],
    modelLaw: ['model-law-tip:17'],
    heading: {
      en: 'Border measures and commercial carriers',
      fr: 'Mesures aux frontières et transporteurs commerciaux',
      es: 'Medidas fronterizas y transportistas comerciales',
    },
    subsections: {
      en: [
        'A commercial carrier shall ascertain that every passenger holds the travel documents required for entry into the receiving State.',
        'A commercial carrier that fails to comply with subsection (1) commits an offence and shall be liable on conviction to a fine.',
      ],
      fr: [
        'Tout transporteur commercial s’assure que chaque passager est en possession des documents de voyage requis pour l’entrée dans l’État d’accueil.',
        'Le transporteur commercial qui manque à l’obligation prévue à l’alinéa précédent est puni d’une amende.',
      ],
      es: [
        'Todo transportista comercial se cerciora de que cada pasajero posea los documentos de viaje requeridos para entrar en el Estado receptor.',
        'El transportista comercial que incumpla la obligación prevista en el párrafo anterior es sancionado con multa.',
      ],
    },
  },
  {
    topic: 'tip-protocol:12',
    serves: ['tip-protocol:12', 'model-law-tip:15'],
    modelLaw: ['model-law-tip:15'],
    heading: {
      en: 'Security of travel and identity documents',
      fr: 'Sécurité des documents de voyage et d’identité',
      es: 'Seguridad de los documentos de viaje y de identidad',
    },
    subsections: {
      en: [
        'Travel and identity documents issued under the laws of the country shall be of such quality that they cannot easily be misused, falsified, altered, replicated or issued unlawfully, and the integrity and security of their creation, issuance and use shall be ensured.',
      ],
      fr: [
        'Les documents de voyage et d’identité délivrés en vertu des lois nationales sont d’une qualité telle qu’on ne puisse facilement en faire un usage impropre, les falsifier, les modifier, les reproduire ou les délivrer de façon illicite, et l’intégrité et la sécurité de leur établissement, de leur délivrance et de leur utilisation sont assurées.',
      ],
      es: [
        'Los documentos de viaje y de identidad expedidos con arreglo a la legislación nacional son de una calidad que impida su utilización indebida, falsificación, alteración, reproducción o expedición ilícita, y se garantizan la integridad y la seguridad de su creación, expedición y utilización.',
      ],
    },
  },
  {
    topic: 'tip-protocol:13',
    serves: ['tip-protocol:13'],
    modelLaw: [],
    heading: {
      en: 'Verification of documents',
      fr: 'Vérification des documents',
      es: 'Verificación de los documentos',
    },
    subsections: {
      en: [
        'At the request of another State, the competent authority shall verify within a reasonable time the legitimacy and validity of travel or identity documents issued or purported to have been issued in the name of the country and suspected of being used for trafficking in persons.',
      ],
      fr: [
        'À la demande d’un autre État, l’autorité compétente vérifie dans un délai raisonnable la légitimité et la validité des documents de voyage ou d’identité délivrés ou censés avoir été délivrés au nom du pays et dont on soupçonne qu’ils sont utilisés pour la traite des personnes.',
      ],
      es: [
        'A solicitud de otro Estado, la autoridad competente verifica en un plazo razonable la legitimidad y validez de los documentos de viaje o de identidad expedidos o presuntamente expedidos en nombre del país y sospechosos de ser utilizados para la trata de personas.',
      ],
    },
  },
  {
    topic: 'untoc:12',
    serves: ['untoc:12'],
    modelLaw: [],
    heading: { en: 'Confiscation', fr: 'Confiscation', es: 'Decomiso' },
    subsections: {
      en: [
        'On conviction for an offence under {act}, the court shall order the confiscation of the proceeds of the offence, or property of equivalent value, and of the property and instrumentalities used or destined for use in its commission, and may order their identification, tracing, freezing or seizure before conviction.',
      ],
      fr: [
        'En cas de condamnation pour une infraction prévue par {act}, le tribunal ordonne la confiscation du produit de l’infraction ou de biens de valeur équivalente, ainsi que des biens et instruments utilisés ou destinés à être utilisés pour la commettre, et peut en ordonner l’identification, la localisation, le gel ou la saisie avant la condamnation.',
      ],
      es: [
        'En caso de condena por un delito previsto en {act}, el tribunal ordena el decomiso del producto del delito o de bienes de valor equivalente, y de los bienes e instrumentos utilizados o destinados a utilizarse en su comisión, y puede ordenar su identificación, localización, embargo preventivo o incautación antes de la condena.',
      ],
    },
  },
  {
    topic: 'untoc:29',
    serves: ['untoc:29'],
    modelLaw: [],
    heading: { en: 'Training', fr: 'Formation', es: 'Capacitación' },
    subsections: {
      en: [
        'The competent authorities shall develop specific training programmes for law enforcement personnel, prosecutors, investigating magistrates and other personnel charged with the prevention, detection and control of offences under {act}.',
      ],
      fr: [
        'Les autorités compétentes établissent des programmes de formation spécifiques à l’intention des personnels des services de détection et de répression, des magistrats du parquet et du siège et des autres personnels chargés de prévenir, de détecter et de réprimer les infractions prévues par {act}.',
      ],
      es: [
        'Las autoridades competentes formulan programas específicos de capacitación para el personal de los servicios encargados de hacer cumplir la ley, los fiscales, los jueces de instrucción y demás personal encargado de prevenir, detectar y combatir los delitos previstos en {act}.',
      ],
    },
  },
  {
    topic: 'som-protocol:5',
    serves: ['som-protocol:5'],
    modelLaw: [],
    heading: {
      en: 'Migrants not liable',
      fr: 'Non-responsabilité des migrants',
      es: 'No responsabilidad de los migrantes',
    },
    subsections: {
      en: [
        'A migrant shall not be liable to prosecution under {act} for having been the object of smuggling of migrants.',
      ],
      fr: [
        'Le migrant ne peut faire l’objet de poursuites en vertu de {act} pour avoir été l’objet d’un trafic illicite de migrants.',
      ],
      es: [
        'El migrante no puede ser enjuiciado con arreglo a {act} por haber sido objeto de tráfico ilícito de migrantes.',
      ],
    },
  },
  {
    topic: 'som-protocol:6',
    serves: ['som-protocol:6(1)', 'model-law-som:5.A', 'model-law-som:5.B', 'model-law-som:5.C'],
    modelLaw: ['model-law-som:5.A', 'model-law-som:5.B', 'model-law-som:5.C'],
    heading: { en: 'Smuggling of migrants', fr: 'Trafic illicite de migrants', es: 'Tráfico ilícito de migrantes' },
    subsections: {
      en: [
        'A person who, in order to obtain, directly or indirectly, a financial or other material benefit, procures the illegal entry of another person into a State of which that person is not a national or a permanent resident commits an offence.',
        'A person who, for the purpose of enabling the smuggling of migrants, produces, procures, provides or possesses a fraudulent travel or identity document commits an offence.',
        'A person who enables a person who is not a national or a permanent resident to remain in the country without complying with the requirements for legally remaining, by illegal means, commits an offence.',
      ],
      fr: [
        'Est puni quiconque, afin d’en tirer, directement ou indirectement, un avantage financier ou un autre avantage matériel, assure l’entrée illégale dans un État d’une personne qui n’en est ni ressortissante ni résidente permanente.',
        'Est puni quiconque, afin de permettre le trafic illicite de migrants, fabrique, procure, fournit ou possède un document de voyage ou d’identité frauduleux.',
        'Est puni quiconque permet à une personne qui n’est ni ressortissante ni résidente permanente de demeurer dans le pays sans satisfaire aux conditions requises, par des moyens illégaux.',
      ],
      es: [
        'Es castigado quien, con el fin de obtener, directa o indirectamente, un beneficio financiero u otro beneficio de orden material, facilite la entrada ilegal de una persona en un Estado del cual dicha persona no sea nacional o residente permanente.',
        'Es castigado quien, con el fin de posibilitar el tráfico ilícito de migrantes, cree, facilite, suministre o posea un documento de viaje o de identidad falso.',
        'Es castigado quien habilite a una persona que no sea nacional o residente permanente para permanecer en el país sin haber cumplido los requisitos para permanecer legalmente, recurriendo a medios ilegales.',
      ],
    },
  },
];

const BY_TOPIC = new Map(T.map((t) => [t.topic, t]));

/** The model wording of a topic key, when there is one (for tests). */
export function draftTemplate(topic: string): DraftTemplate | null {
  return BY_TOPIC.get(topic) ?? null;
}

/** Whether a requirement id is, or lies within, a paragraph or article a template serves. */
export function serves(template: DraftTemplate, requirementId: string): boolean {
  return template.serves.some((s) => requirementId === s || requirementId.startsWith(`${s}(`));
}

/** The model wording that gives effect to this very requirement, when there is one. */
export function templateFor(requirementId: string): DraftTemplate | null {
  return T.find((t) => serves(t, requirementId)) ?? null;
}

/** Topics with model wording (for tests and the scope note). */
export function draftedTopics(): string[] {
  return T.map((t) => t.topic);
}

const THIS_ACT: Record<LanguageCode, string> = { en: 'this Act', fr: 'la présente loi', es: 'la presente ley' };
const VICTIM: Record<LanguageCode, string> = {
  en: 'victim of trafficking in persons',
  fr: 'victime de la traite',
  es: 'víctima de la trata',
};

/**
 * The law's own term for a victim: an English act that defines "trafficked person" (and not
 * "victim") is drafted with that term, as drafters keep an act's defined terms.
 */
export function victimTerm(language: LanguageCode, lawText: string): string {
  if (language === 'en') {
    const defines = (term: string) =>
      new RegExp(`["“]${term}["”]\\s+(means|includes|has the meaning)`, 'i').test(lawText);
    if (defines('victim')) return 'victim';
    if (defines('trafficked person')) return 'trafficked person';
  }
  return VICTIM[language];
}

/** Subsections of the model wording, in the law's language, with its terms filled in. */
export function draftWording(template: DraftTemplate, language: LanguageCode, victim: string): string[] {
  return template.subsections[language].map((s) =>
    s.replace(/\{act\}/g, THIS_ACT[language]).replace(/\{victim\}/g, victim),
  );
}

/**
 * Statutory wording from a treaty paragraph's own words, for a requirement no template serves: the
 * State Party as subject becomes the competent authorities, the chapeau about adopting measures
 * "in accordance with its domestic law" goes, and "this Convention" becomes the act. Null when the
 * paragraph is not phrased as an obligation of the State (a definition, a purpose clause).
 */
export function treatyWording(text: string, language: LanguageCode): string | null {
  const rules = TREATY_RULES[language];
  if (!rules.subject.test(text)) return null;
  let out = text.replace(/\s+/g, ' ').trim();
  for (const [from, to] of rules.rewrites) out = out.replace(from, to);
  out = out.replace(rules.instrument, THIS_ACT[language]);
  // A chapeau, a duty between States or to the Secretary-General, or a State left as subject is no statute's wording.
  if (/:$/.test(out) || rules.interState.test(out)) return null;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const TREATY_RULES: Record<
  LanguageCode,
  { subject: RegExp; instrument: RegExp; interState: RegExp; rewrites: [RegExp, string][] }
> = {
  en: {
    subject: /\b(each State Party|States Parties) shall\b/i,
    instrument: /\bthis (Convention|Protocol)\b/g,
    interState:
      /States? Part|Secretary-General|each other|one another|other States|\b(its|their) (territory|means|laws|domestic)\b/i,
    rewrites: [
      [
        /\boffences (?:established in accordance with|covered by) (?:articles? [\d, and]+ of )?this (?:Convention|Protocol)/g,
        'offences under this Act',
      ],
      [/\bwithin its means\b ?/g, ''],
      [/,? in accordance with (its|their) domestic law( and [^,]*)?,?/gi, ''],
      [
        /\b(each State Party|States Parties) shall (?:also )?(?:(?:adopt|take)(?: or strengthen)? (?:such )?(?:legislative and other |appropriate |effective |the necessary )?measures(?: as may be necessary)?,? to (?:seek to )?)?/i,
        'the competent authorities shall ',
      ],
    ],
  },
  fr: {
    subject: /\b(chaque État partie|les États parties)\b/i,
    instrument: /\b(la présente Convention|le présent Protocole)\b/g,
    interState: /États? partie|Secrétaire général|\bson (territoire|droit interne)\b/i,
    rewrites: [
      [/,? conformément à son droit interne( et [^,]*)?,?/gi, ''],
      [
        /\b(chaque État partie|les États parties) (?:prend|prennent|adopte|adoptent)\b/i,
        'les autorités compétentes prennent',
      ],
      [/\b(chaque État partie|les États parties) (s’assure|veille|envisage)\b/i, 'les autorités compétentes $2nt'],
      [/\b(chaque État partie|les États parties) fait\b/i, 'les autorités compétentes font'],
      [/\b(chaque État partie|les États parties)\b/i, 'les autorités compétentes'],
    ],
  },
  es: {
    subject: /\b(cada Estado Parte|los Estados Parte)\b/i,
    instrument: /\b(la presente Convención|el presente Protocolo)\b/g,
    interState: /Estados? Parte|Secretario General|\bsu (territorio|derecho interno)\b/i,
    rewrites: [
      [/,? de conformidad con su derecho interno( y [^,]*)?,?/gi, ''],
      [/\b(cada Estado Parte|los Estados Parte) (adoptará|adoptarán)\b/i, 'las autoridades competentes adoptan'],
      [/\b(cada Estado Parte|los Estados Parte) (velará|velarán)\b/i, 'las autoridades competentes velan'],
      [
        /\b(cada Estado Parte|los Estados Parte) (considerará|considerarán)\b/i,
        'las autoridades competentes consideran',
      ],
      [/\b(cada Estado Parte|los Estados Parte)\b/i, 'las autoridades competentes'],
    ],
  },
};
