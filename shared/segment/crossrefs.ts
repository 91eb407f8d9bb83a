/**
 * References from a provision's text to other units of the same law ("section 5(2)",
 * "sections 3 and 4", "l'article 3", "el artículo 145 bis", "§ 1324(a)", "subsection (1)"),
 * with their offsets, resolved to provision ids. References to other laws ("section 16 of
 * title 18", "del Código Procesal Penal") are left out, except where this law inserts the
 * referenced unit into that other law.
 */
import type { CrossReference, Provision } from '../domain/provision';
import { LATIN_SUFFIX_PATTERN, normaliseUnitNumber } from './numbers';
import { descendants, primaryUnits } from './walk';
import { fold } from '../text/fold';

const NUM = String.raw`\d+(?:er(?![\p{L}]))?(?:[.\-–](?:\d+|[A-Z](?![\p{L}])))*(?:[A-Za-z](?![\p{L}]))?(?:\s?(?:${LATIN_SUFFIX_PATTERN})(?![\p{L}]))?[º°]?`;
/** Sub-references in brackets: (2)(a)(ii); French also writes 486(3)a)(i). */
const SUBS = String.raw`(?:\s?\((?:\d+(?:\.\d+)?[A-Za-z]?|[a-zA-Z]{1,6}(?:\.\d+)?)\)|(?<=\))[a-z]\))*`;

const UNIT_WORDS = String.raw`sections?|ss?\.|subsections?|sub-sections?|articles?|arts?\.|l['’]article|paragraphes?|sous-alinéas?|art[ií]culos?`;
// The lookahead on the first letter lets the engine skip most positions of a long text quickly.
const UNIT_REF = new RegExp(String.raw`(?=[sSaApPlL§])(?:\b(${UNIT_WORDS})|(§§?))\s*(${NUM})(${SUBS})`, 'giu');
const RELATIVE_REF = new RegExp(
  String.raw`(?=[sSpPcCaA])\b(subsections?|sub-sections?|paragraphs?|subparagraphs?|sub-paragraphs?|clauses?|subclauses?|paragraphes?|alinéas?)\s+((?:\((?:\d+(?:\.\d+)?[A-Za-z]?|[a-zA-Z]{1,6})\))+)`,
  'giu',
);
const CONTINUED_UNIT = new RegExp(
  String.raw`^(\s*(?:,|;)?\s*(?:and|or|to|through|and\/or|et|ou|à|y|o|u|a)?\s*)(${NUM})(${SUBS})`,
  'u',
);
const CONTINUED_SUB =
  /^(\s*(?:,|and|or|to|et|ou|à|y|o)\s*(?:(?:and|or)\s+)?)((?:\((?:\d+(?:\.\d+)?[A-Za-z]?|[a-zA-Z]{1,6})\))+)/u;
const CONTINUED_SUFFIX = new RegExp(
  String.raw`^(\s*(?:,|y|o|and|or|et|ou)\s*)(${LATIN_SUFFIX_PATTERN})(?![\p{L}])`,
  'iu',
);
const TRAILING_SUFFIX = new RegExp(String.raw`\s?(?:${LATIN_SUFFIX_PATTERN})$`, 'i');
/** "subsection (1) of section 45": a relative reference made absolute. */
const OF_UNIT = new RegExp(String.raw`^\s*,?\s*of\s+(?:section|article)\s+(${NUM})(${SUBS})`, 'iu');
/** "paragraph (1) of subsection (a)": the enclosing item named after the reference. */
const OF_ITEM =
  /^\s*,?\s*of\s+(?:subsection|sub-section|paragraph|subparagraph|clause)\s+((?:\((?:\d+(?:\.\d+)?[A-Za-z]?|[a-zA-Z]{1,6})\))+)/iu;

/** Words after a reference that place it in this law. */
const THIS_LAW =
  /^\s*,?\s*(?:(?:of|in|under)\s+this\s+(?:Act|title|Code|chapter|Part|Law|Ordinance|Schedule)|de la présente loi|de (?:este|esta|la presente|el presente) (?:código|ley))/i;
/** Words after a reference that place it in another law; the first non-empty group is its name when printed. */
const OTHER_LAW = new RegExp(
  [
    String.raw`^\s*,?\s*(?:of|in|under)\s+(?:[Tt]he|[Tt]hat|[Ss]uch|[Aa]n?)\s+((?:(?!this\b)[\p{L}\s’'().,-]){0,80}?\b(?:Act|Code|Law|Ordinance|Constitution|Convention|enactment|Decree|Regulations?|Rules))\b`,
    String.raw`^\s*,?\s*(?:of|in)\s+(title\s+\d+)`,
    String.raw`^\s*,?\s*(thereof|of that (?:Act|section|subsection|paragraph|enactment))\b`,
    String.raw`^\s*,?\s*(?:du|de la|de l['’]|des)\s*\*?(?!présente)((?:(?:même|autre)\s+)?(?:Code|code|Loi|loi|Charte|décret|règlement)(?:\s+[\p{Lu}][\p{L}]+)?)`,
    String.raw`^\s*,?\s*(?:del|de la|de los)\s*\*?(?!presente)((?:Código|código|[Ll]ey|[Dd]ecreto(?: ley)?|Constitución|Convención|Reglamento|Anexo|D\.?\s?L\.?)(?:\s+[\p{Lu}N][\p{L}º°.\d]*){0,3})`,
    String.raw`^\s*(?:de\s+la\s*)?((?:Ley|ley|Decreto|decreto)\s+(?:N[º°o]\.?\s*)?\d)`,
  ].join('|'),
  'u',
);

