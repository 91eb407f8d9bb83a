import type { Provision, ProvisionTree } from '../domain/provision';
import type { LanguageCode } from '../domain/source';
import { derivedConcepts, findConcepts } from './lexicon';
import { citableUnits } from '../domain/units';
import { foldText, isStopWord, tokenize, type FoldedText } from './text';
import type { AnalysisInputAct, AnalysisProvision } from './types';

/**
 * The national side of the analysis: every act's primary units with their full text, the
 * passages (each provision's own text in its context) and the citable documents the matcher
 * ranks, plus inverted indexes over both. Built once per analysis.
 */

/** Weights of where a word occurs: headings count more than body text (drafters name the subject there). */
const W_OWN = 1;
const W_HEADING = 2.5;
const W_UNIT_HEADING = 0.6;
const W_GROUP_HEADING = 0.5;
const W_CHAPEAU = 0.3;
/** A provision using a defined term inherits the concepts of the definition, at this weight. */
const W_DEFINITION = 0.35;
/** A provision referring to another unit inherits that unit's concepts, at this weight. */
const W_CROSSREF = 0.2;

/** BM25 constants. */
const K1 = 1.2;
const B = 0.75;

/** One occurrence of a feature in a listed unit's full text. */
export interface Occurrence {
  feature: string;
  start: number;
  end: number;
}

/** A listed primary unit: the unit, its full text and where each of its provisions sits in it. */
export interface UnitEntry {
  act: number;
  provision: Provision;
  listed: AnalysisProvision;
  /** Provision id → offset of its own text in `listed.text`. */
  offsets: Map<string, number>;
  folded: FoldedText;
  /** Headings of the grouping levels above the unit (part, chapter, title), outermost first. */
  groupHeadings: string[];
  occurrences: Occurrence[];
  /** Occurrences by feature (built on first use). */
  byFeature?: Map<string, Occurrence[]>;
  /** Concept ids occurring in the unit's text (built on first use). */
  conceptSet?: Set<string>;
  /** Concept occurrences sorted by position (built on first use). */
  conceptOccurrences?: Occurrence[];
  /** True when the unit holds the law's definitions. */
  isDefinitions: boolean;
}

/** Occurrences of one feature in a unit, in text order. */
export function occurrencesOf(unit: UnitEntry, feature: string): Occurrence[] {
  if (!unit.byFeature) {
    unit.byFeature = new Map();
    for (const o of unit.occurrences) {
      let list = unit.byFeature.get(o.feature);
      if (!list) unit.byFeature.set(o.feature, (list = []));
      list.push(o);
    }
    for (const list of unit.byFeature.values()) list.sort((a, b) => a.start - b.start);
  }
  return unit.byFeature.get(feature) ?? [];
}

/** Concept ids occurring within [start, end) of a unit's full text. */
export function conceptsInSpan(unit: UnitEntry, start: number, end: number): Set<string> {
  const list = (unit.conceptOccurrences ??= unit.occurrences
    .filter((o) => o.feature.startsWith('c:'))
    .sort((a, b) => a.start - b.start));
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out = new Set<string>();
  for (let i = lo; i < list.length && list[i]!.start < end; i++)
    if (list[i]!.end <= end) out.add(list[i]!.feature.slice(2));
  return out;
}

/** Concept ids occurring anywhere in a unit's text. */
export function unitConceptSet(unit: UnitEntry): Set<string> {
  unit.conceptSet ??= new Set(
    unit.occurrences.filter((o) => o.feature.startsWith('c:')).map((o) => o.feature.slice(2)),
  );
  return unit.conceptSet;
}

/** A provision's own text in its context: the finest thing a match can point at. */
export interface Passage {
  index: number;
  doc: number;
  provision: Provision;
  /** Ids from the unit down to this provision (inclusive). */
  chain: Provision[];
  /** [start, end) of the provision's own text in the unit's full text. */
  span: [number, number];
  features: Map<string, number>;
  length: number;
}

/**
 * A citable document: a primary unit, or a unit an amending section inserts into another law
 * (cited by the number it takes there). An amending unit that inserts units keeps the rest of its
 * text as a document of its own.
 */
export interface Doc {
  index: number;
  unit: number;
  /** The inserted unit this document stands for, or null for the primary unit itself. */
  inserted: Provision | null;
  passages: number[];
  features: Map<string, number>;
  length: number;
}

