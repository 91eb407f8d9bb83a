import type { LanguageCode } from '../domain/source';
import type { RequirementStatus } from '../analysis/types';
import type { DeltaRow, PairKind, SubstantiveFlag } from './types';

/** Words of the comparison document and of the command line summary, in the three languages. */
export interface CompareMessages {
  title: (oldName: string, newName: string) => string;
  summaryHeading: string;
  changesHeading: string;
  deltaHeading: string;
  littleAligns: string;
  kinds: Record<PairKind, string>;
  movedFrom: (label: string) => string;
  renumbered: (from: string) => string;
  unchangedCollapsed: (n: number) => string;
  flag: (f: SubstantiveFlag) => string;
  statuses: Record<RequirementStatus, string>;
  changes: Record<DeltaRow['change'], string>;
  deltaColumns: [string, string, string, string, string];
  noDelta: string;
  counts: (s: Record<PairKind, number>) => string;
}

/** Names of the elements of the trafficking definition a flag can name. */
const ELEMENT_NAMES: Record<LanguageCode, Record<string, string>> = {
  en: {
    'act.recruitment': 'recruitment',
    'act.transportation': 'transportation',
    'act.transfer': 'transfer',
    'act.harbouring': 'harbouring',
    'act.receipt': 'receipt',
    'means.threat': 'threat',
    'means.force': 'use of force',
    'means.coercion': 'coercion',
    'means.abduction': 'abduction',
    'means.fraud': 'fraud',
    'means.deception': 'deception',
    'means.abuse_of_power': 'abuse of power',
    'means.vulnerability': 'abuse of a position of vulnerability',
    'means.payments': 'giving or receiving payments',
    'purpose.prostitution': 'exploitation of prostitution',
    'purpose.sexual_exploitation': 'sexual exploitation',
    'purpose.forced_labour': 'forced labour',
    'purpose.slavery': 'slavery',
    'purpose.servitude': 'servitude',
    'purpose.organ_removal': 'removal of organs',
  },
  fr: {
    'act.recruitment': 'recrutement',
    'act.transportation': 'transport',
    'act.transfer': 'transfert',
    'act.harbouring': 'hébergement',
    'act.receipt': 'accueil',
    'means.threat': 'menace',
    'means.force': 'recours à la force',
    'means.coercion': 'contrainte',
    'means.abduction': 'enlèvement',
    'means.fraud': 'fraude',
    'means.deception': 'tromperie',
    'means.abuse_of_power': 'abus d’autorité',
    'means.vulnerability': 'abus d’une situation de vulnérabilité',
    'means.payments': 'offre ou acceptation de paiements',
    'purpose.prostitution': 'exploitation de la prostitution',
    'purpose.sexual_exploitation': 'exploitation sexuelle',
    'purpose.forced_labour': 'travail forcé',
    'purpose.slavery': 'esclavage',
    'purpose.servitude': 'servitude',
    'purpose.organ_removal': 'prélèvement d’organes',
  },
  es: {
    'act.recruitment': 'captación',
    'act.transportation': 'transporte',
    'act.transfer': 'traslado',
    'act.harbouring': 'acogida',
    'act.receipt': 'recepción',
    'means.threat': 'amenaza',
    'means.force': 'uso de la fuerza',
    'means.coercion': 'coacción',
    'means.abduction': 'rapto',
    'means.fraud': 'fraude',
    'means.deception': 'engaño',
    'means.abuse_of_power': 'abuso de poder',
    'means.vulnerability': 'abuso de una situación de vulnerabilidad',
    'means.payments': 'concesión o recepción de pagos',
    'purpose.prostitution': 'explotación de la prostitución',
    'purpose.sexual_exploitation': 'explotación sexual',
    'purpose.forced_labour': 'trabajo forzoso',
    'purpose.slavery': 'esclavitud',
    'purpose.servitude': 'servidumbre',
    'purpose.organ_removal': 'extracción de órganos',
  },
};