/** Spans of a text inside brackets or quotation marks: editorial notes and wording quoted from other laws. */
function enclosedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(/\[[^\]\n]{0,400}\]|“[^”\n]{0,400}”|«[^»\n]{0,400}»|"[^"\n]{0,400}"/g))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** A reference before its qualifier has been read. */
interface Pending {
  text: string;
  start: number;
  number: string | null;
  sub: string[];
}

/** Key under which a unit number is looked up: case, spaces and degree signs do not matter. */
function lookupKey(num: string): string {
  return num
    .toLowerCase()
    .replace(/[º°ª\s]/g, '')
    .replace(/[–—]/g, '-');
}

function subsOf(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/\(([^)]+)\)|([a-z])\)/g)) out.push(m[1] ?? m[2]!);
  return out;
}

/** Read the continuations of a first reference ("sections 3, 4 and 5", "145 bis y ter") from offset `start`. */
function readList(text: string, start: number, first: Pending): { refs: Pending[]; end: number } {
  const refs = [first];
  let end = start;
  for (;;) {
    const rest = text.slice(end);
    const prev = refs.at(-1)!;
    let m = CONTINUED_SUB.exec(rest);
    if (m && (prev.number !== null || prev.sub.length > 0)) {
      // "section 19(2)(l), (m)": the new sub-reference replaces the last ones of the previous reference.
      const subs = subsOf(m[2]!);
      const base = prev.sub.slice(0, Math.max(0, prev.sub.length - subs.length));
      refs.push({ text: m[2]!, start: end + m[1]!.length, number: prev.number, sub: [...base, ...subs] });
      end += m[0].length;
      continue;
    }
    m = CONTINUED_SUFFIX.exec(rest);
    if (m && prev.number) {
      const base = prev.number.replace(TRAILING_SUFFIX, '');
      refs.push({ text: m[2]!, start: end + m[1]!.length, number: `${base} ${m[2]!.toLowerCase()}`, sub: [] });
      end += m[0].length;
      continue;
    }
    m = CONTINUED_UNIT.exec(rest);
    if (m && m[1]!.trim() !== '' && prev.number !== null) {
      refs.push({ text: m[2]! + m[3]!, start: end + m[1]!.length, number: m[2]!, sub: subsOf(m[3]!) });
      end += m[0].length;
      continue;
    }
    break;
  }
  return { refs, end };
}

interface Lookup {
  top: Map<string, Provision>;
  inserted: Map<string, Provision>;
}

function buildLookup(children: readonly Provision[]): Lookup {
  const top = new Map<string, Provision>();
  const inserted = new Map<string, Provision>();
  for (const u of primaryUnits(children)) {
    if (!top.has(lookupKey(u.number))) top.set(lookupKey(u.number), u);
    for (const d of descendants(u))
      if (d.insertedNumber && !inserted.has(lookupKey(d.insertedNumber))) inserted.set(lookupKey(d.insertedNumber), d);
  }
  return { top, inserted };
}

/** Follow sub-references down from a provision as far as they exist; the deepest match. */
function descend(from: Provision, sub: readonly string[], exactCase = false): { node: Provision; complete: boolean } {
  let node = from;
  for (const s of sub) {
    // Where (a) and (A) number different levels (United States Code), case decides.
    const next =
      node.children.find((c) => c.number === s) ??
      (exactCase ? undefined : node.children.find((c) => c.number.toLowerCase() === s.toLowerCase()));
    if (!next) return { node, complete: false };
    node = next;
  }
  return { node, complete: true };
}

/** Where the provision whose text is scanned sits: its ancestors up to its unit. */
interface ScanPlace {
  /** Ancestors from the provision itself up to its unit (inserted or primary). */
  chain: Provision[];
  unit: Provision | null;
  inInserted: boolean;
}

