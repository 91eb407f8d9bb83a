import { Parser } from 'htmlparser2';
import { toRoman } from './html';

/**
 * Word's automatic paragraph numbering, which mammoth does not render: Word stores "(a)",
 * "Article 3" or "2.1" not as text but as a numbering definition (numbering.xml) referenced from
 * the paragraph (w:numPr) or from its style (styles.xml), and computes the numbers when it shows
 * the document. This module does the same computation so the numbers can be put back as text.
 */

/** One level of a list definition (w:lvl). */
interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  isLgl: boolean;
  /** w:lvlRestart: this level restarts after a paragraph at a level below this 1-based value; 0 = never. */
  restart: number | null;
  /** Paragraph style bound to this level (w:pStyle). */
  pStyle: string | null;
  suff: string;
  /** Left indentation of the level's paragraphs, in twips (w:pPr/w:ind), when it sets one. */
  indent: number | null;
}

interface AbstractNum {
  levels: Map<number, Level>;
  /** w:numStyleLink: the definition lives in the numbering style of this id. */
  numStyleLink: string | null;
}

interface Num {
  abstractNumId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

/** Definitions read from numbering.xml. */
export interface NumberingDefinitions {
  abstractNums: Map<string, AbstractNum>;
  nums: Map<string, Num>;
}

/** A paragraph or numbering style from styles.xml, as far as numbering is concerned. */
export interface Style {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

/** What the numbering of one paragraph of document.xml depends on, and a key to match it with mammoth's paragraph. */
export interface ParagraphRecord {
  styleId: string | null;
  numId: string | null;
  ilvl: number | null;
  /** Letters and digits of the paragraph's text, lower-cased, at most {@link KEY_LENGTH} of them. */
  key: string;
}

/** Enough characters to tell paragraphs apart when aligning two readings of one document. */
export const KEY_LENGTH = 48;

/** The alignment key of a text: its first letters and digits, lower-cased. */
export function paragraphKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .toLowerCase()
    .slice(0, KEY_LENGTH);
}

function attr(attribs: Record<string, string>, name: string): string | null {
  return attribs[`w:${name}`] ?? null;
}

function intVal(attribs: Record<string, string>): number | null {
  const value = Number.parseInt(attr(attribs, 'val') ?? '', 10);
  return Number.isFinite(value) ? value : null;
}

/** A boolean property such as `<w:isLgl/>`: present means on, unless its value says off. */
function onOff(attribs: Record<string, string>): boolean {
  return !['0', 'false', 'off'].includes(attr(attribs, 'val') ?? 'true');
}

/** Reads numbering.xml. */
export function parseNumbering(xml: string): NumberingDefinitions {
  const abstractNums = new Map<string, AbstractNum>();
  const nums = new Map<string, Num>();
  let abstractNum: AbstractNum | null = null;
  let num: Num | null = null;
  let overrideLevel: number | null = null;
  let level: { ilvl: number; def: Level } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        switch (name) {
          case 'w:abstractNum':
            abstractNum = { levels: new Map(), numStyleLink: null };
            abstractNums.set(attribs['w:abstractNumId'] ?? '', abstractNum);
            break;
          case 'w:numStyleLink':
            if (abstractNum) abstractNum.numStyleLink = attr(attribs, 'val');
            break;
          case 'w:num':
            num = { abstractNumId: '', startOverrides: new Map(), levelOverrides: new Map() };
            nums.set(attribs['w:numId'] ?? '', num);
            break;
          case 'w:abstractNumId':
            if (num) num.abstractNumId = attr(attribs, 'val') ?? '';
            break;
          case 'w:lvlOverride':
            overrideLevel = Number.parseInt(attribs['w:ilvl'] ?? '0', 10);
            break;
          case 'w:startOverride':
            if (num && overrideLevel !== null) num.startOverrides.set(overrideLevel, intVal(attribs) ?? 0);
            break;
          case 'w:lvl':
            level = {
              ilvl: Number.parseInt(attribs['w:ilvl'] ?? String(overrideLevel ?? 0), 10),
              // OOXML defaults: start 0, decimal, tab after the number.
              def: {
                start: 0,
                numFmt: 'decimal',
                lvlText: '',
                isLgl: false,
                restart: null,
                pStyle: null,
                suff: 'tab',
                indent: null,
              },
            };
            break;
          default:
            if (!level) break;
            if (name === 'w:start') level.def.start = intVal(attribs) ?? 0;
            else if (name === 'w:numFmt') level.def.numFmt = attr(attribs, 'val') ?? 'decimal';
            else if (name === 'w:lvlText') level.def.lvlText = attr(attribs, 'val') ?? '';
            else if (name === 'w:isLgl') level.def.isLgl = onOff(attribs);
            else if (name === 'w:lvlRestart') level.def.restart = intVal(attribs);
            else if (name === 'w:pStyle') level.def.pStyle = attr(attribs, 'val');
            else if (name === 'w:suff') level.def.suff = attr(attribs, 'val') ?? 'tab';
            else if (name === 'w:ind') {
              const indent = Number.parseInt(attribs['w:start'] ?? attribs['w:left'] ?? '', 10);
              if (Number.isFinite(indent)) level.def.indent = indent;
            }
        }
      },
      onclosetag(name) {
        if (name === 'w:lvl' && level) {
          if (overrideLevel !== null && num) num.levelOverrides.set(level.ilvl, level.def);
          else abstractNum?.levels.set(level.ilvl, level.def);
          level = null;
        } else if (name === 'w:lvlOverride') {
          overrideLevel = null;
        } else if (name === 'w:abstractNum') {
          abstractNum = null;
        } else if (name === 'w:num') {
          num = null;
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return { abstractNums, nums };
}

/** Reads the numbering-related part of styles.xml: each style's base and numbering reference. */
export function parseStyles(xml: string): Map<string, Style> {
  const styles = new Map<string, Style>();
  let style: Style | null = null;
  let inParagraphProps = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'w:style') {
          style = { basedOn: null, numId: null, ilvl: null };
          styles.set(attribs['w:styleId'] ?? '', style);
        } else if (!style) {
          return;
        } else if (name === 'w:basedOn') {
          style.basedOn = attr(attribs, 'val');
        } else if (name === 'w:pPr') {
          inParagraphProps++;
        } else if (inParagraphProps > 0 && name === 'w:numId') {
          style.numId = attr(attribs, 'val');
        } else if (inParagraphProps > 0 && name === 'w:ilvl') {
          style.ilvl = intVal(attribs);
        }
      },
      onclosetag(name) {
        if (name === 'w:pPr') inParagraphProps--;
        else if (name === 'w:style') style = null;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return styles;
}

/**
 * Streams document.xml and records, for every paragraph in document order, what its numbering
 * depends on and its alignment key. Content inside `mc:Fallback` is skipped: it repeats the
 * `mc:Choice` content for older readers, and mammoth reads only one of the two.
 */
export class DocumentScanner {
  readonly paragraphs: ParagraphRecord[] = [];
  private readonly parser: Parser;
  private readonly open: ParagraphRecord[] = [];
  private readonly text: string[] = [];
  private fallbackDepth = 0;
  /** Depth inside the current paragraph's own w:pPr (not a tracked change's old properties). */
  private propsDepth = 0;
  private changeDepth = 0;
  private inText = false;