/** An element's name in a language, or its id when it has none. */
export function elementName(id: string, lang: LanguageCode): string {
  return ELEMENT_NAMES[lang][id] ?? id;
}

/** The words of the substantive flags in one language, put together by {@link flagMessage}. */
interface FlagWords {
  /** What stands between a flag's name and its detail (": ", or " : " in French). */
  colon: string;
  /** Opening and closing quotation marks around the words of an obligation. */
  quotes: [string, string];
  obligation: { stronger: string; weaker: string };
  penalty: { stronger: string; weaker: string; changed: string };
  element: { added: string; removed: string };
  crossReference: string;
}

/** A flag as one line: its name in the language, then what it was and what it is. */
function flagMessage(w: FlagWords, lang: LanguageCode): (f: SubstantiveFlag) => string {
  const [open, close] = w.quotes;
  const change = (f: SubstantiveFlag) => `${f.before ?? '—'} → ${f.after ?? '—'}`;
  return (f) => {
    switch (f.kind) {
      case 'obligation':
        return `${f.direction === 'stronger' ? w.obligation.stronger : w.obligation.weaker}${w.colon}${open}${f.before}${close} → ${open}${f.after}${close}`;
      case 'penalty':
        return `${f.direction === 'stronger' ? w.penalty.stronger : f.direction === 'weaker' ? w.penalty.weaker : w.penalty.changed}${w.colon}${change(f)}`;
      case 'element':
        return `${f.direction === 'added' ? w.element.added : w.element.removed}${w.colon}${elementName(f.element ?? '', lang)}`;
      case 'cross-reference':
        return `${w.crossReference}${w.colon}${change(f)}`;
    }
  };
}

const en: CompareMessages = {
  title: (a, b) => `Comparison of ${a} and ${b}`,
  summaryHeading: 'Summary',
  changesHeading: 'Changes',
  deltaHeading: 'Compliance delta',
  littleAligns:
    'Little of the two texts aligns: they do not look like two versions of one law, and the pairs below are few and uncertain.',
  kinds: {
    same: 'unchanged',
    changed: 'changed',
    moved: 'moved',
    inserted: 'inserted',
    deleted: 'deleted',
    split: 'split',
    merged: 'merged',
  },
  movedFrom: (l) => `Moved from ${l}`,
  renumbered: (f) => `formerly ${f}`,
  unchangedCollapsed: (n) => `${n} unchanged provision${n === 1 ? '' : 's'} not shown`,
  flag: flagMessage(
    {
      colon: ': ',
      quotes: ['“', '”'],
      obligation: { stronger: 'Obligation strengthened', weaker: 'Obligation weakened' },
      penalty: { stronger: 'Penalty raised', weaker: 'Penalty lowered', changed: 'Penalty changed' },
      element: { added: 'Element added', removed: 'Element removed' },
      crossReference: 'Cross-reference now points elsewhere',
    },
    'en',
  ),

  statuses: {
    compliant: 'Compliant',
    partial: 'Partial',
    gap: 'Gap',
    not_applicable: 'Not applicable',
    not_assessed: 'Not assessed',
  },
  changes: { closed: 'Gap closed', opened: 'Gap opened', unchanged: 'Unchanged' },
  deltaColumns: ['Requirement', 'Before', 'After', 'Change', 'Elements'],
  noDelta: 'No instruments were chosen: no compliance delta.',
  counts: (s) =>
    `${s.changed} changed, ${s.moved} moved, ${s.inserted} inserted, ${s.deleted} deleted, ${s.split} split, ${s.merged} merged, ${s.same} unchanged`,
};

