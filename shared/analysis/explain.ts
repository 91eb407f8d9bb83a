import type { LanguageCode } from '../domain/source';
import type { ReferenceLibrary } from '../reference/types';
import { conceptLabel } from './rules';
import type { Finding, FindingCode, LawKind, ReasonCode, ReasonParams } from './types';

/**
 * The analysis output in the user's language. Every requirement result carries a reason code and
 * its parameters (`reasonCode`, `reasonParams`) beside the English `reason`, and every finding a
 * code and parameters; this module renders them in English, French or Spanish, with element names
 * taken from the element checklists of the reference data. Pure: no I/O.
 *
 * The English `reason` and `message` written by the analysis are rendered here too, so the three
 * languages say the same thing.
 */

type Lang = LanguageCode;
type Params = ReasonParams;

/** Names of elements, concepts and kinds of law, in the user's language. */
export interface Labels {
  element(id: string, lang: Lang): string;
  concept(id: string, lang: Lang): string;
}

/** Element names from the library's checklists; concept names from the rules data. */
export function labelsFrom(library: Pick<ReferenceLibrary, 'checklists'> | null): Labels {
  const elements = new Map<string, Record<Lang, string>>();
  for (const c of library?.checklists ?? [])
    for (const g of c.groups) for (const e of g.elements) if (!elements.has(e.id)) elements.set(e.id, e.label);
  return {
    element: (id, lang) => elements.get(id)?.[lang] ?? id,
    concept: (id, lang) => conceptLabel(id)[lang],
  };
}

/** Names of the kinds of law a body of law is made of (where a measure usually lives). */
export const LAW_KIND_NAMES: Record<LawKind, Record<Lang, string>> = {
  'trafficking-act': {
    en: 'an anti-trafficking act',
    fr: 'une loi contre la traite des personnes',
    es: 'una ley contra la trata de personas',
  },
  'smuggling-act': {
    en: 'an act against the smuggling of migrants',
    fr: 'une loi contre le trafic illicite de migrants',
    es: 'una ley contra el tráfico ilícito de migrantes',
  },
  'penal-code': { en: 'the penal code', fr: 'le code pénal', es: 'el código penal' },
  'penal-code-general-part': {
    en: 'the general part of the penal code',
    fr: 'la partie générale du code pénal',
    es: 'la parte general del código penal',
  },
  immigration: {
    en: 'the immigration act',
    fr: "la loi sur l'entrée et le séjour des étrangers",
    es: 'la ley de migración',
  },
  'criminal-procedure': {
    en: 'the code of criminal procedure',
    fr: 'le code de procédure pénale',
    es: 'el código de procedimiento penal',
  },
  'mutual-legal-assistance': {
    en: 'the mutual legal assistance and extradition act',
    fr: "la loi sur l'entraide judiciaire et l'extradition",
    es: 'la ley de asistencia judicial recíproca y extradición',
  },
  'anti-money-laundering': {
    en: 'the anti-money-laundering act',
    fr: 'la loi contre le blanchiment de capitaux',
    es: 'la ley contra el lavado de activos',
  },
  'anti-corruption': {
    en: 'the anti-corruption act',
    fr: 'la loi contre la corruption',
    es: 'la ley contra la corrupción',
  },
  'witness-protection': {
    en: 'the witness protection act',
    fr: 'la loi sur la protection des témoins',
    es: 'la ley de protección de testigos',
  },
  'victim-compensation': {
    en: "the victims' compensation act",
    fr: "la loi sur l'indemnisation des victimes",
    es: 'la ley de reparación a las víctimas',
  },
};

