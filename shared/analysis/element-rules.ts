import type { LanguageCode } from '../domain/source';

/**
 * Pattern lexicons of the checklist elements (resources/reference/elements.json), in the lexicon
 * syntax of `lexicon.ts`. An element is credited where one of its patterns occurs in the provisions
 * that implement its requirement; `not` lists words that, in the same sentence, show the hit is
 * about something else (a witness under 18 is not the definition of a child); `exclude` lists
 * patterns that, overlapping the hit, take it away ("receiving payments" is a means, not the act
 * of receipt).
 */
export interface ElementRule {
  en: string[];
  fr: string[];
  es: string[];
  not?: Partial<Record<LanguageCode, string[]>>;
  exclude?: Partial<Record<LanguageCode, string[]>>;
}

/** Words that place a liability or offence clause outside the Protocol offence (an arrest, a witness). */
const NOT_WITNESS = { en: ['witness*', 'complainant*'], fr: ['temoin*', 'plaignant*'], es: ['testig*'] };

export const ELEMENT_RULES: Record<string, ElementRule> = {
  // TIP art. 3(a): the acts.
  'act.recruitment': {
    en: ['recruit*', 'enlist*'],
    fr: ['recrut*', 'enrol*'],
    es: ['capt(a|e|o|ar|are|aren|en|acion)', 'reclut*'],
  },
  'act.transportation': {
    en: ['transport*', 'convey*', 'moving', 'moves? ~ (person|persons|women|children|a child)'],
    fr: ['transport*', 'deplac(e|er|ement)'],
    es: ['transport*', 'traslad*'],
  },
  'act.transfer': {
    en: ['transfer*', 'sell*', 'sold', 'sale of (a )?(person|persons|women|children)', 'hands? over'],
    fr: ['transfer*', 'ced(e|er|ent)', 'vend*'],
    es: ['transfier*', 'transferenc*', 'traslad*', 'entreg(a|e|are|ue)', 'vend(a|e|iere)', 'ofrec(e|iere)'],
  },
  'act.harbouring': {
    en: ['harbo(u)?r*', 'conceal*', 'holds? (a|another|the) person', 'holds, conceals'],
    fr: ['heberg(e|ent|er)', 'cach(e|ent|er)', 'detien(t|nent)', 'dissimul(e|ent|er)'],
    es: ['acog(e|er|iere|ieren|iera)', 'acoj(a|an)', 'ocult(a|e|are)', 'alberg(a|ue|are)', 'retuvi*', 'reten(ga|er)'],
  },
  'act.receipt': {
    en: ['receiv*', 'receipt', 'buy*', 'bought', 'purchas*'],
    fr: ['recoi(t|vent)', 'recev(oir|ant)', 'reception', 'accueill*', 'achet*'],
    es: ['recib(a|e|an|en|ir|iere|ieren|iera)', 'recepcion', 'compr(a|e|are)'],
    exclude: {
      en: ['receiv* ~ (payments?|benefits?|money|a financial)', 'giving or receiving'],
      fr: ['recev* ~ (paiements?|avantages?)'],
      es: ['recepcion de pagos?', 'recib* ~ (pagos?|beneficios?)'],
    },
  },
  // TIP art. 3(a): the means.
  'means.threat': { en: ['threat*'], fr: ['menac*'], es: ['amenaz*', 'intimidacion'] },
  'means.force': {
    en: ['force', 'forcibl*', 'violen(ce|t)'],
    fr: ['force', 'violence*', 'voies de fait'],
    es: ['fuerza', 'violencia'],
    // French "forcé" folds to "force": forced labour is a purpose, not a means.
    exclude: { fr: ['(travail|travaux|services?|mariages?) forc(e|es|ee|ees)'] },
  },
  'means.coercion': {
    en: ['coerc*', 'duress', 'compulsion'],
    fr: ['contrainte*', 'coercition'],
    es: ['coaccion', 'coercion', 'coercitiv*'],
  },
  'means.abduction': {
    en: ['abduct*', 'kidnap*'],
    fr: ['enlev(e|ement|er|ent)', 'rapt'],
    es: ['rapto', 'secuestr*', 'sustrac*', 'sustra(e|jere)'],
  },
  'means.fraud': { en: ['fraud', 'fraudulent*', 'by fraud'], fr: ['fraud(e|uleu*)'], es: ['fraude*'] },
  'means.deception': {
    en: ['decei*', 'decept*', 'false promises?', 'false representation'],
    fr: ['tromp(e|erie|eries|ent)', 'manoeuvres? frauduleuses?'],
    es: ['engan(o|os|ar|are)', 'ardid*'],
  },
  'means.abuse_of_power': {
    en: ['abuse ~ (power|authority)'],
    fr: ['abus (d|de) ~ (autorite|pouvoir)'],
    es: ['abuso de ~ (poder|autoridad)'],
  },
  'means.vulnerability': { en: ['vulnerab*'], fr: ['vulnerab*'], es: ['vulnerab*'] },
  'means.payments': {
    en: ['payments? or benefits?', 'giving or receiving ~ (payments?|benefits?)', 'payments? ~~ to obtain the consent'],
    fr: ['paiements? ou ~ avantages?', '(offre|acceptation) de paiements?'],
    es: ['pagos? (u|o) ~ beneficios?', 'concesion o recepcion de pagos?'],
  },
  // TIP art. 3(a): the purposes.
  'purpose.prostitution': { en: ['prostitut*'], fr: ['prostitu*'], es: ['prostitu*'] },
  'purpose.sexual_exploitation': {
    en: ['sexual exploitation', 'sexual(ly)? ~ exploit*', 'sexual services?', 'sexual purposes?', 'pornograph*'],
    fr: ['exploitation sexuelle', 'fins? sexuelles?', 'services? sexuels?', 'pornograph*'],
    es: ['explotacion sexual', 'sexual(es)? ~ explot*', 'servicios? sexuales?', 'pornograf*'],
  },
  'purpose.forced_labour': {
    en: [
      'forced (labour|labor|work)',
      'compulsory (labour|labor|work)',
      '(labour|labor|work) or [a] services?',
      'forced ~ services?',
      'extraction of work',
    ],
    fr: ['travail forc*', 'travaux forces', 'travail obligatoire', 'travail ou [ses] services', 'services forces'],
    es: ['trabajos? (forzosos?|forzados?|obligatorios?)', 'servicios? forzados?', 'trabajos? o servicios?'],
  },
  'purpose.slavery': {
    en: ['slavery', 'slaves?', 'enslav*'],
    fr: ['esclavage', 'esclaves?'],
    es: ['esclavitud', 'esclav(o|os|a|as)'],
  },
  'purpose.slavery_like': {
    en: [
      'practices similar to slavery',
      'slavery like',
      'debt bondage',
      'serfdom',
      '(servile|forced|child|early) marriages?',
    ],
    fr: ['pratiques analogues a l esclavage', 'servitude pour dettes', 'servage', 'mariage (force|servile)'],
    es: ['practicas analogas', 'servidumbre por deudas', 'matrimonio (servil|forzado|forzoso|infantil)'],
  },
  'purpose.servitude': { en: ['servitude'], fr: ['servitude'], es: ['servidumbre'] },
  'purpose.organ_removal': {
    en: [
      'remov* ~ (organs?|tissues?|body parts?)',
      'organs? ~ (removed|removal|extract*|harvest*)',
      'removal of organs',
    ],
    fr: ['prelev* ~ (organes?|tissus)', 'organes?'],
    es: ['extraccion de organos', 'organos?', 'extirpacion'],
  },
  // TIP art. 3(b).
  'consent.irrelevant': {
    en: [
      'consent ~~ (irrelevant|not be relevant|not relevant|immaterial|no defen(c|s)e|not a defen(c|s)e)',
      'with or without [the] consent',
      'no consent ~~ (is|shall be) valid',
      '(regardless|irrespective) of ~~ consent*',
      'notwithstanding ~~ consent',
      'consent ~~ shall not (be|constitute) a defen(c|s)e',
      // Consent irrelevance written as a rule of liability: "it shall not be a defence … that the victim consented".
      '(not be|no) [a] defen(c|s)e ~~ consented',
      'consent ~~ (does|shall) not (exclude|relieve|affect) ~~ (liability|responsibility)',
    ],
    fr: [
      'ne constitue pas un consentement valable',
      'consentement ~~ (indifferent|sans effet|inoperant|n est pas pertinent|ne peut etre invoque)',
      'avec ou sans ~ consentement',
      'malgre ~ consentement',
      'consentement ~~ (ne fait pas obstacle|n exonere pas|n exclut pas|n enleve pas)',
    ],
    es: [
      'aunque mediare ~ consentimiento',
      'con o sin ~ consentimiento',
      'consentimiento ~~ (irrelevante|no sera tenido en cuenta|no excluye|no exime|no se tendra en cuenta|carece de efecto)',
      'consentimiento ~~ no (constituira|constituye|sera) ~~ (exoneracion|eximente|excluyente)',
    ],
  },
  // TIP art. 3(c).
  'child.no_means': {
    en: [
      '(child|children|minor|minors) ~~ even if ~~ (not involve|no|without) ~~ means',
      '(child|children) ~~ (need not|does not need|irrespective of|regardless of) ~~ means',
      'means ~~ (shall|need) not (be )?(required|necessary|proved) ~~ (child|children|minor)',
    ],
    fr: ['enfant ~~ (meme|alors) ~~ (aucun|sans) ~~ moyens', 'enfant ~~ meme en l absence'],
    es: [
      'menor(es)? de edad ~~ aun cuando no (concurriere|medie|mediare)',
      '(nin(o|a|os|as)|menor(es)?) ~~ aun cuando no (concurriere|medie|mediare)',
      '(nin(o|a|os|as)|menor(es)?) ~~ (no sera necesario|sin necesidad) ~~ (medios|violencia)',
    ],
  },
  // TIP art. 3(d).
  'child.under18': {
    en: [
      '(child|children|minor) ~~ (means|is|includes) ~~ (under|below|less than|not attained) ~~ (eighteen|18)',
      'not attained the age of (eighteen|18)',
      '(under|below|less than) [the] [age] [of] (eighteen|18) [years]',
      'child ~~ has the meaning',
    ],
    fr: ['(moins de|n a pas atteint l age de) (dix huit|18) ans', 'mineur ~~ (dix huit|18) ans'],
    es: [
      'menor(es)? de (dieciocho|18) [18] anos',
      'menor(es)? de edad',
      'no haya cumplido [los] (dieciocho|18)',
      'nin(o|a|os|as) ~~ (dieciocho|18) anos',
    ],
    not: NOT_WITNESS,
  },
  // TIP art. 5(2), SOM art. 6(2): the same three ids in both checklists.
  'liability.attempt': {
    en: [
      'attempt(s|ed|ing)? to (commit|engage|bring|transport|conceal|harbo(u)?r|shield|procure|produce|possess|provide|smuggle|traffic*|recruit|induce|organi(s|z)e|do so|facilitate)',
      'attempts or does any act preparatory',
      'attempt(s|ing)? ~ (an|the|such|any) offen(c|s)e',
      'attempt thereof',
    ],
    fr: [
      'tentative ~ (de|d) ~ (commettre|infraction|traite|delit|crime)',
      'tentative ~~ (est|sont|sera|seront) puni*',
      'tente de (commettre|recruter|transporter|faire)',
    ],
    es: ['tentativa', 'comienza su ejecucion', 'intent(are|e|a|en) ~ (cometer|facilitar|promover|ingresar)'],
    not: { en: ['arrest'], fr: ['arrestation'], es: ['detencion'] },
  },
  'liability.accomplice': {
    en: [
      'aid(s|ed|ing)? (and|or) abet*',
      'abet(s|ted|ting|ment|tor|tors)?',
      'accomplices?',
      'complicity',
      'counsel(s|led|ling)? ~~ (commission|commit)',
      'accessor(y|ies) (to|before|after)',
      'facilitat* the commission',
      'participat* as an accomplice',
    ],
    fr: ['complic(e|es|ite)', 'aide ou (assiste|encourage)', 'participe a la commission'],
    es: [
      'complic(e|es|idad)',
      'cooper(en|are|aren|asen)',
      'auxilio',
      '(promueva|facilite|financie) ~~ (ejecucion|comision) de',
      'sera sancionado como autor',
      'presten ~ (ayuda|auxilio)',
    ],
  },
  'liability.organizing': {
    en: [
      'organi(s|z)(es|ed|ing|e)? or direct(s|ed|ing)?',
      'direct(s|ed|ing)? other persons',
      'organi(s|z)(es|ed|e) ~~ persons',
      'conspir(acy|acies|es|ed|e|ing)',
      'controls ~~ commission',
      'organi(s|z)ers?',
    ],
    fr: [
      'organis(e|ent|er) ou dirig*',
      'dirig(e|ent|er) ~~ (autres personnes|commission)',
      'complot*',
      'association de malfaiteurs',
      'organisateur*',
    ],
    es: [
      'organizaren',
      'se asociaren',
      'organizadores?',
      'jefes',
      'determinado directamente a otro',
      'asociacion ilicita',
      'dirig(iere|e|iera) ~~ (otras personas|organizacion|asociacion)',
      '(promueva|financie) ~~ (ejecucion|comision) de',
    ],
  },
  // TIP art. 6(3).
  'recovery.housing': {
    en: ['housing', 'shelter', 'accommodation', 'safe houses?'],
    fr: ['logement', 'hebergement', 'foyers?', 'refuge'],
    es: ['alojamiento', 'albergues?', 'vivienda', 'refugios?', 'casas? de acogida'],
  },
  'recovery.counselling': {
    en: [
      'counsel(l)?ing',
      'psycho(social|logical) (support|assistance|counsel*)',
      'legal (advice|information|assistance)',
    ],
    fr: ['conseils?', 'soutien psycholog*', 'information ~~ droits'],
    es: ['orientacion', 'asesoramiento', 'apoyo psicolog*', 'asistencia (juridica|legal)'],
  },
  'recovery.medical': {
    en: ['medical', 'health care', 'psychological (treatment|assistance)', 'material assistance'],
    fr: ['medical*', 'soins', 'assistance materielle'],
    es: ['medic(a|o|as|os)', 'salud', 'prestaciones especializadas', 'asistencia material'],
  },
  'recovery.employment': {
    en: ['employment', 'education*', 'vocational', 'job training', 'work for gain', 'training opportunities'],
    fr: ['emploi', 'education', 'formation'],
    es: ['empleo', 'educacion', 'formacion', 'capacitacion'],
  },
  // TIP art. 6(6).
  'victim.compensation': {
    en: ['compensat*', 'restitution', 'damages', 'reparation', 'indemni*'],
    fr: ['indemnis*', 'reparation', 'dommages', 'restitution', 'dedommag*'],
    es: ['indemniz*', 'reparacion', 'restitucion', 'resarcimiento', 'danos'],
  },
  // SOM art. 3(a).
  'smuggling.illegal_entry': {
    en: [
      'illegal entry',
      'unlawful entry',
      'improper entry',
      'enter* ~ (illegally|unlawfully|clandestinely)',
      '(entry|enter|entering) ~~ (in violation|contrary to|without complying)',
      'place other than [as] [a] designated',
      'not received prior official authori(s|z)ation',
    ],
    fr: [
      'entree (illegale|irreguliere|clandestine)',
      'entrer ~~ (illegalement|irregulierement|clandestinement)',
      'franchissement illegal',
    ],
    es: [
      'entrada ilegal',
      'ingreso (ilegal|clandestino|irregular)',
      'ingres(e|are|ar) ~~ (ilegalmente|clandestinamente)',
      'entrada ~~ (ilegal|irregular)',
    ],
  },
  'smuggling.material_benefit': {
    en: [
      'financial or [other] material benefit',
      'for [the purpose of getting] benefit',
      'financial gain',
      'commercial advantage',
      'pecuniary (benefit|benefits|advantage|gain)',
      'for (profit|gain|reward)',
      'material benefit',
      'monetary or other consideration*',
    ],
    fr: ['avantage (financier|materiel)', 'but lucratif', 'contrepartie', 'profit'],
    es: ['animo de lucro', 'beneficio (economico|material|financiero)', 'fines de lucro', 'lucro'],
  },
  'smuggling.non_national': {
    en: [
      'not a (national|citizen)',
      'of which the person is not a national',
      'aliens?',
      'foreigners?',
      'non (nationals?|citizens?)',
    ],
    fr: ['etranger*', 'n est pas ~ ressortissant', 'non ressortissant*'],
    es: ['no sea nacional', 'extranjer(o|os|a|as)', 'no nacionales?'],
  },
  // SOM art. 5.
  // The exemption must be about having been smuggled, not any "shall not be liable".
  'migrant.non_criminalization': {
    en: [
      'smuggled ~ (migrant|migrants|person|persons|alien|aliens) ~~ not ~~ (liable|prosecut*|punish*|penali(s|z)*)',
      '(migrant|migrants|person|persons|alien|aliens) ~~ not ~~ (liable|prosecut*|punish*) ~~ (object of|having been smuggled|smuggling)',
    ],
    fr: [
      '(migrants?|personnes?|etrangers?) ~~ objet ~~ (ne|n) ~~ (poursuivi*|puni*|responsables?)',
      '(ne|n) ~~ (poursuivi*|puni*|responsables?) ~~ (objet|trafic illicite de migrants)',
    ],
    es: [
      '(migrantes?|personas?) ~~ objeto ~~ no ~~ (punible*|responsables?|penad*|sancionad*|procesad*)',
      'no ~~ (punible*|responsables?|penad*|sancionad*|procesad*) ~~ (objeto del trafico|trafico de migrantes)',
    ],
  },
  // SOM art. 6(1).
  'offence.smuggling': {
    en: [
      'smuggl*',
      '(bring|brings|brought|bringing) ~~ (alien|aliens|migrants?|persons?) ~~ (into|to)',
      '(bring|brings) to or attempts to bring',
      'facilitat* ~~ (illegal|unlawful) entry',
      'organi(s|z)es ~~ persons to leave',
      'procur* ~~ illegal entry',
    ],
    fr: [
      'trafic illicite de migrants',
      'aide ~~ (entree|sejour) ~~ irregul*',
      'facilit* ~~ entree ~~ (illegale|irreguliere)',
    ],
    es: ['trafico ~~ migrantes', '(facilite|promueva|facilitare|promoviere) ~~ (entrada|ingreso) ilegal'],
  },
  'offence.document_producing': {
    en: [
      '(produc(es|e|ing)|forg(e|es|ed|ing)|counterfeit(s|ed|ing)?|falsif(y|ies|ied)|falsely mak(e|es)|fabricat(e|es|ing)) ~~ (document|documents|passport|passports|visa|visas|permit|permits|card|cards|certificate|certificates)',
    ],
    fr: [
      '(fabriqu|falsifi|contrefa|produi)* ~~ (documents?|passeports?|visas?|titres?)',
      'faux (documents?|passeports?)',
    ],
    es: ['(falsific|adulter|fabric|produ|elabor)* ~~ (documentos?|pasaportes?|visas?|cedulas?)', 'documentos? falsos?'],
  },
  'offence.document_possessing': {
    en: [
      '(procur(es|e|ing)|provid(es|e|ing)|possess(es|ing)?|obtain(s|ing)?|furnish(es|ing)?|us(e|es|ing)|accept(s|ing)?|sell(s|ing)?) ~~ (forged|false|falsely|counterfeit|fraudulent|altered|such|a) ~~ (document|documents|passport|passports|visa|visas|permit|permits)',
    ],
    fr: ['(procur|fourni|deten|possed|fait usage)* ~~ (documents?|passeports?) ~~ (faux|falsifi|frauduleu)*'],
    es: [
      '(procur|proporcion|pose|tenencia|suministr|us)* ~~ (documentos?|pasaportes?) ~~ (falsos?|falsificad*|adulterad*)',
    ],
  },
  'offence.illegal_stay': {
    en: [
      '(remain|remains|remaining|reside|resides|residing|stay|stays) ~~ (in violation|illegal*|unlawful*|without complying|without authori*)',
      'legally remaining',
      'harbo(u)?r* ~~ (alien|aliens|illegal residents?|not a citizen)',
      'shield* from detection',
    ],
    fr: ['sejour (irregulier|illegal)', '(demeurer|sejourner|rester|maintien) ~~ (illegal|irregul)*', 'aide au sejour'],
    es: [
      'permanencia (ilegal|irregular)',
      'permanec* ~~ (ilegal|irregular)*',
      'residencia ilegal',
      '(permanecer|residir) ~~ sin cumplir',
    ],
  },
  // SOM art. 6(3).
  'aggravation.endangering_life': {
    en: [
      'endanger* ~~ (life|lives|safety)',
      '(places|placed|placing) in jeopardy ~~ (life|lives)',
      '(life|lives) or safety',
      'danger ~ (life|lives)',
    ],
    fr: ['met* en danger ~~ (vie|securite)', 'danger ~~ (vie|mort)'],
    es: ['peligro ~~ (vida|integridad|salud|seguridad)'],
  },
  'aggravation.inhuman_treatment': {
    en: ['inhuman*', 'degrading', 'cruel'],
    fr: ['inhumain*', 'degradant*', 'cruel*'],
    es: ['inhuman*', 'degradant*', 'cruel*'],
  },
};

