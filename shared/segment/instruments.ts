/**
 * Instruments printed one after the other in one text: an act followed by the regulations or
 * rules made under it ("… Regulations, 2010", « Règlement … », "Reglamento de la Ley …"). Each is
 * its own act with its own numbering; segmenting them as one would read the regulation's
 * "1. Citation" as a unit printed twice and mix two instruments' provisions.
 */
import type { SourceDocument } from '../domain/source';
import { detectFamily } from './classify';
import { toLines, type Line } from './lines';
import { numberKey } from './numbers';
import { matchGroup, matchItem, matchUnit, type UnitFamily, type UnitMatch } from './patterns';

/** One instrument of a text: its lines, its title as printed (null for the first) and what it is. */
export interface InstrumentPart {
  doc: SourceDocument;
  title: string | null;
  kind: 'act' | 'regulation';
}

/**
 * The title of a subsidiary instrument: a line that names itself regulations, rules, a decree or
 * an order made under an act, in the instruments' own words.
 */
const SUBSIDIARY_TITLE = [
  // "The Trafficking in Persons (Victim Support) Regulations, 2010", "PREVENTION OF TRAFFICKING RULES 2015"
  /^(?:[Tt]he\s+|THE\s+)?\p{Lu}[\p{L}\s,()'’-]{2,160}?\s(?:Regulations|REGULATIONS|Rules|RULES)(?:,?\s+(?:\d{4}|\(\d{4}\)))?\.?$/u,
  // « Règlement grand-ducal du … portant exécution de la loi … », « Décret n° … relatif à … », « Arrêté … »
  /^(?:r[èe]glement|d[ée]cret|arr[êe]t[ée])(?:\s+(?:grand-ducal|royal|minist[ée]riel|d['’]application|d['’]ex[ée]cution|n[°o]))?(?![\p{L}])[^.;:]{0,220}$/iu,
  // "Reglamento de la Ley …", "Decreto Supremo N° …", "Decreto Reglamentario …"
  /^(?:reglamento|decreto)(?:\s+(?:supremo|reglamentario|ejecutivo|n[°º.o]))?(?![\p{L}])[^.;:]{0,220}$/iu,
];

/** Lines of running text in a provision are longer than any entry of a table of contents. */
const BODY_TEXT_LENGTH = 100;

/** How many lines after a title its first provision may come (an enacting formula, a preamble). */
const TITLE_REACH = 40;

function isSubsidiaryTitle(line: Line): boolean {
  const body = line.body;
  if (!body || line.quoted || body.length > 240) return false;
  return SUBSIDIARY_TITLE.some((re) => re.test(body));
}

function isFirst(u: UnitMatch): boolean {
  const key = numberKey(u.number);
  return key !== null && key.base === 1 && key.parts.length === 0 && !key.letter && !key.suffix;
}

/**
 * Where a subsidiary instrument starts: a title line after the act has had provisions with
 * running text, whose first unit below (within a few lines, no other unit between) is numbered
 * 1 while the act's numbering had gone past it.
 */
function instrumentStarts(lines: Line[], units: Array<UnitMatch | null>, family: UnitFamily): number[] {
  const starts: number[] = [];
  let highest = 0;
  let bodyText = false;
  for (let i = 0; i < lines.length; i++) {
    const u = units[i];
    if (u && u.family === family && u.strong) {
      const key = numberKey(u.number);
      if (key) highest = Math.max(highest, key.base);
      continue;
    }
    const line = lines[i]!;
    if (highest > 0 && line.body.length >= BODY_TEXT_LENGTH) bodyText = true;
    if (!bodyText || highest < 2 || !isSubsidiaryTitle(line)) continue;
    if (matchGroup(line.body, 'en') || matchItem(line.body, true)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + TITLE_REACH); j++) {
      const next = units[j];
      if (!next || next.family !== family || !next.strong) continue;
      if (isFirst(next)) {
        starts.push(i);
        highest = 0;
        bodyText = false;
      }
      break;
    }
  }
  return starts;
}

/**
 * Split a text into the instruments printed in it: the act, then each regulation or set of rules
 * printed after its last section with its own title and numbering restarting at 1. A text with
 * one instrument comes back whole. Pure: the import stores each part as its own act.
 */
export function splitInstruments(doc: SourceDocument): InstrumentPart[] {
  const lines = toLines(doc);
  const units = lines.map((l) => (l.body ? matchUnit(l.body, true) : null));
  const family = detectFamily(units);
  const starts = instrumentStarts(lines, units, family);
  if (starts.length === 0) return [{ doc, title: null, kind: 'act' }];
  const bounds = [0, ...starts.map((i) => lines[i]!.src), doc.lines.length];
  return bounds.slice(0, -1).map((from, k) => {
    const part: SourceDocument = { ...doc, lines: doc.lines.slice(from, bounds[k + 1]) };
    return k === 0
      ? { doc: part, title: null, kind: 'act' }
      : { doc: part, title: lines[starts[k - 1]!]!.body, kind: 'regulation' };
  });
}
