import type { LanguageCode } from '../domain/source';
import { fold } from './text';

/**
 * The project's legal-synonym lexicon: concepts of anti-trafficking and anti-smuggling law with
 * the words English, French and Spanish laws (and the official texts of the instruments) use
 * for them. A concept found in a requirement and in a provision counts as a match whatever the
 * wording, which is how a French "traite des personnes" meets the Protocol's "trafficking in
 * persons", and a Kenyan "harbours" meets a Canadian "conceals or harbours".
 *
 * Pattern syntax (matched on folded text: lower case, no accents), shared with the element rules:
 * - words separated by spaces must follow each other (punctuation between them is allowed);
 * - `word*` matches any word starting with `word`;
 * - `~` allows up to three words in between, `~~` up to sixteen;
 * - `[words]` marks optional words (never at the start of a pattern);
 * - `(a|b)` and `?` are regular-expression alternatives and optional letters; an alternative may
 *   hold several words (`(is|shall be)`).
 */
export interface Concept {
  id: string;
  /** How much a shared occurrence says about a requirement and a provision being on the same subject. */
  weight: number;
  en: string[];
  fr: string[];
  es: string[];
}

/** Concept ids naming the subject of each instrument family: "is this law about trafficking at all?". */
export const SUBJECT_CONCEPT: Record<string, string> = {
  'tip-protocol': 'trafficking',
  'model-law-tip': 'trafficking',
  'som-protocol': 'smuggling',
  'model-law-som': 'smuggling',
};

