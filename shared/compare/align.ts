import { fold } from '../text/fold';
import type { CompareUnit, ManualPairing, PairKind } from './types';

/**
 * Alignment of two versions' units: which unit of the new version each unit of the old one
 * became. It survives renumbering (texts are compared, numbers only break ties), insertions and
 * deletions (units left unpaired), moves (pairs out of the old order), splits (a new unit whose
 * words are contained in an old unit already paired) and merges (the other way round). Pairings a
 * person set are kept as they are and the rest is aligned around them.
 */

export interface AlignGroup {
  kind: PairKind;
  /** Indexes into the old units, in order. */
  old: number[];
  /** Indexes into the new units, in order. */
  new: number[];
  similarity: number;
  manual: boolean;
}

export interface Alignment {
  groups: AlignGroup[];
  /** Share of the words of both versions in aligned units, weighted by similarity, 0..1. */
  alignedShare: number;
}

/** Texts this similar are the same provision whatever its number. */
const PAIR_FROM = 0.5;
/** Texts this similar are the same provision when the number is the same too. */
const PAIR_SAME_NUMBER_FROM = 0.25;
/** Bonus of a candidate with the same number (ties between near-identical texts). */
const SAME_NUMBER_BONUS = 0.1;
/** Share of a unit's words found in another unit for it to be a part split off from it (or merged into it). */
const CONTAINED_FROM = 0.6;
/** Bonus of a candidate standing at about the same place in the law (ties between repeated texts). */
const SAME_PLACE_BONUS = 0.05;
/** How near (as a share of the law) "about the same place" is. */
const SAME_PLACE_WITHIN = 0.03;
/** How far (in units) a part split off (or merged in) may stand from the unit it came from (or went to). */
const PART_WITHIN = 2;
/** Share of the law either side of a unit's place where candidates are looked for whatever their words. */
const WINDOW_SHARE = 0.015;
/** Candidates examined per unit after the inverted-index pass. */
const CANDIDATES = 6;

interface Vector {
  weights: Map<string, number>;
  norm: number;
  total: number;
  words: number;
}

const WORD = /[a-z0-9]+/g;

function counts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  const folded = fold(text);
  WORD.lastIndex = 0;
  let x: RegExpExecArray | null;
  while ((x = WORD.exec(folded))) m.set(x[0], (m.get(x[0]) ?? 0) + 1);
  return m;
}

function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return a.norm === b.norm ? 1 : 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) {
    const v = large.weights.get(t);
    if (v !== undefined) dot += w * v;
  }
  return Math.min(1, dot / (a.norm * b.norm));
}

/** Share of `part`'s weight that `whole` holds too. */
function containment(part: Vector, whole: Vector): number {
  if (part.total === 0) return 0;
  let shared = 0;
  for (const [t, w] of part.weights) {
    const v = whole.weights.get(t);
    if (v !== undefined) shared += Math.min(w, v);
  }
  return shared / part.total;
}

function normNumber(n: string): string {
  return fold(n).replace(/[\s.º°]+/g, '');
}

/** Indexes of a longest increasing subsequence of `values`. */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const prev = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) out.add(i);
  return out;
}