const fr: CompareMessages = {
  title: (a, b) => `Comparaison de ${a} et ${b}`,
  summaryHeading: 'Résumé',
  changesHeading: 'Modifications',
  deltaHeading: 'Évolution de la conformité',
  littleAligns:
    'Peu des deux textes se correspondent : ils ne ressemblent pas à deux versions d’une même loi, et les paires ci-dessous sont rares et incertaines.',
  kinds: {
    same: 'inchangé',
    changed: 'modifié',
    moved: 'déplacé',
    inserted: 'inséré',
    deleted: 'supprimé',
    split: 'scindé',
    merged: 'fusionné',
  },
  movedFrom: (l) => `Déplacé depuis ${l}`,
  renumbered: (f) => `anciennement ${f}`,
  unchangedCollapsed: (n) =>
    `${n} disposition${n === 1 ? '' : 's'} inchangée${n === 1 ? '' : 's'} non affichée${n === 1 ? '' : 's'}`,
  flag: flagMessage(
    {
      colon: ' : ',
      quotes: ['« ', ' »'],
      obligation: { stronger: 'Obligation renforcée', weaker: 'Obligation affaiblie' },
      penalty: { stronger: 'Peine alourdie', weaker: 'Peine allégée', changed: 'Peine modifiée' },
      element: { added: 'Élément ajouté', removed: 'Élément retiré' },
      crossReference: 'Renvoi modifié',
    },
    'fr',
  ),

  statuses: {
    compliant: 'Conforme',
    partial: 'Partiel',
    gap: 'Lacune',
    not_applicable: 'Sans objet',
    not_assessed: 'Non évalué',
  },
  changes: { closed: 'Lacune comblée', opened: 'Lacune ouverte', unchanged: 'Inchangé' },
  deltaColumns: ['Exigence', 'Avant', 'Après', 'Évolution', 'Éléments'],
  noDelta: 'Aucun instrument choisi : pas d’évolution de la conformité.',
  counts: (s) =>
    `${s.changed} modifiées, ${s.moved} déplacées, ${s.inserted} insérées, ${s.deleted} supprimées, ${s.split} scindées, ${s.merged} fusionnées, ${s.same} inchangées`,
};

const es: CompareMessages = {
  title: (a, b) => `Comparación de ${a} y ${b}`,
  summaryHeading: 'Resumen',
  changesHeading: 'Cambios',
  deltaHeading: 'Evolución del cumplimiento',
  littleAligns:
    'Poco de los dos textos se corresponde: no parecen dos versiones de una misma ley, y los pares siguientes son escasos e inciertos.',
  kinds: {
    same: 'sin cambios',
    changed: 'modificado',
    moved: 'trasladado',
    inserted: 'insertado',
    deleted: 'suprimido',
    split: 'dividido',
    merged: 'fusionado',
  },
  movedFrom: (l) => `Trasladado desde ${l}`,
  renumbered: (f) => `antes ${f}`,
  unchangedCollapsed: (n) => `${n} disposición${n === 1 ? '' : 'es'} sin cambios no mostrada${n === 1 ? '' : 's'}`,
  flag: flagMessage(
    {
      colon: ': ',
      quotes: ['«', '»'],
      obligation: { stronger: 'Obligación reforzada', weaker: 'Obligación debilitada' },
      penalty: { stronger: 'Pena aumentada', weaker: 'Pena reducida', changed: 'Pena modificada' },
      element: { added: 'Elemento añadido', removed: 'Elemento suprimido' },
      crossReference: 'Remisión modificada',
    },
    'es',
  ),

  statuses: {
    compliant: 'Conforme',
    partial: 'Parcial',
    gap: 'Laguna',
    not_applicable: 'No aplicable',
    not_assessed: 'No evaluado',
  },
  changes: { closed: 'Laguna cerrada', opened: 'Laguna abierta', unchanged: 'Sin cambios' },
  deltaColumns: ['Requisito', 'Antes', 'Después', 'Cambio', 'Elementos'],
  noDelta: 'No se eligieron instrumentos: sin evolución del cumplimiento.',
  counts: (s) =>
    `${s.changed} modificadas, ${s.moved} trasladadas, ${s.inserted} insertadas, ${s.deleted} suprimidas, ${s.split} divididas, ${s.merged} fusionadas, ${s.same} sin cambios`,
};

export const COMPARE_MESSAGES: Record<LanguageCode, CompareMessages> = { en, fr, es };