/** A child defined with an age threshold below 18, contrary to TIP art. 3(d) (an anti-pattern). */
export const CHILD_BELOW_18: Partial<Record<LanguageCode, string[]>> = {
  en: [
    '(child|minor) ~~ (means|is) ~~ (under|below|less than) ~ (sixteen|fifteen|fourteen|thirteen|twelve|16|15|14|13|12)',
  ],
  fr: ['(enfant|mineur) ~~ moins de (seize|quinze|quatorze|16|15|14) ans'],
  es: ['(nino|menor) ~~ (se entiende|significa|toda persona) ~~ menor de (dieciseis|quince|catorce|16|15|14)'],
};

/**
 * Requirements that are items of a chapeau with a checklist, and the elements that decide them:
 * TIP art. 5(2)(a) is the attempt element of the 5(2) checklist, and so on.
 */
export const ITEM_ELEMENTS: Record<string, string[]> = {
  'tip-protocol:5(2)(a)': ['liability.attempt'],
  'tip-protocol:5(2)(b)': ['liability.accomplice'],
  'tip-protocol:5(2)(c)': ['liability.organizing'],
  'tip-protocol:6(3)(a)': ['recovery.housing'],
  'tip-protocol:6(3)(b)': ['recovery.counselling'],
  'tip-protocol:6(3)(c)': ['recovery.medical'],
  'tip-protocol:6(3)(d)': ['recovery.employment'],
  'som-protocol:6(1)(a)': ['offence.smuggling'],
  'som-protocol:6(1)(b)': ['offence.document_producing', 'offence.document_possessing'],
  'som-protocol:6(1)(b)(i)': ['offence.document_producing'],
  'som-protocol:6(1)(b)(ii)': ['offence.document_possessing'],
  'som-protocol:6(1)(c)': ['offence.illegal_stay'],
  'som-protocol:6(2)(a)': ['liability.attempt'],
  'som-protocol:6(2)(b)': ['liability.accomplice'],
  'som-protocol:6(2)(c)': ['liability.organizing'],
  'som-protocol:6(3)(a)': ['aggravation.endangering_life'],
  'som-protocol:6(3)(b)': ['aggravation.inhuman_treatment'],
};

