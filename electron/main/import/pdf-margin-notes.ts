/**
 * Marginal notes of a printed statute: common-law acts print a section's heading as a short note
 * in the left or right margin, beside the section's first line ("Offence of trafficking" next to
 * "4. (1) A person who…"). Read as text in reading order, a note's words would be glued to the
 * section's lines. Here they are taken out of the text block and given back as lines of their
 * own, placed before the line they stand beside, written as "[Note.]" as consolidated statutes
 * print marginal notes, which segmentation takes as the heading of the section that follows.
 */
import type { PositionedText } from './pdf-layout';
import { percentile } from './common';

/** A marginal note: its text and the baseline of its first line. */
export interface MarginNote {
  text: string;
  y: number;
  fontSize: number;
}

/** The most frequent of the values, rounded to whole points (the lowest of equals). */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let count = 0;
  for (const [v, c] of counts) if (c > count || (c === count && v < best)) [best, count] = [v, c];
  return best;
}

/** A designation or list label hanging in the margin ("12A.", "(a)", "Sec. 5") is text, not a note. */
const HANGING_LABEL =
  /^(?:\(?[0-9]+[A-Za-z]{0,2}[.)]?|\([a-z]{1,5}\)|(?:sec|section|art|article|artículo|§)\.?\s*\d.*)$/i;

/** Notes are short: more text than this in the margin is a column of the page, not notes. */
const MAX_NOTE_LENGTH = 160;

/**
 * Splits the text items of a page into body text and marginal notes. A note is text set wholly
 * outside the body's column, a clear space (an em) left of where body lines start or right of
 * where full lines end, in a font no larger than the body's, narrow beside the body, made of words
 * (not a hanging number). Consecutive margin lines on one side, a line apart, are one note, kept
 * when its first line stands beside a line of body text. Pages where the margin holds long runs of
 * text (a second column, a table) keep all their text.
 */
export function splitMarginNotes(items: readonly PositionedText[]): { body: PositionedText[]; notes: MarginNote[] } {
  const unchanged = { body: [...items], notes: [] };
  const words = items.filter((i) => /\p{L}{3}/u.test(i.text));
  if (words.length < 4) return unchanged;
  const bodySize = percentile(
    words.map((i) => i.fontSize),
    0.5,
  );
  const left = mode(words.filter((i) => Math.abs(i.fontSize - bodySize) < 0.5).map((i) => i.x));
  // Where full lines end: most body text ends there, whatever share of it notes in the right margin take.
  const right = percentile(
    words.filter((i) => i.x >= left - 1 && Math.abs(i.fontSize - bodySize) < 0.5).map((i) => i.x + i.width),
    0.8,
  );
  const width = right - left;
  if (width <= 0) return unchanged;
  const side = (i: PositionedText): 'left' | 'right' | null => {
    if (i.fontSize > bodySize + 0.5 || i.width > 0.35 * width || !/\p{L}{3}/u.test(i.text)) return null;
    if (HANGING_LABEL.test(i.text.trim())) return null;
    if (i.x + i.width <= left - bodySize) return 'left';
    if (i.x >= right + bodySize) return 'right';
    return null;
  };
  const margin = new Map<PositionedText, 'left' | 'right'>();
  for (const i of items) {
    const s = side(i);
    if (s) margin.set(i, s);
  }
  if (margin.size === 0) return unchanged;

  // Lines of the margin, top to bottom, grouped into notes by side and spacing.
  const lines = [...margin.keys()].sort((a, b) => b.y - a.y || a.x - b.x);
  const notes: Array<MarginNote & { side: 'left' | 'right'; last: number; items: PositionedText[] }> = [];
  for (const item of lines) {
    const s = margin.get(item)!;
    let open: (typeof notes)[number] | undefined;
    for (let k = notes.length - 1; k >= 0 && !open; k--) if (notes[k]!.side === s) open = notes[k];
    const text = item.text.trim();
    if (open && open.last - item.y <= 1.6 * item.fontSize) {
      if (Math.abs(open.last - item.y) < 0.5 * item.fontSize) open.text += ` ${text}`;
      else open.text = /\p{L}-$/u.test(open.text) ? open.text.slice(0, -1) + text : `${open.text} ${text}`;
      open.last = item.y;
      open.items.push(item);
    } else notes.push({ text, y: item.y, fontSize: item.fontSize, side: s, last: item.y, items: [item] });
  }
  if (notes.some((n) => n.text.length > MAX_NOTE_LENGTH)) return unchanged;
  // A note stands beside the first line of its section: a word alone in the margin (the last word
  // of a paragraph on a page of indented lines) is not one.
  const beside = (n: MarginNote) => items.some((i) => !margin.has(i) && Math.abs(i.y - n.y) <= 0.6 * bodySize);
  const kept = notes.filter(beside);
  const taken = new Set(kept.flatMap((n) => n.items));
  return {
    body: items.filter((i) => !taken.has(i)),
    notes: kept.map((n) => ({ text: n.text.replace(/\s+/g, ' '), y: n.y, fontSize: n.fontSize })),
  };
}

/** A note as the line the import gives segmentation: in brackets, as consolidated statutes print it. */
export function noteText(note: MarginNote): string {
  return `[${note.text.replace(/^\[|\]$/g, '')}]`;
}