function resolve(ref: Pending, place: ScanPlace, lookup: Lookup, external: boolean): CrossReference | null {
  if (ref.number === null) {
    if (!place.unit || external) return null;
    // A relative reference that names no item of its unit is about another law's provision.
    const number = place.unit.insertedNumber ?? place.unit.number;
    const tries = place.chain.map((anc) => ({ anc, d: descend(anc, ref.sub, true) }));
    const hit = tries.find((t) => t.d.complete) ?? tries.find((t) => t.d.node !== t.anc);
    return hit ? { text: ref.text, start: ref.start, number, sub: ref.sub, targetId: hit.d.node.id } : null;
  }
  const printed = normaliseUnitNumber(ref.number);
  const key = lookupKey(printed);
  // Inside wording inserted into another law, numbers are that law's: look among inserted units first.
  const [first, second] = place.inInserted ? [lookup.inserted, lookup.top] : [lookup.top, lookup.inserted];
  const unit = external ? lookup.inserted.get(key) : (first.get(key) ?? second.get(key));
  if (external && !unit) return null;
  return {
    text: ref.text,
    start: ref.start,
    number: printed,
    sub: ref.sub,
    targetId: unit ? descend(unit, ref.sub).node.id : null,
  };
}

/** Cross-references in one provision's own text, skipping the given spans (quoted wording, notes). */
function scan(
  p: Provision,
  place: ScanPlace,
  lookup: Lookup,
  ownName: string,
  skip: Array<[number, number]>,
): CrossReference[] {
  const text = p.text;
  // Every reference has a number or a bracketed sub-reference.
  if (!/[\d(]/.test(text)) return [];
  const lists: Array<{ refs: Pending[]; end: number; start: number }> = [];
  for (const m of text.matchAll(UNIT_REF)) {
    const first: Pending = { text: m[0], start: m.index, number: m[3]!, sub: subsOf(m[4]!) };
    lists.push({ ...readList(text, m.index + m[0].length, first), start: m.index });
  }
  for (const m of text.matchAll(RELATIVE_REF)) {
    const list = readList(text, m.index + m[0].length, {
      text: m[0],
      start: m.index,
      number: null,
      sub: subsOf(m[2]!),
    });
    // "subsections (1) and (2) of section 2", "paragraph (1) of subsection (a)": what is named
    // after the list applies to all of it.
    for (let item = OF_ITEM.exec(text.slice(list.end)); item; item = OF_ITEM.exec(text.slice(list.end))) {
      for (const r of list.refs) r.sub = [...subsOf(item[1]!), ...r.sub];
      list.end += item[0].length;
    }
    const of = OF_UNIT.exec(text.slice(list.end));
    if (of) {
      for (const r of list.refs) {
        r.number = of[1]!;
        r.sub = [...subsOf(of[2]!), ...r.sub];
      }
      list.end += of[0].length;
    }
    lists.push({ ...list, start: m.index });
  }
  if (!lists.length) return [];
  lists.sort((a, b) => a.start - b.start || b.end - a.end);
  const excluded = [...skip, ...enclosedSpans(text)];
  const found: CrossReference[] = [];
  let covered = -1;
  for (const list of lists) {
    if (list.start < covered) continue;
    covered = list.end;
    if (excluded.some(([s, e]) => list.start >= s && list.start < e)) continue;
    const tail = text.slice(list.end, list.end + 120);
    let external = false;
    if (!THIS_LAW.test(tail)) {
      const other = OTHER_LAW.exec(tail);
      if (other) external = !namesThisLaw(other.slice(1).find(Boolean) ?? '', ownName);
    }
    for (const ref of list.refs) {
      const r = resolve(ref, place, lookup, external);
      if (r) found.push(r);
    }
  }
  return found;
}

/** "artículo 80 del Código Penal" inside the Código Penal refers to the law itself. */
function namesThisLaw(name: string, ownName: string): boolean {
  const words = name
    .replace(/^(?:the|la|el|le|an?)\s+/i, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  return words.split(/\s+/).length >= 2 && fold(ownName).includes(fold(words));
}

/**
 * Detect and resolve cross-references in every provision of the tree, storing them on
 * each provision's `crossRefs` (left undefined where there are none).
 * @param ownName the law's title and front matter, to recognise references to the law by its name
 */
export function attachCrossReferences(
  children: readonly Provision[],
  ownName: string,
  quotedRanges: ReadonlyMap<Provision, Array<[number, number]>>,
): void {
  const lookup = buildLookup(children);
  // Words of an amending title ("An Act to amend the Criminal Code") name another law, not this one.
  const name = ownName
    .split('\n')
    .filter((l) => !/\b(amend|modif|reform)/i.test(l))
    .join('\n');
  const visit = (
    p: Provision,
    chain: Provision[],
    unit: Provision | null,
    inInserted: boolean,
    parent: Provision | null,
  ) => {
    // A schedule's numbered paragraphs are the units its relative references ("subparagraph (1)") are read in.
    const isUnit = p.level === 'unit' || parent?.level === 'schedule';
    const myUnit = isUnit ? p : unit;
    const myChain = isUnit ? [p] : [p, ...chain];
    const inserted = inInserted || p.insertedNumber !== undefined;
    const refs = scan(
      p,
      { chain: myChain, unit: myUnit, inInserted: inserted },
      lookup,
      name,
      quotedRanges.get(p) ?? [],
    );
    if (refs.length) p.crossRefs = refs;
    for (const c of p.children) visit(c, myChain, myUnit, inserted, p);
  };
  for (const p of children) visit(p, [], null, false, null);
}
