import type { LanguageCode } from '../domain/source';
import type { FindingCode } from '../analysis/types';

/**
 * What a recommendation asks the legislator to change, as verb phrases ("extend jurisdiction to
 * offences committed by nationals abroad") that complete "amend section 3 of the Act to …".
 * Three sources, most specific first: the checklist elements the analysis found missing (grouped
 * by the list of the definition they belong to: acts, means, purposes…), the reason codes of its
 * findings (a consent defence, an age below eighteen), and the requirement itself, phrased from the
 * words of the Protocols and the Convention for each paragraph or, failing that, each article.
 */

type Phrase = Record<LanguageCode, string>;
type ListPhrase = Record<LanguageCode, (list: string) => string>;

/** Element groups whose missing members are added to a list of the definition or the offence. */
const GROUP_ACTIONS: Record<string, ListPhrase> = {
  act: {
    en: (l) => `add ${l} to the acts that constitute the offence`,
    fr: (l) => `ajouter ${l} aux actes constitutifs de l’infraction`,
    es: (l) => `añadir ${l} a los actos constitutivos del delito`,
  },
  means: {
    en: (l) => `add ${l} to the means`,
    fr: (l) => `ajouter ${l} aux moyens énumérés`,
    es: (l) => `añadir ${l} a los medios enumerados`,
  },
  purpose: {
    en: (l) => `add ${l} to the forms of exploitation`,
    fr: (l) => `ajouter ${l} aux formes d’exploitation`,
    es: (l) => `añadir ${l} a las formas de explotación`,
  },
  liability: {
    en: (l) => `make punishable ${l}`,
    fr: (l) => `rendre punissables les faits suivants : ${l}`,
    es: (l) => `tipificar las conductas siguientes: ${l}`,
  },
  recovery: {
    en: (l) => `provide victims with ${l}`,
    fr: (l) => `assurer aux victimes : ${l}`,
    es: (l) => `proporcionar a las víctimas: ${l}`,
  },
  offence: {
    en: (l) => `criminalize ${l}`,
    fr: (l) => `incriminer les faits suivants : ${l}`,
    es: (l) => `tipificar las conductas siguientes: ${l}`,
  },
  aggravation: {
    en: (l) => `make aggravating circumstances of ${l}`,
    fr: (l) => `ériger en circonstances aggravantes : ${l}`,
    es: (l) => `establecer como circunstancias agravantes: ${l}`,
  },
  smuggling: {
    en: (l) => `include in the definition of smuggling of migrants ${l}`,
    fr: (l) => `inclure dans la définition du trafic illicite de migrants : ${l}`,
    es: (l) => `incluir en la definición del tráfico ilícito de migrantes: ${l}`,
  },
};

/** Elements that are a rule of their own rather than an item of a list. */
const ELEMENT_ACTIONS: Record<string, Phrase> = {
  'consent.irrelevant': {
    en: 'provide that the consent of a victim to the intended exploitation is irrelevant where any of the means is used',
    fr: 'prévoir que le consentement de la victime à l’exploitation envisagée est indifférent lorsque l’un des moyens a été utilisé',
    es: 'disponer que el consentimiento de la víctima a la explotación es irrelevante cuando se haya recurrido a cualquiera de los medios',
  },
  'child.no_means': {
    en: 'provide that the recruitment, transportation, transfer, harbouring or receipt of a child for exploitation is trafficking even where no means is used',
    fr: 'prévoir que le recrutement, le transport, le transfert, l’hébergement ou l’accueil d’un enfant aux fins d’exploitation constitue une traite même sans recours à un moyen',
    es: 'disponer que la captación, el transporte, el traslado, la acogida o la recepción de un niño con fines de explotación es trata aunque no se recurra a ningún medio',
  },
  'child.under18': {
    en: 'define a child as any person under eighteen years of age',
    fr: 'définir l’enfant comme toute personne âgée de moins de dix-huit ans',
    es: 'definir al niño como toda persona menor de dieciocho años',
  },
  'victim.compensation': {
    en: 'offer victims the possibility of obtaining compensation for the damage suffered',
    fr: 'offrir aux victimes la possibilité d’obtenir réparation du préjudice subi',
    es: 'ofrecer a las víctimas la posibilidad de obtener indemnización por los daños sufridos',
  },
  'migrant.non_criminalization': {
    en: 'provide that migrants are not liable to prosecution for having been the object of smuggling',
    fr: 'prévoir que les migrants ne peuvent être poursuivis pour avoir été l’objet d’un trafic illicite',
    es: 'disponer que los migrantes no pueden ser enjuiciados por haber sido objeto de tráfico ilícito',
  },
};

