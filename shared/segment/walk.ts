import type { Provision } from '../domain/provision';

/**
 * The primary units of a law in document order: units that are not inside another unit
 * (an amending section's inserted units are not counted) nor inside a schedule.
 */
export function primaryUnits(children: readonly Provision[]): Provision[] {
  const out: Provision[] = [];
  const walk = (list: readonly Provision[]) => {
    for (const p of list) {
      if (p.level === 'unit') out.push(p);
      else if (p.level !== 'schedule' && p.level !== 'preamble') walk(p.children);
    }
  };
  walk(children);
  return out;
}

/** Every provision of a subtree, the root first, in document order. */
export function descendants(p: Provision): Provision[] {
  const out: Provision[] = [];
  const walk = (q: Provision) => {
    out.push(q);
    for (const c of q.children) walk(c);
  };
  walk(p);
  return out;
}

/** Own text of a provision followed by the text of all its descendants. */
export function fullText(p: Provision): string {
  const parts: string[] = [];
  for (const d of descendants(p)) {
    const own = [d === p ? '' : d.label, d.text].filter(Boolean).join(' ');
    if (own) parts.push(own);
  }
  return parts.join('\n');
}
