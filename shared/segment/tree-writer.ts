/**
 * The part of the tree builder that writes provisions: nodes and their unique ids, numbered
 * items and defined terms nested under a unit, text added where it belongs, the lookahead
 * that tells a heading from body text, and the final join of each provision's lines.
 */
import type { LanguageCode } from '../domain/source';
import type { Provision, ProvisionLevel } from '../domain/provision';
import type { Classified } from './classify';
import type { Line } from './lines';
import { idFragment, isLetterSuccessor, isRoman, isRomanSuccessor, romanValue } from './numbers';
import {
  endsClosed,
  endsWithLead,
  looksLikeHeading,
  matchItem,
  type ItemMatch,
  type ItemScript,
  type ItemStyle,
  type UnitFamily,
} from './patterns';

/** A provision under construction: the output object plus what the builder needs to nest into it. */
export interface Node {
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
export interface Frame {
  base: Node | null;
  items: Node[];
  /** Last line added in this frame, to tell a wrapped line from a new paragraph. */
  last: string | null;
}

/** A defined term opening its own paragraph ('"child" means...'). */
export const DEFINITION_START =
  /^["“«‘']\s*([^"”»’']{1,100}?)\s*["”»’']\s*(?:\([^)]{0,60}\)\s*)?,?\s*(?:[\p{L}\s,-]{0,60}?\s)?(means|includes?|has the (?:same )?meaning|is|are|shall (?:mean|include|have)|refers to|s['’]entend|désigne|signifie|comprend|se entender[áa]|significa|designa|comprende)\b/iu;

/** Provisions under construction and the numbered items nested in them; the builder drives it line by line. */
export abstract class TreeWriter {
  protected readonly root: Provision[] = [];
  private readonly used = new Set<string>();
  protected readonly preamble: Node;
  protected groups: Array<{ node: Node; rank: number }> = [];
  protected pendingHeading: string | null = null;

  constructor(
    protected readonly lines: Line[],
    protected readonly cls: Classified[],
    protected readonly family: UnitFamily,
    protected readonly language: LanguageCode,
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

  /** Note a line that announces text to be inserted into another law ("...the following:"). */
  protected abstract noteIntroducer(frame: Frame, line: Line): void;

  // ---- numbered items --------------------------------------------------------------------

  /** Open an item and any items chained after it on the same line ("(13)(A) The terms..."). */
  protected openItemFromText(frame: Frame, i: number, m: ItemMatch): void {
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
  protected addInlineText(frame: Frame, text: string, i: number): void {
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
  protected openDefinition(frame: Frame, i: number, line: Line): void {
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
  protected addText(frame: Frame, text: string): void {
    if (!text) return;
    if (frame.items.length && frame.last !== null && endsClosed(frame.last)) {
      const k = this.chapeauIndex(frame);
      frame.items.length = k + 1;
    }
    const target = frame.items.at(-1) ?? frame.base ?? this.groups.at(-1)?.node ?? this.preamble;
    target.lines.push(text);
    frame.last = text;
  }

  // ---- lookahead -------------------------------------------------------------------------

  protected nextContent(i: number): number {
    for (let j = i + 1; j < this.lines.length; j++) if (this.cls[j]!.kind !== 'blank') return j;
    return -1;
  }

  /**
   * "2) del artículo 300..." after a line cut mid-sentence ("...previstos en el inciso") is
   * the rest of that sentence, not an item: items in "2)" or "2." style follow a line that
   * ends with punctuation, or open with a capital.
   */
  protected wrappedLabel(m: ItemMatch, frame: Frame): boolean {
    if (m.label.startsWith('(') || frame.last === null || endsClosed(frame.last)) return false;
    return /^\p{Ll}/u.test(m.rest);
  }

  /** What follows line i is the body of a provision (text or items), so a short line i is a heading. */
  protected nextIsBody(i: number): boolean {
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

  protected makeNode(
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
  protected finalise(children: Provision[]): Map<Provision, Array<[number, number]>> {
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
export function followsInList(prev: string, next: string, script: ItemScript | 'definition'): boolean {
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