export const CONCEPTS: Concept[] = [
  // Subjects of the Protocols.
  {
    id: 'trafficking',
    weight: 1.5,
    en: [
      'trafficking in (persons|human beings|women|children)',
      'human trafficking',
      'traffick*',
      'trafficked',
      'traffics',
    ],
    fr: ['traite (des|de) (personnes|etres humains|femmes|enfants)', 'traite de personnes', 'traite'],
    es: ['trata de (personas|seres humanos|mujeres)', 'trata'],
  },
  {
    id: 'smuggling',
    weight: 1.5,
    en: [
      'smuggl*',
      '(bring*|brought) ~ (alien|aliens|migrant|migrants) ~ (into|to) the',
      '(bring*|brought) ~ (into|to) (the country|its territory|the territory of the state)',
      '(leave|leaving) ~ (in contravention|without)',
      'organi(s|z)* ~ persons to leave',
    ],
    fr: ['trafic illicite de migrants', 'passeur*', 'aide a l entree', 'entree ~ irreguliere'],
    es: [
      'trafico [ilicito] de migrantes',
      'trafico ilegal de migrantes',
      'trafico de migrantes',
      'entrada ilegal',
      // SOM art. 3(a) "facilitación de la entrada ilegal de una persona … del cual dicha persona no sea nacional".
      '(ayud*|facilit*|favorec*|promov*) ~~ (entrar|entrada|ingres*|transit*) ~~ (no sea nacional|extranjer*)',
      '(ayud*|facilit*|favorec*|promov*) ~ (no sea nacional|extranjer*) ~~ (entrar|entrada|ingres*|transit*)',
    ],
  },
  {
    id: 'exploitation',
    weight: 1.2,
    en: ['exploit*'],
    fr: ['exploit*'],
    es: ['explot*'],
  },
  // Acts (TIP art. 3(a)).
  {
    id: 'recruitment',
    weight: 1.2,
    en: ['recruit*', 'enlist*'],
    fr: ['recrut*', 'enrol*'],
    es: ['capt(a|e|o|ar|are|aren|acion|en)', 'reclut*'],
  },
  {
    id: 'transportation',
    weight: 1,
    en: ['transport*', 'convey*', 'moving'],
    fr: ['transport*'],
    es: ['transport*', 'traslad*'],
  },
  {
    id: 'transfer',
    weight: 1,
    en: ['transfer*'],
    fr: ['transfer*', 'cede*'],
    es: ['transfier*', 'transferenc*', 'traslad*', 'entreg*'],
  },
  {
    id: 'harbouring',
    weight: 1.2,
    en: ['harbo(u)?r*', 'conceal*', 'shelter*', 'shield* from detection'],
    fr: ['heberge', 'hebergent', 'hebergera?', 'cache', 'cachent', 'dissimul*', 'recel*'],
    es: ['acog(e|er|iere|ieren|iera)', 'acoj(a|an)', 'ocult*', 'alberg(a|ar|are)'],
  },
  {
    id: 'receipt',
    weight: 1,
    en: ['receiv*', 'receipt'],
    fr: ['recoi(t|vent)', 'recev*', 'reception', 'accueil*'],
    es: ['recib(a|e|an|en|ir|iere|ieren|iera)', 'recepcion'],
  },
  // Means (TIP art. 3(a)).
  { id: 'threat', weight: 1, en: ['threat*'], fr: ['menac*'], es: ['amenaz*', 'intimidacion'] },
  {
    id: 'force',
    weight: 0.8,
    en: ['use of force', 'by force', 'forcibl*', 'violence'],
    fr: ['(usage|recours) (a|de) la force', 'violence*'],
    es: ['(uso|empleo) de [la] fuerza', 'violencia'],
  },
  {
    id: 'coercion',
    weight: 1,
    en: ['coerc*', 'duress'],
    fr: ['contrainte*', 'coercition'],
    es: ['coaccion', 'coercion'],
  },
  {
    id: 'abduction',
    weight: 1,
    en: ['abduct*', 'kidnap*'],
    fr: ['enlev(e|ement|er)', 'rapt'],
    es: ['rapto', 'secuestr*', 'sustrajere'],
  },
  { id: 'fraud', weight: 1, en: ['fraud*'], fr: ['fraud*'], es: ['fraude*', 'fraudulent*'] },
  { id: 'deception', weight: 1, en: ['decei*', 'decept*'], fr: ['tromperie*', 'tromp*'], es: ['engan*'] },
  {
    id: 'abuse_of_power',
    weight: 1.2,
    en: ['abuse of (power|authority)'],
    fr: ['abus d (autorite|pouvoir)', 'abus de pouvoir'],
    es: ['abuso de (poder|autoridad)'],
  },
  { id: 'vulnerability', weight: 1.3, en: ['vulnerab*'], fr: ['vulnerab*'], es: ['vulnerab*'] },
  {
    id: 'payments',
    weight: 1,
    en: ['payments? or benefits?', 'giving or receiving ~ payments?'],
    fr: ['paiements? ou [d] avantages?'],
    es: ['pagos? u ~ beneficios?', 'pagos? o beneficios?'],
  },
  // Purposes (TIP art. 3(a)).
  { id: 'prostitution', weight: 1.2, en: ['prostitut*'], fr: ['prostitu*'], es: ['prostitu*'] },
  {
    id: 'sexual_exploitation',
    weight: 1.3,
    en: ['sexual exploitation', 'sexual ~ exploit*', 'sexual servitude', 'sexual services?'],
    fr: ['exploitation sexuelle', 'fins? sexuelles?', 'services? sexuels?'],
    es: ['explotacion sexual', 'sexual(es)? ~ explot*', 'servicios? sexuales?'],
  },
  {
    id: 'forced_labour',
    weight: 1.3,
    en: [
      'forced (labour|labor|work)',
      'compulsory (labour|labor|work)',
      '(labour|labor|work) or [a] services?',
      'forced ~ services',
    ],
    fr: ['travail forc*', 'travaux forces', 'travail obligatoire', 'travail ou [ses] services', 'services forces'],
    es: ['trabajos? (forzosos?|forzados?|obligatorios?)', 'servicios? forzados?', 'trabajos? o servicios?'],
  },
  {
    id: 'slavery',
    weight: 1.3,
    en: [
      'slave*',
      'practices similar to slavery',
      'debt bondage',
      'serfdom',
      'servile marriage',
      '(forced|servile|child) marriage',
    ],
    fr: ['esclavag*', 'esclave*', 'servage', 'servitude pour dettes', 'mariage (force|servile)'],
    es: ['esclav*', 'practicas analogas', 'servidumbre por deudas', 'matrimonio (servil|forzado|forzoso)'],
  },
  { id: 'servitude', weight: 1.3, en: ['servitude', 'bondage'], fr: ['servitude'], es: ['servidumbre'] },
  {
    id: 'organ_removal',
    weight: 1.3,
    en: ['organs?', 'body parts?', 'tissues?'],
    fr: ['organes?', 'tissus'],
    es: ['organos?', 'tejidos'],
  },
  // Elements of the definition.
  { id: 'consent', weight: 1.2, en: ['consent*'], fr: ['consent*'], es: ['consent*'] },
  {
    id: 'child',
    weight: 1,
    en: ['child', 'children', 'minors?', 'juvenile*', 'under the age of eighteen', 'under eighteen'],
    fr: ['enfants?', 'mineurs?', 'moins de (dix huit|18) ans'],
    es: ['nin(o|a|os|as)', 'menor(es)? de edad', 'menor(es)? de (dieciocho|18)', 'infancia', 'adolescen*'],
  },
  {
    id: 'age18',
    weight: 1.2,
    en: ['eighteen', '18 years'],
    fr: ['dix huit ans', '18 ans'],
    es: ['dieciocho', '18 anos', '\\(18\\) anos'],
  },
  // Criminal law.
  {
    id: 'offence',
    weight: 0.5,
    en: ['offences?', 'offenses?', 'guilty', 'criminal', 'crimes?', 'commits?'],
    fr: ['infractions?', 'coupable', 'crimes?', 'delits?', 'penal(e|es)?'],
    es: ['delitos?', 'penal(es)?', 'hechos? punibles?', 'comete'],
  },
  {
    id: 'criminalize',
    weight: 0.8,
    en: [
      'establish* as criminal offen(c|s)es?',
      'commits? (an|the) offen(c|s)e',
      'guilty of an [indictable] offen(c|s)e',
      'shall be (punished|liable)',
      'is liable to',
      'punishable',
    ],
    fr: [
      'caractere d infraction penale',
      'commet une infraction',
      'coupable (d un acte criminel|d une infraction)',
      'est passible',
      'est puni',
    ],
    es: [
      'tipific* como delitos?',
      'sera (reprimido|castigado|sancionado|penado)',
      'seran (reprimidos|castigados|sancionados)',
      'se impondra',
      'sufrira',
    ],
  },
  {
    id: 'penalty',
    weight: 0.7,
    en: ['imprison*', 'fine of', 'to a fine', 'with fine', 'be fined', 'penalt(y|ies)', 'sentence*', 'for life'],
    fr: ['emprisonnement', 'amende', 'peine', 'perpetuite'],
    es: ['prision', 'reclusion', 'multa', 'pena', 'penas'],
  },
  {
    id: 'imprisonment',
    weight: 0.7,
    en: ['imprison*', 'penal servitude'],
    fr: ['emprisonnement', 'reclusion', 'detention criminelle'],
    es: ['prision', 'reclusion', 'presidio'],
  },
  {
    id: 'aggravation',
    weight: 1,
    en: ['aggravat*', 'in any of the following circumstances', 'for life'],
    fr: ['aggrav*', 'circonstances? aggravantes?'],
    es: ['agrava*', 'se aumentara', 'se elevara', 'en su grado maximo'],
  },
  {
    id: 'attempt',
    weight: 1.3,
    en: ['attempt*', 'act preparatory'],
    fr: ['tentative*', 'tente de'],
    es: ['tentativa', 'comienza su ejecucion', 'no lo consuma', 'intent(a|are|e) ~ (cometer|traficar)'],
  },
  {
    id: 'accomplice',
    weight: 1.3,
    en: ['accomplice*', 'aid* (and|or) abet*', 'abet*', 'complicity', 'accessor(y|ies)', 'facilitat* the commission'],
    fr: ['complic*', 'complice*', 'aide ou (assiste|encourage)'],
    es: [
      'complic*',
      'complice*',
      'cooper(en|are|aren)',
      'auxilio',
      'participes',
      'participacion criminal',
      'facilite o financie',
    ],
  },
  {
    id: 'organizing',
    weight: 1.3,
    en: [
      'organi(s|z)(es|ed|ing|e) or direct*',
      'direct* other persons',
      'organi(s|z)(es|ed|e) ~ other persons',
      'conspir*',
      'organizer*',
      'organiser*',
    ],
    fr: ['organis(e|er|ent) ou dirig*', 'dirige d autres personnes', 'complot*', 'association de malfaiteurs'],
    es: [
      'organizaren',
      'se asociaren',
      'organizadores?',
      'asociacion ilicita',
      'dirig(e|iere) ~ otras personas',
      'determinado directamente a otro',
    ],
  },
  {
    id: 'organized_group',
    weight: 1.3,
    en: ['organi(s|z)ed [criminal] group', 'criminal organi(s|z)ation', 'three or more persons'],
    fr: ['groupe criminel organise', 'organisation criminelle', 'bande organisee'],
    es: [
      'grupo (delictivo|criminal) organizado',
      'organizacion (delictiva|criminal)',
      'asociacion ilicita',
      'tres \\(3\\) o mas personas',
      'tres o mas personas',
    ],
  },
  {
    id: 'transnational',
    weight: 1,
    en: [
      'transnational',
      'across [the] borders?',
      'cross border',
      'internationally',
      'from one country to another',
      'outside (the country|its territory|the territory of the state)',
    ],
    fr: ['transnational*', 'transfrontali*', 'hors du territoire', 'a l etranger'],
    es: ['transnacional*', 'fuera del pais', 'otros paises', 'entrada o salida del pais', 'en el extranjero'],
  },
  {
    id: 'legal_persons',
    weight: 1.5,
    en: [
      'legal persons?',
      'bod(y|ies) corporate',
      'corporations?',
      'compan(y|ies)',
      'juristic persons?',
      'partnership',
      'other entit(y|ies)',
      'or entity',
      'organi(s|z)ations? (is|shall be) (liable|guilty)',
    ],
    fr: ['personnes? morales?', 'organisations? (est|sont) (coupables?|responsables?)'],
    es: ['personas? juridicas?', 'personas? de existencia ideal', 'personas? morales?'],
  },
  {
    id: 'confiscation',
    weight: 1.5,
    en: [
      'confiscat*',
      'forfeit*',
      'seiz(e|ed|ure)',
      'freez(e|ing)',
      'proceeds of (crime|such violation)',
      'gross proceeds',
    ],
    fr: ['confiscation', 'confisqu*', 'saisie', 'blocage', 'produits? du crime', 'biens infractionnels'],
    es: ['decomis*', 'confisca*', 'incauta*', 'embargo', 'productos? del delito', 'provecho del delito'],
  },
  {
    id: 'jurisdiction',
    weight: 1.4,
    en: [
      'jurisdiction',
      'committed (within|in) the territory',
      'on board (a|any) (vessel|ship|aircraft)',
      'registered under the laws',
    ],
    fr: ['competen(ce|t)', 'commise? sur le territoire', 'a bord d un (navire|aeronef)'],
    es: ['jurisdiccion', 'cometidos? ~ en el territorio', 'lugares sometidos', 'a bordo de [un] (buque|aeronave)'],
  },
  { id: 'extradition', weight: 1.5, en: ['extradit*'], fr: ['extradition'], es: ['extradicion'] },
  {
    id: 'obstruction',
    weight: 1.3,
    en: [
      'obstruct*',
      'interfer* with ~ (witness|evidence|testimony|justice|officials?)',
      'false testimony',
      'tamper*',
      'brib*',
      'intimidat*',
    ],
    fr: ['entrave', 'subornation', 'intimid*', 'faux temoignage'],
    es: ['obstruccion', 'soborn*', 'intimidacion', 'testigo falso', 'falso testimonio'],
  },
  {
    id: 'witness',
    weight: 1.2,
    en: ['witness*', 'testif*', 'testimony'],
    fr: ['temoin*', 'temoign*'],
    es: ['testig*', 'testimonio', 'declarar'],
  },
  {
    id: 'victim',
    weight: 0.6,
    en: ['victim*', 'complainant'],
    fr: ['victime*', 'plaignant'],
    es: ['victima*', 'afectad(o|a|os|as)'],
  },
  {
    id: 'privacy',
    weight: 1.4,
    en: [
      'privacy',
      'identity of (the|a) (victim|complainant|witness)',
      'in camera',
      'confidential*',
      'publication',
      'publish*',
      'disclos*',
      'personal circumstances',
      'anonym*',
    ],
    fr: [
      'vie privee',
      'identite (de la|du|des) (victime*|plaignant*|temoin*)',
      'huis clos',
      'confidentiel*',
      'publication',
      'divulg*',
      'anonym*',
    ],
    es: [
      'privacidad',
      'intimidad',
      'identidad (de la|del|de las|de los) (victima*|testigo*)',
      'reserva de [la] identidad',
      'confidencial*',
      'puerta cerrada',
      'divulg*',
      'anonim*',
    ],
  },
  {
    id: 'participation',
    weight: 1.2,
    en: [
      'views (and|or) concerns',
      'impact of the offen(c|s)e',
      'legal (assistance|information|aid|advice|representation)',
      'information ~ (proceedings|process)',
      'judicial and administrative',
    ],
    fr: [
      'avis et [les] preoccupations',
      'assistance juridique',
      'informations? ~ procedures?',
      'declaration de la victime',
    ],
    es: [
      'opiniones y preocupaciones',
      'asistencia (juridica|legal|letrada)',
      'curador ad litem',
      'informacion ~ (procedimientos?|proceso)',
      'representante legal',
    ],
  },
  {
    id: 'protection',
    weight: 1,
    en: ['protect(ion|ive|ing)?', 'safeguard*'],
    fr: ['protection', 'proteger', 'protege(r|nt)?', 'sauvegard*'],
    es: ['proteccion', 'proteger', 'protegid(o|a|os|as)', 'amparo'],
  },
  {
    id: 'assistance',
    weight: 1,
    en: ['assistance ~ victims?', 'assist victims', '(support|assistance) services?', 'services for victims'],
    fr: ['assistance ~ victimes?', 'aide aux victimes'],
    es: ['asistencia ~ victimas?', 'ayuda a las victimas', 'prestaciones'],
  },
  {
    id: 'recovery',
    weight: 1.2,
    en: [
      'rehabilitat*',
      'recovery',
      'reintegrat*',
      're integrat*',
      'resettlement',
      'assistance to victims',
      'support and protection',
      'assistance of victims',
    ],
    fr: ['readaptation', 'retablissement', 'reinsertion', 'assistance aux victimes', 'reintegration'],
    es: [
      'recuperacion',
      'rehabilitacion',
      'reintegracion',
      'revinculacion',
      'asistencia a las victimas',
      'prestaciones',
    ],
  },
  {
    id: 'housing',
    weight: 1.3,
    en: ['housing', 'shelter', 'accommodation', 'short term shelter'],
    fr: ['logement', 'hebergement approprie', 'foyers?', 'refuge'],
    es: ['alojamiento', 'albergue', 'vivienda', 'refugio', 'casas? de acogida'],
  },
  {
    id: 'counselling',
    weight: 1.2,
    en: ['counsel(l)?ing', 'psycho(social|logical)', 'in a language that'],
    fr: ['conseils?', 'soutien psycholog*', 'dans une langue'],
    es: ['orientacion', 'asesoramiento', 'psicolog*', 'en un idioma'],
  },
  {
    id: 'medical',
    weight: 1.2,
    en: ['medical', 'health care', 'health'],
    fr: ['medical*', 'soins', 'sante'],
    es: ['medic(a|o)s?', 'salud', 'sanitari*'],
  },
  {
    id: 'employment',
    weight: 1.1,
    en: ['employment', 'education*', 'job training', 'vocational', 'work for gain', 'training opportunities'],
    fr: ['emploi', 'education', 'formation professionnelle'],
    es: ['empleo', 'educacion', 'capacitacion laboral', 'formacion profesional'],
  },
  {
    id: 'special_needs',
    weight: 1.3,
    en: [
      'age,? gender',
      'special needs',
      'gender',
      'disabilit*',
      'best interests? of the child',
      'personal circumstances',
    ],
    fr: ['age,? [du] sexe', 'besoins (speciaux|particuliers)', 'deficience', 'interet superieur'],
    es: [
      'edad,? [el] (sexo|genero)',
      'necesidades (especiales|especificas)',
      'interes superior',
      'discapacidad',
      'condicion de vulnerabilidad',
    ],
  },
  {
    id: 'safety',
    weight: 1.2,
    en: ['physical safety', 'safety', 'protective programmes', 'protected from'],
    fr: ['securite physique', 'securite'],
    es: ['seguridad fisica', 'integridad fisica', 'proteccion de [las] victimas'],
  },
  {
    id: 'compensation',
    weight: 1.5,
    en: ['compensat*', 'restitution', 'damages', 'reparation', 'indemni*', 'redress'],
    fr: ['indemnis*', 'reparation', 'dommages interets', 'restitution', 'dedommag*'],
    es: ['indemniz*', 'reparacion', 'restitucion', 'resarcimiento', 'danos y perjuicios', 'dano material y moral'],
  },
  {
    id: 'residence',
    weight: 1.3,
    en: [
      '(remain|stay|staying) in (the country|its territory|the territory of the state)',
      'residence permit',
      'temporary (residence|resident)',
      'permitted to remain',
      'continue staying',
      'nonimmigrant status',
      'adjustment of status',
      'permanent residence',
      'stay of removal',
    ],
    fr: [
      'titre de sejour',
      'permis de sejour',
      'sejour temporaire',
      'demeurer sur le territoire',
      'permis de residence',
    ],
    es: [
      'residencia temporal',
      'autorizacion de [una] residencia',
      'permiso de residencia',
      'permanecer en el pais',
      'regularizar su situacion',
    ],
  },
  {
    id: 'repatriation',
    weight: 1.4,
    en: [
      'repatriat*',
      'return(ed|ing)? ~ (country of origin|place of origin|home country)',
      'return of',
      'removal',
      'deport*',
    ],
    fr: ['rapatri*', 'retour', 'renvoi'],
    es: ['repatria*', 'retorno', 'regreso', 'devolucion', 'expulsion'],
  },
  {
    id: 'prevention',
    weight: 1,
    en: ['prevent*', 'programmes?', 'programs?', 'polic(y|ies)', 'plans? of action', 'strateg*', 'comprehensive'],
    fr: ['prevenir', 'prevention', 'programmes?', 'politiques?', 'plan d action', 'strategie*'],
    es: ['prevenir', 'prevencion', 'programas?', 'politicas?', 'plan de accion', 'estrategia*'],
  },
  {
    id: 'awareness',
    weight: 1.3,
    en: [
      'research',
      'campaign*',
      'awareness',
      'media',
      'public information',
      'educate the public',
      'outreach',
      'publiciz*',
      'seminars',
    ],
    fr: ['recherche*', 'campagne*', 'sensibilis*', 'medias', 'information du public'],
    es: [
      'investigacion(es)? (social|academica)',
      'campanas?',
      'concienciacion',
      'sensibiliza*',
      'medios de comunicacion',
      'difusion',
    ],
  },
  {
    // "demande" / "demanda" are usually a request or a lawsuit: only the demand that fosters exploitation counts.
    id: 'demand',
    weight: 1.5,
    en: ['discourag* ~~ demand', 'demand (that|which) fosters', 'demand for ~ (services|labour|labor|sex*)'],
    fr: ['decourag* ~~ demande', 'demande qui (favorise|encourage)'],
    es: ['desalentar ~~ demanda', 'demanda que (propicia|fomenta)', 'desincentiv* ~~ demanda'],
  },
  {
    id: 'training',
    weight: 1.4,
    en: [
      'training',
      'train(ed)? (officers|officials|personnel)',
      'capacity building',
      'awareness among the law enforcement',
    ],
    fr: ['formation', 'former les'],
    es: ['capacitacion', 'formacion', 'entrenamiento'],
  },
  {
    id: 'law_enforcement',
    weight: 0.8,
    en: ['law enforcement', 'police', 'immigration officers?', 'officials', 'judiciary', 'prosecut*'],
    fr: ['services de detection', 'police', 'agents', 'fonctionnaires', 'poursuite*'],
    es: ['policia', 'funcionarios', 'ministerio publico', 'fiscal*', 'autoridades'],
  },
  {
    id: 'border',
    weight: 1.4,
    en: [
      'borders?',
      'frontiers?',
      'ports? of entry',
      '(entering|entry) (or|and) (leaving|exit|departure)',
      'immigration control',
      'airports',
      'seaports',
      'checkpoints?',
      'depart* from',
    ],
    fr: ['frontieres?', 'points? d entree', 'controles? aux frontieres'],
    es: [
      'fronter(a|as|izo|izos)',
      'salen e ingresan',
      'ingreso y la salida',
      'puestos? fronterizos?',
      'ingresar o salir',
    ],
  },
  {
    id: 'carrier',
    weight: 1.5,
    en: [
      'commercial carriers?',
      'carriers?',
      'transport (company|companies|operators?)',
      'owners? or operators?',
      'transportation line',
      'airlines?',
      'vessel or aircraft',
    ],
    fr: ['transporteurs?', 'entreprises? de transport'],
    es: ['transportistas?', 'empresas? de transporte', 'transportadores?'],
  },
  {
    id: 'travel_documents',
    weight: 1.4,
    en: [
      'travel documents?',
      'identity documents?',
      'passports?',
      'visas?',
      'identity card',
      'documents? of identity',
      'entry documents?',
      'permits?',
    ],
    fr: ['documents? de voyage', 'documents? d identite', 'passeports?', 'visas?', 'titres? de voyage'],
    es: ['documentos? de viaje', 'documentos? de identidad', 'pasaportes?', 'visas?', 'cedulas? de identidad'],
  },
  {
    id: 'document_fraud',
    weight: 1.3,
    en: [
      'forg(e|ed|es|ing|ery)',
      'counterfeit*',
      'falsif*',
      'falsely make',
      'fraudulent*',
      'alter(ed|s)?',
      'misrepresent*',
      'unlawful creation',
    ],
    fr: ['faux', 'falsifi*', 'contrefa*', 'frauduleu*'],
    es: ['falsific*', 'falsedad', 'adultera*', 'falso', 'fraudulent*'],
  },
  {
    id: 'migrant',
    weight: 1,
    en: [
      'migrants?',
      'aliens?',
      'foreigners?',
      'immigrants?',
      'emigrants?',
      'not a (citizen|national)',
      'non nationals?',
    ],
    fr: ['migrants?', 'etrangers?', 'ressortissants? etrangers?'],
    es: ['migrantes?', 'extranjer(o|os|a|as)', 'no sea nacional'],
  },
  {
    id: 'illegal_entry',
    weight: 1.4,
    en: [
      'illegal entry',
      'enter* ~ (illegally|unlawfully|in violation)',
      'place other than a designated',
      'prior official authori(s|z)ation',
      'without complying with the (legal |necessary )?requirements',
      'improper entry',
      'in contravention of',
    ],
    fr: ['entree illegale', 'entree irreguliere', 'entree ~ illegal*', 'penetrer ~ illegalement'],
    es: [
      'entrada ilegal',
      'ingreso ilegal',
      'ingreso clandestino',
      'entrada ~ ilegal*',
      '(entrar|ingresar|transitar) ~~ (vulner*|infring*|contravin*) ~ (legislacion|normativa|leyes)',
      'sin (haber )?cumpli* ~ requisitos ~~ (entrar|entrada|ingreso)',
    ],
  },
  {
    id: 'material_benefit',
    weight: 1.4,
    en: [
      'financial or [other] material benefit',
      'for [the purpose of getting] benefit',
      'private financial gain',
      'commercial advantage',
      'pecuniary benefits?',
      'for profit',
      'monetary (profit|or other considerations?)',
    ],
    fr: ['avantage (financier|materiel)', 'avantage materiel', 'but lucratif', 'profit'],
    es: ['animo de lucro', 'beneficio (economico|material|financiero)', 'lucro'],
  },
  {
    id: 'illegal_stay',
    weight: 1.4,
    en: [
      '(remain|remains|remaining|reside|residing|stay) ~~ (illegal*|unlawful*|in violation|without)',
      'legally remaining',
      'illegal (stay|residence)',
      'harbo(u)?r* ~~ (alien|aliens|illegal residents?)',
      'illegal residents?',
    ],
    fr: [
      'sejour (irregulier|illegal)',
      '(sejourner|demeurer|rester) ~~ (illegalement|irregulierement|sans satisfaire|sans remplir)',
      'maintien ~~ irregulier',
      'sejour legal',
    ],
    es: [
      'permanencia (ilegal|irregular)',
      'permanec* ~~ (ilegalmente|irregularmente|sin cumplir)',
      'residencia ilegal',
      'permanecer legalmente',
    ],
  },
  {
    id: 'endangering',
    weight: 1.3,
    en: [
      'endanger*',
      'jeopardy',
      'danger to [the] li(fe|ves)',
      'li(fe|ves) or safety',
      'serious [bodily] injury',
      'life threatening',
    ],
    fr: ['mett(re|ant) en danger', 'danger', 'peril'],
    es: ['peligro', 'poner en riesgo'],
  },
  {
    id: 'inhuman_treatment',
    weight: 1.4,
    en: ['inhuman*', 'degrading', 'cruel'],
    fr: ['inhumain*', 'degradant*', 'cruel*'],
    es: ['inhuman*', 'degradant*', 'cruel*'],
  },
  {
    id: 'non_liability',
    weight: 1.4,
    en: [
      'shall not [become] [be] [held] [criminally] (liable|prosecuted|punished|penali(s|z)ed)',
      'not [be] liable to [criminal] prosecution',
      'non punishment',
      'non prosecution',
      'non liability',
    ],
    fr: ['ne (peut|peuvent) [pas] etre (poursuivi|puni|tenu)*', 'n encour(t|ent) (pas|aucune)'],
    es: [
      'no (sera|seran) (punible|punibles|penad|sancionad|responsable)*',
      'exent(o|a|os|as) de (responsabilidad|pena)',
      'no podra ser (procesad|sancionad)*',
    ],
  },
  {
    id: 'rights',
    weight: 1,
    en: ['rights', 'torture', 'non refoulement', 'asylum', 'life or freedom would be threatened', 'persecution'],
    fr: ['droits', 'torture', 'non refoulement', 'asile'],
    es: ['derechos', 'tortura', 'no devolucion', 'asilo'],
  },
  {
    id: 'consular',
    weight: 1.5,
    en: ['consul(ar|ate)', 'diplomatic', 'embassy', 'representative of the state of which'],
    fr: ['consul*', 'diplomatique'],
    es: ['consul*', 'diplomatic*'],
  },
  {
    id: 'detention',
    weight: 1,
    en: ['detain*', 'detention', 'custody', 'arrested'],
    fr: ['detention', 'detenu*', 'arrete'],
    es: ['detencion', 'detenid*', 'arrestad*', 'privad(o|a) de [su] libertad'],
  },
  {
    id: 'ngo',
    weight: 1.2,
    en: ['non governmental organi(s|z)ations?', 'civil society', 'community based'],
    fr: ['organisations? non gouvernementales?', 'societe civile'],
    es: ['organizaciones? no gubernamentales?', 'sociedad civil'],
  },
  {
    id: 'information_exchange',
    weight: 1.1,
    en: ['exchang* ~ information', 'shar* ~ information', 'compilation and documentation of data', 'data'],
    fr: ['echang* ~ informations?'],
    es: ['intercambi* ~ informacion', 'compartir informacion'],
  },
  {
    id: 'cooperation',
    weight: 0.8,
    en: ['cooperat*', 'co operat*', 'coordinat*'],
    fr: ['cooperation', 'cooperer', 'coordination'],
    es: ['cooperacion', 'cooperar', 'coordinacion'],
  },
  {
    id: 'investigative_techniques',
    weight: 1.5,
    en: ['undercover', 'controlled deliver*', 'intercept*', 'electronic surveillance'],
    fr: ['infiltration', 'livraison surveillee', 'interception'],
    es: ['agentes? encubiertos?', 'entrega vigilada', 'interceptacion'],
  },
  {
    id: 'mutual_assistance',
    weight: 1.5,
    en: ['mutual [legal] assistance'],
    fr: ['entraide judiciaire'],
    es: ['asistencia judicial reciproca', 'asistencia juridica mutua'],
  },
  { id: 'laundering', weight: 1.5, en: ['launder*'], fr: ['blanchiment'], es: ['lavado de activos', 'blanqueo'] },
  {
    id: 'corruption',
    weight: 1.3,
    en: ['corrupt*', 'public officials?', 'public office'],
    fr: ['corruption', 'agents? publics?', 'fonctionnaires?'],
    es: ['corrupcion', 'funcionarios? publicos?', 'cargos? u oficios? publicos?'],
  },
  {
    id: 'vessel',
    weight: 1.2,
    en: ['vessels?', 'ships?', 'by sea', 'boarding'],
    fr: ['navires?', 'par mer'],
    es: ['buques?', 'embarcacion(es)?', 'por mar'],
  },
  {
    id: 'limitation',
    weight: 1.3,
    en: ['statute of limitations?', 'limitation period', 'prescription'],
    fr: ['prescription'],
    es: ['prescripcion', 'prescribe'],
  },
  {
    id: 'definition',
    weight: 0.6,
    en: [
      'in this (act|chapter|part|section)',
      'means',
      'has the meaning',
      'includes',
      'interpretation',
      'definitions?',
    ],
    fr: ['au sens de', 'on entend', 'definitions?', 's entend'],
    es: ['se entiende', 'se entendera', 'definiciones?', 'a los efectos'],
  },
];

