/**
 * Text an amending provision inserts into another law: where it starts after the amending words
 * ("…the following:"), where it ends, and what the amending words say of it.
 */
import type { Classified } from './classify';
import type { Line } from './lines';
import { isSuccessor, numberKey, type NumberKey } from './numbers';
import { looksLikeHeading, type UnitFamily, ANNOUNCED_NUMBER, ANNOUNCED_NUMBER_AFTER, CLOSING_QUOTE } from './patterns';
import { followsInList, type Frame, type Node } from './tree-writer';

/**
 * Text an amending provision quotes or indents, or, printed flush with it, units numbered out of
 * the act's own sequence (a consolidated text that lost its indentation): units found in it are
 * the units it inserts.
 */
export interface Embed {
  mode: 'indent' | 'quote' | 'sequence';
  baseIndent: number;
  owner: Node;
  frame: Frame;
  /** Numbers the amending words announce ("shall have effect as section 45C"). */
  hints: string[];
}

/**
 * A provision's label in a reference: "(b)" of "738(1)(b)", "b)" of "738(1)b)", "(2.1)" of
 * "paragraph (2.1)", "2)" of "inciso 2)".
 */
const PROVISION_LABEL =
  /(?:(?<=[\p{L}\d)])\(|(?<=\d\))|(?<=\b(?:sub)?(?:section|paragraph|subparagraph|clause)s?\s|\b(?:sous-)?(?:alinéa|paragraphe)s?\s|\b(?:inciso|apartado|párrafo|numeral|literal)s?\s)\(?)([0-9]+[A-Za-z]?(?:\.[0-9]+)*|[A-Za-z]{1,8}(?:\.[0-9]+)*)\)/giu;

/**
 * What the amending words say of the text they introduce: the numbers they announce for the units
 * it inserts ("as section 45C", in the whole amending provision `ownText`), and the labels of the
 * provision the introducing line names ("Paragraph 738(1)(b) of the Act is replaced by the
 * following:": "1" and "b", in brackets glued to its number or after the word for it, "paragraph
 * (b)"; not a number written out in brackets, "thirty-five (35) years").
 */
export function announcedBy(ownText: string, introducer: string): { hints: string[]; labels: string[] } {
  const hints: string[] = [];
  for (const re of [ANNOUNCED_NUMBER, ANNOUNCED_NUMBER_AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(ownText); m; m = re.exec(ownText)) hints.push(m[1]!);
  }
  const labels = [...introducer.matchAll(PROVISION_LABEL)].map((m) => m[1]!);
  return { hints, labels };
}

/** Where the act's own numbering stands, for telling its next unit from one an amendment inserts. */
export interface ActNumbering {
  lastTopKey: NumberKey | null;
  family: UnitFamily;
  /** Whether the act has already used this unit number. */
  used: (number: string) => boolean;
}

/**
 * Whether the text after an amending provision's "…the following:" (at line `i`) opens, within a
 * heading or two, a unit the act's own numbering cannot reach next and has not used ("3. The Act
 * is amended by adding the following after section 279:" then "279.01 …"), or an item numbered
 * between two others ("(xlvii.1)" after "…after subparagraph (xlvii):") or named by the amending
 * words ("(b)" after "Paragraph 738(1)(b) is replaced by the following:"): what the amendment inserts.
 */
export function opensOutOfSequence(
  cls: readonly Classified[],
  lines: readonly Line[],
  i: number,
  labels: readonly string[],
  act: ActNumbering,
): boolean {
  if (act.lastTopKey === null) return false;
  for (let j = i; j < Math.min(cls.length, i + 4); j++) {
    const c = cls[j]!;
    if (c.kind === 'item') return /\.\d+$/.test(c.item.value) || labels.includes(c.item.value);
    if (c.kind === 'unit') {
      if (c.unit.family !== act.family) return false;
      // A number the act has already used is its own section quoted as amended by itself, not a new unit.
      const key = numberKey(c.unit.number);
      return key !== null && !isSuccessor(act.lastTopKey, key) && !act.used(c.unit.number);
    }
    const headingLike = c.kind === 'note' || (c.kind === 'text' && looksLikeHeading(lines[j]!.body));
    if (c.kind !== 'blank' && !headingLike) return false;
  }
  return false;
}

/** Whether `line` ends the inserted text `e`: the act's own numbering takes up again. */
export function leavesEmbed(
  e: Embed,
  line: Line,
  c: Classified,
  family: UnitFamily,
  lastTopKey: NumberKey | null,
): boolean {
  if (e.mode === 'indent') return line.indent <= e.baseIndent;
  // Flush with the amending words, the item after the one that introduced the inserted units.
  const owner = e.owner;
  if (e.mode === 'sequence' && c.kind === 'item' && line.indent <= e.baseIndent && owner.label && owner.script)
    return owner.style === c.item.style && followsInList(owner.label, c.item.base, owner.script);
  if (c.kind !== 'unit' || line.quoted || c.unit.family !== family) return false;
  if (c.unit.family === 'sign') return true;
  const key = numberKey(c.unit.number);
  return key !== null && lastTopKey !== null && isSuccessor(lastTopKey, key);
}

/** Quoted inserted text loses its closing quotation mark (and the punctuation after it) when it ends. */
export function unquoteEnd(e: Embed): void {
  const base = e.frame.base;
  if (!base || e.mode !== 'quote') return;
  const holder = e.frame.items.at(-1) ?? base;
  const last = holder.lines.at(-1);
  if (last !== undefined)
    holder.lines[holder.lines.length - 1] = last.replace(CLOSING_QUOTE, (q) =>
      q.replace(/^["”»’]\s*/, '').replace(/^[.;,]+/, ''),
    );
}
