import type { Provision } from '../domain/provision';
import type { LanguageCode } from '../domain/source';
import { HEADING_PREFIX, idf, occurrencesOf, type Corpus } from './corpus';
import type { Evidence, RequirementMatch } from './types';

/**
 * Ranking of national provisions against one requirement: BM25 over the citable documents and
 * over their passages, with the requirement's weighted term vector as the query. A document's
 * score aggregates its subsections (the bag of the whole unit) and its best passage (so a long
 * unit with one pertinent subsection is not drowned by its length).
 */

/** Share of the whole-document score in the final score (the rest is the best passage's). */
const W_DOC = 0.7;
const MAX_EVIDENCE = 8;

export interface Candidate {
  doc: number;
  /** Ranking score, normalised to about 0..1 (a heading that names the subject adds a bonus). */
  score: number;
  /** The score without the heading bonus: the measure of how much of the requirement's text is matched. */
  base: number;
  /** Best passage inside the document. */
  passage: number;
  /** Features of the requirement found in the document, most contributing first. */
  matched: string[];
}

/** Scratch buffers of one corpus, reused across requirements (ranking runs hundreds of times). */
interface Scratch {
  docScore: Float64Array;
  docBonus: Float64Array;
  passageScore: Float64Array;
  passageBonus: Float64Array;
  bestPassage: Int32Array;
  touchedDocs: number[];
  touchedPassages: number[];
}

const scratchOf = new WeakMap<Corpus, Scratch>();

function scratch(corpus: Corpus): Scratch {
  let s = scratchOf.get(corpus);
  if (!s) {
    s = {
      docScore: new Float64Array(corpus.docs.length),
      docBonus: new Float64Array(corpus.docs.length),
      passageScore: new Float64Array(corpus.passages.length),
      passageBonus: new Float64Array(corpus.passages.length),
      bestPassage: new Int32Array(corpus.docs.length).fill(-1),
      touchedDocs: [],
      touchedPassages: [],
    };
    scratchOf.set(corpus, s);
  }
  return s;
}

/**
 * A feature contributing less than this (weight × idf) is skipped: words found in nearly every
 * unit of the law say nothing about which unit implements a requirement, and their long postings
 * would dominate the time.
 */
const NEGLIGIBLE = 0.02;