export interface Posting {
  id: number;
  /** BM25 term-frequency component, length-normalised. */
  tf: number;
}

/** A feature index: document frequency and postings. */
export interface FeatureIndex {
  postings: Map<string, Posting[]>;
  count: number;
}

export interface Corpus {
  acts: AnalysisInputAct[];
  units: UnitEntry[];
  docs: Doc[];
  passages: Passage[];
  docIndex: FeatureIndex;
  passageIndex: FeatureIndex;
  /** Document frequency of each feature over docs, for idf. */
  df: Map<string, number>;
  /** Passage index of each provision id. */
  passageOf: Map<string, number>;
  /** Language of each doc and of each passage, by index. */
  docLanguage: LanguageCode[];
  passageLanguage: LanguageCode[];
}

/** Add `weight` × each feature occurrence of a text to a feature map; returns the word count. */
function addText(
  features: Map<string, number>,
  text: string,
  lang: LanguageCode,
  weight: number,
  sink?: { offset: number; occurrences: Occurrence[] },
): number {
  if (!text) return 0;
  const folded = foldText(text);
  let words = 0;
  for (const t of tokenize(text, lang, folded)) {
    if (isStopWord(t.word, lang)) continue;
    words++;
    const f = `w:${t.stem}`;
    features.set(f, (features.get(f) ?? 0) + weight);
    sink?.occurrences.push({ feature: f, start: sink.offset + t.start, end: sink.offset + t.end });
  }
  for (const h of findConcepts(folded.folded, lang)) {
    const f = `c:${h.concept}`;
    features.set(f, (features.get(f) ?? 0) + weight);
    sink?.occurrences.push({
      feature: f,
      start: sink.offset + folded.origin[h.start]!,
      end: sink.offset + folded.origin[h.end - 1]! + 1,
    });
  }
  return words;
}

function mergeInto(
  target: Map<string, number>,
  source: Map<string, number>,
  weight: number,
  conceptsOnly: boolean,
): void {
  for (const [f, v] of source) {
    if (conceptsOnly && !f.startsWith('c:')) continue;
    target.set(f, (target.get(f) ?? 0) + v * weight);
  }
}

/**
 * Heading features are also kept under their own keys ("h:c:jurisdiction"): a heading that names
 * the subject of a requirement is a strong sign, and its rarity among headings (not among whole
 * texts, where "jurisdiction" is everywhere in a long code) is what measures it.
 */
export const HEADING_PREFIX = 'h:';

function mergeHeading(target: Map<string, number>, source: Map<string, number>, weight: number): void {
  for (const [f, v] of source) {
    const key = HEADING_PREFIX + f;
    target.set(key, Math.max(target.get(key) ?? 0, v * weight));
  }
}

/** Full text of a unit: own text, then each descendant's heading, label and own text on lines of their own. */
export function buildUnitText(unit: Provision): { text: string; offsets: Map<string, number> } {
  const offsets = new Map<string, number>();
  let text = unit.text;
  offsets.set(unit.id, 0);
  const walk = (p: Provision) => {
    for (const c of p.children) {
      if (c.heading) text += `\n${c.heading}`;
      const prefix = c.label ? `${c.label} ` : '';
      text += `\n${prefix}`;
      offsets.set(c.id, text.length);
      text += c.text;
      walk(c);
    }
  };
  walk(unit);
  return { text: text.replace(/^\n/, ''), offsets: shiftIfTrimmed(unit.text, offsets) };
}

function shiftIfTrimmed(ownText: string, offsets: Map<string, number>): Map<string, number> {
  if (ownText !== '') return offsets;
  // The leading newline was removed: every later offset moves back by one.
  const out = new Map<string, number>();
  for (const [k, v] of offsets) out.set(k, Math.max(0, v - 1));
  return out;
}

/** Units listed for an act: level "unit" not nested in another unit, and schedules, in document order. */
function collectUnits(tree: ProvisionTree): { unit: Provision; groups: string[] }[] {
  return citableUnits(tree.children).map(({ unit, groups }) => ({
    unit,
    groups: groups.map((g) => [g.label, g.heading].filter(Boolean).join(' ')).filter(Boolean),
  }));
}

