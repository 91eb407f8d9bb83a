import { Parser } from 'htmlparser2';
import type { SourceDocument } from '../../../shared/domain/source';
import { cleanLineText, hasNoText, indentSpaces, type ImportOptions } from './common';
import { decodeTextFile, type TextSink } from './decode';
import { ImportError } from './errors';
import { DEFAULT_LIMITS, formatCount, lineTooLong, limitsOf } from './limits';

/** Elements dropped with everything inside them: page furniture and non-text content. */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'form',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'button',
  'select',
  'textarea',
  'dialog',
  'menu',
]);

/** ARIA roles of page furniture (site menus, banners, footers), however the element is named. */
const SKIPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'search',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
]);

/**
 * A `header` or `footer` is the page's banner or footer (site furniture) unless it sits inside
 * one of these, where it is the heading block of that content (HTML-AAM mapping rules).
 */
const SECTIONING = new Set(['article', 'main', 'section', 'aside']);

/** Elements that start and end a line of text. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'ul',
  'caption',
  'table',
  'thead',
  'tbody',
  'tfoot',
]);

/** Lines collected for one container: the document, or one table cell. */
interface Collector {
  lines: string[];
  current: string;
  /** List marker waiting for the item's first line (`<li><p>text</p></li>` puts it in a child block). */
  marker: string;
  /** Points the current line is set in from the page's margin, taken when its text starts. */
  indent?: number;
}

interface Row {
  cells: string[][];
}

interface OrderedList {
  next: number;
  type: string;
}

interface OpenElement {
  name: string;
  skip: boolean;
  /** Points it sets its content in (a left margin or padding, a blockquote's default). */
  indent: number;
}

const POINTS_PER_UNIT: Record<string, number> = {
  pt: 1,
  px: 0.75,
  em: 12,
  rem: 12,
  in: 72,
  cm: 28.35,
  mm: 2.835,
  pc: 12,
};

/** A blockquote's indentation when its style does not give one (browsers' 40px). */
const BLOCKQUOTE_POINTS = 30;

/**
 * Points an element sets its content in from its parent's edge: its inline style's left margin
 * and padding ("margin-left: 2em", "padding-left: 36pt"), or a blockquote's default. Indentation
 * marks the text an amending act inserts, as leading spaces do in a text file.
 */
function indentOf(name: string, style: string | undefined): number {
  let points = 0;
  let given = false;
  for (const m of (style ?? '').matchAll(
    /(?:^|;)\s*(margin-left|padding-left|margin-inline-start)\s*:\s*([\d.]+)\s*([a-z]+)/gi,
  )) {
    const unit = POINTS_PER_UNIT[m[3]!.toLowerCase()];
    if (unit === undefined) continue;
    points += Number.parseFloat(m[2]!) * unit;
    if (m[1]!.toLowerCase() !== 'padding-left') given = true;
  }
  if (name === 'blockquote' && !given) points += BLOCKQUOTE_POINTS;
  return Number.isFinite(points) ? points : 0;
}

/** Marker a browser shows for item `n` of an `<ol type=…>`: "3.", "c.", "iii.". */
function listMarker(n: number, type: string): string {
  switch (type) {
    case 'a':
      return `${toLetters(n).toLowerCase()}.`;
    case 'A':
      return `${toLetters(n)}.`;
    case 'i':
      return `${toRoman(n).toLowerCase()}.`;
    case 'I':
      return `${toRoman(n)}.`;
    default:
      return `${n}.`;
  }
}

/** 1 → A, 26 → Z, 27 → AA (spreadsheet-style, as browsers and `<ol type="A">` count). */
export function toLetters(n: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor((v - 1) / 26)) s = String.fromCharCode(65 + ((v - 1) % 26)) + s;
  return s;
}

/** Upper-case Roman numeral for 1..3999; other values fall back to digits. */
export function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  let v = n;
  for (const [value, numeral] of table) {
    for (; v >= value; v -= value) s += numeral;
  }
  return s;
}

/**
 * Streams HTML into lines of text as a reader sees them: block elements and `<br>` break lines,
 * an empty paragraph gives a blank line,
 * inline whitespace collapses (in preformatted text, `<pre>`, lines keep their indentation and
 * blank lines stay), entities are decoded, page furniture (scripts, styles, navigation,
 * page header and footer, forms, hidden elements) is dropped. A table row whose cells each hold
 * one line becomes one line with the cells separated by tabs; rows of layout tables, whose cells
 * hold whole blocks of text, give their cells' lines in order instead.
 */