  constructor() {
    this.parser = new Parser(
      {
        onopentag: (name, attribs) => this.openTag(name, attribs),
        onclosetag: (name) => this.closeTag(name),
        ontext: (data) => {
          if (this.inText && this.fallbackDepth === 0 && this.text.length > 0) {
            const i = this.text.length - 1;
            if (this.text[i]!.length < KEY_LENGTH * 4) this.text[i] += data;
          }
        },
      },
      { xmlMode: true },
    );
  }

  write(xml: string): void {
    this.parser.write(xml);
  }

  end(): ParagraphRecord[] {
    this.parser.end();
    return this.paragraphs;
  }

  private openTag(name: string, attribs: Record<string, string>): void {
    if (name === 'mc:Fallback') this.fallbackDepth++;
    if (this.fallbackDepth > 0) return;
    const paragraph = this.open[this.open.length - 1];
    switch (name) {
      case 'w:p': {
        const record: ParagraphRecord = { styleId: null, numId: null, ilvl: null, key: '' };
        this.paragraphs.push(record);
        this.open.push(record);
        this.text.push('');
        break;
      }
      case 'w:pPr':
        this.propsDepth++;
        break;
      case 'w:pPrChange':
        this.changeDepth++;
        break;
      case 'w:pStyle':
        if (paragraph && this.ownProps()) paragraph.styleId = attr(attribs, 'val');
        break;
      case 'w:numId':
        if (paragraph && this.ownProps()) paragraph.numId = attr(attribs, 'val');
        break;
      case 'w:ilvl':
        if (paragraph && this.ownProps()) paragraph.ilvl = intVal(attribs);
        break;
      case 'w:t':
        this.inText = true;
        break;
      case 'w:tab':
        if (this.propsDepth === 0 && this.text.length > 0) this.text[this.text.length - 1] += ' ';
        break;
    }
  }

  private ownProps(): boolean {
    return this.propsDepth > 0 && this.changeDepth === 0;
  }

  private closeTag(name: string): void {
    if (name === 'mc:Fallback') {
      this.fallbackDepth--;
      return;
    }
    if (this.fallbackDepth > 0) return;
    if (name === 'w:p') {
      const record = this.open.pop();
      const text = this.text.pop() ?? '';
      if (record) record.key = paragraphKey(text);
    } else if (name === 'w:pPr') {
      this.propsDepth--;
    } else if (name === 'w:pPrChange') {
      this.changeDepth--;
    } else if (name === 'w:t') {
      this.inText = false;
    }
  }
}

/** Word's "a … z, aa … zz" letter numbering (letters repeat rather than count like columns). */
function wordLetters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

const ORDINAL_SUFFIX = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
};

