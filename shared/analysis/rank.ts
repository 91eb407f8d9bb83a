import { conceptsInSpan, type Corpus } from './corpus';
import type { Candidate } from './matcher';
import type { KeyConcepts } from './requirements';
import type { ElementResult } from './types';

/** Reordering of a requirement's candidates by what the requirement is about. */

/** Share of its score a candidate holding none of the requirement's key concepts keeps. */
const KEYLESS_FACTOR = 0.6;

/** Rank bonus of a candidate holding all the checklist's elements (in proportion for some). */
const ELEMENT_BOOST = 0.5;

/**
 * UNTOC art. 11(1) asks for sanctions that take into account the gravity of the Protocol
 * offences: the candidates are the offence provisions that carry penalties, helped by the
 * paragraph's own ranking (aggravated penalties, sentencing rules).
 */
export function sanctionCandidates(corpus: Corpus, core: Candidate[], own: Candidate[]): Candidate[] {
  const ownScore = new Map(own.map((c) => [c.doc, c.score]));
  const best = core[0]?.score ?? 0;
  // Offence relevance first, then how much penalty wording the provision carries (graded
  // penalties, aggravated ranges), then the paragraph's own match.
  const out = core
    .filter((c) => c.score >= 0.25 * best)
    .map((c) => {
      const penalties = penaltyCount(corpus, c.doc);
      const score = 0.5 * c.score + 0.1 * Math.min(penalties, 4) + 0.3 * (ownScore.get(c.doc) ?? 0);
      return { ...c, score: penalties > 0 ? Math.min(1, score) : 0 };
    })
    .filter((c) => c.score > 0);
  return out.sort((a, b) => b.score - a.score);
}

/** Penalty words in a document's own text (imprisonment, fines, terms of years). */
export function penaltyCount(corpus: Corpus, doc: number): number {
  const d = corpus.docs[doc]!;
  const unit = corpus.units[d.unit]!;
  const spans = d.passages.map((p) => corpus.passages[p]!.span);
  return unit.occurrences.filter((o) => o.feature === 'c:penalty' && spans.some(([s, e]) => o.start >= s && o.end <= e))
    .length;
}

/**
 * A candidate holding none of the requirement's key concepts is not about the obligation however
 * many words it shares: scores are scaled by the share of key concepts each candidate holds.
 */
export function rerankByKeys(candidates: Candidate[], keys: KeyConcepts): Candidate[] {
  if (keys.all.length === 0) return candidates;
  const factor = (c: Candidate) =>
    KEYLESS_FACTOR + ((1 - KEYLESS_FACTOR) * keyHits(c, keys.all).length) / keys.all.length;
  return candidates.map((c) => ({ ...c, score: c.score * factor(c) })).sort((a, b) => b.score - a.score);
}

/**
 * Candidates holding the checklist's elements move up, in proportion to the share of the
 * elements each holds (every provision where an element was found counts, not only the first).
 */
export function boostByElements(
  corpus: Corpus,
  candidates: Candidate[],
  elements: ElementResult[],
  support: Map<string, string[]>,
): Candidate[] {
  const perDoc = new Map<number, number>();
  for (const e of elements) {
    if (!e.present) continue;
    const docs = new Set<number>();
    for (const id of support.get(e.id) ?? (e.provision ? [e.provision] : [])) {
      const pi = corpus.passageOf.get(id);
      if (pi !== undefined) docs.add(corpus.passages[pi]!.doc);
    }
    for (const d of docs) perDoc.set(d, (perDoc.get(d) ?? 0) + 1);
  }
  if (perDoc.size === 0) return candidates;
  const out = candidates.map((c) => ({
    ...c,
    score: c.score + (ELEMENT_BOOST * (perDoc.get(c.doc) ?? 0)) / elements.length,
  }));
  for (const [doc, n] of perDoc) {
    if (out.some((c) => c.doc === doc)) continue;
    const d = corpus.docs[doc]!;
    out.push({ doc, score: (ELEMENT_BOOST * n) / elements.length, base: 0, passage: d.passages[0]!, matched: [] });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Which of the key concepts a candidate holds (in its text or its heading). */
export function keyHits(candidate: Candidate | undefined, keys: string[]): string[] {
  if (!candidate) return [];
  const matched = new Set(candidate.matched);
  return keys.filter((k) => matched.has(`c:${k}`));
}

/** Concept ids in a document's own passages (an inserted unit's text, not the whole amending section). */
function docConcepts(corpus: Corpus, doc: number): Set<string> {
  const d = corpus.docs[doc]!;
  const unit = corpus.units[d.unit]!;
  const out = new Set<string>();
  for (const p of d.passages) {
    const [s, e] = corpus.passages[p]!.span;
    for (const c of conceptsInSpan(unit, s, e)) out.add(c);
  }
  return out;
}

/**
 * The offence itself before what surrounds it: for a core offence requirement, the candidates
 * that describe the conduct (hold an act of the definition checklist) and punish it come first,
 * ahead of the definitions section, the definition of exploitation and the aggravated penalties
 * that refer back to the offence, which share its words but are not where it is created.
 */
export function offenceFirst(corpus: Corpus, candidates: Candidate[], conductDocs: Set<number>): Candidate[] {
  if (conductDocs.size === 0) return candidates;
  const creates = (c: Candidate) => {
    if (!conductDocs.has(c.doc) || corpus.units[corpus.docs[c.doc]!.unit]!.isDefinitions) return false;
    const concepts = docConcepts(corpus, c.doc);
    return concepts.has('criminalize') || concepts.has('imprisonment') || concepts.has('penalty');
  };
  const first = candidates.filter(creates);
  return first.length === 0 ? candidates : [...first, ...candidates.filter((c) => !first.includes(c))];
}

/** The documents where a detection found any of the given elements. */
export function docsOfElements(corpus: Corpus, support: Map<string, string[]>, elementIds: string[]): Set<number> {
  const docs = new Set<number>();
  for (const id of elementIds)
    for (const provision of support.get(id) ?? []) {
      const pi = corpus.passageOf.get(provision);
      if (pi !== undefined) docs.add(corpus.passages[pi]!.doc);
    }
  return docs;
}