/** Short names of the finding codes, used when a reason lists them. */
const FINDING_NAMES: Record<FindingCode, Record<Lang, string>> = {
  'offence-requires-transnationality': {
    en: 'the offence requires a transnational element',
    fr: "l'infraction exige un élément transnational",
    es: 'el delito exige un elemento transnacional',
  },
  'offence-requires-organized-group': {
    en: 'the offence requires an organized criminal group',
    fr: "l'infraction exige un groupe criminel organisé",
    es: 'el delito exige un grupo delictivo organizado',
  },
  'consent-defence': {
    en: "the victim's consent is a defence",
    fr: 'le consentement de la victime exonère',
    es: 'el consentimiento de la víctima exime',
  },
  'child-means-required': {
    en: 'means are required for child victims',
    fr: 'des moyens sont exigés pour les enfants victimes',
    es: 'se exigen medios para las víctimas menores de edad',
  },
  'child-age-below-18': {
    en: 'the age of a child is set below eighteen',
    fr: "l'âge de l'enfant est fixé en dessous de dix-huit ans",
    es: 'la edad del niño se fija por debajo de dieciocho años',
  },
  'migrant-criminalized': {
    en: 'smuggled migrants are punishable',
    fr: 'les migrants objet de trafic sont punissables',
    es: 'los migrantes objeto de tráfico son punibles',
  },
  'smuggling-without-benefit': {
    en: 'no financial or other material benefit required',
    fr: "aucun avantage financier ou autre avantage matériel n'est exigé",
    es: 'no se exige un beneficio financiero u otro beneficio de orden material',
  },
  'element-in-substance': { en: 'element in substance', fr: 'élément en substance', es: 'elemento en sustancia' },
  'element-by-reference': { en: 'element by reference', fr: 'élément par renvoi', es: 'elemento por remisión' },
  'candidate-not-credited': {
    en: 'candidate not credited',
    fr: 'candidat non retenu',
    es: 'candidato no acreditado',
  },
  'reference-to-other-law': {
    en: 'reference to another law',
    fr: 'renvoi à une autre loi',
    es: 'remisión a otra ley',
  },
  'general-part': {
    en: 'general part of the code',
    fr: 'partie générale du code',
    es: 'parte general del código',
  },
  'law-not-supplied': {
    en: 'law not supplied',
    fr: 'loi non fournie',
    es: 'ley no aportada',
  },
};

const str = (p: Params, k: string): string => {
  const v = p[k];
  return v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);
};
const list = (p: Params, k: string): string[] => {
  const v = p[k];
  return Array.isArray(v) ? v : v === undefined || v === '' ? [] : [String(v)];
};
const num = (p: Params, k: string): number => Number(p[k] ?? 0);

const AND: Record<Lang, string> = { en: 'and', fr: 'et', es: 'y' };