/** A counter value in a w:numFmt. Formats not listed are shown in decimal, as a fallback. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'lowerLetter':
      return wordLetters(n);
    case 'upperLetter':
      return wordLetters(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n).toLowerCase();
    case 'upperRoman':
      return toRoman(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'ordinal':
      return `${n}${ORDINAL_SUFFIX(n)}`;
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/** The number Word shows before a numbered paragraph, and the indentation its list level gives. */
export interface NumberLabel {
  /** Label and separator ("(a) "), or '' for a bullet or a level without a number. */
  text: string;
  /** Left indentation from the list level, in twips, when the level sets one. */
  indent: number | null;
}

/** Counters of one list (one abstract numbering definition), level by level. */
interface ListState {
  counts: (number | undefined)[];
  /** Start values imposed by a w:startOverride of the w:num in use, per level. */
  starts: Map<number, number>;
}

/**
 * Computes the number label Word shows before each paragraph ("(a)", "Article 3", "2.1.") from
 * the numbering definitions, styles and paragraphs in document order. Returns one entry per
 * paragraph, null for an unnumbered paragraph.
 */
export function computeLabels(
  paragraphs: readonly ParagraphRecord[],
  definitions: NumberingDefinitions,
  styles: Map<string, Style>,
): (NumberLabel | null)[] {
  const lists = new Map<string, ListState>();
  const startedNums = new Set<string>();

  const styleNumbering = (styleId: string | null): { numId: string | null; ilvl: number | null } => {
    const seen = new Set<string>();
    for (let id = styleId; id && !seen.has(id); id = styles.get(id)?.basedOn ?? null) {
      seen.add(id);
      const style = styles.get(id);
      if (style?.numId) return { numId: style.numId, ilvl: style.ilvl };
    }
    return { numId: null, ilvl: null };
  };

  /** The abstract definition behind a num, following numbering-style links. */
  const resolve = (numId: string): { abstractId: string; abstract: AbstractNum; num: Num } | null => {
    const seen = new Set<string>();
    const num = definitions.nums.get(numId);
    let id = num?.abstractNumId;
    while (num && id !== undefined && !seen.has(id)) {
      seen.add(id);
      const abstract = definitions.abstractNums.get(id);
      if (!abstract) return null;
      if (!abstract.numStyleLink) return { abstractId: id, abstract, num };
      const linkedNumId = styles.get(abstract.numStyleLink)?.numId;
      id = linkedNumId ? definitions.nums.get(linkedNumId)?.abstractNumId : undefined;
    }
    return null;
  };

  return paragraphs.map((p) => {
    const fromStyle = styleNumbering(p.styleId);
    const numId = p.numId ?? fromStyle.numId;
    // numId 0 explicitly removes numbering inherited from the style.
    if (!numId || numId === '0') return null;
    const resolved = resolve(numId);
    if (!resolved) return null;
    const { abstractId, abstract, num } = resolved;
    let ilvl = p.ilvl ?? (p.numId ? null : fromStyle.ilvl);
    if (ilvl === null && p.styleId) {
      for (const [index, def] of abstract.levels) if (def.pStyle === p.styleId) ilvl = index;
    }
    ilvl ??= 0;
    const levelDef = (index: number): Level | undefined => num.levelOverrides.get(index) ?? abstract.levels.get(index);
    const def = levelDef(ilvl);
    if (!def) return null;

    let list = lists.get(abstractId);
    if (!list) {
      list = { counts: [], starts: new Map() };
      lists.set(abstractId, list);
    }
    if (!startedNums.has(numId)) {
      // The first paragraph of a w:num with start overrides restarts those levels.
      startedNums.add(numId);
      for (const [index, start] of num.startOverrides) {
        list.starts.set(index, start);
        list.counts[index] = undefined;
      }
    }
    const startOf = (index: number): number => list.starts.get(index) ?? levelDef(index)?.start ?? 0;
    const current = list.counts[ilvl];
    list.counts[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restart = levelDef(deeper)?.restart ?? deeper;
      if (restart !== 0 && ilvl < restart) list.counts[deeper] = undefined;
    }

    if (def.numFmt === 'bullet') return { text: '', indent: def.indent };
    const label = def.lvlText.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const value = list.counts[index] ?? startOf(index);
      return formatNumber(value, def.isLgl ? 'decimal' : (levelDef(index)?.numFmt ?? 'decimal'));
    });
    // A tab or a space after the number both read as a space; "nothing" glues it to the text.
    return { text: label === '' ? '' : label + (def.suff === 'nothing' ? '' : ' '), indent: def.indent };
  });
}