/** Reason codes of the findings that call for a change of their own. */
const CODE_ACTIONS: Partial<Record<FindingCode, Phrase>> = {
  'offence-requires-transnationality': {
    en: 'remove the requirement that the offence cross a border',
    fr: 'supprimer la condition de franchissement d’une frontière',
    es: 'suprimir el requisito de que el delito cruce una frontera',
  },
  'offence-requires-organized-group': {
    en: 'remove the requirement that an organized criminal group be involved',
    fr: 'supprimer la condition d’implication d’un groupe criminel organisé',
    es: 'suprimir el requisito de participación de un grupo delictivo organizado',
  },
  'consent-defence': {
    en: 'remove the defence of the victim’s consent where any of the means is used',
    fr: 'supprimer le consentement de la victime comme moyen de défense lorsque l’un des moyens a été utilisé',
    es: 'suprimir el consentimiento de la víctima como defensa cuando se haya recurrido a cualquiera de los medios',
  },
  'child-means-required': {
    en: 'dispense with proof of the means where the victim is a child',
    fr: 'dispenser de la preuve des moyens lorsque la victime est un enfant',
    es: 'eximir de la prueba de los medios cuando la víctima sea un niño',
  },
  'child-age-below-18': {
    en: 'raise the age in the definition of a child to eighteen years',
    fr: 'porter à dix-huit ans l’âge retenu dans la définition de l’enfant',
    es: 'elevar a dieciocho años la edad de la definición de niño',
  },
  'migrant-criminalized': {
    en: 'provide that migrants are not liable to prosecution for having been smuggled',
    fr: 'prévoir que les migrants ne peuvent être poursuivis pour avoir fait l’objet d’un trafic illicite',
    es: 'disponer que los migrantes no pueden ser enjuiciados por haber sido objeto de tráfico ilícito',
  },
  'smuggling-without-benefit': {
    en: 'require a financial or other material benefit in the smuggling offence, so that humanitarian assistance is not caught',
    fr: 'exiger un avantage financier ou matériel dans l’infraction de trafic illicite, afin de ne pas viser l’aide humanitaire',
    es: 'exigir un beneficio financiero o material en el delito de tráfico ilícito, para no alcanzar la asistencia humanitaria',
  },
};