/** "a, b and c" in the language. */
function join(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items[items.length - 1]}`;
}

/** Renders one reason. */
type Template = (p: Params, x: ListWording) => string;
/** How a template words its parameters in one language: the lists of elements, concepts, findings, kinds. */
interface ListWording {
  lang: Lang;
  elements(k: string): string;
  concepts(k: string): string;
  findings(k: string): string;
  kind(k: string): string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const REASONS: Record<ReasonCode, Record<Lang, Template>> = {
  'general-clause': {
    en: () => 'General or final clause of the instrument: no national measure is expected.',
    fr: () => "Clause générale ou finale de l'instrument : aucune mesure nationale n'est attendue.",
    es: () => 'Cláusula general o final del instrumento: no se espera ninguna medida nacional.',
  },
  'out-of-scope': {
    en: () => 'Put out of scope for this assessment.',
    fr: () => 'Exclu du champ de cette évaluation.',
    es: () => 'Excluido del alcance de esta evaluación.',
  },
  'not-supplied': {
    en: (p, x) =>
      `Not assessed: usually in ${x.kind('kind')}, which was not supplied${p.cite ? ` (closest provision supplied: ${str(p, 'cite')})` : ''}.`,
    fr: (p, x) =>
      `Non évalué : relève d'ordinaire de ${x.kind('kind')}, qui n'a pas été fourni(e)${p.cite ? ` (disposition fournie la plus proche : ${str(p, 'cite')})` : ''}.`,
    es: (p, x) =>
      `No evaluado: suele figurar en ${x.kind('kind')}, que no se aportó${p.cite ? ` (disposición aportada más cercana: ${str(p, 'cite')})` : ''}.`,
  },
  'no-offence': {
    en: () => 'No Protocol offence was found in the acts.',
    fr: () => "Aucune infraction visée par le Protocole n'a été trouvée dans les textes.",
    es: () => 'No se encontró en los textos ningún delito previsto en el Protocolo.',
  },
  'offence-restricted': {
    en: (p, x) => `The offence (${str(p, 'cites')}) is restricted: ${x.findings('codes')}.`,
    fr: (p, x) => `L'infraction (${str(p, 'cites')}) est restreinte : ${x.findings('codes')}.`,
    es: (p, x) => `El delito (${str(p, 'cites')}) es restringido: ${x.findings('codes')}.`,
  },
  'offence-unrestricted': {
    en: (p) =>
      `The offence in ${str(p, 'cites')} requires neither a transnational element nor an organized criminal group.`,
    fr: (p) => `L'infraction prévue à ${str(p, 'cites')} n'exige ni élément transnational ni groupe criminel organisé.`,
    es: (p) =>
      `El delito previsto en ${str(p, 'cites')} no exige elemento transnacional ni grupo delictivo organizado.`,
  },
  'no-offence-with-penalty': {
    en: () => 'No Protocol offence with a penalty was found in the acts.',
    fr: () => "Aucune infraction du Protocole assortie d'une peine n'a été trouvée dans les textes.",
    es: () => 'No se encontró en los textos ningún delito del Protocolo con pena.',
  },
  'penalties-set': {
    en: (p) =>
      `Penalties are set for the offences in ${str(p, 'cites')}; check that they reflect the gravity of the offence.`,
    fr: (p) =>
      `Des peines sont prévues pour les infractions de ${str(p, 'cites')} ; vérifier qu'elles tiennent compte de la gravité de l'infraction.`,
    es: (p) =>
      `Se prevén penas para los delitos de ${str(p, 'cites')}; compruebe que tengan en cuenta la gravedad del delito.`,
  },
  'elements-none-candidate': {
    en: (p, x) => `Candidate ${str(p, 'cite')} found, but it does not contain ${x.elements('missing')}.`,
    fr: (p, x) => `Candidat ${str(p, 'cite')} trouvé, mais il ne contient pas : ${x.elements('missing')}.`,
    es: (p, x) => `Se encontró el candidato ${str(p, 'cite')}, pero no contiene: ${x.elements('missing')}.`,
  },
  'elements-none': {
    en: (_p, x) => `Not found: ${x.elements('missing')}.`,
    fr: (_p, x) => `Non trouvé : ${x.elements('missing')}.`,
    es: (_p, x) => `No encontrado: ${x.elements('missing')}.`,
  },
  'elements-all': {
    en: (p) => {
      const n = num(p, 'count');
      const via = num(p, 'inSubstance');
      return `All ${n} ${plural(n, 'element', 'elements')} present${list(p, 'where').length ? ` (${str(p, 'where')})` : ''}${via ? `, ${via} in substance or by reference` : ''}.`;
    },
    fr: (p) => {
      const n = num(p, 'count');
      const via = num(p, 'inSubstance');
      return `${n === 1 ? "L'élément est présent" : `Les ${n} éléments sont présents`}${list(p, 'where').length ? ` (${str(p, 'where')})` : ''}${via ? `, dont ${via} en substance ou par renvoi` : ''}.`;
    },
    es: (p) => {
      const n = num(p, 'count');
      const via = num(p, 'inSubstance');
      return `${n === 1 ? 'El elemento está presente' : `Los ${n} elementos están presentes`}${list(p, 'where').length ? ` (${str(p, 'where')})` : ''}${via ? `, ${via} en sustancia o por remisión` : ''}.`;
    },
  },
  'elements-some': {
    en: (p, x) =>
      `${num(p, 'count')} of ${num(p, 'total')} elements present${list(p, 'where').length ? ` (${str(p, 'where')})` : ''}; missing: ${x.elements('missing')}.`,
    fr: (p, x) =>
      `${num(p, 'count')} éléments sur ${num(p, 'total')} présents${list(p, 'where').length ? ` (${str(p, 'where')})` : ''} ; manquent : ${x.elements('missing')}.`,
    es: (p, x) =>
      `${num(p, 'count')} de ${num(p, 'total')} elementos presentes${list(p, 'where').length ? ` (${str(p, 'where')})` : ''}; faltan: ${x.elements('missing')}.`,
  },
  'elements-anti-patterns': {
    en: (p, x) =>
      `Elements present${list(p, 'where').length ? ` (${str(p, 'where')})` : ''}, but ${x.findings('codes')}.`,
    fr: (p, x) =>
      `Éléments présents${list(p, 'where').length ? ` (${str(p, 'where')})` : ''}, mais ${x.findings('codes')}.`,
    es: (p, x) =>
      `Elementos presentes${list(p, 'where').length ? ` (${str(p, 'where')})` : ''}, pero ${x.findings('codes')}.`,
  },
  definition: {
    en: (p) =>
      `${p.chapeau ? 'Chapeau' : 'Definition'}: no obligation of its own; ${p.cite ? `closest national provision ${str(p, 'cite')} (assessed through the provisions that use it)` : 'assessed through the provisions that use it'}.`,
    fr: (p) =>
      `${p.chapeau ? 'Chapeau' : 'Définition'} : pas d'obligation propre ; ${p.cite ? `disposition nationale la plus proche : ${str(p, 'cite')} (évaluée à travers les dispositions qui l'emploient)` : "évaluée à travers les dispositions qui l'emploient"}.`,
    es: (p) =>
      `${p.chapeau ? 'Encabezado' : 'Definición'}: sin obligación propia; ${p.cite ? `disposición nacional más cercana: ${str(p, 'cite')} (se evalúa a través de las disposiciones que la emplean)` : 'se evalúa a través de las disposiciones que la emplean'}.`,
  },
  'no-trafficking-offence': {
    en: () => 'No trafficking offence was found in the acts.',
    fr: () => "Aucune infraction de traite n'a été trouvée dans les textes.",
    es: () => 'No se encontró en los textos ningún delito de trata.',
  },
  'core-no-acts': {
    en: (p) => `Candidate ${str(p, 'cite')}, but none of the acts of art. 3(a) was found in it.`,
    fr: (p) => `Candidat ${str(p, 'cite')}, mais aucun des actes de l'art. 3 a) n'y a été trouvé.`,
    es: (p) => `Candidato ${str(p, 'cite')}, pero no se encontró en él ninguna de las acciones del art. 3 a).`,
  },
  'core-complete': {
    en: (p) =>
      `Offence in ${str(p, 'cites')} covering the conduct of art. 3 (every element of the art. 3(a) checklist present).`,
    fr: (p) =>
      `Infraction prévue à ${str(p, 'cites')} couvrant le comportement de l'art. 3 (tous les éléments de l'art. 3 a) présents).`,
    es: (p) =>
      `Delito previsto en ${str(p, 'cites')} que abarca la conducta del art. 3 (todos los elementos del art. 3 a) presentes).`,
  },
  'core-narrower': {
    en: (p, x) => `Offence in ${str(p, 'cites')} narrower than art. 3: missing ${x.elements('missing')}.`,
    fr: (p, x) =>
      `Infraction prévue à ${str(p, 'cites')} plus étroite que l'art. 3 : manquent ${x.elements('missing')}.`,
    es: (p, x) => `Delito previsto en ${str(p, 'cites')} más estrecho que el art. 3: faltan ${x.elements('missing')}.`,
  },
  'not-addressed': {
    en: (p, x) => {
      const why =
        p.why === 'off-subject'
          ? `no provision deals with ${x.concepts('subject')} (best candidate ${str(p, 'cite')})`
          : p.why === 'few-keys'
            ? `best candidate ${str(p, 'cite')} shares words but ${list(p, 'hits').length ? `only ${x.concepts('hits')} of` : 'none of'} its key concepts (${x.concepts('keys')})`
            : p.why === 'weak'
              ? `best candidate ${str(p, 'cite')} is weak (${num(p, 'score').toFixed(2)})`
              : 'no provision shares its subject';
      return `Not addressed: ${why}${p.soft ? ' (obligation to consider or optional)' : ''}.`;
    },
    fr: (p, x) => {
      const why =
        p.why === 'off-subject'
          ? `aucune disposition ne traite de ${x.concepts('subject')} (meilleur candidat ${str(p, 'cite')})`
          : p.why === 'few-keys'
            ? `le meilleur candidat, ${str(p, 'cite')}, partage des mots mais ${list(p, 'hits').length ? `seulement ${x.concepts('hits')} parmi` : 'aucun de'} ses concepts clés (${x.concepts('keys')})`
            : p.why === 'weak'
              ? `le meilleur candidat, ${str(p, 'cite')}, est faible (${num(p, 'score').toFixed(2)})`
              : 'aucune disposition ne porte sur son objet';
      return `Non traité : ${why}${p.soft ? ' (obligation d’envisager ou facultative)' : ''}.`;
    },
    es: (p, x) => {
      const why =
        p.why === 'off-subject'
          ? `ninguna disposición trata de ${x.concepts('subject')} (mejor candidato ${str(p, 'cite')})`
          : p.why === 'few-keys'
            ? `el mejor candidato, ${str(p, 'cite')}, comparte palabras pero ${list(p, 'hits').length ? `solo ${x.concepts('hits')} de` : 'ninguno de'} sus conceptos clave (${x.concepts('keys')})`
            : p.why === 'weak'
              ? `el mejor candidato, ${str(p, 'cite')}, es débil (${num(p, 'score').toFixed(2)})`
              : 'ninguna disposición trata de su objeto';
      return `No abordado: ${why}${p.soft ? ' (obligación de considerar u opcional)' : ''}.`;
    },
  },
  implemented: {
    en: (p) => `Implemented in ${str(p, 'cites')}${p.evidence ? ` (${str(p, 'evidence')})` : ''}.`,
    fr: (p) => `Mis en œuvre par ${str(p, 'cites')}${p.evidence ? ` (${str(p, 'evidence')})` : ''}.`,
    es: (p) => `Aplicado en ${str(p, 'cites')}${p.evidence ? ` (${str(p, 'evidence')})` : ''}.`,
  },
  'partly-addressed': {
    en: (p) =>
      `Partly addressed in ${str(p, 'cite')}${p.also ? ` (also ${str(p, 'also')})` : ''}${p.evidence ? ` (${str(p, 'evidence')})` : ''}; check coverage.`,
    fr: (p) =>
      `Traité en partie par ${str(p, 'cite')}${p.also ? ` (aussi ${str(p, 'also')})` : ''}${p.evidence ? ` (${str(p, 'evidence')})` : ''} ; vérifier la portée.`,
    es: (p) =>
      `Abordado en parte en ${str(p, 'cite')}${p.also ? ` (también ${str(p, 'also')})` : ''}${p.evidence ? ` (${str(p, 'evidence')})` : ''}; verifique el alcance.`,
  },
  'by-reference': {
    en: (p) =>
      `Covered only by reference to ${str(p, 'law')} (${str(p, 'cite')}), which is not among the acts analysed; check that law.`,
    fr: (p) =>
      `Couvert seulement par renvoi à ${str(p, 'law')} (${str(p, 'cite')}), qui ne figure pas parmi les textes analysés ; vérifier ce texte.`,
    es: (p) =>
      `Cubierto solo por remisión a ${str(p, 'law')} (${str(p, 'cite')}), que no figura entre los textos analizados; verifique esa ley.`,
  },
  'general-part': {
    en: (p) =>
      `Covered by the general part (${str(p, 'cites')}), which applies to all offences including the Protocol offences.`,
    fr: (p) =>
      `Couvert par la partie générale (${str(p, 'cites')}), applicable à toutes les infractions, y compris celles du Protocole.`,
    es: (p) =>
      `Cubierto por la parte general (${str(p, 'cites')}), aplicable a todos los delitos, incluidos los del Protocolo.`,
  },
};