/**
 * Concepts derived from a combination of others in the same provision. "Act + purpose" is the
 * shape of a trafficking offence (TIP art. 3(a)) whatever words the law uses, which lets an
 * offence that never says "trafficking" (a penal code's "captare, trasladare ... con fines de
 * explotación") be recognised as one.
 */
export const DERIVED_CONCEPTS: Concept[] = [{ id: 'trafficking_offence', weight: 5, en: [], fr: [], es: [] }];

const ACT_CONCEPTS = ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt'];
const PURPOSE_CONCEPTS = [
  'exploitation',
  'prostitution',
  'sexual_exploitation',
  'forced_labour',
  'slavery',
  'servitude',
  'organ_removal',
];

/** Derived concepts present given the concepts of one provision (or one requirement text). */
export function derivedConcepts(present: Set<string>): string[] {
  const acts = ACT_CONCEPTS.filter((a) => present.has(a)).length;
  return acts >= 2 && PURPOSE_CONCEPTS.some((p) => present.has(p)) ? ['trafficking_offence'] : [];
}

const CONCEPT_BY_ID = new Map([...CONCEPTS, ...DERIVED_CONCEPTS].map((c) => [c.id, c]));

/** The concept with this id (throws on an unknown id: a typo in a rule must not pass silently). */
export function concept(id: string): Concept {
  const c = CONCEPT_BY_ID.get(id);
  if (!c) throw new Error(`unknown lexicon concept ${id}`);
  return c;
}

