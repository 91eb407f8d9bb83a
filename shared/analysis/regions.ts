import type { LanguageCode } from '../domain/source';
import type { Corpus } from './corpus';
import { compilePattern } from './lexicon';
import { fold } from './text';
import type { Candidate } from './matcher';

/**
 * Regions of the national text where a checklist's elements and the anti-patterns are looked for:
 * the provisions that best match given requirements, and the definitions of the terms they use.
 * Searching only there is what keeps "fraud" in a customs section of a penal code from being
 * credited as a means of trafficking.
 */

/** Access to ranked candidates, shared by the element detector and the finding rules. */
export interface MatchContext {
  corpus: Corpus;
  candidates(requirementId: string): Candidate[];
}

/** A stretch of a listed unit's full text: one provision's own text. */
export interface Region {
  unit: number;
  /** Id of the provision whose own text this is. */
  provision: string;
  start: number;
  end: number;
  /** Order of preference (lower first): anchor requirement order, then candidate rank. */
  rank: number;
}

/** Candidates taken as anchors: the best few, and none far below the best (more, when reading wide). */
const ANCHOR_COUNT = 4;
const ANCHOR_MIN = 0.02;
const ANCHOR_RELATIVE = 0.35;
const WIDE_COUNT = 10;
const WIDE_RELATIVE = 0.15;

/** Top candidates of a requirement that are close enough to the best to be read as implementing it. */
export function anchorCandidates(ctx: MatchContext, requirementId: string, wide = false): Candidate[] {
  const list = ctx.candidates(requirementId);
  const best = list[0]?.score ?? 0;
  const count = wide ? WIDE_COUNT : ANCHOR_COUNT;
  const relative = wide ? WIDE_RELATIVE : ANCHOR_RELATIVE;
  return list.filter((c, i) => i < count && c.score >= ANCHOR_MIN && c.score >= relative * best);
}

/** The term a definitions-unit passage defines, if it defines one. */
function definedTerm(corpus: Corpus, unit: number, provision: string): string | null {
  const tree = corpus.acts[corpus.units[unit]!.act]!.tree;
  const def = tree.definitions.find((d) => d.provisionId === provision);
  if (def) return foldTerm(def.term);
  const pi = corpus.passageOf.get(provision);
  const p = pi === undefined ? undefined : corpus.passages[pi];
  // A definition opens with the quoted term: "child" means ..., « enfant » ..., 'benefit' includes ...
  const lead = /^\W{0,3}["'“‘«]\s?([^"'”’»]{2,60})\s?["'”’»]/.exec(p?.provision.text ?? '');
  return lead ? foldTerm(lead[1]!) : null;
}

function isDefinition(corpus: Corpus, unit: number, provision: string): boolean {
  return definedTerm(corpus, unit, provision) !== null;
}

/** Whether a definitions-unit passage defines one of the wanted terms. */
function definesWanted(corpus: Corpus, unit: number, provision: string, terms: RegExp | undefined): boolean {
  const term = definedTerm(corpus, unit, provision);
  return !!terms && term !== null && terms.test(term);
}

function foldTerm(s: string): string {
  return fold(s).trim();
}

/**
 * Regions of the anchors of the given requirements, best first. A definitions unit contributes
 * only the definitions of wanted terms, and definitions of wanted terms anywhere in the acts are
 * added after the anchors.
 */
export function anchorRegions(ctx: MatchContext, requirementIds: string[], terms?: RegExp, wide = false): Region[] {
  const { corpus } = ctx;
  const out: Region[] = [];
  const seen = new Set<number>();
  let rank = 0;
  for (const id of requirementIds) {
    for (const c of anchorCandidates(ctx, id, wide)) {
      const doc = corpus.docs[c.doc]!;
      const unit = corpus.units[doc.unit]!;
      // In a definitions unit, only the wanted definitions, with the lists they introduce
      // ("exploitation" includes: (a) ...), whether the list items are nested or follow it.
      let inWanted = false;
      const wanted = new Set<string>();
      for (const pi of doc.passages) {
        const p = corpus.passages[pi]!;
        if (unit.isDefinitions && p.provision !== unit.provision) {
          if (isDefinition(corpus, doc.unit, p.provision.id))
            inWanted = definesWanted(corpus, doc.unit, p.provision.id, terms);
          const nested = p.chain.some((x) => wanted.has(x.id));
          if (!inWanted && !nested) continue;
          wanted.add(p.provision.id);
        }
        if (seen.has(pi)) continue;
        seen.add(pi);
        out.push({ unit: doc.unit, provision: p.provision.id, start: p.span[0], end: p.span[1], rank });
      }
      rank++;
    }
  }
  if (terms) {
    corpus.acts.forEach((act) => {
      for (const d of act.tree.definitions) {
        if (!terms.test(foldTerm(d.term))) continue;
        const pi = corpus.passageOf.get(d.provisionId);
        if (pi === undefined || seen.has(pi)) continue;
        const def = corpus.passages[pi]!;
        // The definition and the list it may introduce.
        for (const qi of corpus.docs[def.doc]!.passages) {
          const q = corpus.passages[qi]!;
          if (seen.has(qi) || !q.chain.includes(def.provision)) continue;
          seen.add(qi);
          out.push({
            unit: corpus.docs[q.doc]!.unit,
            provision: q.provision.id,
            start: q.span[0],
            end: q.span[1],
            rank,
          });
        }
      }
    });
  }
  return out;
}

/** One pattern hit in a region. */
export interface Hit {
  region: Region;
  /** [start, end) in the unit's full text. */
  start: number;
  end: number;
  text: string;
}

const patternCache = new Map<string, RegExp | null>();