const FINDINGS: Record<FindingCode, Record<Lang, Template>> = {
  'offence-requires-organized-group': {
    en: (p, x) =>
      `The ${offence(p, x)} offence in ${str(p, 'unit')} is framed around an organized criminal group; UNTOC art. 34(2) requires the offence to be established independently of the involvement of such a group.`,
    fr: (p, x) =>
      `L'infraction de ${offence(p, x)} prévue à ${str(p, 'unit')} est subordonnée à un groupe criminel organisé ; l'art. 34, par. 2, de la Convention exige qu'elle soit établie indépendamment de l'implication d'un tel groupe.`,
    es: (p, x) =>
      `El delito de ${offence(p, x)} previsto en ${str(p, 'unit')} se supedita a un grupo delictivo organizado; el art. 34, párr. 2, de la Convención exige tipificarlo independientemente de la participación de tal grupo.`,
  },
  'offence-requires-transnationality': {
    en: (p) =>
      `The trafficking offence in ${str(p, 'unit')} requires "${str(p, 'quote')}"; UNTOC art. 34(2) requires it to be established independently of the transnational nature of the conduct (domestic trafficking must be covered).`,
    fr: (p) =>
      `L'infraction de traite prévue à ${str(p, 'unit')} exige « ${str(p, 'quote')} » ; l'art. 34, par. 2, de la Convention exige qu'elle soit établie indépendamment de la nature transnationale (la traite interne doit être couverte).`,
    es: (p) =>
      `El delito de trata previsto en ${str(p, 'unit')} exige «${str(p, 'quote')}»; el art. 34, párr. 2, de la Convención exige tipificarlo independientemente de su carácter transnacional (la trata interna debe quedar cubierta).`,
  },
  'consent-defence': {
    en: (p) =>
      `"${str(p, 'quote')}": the victim's consent operates as a defence, contrary to TIP art. 3(b) (consent is irrelevant where any of the means is used).`,
    fr: (p) =>
      `« ${str(p, 'quote')} » : le consentement de la victime exonère, contrairement à l'art. 3 b) du Protocole relatif à la traite (le consentement est indifférent lorsqu'un des moyens a été utilisé).`,
    es: (p) =>
      `«${str(p, 'quote')}»: el consentimiento de la víctima exime, en contra del art. 3 b) del Protocolo contra la trata (el consentimiento no se tiene en cuenta cuando se ha recurrido a alguno de los medios).`,
  },
  'child-means-required': {
    en: () =>
      'The offence requires one of the means for every victim and no provision dispenses with them for children, contrary to TIP art. 3(c).',
    fr: () =>
      "L'infraction exige l'un des moyens pour toute victime et aucune disposition ne les écarte pour les enfants, contrairement à l'art. 3 c) du Protocole relatif à la traite.",
    es: () =>
      'El delito exige uno de los medios para toda víctima y ninguna disposición prescinde de ellos para los niños, en contra del art. 3 c) del Protocolo contra la trata.',
  },
  'child-age-below-18': {
    en: (p) =>
      `"${str(p, 'quote')}": the age threshold is below eighteen, contrary to TIP art. 3(d) ("Child" shall mean any person under eighteen years of age).`,
    fr: (p) =>
      `« ${str(p, 'quote')} » : le seuil d'âge est inférieur à dix-huit ans, contrairement à l'art. 3 d) du Protocole relatif à la traite (le terme « enfant » désigne toute personne âgée de moins de dix-huit ans).`,
    es: (p) =>
      `«${str(p, 'quote')}»: el umbral de edad es inferior a dieciocho años, en contra del art. 3 d) del Protocolo contra la trata (por «niño» se entiende toda persona menor de dieciocho años).`,
  },
  'migrant-criminalized': {
    en: (p) =>
      `"${str(p, 'quote')}": the migrant is punishable for his or her own irregular entry or stay, with no exemption for persons who were the object of smuggling (SOM art. 5; art. 6(4) allows other offences, not liability for having been smuggled).`,
    fr: (p) =>
      `« ${str(p, 'quote')} » : le migrant est punissable pour sa propre entrée ou son propre séjour irréguliers, sans exemption pour les personnes ayant été l'objet d'un trafic (art. 5 du Protocole relatif au trafic illicite de migrants).`,
    es: (p) =>
      `«${str(p, 'quote')}»: el migrante es punible por su propia entrada o estancia irregular, sin exención para quienes hayan sido objeto de tráfico (art. 5 del Protocolo contra el tráfico ilícito de migrantes).`,
  },
  'smuggling-without-benefit': {
    en: () =>
      'The smuggling offence does not require a "financial or other material benefit" (SOM art. 3(a)): humanitarian helpers and family members may be caught; the Protocol targets profit-driven smuggling.',
    fr: () =>
      "L'infraction de trafic illicite de migrants n'exige pas d'« avantage financier ou autre avantage matériel » (art. 3 a) du Protocole) : l'aide humanitaire et les proches peuvent être visés ; le Protocole vise le trafic à but lucratif.",
    es: () =>
      'El delito de tráfico ilícito de migrantes no exige un «beneficio financiero u otro beneficio de orden material» (art. 3 a) del Protocolo): pueden quedar incluidos la ayuda humanitaria y los familiares; el Protocolo se dirige al tráfico con ánimo de lucro.',
  },
  'element-in-substance': {
    en: (p, x) =>
      `${x.elements('element')}: ${p.note ? str(p, 'note') : `covered in substance by "${str(p, 'quote')}"`}`,
    fr: (p, x) => `${x.elements('element')} : couvert en substance par « ${str(p, 'quote')} »`,
    es: (p, x) => `${x.elements('element')}: cubierto en sustancia por «${str(p, 'quote')}»`,
  },
  'element-by-reference': {
    en: (p, x) =>
      `${x.elements('element')}: "${str(p, 'quote')}" leaves it to ${p.law ? str(p, 'law') : 'a law outside this text'}; check that law.`,
    fr: (p, x) =>
      `${x.elements('element')} : « ${str(p, 'quote')} » renvoie à ${p.law ? str(p, 'law') : 'un texte extérieur'} ; vérifier ce texte.`,
    es: (p, x) =>
      `${x.elements('element')}: «${str(p, 'quote')}» remite a ${p.law ? str(p, 'law') : 'una norma externa'}; verifique esa norma.`,
  },
  'candidate-not-credited': {
    en: (p) => `${str(p, 'cite')} matches the subject but none of the required elements was found in it.`,
    fr: (p) => `${str(p, 'cite')} porte sur l'objet, mais aucun des éléments requis n'y a été trouvé.`,
    es: (p) => `${str(p, 'cite')} trata del objeto, pero no se encontró en él ninguno de los elementos exigidos.`,
  },
  'reference-to-other-law': {
    en: (p) =>
      `${str(p, 'cite')} refers to ${str(p, 'law')} ("${str(p, 'quote')}")${p.followed ? `; that law is in the assessment and was followed${p.article ? `: its provision ${str(p, 'article')} is cited as evidence` : ''}` : ', which is not in the assessment: credited as partial until that law is checked'}.`,
    fr: (p) =>
      `${str(p, 'cite')} renvoie à ${str(p, 'law')} (« ${str(p, 'quote')} »)${p.followed ? ` ; ce texte fait partie de l’évaluation et a été suivi${p.article ? ` : sa disposition ${str(p, 'article')} est citée comme preuve` : ''}` : ", qui ne fait pas partie de l'évaluation : retenu en partie jusqu'à vérification de ce texte"}.`,
    es: (p) =>
      `${str(p, 'cite')} remite a ${str(p, 'law')} («${str(p, 'quote')}»)${p.followed ? `; esa ley forma parte de la evaluación y se ha seguido${p.article ? `: su disposición ${str(p, 'article')} se cita como prueba` : ''}` : ', que no forma parte de la evaluación: se acredita en parte hasta verificar esa ley'}.`,
  },
  'general-part': {
    en: (p) => `${str(p, 'cite')} is in the general part: it applies to all offences, the Protocol offences included.`,
    fr: (p) =>
      `${str(p, 'cite')} relève de la partie générale : il s'applique à toutes les infractions, y compris celles du Protocole.`,
    es: (p) =>
      `${str(p, 'cite')} pertenece a la parte general: se aplica a todos los delitos, incluidos los del Protocolo.`,
  },
  'law-not-supplied': {
    en: (_p, x) => `Supply ${x.kind('kind')} to assess this requirement.`,
    fr: (_p, x) => `Fournir ${x.kind('kind')} pour évaluer cette exigence.`,
    es: (_p, x) => `Aporte ${x.kind('kind')} para evaluar este requisito.`,
  },
};