const GAP = '(?:[^a-z0-9]+[a-z0-9]+){0,3}';
const LONG_GAP = '(?:[^a-z0-9]+[a-z0-9]+){0,16}';
const SEP = '[^a-z0-9]+';

/** Compile one pattern of the lexicon syntax (see `Concept`) into a regular-expression source, without flags. */
export function compilePattern(pattern: string): string {
  const parts =
    fold(pattern)
      .trim()
      .match(/\[[^\]]*\]|\S+/g) ?? [];
  const word = (w: string) => w.replace(/\*/g, '[a-z0-9]*');
  let src = '';
  for (const p of parts) {
    if (p === '~') src += GAP;
    else if (p === '~~') src += LONG_GAP;
    else if (p.startsWith('[')) {
      const inner = p.slice(1, -1).trim().split(/\s+/).map(word).join(SEP);
      src += `(?:${SEP}${inner})?`;
    } else src += (src === '' ? '' : SEP) + word(p);
  }
  return `(?<![a-z0-9])(?:${src})(?![a-z0-9])`;
}

/** One occurrence of a concept in a text: the concept id and the span in folded text. */
export interface ConceptHit {
  concept: string;
  start: number;
  end: number;
}

/**
 * Token-level form of the patterns, used to find concepts fast in long texts: each pattern is a
 * sequence of steps over words, indexed by the first letters of its first word, so that a text is
 * read once and only the few patterns that can start at a word are tried there.
 */
