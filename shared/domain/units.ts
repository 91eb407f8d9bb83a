import type { Provision, ProvisionLevel } from './provision';

/*
 * Which citable unit a provision belongs to, and how it is cited.
 *
 * A citable unit is the outermost section, article or § ('unit') or schedule that is not inside a
 * preamble: what the analysis lists and matches, what a mapping is attached to, what the law
 * view colours and the report cites. Everything below it (subsections, items, the sections an
 * amending section inserts into another law) belongs to it. Grouping levels (parts, chapters)
 * and preambles belong to no unit.
 */

const CITABLE: ReadonlySet<ProvisionLevel> = new Set<ProvisionLevel>(['unit', 'schedule']);

/** True for the levels that make a citable unit when nothing above them is one. */
export function isCitableLevel(level: string): boolean {
  return CITABLE.has(level as ProvisionLevel);
}

/** A provision as stored in rows: its id, its parent's id and its level. */
export interface ProvisionNode<Id> {
  id: Id;
  parentId: Id | null;
  level: string;
}

/**
 * The citable unit of every provision of a flat list (parents need not come first): a map from
 * each provision's id to its unit's id, or null for grouping levels, preambles and what they hold
 * outside any unit.
 */
export function assignUnits<Id>(nodes: readonly ProvisionNode<Id>[]): Map<Id, Id | null> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const states = new Map<Id, { unit: Id | null; inPreamble: boolean }>();
  const stateOf = (n: ProvisionNode<Id>): { unit: Id | null; inPreamble: boolean } => {
    const known = states.get(n.id);
    if (known) return known;
    const parent = n.parentId === null ? undefined : byId.get(n.parentId);
    const above = parent ? stateOf(parent) : { unit: null, inPreamble: false };
    const state =
      above.unit !== null || above.inPreamble
        ? above
        : n.level === 'preamble'
          ? { unit: null, inPreamble: true }
          : { unit: isCitableLevel(n.level) ? n.id : null, inPreamble: false };
    states.set(n.id, state);
    return state;
  };
  return new Map(nodes.map((n) => [n.id, stateOf(n).unit]));
}

/** The citable units of a tree in document order, each with the grouping provisions above it. */
export function citableUnits(children: readonly Provision[]): { unit: Provision; groups: Provision[] }[] {
  const out: { unit: Provision; groups: Provision[] }[] = [];
  const walk = (list: readonly Provision[], groups: Provision[]) => {
    for (const p of list) {
      if (isCitableLevel(p.level)) out.push({ unit: p, groups });
      else if (p.level !== 'preamble') walk(p.children, [...groups, p]);
    }
  };
  walk(children, []);
  return out;
}

/** The citable unit of every provision of a tree that lies in one, by provision id. */
export function unitsById(children: readonly Provision[]): Map<string, Provision> {
  const out = new Map<string, Provision>();
  const walk = (p: Provision, unit: Provision) => {
    out.set(p.id, unit);
    for (const c of p.children) walk(c, unit);
  };
  for (const { unit } of citableUnits(children)) walk(unit, unit);
  return out;
}

/** A provision on the way from a cited one up to the top of its tree. */
export interface CitationStep {
  level: string;
  number: string;
  insertedNumber?: string | null;
}

/**
 * How a provision is cited, from the steps between it (first) and the top of its tree: the number
 * of the nearest unit above it followed by the numbers below that unit, "3(1)(h)", "2(child)"; a
 * unit an amending act inserts is cited by the number it takes ("279.01(1)"). Outside any unit,
 * the numbers found joined by spaces; null when there are none.
 */
export function citationOf(steps: readonly CitationStep[]): string | null {
  const below: string[] = [];
  for (const s of steps) {
    if (isCitableLevel(s.level)) return `${s.insertedNumber || s.number}${below.map((n) => `(${n})`).join('')}` || null;
    if (s.number) below.unshift(s.number);
  }
  return below.length ? below.join(' ') : null;
}