function isDefinitionsUnit(unit: Provision, tree: ProvisionTree): boolean {
  if (tree.definitionsUnitId === unit.id) return true;
  const ids = new Set<string>();
  const walk = (p: Provision) => {
    ids.add(p.id);
    p.children.forEach(walk);
  };
  walk(unit);
  return tree.definitions.filter((d) => ids.has(d.provisionId)).length >= 3;
}

/** Build the corpus and its indexes from segmented acts. */
export function buildCorpus(acts: AnalysisInputAct[]): Corpus {
  const units: UnitEntry[] = [];
  const docs: Doc[] = [];
  const passages: Passage[] = [];
  /** Concept features of each provision's own text, for definition and cross-reference inheritance. */
  const ownConcepts = new Map<string, Map<string, number>>();
  const unitConcepts = new Map<string, Map<string, number>>();
  const unitOfProvision = new Map<string, number>();
  const provisionById = new Map<string, Provision>();

  /** Features of headings and chapeaus, which repeat for every provision below them. */
  const contextCache = new Map<string, Map<string, number>>();
  const contextOf = (text: string, lang: LanguageCode): Map<string, number> => {
    const key = `${lang}\u0001${text}`;
    let f = contextCache.get(key);
    if (!f) {
      f = new Map();
      addText(f, text, lang, 1);
      contextCache.set(key, f);
    }
    return f;
  };

  acts.forEach((act, actIndex) => {
    const lang = act.language;
    for (const { unit, groups } of collectUnits(act.tree)) {
      const { text, offsets } = buildUnitText(unit);
      const entry: UnitEntry = {
        act: actIndex,
        provision: unit,
        listed: { id: unit.id, number: unit.number, label: unit.label, heading: unit.heading, text },
        offsets,
        folded: foldText(text),
        groupHeadings: groups,
        occurrences: [],
        isDefinitions: isDefinitionsUnit(unit, act.tree),
      };
      const unitIndex = units.push(entry) - 1;
      const unitAll = new Map<string, number>();

      // Documents: the unit, and each unit it inserts into another law.
      const newDoc = (inserted: Provision | null): number => {
        const d: Doc = { index: docs.length, unit: unitIndex, inserted, passages: [], features: new Map(), length: 0 };
        docs.push(d);
        return d.index;
      };
      const rootDoc = newDoc(null);

      const contextFeatures = new Map<string, number>();
      for (const g of groups) {
        mergeInto(contextFeatures, contextOf(g, lang), W_GROUP_HEADING, false);
        mergeHeading(contextFeatures, contextOf(g, lang), W_GROUP_HEADING);
      }

      const walk = (p: Provision, chain: Provision[], docIndex: number, chapeau: string) => {
        let d = docIndex;
        if (p !== unit && p.insertedNumber) d = newDoc(p);
        unitOfProvision.set(p.id, unitIndex);
        provisionById.set(p.id, p);
        const start = offsets.get(p.id) ?? 0;
        const features = new Map<string, number>();
        const own = new Map<string, number>();
        const length = addText(own, p.text, lang, W_OWN, { offset: start, occurrences: entry.occurrences });
        mergeInto(features, own, 1, false);
        if (p.heading) {
          mergeInto(features, contextOf(p.heading, lang), W_HEADING, false);
          mergeHeading(features, contextOf(p.heading, lang), 1);
        }
        if (p !== unit && unit.heading) {
          mergeInto(features, contextOf(unit.heading, lang), W_UNIT_HEADING, false);
          mergeHeading(features, contextOf(unit.heading, lang), W_UNIT_HEADING);
        }
        if (chapeau) mergeInto(features, contextOf(chapeau, lang), W_CHAPEAU, false);
        mergeInto(features, contextFeatures, 1, false);
        const ownC = new Map<string, number>();
        mergeInto(ownC, own, 1, true);
        for (const d of derivedConcepts(new Set([...ownC.keys()].map((f) => f.slice(2))))) {
          own.set(`c:${d}`, 1);
          ownC.set(`c:${d}`, 1);
          features.set(`c:${d}`, (features.get(`c:${d}`) ?? 0) + 1);
        }
        ownConcepts.set(p.id, ownC);
        const passage: Passage = {
          index: passages.length,
          doc: d,
          provision: p,
          chain: [...chain, p],
          span: [start, start + p.text.length],
          features,
          length: Math.max(length, 1),
        };
        passages.push(passage);
        docs[d]!.passages.push(passage.index);
        mergeInto(unitAll, own, 1, true);
        for (const c of p.children) walk(c, [...chain, p], d, p.text.length < 400 ? p.text : '');
      };
      walk(unit, [], rootDoc, '');
      unitConcepts.set(unit.id, unitAll);
    }
  });

  /** Concepts of a definition with the list it may introduce ("exploitation" includes: (a) ...). */
  const definitionConcepts = (id: string): Map<string, number> | undefined => {
    const root = provisionById.get(id);
    if (!root) return undefined;
    const out = new Map<string, number>();
    const walk = (p: Provision) => {
      const c = ownConcepts.get(p.id);
      if (c) mergeInto(out, c, 1, true);
      p.children.forEach(walk);
    };
    walk(root);
    return out;
  };

  // Inheritance: definitions used by a passage, and units it cross-refers to.
  acts.forEach((act, actIndex) => {
    const defs = new Map<string, { concepts: Map<string, number>; id: string }[]>();
    for (const d of act.tree.definitions) {
      const term = foldText(d.term)
        .folded.trim()
        .replace(/[^a-z0-9]+/g, ' ');
      const concepts = definitionConcepts(d.provisionId);
      if (term.length <= 2 || !concepts || concepts.size === 0) continue;
      let list = defs.get(term);
      if (!list) defs.set(term, (list = []));
      list.push({ concepts, id: d.provisionId });
    }
    // One pass per passage finds every defined term it uses (whole words, plural -s allowed).
    const terms = [...defs.keys()].sort((a, b) => b.length - a.length);
    const termRe = terms.length
      ? new RegExp(`(?<![a-z0-9])(${terms.map((t) => t.replace(/ /g, '[^a-z0-9]+')).join('|')})s?(?![a-z0-9])`, 'g')
      : null;
    for (const p of passages) {
      if (units[docs[p.doc]!.unit]!.act !== actIndex) continue;
      if (termRe) {
        const used = new Set<string>();
        for (const m of foldText(p.provision.text).folded.matchAll(termRe)) used.add(m[1]!.replace(/[^a-z0-9]+/g, ' '));
        for (const t of used)
          for (const d of defs.get(t) ?? [])
            if (d.id !== p.provision.id) mergeInto(p.features, d.concepts, W_DEFINITION, true);
      }
      for (const ref of p.provision.crossRefs ?? []) {
        const target = ref.targetId ? unitOfProvision.get(ref.targetId) : undefined;
        if (target === undefined) continue;
        const c = unitConcepts.get(units[target]!.provision.id);
        if (c) mergeInto(p.features, c, W_CROSSREF, true);
      }
    }
  });

  // Document bags: the sum of their passages.
  for (const p of passages) {
    const d = docs[p.doc]!;
    mergeInto(d.features, p.features, 1, false);
    d.length += p.length;
  }

  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.features.keys()) df.set(f, (df.get(f) ?? 0) + 1);

  return {
    acts,
    units,
    docs,
    passages,
    docIndex: buildIndex(docs),
    passageIndex: buildIndex(passages),
    df,
    passageOf: new Map(passages.map((p) => [p.provision.id, p.index])),
    docLanguage: docs.map((d) => acts[units[d.unit]!.act]!.language),
    passageLanguage: passages.map((p) => acts[units[docs[p.doc]!.unit]!.act]!.language),
  };
}

function buildIndex(items: { features: Map<string, number>; length: number }[]): FeatureIndex {
  const avg = items.reduce((s, i) => s + i.length, 0) / Math.max(items.length, 1) || 1;
  const postings = new Map<string, Posting[]>();
  items.forEach((item, id) => {
    const norm = K1 * (1 - B + (B * item.length) / avg);
    for (const [f, tf] of item.features) {
      let list = postings.get(f);
      if (!list) postings.set(f, (list = []));
      list.push({ id, tf: (tf * (K1 + 1)) / (tf + norm) });
    }
  });
  return { postings, count: items.length };
}

/**
 * Documents an act is counted as having at least, for idf: a short amending act is a sample of a
 * legal order, not a world in which every word it uses is universal (with three sections, a word
 * in all three would otherwise weigh nothing).
 */
const MIN_DOCS = 30;

/** Inverse document frequency of a feature over the corpus documents (BM25 form, never negative). */
export function idf(corpus: Corpus, feature: string): number {
  const n = Math.max(corpus.docs.length, MIN_DOCS);
  const df = corpus.df.get(feature) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}