/** Paragraph or article → the change it asks for, from the instrument's own words. */
const REQUIREMENT_ACTIONS: Record<string, Phrase> = {
  // Trafficking in Persons Protocol
  'tip-protocol:3': {
    en: 'cover every act, means and purpose of exploitation of the definition of trafficking in persons',
    fr: 'couvrir chacun des actes, moyens et fins d’exploitation de la définition de la traite des personnes',
    es: 'abarcar todos los actos, medios y fines de explotación de la definición de la trata de personas',
  },
  'tip-protocol:5': {
    en: 'criminalize trafficking in persons as the Protocol defines it, when committed intentionally',
    fr: 'incriminer la traite des personnes telle que le Protocole la définit, lorsqu’elle est commise intentionnellement',
    es: 'tipificar la trata de personas tal como la define el Protocolo, cuando se cometa intencionalmente',
  },
  'tip-protocol:5(2)': {
    en: 'make punishable the attempt, participation as an accomplice and organizing or directing others to commit the offence',
    fr: 'rendre punissables la tentative, la complicité et le fait d’organiser la commission de l’infraction ou de donner des instructions à cette fin',
    es: 'tipificar la tentativa, la complicidad y la organización o dirección de otras personas para cometer el delito',
  },
  'tip-protocol:6(1)': {
    en: 'protect the privacy and identity of victims, including by holding proceedings in camera',
    fr: 'protéger la vie privée et l’identité des victimes, notamment par le huis clos',
    es: 'proteger la privacidad y la identidad de las víctimas, incluso mediante actuaciones a puerta cerrada',
  },
  'tip-protocol:6(2)': {
    en: 'give victims information on court and administrative proceedings and help to present their views in criminal proceedings',
    fr: 'informer les victimes des procédures judiciaires et administratives et les aider à faire valoir leurs avis dans la procédure pénale',
    es: 'informar a las víctimas de los procedimientos judiciales y administrativos y ayudarlas a presentar sus opiniones en el proceso penal',
  },
  'tip-protocol:6(3)': {
    en: 'provide for the physical, psychological and social recovery of victims',
    fr: 'prévoir le rétablissement physique, psychologique et social des victimes',
    es: 'prever la recuperación física, psicológica y social de las víctimas',
  },
  'tip-protocol:6(4)': {
    en: 'take account of the age, gender and special needs of victims, in particular children',
    fr: 'tenir compte de l’âge, du sexe et des besoins spécifiques des victimes, en particulier des enfants',
    es: 'tener en cuenta la edad, el sexo y las necesidades especiales de las víctimas, en particular de los niños',
  },
  'tip-protocol:6(5)': {
    en: 'provide for the physical safety of victims while they are in the territory',
    fr: 'assurer la sécurité physique des victimes pendant qu’elles se trouvent sur le territoire',
    es: 'prever la seguridad física de las víctimas mientras se encuentren en el territorio',
  },
  'tip-protocol:6(6)': ELEMENT_ACTIONS['victim.compensation']!,
  'tip-protocol:7': {
    en: 'allow victims to remain in the territory, temporarily or permanently, on humanitarian grounds',
    fr: 'permettre aux victimes de rester sur le territoire, à titre temporaire ou permanent, pour des motifs humanitaires',
    es: 'permitir a las víctimas permanecer en el territorio, temporal o permanentemente, por razones humanitarias',
  },
  'tip-protocol:8': {
    en: 'provide for the safe and preferably voluntary return of victims, with verification of nationality and travel documents',
    fr: 'prévoir le retour des victimes en sécurité et de préférence volontaire, avec vérification de la nationalité et délivrance des documents de voyage',
    es: 'prever la repatriación segura y preferentemente voluntaria de las víctimas, con verificación de la nacionalidad y expedición de documentos de viaje',
  },
  'tip-protocol:9': {
    en: 'establish policies and programmes to prevent trafficking and to protect victims from revictimization',
    fr: 'établir des politiques et des programmes pour prévenir la traite et protéger les victimes d’une nouvelle victimisation',
    es: 'establecer políticas y programas para prevenir la trata y proteger a las víctimas contra un nuevo riesgo de victimización',
  },
  'tip-protocol:9(4)': {
    en: 'address the factors that make persons, especially women and children, vulnerable to trafficking',
    fr: 'remédier aux facteurs qui rendent les personnes, en particulier les femmes et les enfants, vulnérables à la traite',
    es: 'mitigar los factores que hacen a las personas, especialmente las mujeres y los niños, vulnerables a la trata',
  },
  'tip-protocol:9(5)': {
    en: 'discourage the demand that fosters the exploitation leading to trafficking',
    fr: 'décourager la demande qui favorise l’exploitation conduisant à la traite',
    es: 'desalentar la demanda que propicia la explotación conducente a la trata',
  },
  'tip-protocol:10': {
    en: 'provide for information exchange between law enforcement, immigration and other authorities and for their training',
    fr: 'prévoir l’échange d’informations entre les services de détection et de répression, d’immigration et autres, et leur formation',
    es: 'prever el intercambio de información entre las autoridades policiales, de inmigración y otras, y su capacitación',
  },
  'tip-protocol:11': {
    en: 'strengthen border controls, including the obligation of commercial carriers to check that passengers hold travel documents',
    fr: 'renforcer les contrôles aux frontières, y compris l’obligation des transporteurs commerciaux de vérifier les documents de voyage',
    es: 'reforzar los controles fronterizos, incluida la obligación de los transportistas comerciales de verificar los documentos de viaje',
  },
  'tip-protocol:12': {
    en: 'ensure the integrity and security of travel and identity documents',
    fr: 'garantir l’intégrité et la sécurité des documents de voyage et d’identité',
    es: 'garantizar la integridad y la seguridad de los documentos de viaje y de identidad',
  },
  'tip-protocol:13': {
    en: 'verify, at the request of another State, the legitimacy and validity of travel and identity documents',
    fr: 'vérifier, à la demande d’un autre État, la légitimité et la validité des documents de voyage et d’identité',
    es: 'verificar, a solicitud de otro Estado, la legitimidad y validez de los documentos de viaje y de identidad',
  },
  // Smuggling of Migrants Protocol
  'som-protocol:3': {
    en: 'define smuggling of migrants as procuring illegal entry for a financial or other material benefit',
    fr: 'définir le trafic illicite de migrants comme le fait d’assurer une entrée illégale pour un avantage financier ou matériel',
    es: 'definir el tráfico ilícito de migrantes como facilitar la entrada ilegal para obtener un beneficio financiero o material',
  },
  'som-protocol:5': CODE_ACTIONS['migrant-criminalized']!,
  'som-protocol:6': {
    en: 'criminalize smuggling of migrants, fraudulent travel or identity document offences and enabling illegal stay',
    fr: 'incriminer le trafic illicite de migrants, les infractions relatives aux documents frauduleux et le fait de permettre un séjour illégal',
    es: 'tipificar el tráfico ilícito de migrantes, los delitos relativos a documentos falsos y la habilitación de la permanencia ilegal',
  },
  'som-protocol:6(2)': {
    en: 'make punishable the attempt, participation as an accomplice and organizing or directing others to commit the offences',
    fr: 'rendre punissables la tentative, la complicité et le fait d’organiser la commission des infractions',
    es: 'tipificar la tentativa, la complicidad y la organización o dirección de otras personas para cometer los delitos',
  },
  'som-protocol:6(3)': {
    en: 'make endangering the migrants and inhuman or degrading treatment aggravating circumstances',
    fr: 'ériger en circonstances aggravantes la mise en danger des migrants et les traitements inhumains ou dégradants',
    es: 'establecer como agravantes el peligro para los migrantes y el trato inhumano o degradante',
  },
  'som-protocol:8': {
    en: 'provide for measures against vessels engaged in the smuggling of migrants by sea',
    fr: 'prévoir des mesures contre les navires se livrant au trafic illicite de migrants par mer',
    es: 'prever medidas contra los buques dedicados al tráfico ilícito de migrantes por mar',
  },
  'som-protocol:16': {
    en: 'protect and assist smuggled migrants, including their right to life and to be free from torture',
    fr: 'protéger et assister les migrants objets d’un trafic, y compris leur droit à la vie et à ne pas être soumis à la torture',
    es: 'proteger y asistir a los migrantes objeto de tráfico, incluido su derecho a la vida y a no ser sometidos a tortura',
  },
  'som-protocol:18': {
    en: 'provide for the orderly return of smuggled migrants, with due regard for their safety and dignity',
    fr: 'prévoir le retour ordonné des migrants objets d’un trafic, dans le respect de leur sécurité et de leur dignité',
    es: 'prever la repatriación ordenada de los migrantes objeto de tráfico, con respeto de su seguridad y dignidad',
  },
  // Organized Crime Convention
  'untoc:5': {
    en: 'criminalize participation in an organized criminal group',
    fr: 'incriminer la participation à un groupe criminel organisé',
    es: 'tipificar la participación en un grupo delictivo organizado',
  },
  'untoc:6': {
    en: 'criminalize the laundering of the proceeds of the offences',
    fr: 'incriminer le blanchiment du produit des infractions',
    es: 'tipificar el blanqueo del producto de los delitos',
  },
  'untoc:7': {
    en: 'establish a regulatory regime to deter and detect money laundering',
    fr: 'instituer un régime de réglementation pour prévenir et détecter le blanchiment d’argent',
    es: 'establecer un régimen de reglamentación para prevenir y detectar el blanqueo de dinero',
  },
  'untoc:8': {
    en: 'criminalize the corruption of public officials',
    fr: 'incriminer la corruption d’agents publics',
    es: 'tipificar la corrupción de funcionarios públicos',
  },
  'untoc:9': {
    en: 'adopt measures to prevent and punish the corruption of public officials',
    fr: 'adopter des mesures pour prévenir et sanctionner la corruption d’agents publics',
    es: 'adoptar medidas para prevenir y sancionar la corrupción de funcionarios públicos',
  },
  'untoc:10': {
    en: 'establish the liability of legal persons, with effective, proportionate and dissuasive sanctions, without prejudice to that of natural persons',
    fr: 'établir la responsabilité des personnes morales, assortie de sanctions efficaces, proportionnées et dissuasives, sans préjudice de celle des personnes physiques',
    es: 'establecer la responsabilidad de las personas jurídicas, con sanciones eficaces, proporcionadas y disuasivas, sin perjuicio de la de las personas físicas',
  },
  'untoc:11': {
    en: 'make the sanctions take into account the gravity of the offences',
    fr: 'proportionner les sanctions à la gravité des infractions',
    es: 'adecuar las sanciones a la gravedad de los delitos',
  },
  'untoc:11(2)': {
    en: 'ensure that discretionary prosecution powers are exercised to maximize the effectiveness of law enforcement',
    fr: 'veiller à ce que le pouvoir discrétionnaire de poursuivre soit exercé de façon à optimiser l’efficacité de la répression',
    es: 'velar por que las facultades discrecionales de enjuiciamiento se ejerzan para dar la máxima eficacia a la aplicación de la ley',
  },
  'untoc:11(3)': {
    en: 'require that the conditions of release pending trial or appeal take into account the need to ensure the presence of the defendant at subsequent proceedings',
    fr: 'exiger que les conditions de la mise en liberté dans l’attente du jugement ou de l’appel tiennent compte de la nécessité d’assurer la présence du défendeur',
    es: 'exigir que las condiciones de la libertad en espera de juicio o apelación tengan presente la necesidad de garantizar la comparecencia del acusado',
  },
  'untoc:11(4)': {
    en: 'require the courts to bear in mind the grave nature of the offences when considering early release or parole',
    fr: 'exiger que les tribunaux tiennent compte de la gravité des infractions pour la libération anticipée ou conditionnelle',
    es: 'exigir que los tribunales tengan presente la gravedad de los delitos al considerar la libertad anticipada o condicional',
  },
  'untoc:11(5)': {
    en: 'set a long limitation period, and a longer one where the alleged offender has evaded justice',
    fr: 'fixer un long délai de prescription, plus long encore lorsque l’auteur présumé s’est soustrait à la justice',
    es: 'fijar un plazo de prescripción prolongado, y mayor cuando el presunto autor haya eludido la justicia',
  },
  'untoc:12': {
    en: 'provide for the confiscation of the proceeds and instrumentalities of the offences and for their identification, tracing, freezing and seizure',
    fr: 'prévoir la confiscation du produit et des instruments des infractions ainsi que leur identification, localisation, gel et saisie',
    es: 'prever el decomiso del producto y de los instrumentos de los delitos y su identificación, localización, embargo preventivo e incautación',
  },
  'untoc:13': {
    en: 'provide for confiscation at the request of another State',
    fr: 'prévoir la confiscation à la demande d’un autre État',
    es: 'prever el decomiso a solicitud de otro Estado',
  },
  'untoc:14': {
    en: 'provide for the disposal of confiscated proceeds, giving priority to their return to compensate victims',
    fr: 'régir la disposition du produit confisqué, en priorité pour indemniser les victimes',
    es: 'regular la disposición del producto decomisado, dando prioridad a su restitución para indemnizar a las víctimas',
  },
  'untoc:15(1)': {
    en: 'establish jurisdiction over the offences committed in the territory or on board a national vessel or aircraft',
    fr: 'établir la compétence pour les infractions commises sur le territoire ou à bord d’un navire ou d’un aéronef national',
    es: 'establecer la jurisdicción sobre los delitos cometidos en el territorio o a bordo de un buque o aeronave nacional',
  },
  'untoc:15(2)': {
    en: 'extend jurisdiction to offences committed abroad by or against nationals',
    fr: 'étendre la compétence aux infractions commises à l’étranger par ou contre des ressortissants',
    es: 'extender la jurisdicción a los delitos cometidos en el extranjero por o contra nacionales',
  },
  'untoc:15(3)': {
    en: 'establish jurisdiction where an alleged offender present in the territory is not extradited because he or she is a national',
    fr: 'établir la compétence lorsque l’auteur présumé présent sur le territoire n’est pas extradé en raison de sa nationalité',
    es: 'establecer la jurisdicción cuando el presunto autor presente en el territorio no sea extraditado por ser nacional',
  },
  'untoc:15(4)': {
    en: 'establish jurisdiction where an alleged offender present in the territory is not extradited',
    fr: 'établir la compétence lorsque l’auteur présumé présent sur le territoire n’est pas extradé',
    es: 'establecer la jurisdicción cuando el presunto autor presente en el territorio no sea extraditado',
  },
  'untoc:15(5)': {
    en: 'provide for consultation with other States exercising jurisdiction over the same conduct',
    fr: 'prévoir la consultation des autres États exerçant leur compétence à l’égard des mêmes faits',
    es: 'prever la consulta con otros Estados que ejerzan jurisdicción sobre los mismos hechos',
  },
  'untoc:16': {
    en: 'make the offences extraditable and set out the extradition procedure',
    fr: 'faire des infractions des cas d’extradition et en fixer la procédure',
    es: 'hacer de los delitos casos de extradición y fijar su procedimiento',
  },
  'untoc:17': {
    en: 'allow the transfer of sentenced persons',
    fr: 'permettre le transfèrement des personnes condamnées',
    es: 'permitir el traslado de personas condenadas',
  },
  'untoc:18': {
    en: 'provide the widest measure of mutual legal assistance in investigations, prosecutions and judicial proceedings',
    fr: 'accorder l’entraide judiciaire la plus large possible lors des enquêtes, poursuites et procédures judiciaires',
    es: 'prestar la más amplia asistencia judicial recíproca en investigaciones, procesos y actuaciones judiciales',
  },
  'untoc:19': {
    en: 'allow joint investigations with other States',
    fr: 'permettre des enquêtes conjointes avec d’autres États',
    es: 'permitir investigaciones conjuntas con otros Estados',
  },
  'untoc:20': {
    en: 'allow special investigative techniques such as controlled delivery, electronic surveillance and undercover operations',
    fr: 'permettre les techniques d’enquête spéciales telles que les livraisons surveillées, la surveillance électronique et les opérations d’infiltration',
    es: 'permitir técnicas especiales de investigación como la entrega vigilada, la vigilancia electrónica y las operaciones encubiertas',
  },
  'untoc:21': {
    en: 'allow criminal proceedings to be transferred to or from another State',
    fr: 'permettre le transfert des procédures pénales avec un autre État',
    es: 'permitir la remisión de actuaciones penales a otro Estado o desde otro Estado',
  },
  'untoc:22': {
    en: 'allow previous convictions abroad to be taken into account',
    fr: 'permettre la prise en compte des condamnations antérieures prononcées à l’étranger',
    es: 'permitir tener en cuenta las condenas anteriores dictadas en el extranjero',
  },
  'untoc:23': {
    en: 'criminalize the obstruction of justice',
    fr: 'incriminer l’entrave au bon fonctionnement de la justice',
    es: 'tipificar la obstrucción de la justicia',
  },
  'untoc:24': {
    en: 'protect witnesses from retaliation or intimidation, including by relocation and by testimony through video links',
    fr: 'protéger les témoins contre les représailles et l’intimidation, notamment par la réinstallation et la déposition par liaison vidéo',
    es: 'proteger a los testigos contra represalias o intimidación, incluso mediante la reubicación y el testimonio por videoconferencia',
  },
  'untoc:25(1)': {
    en: 'assist and protect victims, in particular against retaliation or intimidation',
    fr: 'prêter assistance et protection aux victimes, en particulier contre les représailles et l’intimidation',
    es: 'prestar asistencia y protección a las víctimas, en particular contra represalias o intimidación',
  },
  'untoc:25(2)': {
    en: 'give victims access to compensation and restitution',
    fr: 'donner aux victimes accès à l’indemnisation et à la restitution',
    es: 'dar a las víctimas acceso a la indemnización y la restitución',
  },
  'untoc:25(3)': {
    en: 'allow the views and concerns of victims to be presented during criminal proceedings',
    fr: 'permettre que les avis et préoccupations des victimes soient présentés pendant la procédure pénale',
    es: 'permitir que se presenten las opiniones y preocupaciones de las víctimas en el proceso penal',
  },
  'untoc:26': {
    en: 'encourage persons who took part in the offences to cooperate with the authorities, including by mitigated punishment or immunity',
    fr: 'encourager les personnes ayant participé aux infractions à coopérer avec les autorités, y compris par une réduction de peine ou l’immunité',
    es: 'alentar a quienes participaron en los delitos a cooperar con las autoridades, incluso mediante la mitigación de la pena o la inmunidad',
  },
  'untoc:27': {
    en: 'provide for law enforcement cooperation and the exchange of information with other States',
    fr: 'prévoir la coopération entre services de détection et de répression et l’échange d’informations avec d’autres États',
    es: 'prever la cooperación en materia de cumplimiento de la ley y el intercambio de información con otros Estados',
  },
  'untoc:28': {
    en: 'provide for the collection, exchange and analysis of information on trafficking and organized crime',
    fr: 'prévoir la collecte, l’échange et l’analyse d’informations sur la traite et la criminalité organisée',
    es: 'prever la recopilación, el intercambio y el análisis de información sobre la trata y la delincuencia organizada',
  },
  'untoc:29': {
    en: 'provide for specific training programmes for law enforcement personnel, prosecutors and magistrates',
    fr: 'prévoir des programmes de formation spécifiques pour les services de détection et de répression, les magistrats du parquet et du siège',
    es: 'prever programas de capacitación específicos para el personal policial, los fiscales y los jueces',
  },
  'untoc:30': {
    en: 'contribute to the implementation of the Convention through international cooperation and technical assistance',
    fr: 'contribuer à l’application de la Convention par la coopération internationale et l’assistance technique',
    es: 'contribuir a la aplicación de la Convención mediante la cooperación internacional y la asistencia técnica',
  },
  'untoc:31': {
    en: 'establish prevention measures, including public awareness and the social reintegration of offenders',
    fr: 'établir des mesures de prévention, dont la sensibilisation du public et la réinsertion sociale des auteurs',
    es: 'establecer medidas de prevención, incluidas la sensibilización del público y la reinserción social de los condenados',
  },
  'untoc:34(2)': {
    en: 'make the offences independent of any transnational nature or the involvement of an organized criminal group',
    fr: 'rendre les infractions indépendantes de toute nature transnationale ou de l’implication d’un groupe criminel organisé',
    es: 'configurar los delitos con independencia de su carácter transnacional o de la participación de un grupo delictivo organizado',
  },
  // Model Law articles with no treaty paragraph of their own
  'model-law-tip:4': {
    en: 'make the offences independent of any transnational nature or the involvement of an organized criminal group',
    fr: 'rendre les infractions indépendantes de toute nature transnationale ou de l’implication d’un groupe criminel organisé',
    es: 'configurar los delitos con independencia de su carácter transnacional o de la participación de un grupo delictivo organizado',
  },
  'model-law-tip:10': {
    en: 'provide that victims are not liable for offences committed as a direct consequence of being trafficked',
    fr: 'prévoir que les victimes n’encourent aucune responsabilité pour les infractions commises comme conséquence directe de la traite',
    es: 'disponer que las víctimas no son responsables de los delitos cometidos como consecuencia directa de la trata',
  },
};