/** One regular expression for a list of lexicon patterns (null for an empty list). */
export function compileList(patterns: string[] | undefined): RegExp | null {
  if (!patterns || patterns.length === 0) return null;
  const key = patterns.join('\u0001');
  let re = patternCache.get(key);
  if (re === undefined) {
    re = new RegExp(patterns.map(compilePattern).join('|'), 'g');
    patternCache.set(key, re);
  }
  return re;
}

/** First index whose value is ≥ x in an ascending array. */
function lowerBound(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Bounds of the sentence (or list item) around a folded-text position. */
export function sentenceAround(folded: string, from: number, to: number, min: number, max: number): [number, number] {
  let s = from;
  while (s > min && !/[.;\n]/.test(folded[s - 1]!)) s--;
  let e = to;
  while (e < max && !/[.;\n]/.test(folded[e]!)) e++;
  return [s, e];
}

/**
 * The chapeau a list item is read with: its parent provision's own text ("It shall not be a
 * defence … to prove that—" above "(a) the victim consented …"), or null for a provision that is
 * not an item of a list. Only the chapeau's last words are kept: a pattern spanning the two never
 * reaches further back than that.
 */
function chapeauOf(corpus: Corpus, region: Region): [number, number] | null {
  const pi = corpus.passageOf.get(region.provision);
  const passage = pi === undefined ? undefined : corpus.passages[pi];
  const parent = passage && passage.chain.length > 1 ? passage.chain[passage.chain.length - 2] : undefined;
  if (!parent || !parent.text.trim()) return null;
  const qi = corpus.passageOf.get(parent.id);
  if (qi === undefined) return null;
  const [start, end] = corpus.passages[qi]!.span;
  if (end > region.start || end <= start) return null;
  return [Math.max(start, end - CHAPEAU_TAIL), end];
}

/** Characters of a chapeau's end read with each of its items (about forty words). */
const CHAPEAU_TAIL = 300;

/** Whether a folded stretch of text closes a sentence (a chapeau ending so introduces no list). */
const CLOSED = /[.;]\s*$/;

/**
 * Occurrences of `include` in the regions, minus those whose sentence contains `not` and those
 * overlapped by an `exclude` match, in region order. A list item is also read as one sentence with
 * its chapeau, the way it is written to be read: a hit spanning the two counts for the item.
 */
export function findInRegions(
  corpus: Corpus,
  regions: Region[],
  patterns: Partial<Record<LanguageCode, string[]>>,
  not?: Partial<Record<LanguageCode, string[]>>,
  exclude?: Partial<Record<LanguageCode, string[]>>,
): Hit[] {
  const hits: Hit[] = [];
  for (const region of regions) {
    const unit = corpus.units[region.unit]!;
    const lang = corpus.acts[unit.act]!.language;
    const re = compileList(patterns[lang]);
    if (!re) continue;
    const notRe = compileList(not?.[lang]);
    const exRe = compileList(exclude?.[lang]);
    const { folded, origin } = unit.folded;
    // Folded offsets of the region (folding may lengthen the text: œ → oe).
    const fs = lowerBound(origin, region.start);
    const fe = Math.min(lowerBound(origin, region.end), folded.length);
    const slice = folded.slice(fs, fe);
    const accept = (text: string, a: number, b: number, excluded: [number, number][]): boolean => {
      if (b === a) return false;
      if (excluded.some(([x, y]) => a < y && b > x)) return false;
      if (notRe) {
        const [ss, se] = sentenceAround(text, a, b, 0, text.length);
        notRe.lastIndex = 0;
        if (notRe.test(text.slice(ss, se))) return false;
      }
      return true;
    };
    const excludedIn = (text: string): [number, number][] => {
      const out: [number, number][] = [];
      if (!exRe) return out;
      exRe.lastIndex = 0;
      for (const m of text.matchAll(exRe)) out.push([m.index!, m.index! + m[0].length]);
      return out;
    };
    // The item read with its chapeau: hits that begin in the chapeau and end in the item.
    const chapeau = chapeauOf(corpus, region);
    if (chapeau) {
      const cs = lowerBound(origin, chapeau[0]);
      const ce = Math.min(lowerBound(origin, chapeau[1]), fs);
      const head = folded.slice(cs, ce).replace(/\s+$/, '');
      if (head && !CLOSED.test(head)) {
        const joined = `${head} ${slice}`;
        const at = head.length + 1;
        const excluded = excludedIn(joined);
        re.lastIndex = 0;
        for (const m of joined.matchAll(re)) {
          const a = m.index!;
          const b = a + m[0].length;
          if (a >= at - 1 || b <= at || !accept(joined, a, b, excluded)) continue;
          const start = origin[cs + a]!;
          const end = origin[fs + b - at - 1]! + 1;
          const headEnd = origin[cs + head.length - 1]! + 1;
          const between = unit.listed.text.slice(headEnd, region.start);
          // The chapeau's words and the item's, with what lies between when it is only a label.
          const text =
            between.length <= 12
              ? unit.listed.text.slice(start, end)
              : `${unit.listed.text.slice(start, headEnd)} … ${unit.listed.text.slice(region.start, end)}`;
          hits.push({ region, start, end, text });
        }
      }
    }
    const excluded = excludedIn(slice);
    re.lastIndex = 0;
    for (const m of slice.matchAll(re)) {
      const a = m.index!;
      const b = a + m[0].length;
      if (!accept(slice, a, b, excluded)) continue;
      const start = origin[fs + a]!;
      const end = origin[fs + b - 1]! + 1;
      hits.push({ region, start, end, text: unit.listed.text.slice(start, end) });
    }
  }
  return hits;
}