/**
 * Where each checklist's elements are looked for: the provisions that best match these
 * requirements (the offence and its definition, for the definition checklists).
 */
export const CHECKLIST_ANCHORS: Record<string, string[]> = {
  'tip-protocol:3(a)': ['tip-protocol:3(a)', 'tip-protocol:5(1)'],
  'tip-protocol:3(b)': ['tip-protocol:3(b)', 'tip-protocol:3(a)', 'tip-protocol:5(1)'],
  'tip-protocol:3(c)': ['tip-protocol:3(c)', 'tip-protocol:3(a)', 'tip-protocol:5(1)'],
  // The child of art. 3(d) is the child of the trafficking offence: read the offence first.
  'tip-protocol:3(d)': ['tip-protocol:3(a)', 'tip-protocol:3(c)', 'tip-protocol:3(d)'],
  'tip-protocol:5(2)': ['tip-protocol:5(1)'],
  'tip-protocol:6(3)': ['tip-protocol:6(3)'],
  'tip-protocol:6(6)': ['tip-protocol:6(6)'],
  'som-protocol:3(a)': ['som-protocol:3(a)', 'som-protocol:6(1)(a)'],
  'som-protocol:5': ['som-protocol:5'],
  'som-protocol:6(1)': ['som-protocol:6(1)(a)'],
  'som-protocol:6(2)': ['som-protocol:6(1)(a)'],
  'som-protocol:6(3)': ['som-protocol:6(3)'],
};

/** Defined terms whose definitions are read with each checklist (folded-text patterns). */
const TRAFFICKING_TERMS =
  'traffick|traite|trata|exploit|explot|prostitut|labou?r|travail|trabajo|slave|esclav|servitud|servidumbre';
const CHILD_TERMS = 'child|minor|enfant|mineur|nino|menor';

export const CHECKLIST_TERMS: Record<string, RegExp> = {
  'tip-protocol:3(a)': new RegExp(TRAFFICKING_TERMS),
  'tip-protocol:3(b)': new RegExp(`${TRAFFICKING_TERMS}|consent`),
  'tip-protocol:3(c)': new RegExp(`${TRAFFICKING_TERMS}|${CHILD_TERMS}`),
  'tip-protocol:3(d)': new RegExp(CHILD_TERMS),
  'som-protocol:3(a)':
    /smuggl|trafic|migrant|illegal entry|entree|entrada|benefit|avantage|beneficio|alien|foreign|etranger|extranjer/,
  'som-protocol:6(1)': /smuggl|trafic|document|harbo/,
};
