/**
 * The tree builder: one pass over the classified lines of a law with a stack of open
 * provisions (groups → unit → numbered items), plus a second frame for text that an
 * amending provision inserts into another law.
 */
import type { LanguageCode } from '../domain/source';
import type { Provision, ProvisionLevel } from '../domain/provision';
import type { Line } from './lines';
import {
  compareKeys,
  idFragment,
  isLetterSuccessor,
  isRoman,
  isRomanSuccessor,
  isSuccessor,
  numberKey,
  romanValue,
  type NumberKey,
} from './numbers';
import {
  endsClosed,
  endsWithLead,
  isCapitals,
  isCitationNote,
  looksLikeHeading,
  marginalNote,
  matchGroup,
  matchItem,
  matchSchedule,
  matchUnit,
  opensSentence,
  splitInlineHeading,
  splitLeadingSentenceHeading,
  type GroupMatch,
  type ItemMatch,
  type ItemScript,
  type ItemStyle,
  type ScheduleMatch,
  type UnitFamily,
  type UnitMatch,
} from './patterns';
import { findTableOfContents, type StructuralKey } from './toc';

/** What one line opens, before context decides whether to believe it. */
export type Classified =
  | { kind: 'blank' }
  | { kind: 'group'; group: GroupMatch }
  | { kind: 'schedule'; schedule: ScheduleMatch }
  | { kind: 'unit'; unit: UnitMatch }
  | { kind: 'item'; item: ItemMatch }
  | { kind: 'note'; heading: string }
  | { kind: 'text' };

/** A provision under construction: the output object plus what the builder needs to nest into it. */
interface Node {
  p: Provision;
  lines: string[];
  /** For numbered items: script and style, which decide where the next item nests. */
  script?: ItemScript | 'definition';
  style?: ItemStyle;
  label?: string;
  /** Indexes in `lines` of text quoted from or for another law (an amendment's new wording). */
  embedded?: Set<number>;
}

/** Where numbered items go: a unit (or inserted unit, schedule paragraph, schedule) and its open items. */
interface Frame {
  base: Node | null;
  items: Node[];
  /** Last line added in this frame, to tell a wrapped line from a new paragraph. */
  last: string | null;
}

/** Text an amending provision quotes or indents: units found in it are the units it inserts. */
interface Embed {
  mode: 'indent' | 'quote';
  baseIndent: number;
  owner: Node;
  frame: Frame;
  /** Numbers the amending words announce ("shall have effect as section 45C"). */
  hints: string[];
}

const UNIT_WORD: Record<LanguageCode, string> = { en: 'Section', fr: 'Article', es: 'Artículo' };
const PARAGRAPH_WORD: Record<LanguageCode, string> = { en: 'Paragraph', fr: 'Paragraphe', es: 'Párrafo' };

/** Words of an enacting formula, after which the body of the law starts. */
const ENACTING =
  /(?<![\p{L}])(be it enacted|it is hereby enacted|enacts as follows|hereby enacted as follows|édicte\s*:|édictent\s*:|décrète\s*:|ont adopté|a adopté, le président|decreta\s*:|sancionan? con fuerza de\s+ley|ha dado su aprobación al siguiente proyecto|ha aprobado el siguiente proyecto)/iu;

/** Amending words that announce quoted or indented text to be inserted or substituted. */
const INTRODUCER_CUE =
  /(?<![\p{L}])(following|follows|insert\p{L}*|substitut\p{L}*|replac\p{L}*|add(?:ed|ing)?|read|suit|suivant\p{L}*|siguientes?|tenor|indican|sustit\p{L}*|reemplaz\p{L}*|agreg\p{L}*|incorp\p{L}*|intercal\p{L}*|intercál\p{L}*|añad\p{L}*|rédigé\p{L}*|remplac\p{L}*|ajout\p{L}*|insér\p{L}*)(?![\p{L}])/iu;

const ANNOUNCED_NUMBER =
  /\b(?:as|new|nuevo|nouvel|nouveau)\s+(?:section|article|artículo|art\.)\s+(\d+(?:\.\d+)*[A-Za-z]?(?:\s(?:bis|ter|qu[aá]ter|quinquies|sexies|septies|octies))?)/gi;
const ANNOUNCED_NUMBER_AFTER =
  /\b(?:section|article|artículo)\s+(\d+(?:\.\d+)*[A-Za-z]?(?:\s(?:bis|ter|qu[aá]ter|quinquies|sexies|septies|octies))?),?\s+(?:nuevo|nouveau|new)\b/gi;

