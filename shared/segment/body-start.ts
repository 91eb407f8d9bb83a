/**
 * Where the body of a law starts: after its enacting formula, else at its first designation
 * (or the heading printed right above it). What comes before is the title, long title and
 * preamble.
 */
import type { Classified } from './classify';
import type { Line } from './lines';
import { looksLikeHeading, type UnitFamily } from './patterns';

/** Words of an enacting formula, after which the body of the law starts. */
const ENACTING =
  /(?<![\p{L}])(be it enacted|it is hereby enacted|enacts as follows|hereby enacted as follows|édicte\s*:|édictent\s*:|décrète\s*:|ont adopté|a adopté, le président|decreta\s*:|sancionan? con fuerza de\s+ley|ha dado su aprobación al siguiente proyecto|ha aprobado el siguiente proyecto)/iu;

/** The first line of the body: after the enacting formula, else the first designation. */
export function findBodyStart(
  lines: readonly Line[],
  cls: readonly Classified[],
  family: UnitFamily,
  toc: { start: number; end: number } | null,
): number {
  const inToc = (i: number) => toc !== null && i >= toc.start && i < toc.end;
  let firstUnit = -1;
  let firstStructure = -1;
  for (let i = 0; i < cls.length; i++) {
    if (inToc(i)) continue;
    const c = cls[i]!;
    if (c.kind === 'unit' && c.unit.family === family && c.unit.strong) {
      firstUnit = i;
      if (firstStructure < 0) firstStructure = i;
      break;
    }
    if ((c.kind === 'group' || c.kind === 'schedule') && firstStructure < 0) firstStructure = i;
  }
  const searchEnd = firstUnit >= 0 ? firstUnit : lines.length;
  let formula = -1;
  for (let i = 0; i < searchEnd; i++) if (!inToc(i) && ENACTING.test(lines[i]!.text)) formula = i;
  if (formula >= 0) return formula + 1;
  if (firstStructure <= 0) return 0;
  // A heading printed right above the first provision ("INTERPRETATION", "[Short title.]") is its heading.
  const above = lines[firstStructure - 1]!;
  const c = cls[firstStructure - 1]!;
  return c.kind === 'note' || (c.kind === 'text' && looksLikeHeading(above.body)) ? firstStructure - 1 : firstStructure;
}
