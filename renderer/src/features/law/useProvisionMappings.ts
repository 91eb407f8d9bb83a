import { useMemo } from 'react';
import type { ProvisionRow } from '../../../../shared/api/act-schemas';
import type { ResponseOf } from '../../../../shared/api/contract';
import { useApi } from '../../api/hooks';

export type MappingState = 'accepted' | 'proposed' | 'none';
export type LawFilter = 'all' | 'unmapped' | 'mapped';
type Entry = ResponseOf<'act:provision-mappings'>[number];

/**
 * Units counted in the legend and listed by the "not mapped" filter: sections and articles, as
 * the dashboard counts them, so the figure clicked there is the number of units shown here.
 * Schedules are still coloured and list their requirements.
 */
const COUNTED = new Set<ProvisionRow['level']>(['unit']);

export interface ProvisionMappings {
  /** Whether the assessment has been analysed at all (otherwise nothing is coloured). */
  analysed: boolean;
  /** The citable unit (outermost unit or schedule, shared/domain/units) each row belongs to, if any. */
  unitOf: Map<number, number>;
  stateOf: (unitId: number) => MappingState;
  requirementsOf: (unitId: number) => Entry[];
  /** Primary units (sections, articles) by state, for the legend. */
  counts: Record<MappingState, number>;
  /** Rows to show under a filter: matching units with their sub-provisions and enclosing headings. */
  rowsFor: (filter: LawFilter) => ProvisionRow[];
}

/**
 * The mapping state of every primary unit of a version (accepted by a reviewer, proposed by the
 * analysis, or mapped to nothing), derived from act:provision-mappings and the provision rows.
 */
export function useProvisionMappings(versionId: number, rows: ProvisionRow[], analysed: boolean): ProvisionMappings {
  const mappings = useApi('act:provision-mappings', { versionId }, { enabled: analysed });
  const data = mappings.data;
  return useMemo(() => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const unitOf = new Map<number, number>();
    for (const r of rows) if (r.unitId !== null) unitOf.set(r.id, r.unitId);
    const byUnit = new Map<number, Entry[]>();
    for (const m of data ?? []) {
      const list = byUnit.get(m.provisionId) ?? [];
      list.push(m);
      byUnit.set(m.provisionId, list);
    }
    const stateOf = (unitId: number): MappingState => {
      const list = byUnit.get(unitId);
      if (!list) return 'none';
      return list.some((m) => m.state === 'accepted') ? 'accepted' : 'proposed';
    };
    const units = rows.filter((r) => unitOf.get(r.id) === r.id && COUNTED.has(r.level));
    const counts: Record<MappingState, number> = { accepted: 0, proposed: 0, none: 0 };
    for (const u of units) counts[stateOf(u.id)]++;
    const rowsFor = (filter: LawFilter): ProvisionRow[] => {
      if (filter === 'all') return rows;
      const keep = new Set<number>();
      for (const u of units) {
        if ((stateOf(u.id) === 'none') !== (filter === 'unmapped')) continue;
        keep.add(u.id);
        for (
          let p = u.parentId === null ? undefined : byId.get(u.parentId);
          p;
          p = p.parentId === null ? undefined : byId.get(p.parentId)
        )
          keep.add(p.id);
      }
      return rows.filter((r) => keep.has(r.id) || (unitOf.has(r.id) && keep.has(unitOf.get(r.id)!)));
    };
    return {
      analysed: analysed && data !== undefined,
      unitOf,
      stateOf,
      requirementsOf: (unitId) => byUnit.get(unitId) ?? [],
      counts,
      rowsFor,
    };
  }, [rows, data, analysed]);
}