export class HtmlLines implements TextSink<string[]> {
  private readonly parser: Parser;
  private readonly open: OpenElement[] = [];
  private readonly collectors: Collector[] = [{ lines: [], current: '', marker: '' }];
  private readonly rows: Row[] = [];
  private readonly lists: (OrderedList | null)[] = [];
  private skipDepth = 0;
  private preDepth = 0;
  /** For each open `<p>`, how many lines its collector had when it opened. */
  private readonly paragraphs: number[] = [];
  /** How many open elements are sectioning content (see {@link SECTIONING}). */
  private sectioningDepth = 0;

  /**
   * `maxDepth` bounds the nesting of elements and `maxLineChars` the length of one line; past
   * either the page is refused (errors naming `fileName`), so that work stays linear in its size.
   */
  constructor(
    private readonly fileName = 'The page',
    private readonly maxDepth = DEFAULT_LIMITS.maxHtmlDepth,
    private readonly maxLineChars = DEFAULT_LIMITS.maxLineChars,
  ) {
    this.parser = new Parser(
      {
        onopentag: (name, attribs) => this.openTag(name, attribs),
        onclosetag: (name) => this.closeTag(name),
        ontext: (text) => this.text(text),
      },
      { decodeEntities: true },
    );
  }

  write(text: string): void {
    this.parser.write(text);
  }