/** The most specific entry for a requirement: its paragraph, the paragraph above it, then its article. */
function requirementAction(id: string): Phrase | null {
  let key = id;
  for (;;) {
    const hit = REQUIREMENT_ACTIONS[key];
    if (hit) return hit;
    const cut = key.lastIndexOf('(');
    if (cut < 0) return null;
    key = key.slice(0, cut);
  }
}

/** What the analysis found of one requirement: missing element ids (with their labels) and reason codes. */
export interface ActionSource {
  id: string;
  missing: { id: string; label: string }[];
  codes: FindingCode[];
}

/** Most changes named in one recommendation; the chapter's finding lists the rest. */
const MAX_ACTIONS = 4;

/**
 * The changes a recommendation asks for, in order and without repeats: the elements missing from
 * a list, rules missing, reason codes, then what each requirement without such detail asks for.
 * `list` joins labels in the report language ("A, B and C").
 */
export function actionsFor(
  sources: ActionSource[],
  language: LanguageCode,
  list: (items: string[]) => string,
): string[] {
  const out: string[] = [];
  const add = (s: string | undefined) => {
    if (s && !out.includes(s)) out.push(s);
  };
  const byGroup = new Map<string, string[]>();
  for (const s of sources)
    for (const e of s.missing) {
      const rule = ELEMENT_ACTIONS[e.id];
      if (rule) {
        add(rule[language]);
        continue;
      }
      const group = e.id.slice(0, e.id.indexOf('.'));
      if (!GROUP_ACTIONS[group]) continue;
      if (!byGroup.has(group)) byGroup.set(group, []);
      if (!byGroup.get(group)!.includes(e.label)) byGroup.get(group)!.push(e.label);
    }
  for (const [group, labels] of byGroup) add(GROUP_ACTIONS[group]![language](list(labels)));
  for (const s of sources) for (const c of s.codes) add(CODE_ACTIONS[c]?.[language]);
  for (const s of sources)
    if (s.missing.length === 0 && !s.codes.some((c) => CODE_ACTIONS[c])) add(requirementAction(s.id)?.[language]);
  return out.slice(0, MAX_ACTIONS);
}

/** Whether a reason code flags something the law must change (the others explain a credit or a status). */
export function callsForChange(code: FindingCode): boolean {
  return CODE_ACTIONS[code] !== undefined;
}

/** Requirements for which a change can be named (for tests). */
export function hasAction(id: string): boolean {
  return requirementAction(id) !== null;
}