const OFFENCE_NAMES: Record<string, Record<Lang, string>> = {
  trafficking: { en: 'trafficking', fr: 'traite', es: 'trata' },
  smuggling: { en: 'smuggling', fr: 'trafic illicite de migrants', es: 'tráfico ilícito de migrantes' },
};
function offence(p: Params, x: ListWording): string {
  return OFFENCE_NAMES[str(p, 'offence')]?.[x.lang] ?? str(p, 'offence');
}

function listWording(p: Params, lang: Lang, labels: Labels): ListWording {
  return {
    lang,
    elements: (k) =>
      join(
        list(p, k).map((id) => labels.element(id, lang)),
        lang,
      ),
    concepts: (k) =>
      join(
        list(p, k).map((id) => labels.concept(id, lang)),
        lang,
      ),
    findings: (k) =>
      join(
        list(p, k).map((c) => FINDING_NAMES[c as FindingCode]?.[lang] ?? c),
        lang,
      ),
    kind: (k) => LAW_KIND_NAMES[str(p, k) as LawKind]?.[lang] ?? str(p, k),
  };
}

const PLAIN = labelsFrom(null);

/** A requirement's reason in the language; the English `reason` when the result carries no code. */
export function explainReason(
  r: { reason?: string; reasonCode?: string; reasonParams?: Params },
  lang: Lang,
  labels: Labels = PLAIN,
): string {
  const t = r.reasonCode ? REASONS[r.reasonCode as ReasonCode] : undefined;
  if (!t) return r.reason ?? '';
  const p = r.reasonParams ?? {};
  return t[lang](p, listWording(p, lang, labels));
}

/** A finding's message in the language; its English `message` when it carries no parameters. */
export function explainFinding(
  f: { code: string; message?: string; params?: Params },
  lang: Lang,
  labels: Labels = PLAIN,
): string {
  const t = FINDINGS[f.code as FindingCode];
  if (!t || !f.params) return f.message ?? '';
  return t[lang](f.params, listWording(f.params, lang, labels));
}

/** A finding with its English message rendered from its code and parameters. */
export function finding(code: FindingCode, params: ReasonParams, provision: string | null): Finding {
  return { code, message: explainFinding({ code, params }, 'en'), provision, params };
}

/** A checklist element's name in the language ("means.vulnerability" → "abus d'une position de vulnérabilité"). */
export function elementName(id: string, lang: Lang, labels: Labels): string {
  return labels.element(id, lang);
}

/** A kind of law's name in the language. */
export function lawKindName(kind: LawKind, lang: Lang): string {
  return LAW_KIND_NAMES[kind][lang];
}

/** Every reason code the module renders (for tests and for tools that list them). */
export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];
/** Every finding code the module renders. */
export const FINDING_CODES = Object.keys(FINDINGS) as FindingCode[];
