/**
 * The tree builder: one pass over the classified lines of a law with a stack of open
 * provisions (groups → unit → numbered items), plus a second frame for text that an
 * amending provision inserts into another law.
 */
import type { LanguageCode } from '../domain/source';
import type { Provision } from '../domain/provision';
import { classify, detectFamily, structuralKey, type Classified } from './classify';
import type { Line } from './lines';
import { compareKeys, idFragment, isSuccessor, numberKey, type NumberKey } from './numbers';
import {
  endsClosed,
  endsWithLead,
  isCapitals,
  isCitationNote,
  looksLikeHeading,
  matchItem,
  matchUnit,
  opensSentence,
  splitInlineHeading,
  splitLeadingSentenceHeading,
  type GroupMatch,
  type ScheduleMatch,
  type UnitFamily,
  type UnitMatch,
  CLOSING_QUOTE,
  INTRODUCER_CUE,
} from './patterns';
import { findBodyStart } from './body-start';
import { findTableOfContents, type StructuralKey } from './toc';
import { announcedBy, leavesEmbed, opensOutOfSequence, unquoteEnd, type Embed } from './amend';
import { DEFINITION_START, TreeWriter, type Frame, type Node } from './tree-writer';

export { classify, detectFamily, type Classified } from './classify';

const UNIT_WORD: Record<LanguageCode, string> = { en: 'Section', fr: 'Article', es: 'Artículo' };
const PARAGRAPH_WORD: Record<LanguageCode, string> = { en: 'Paragraph', fr: 'Paragraphe', es: 'Párrafo' };

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

class Builder extends TreeWriter {
  private readonly warnings: string[] = [];
  /** Order in which grouping keywords first appear: a keyword seen earlier nests outside a later one. */
  private readonly keywordRank = new Map<string, number>();
  private top: Frame = { base: null, items: [], last: null };
  private schedule: Node | null = null;
  private lastTopKey: NumberKey | null = null;
  private lastScheduleKey: NumberKey | null = null;
  private embed: Embed | null = null;
  private introducer: { indent: number; owner: Node; hints: string[]; labels: string[] } | null = null;
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
    lines: Line[],
    cls: Classified[],
    family: UnitFamily,
    language: LanguageCode,
    private readonly toc: { start: number; end: number } | null,
  ) {
    super(lines, cls, family, language);
  }

  run(): BuildResult {
    const bodyStart = findBodyStart(this.lines, this.cls, this.family, this.toc);
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

  // ---- one line ------------------------------------------------------------------------

  private step(i: number): void {
    const line = this.lines[i]!;
    const c = this.cls[i]!;
    if (c.kind === 'blank') {
      this.blankBefore = true;
      return;
    }
    if (c.kind !== 'text') this.awaitingHeading = null;
    if (this.introducer) this.maybeOpenEmbed(i, line, c);
    if (this.embed && leavesEmbed(this.embed, line, c, this.family, this.lastTopKey)) this.closeEmbed();
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

  /** A primary unit opened at line `i` under `parent`, with the designation as printed. */
  private makeUnit(parent: Node | null, id: string, u: UnitMatch, i: number): Node {
    return this.makeNode(parent, {
      id,
      level: 'unit',
      number: u.number,
      label: this.unitLabel(u),
      heading: null,
      line: i,
      page: this.lines[i]!.page,
    });
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
      node = this.makeUnit(parent, `s${idFragment(u.number)}`, u, i);
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
      } else if (
        looksLikeHeading(rest) &&
        // "SECTION 1. SHORT TITLE.": a heading in capitals may close with a full stop.
        (!/[.;:,]$/.test(rest) || (isCapitals(rest) && rest.endsWith('.'))) &&
        !opensSentence(rest) &&
        this.nextIsBody(i)
      ) {
        node.p.heading = rest.replace(/\.$/, '');
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
  // ---- amendments ------------------------------------------------------------------------

  protected override noteIntroducer(frame: Frame, line: Line): void {
    if (this.embed || !frame.base || this.schedule) return;
    // "...the following:", "...the following new section—", "de ce qui suit :".
    if (!/(?:[:：]\s*[-–—]*|—)\s*$/.test(line.text) || !INTRODUCER_CUE.test(line.text)) return;
    const owner = frame.items.at(-1) ?? frame.base;
    const { hints, labels } = announcedBy(owner.lines.join(' '), line.text);
    this.introducer = { indent: line.indent, owner, hints, labels };
  }

  private maybeOpenEmbed(i: number, line: Line, c: Classified): void {
    const intro = this.introducer!;
    this.introducer = null;
    if (c.kind === 'blank') return;
    const mode =
      line.indent > intro.indent
        ? 'indent'
        : line.quoted
          ? 'quote'
          : opensOutOfSequence(this.cls, this.lines, i, intro.labels, {
                lastTopKey: this.lastTopKey,
                family: this.family,
                used: (n) => this.unitLines.has(n.toLowerCase()),
              })
            ? 'sequence'
            : null;
    if (!mode) return;
    this.embed = {
      mode,
      baseIndent: intro.indent,
      owner: intro.owner,
      frame: { base: null, items: [], last: null },
      hints: intro.hints,
    };
  }

  private closeEmbed(): void {
    const e = this.embed;
    if (!e) return;
    this.embed = null;
    unquoteEnd(e);
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
      // An indented heading right before the amending act's next section, flush again, is text it
      // inserts (a heading replaced), not that section's heading.
      const nextLine = this.lines[i + 1];
      const staysIn = e.mode !== 'indent' || (nextLine !== undefined && nextLine.indent > e.baseIndent);
      const opensUnit = staysIn && next?.kind === 'unit';
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
    const hint = e.hints.find((h) => h.toLowerCase() === u.number.toLowerCase());
    const node = this.makeUnit(e.owner, `${e.owner.p.id}.s${idFragment(u.number)}`, u, i);
    node.p.insertedNumber = hint ?? u.number;
    e.frame = { base: node, items: [], last: null };
    this.fillUnit(e.frame, node, u, i);
  }

  // ---- lookahead -------------------------------------------------------------------------
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
}

function isCitationLine(body: string): boolean {
  const m = /^\[([^\]]+)\]$/.exec(body);
  return m !== null && isCitationNote(m[1]!);
}