type Step = { kind: 'word'; re: RegExp } | { kind: 'optional'; words: RegExp[] } | { kind: 'gap'; max: number };

interface TokenPattern {
  concept: number;
  /** Global order: concept order, then the pattern's order within the concept (first alternative wins). */
  order: number;
  steps: Step[];
}

interface TokenIndex {
  byKey: Map<string, TokenPattern[]>;
  ids: string[];
}

/** Expand the first parenthesised alternative that contains a space ("(is|shall be)") into separate patterns. */
function expandSpaces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0 && open >= 0) {
        const inner = pattern.slice(open + 1, i);
        if (inner.includes(' ')) {
          const alternatives: string[] = [];
          let d = 0;
          let last = 0;
          for (let k = 0; k < inner.length; k++) {
            if (inner[k] === '(') d++;
            else if (inner[k] === ')') d--;
            else if (inner[k] === '|' && d === 0) {
              alternatives.push(inner.slice(last, k));
              last = k + 1;
            }
          }
          alternatives.push(inner.slice(last));
          // A "?" after the group makes it optional: keep a version without it.
          const optional = pattern[i + 1] === '?';
          const rest = pattern.slice(i + (optional ? 2 : 1));
          const head = pattern.slice(0, open);
          const out = alternatives.flatMap((a) => expandSpaces(`${head}${a}${rest}`));
          if (optional) out.push(...expandSpaces(`${head}${rest}`));
          return out.map((x) => x.replace(/\s+/g, ' ').trim());
        }
        open = -1;
      }
    }
  }
  return [pattern];
}