/** Rank the corpus documents for a requirement whose vector in each act language is given. */
export function rank(corpus: Corpus, vectors: Map<LanguageCode, Map<string, number>>, limit = 30): Candidate[] {
  const s = scratch(corpus);
  const { docScore, docBonus, passageScore, passageBonus, bestPassage, touchedDocs, touchedPassages } = s;
  let norm = 0;
  const maxIdf = idf(corpus, '');
  const single = vectors.size === 1;
  for (const [lang, vector] of vectors) {
    let langNorm = 0;
    for (const [f, w] of vector) {
      const i = corpus.df.has(f) ? idf(corpus, f) : maxIdf;
      // Heading matches are a bonus: a law without headings must not score lower for it.
      const heading = f.startsWith(HEADING_PREFIX);
      if (!heading) langNorm += w * i;
      const wi = w * i;
      if (wi < NEGLIGIBLE) continue;
      const dPost = corpus.docIndex.postings.get(f);
      if (!dPost) continue;
      const d = heading ? docBonus : docScore;
      const ps = heading ? passageBonus : passageScore;
      for (const p of dPost) {
        if (!single && corpus.docLanguage[p.id] !== lang) continue;
        if (docScore[p.id] === 0 && docBonus[p.id] === 0) touchedDocs.push(p.id);
        d[p.id]! += wi * p.tf;
      }
      for (const p of corpus.passageIndex.postings.get(f) ?? []) {
        if (!single && corpus.passageLanguage[p.id] !== lang) continue;
        if (passageScore[p.id] === 0 && passageBonus[p.id] === 0) touchedPassages.push(p.id);
        ps[p.id]! += wi * p.tf;
      }
    }
    norm = Math.max(norm, langNorm);
  }
  // Best passage of each touched document.
  for (const p of touchedPassages) {
    const d = corpus.passages[p]!.doc;
    const b = bestPassage[d]!;
    if (b < 0 || passageScore[p]! > passageScore[b]!) bestPassage[d] = p;
  }
  // Keep the best `limit` documents, in order, without sorting them all.
  const top: Candidate[] = [];
  if (norm > 0)
    for (const d of touchedDocs) {
      if (docScore[d] === 0) continue;
      const best = bestPassage[d]! >= 0 ? bestPassage[d]! : corpus.docs[d]!.passages[0]!;
      const base = Math.min(1, (W_DOC * docScore[d]! + (1 - W_DOC) * passageScore[best]!) / norm);
      const score = base + (W_DOC * docBonus[d]! + (1 - W_DOC) * passageBonus[best]!) / norm;
      if (
        top.length === limit &&
        (score < top[limit - 1]!.score || (score === top[limit - 1]!.score && d > top[limit - 1]!.doc))
      )
        continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]!.score < score || (top[at - 1]!.score === score && top[at - 1]!.doc > d))) at--;
      top.splice(at, 0, { doc: d, score, base, passage: best, matched: [] });
      if (top.length > limit) top.pop();
    }
  for (const d of touchedDocs) {
    docScore[d] = 0;
    docBonus[d] = 0;
    bestPassage[d] = -1;
  }
  for (const p of touchedPassages) {
    passageScore[p] = 0;
    passageBonus[p] = 0;
  }
  touchedDocs.length = 0;
  touchedPassages.length = 0;
  for (const c of top) {
    const d = corpus.docs[c.doc]!;
    const vector = vectors.get(corpus.docLanguage[c.doc]!)!;
    c.matched = [...vector.keys()]
      .filter((f) => d.features.has(f))
      .sort((a, b) => vector.get(b)! * idf(corpus, b) - vector.get(a)! * idf(corpus, a));
  }
  return top;
}

/**
 * Unit numbers from the primary unit down to a provision: each unit's printed number, followed by
 * the number it takes in the amended law when an amending section inserts it.
 */
export function unitNumbers(chain: Provision[]): string[] {
  const out: string[] = [];
  const push = (n: string | undefined) => {
    if (n && out[out.length - 1] !== n) out.push(n);
  };
  chain.forEach((p, i) => {
    if (i === 0 || p.level === 'unit' || p.insertedNumber) push(p.number);
    push(p.insertedNumber);
  });
  return out;
}

/** The public form of a candidate: act, provision, numbers, score and located evidence. */
export function toMatch(corpus: Corpus, c: Candidate): RequirementMatch {
  const doc = corpus.docs[c.doc]!;
  const unit = corpus.units[doc.unit]!;
  const passage = corpus.passages[c.passage]!;
  const inDoc = doc.passages.map((p) => corpus.passages[p]!.span);
  const [bs, be] = passage.span;
  const evidence: Evidence[] = [];
  for (const f of c.matched) {
    if (evidence.length >= MAX_EVIDENCE) break;
    const list = occurrencesOf(unit, f);
    const occ =
      list.find((o) => o.start >= bs && o.end <= be) ??
      list.find((o) => inDoc.some(([s, e]) => o.start >= s && o.end <= e));
    if (!occ) continue;
    evidence.push({ term: f, text: unit.listed.text.slice(occ.start, occ.end), start: occ.start, end: occ.end });
  }
  return {
    act: corpus.acts[unit.act]!.file,
    provision: passage.provision.id,
    unit: unit.provision.id,
    number: unit.provision.number,
    numbers: unitNumbers(passage.chain),
    score: round(Math.min(1, c.score)),
    evidence,
  };
}

/** Three decimals are enough for a score shown to people and compared in tests. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
