/**
 * What each line of a law opens (a group heading, a schedule, a unit, a numbered item, a
 * marginal note or plain text), and which designation family numbers the law's units.
 * Context (the builder) decides afterwards whether to believe a line.
 */
import type { LanguageCode } from '../domain/source';
import type { Line } from './lines';
import {
  marginalNote,
  matchGroup,
  matchItem,
  matchSchedule,
  type GroupMatch,
  type ItemMatch,
  type ScheduleMatch,
  type UnitFamily,
  type UnitMatch,
} from './patterns';

/** What one line opens, before context decides whether to believe it. */
export type Classified =
  | { kind: 'blank' }
  | { kind: 'group'; group: GroupMatch }
  | { kind: 'schedule'; schedule: ScheduleMatch }
  | { kind: 'unit'; unit: UnitMatch }
  | { kind: 'item'; item: ItemMatch }
  | { kind: 'note'; heading: string }
  | { kind: 'text' };

/**
 * Decide how the law designates its primary units from the designations found at the start
 * of its lines. Keyword (Article, Section) and § forms win over bare numbers unless bare
 * numbers are far more frequent, because bare numbers also number items inside articles
 * ("1. Incorpórase...", "1º.- Residir...").
 */
export function detectFamily(units: ReadonlyArray<UnitMatch | null>): UnitFamily {
  const count: Record<UnitFamily, number> = { keyword: 0, sign: 0, bare: 0 };
  // "1°", "2º" number list items inside articles far more often than articles themselves: they
  // count for bare numbering only when nothing else numbers the units.
  let degrees = 0;
  for (const m of units)
    if (m && m.strong) {
      if (m.family === 'bare' && /[º°]$/.test(m.printed)) degrees++;
      else count[m.family]++;
    }
  if (count.keyword + count.sign < 2) count.bare += degrees;
  // "Article 433quinquies. § 1er. …", "§ 2. …": § numbers that start again under each article
  // number paragraphs, not units.
  const repeats = (family: UnitFamily) => {
    const numbers = units.filter((m) => m && m.strong && m.family === family).map((m) => m!.number.toLowerCase());
    return numbers.length - new Set(numbers).size;
  };
  const firstParagraphInline = units.some(
    (m) => m?.family === 'keyword' && /(?:^|\s)§\s*1(?:er)?(?![\d])/.test(m.rest),
  );
  const signParagraphs =
    count.keyword >= 2 && (repeats('sign') > 0 || firstParagraphInline) && repeats('keyword') === 0;
  if (count.sign >= 2 && count.sign * 3 >= count.bare && !signParagraphs) return 'sign';
  if (count.keyword >= 2 && count.keyword * 3 >= count.bare) return 'keyword';
  if (count.bare === 0 && count.keyword > 0) return 'keyword';
  return 'bare';
}

/**
 * Classify one line for a law whose units are numbered in `family`.
 * @param unit the line's unit designation (matchUnit with bare numbers allowed), if any
 */
export function classify(line: Line, unit: UnitMatch | null, family: UnitFamily, language: LanguageCode): Classified {
  const body = line.body;
  if (!body) return { kind: 'blank' };
  const schedule = matchSchedule(body);
  if (schedule) return { kind: 'schedule', schedule };
  const group = matchGroup(body, language);
  if (group) return { kind: 'group', group };
  if (unit && (unit.family !== 'bare' || family === 'bare')) return { kind: 'unit', unit };
  const item = matchItem(body, family !== 'bare');
  if (item) return { kind: 'item', item };
  if (unit) return { kind: 'unit', unit };
  const note = marginalNote(body);
  if (note) return { kind: 'note', heading: note };
  return { kind: 'text' };
}

/** What identifies a structural line for finding a table of contents (a group, unit or schedule). */
export function structuralKey(c: Classified, family: UnitFamily): string | null {
  if (c.kind === 'group') return `g:${c.group.level}:${c.group.value}`;
  if (c.kind === 'unit' && c.unit.family === family && c.unit.strong) return `u:${c.unit.number.toLowerCase()}`;
  if (c.kind === 'schedule') return `s:${c.schedule.label.toLowerCase()}`;
  return null;
}