  end(): string[] {
    this.parser.end();
    const root = this.collectors[0]!;
    this.flush(root);
    while (root.lines[root.lines.length - 1] === '') root.lines.pop();
    // Indentation counts from the page's text margin: a margin around the whole law is not indentation.
    const margin = Math.min(...root.lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
    return Number.isFinite(margin) && margin > 0 ? root.lines.map((l) => l.slice(margin)) : root.lines;
  }

  /** Points of indentation of the open elements. */
  private indent(): number {
    let points = 0;
    for (const element of this.open) points += element.indent;
    return points;
  }

  private get collector(): Collector {
    return this.collectors[this.collectors.length - 1]!;
  }

  private isFurniture(name: string, attribs: Record<string, string>): boolean {
    if (SKIPPED.has(name)) return true;
    if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')) return true;
    if (SKIPPED_ROLES.has((attribs.role ?? '').trim().toLowerCase())) return true;
    if (name === 'header' || name === 'footer') return this.sectioningDepth === 0;
    return false;
  }

  private openTag(name: string, attribs: Record<string, string>): void {
    if (this.open.length >= this.maxDepth) {
      throw new ImportError(
        'too-large',
        `"${this.fileName}" was refused: its elements are nested more than ${formatCount(this.maxDepth)} levels deep ` +
          '(the limit). A web page of a law nests a few dozen levels; this one is damaged or not a law. ' +
          'Open it in a browser, copy the text of the law and paste it instead.',
      );
    }
    const skip = this.skipDepth > 0 || this.isFurniture(name, attribs);
    this.open.push({ name, skip, indent: skip ? 0 : indentOf(name, attribs.style) });
    if (SECTIONING.has(name)) this.sectioningDepth++;
    if (skip) {
      this.skipDepth++;
      return;
    }
    if (name === 'pre') this.preDepth++;
    if (name === 'p') this.paragraphs.push(this.collector.lines.length + (this.collector.current.trim() ? 1 : 0));
    if (name === 'br') {
      this.flush(this.collector);
    } else if (name === 'tr') {
      this.flush(this.collector);
      this.rows.push({ cells: [] });
    } else if (name === 'td' || name === 'th') {
      this.collectors.push({ lines: [], current: '', marker: '' });
    } else if (BLOCKS.has(name)) {
      this.flush(this.collector);
    }
    if (name === 'ol') {
      const start = Number.parseInt(attribs.start ?? '1', 10);
      this.lists.push({ next: Number.isFinite(start) ? start : 1, type: attribs.type ?? '1' });
    } else if (name === 'ul') {
      this.lists.push(null);
    } else if (name === 'li') {
      const list = this.lists[this.lists.length - 1];
      if (list) {
        const value = Number.parseInt(attribs.value ?? '', 10);
        if (Number.isFinite(value)) list.next = value;
        this.collector.marker = `${listMarker(list.next++, list.type)} `;
      }
    }
  }

  private closeTag(name: string): void {
    // htmlparser2 reports every element closed, implied closings included, so the stack matches.
    const element = this.open.pop();
    if (!element) return;
    if (SECTIONING.has(element.name)) this.sectioningDepth--;
    if (element.skip) {
      this.skipDepth--;
      return;
    }
    if (name === 'pre') {
      this.flush(this.collector);
      this.preDepth--;
    }
    if (name === 'td' || name === 'th') {
      const cell = this.collectors.pop()!;
      this.flush(cell);
      const row = this.rows[this.rows.length - 1];
      if (row) {
        row.cells.push(cell.lines);
      } else {
        // A cell outside any row (invalid, but found on old portals): keep its text.
        this.flush(this.collector);
        this.collector.lines.push(...cell.lines);
      }
    } else if (name === 'tr') {
      const row = this.rows.pop();
      if (row) this.emitRow(row);
    } else if (BLOCKS.has(name)) {
      this.flush(this.collector);
    }
    if (name === 'p') {
      // An empty paragraph is a blank line (Word's empty paragraphs, a page's <p>&nbsp;</p>).
      const before = this.paragraphs.pop();
      const lines = this.collector.lines;
      if (before === lines.length && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    }
    if (name === 'ol' || name === 'ul') this.lists.pop();
  }

  private emitRow(row: Row): void {
    const target = this.collector;
    this.flush(target);
    if (row.cells.every((cell) => cell.length <= 1)) {
      const cells = row.cells.map((cell) => cell[0] ?? '');
      if (cells.some((c) => c !== '')) target.lines.push(cells.join('\t'));
    } else {
      for (const cell of row.cells) target.lines.push(...cell);
    }
  }

  private text(text: string): void {
    if (this.skipDepth > 0) return;
    if (this.preDepth === 0) {
      if (this.collector.current.trim() === '' && text.trim() !== '') this.collector.indent = this.indent();
      this.collector.current += text;
      this.checkLength(this.collector.current);
      return;
    }
    const parts = text.split(/\r\n|\r|\n/);
    this.collector.current += parts[0];
    for (const part of parts.slice(1)) {
      this.flush(this.collector, true);
      this.collector.current = part;
    }
    this.checkLength(this.collector.current);
  }

  private checkLength(current: string): void {
    // Collapsed white space only shortens a line: the raw length bounds it.
    if (current.length > this.maxLineChars) {
      throw lineTooLong(this.fileName, this.collector.lines.length + 1, this.maxLineChars);
    }
  }

  /** Ends the current line; `typedBreak` for a line break typed in preformatted text. */
  private flush(collector: Collector, typedBreak = false): void {
    if (this.preDepth > 0) {
      // Preformatted text keeps its lines as typed: their indentation, and blank lines between them.
      const line = collector.current.replace(/\u00a0/g, ' ').trimEnd();
      const lines = collector.lines;
      const blank = typedBreak && lines.length > 0 && lines[lines.length - 1] !== '';
      if (line !== '' || blank) lines.push(collector.marker + line);
      if (line !== '') collector.marker = '';
      collector.current = '';
      return;
    }
    const line = collector.current.replace(/\s+/g, ' ').trim();
    if (line !== '') {
      collector.lines.push(indentSpaces(collector.indent ?? 0) + collector.marker + line);
      collector.marker = '';
    }
    collector.current = '';
    collector.indent = undefined;
  }
}

/** Converts a whole HTML string into lines (see {@link HtmlLines}). */
export function htmlToLines(html: string, fileName?: string): string[] {
  const sink = new HtmlLines(fileName);
  sink.write(html);
  return sink.end();
}

/** Charset declared by `<meta charset>` or `<meta http-equiv content="…; charset=…">` in the first bytes. */
function metaCharset(sample: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(sample.subarray(0, 4096));
  return /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/**
 * Imports a law saved from a gazette or legal portal as HTML. The encoding comes from a byte
 * order mark, else UTF-8 validity, else the page's `<meta charset>`, else byte statistics.
 */
export async function importHtmlFile(
  path: string,
  fileName: string,
  size: number,
  options: ImportOptions,
): Promise<SourceDocument> {
  const limits = limitsOf(options);
  const sink = () => new HtmlLines(fileName, limits.maxHtmlDepth, limits.maxLineChars);
  const decoded = await decodeTextFile(path, fileName, size, options, sink, {
    stage: 'Reading web page',
    declaredEncoding: metaCharset,
  });
  const lines = decoded.result.map((text) => ({ text: cleanLineText(text), page: null }));
  if (hasNoText(lines)) {
    throw new ImportError(
      'empty-file',
      `"${fileName}" has no text once menus, scripts and page furniture are removed. Save the page that shows the law's text itself, or copy the text and paste it.`,
    );
  }
  return { format: 'html', fileName, lines, notes: decoded.notes, encoding: decoded.encoding };
}
