/**
 * Turning positioned text items of PDF pages into the lines a reader sees: items grouped into
 * printed lines by baseline, running headers and footers removed, printed lines joined back into
 * paragraphs (PDFs wrap paragraphs into lines; text and Word files keep a paragraph on one line),
 * and words hyphenated at line ends made whole again. Pure functions, independent of pdf.js.
 */

import { percentile } from './common';
import { joinHyphenated, joinWrapped, startsParagraph, vocabulary } from './line-joins';
import { noteText, splitMarginNotes, type MarginNote } from './pdf-margin-notes';

/** A run of text at a position on the page, in PDF units, origin at the bottom left. */
export interface PositionedText {
  text: string;
  /** Left edge of the text. */
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  fontSize: number;
  /** Name of the font, when known: a change of font between whole lines marks a heading. */
  font?: string;
}

/** One printed line of a page. */
export interface PrintedLine {
  text: string;
  page: number;
  /** Left and right edges of its text. */
  left: number;
  right: number;
  /** Baseline of most of its text. */
  y: number;
  fontSize: number;
  /** Width of its first word, to tell whether that word would have fitted on the line before. */
  firstWordWidth: number;
  /** The font of the whole line, or null when it mixes fonts or the font is unknown. */
  font: string | null;
  /** For a line in a column of a multi-column block, the edges of that column's text. */
  column?: { left: number; right: number };
  /** A marginal note, given as its own line before the line it stands beside. */
  note?: true;
}

const median = (values: number[]): number => percentile(values, 0.5);

/** Largest of the values (-Infinity for none), without spreading them as arguments (no stack limit). */
function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** Smallest of the values (Infinity for none). */
function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

/**
 * The first whole point covered by the most of the half-open intervals [start, end), with how
 * many cover it. A sweep over the intervals' ends: work grows with their number, never with the
 * coordinates (a glyph a billion points wide costs no more than any other).
 */
function mostCovered(intervals: readonly [number, number][]): { at: number; count: number } {
  const events: [number, number][] = [];
  for (const [start, end] of intervals) {
    if (end > start) events.push([start, 1], [end, -1]);
  }
  // At one position, intervals ending there are left before those starting there are entered.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let count = 0;
  let best = { at: 0, count: 0 };
  for (let i = 0; i < events.length; i++) {
    count += events[i]![1];
    const next = events[i + 1];
    if (next && next[0] === events[i]![0]) continue;
    if (count > best.count) best = { at: events[i]![0], count };
  }
  return best;
}

/**
 * The text margin of a set of lines: the leftmost position, in whole points, at which at least
 * two lines start (one line reaching into the margin is an exception, not the margin). Not the
 * most frequent start: in an amending act most lines may be indented quotations.
 */
function textMargin(lines: readonly PrintedLine[]): number | null {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.left), (counts.get(Math.round(l.left)) ?? 0) + 1);
  const starts = [...counts.keys()].sort((a, b) => a - b);
  return starts.find((x) => counts.get(x)! >= 2) ?? starts[0] ?? null;
}

/**
 * Text grouped into printed lines in reading order: top to bottom, each read left to right, and
 * where the page is set in two columns (see {@link splitColumns}) the left column before the
 * right one, block by block between lines that span both.
 */
export function buildLines(items: readonly PositionedText[], page: number): PrintedLine[] {
  const { body, notes } = splitMarginNotes(items);
  const lines = splitColumns(groupRows(body)).flatMap((block) => {
    const lines = block.rows.map((row) => toLine(row, page));
    if (block.column) {
      const column = { left: textMargin(lines) ?? 0, right: maxOf(lines.map((l) => l.right)) };
      for (const line of lines) line.column = column;
    }
    return lines;
  });
  return placeNotes(lines, notes, page);
}

/**
 * Each marginal note as a line of its own right before the first line at or below its first
 * baseline (the line it stands beside), with that line's left edge so that it does not move the
 * page's text margin, and no width.
 */
function placeNotes(lines: PrintedLine[], notes: readonly MarginNote[], page: number): PrintedLine[] {
  if (notes.length === 0) return lines;
  const out = [...lines];
  for (const note of [...notes].sort((a, b) => a.y - b.y)) {
    let at = out.findIndex((l) => !l.note && l.y <= note.y + 0.5 * note.fontSize);
    if (at < 0) at = out.length;
    const beside = out[at] ?? out.at(-1);
    const left = beside?.left ?? 0;
    out.splice(at, 0, {
      text: noteText(note),
      page,
      left,
      right: left,
      y: note.y,
      fontSize: note.fontSize,
      firstWordWidth: 0,
      font: null,
      note: true,
      ...(beside?.column ? { column: beside.column } : {}),
    });
  }
  return out;
}