/** Expand a leading alternative ("(bring*|brought) ...") so that every pattern starts with a literal. */
function expandLead(pattern: string): string[] {
  const m = /^\(([^()]*)\)(\S*)(.*)$/.exec(pattern);
  if (!m) return [pattern];
  return m[1]!.split('|').flatMap((a) => expandLead(`${a}${m[2]}${m[3]}`));
}

function wordRe(word: string): RegExp {
  const cleaned = word
    .replace(/,\?/g, '')
    .replace(/\\[()]/g, '')
    .replace(/\*/g, '[a-z0-9]*');
  return new RegExp(`^(?:${cleaned})$`);
}

function literalPrefix(word: string): string {
  const cleaned = word.replace(/\\[()]/g, '');
  let lit = /^[a-z0-9]*/.exec(cleaned)![0];
  if (cleaned[lit.length] === '?') lit = lit.slice(0, -1);
  return lit;
}

function toSteps(pattern: string): { steps: Step[]; key: string } {
  const parts = pattern.match(/\[[^\]]*\]|\S+/g) ?? [];
  const steps: Step[] = [];
  for (const p of parts) {
    if (p === '~') steps.push({ kind: 'gap', max: 3 });
    else if (p === '~~') steps.push({ kind: 'gap', max: 16 });
    else if (p.startsWith('[')) steps.push({ kind: 'optional', words: p.slice(1, -1).trim().split(/\s+/).map(wordRe) });
    else steps.push({ kind: 'word', re: wordRe(p) });
  }
  const first = literalPrefix(parts[0] ?? '');
  return { steps, key: first.slice(0, 2) };
}

