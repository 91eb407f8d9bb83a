import type { Line } from './lines';
import { isCapitals } from './patterns';

/** What the TOC detector needs to know about a line: the key of the designation it opens, if any. */
export interface StructuralKey {
  /** Index of the logical line. */
  index: number;
  /** "g:part:1", "u:3", "s:first schedule": equal keys designate the same provision. */
  key: string;
}

/** A heading announcing a table of contents. */
const TOC_MARKER =
  /\b(TABLE OF CONTENTS|CONTENTS|ARRANGEMENT OF (?:SECTIONS|CLAUSES|REGULATIONS|PARTS|RULES)|TABLE DES MATI[ÈE]RES|SOMMAIRE|TABLE ANALYTIQUE|[ÍI]NDICE(?: TEM[ÁA]TICO| GENERAL)?)\b/i;

/** Characters of running text allowed per entry before a region stops looking like a list of contents. */
const MAX_TEXT_PER_ENTRY = 100;
/** Fewest entries a table of contents has. */
const MIN_ENTRIES = 3;
/** How many of the first designations are tried as the start of the contents. */
const ANCHORS_TRIED = 6;

/**
 * A line that can belong to a table of contents after its last designation: a heading in
 * capitals, a range of articles ("Arts. 303 a 313"), a page number. The long title and
 * enacting words that often follow the contents are not.
 */
function entryLike(line: Line): boolean {
  const t = line.text;
  if (t === '' || /^\d{1,4}$/.test(t) || /\.{3,}\s*\d+$/.test(t) || /^(Arts?\.|Sections?|Ss?\.|Pages?)\s/i.test(t))
    return true;
  return isCapitals(t) && t.length <= 120 && !/^(AN? ACT|A LAW|LOI|LEY|DECRETO)\b/i.test(t);
}

/**
 * Find a table of contents at the start of a law: a run of designations (Part, Title,
 * section numbers) with little text between them, whose first designation is printed
 * again later where the body really starts. Returns the half-open line range to skip, or
 * null. Works without a "Contents" heading (the Argentine code has only "Indice Temático"
 * glued to its title) and ignores that heading when the repetition is not there.
 */
export function findTableOfContents(lines: Line[], keys: StructuralKey[]): { start: number; end: number } | null {
  if (keys.length < 3) return null;
  const limit = Math.min(lines.length, 2000);
  let marker = -1;
  for (let i = 0; i < limit && i < keys[0]!.index + 50; i++) {
    const t = lines[i]!.text;
    if (t.length <= 120 && TOC_MARKER.test(t)) {
      marker = i;
      break;
    }
  }
  const first = marker >= 0 ? keys.findIndex((k) => k.index > marker) : 0;
  if (first < 0) return null;
  for (let a = first; a < Math.min(keys.length, first + ANCHORS_TRIED); a++) {
    const anchor = keys[a]!;
    const again = keys.findIndex((k, j) => j > a && k.key === anchor.key);
    if (again < 0) continue;
    const entries = again - a;
    if (entries < MIN_ENTRIES) continue;
    // The contents list the body's designations in order: most of the first entries are
    // printed again after the body starts.
    const listed = keys.slice(a, Math.min(again, a + 10)).map((k) => k.key);
    const later = new Set(keys.slice(again).map((k) => k.key));
    if (listed.filter((k) => later.has(k)).length * 2 < listed.length) continue;
    const entryLines = new Set(keys.slice(a, again).map((k) => k.index));
    let textChars = 0;
    for (let i = anchor.index; i < keys[again]!.index; i++) if (!entryLines.has(i)) textChars += lines[i]!.text.length;
    if (textChars / entries > MAX_TEXT_PER_ENTRY) continue;
    const lastEntry = keys[again - 1]!.index;
    let end = lastEntry + 1;
    while (end < keys[again]!.index && entryLike(lines[end]!)) end++;
    const start = marker >= 0 && marker < anchor.index && anchor.index - marker <= 10 ? marker : anchor.index;
    return { start, end };
  }
  return null;
}