/** Items grouped into rows sharing a baseline, top to bottom, each sorted left to right. */
function groupRows(items: readonly PositionedText[]): PositionedText[][] {
  const sorted = items.filter((item) => item.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PositionedText[][] = [];
  let group: PositionedText[] = [];
  let baseline = Number.NaN;
  let size = 0;
  for (const item of sorted) {
    // Items whose baselines differ by less than half the font size share a line; this keeps
    // superscript footnote markers on their line while separating lines set solid.
    if (group.length > 0 && Math.abs(item.y - baseline) <= 0.5 * Math.max(size, item.fontSize)) {
      group.push(item);
      continue;
    }
    if (group.length > 0) groups.push(group);
    group = [item];
    baseline = item.y;
    size = item.fontSize;
  }
  if (group.length > 0) groups.push(group);
  for (const g of groups) g.sort((a, b) => a.x - b.x);
  return groups;
}

/** Rows read in order; `column` is set for the rows of one column of a two-column block. */
interface Block {
  rows: PositionedText[][];
  column: boolean;
}

/** Where each row's text starts and ends. */
function extent(row: readonly PositionedText[]): { left: number; right: number } {
  return { left: row[0]!.x, right: maxOf(row.map((i) => i.x + i.width)) };
}

/**
 * Reading order of a page set in two columns (gazettes, bilingual statute books). A gutter is a
 * vertical strip in the middle half of the text width that at least 40% of the rows leave
 * empty while holding text on both sides of it, at least 1.5 em wide. Rows that run across the
 * gutter (a title over both columns) cut the page into blocks; in each block the left column is
 * read before the right. Each side must hold prose, lines filling most of its width, so that a
 * two-column table or a list with its numbers set apart is not taken for columns. Pages without
 * such a gutter are one block, read row by row.
 */
function splitColumns(rows: PositionedText[][]): Block[] {
  const single = [{ rows, column: false }];
  if (rows.length < 6) return single;
  const extents = rows.map(extent);
  const minX = minOf(extents.map((e) => e.left));
  const maxX = maxOf(extents.map((e) => e.right));
  const width = maxX - minX;
  const em = median(rows.flat().map((i) => i.fontSize));
  // For each point of the middle half, the rows with text on both sides and none over it.
  const from = Math.floor(minX + width / 4);
  const to = Math.ceil(maxX - width / 4);
  const gaps: [number, number][] = [];
  for (const row of rows) {
    let gapStart = row[0]!.x + row[0]!.width;
    for (const item of row.slice(1)) {
      if (item.x - gapStart >= 1.5 * em)
        gaps.push([Math.max(from, Math.ceil(gapStart)), Math.min(to, Math.ceil(item.x))]);
      gapStart = Math.max(gapStart, item.x + item.width);
    }
  }
  const best = mostCovered(gaps);
  if (best.count < Math.max(3, 0.4 * rows.length)) return single;
  const gutter = best.at;

  const crosses = (row: PositionedText[]) => row.some((i) => i.x < gutter && i.x + i.width > gutter);
  const sides = rows
    .filter((r) => !crosses(r))
    .map((r) => [r.filter((i) => i.x < gutter), r.filter((i) => i.x >= gutter)]);
  const fill = (parts: PositionedText[][], columnWidth: number) =>
    median(parts.filter((p) => p.length > 0).map((p) => (extent(p).right - extent(p).left) / columnWidth));
  if (
    fill(
      sides.map((s) => s[0]!),
      gutter - minX,
    ) < 0.6 ||
    fill(
      sides.map((s) => s[1]!),
      maxX - gutter,
    ) < 0.6
  ) {
    return single;
  }

  const blocks: Block[] = [];
  let left: PositionedText[][] = [];
  let right: PositionedText[][] = [];
  const closeBlock = () => {
    if (left.length > 0) blocks.push({ rows: left, column: true });
    if (right.length > 0) blocks.push({ rows: right, column: true });
    left = [];
    right = [];
  };
  for (const row of rows) {
    if (crosses(row)) {
      closeBlock();
      blocks.push({ rows: [row], column: false });
      continue;
    }
    const l = row.filter((i) => i.x < gutter);
    const r = row.filter((i) => i.x >= gutter);
    if (l.length > 0) left.push(l);
    if (r.length > 0) right.push(r);
  }
  closeBlock();
  return blocks;
}

function toLine(items: PositionedText[], page: number): PrintedLine {
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  let previous: PositionedText | null = null;
  for (const item of items) {
    // Fake bold is the same text drawn twice, slightly shifted.
    if (previous && item.text === previous.text && Math.abs(item.x - previous.x) < 0.3 * item.fontSize) continue;
    const gap = item.x - end;
    if (text !== '' && gap > 0.15 * item.fontSize && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    text += item.text;
    end = Math.max(end, item.x + item.width);
    previous = item;
  }
  // The baseline and size of the line are those of the item carrying most of its text.
  const main = items.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const first = items[0]!;
  const firstWord = /^\s*\S+/.exec(first.text)?.[0].trim() ?? '';
  const fonts = new Set(items.map((i) => i.font));
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    page,
    left: first.x,
    right: end,
    y: main.y,
    fontSize: main.fontSize,
    firstWordWidth: first.text.length > 0 ? (first.width * firstWord.length) / first.text.length : 0,
    font: fonts.size === 1 ? (first.font ?? null) : null,
  };
}

/** How many lines at the top and at the bottom of a page can be running headers or footers. */
const MARGIN_LINES = 3;

/** Running headers are short: a title, a chapter name, a page number. Longer lines are body text. */
const MAX_RUNNING_LENGTH = 120;

/** A header line prints at the same height on every page; body text at that height differs. */
const SAME_HEIGHT = 3;

/**
 * The text that stays the same on every page: case folded, digits (page numbers, dates that
 * change) reduced to one mark.
 */
function runningKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Whether lines that read alike apart from their numbers are one running line: the same text on
 * every page, or text whose numbers differ only by a page number (one of them goes up with the
 * page, whatever the first page's number). "Section 2 …" and "Section 17 …" at the top of two
 * pages are body text, not a header.
 */
function sameOrPageNumbered(occurrences: readonly { page: number; line: PrintedLine }[]): boolean {
  if (new Set(occurrences.map((o) => o.line.text)).size === 1) return true;
  const numbers = occurrences.map((o) => (o.line.text.match(/\d+/g) ?? []).map(Number));
  const count = numbers[0]!.length;
  for (let k = 0; k < count; k++) {
    const offsets = new Set(occurrences.map((o, i) => numbers[i]![k]! - o.page));
    const others = occurrences.every((_, i) => numbers[i]!.every((v, j) => j === k || v === numbers[0]![j]));
    if (offsets.size === 1 && others) return true;
  }
  return false;
}

/**
 * Removes running headers, footers and page numbers: lines among the first or last few of a
 * page whose text recurs at the same height on at least 40% of the pages (and on two pages at
 * least), unchanged or with a page number that changes. The height condition keeps a title on page 1 that repeats the running
 * header's words but is printed lower, as body text. Returns the pages and how many lines went.
 */
export function removeRunningLines(pages: readonly PrintedLine[][]): { pages: PrintedLine[][]; removed: number } {
  const threshold = Math.max(2, Math.ceil(0.4 * pages.length));
  const occurrences = new Map<string, { page: number; y: number; line: PrintedLine }[]>();
  pages.forEach((lines, index) => {
    const candidates = new Set([...lines.slice(0, MARGIN_LINES), ...lines.slice(-MARGIN_LINES)]);
    for (const line of candidates) {
      if (line.text.length > MAX_RUNNING_LENGTH) continue;
      const key = runningKey(line.text);
      const list = occurrences.get(key) ?? [];
      list.push({ page: index, y: line.y, line });
      occurrences.set(key, list);
    }
  });
  const running = new Set<PrintedLine>();
  for (const list of occurrences.values()) {
    if (new Set(list.map((o) => o.page)).size < threshold) continue;
    const heights = list.map((o) => o.y).sort((a, b) => a - b);
    const typical = heights[Math.floor(heights.length / 2)]!;
    const atHeight = list.filter((o) => Math.abs(o.y - typical) <= SAME_HEIGHT);
    if (new Set(atHeight.map((o) => o.page)).size < threshold || !sameOrPageNumbered(atHeight)) continue;
    for (const o of atHeight) running.add(o.line);
  }
  return {
    pages: pages.map((lines) => lines.filter((l) => !running.has(l))),
    removed: running.size,
  };
}

/** Space between two lines, in line spacings, from which there is a blank line between them. */
const BLANK_LINE_GAP = 1.8;

/** A reconstructed paragraph: its text, the page of its first line and that line's indentation. */
export interface Paragraph {
  text: string;
  page: number;
  /** Points from the page's text margin to the first line, 0 for centred lines. */
  indent: number;
}

/**
 * Joins printed lines into paragraphs, with an empty paragraph where a blank line shows. A line
 * continues the one before when that one was full (the first word of the line would not have
 * fitted in the space left on it, which is how text is wrapped), unless something shows a new
 * paragraph: more space between the lines than usual, a change of font or font size, a heading
 * in capitals, or a numbered provision starting after a line that can end one. A word hyphenated
 * at the end of a line is always joined, without the hyphen unless the document writes the word
 * with it elsewhere ("counter-trafficking") or it is a usual compound (see keepsHyphen); a soft
 * hyphen always goes. Each paragraph keeps the indentation of its first line, measured from its
 * page's text margin.
 */
export function joinParagraphs(pages: readonly PrintedLine[][]): Paragraph[] {
  const lines = pages.flat();
  const vocab = vocabulary(lines);
  // Right margin: the longest line of a typical page. Every page of prose has a full line, and the
  // median over pages ignores the odd line that runs into the margin.
  const rightEdge = median(pages.filter((p) => p.length > 0).map((p) => maxOf(p.map((l) => l.right))));
  // Line spacing: a low percentile of the distances between consecutive lines, since where most
  // paragraphs are one line long the median is the spacing between paragraphs.
  const spacing = percentile(
    pages.flatMap((p) =>
      p.slice(1).flatMap((line, i) => {
        const gap = p[i]!.y - line.y;
        const notes = line.note || p[i]!.note;
        return gap > 0 && !notes && Math.abs(p[i]!.fontSize - line.fontSize) < 0.5 ? [gap] : [];
      }),
    ),
    0.15,
  );

  // Each page has its own margin (pages may mirror their margins); a page with too few lines to
  // tell uses the document's.
  const documentMargin = textMargin(lines) ?? 0;
  const margins = new Map(pages.map((p) => [p[0]?.page ?? 0, p.length >= 5 ? (textMargin(p) ?? 0) : documentMargin]));
  const indentOf = (line: PrintedLine): number => {
    const offset = line.left - (line.column?.left ?? margins.get(line.page) ?? documentMargin);
    // A centred heading is as far from the right edge as from the margin: it is not indented.
    // Slightly indented lines can end as far from the edge by chance, hence the minimum offset.
    const right = line.column?.right ?? rightEdge;
    const centred = offset > 4 * line.fontSize && Math.abs(offset - (right - line.right)) < line.fontSize / 2;
    return offset < line.fontSize / 2 || centred ? 0 : offset;
  };
  const start = (line: PrintedLine): Paragraph => ({ text: line.text, page: line.page, indent: indentOf(line) });

  const paragraphs: Paragraph[] = [];
  let previous: PrintedLine | null = null;
  for (const line of lines) {
    const current = paragraphs[paragraphs.length - 1];
    if (!current || !previous) {
      paragraphs.push(start(line));
      previous = line;
      continue;
    }
    const whole = previous.note || line.note ? null : joinHyphenated(current.text, line.text, vocab);
    if (whole !== null) current.text = whole;
    else if (continues(previous, line, rightEdge, spacing)) {
      current.text = joinWrapped(current.text, line.text);
    } else {
      // An empty line's worth of space shows as a blank line, as in a text file: segmentation
      // reads a blank line as the end of a heading's reach.
      if (line.page === previous.page && spacing > 0 && previous.y - line.y >= BLANK_LINE_GAP * spacing) {
        paragraphs.push({ text: '', page: line.page, indent: 0 });
      }
      paragraphs.push(start(line));
    }
    previous = line;
  }
  return paragraphs;
}

function continues(previous: PrintedLine, line: PrintedLine, rightEdge: number, spacing: number): boolean {
  if (previous.note || line.note) return false;
  if (Math.abs(previous.fontSize - line.fontSize) > 0.5) return false;
  if (previous.font && line.font && previous.font !== line.font) return false;
  if (line.page === previous.page && spacing > 0 && previous.y - line.y > 1.4 * spacing) return false;
  if (startsParagraph(previous.text, line.text)) return false;
  // The first word's width is estimated from its share of characters, which can be a third off in
  // proportional fonts ("mm" against "il"): hence the allowance before deciding it would have fitted.
  return (previous.column?.right ?? rightEdge) - previous.right < 1.3 * line.firstWordWidth + 0.5 * line.fontSize;
}
