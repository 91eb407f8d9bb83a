import type { Provision } from '../domain/provision';
import { importedHomes } from './library-rules';
import { PROFILES } from './rules';
import { fold } from './text';
import { LAW_KINDS, type AnalysisInputAct, type LawKind } from './types';

/**
 * The body of law: what kinds of law the supplied acts are (a trafficking act, a penal code and
 * its general part, an immigration act…), and where a requirement usually lives. A requirement
 * whose usual home was not supplied is not a gap of the country's law, only of the texts given:
 * it is proposed "not assessed", and the kinds missing are the laws to ask for.
 */

const KIND_PATTERNS = new Map<LawKind, RegExp>(
  LAW_KINDS.flatMap((k) => {
    const src = PROFILES.lawKinds[k];
    return src ? [[k, new RegExp(src)] as [LawKind, RegExp]] : [];
  }),
);
const GENERAL_PART = new RegExp(`(?:^|\\s)(?:${PROFILES.generalPart.headings})`);
/** The outermost divisions of a code: its books or parts. */
const BOOK = /^(?:livre|libro|book|part|partie|parte)\b/;

/** Text that names an act: its title and the opening of its text (front matter, first headings). */
function openingOf(act: AnalysisInputAct): { opening: string; headings: string[]; units: number } {
  const headings: string[] = [];
  let opening = '';
  let units = 0;
  const walk = (ps: Provision[]) => {
    for (const p of ps) {
      if (p.level === 'unit') units++;
      if (p.level !== 'unit' && p.level !== 'subsection' && p.level !== 'paragraph' && p.level !== 'subparagraph')
        headings.push(`${p.label} ${p.heading ?? ''}`);
      // The title and long title: what precedes the first unit.
      if (p.level === 'preamble' && opening.length < 1500) opening += ` ${p.heading ?? ''} ${p.text.slice(0, 600)}`;
      walk(p.children);
    }
  };
  walk(act.tree.children);
  return { opening: fold(`${act.title.replace(/[-_.]+/g, ' ')} ${opening}`), headings: headings.map(fold), units };
}

/** The kinds of law an act is, as recorded by the user or recognised from its title and opening. */
export function kindsOf(act: AnalysisInputAct): LawKind[] {
  if (act.kinds && act.kinds.length > 0) return [...new Set(act.kinds)];
  const { opening, headings, units } = openingOf(act);
  const kinds: LawKind[] = [];
  // An act is named by its title and long title; a code is named in its first line (an act that
  // amends a code, or a section on compensation, names them further down).
  const title = fold(act.title).length;
  const head = opening.slice(0, title + 200);
  const longTitle = opening.slice(0, title + 400);
  for (const [k, re] of KIND_PATTERNS) if (re.test(k === 'penal-code' ? head : longTitle)) kinds.push(k);
  if (kinds.includes('penal-code')) {
    // A whole code carries its general part; a chapter of it does not.
    if (units >= PROFILES.generalPart.minUnits || headings.some((h) => GENERAL_PART.test(h)))
      kinds.push('penal-code-general-part');
    // A penal code chapter on trafficking is not a trafficking act.
    const t = kinds.indexOf('trafficking-act');
    if (t >= 0 && units >= PROFILES.generalPart.minUnits) kinds.splice(t, 1);
  }
  return kinds;
}

/** The kinds of law where a requirement usually lives (any one will do), or [] when it belongs to the offence laws themselves. */
export function homesOf(requirementId: string): LawKind[] {
  const imported = importedHomes(requirementId) as LawKind[];
  if (imported.length > 0) return imported;
  const m = /^([a-z][a-z0-9-]*):(\d+)/.exec(requirementId);
  if (!m) return [];
  return (PROFILES.homes.articles[`${m[1]}:${m[2]}`] as LawKind[] | undefined) ?? [];
}

/** Whether a general-part provision serves the requirement for all offences (attempt, legal persons, jurisdiction…). */
export function servedByGeneralPart(requirementId: string): boolean {
  return (PROFILES.generalPart.serves ?? []).some((s) => requirementId === s || requirementId.startsWith(`${s}(`));
}

/**
 * Which units of a penal code sit in its general part: those under an outermost grouping headed as
 * the general part ("Libro I — Disposiciones generales", « Livre premier — Dispositions
 * générales », "Book One — General Part"). When the books were not kept as groupings, the general
 * part is what comes before the numbering of the outermost groupings starts again ("Título I …
 * Título VII", then "Título I" of the second book): codes put the general part first.
 */
export function generalPartUnits(groupHeadings: string[][]): boolean[] {
  const outer = groupHeadings.map((g) => g[0] ?? '');
  const book = (h: string) => BOOK.test(fold(h));
  if (outer.some(book)) return outer.map((h) => book(h) && GENERAL_PART.test(fold(h)));
  const label = (h: string) => fold(h).split(/\s+/).slice(0, 2).join(' ');
  const seen = new Set<string>();
  let restart = -1;
  for (let i = 0; i < outer.length && restart < 0; i++) {
    const h = outer[i]!;
    if (!h || (i > 0 && outer[i - 1] === h)) continue;
    if (seen.has(label(h))) restart = i;
    seen.add(label(h));
  }
  return outer.map((_, i) => restart > 0 && i < restart);
}
