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
  flag: (f) => {
    switch (f.kind) {
      case 'obligation':
        return f.direction === 'stronger'
          ? `Obligation strengthened: “${f.before}” → “${f.after}”`
          : `Obligation weakened: “${f.before}” → “${f.after}”`;
      case 'penalty':
        return `Penalty ${f.direction === 'stronger' ? 'raised' : f.direction === 'weaker' ? 'lowered' : 'changed'}: ${f.before ?? '—'} → ${f.after ?? '—'}`;
      case 'element':
        return `${f.direction === 'added' ? 'Element added' : 'Element removed'}: ${f.element}`;
      case 'cross-reference':
        return `Cross-reference now points elsewhere: ${f.before ?? '—'} → ${f.after ?? '—'}`;
    }
  },
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
  flag: (f) => {
    switch (f.kind) {
      case 'obligation':
        return f.direction === 'stronger'
          ? `Obligation renforcée : « ${f.before} » → « ${f.after} »`
          : `Obligation affaiblie : « ${f.before} » → « ${f.after} »`;
      case 'penalty':
        return `Peine ${f.direction === 'stronger' ? 'alourdie' : f.direction === 'weaker' ? 'allégée' : 'modifiée'} : ${f.before ?? '—'} → ${f.after ?? '—'}`;
      case 'element':
        return `${f.direction === 'added' ? 'Élément ajouté' : 'Élément retiré'} : ${f.element}`;
      case 'cross-reference':
        return `Renvoi modifié : ${f.before ?? '—'} → ${f.after ?? '—'}`;
    }
  },
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
  flag: (f) => {
    switch (f.kind) {
      case 'obligation':
        return f.direction === 'stronger'
          ? `Obligación reforzada: «${f.before}» → «${f.after}»`
          : `Obligación debilitada: «${f.before}» → «${f.after}»`;
      case 'penalty':
        return `Pena ${f.direction === 'stronger' ? 'aumentada' : f.direction === 'weaker' ? 'reducida' : 'modificada'}: ${f.before ?? '—'} → ${f.after ?? '—'}`;
      case 'element':
        return `${f.direction === 'added' ? 'Elemento añadido' : 'Elemento suprimido'}: ${f.element}`;
      case 'cross-reference':
        return `Remisión modificada: ${f.before ?? '—'} → ${f.after ?? '—'}`;
    }
  },
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
