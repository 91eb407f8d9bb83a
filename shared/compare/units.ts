import type { Provision, ProvisionTree } from '../domain/provision';
import { citableUnits } from '../domain/units';
import type { CompareUnit } from './types';

/**
 * The units two versions are compared by: the citable units (shared/domain/units) in document
 * order, each with its full text (headings of the parts below it included) and the numbers of
 * the units of the same law it refers to.
 */
export function compareUnits(tree: ProvisionTree): CompareUnit[] {
  return citableUnits(tree.children).map(({ unit }) => toUnit(unit));
}

function toUnit(p: Provision): CompareUnit {
  const refs = new Set<string>();
  const visit = (q: Provision) => {
    for (const r of q.crossRefs ?? []) if (r.targetId !== null) refs.add(r.number);
    q.children.forEach(visit);
  };
  visit(p);
  const lines = [p.text];
  const walk = (q: Provision) => {
    for (const c of q.children) {
      if (c.heading) lines.push(c.heading);
      // A defined term's item is labelled with the term its text starts with: print it once.
      const label = c.label && !c.text.startsWith(c.label) ? `${c.label} ` : '';
      lines.push(`${label}${c.text}`);
      walk(c);
    }
  };
  walk(p);
  const body = lines.filter((l, i) => i > 0 || l !== '').join('\n');
  return {
    key: p.id,
    number: p.number,
    label: p.label,
    heading: p.heading,
    text: p.heading ? `${p.heading}\n${body}` : body,
    refs: [...refs],
  };
}