const tokenIndexes = new Map<LanguageCode, TokenIndex>();

function tokenIndexFor(lang: LanguageCode): TokenIndex {
  let index = tokenIndexes.get(lang);
  if (index) return index;
  index = { byKey: new Map(), ids: CONCEPTS.map((c) => c.id) };
  let order = 0;
  CONCEPTS.forEach((c, ci) => {
    for (const raw of c[lang])
      for (const pattern of expandSpaces(fold(raw).trim()).flatMap(expandLead)) {
        const { steps, key } = toSteps(pattern);
        let list = index!.byKey.get(key);
        if (!list) index!.byKey.set(key, (list = []));
        list.push({ concept: ci, order: order++, steps });
      }
  });
  for (const list of index.byKey.values()) list.sort((a, b) => a.order - b.order);
  tokenIndexes.set(lang, index);
  return index;
}

/** Index of the word after a match of `steps` from word `i`, or -1 (shortest gaps first). */
function matchSteps(words: string[], i: number, steps: Step[], k: number): number {
  if (k === steps.length) return i;
  const step = steps[k]!;
  if (step.kind === 'word')
    return i < words.length && step.re.test(words[i]!) ? matchSteps(words, i + 1, steps, k + 1) : -1;
  if (step.kind === 'optional') {
    if (i + step.words.length <= words.length && step.words.every((re, j) => re.test(words[i + j]!))) {
      const end = matchSteps(words, i + step.words.length, steps, k + 1);
      if (end >= 0) return end;
    }
    return matchSteps(words, i, steps, k + 1);
  }
  for (let j = 0; j <= step.max && i + j <= words.length; j++) {
    const end = matchSteps(words, i + j, steps, k + 1);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * Every concept occurrence in a folded text, for the given language's wordings. Occurrences of
 * one concept do not overlap; at a given word the concept's first matching wording wins.
 */
export function findConcepts(folded: string, lang: LanguageCode): ConceptHit[] {
  const index = tokenIndexFor(lang);
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const re = /[a-z0-9]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(folded))) {
    words.push(m[0]);
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  const hits: ConceptHit[] = [];
  const nextFree = new Int32Array(index.ids.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lists = [
      index.byKey.get(w.slice(0, 2)),
      w.length > 1 ? index.byKey.get(w[0]!) : undefined,
      index.byKey.get(''),
    ];
    let tried: TokenPattern[] = [];
    for (const l of lists) if (l) tried = tried.length ? [...tried, ...l].sort((a, b) => a.order - b.order) : l;
    let last = -1;
    for (const p of tried) {
      if (p.concept === last || nextFree[p.concept]! > i) continue;
      const end = matchSteps(words, i, p.steps, 0);
      if (end <= i) continue;
      hits.push({ concept: index.ids[p.concept]!, start: starts[i]!, end: ends[end - 1]! });
      nextFree[p.concept] = end;
      last = p.concept;
    }
  }
  return hits;
}