export function align(oldUnits: CompareUnit[], newUnits: CompareUnit[], manual: ManualPairing[] = []): Alignment {
  const oldCounts = oldUnits.map((u) => counts(u.text));
  const newCounts = newUnits.map((u) => counts(u.text));
  const df = new Map<string, number>();
  for (const c of [...oldCounts, ...newCounts]) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = oldUnits.length + newUnits.length;
  const idf = new Map<string, number>();
  for (const [t, k] of df) idf.set(t, Math.log(1 + n / k));
  const vector = (c: Map<string, number>): Vector => {
    const weights = new Map<string, number>();
    let sq = 0;
    let total = 0;
    let words = 0;
    for (const [t, k] of c) {
      const w = (k === 1 ? 1 : 1 + Math.log(k)) * idf.get(t)!;
      weights.set(t, w);
      sq += w * w;
      total += w;
      words += k;
    }
    return { weights, norm: Math.sqrt(sq), total, words };
  };
  const oldVec = oldCounts.map(vector);
  const newVec = newCounts.map(vector);

  const oldGroup = new Array<AlignGroup | null>(oldUnits.length).fill(null);
  const newGroup = new Array<AlignGroup | null>(newUnits.length).fill(null);
  const groups: AlignGroup[] = [];
  const oldByKey = new Map(oldUnits.map((u, i) => [u.key, i]));
  const newByKey = new Map(newUnits.map((u, i) => [u.key, i]));

  // Pairings set by a person come first.
  for (const m of manual) {
    const o = m.old.map((k) => oldByKey.get(k)).filter((i): i is number => i !== undefined && !oldGroup[i]);
    const w = m.new.map((k) => newByKey.get(k)).filter((i): i is number => i !== undefined && !newGroup[i]);
    if (!o.length && !w.length) continue;
    const g: AlignGroup = { kind: 'changed', old: o, new: w, similarity: 0, manual: true };
    groups.push(g);
    o.forEach((i) => (oldGroup[i] = g));
    w.forEach((i) => (newGroup[i] = g));
  }

  // Candidate pairs from an inverted index of the old units' distinctive words.
  const rareLimit = Math.max(10, Math.ceil(n * 0.02));
  const postings = new Map<string, number[]>();
  oldVec.forEach((v, i) => {
    if (oldGroup[i]) return;
    for (const t of v.weights.keys()) {
      if (df.get(t)! > rareLimit) continue;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  const oldByNumber = new Map<string, number[]>();
  oldUnits.forEach((u, i) => {
    const k = normNumber(u.number);
    oldByNumber.set(k, [...(oldByNumber.get(k) ?? []), i]);
  });
  const scored: { o: number; w: number; sim: number; score: number }[] = [];
  const partial = new Map<number, number>();
  newVec.forEach((v, w) => {
    if (newGroup[w]) return;
    partial.clear();
    for (const [t, x] of v.weights) {
      const list = postings.get(t);
      if (!list) continue;
      for (const o of list) partial.set(o, (partial.get(o) ?? 0) + x * oldVec[o]!.weights.get(t)!);
    }
    const candidates = new Set(
      [...partial.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, CANDIDATES)
        .map(([o]) => o),
    );
    const sameNumber = new Set((oldByNumber.get(normNumber(newUnits[w]!.number)) ?? []).filter((o) => !oldGroup[o]));
    for (const o of sameNumber) candidates.add(o);
    // Units at about the same place too: texts made only of common words ("[Repealed]"), or
    // repeated in many places, have no distinctive word to find them by.
    const near = Math.round((w / Math.max(1, newUnits.length)) * oldUnits.length);
    const window = Math.max(3, Math.ceil(oldUnits.length * WINDOW_SHARE));
    for (let o = Math.max(0, near - window); o <= Math.min(oldUnits.length - 1, near + window); o++)
      if (!oldGroup[o]) candidates.add(o);
    for (const o of candidates) {
      const sim = cosine(oldVec[o]!, v);
      const same = sameNumber.has(o);
      if (sim < PAIR_FROM && !(same && sim >= PAIR_SAME_NUMBER_FROM)) continue;
      const place =
        Math.abs(o / Math.max(1, oldUnits.length) - w / Math.max(1, newUnits.length)) < SAME_PLACE_WITHIN
          ? SAME_PLACE_BONUS
          : 0;
      scored.push({ o, w, sim, score: sim + (same ? SAME_NUMBER_BONUS : 0) + place });
    }
  });
  scored.sort((a, b) => b.score - a.score || a.o - b.o || a.w - b.w);
  for (const s of scored) {
    if (oldGroup[s.o] || newGroup[s.w]) continue;
    const g: AlignGroup = { kind: 'changed', old: [s.o], new: [s.w], similarity: s.sim, manual: false };
    groups.push(g);
    oldGroup[s.o] = g;
    newGroup[s.w] = g;
  }

  // Splits: an unpaired new unit whose words an old unit holds. Merges: the other way round.
  const attach = (
    free: number,
    freeVec: Vector[],
    otherVec: Vector[],
    freeGroup: (AlignGroup | null)[],
    otherGroup: (AlignGroup | null)[],
    side: 'old' | 'new',
  ) => {
    if (freeGroup[free] || freeVec[free]!.words < 3) return;
    let best = -1;
    let bestScore = CONTAINED_FROM;
    otherVec.forEach((v, i) => {
      const g = otherGroup[i];
      // Only a unit already paired takes parts, and only parts standing next to its partner:
      // a split gives consecutive units, a merge joins consecutive units.
      if (!g || g.manual) return;
      if (side === 'new' ? g.old.length > 1 : g.new.length > 1) return;
      const partners = side === 'new' ? g.new : g.old;
      if (!partners.some((p) => Math.abs(p - free) <= PART_WITHIN)) return;
      const c = containment(freeVec[free]!, v);
      if (c > bestScore) {
        bestScore = c;
        best = i;
      }
    });
    if (best < 0) return;
    const g = otherGroup[best]!;
    (side === 'new' ? g.new : g.old).push(free);
    (side === 'new' ? g.new : g.old).sort((a, b) => a - b);
    freeGroup[free] = g;
  };
  for (let w = 0; w < newUnits.length; w++) attach(w, newVec, oldVec, newGroup, oldGroup, 'new');
  for (let o = 0; o < oldUnits.length; o++) attach(o, oldVec, newVec, oldGroup, newGroup, 'old');

  for (let o = 0; o < oldUnits.length; o++)
    if (!oldGroup[o]) {
      const g: AlignGroup = { kind: 'deleted', old: [o], new: [], similarity: 0, manual: false };
      groups.push(g);
      oldGroup[o] = g;
    }
  for (let w = 0; w < newUnits.length; w++)
    if (!newGroup[w]) {
      const g: AlignGroup = { kind: 'inserted', old: [], new: [w], similarity: 0, manual: false };
      groups.push(g);
      newGroup[w] = g;
    }

  // Kinds and similarities of the groups holding both sides.
  const sum = (vs: Vector[]): Vector => {
    const weights = new Map<string, number>();
    for (const v of vs) for (const [t, w] of v.weights) weights.set(t, (weights.get(t) ?? 0) + w);
    let sq = 0;
    let total = 0;
    for (const w of weights.values()) {
      sq += w * w;
      total += w;
    }
    return { weights, norm: Math.sqrt(sq), total, words: vs.reduce((s, v) => s + v.words, 0) };
  };
  for (const g of groups) {
    if (!g.old.length) g.kind = 'inserted';
    else if (!g.new.length) g.kind = 'deleted';
    else {
      const a = g.old.map((i) => oldUnits[i]!.text).join('\n');
      const b = g.new.map((i) => newUnits[i]!.text).join('\n');
      g.similarity = a === b ? 1 : cosine(sum(g.old.map((i) => oldVec[i]!)), sum(g.new.map((i) => newVec[i]!)));
      if (g.new.length > 1) g.kind = 'split';
      else if (g.old.length > 1) g.kind = 'merged';
      else g.kind = normText(a) === normText(b) ? 'same' : 'changed';
    }
  }

  // Moves: paired groups outside a longest run kept in the old order.
  const paired = groups.filter((g) => g.old.length && g.new.length).sort((a, b) => a.old[0]! - b.old[0]!);
  const kept = longestIncreasing(paired.map((g) => g.new[0]!));
  paired.forEach((g, i) => {
    if (!kept.has(i) && (g.kind === 'same' || g.kind === 'changed')) g.kind = 'moved';
  });

  // Reading order: the new version's order, each deleted unit after what preceded it in the old one.
  const position = new Map<AlignGroup, [number, number, number]>();
  for (const g of groups) if (g.new.length) position.set(g, [g.new[0]!, 0, 0]);
  for (const g of groups) {
    if (g.new.length) continue;
    let anchor = -1;
    for (let o = g.old[0]! - 1; o >= 0; o--) {
      const h = oldGroup[o]!;
      if (h.new.length) {
        anchor = h.new[0]!;
        break;
      }
    }
    position.set(g, [anchor, 1, g.old[0]!]);
  }
  groups.sort((a, b) => {
    const x = position.get(a)!;
    const y = position.get(b)!;
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });

  let total = 0;
  let aligned = 0;
  for (const g of groups) {
    const words = g.old.reduce((s, i) => s + oldVec[i]!.words, 0) + g.new.reduce((s, i) => s + newVec[i]!.words, 0);
    total += words;
    if (g.old.length && g.new.length) aligned += words * g.similarity;
  }
  return { groups, alignedShare: total ? aligned / total : 1 };
}

function normText(t: string): string {
  return t.replace(/\s+/g, ' ').trim();
}