const DEFINITION_START =
  /^["“«‘']\s*([^"”»’']{1,100}?)\s*["”»’']\s*(?:\([^)]{0,60}\)\s*)?,?\s*(?:[\p{L}\s,-]{0,60}?\s)?(means|includes?|has the (?:same )?meaning|is|are|shall (?:mean|include|have)|refers to|s['’]entend|désigne|signifie|comprend|se entender[áa]|significa|designa|comprende)\b/iu;

const CLOSING_QUOTE = /["”»’]\s*[.;,]*\s*$/;

export interface BuildResult {
  children: Provision[];
  /** Offsets in a provision's text of wording it quotes for another law; its references are that law's. */
  quotedRanges: Map<Provision, Array<[number, number]>>;
  tableOfContentsSkipped: boolean;
  warnings: string[];
  /** Text before the body (title, long title, preamble), used to tell the law's own name in references. */
  frontMatter: string;
}

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

function structuralKey(c: Classified, family: UnitFamily): string | null {
  if (c.kind === 'group') return `g:${c.group.level}:${c.group.value}`;
  if (c.kind === 'unit' && c.unit.family === family && c.unit.strong) return `u:${c.unit.number.toLowerCase()}`;
  if (c.kind === 'schedule') return `s:${c.schedule.label.toLowerCase()}`;
  return null;
}

/**
 * Build the provision tree of a law from its lines.
 * @param lines the law's logical lines (see toLines)
 * @param language language of the law, for generated labels and language-specific headings
 */
export function buildTree(lines: Line[], language: LanguageCode): BuildResult {
  const units = lines.map((l) => (l.body ? matchUnit(l.body, true) : null));
  const family = detectFamily(units);
  const cls = lines.map((l, i) => classify(l, units[i]!, family, language));
  const keys: StructuralKey[] = [];
  cls.forEach((c, index) => {
    const key = structuralKey(c, family);
    if (key) keys.push({ index, key });
  });
  const toc = findTableOfContents(lines, keys);
  return new Builder(lines, cls, family, language, toc).run();
}

class Builder {
  private readonly root: Provision[] = [];
  private readonly used = new Set<string>();
  private readonly warnings: string[] = [];
  private readonly preamble: Node;
  private groups: Array<{ node: Node; rank: number }> = [];
  /** Order in which grouping keywords first appear: a keyword seen earlier nests outside a later one. */
  private readonly keywordRank = new Map<string, number>();
  private top: Frame = { base: null, items: [], last: null };
  private schedule: Node | null = null;
  private lastTopKey: NumberKey | null = null;
  private lastScheduleKey: NumberKey | null = null;
  private embed: Embed | null = null;
  private introducer: { indent: number; owner: Node; hints: string[] } | null = null;
  private pendingHeading: string | null = null;
  private pendingNotes: string[] = [];
  /** A group or schedule whose heading may be on the next line. */
  private awaitingHeading: Node | null = null;
  private blankBefore = true;
  private readonly consumed = new Set<number>();
  /** Source line of each primary unit number seen, to report numbers printed twice. */
  private readonly unitLines = new Map<string, number>();
  private sectionGroups = 0;
  private schedules = 0;
  private frontMatter: string[] = [];

  constructor(
    private readonly lines: Line[],
    private readonly cls: Classified[],
    private readonly family: UnitFamily,
    private readonly language: LanguageCode,
    private readonly toc: { start: number; end: number } | null,
  ) {
    this.preamble = this.makeNode(null, {
      id: 'preamble',
      level: 'preamble',
      number: '',
      label: 'Preamble',
      heading: null,
      line: 0,
      page: lines[0]?.page ?? null,
    });
  }

  run(): BuildResult {
    const bodyStart = this.findBodyStart();
    for (let i = 0; i < this.lines.length; i++) {
      if (this.toc && i >= this.toc.start && i < this.toc.end) continue;
      if (this.consumed.has(i)) continue;
      const line = this.lines[i]!;
      if (i < bodyStart) {
        if (line.text) {
          this.preamble.lines.push(line.text);
          this.frontMatter.push(line.text);
        }
        continue;
      }
      this.step(i);
    }
    this.closeEmbed();
    const children = this.preamble.lines.length ? [this.preamble.p, ...this.root] : this.root;
    const quotedRanges = this.finalise(children);
    return {
      children,
      quotedRanges,
      tableOfContentsSkipped: this.toc !== null,
      warnings: this.warnings,
      frontMatter: this.frontMatter.join('\n'),
    };
  }

  /** The first line of the body: after the enacting formula, else the first designation. */
  private findBodyStart(): number {
    const inToc = (i: number) => this.toc !== null && i >= this.toc.start && i < this.toc.end;
    let firstUnit = -1;
    let firstStructure = -1;
    for (let i = 0; i < this.cls.length; i++) {
      if (inToc(i)) continue;
      const c = this.cls[i]!;
      if (c.kind === 'unit' && c.unit.family === this.family && c.unit.strong) {
        firstUnit = i;
        if (firstStructure < 0) firstStructure = i;
        break;
      }
      if ((c.kind === 'group' || c.kind === 'schedule') && firstStructure < 0) firstStructure = i;
    }
    const searchEnd = firstUnit >= 0 ? firstUnit : this.lines.length;
    let formula = -1;
    for (let i = 0; i < searchEnd; i++) if (!inToc(i) && ENACTING.test(this.lines[i]!.text)) formula = i;
    if (formula >= 0) return formula + 1;
    if (firstStructure <= 0) return 0;
    // A heading printed right above the first provision ("INTERPRETATION", "[Short title.]") is its heading.
    const above = this.lines[firstStructure - 1]!;
    const c = this.cls[firstStructure - 1]!;
    return c.kind === 'note' || (c.kind === 'text' && looksLikeHeading(above.body))
      ? firstStructure - 1
      : firstStructure;
  }

  // ---- one line ------------------------------------------------------------------------

  private step(i: number): void {
    const line = this.lines[i]!;
    const c = this.cls[i]!;
    if (c.kind === 'blank') {
      this.blankBefore = true;
      return;
    }
    if (c.kind !== 'text') this.awaitingHeading = null;
    if (this.introducer) this.maybeOpenEmbed(line, c);
    if (this.embed && this.leavesEmbed(line, c)) this.closeEmbed();
    if (this.embed) {
      this.stepEmbedded(i, line, c);
      if (this.embed && this.embed.mode === 'quote' && CLOSING_QUOTE.test(line.text)) this.closeEmbed();
    } else {
      this.stepBody(i, line, c);
    }
    this.blankBefore = false;
  }

  private stepBody(i: number, line: Line, c: Classified): void {
    const frame = this.top;
    switch (c.kind) {
      case 'schedule':
        this.openSchedule(i, c.schedule);
        return;
      case 'group':
        if (this.schedule) break;
        this.openGroup(i, c.group);
        return;
      case 'unit':
        if (this.acceptUnit(c.unit)) {
          this.openUnit(i, c.unit);
          return;
        }
        if (this.family !== 'bare') {
          const asItem = matchItem(line.body, true);
          if (asItem && frame.base) {
            this.openItemFromText(frame, i, asItem);
            return;
          }
        }
        break;
      case 'item':
        if (frame.base && !this.wrappedLabel(c.item, frame)) {
          this.openItemFromText(frame, i, c.item);
          return;
        }
        break;
      case 'note':
        if (this.nextOpensUnit(i)) {
          this.pendingHeading = c.heading;
          return;
        }
        break;
      case 'text':
        break;
    }
    this.textLine(frame, i, line);
  }

  /** Whether a unit designation at top level starts a new primary unit (or schedule paragraph). */
  private acceptUnit(u: UnitMatch): boolean {
    if (u.family !== this.family) return false;
    const key = numberKey(u.number);
    if (this.schedule) {
      // A unit continuing the law's own numbering, and not the schedule's, ends a schedule
      // printed between units.
      const continuesSchedule = key !== null && this.lastScheduleKey !== null && isSuccessor(this.lastScheduleKey, key);
      if (
        this.family === 'bare' &&
        key &&
        this.lastTopKey &&
        isSuccessor(this.lastTopKey, key) &&
        u.strong &&
        !continuesSchedule
      ) {
        this.schedule = null;
        return true;
      }
      if (this.family !== 'bare') return true;
      if (!u.strong) return false;
      return !key || !this.lastScheduleKey || compareKeys(key, this.lastScheduleKey) > 0;
    }
    if (this.family !== 'bare') return true;
    if (!key) return false;
    // Bare numbers must go forward: a lower number is a quoted or replaced section, a list item or a date.
    if (this.lastTopKey && compareKeys(key, this.lastTopKey) <= 0) return false;
    // A weak designation ("279.02 Every person") is believed when it is numbered like a
    // section ("279.01", "3A") or comes close after the previous one; a plain number far
    // ahead ("2010 The Minister...") is a wrapped line of text.
    if (!u.strong && key.parts.length === 0 && !key.letter && !key.suffix) {
      const previous = this.lastTopKey?.base ?? 0;
      if (key.base > previous + 5) return false;
    }
    return true;
  }

  private textLine(frame: Frame, i: number, line: Line): void {
    const body = line.body;
    if (this.awaitingHeading) {
      const target = this.awaitingHeading;
      this.awaitingHeading = null;
      const stripped = body.replace(/^\([^)]*\)\s*/, '');
      if (stripped !== body && (isCapitals(stripped) || looksLikeHeading(stripped))) {
        target.p.heading = stripped;
        target.lines.push(body.slice(0, body.length - stripped.length).trim());
        return;
      }
      if (body.length <= 200 && (isCapitals(body) || looksLikeHeading(body)) && !endsWithLead(body)) {
        target.p.heading = body;
        return;
      }
    }
    if (!this.embed && isCitationLine(body) && this.nextOpensUnit(i)) {
      this.pendingNotes.push(line.text);
      return;
    }
    if (this.isHeadingFor(i, line, frame)) {
      this.pendingHeading = body;
      return;
    }
    if (!this.embed && this.opensSectionGroup(i, line, frame)) {
      this.openSectionGroup(i, body);
      return;
    }
    if (frame.base && DEFINITION_START.test(body)) {
      this.openDefinition(frame, i, line);
      return;
    }
    if (frame.base) this.addInlineText(frame, line.text, i);
    else this.addText(frame, line.text);
  }

  // ---- groups, schedules, units ----------------------------------------------------------

  private openGroup(i: number, g: GroupMatch): void {
    this.schedule = null;
    this.closeUnit();
    let rank = this.keywordRank.get(g.keyword);
    if (rank === undefined) {
      rank = this.keywordRank.size;
      this.keywordRank.set(g.keyword, rank);
    }
    while (this.groups.length && this.groups.at(-1)!.rank >= rank) this.groups.pop();
    const parent = this.groups.at(-1)?.node ?? null;
    const id = `${parent && parent.p.level !== 'section-group' ? `${parent.p.id}.` : ''}${g.idPrefix}${idFragment(g.value)}`;
    const node = this.makeNode(parent, {
      id,
      level: g.level,
      number: g.number,
      label: g.label,
      heading: g.heading,
      line: i,
      page: this.lines[i]!.page,
    });
    this.groups.push({ node, rank });
    if (!g.heading) this.awaitingHeading = node;
    this.pendingHeading = null;
  }

  /** An unnumbered cross-heading in capitals ("COORDINATING AMENDMENTS") between units. */
  private opensSectionGroup(i: number, line: Line, frame: Frame): boolean {
    if (this.schedule || !isCapitals(line.body) || line.body.length > 120 || /[,;:]$/.test(line.body)) return false;
    if (!this.blankBefore && frame.last !== null && !endsClosed(frame.last)) return false;
    const next = this.nextContent(i);
    return next < 0 || this.cls[next]!.kind !== 'text' || this.lines[next]!.body.startsWith('[') || next > i + 1;
  }

  private openSectionGroup(i: number, heading: string): void {
    this.closeUnit();
    const rank = Number.MAX_SAFE_INTEGER;
    while (this.groups.length && this.groups.at(-1)!.rank >= rank) this.groups.pop();
    const parent = this.groups.at(-1)?.node ?? null;
    const node = this.makeNode(parent, {
      id: `${parent ? `${parent.p.id}.` : ''}sg${++this.sectionGroups}`,
      level: 'section-group',
      number: '',
      label: '',
      heading,
      line: i,
      page: this.lines[i]!.page,
    });
    this.groups.push({ node, rank });
  }

  private openSchedule(i: number, s: ScheduleMatch): void {
    this.closeUnit();
    this.groups = [];
    const node = this.makeNode(null, {
      id: `sch${++this.schedules}`,
      level: 'schedule',
      number: String(this.schedules),
      label: s.label,
      heading: s.heading,
      line: i,
      page: this.lines[i]!.page,
    });
    if (s.note) node.lines.push(s.note);
    this.schedule = node;
    this.lastScheduleKey = null;
    this.top = { base: node, items: [], last: null };
    if (!s.heading) this.awaitingHeading = node;
  }

  private openUnit(i: number, u: UnitMatch): void {
    this.closeUnit();
    const line = this.lines[i]!;
    const key = numberKey(u.number);
    let node: Node;
    if (this.schedule) {
      if (key) this.lastScheduleKey = key;
      node = this.makeNode(this.schedule, {
        id: `${this.schedule.p.id}.${idFragment(u.number)}`,
        level: 'paragraph',
        number: u.number,
        label: u.word ? u.printed : `${PARAGRAPH_WORD[this.language]} ${u.printed}`,
        heading: null,
        line: i,
        page: line.page,
      });
    } else {
      if (key) this.lastTopKey = key;
      this.noteRepeatedNumber(u, i);
      const parent = this.groups.at(-1)?.node ?? null;
      node = this.makeNode(parent, {
        id: `s${idFragment(u.number)}`,
        level: 'unit',
        number: u.number,
        label: this.unitLabel(u),
        heading: null,
        line: i,
        page: line.page,
      });
    }
    this.top = { base: node, items: [], last: null };
    if (this.pendingNotes.length) {
      node.lines.push(...this.pendingNotes);
      this.pendingNotes = [];
    }
    this.fillUnit(this.top, node, u, i);
  }

  /**
   * A unit number printed twice is worth a look (a misprint, or a quoted section the builder
   * could not tell apart). Notes inside the United States Code repeat "§ 1." by design.
   */
  private noteRepeatedNumber(u: UnitMatch, i: number): void {
    const key = u.number.toLowerCase();
    const first = this.unitLines.get(key);
    if (first === undefined) this.unitLines.set(key, this.lines[i]!.src);
    else if (u.family !== 'sign')
      this.warnings.push(`${u.printed} is printed twice (lines ${first + 1} and ${this.lines[i]!.src + 1}).`);
  }

  private unitLabel(u: UnitMatch): string {
    return u.word ? u.printed : `${UNIT_WORD[this.language]} ${u.printed}`;
  }

  /** Heading and first text of a unit from what its line carries after the designation. */
  private fillUnit(frame: Frame, node: Node, u: UnitMatch, i: number): void {
    let rest = u.rest;
    if (this.pendingHeading) {
      node.p.heading = this.pendingHeading;
      this.pendingHeading = null;
    } else if (u.family === 'sign' && rest && rest.length <= 400 && !matchItem(rest, false)) {
      // United States Code style: "§ 1324. Bringing in and harboring certain aliens".
      node.p.heading = rest.replace(/\.$/, '');
      rest = '';
    } else if (rest) {
      const inline = splitInlineHeading(rest);
      if (inline) {
        node.p.heading = inline.heading;
        rest = inline.text;
      } else if (looksLikeHeading(rest) && !/[.;:,]$/.test(rest) && !opensSentence(rest) && this.nextIsBody(i)) {
        node.p.heading = rest;
        rest = '';
      } else if (u.family === 'keyword' && this.language !== 'en') {
        const lead = splitLeadingSentenceHeading(rest);
        if (lead) {
          node.p.heading = lead.heading;
          rest = lead.text;
        }
      }
    } else {
      const next = this.nextContent(i);
      if (next === i + 1 || (next > i && this.family === 'keyword')) {
        const body = this.lines[next]!.body;
        if (
          this.cls[next]!.kind === 'text' &&
          looksLikeHeading(body) &&
          !/[.;:,]$/.test(body) &&
          this.nextIsBody(next)
        ) {
          node.p.heading = body;
          this.consumed.add(next);
        }
      }
    }
    if (!rest) return;
    const item = matchItem(rest, this.family !== 'bare');
    if (item) {
      this.openItemFromText(frame, i, item);
      return;
    }
    this.addInlineText(frame, rest, i);
  }

  private closeUnit(): void {
    this.top = { base: this.schedule, items: [], last: null };
    this.awaitingHeading = null;
    this.introducer = null;
  }

  // ---- numbered items --------------------------------------------------------------------

  /** Open an item and any items chained after it on the same line ("(13)(A) The terms..."). */
  private openItemFromText(frame: Frame, i: number, m: ItemMatch): void {
    const node = this.nestItem(frame, i, m);
    let rest = m.rest;
    if (this.pendingHeading) {
      node.p.heading = this.pendingHeading;
      this.pendingHeading = null;
    }
    // Headings glued to what follows them ("Criminal penalties(1)", "In generalAny") are rare:
    // test for the glue cheaply before running the patterns that find the heading.
    const head = rest.slice(0, 90);
    const glued = /[A-Za-zÀ-ÿ]\(/.test(head)
      ? /^([\p{Lu}][^()—.;:]{1,80}?\p{Ll})(?=\((?:1|a|A|i|I|aa|AA)\))/u.exec(rest)
      : null;
    if (glued) {
      node.p.heading = glued[1]!.trim();
      rest = rest.slice(glued[0].length);
    } else if (/[a-zà-ÿ][A-ZÀ-Þ]/.test(head)) {
      const camel = /^(\p{Lu}[\p{Ll}'’-]*(?:\s[\p{L}'’-]+){0,8}?\p{Ll}{2})(?=\p{Lu}\p{Ll}*[\s,])/u.exec(rest);
      if (camel && camel[1]!.length <= 60) {
        node.p.heading = camel[1]!;
        rest = rest.slice(camel[0].length);
      }
    }
    const chained = matchItem(rest, false);
    if (chained && rest.startsWith('(')) {
      this.openItemFromText(frame, i, chained);
      return;
    }
    if (!node.p.heading && rest && looksLikeHeading(rest) && !/[.;:,—–-]$/.test(rest) && this.nextIsText(i)) {
      node.p.heading = rest;
      return;
    }
    this.addInlineText(frame, rest, i);
  }

  /**
   * Add text that follows a designation on its line, opening the items it announces inline
   * after a dash ("Any person who—(i) knowing that...").
   */
  private addInlineText(frame: Frame, text: string, i: number): void {
    const split = /[—–:]\s?["“]?(?=\((?:1|a|A|i|I|aa|AA)\)[\s(])/.exec(text);
    if (split) {
      const head = text.slice(0, split.index + split[0].length);
      const tail = text.slice(split.index + split[0].length);
      const item = matchItem(tail, false);
      if (item) {
        this.addText(frame, head);
        this.openItemFromText(frame, i, item);
        return;
      }
    }
    if (text) {
      this.addText(frame, text);
      this.noteIntroducer(frame, { ...this.lines[i]!, text, body: text });
    }
  }

  private nestItem(frame: Frame, i: number, m: ItemMatch): Node {
    const script = resolveScript(m, frame.items);
    let at = -1;
    for (let k = frame.items.length - 1; k >= 0; k--) {
      const it = frame.items[k]!;
      if (it.script === script && it.style === m.style) {
        at = k;
        break;
      }
    }
    // A list that starts again ("(a)" while an "(a)" is open higher up) is a new, deeper list:
    // the United States Code numbers its fifth level with the letters of its first.
    if (at >= 0 && LIST_START.has(m.base) && !this.continuesList(frame, at, m.base, script)) at = -1;
    if (at >= 0) frame.items.length = at;
    const parent = frame.items.at(-1) ?? frame.base!;
    const node = this.makeNode(parent, {
      id: `${parent.p.id}.${idFragment(m.value)}`,
      level: itemLevel(parent.p.level, script),
      number: m.value,
      label: m.label,
      heading: null,
      line: i,
      page: this.lines[i]!.page,
    });
    node.script = script;
    node.style = m.style;
    node.label = m.value;
    frame.items.push(node);
    frame.last = null;
    return node;
  }

  /**
   * Whether a list-opening label continues the open list at `at` ("(aa)" right after "(a)" is
   * inserted in it) rather than opening a deeper one ("(aa)" under "(III)" in the US Code).
   */
  private continuesList(frame: Frame, at: number, label: string, script: ItemScript): boolean {
    const prev = frame.items[at]!.label;
    // Right after its namesake an item is its sibling, even when the numbering repeats by mistake.
    if (at === frame.items.length - 1) return true;
    if (prev === undefined || !followsInList(prev, label, script)) return false;
    return !(label.length === prev.length + 1 && label.startsWith(prev));
  }

  /** A defined term printed as its own paragraph (‘"child" means...’) becomes an item of the unit. */
  private openDefinition(frame: Frame, i: number, line: Line): void {
    const m = DEFINITION_START.exec(line.body)!;
    let at = frame.items.findIndex((n) => n.script === 'definition');
    if (at < 0 && frame.items.length && frame.last !== null && endsClosed(frame.last))
      at = this.chapeauIndex(frame) + 1;
    if (at >= 0) frame.items.length = at;
    const parent = frame.items.at(-1) ?? frame.base!;
    const term = m[1]!.trim();
    const node = this.makeNode(parent, {
      id: `${parent.p.id}.${slug(term)}`,
      level: itemLevel(parent.p.level, 'definition'),
      number: term,
      label:
        line.body.slice(0, m[0].indexOf(term) + term.length).trimEnd() +
        (/["”»’']/.exec(m[0].slice(m[0].indexOf(term) + term.length))?.[0] ?? ''),
      heading: null,
      line: i,
      page: line.page,
    });
    node.script = 'definition';
    frame.items.push(node);
    frame.last = null;
    this.addText(frame, line.text);
  }

  /** Index in frame.items of the nearest open item whose text announces a list ("who—"); -1 for the base. */
  private chapeauIndex(frame: Frame): number {
    for (let k = frame.items.length - 2; k >= 0; k--) {
      const last = frame.items[k]!.lines.at(-1);
      if (last && endsWithLead(last)) return k;
    }
    const baseLast = frame.base?.lines.at(-1);
    if (baseLast && endsWithLead(baseLast)) return -1;
    return frame.items.length - 1;
  }

  /**
   * Add a line of text. After a finished list item, text that is not a wrapped continuation
   * closes the list ("shall be guilty of an offence.") and belongs to the provision that
   * introduced the list.
   */
  private addText(frame: Frame, text: string): void {
    if (!text) return;
    if (frame.items.length && frame.last !== null && endsClosed(frame.last)) {
      const k = this.chapeauIndex(frame);
      frame.items.length = k + 1;
    }
    const target = frame.items.at(-1) ?? frame.base ?? this.groups.at(-1)?.node ?? this.preamble;
    target.lines.push(text);
    frame.last = text;
  }

  // ---- amendments ------------------------------------------------------------------------

  private noteIntroducer(frame: Frame, line: Line): void {
    if (this.embed || !frame.base || this.schedule) return;
    // "...the following:", "...the following new section—", "de ce qui suit :".
    if (!/(?:[:：]\s*[-–—]*|—)\s*$/.test(line.text) || !INTRODUCER_CUE.test(line.text)) return;
    const owner = frame.items.at(-1) ?? frame.base;
    const hints: string[] = [];
    const ownText = owner.lines.join(' ');
    for (const re of [ANNOUNCED_NUMBER, ANNOUNCED_NUMBER_AFTER]) {
      re.lastIndex = 0;
      for (let m = re.exec(ownText); m; m = re.exec(ownText)) hints.push(m[1]!);
    }
    this.introducer = { indent: line.indent, owner, hints };
  }

  private maybeOpenEmbed(line: Line, c: Classified): void {
    const intro = this.introducer!;
    this.introducer = null;
    if (c.kind === 'blank') return;
    const mode = line.indent > intro.indent ? 'indent' : line.quoted ? 'quote' : null;
    if (!mode) return;
    this.embed = {
      mode,
      baseIndent: intro.indent,
      owner: intro.owner,
      frame: { base: null, items: [], last: null },
      hints: intro.hints,
    };
  }

  private leavesEmbed(line: Line, c: Classified): boolean {
    const e = this.embed!;
    if (e.mode === 'indent') return line.indent <= e.baseIndent;
    if (c.kind !== 'unit' || line.quoted || c.unit.family !== this.family) return false;
    if (c.unit.family === 'sign') return true;
    const key = numberKey(c.unit.number);
    return key !== null && this.lastTopKey !== null && isSuccessor(this.lastTopKey, key);
  }

  private closeEmbed(): void {
    const e = this.embed;
    if (!e) return;
    this.embed = null;
    const base = e.frame.base;
    if (base && e.mode === 'quote') {
      const holder = e.frame.items.at(-1) ?? base;
      const last = holder.lines.at(-1);
      if (last !== undefined)
        holder.lines[holder.lines.length - 1] = last.replace(CLOSING_QUOTE, (q) =>
          q.replace(/^["”»’]\s*/, '').replace(/^[.;,]+/, ''),
        );
    }
  }

  private stepEmbedded(i: number, line: Line, c: Classified): void {
    const e = this.embed!;
    const frame = e.frame;
    if (c.kind === 'unit' && (c.unit.family !== 'bare' || this.family === 'bare')) {
      this.openInserted(i, c.unit);
      return;
    }
    const heading = c.kind === 'note' ? c.heading : c.kind === 'text' && looksLikeHeading(line.body) ? line.body : null;
    if (heading !== null) {
      const next = i + 1 < this.cls.length ? this.cls[i + 1]! : null;
      const opensUnit = next?.kind === 'unit';
      const opensItem = frame.base !== null && next?.kind === 'item';
      if (opensUnit || opensItem) {
        this.pendingHeading = heading;
        return;
      }
    }
    if (frame.base) {
      if (c.kind === 'item') {
        this.openItemFromText(frame, i, c.item);
        return;
      }
      if (DEFINITION_START.test(line.body)) {
        this.openDefinition(frame, i, line);
        return;
      }
      this.addText(frame, line.body);
      return;
    }
    this.pendingHeading = null;
    const at = e.owner.lines.push(line.text) - 1;
    (e.owner.embedded ??= new Set()).add(at);
  }

  private openInserted(i: number, u: UnitMatch): void {
    const e = this.embed!;
    const line = this.lines[i]!;
    const hint = e.hints.find((h) => h.toLowerCase() === u.number.toLowerCase());
    const node = this.makeNode(e.owner, {
      id: `${e.owner.p.id}.s${idFragment(u.number)}`,
      level: 'unit',
      number: u.number,
      label: this.unitLabel(u),
      heading: null,
      line: i,
      page: line.page,
    });
    node.p.insertedNumber = hint ?? u.number;
    e.frame = { base: node, items: [], last: null };
    this.fillUnit(e.frame, node, u, i);
  }

  // ---- lookahead -------------------------------------------------------------------------

  private nextContent(i: number): number {
    for (let j = i + 1; j < this.lines.length; j++) if (this.cls[j]!.kind !== 'blank') return j;
    return -1;
  }

  /**
   * "2) del artículo 300..." after a line cut mid-sentence ("...previstos en el inciso") is
   * the rest of that sentence, not an item: items in "2)" or "2." style follow a line that
   * ends with punctuation, or open with a capital.
   */
  private wrappedLabel(m: ItemMatch, frame: Frame): boolean {
    if (m.label.startsWith('(') || frame.last === null || endsClosed(frame.last)) return false;
    return /^\p{Ll}/u.test(m.rest);
  }

  /** The next line (no blank between) opens a unit the builder would accept. */
  private nextOpensUnit(i: number): boolean {
    const c = this.cls[i + 1];
    if (!c) return false;
    if (c.kind === 'note') return this.nextOpensUnit(i + 1);
    return c.kind === 'unit' && (c.unit.family === this.family || this.embed !== null);
  }

  /** A short line right before a unit or item is its heading (or marginal note). */
  private isHeadingFor(i: number, line: Line, frame: Frame): boolean {
    if (!looksLikeHeading(line.body) || /[.;:,]$/.test(line.body)) return false;
    if (!this.blankBefore && frame.last !== null && !endsClosed(frame.last)) return false;
    const next = this.cls[i + 1];
    if (!next) return false;
    if (next.kind === 'unit') return next.unit.family === this.family && this.acceptUnitPreview(next.unit);
    return next.kind === 'item' && frame.base !== null;
  }

  private acceptUnitPreview(u: UnitMatch): boolean {
    const key = numberKey(u.number);
    if (this.family !== 'bare' || this.schedule) return true;
    return key !== null && (this.lastTopKey === null || compareKeys(key, this.lastTopKey) > 0);
  }

  /** What follows line i is the body of a provision (text or items), so a short line i is a heading. */
  private nextIsBody(i: number): boolean {
    const j = this.nextContent(i);
    if (j < 0) return false;
    const k = this.cls[j]!.kind;
    // A next line in lower case continues a sentence cut by the line break.
    return k === 'item' || (k === 'text' && !/^\p{Ll}/u.test(this.lines[j]!.body));
  }

  private nextIsText(i: number): boolean {
    const j = this.nextContent(i);
    return j >= 0 && this.cls[j]!.kind === 'text' && /^\p{Lu}/u.test(this.lines[j]!.body);
  }

  // ---- nodes -----------------------------------------------------------------------------

  private makeNode(
    parent: Node | null,
    init: {
      id: string;
      level: ProvisionLevel;
      number: string;
      label: string;
      heading: string | null;
      line: number;
      page: number | null;
    },
  ): Node {
    const id = this.uniqueId(init.id);
    const p: Provision = {
      id,
      level: init.level,
      number: init.number,
      label: init.label,
      heading: init.heading,
      text: '',
      path: parent ? [...parent.p.path, parent.p.id] : [],
      page: init.page,
      line: this.lines[init.line]?.src ?? init.line,
      children: [],
    };
    const node: Node = { p, lines: [] };
    if (init.level !== 'preamble') {
      if (parent) parent.p.children.push(p);
      else this.root.push(p);
    }
    nodes.set(p, node);
    return node;
  }

  private uniqueId(id: string): string {
    let out = id;
    for (let n = 2; this.used.has(out); n++) out = `${id}~${n}`;
    this.used.add(out);
    return out;
  }

  /** Join each provision's own lines into its text; return where quoted wording sits in it. */
  private finalise(children: Provision[]): Map<Provision, Array<[number, number]>> {
    const quoted = new Map<Provision, Array<[number, number]>>();
    const walk = (list: Provision[]) => {
      for (const p of list) {
        const node = nodes.get(p)!;
        const parts: string[] = [];
        let offset = 0;
        node.lines.forEach((t, k) => {
          if (t === '') return;
          if (parts.length) offset += 1;
          if (node.embedded?.has(k)) {
            const ranges = quoted.get(p) ?? [];
            ranges.push([offset, offset + t.length]);
            quoted.set(p, ranges);
          }
          parts.push(t);
          offset += t.length;
        });
        p.text = parts.join('\n');
        walk(p.children);
      }
    };
    walk(children);
    return quoted;
  }
}

/** The builder's record behind each provision while the tree is built. */
const nodes = new WeakMap<Provision, Node>();

function isCitationLine(body: string): boolean {
  const m = /^\[([^\]]+)\]$/.exec(body);
  return m !== null && isCitationNote(m[1]!);
}

/** Level of an item from its parent's: (1) under a unit is a subsection, (a) a paragraph, deeper a sub-paragraph. */
function itemLevel(parent: ProvisionLevel, script: ItemScript | 'definition'): ProvisionLevel {
  switch (parent) {
    case 'unit':
      return script === 'arabic' ? 'subsection' : 'paragraph';
    case 'subsection':
    case 'schedule':
      return 'paragraph';
    default:
      return 'subparagraph';
  }
}

/** Labels that open a list. */
const LIST_START = new Set(['1', 'a', 'A', 'i', 'I', 'aa', 'AA']);

/** True when `next` can come after `prev` in one list of the given script. */
function followsInList(prev: string, next: string, script: ItemScript | 'definition'): boolean {
  const p = prev.replace(/\.\d+$/, '');
  if (script === 'arabic') return Number.parseInt(next, 10) > Number.parseInt(p, 10);
  if (script === 'lroman' || script === 'uroman')
    return isRomanSuccessor(p, next) || (isRoman(p) && isRoman(next) && romanValue(next) > romanValue(p));
  return isLetterSuccessor(p, next) || (p.length === next.length && next > p);
}

/**
 * Decide whether a letter label is a letter or a roman numeral from the open items:
 * "(i)" after "(h)" is a letter, "(i)" under "(a)" starts roman numerals, "(v)" after "(iv)" is roman.
 */
function resolveScript(m: ItemMatch, open: Node[]): ItemScript {
  const b = m.base;
  if (/^\d/.test(b)) return 'arabic';
  const upper = b === b.toUpperCase();
  const letter: ItemScript = upper ? 'upper' : 'lower';
  const roman: ItemScript = upper ? 'uroman' : 'lroman';
  if (!isRoman(b)) return letter;
  for (let k = open.length - 1; k >= 0; k--) {
    const it = open[k]!;
    if (it.style !== m.style || !it.label) continue;
    const prev = it.label.replace(/\.\d+$/, '');
    if (it.script === letter && isLetterSuccessor(prev, b)) return letter;
    if (it.script === roman && isRomanSuccessor(prev, b)) return roman;
  }
  if (b.toLowerCase() === 'i') return roman;
  return b.length === 1 ? letter : roman;
}

function slug(term: string): string {
  return (
    term
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'term'
  );
}
