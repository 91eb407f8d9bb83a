/**
 * Evaluation of the analysis against the expert answer keys (tests/fixtures/gold): every fixture
 * law is segmented, analysed against its gold's instruments and compared with the gold.
 *
 * Figures, per law and pooled over all laws:
 * - recall@1 / recall@3: share of requirements with a non-empty gold list for which a gold unit is
 *   the first / among the first three matches (a match is cited by the number its unit takes in
 *   the amended law when an amending section inserts it, as the gold does);
 * - gap precision: share of the requirements proposed as "gap" whose gold is [] (a genuine gap);
 * - gap precision with "not assessed — law not supplied": the same share when the requirements
 *   proposed "not assessed" because their usual law was not supplied count as gaps of the texts
 *   given (they say the texts supplied do not hold the measure; right when the gold is []);
 * - element precision, recall and F1 over the gold's element judgements (an element id shared by
 *   two checklists, like liability.attempt in TIP 5(2) and SOM 6(2), counts as present when either
 *   checklist finds it);
 * - compliant-on-gap: requirements whose gold is [] but proposed "compliant" (must be 0).
 *
 * Run: npm run eval [-- <law-name-substring>]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze, type AnalysisResult, type RequirementMatch } from '../shared/analysis/index';
import type { ProvisionTree } from '../shared/domain/provision';
import { sourceFromText, type LanguageCode, type SourceDocument } from '../shared/domain/source';
import { segment } from '../shared/segment/index';
import { loadReferenceLibrary } from '../electron/main/reference/load';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const LAWS = join(ROOT, 'tests/fixtures/laws');
const GOLD = join(ROOT, 'tests/fixtures/gold');

interface Gold {
  law: string;
  language: LanguageCode;
  instruments: string[];
  requirements: Record<string, string[] | null>;
  elements: Record<string, boolean>;
}

/** Figures of one law or of all laws pooled. */
export interface EvalFigures {
  /** Requirements with a non-empty gold list. */
  mapped: number;
  hitsAt1: number;
  hitsAt3: number;
  recallAt1: number;
  recallAt3: number;
  gapsProposed: number;
  gapsCorrect: number;
  gapPrecision: number;
  /** Requirements proposed "not assessed — usually in <kind of law>, not supplied", and those whose gold is []. */
  notSuppliedProposed: number;
  notSuppliedCorrect: number;
  /** Gap precision counting those as gaps of the texts supplied. */
  gapOrNotSuppliedPrecision: number;
  elementTP: number;
  elementFP: number;
  elementFN: number;
  elementPrecision: number;
  elementRecall: number;
  elementF1: number;
  compliantOnGap: number;
}

export interface LawEval extends EvalFigures {
  law: string;
  millis: number;
  misses: string[];
  /** Requirements proposed "not assessed" because the kind of law they usually live in was not supplied. */
  notSupplied: number;
  /** The kinds of law the act was taken to be. */
  kinds: string[];
  /** Every scored status with its confidence and whether the gold agrees (gap ⇔ gold []). */
  statuses: { confidence: number; right: boolean }[];
}

export interface EvalReport {
  laws: LawEval[];
  /** All laws pooled (every requirement and element counted once). */
  overall: EvalFigures;
  /** Unweighted mean of the per-law ratios. */
  mean: EvalFigures;
  /** The laws added after the engine was first tuned, pooled: how the engine does on laws it was not built on. */
  newLaws: EvalFigures | null;
}

/**
 * Fixture laws added after the engine was first tuned on the others. Their pooled figures are
 * printed on their own line: recorded once before any tuning for them (docs/EVAL.md), they are the
 * honest measure of how the engine generalizes.
 */
export const NEW_LAWS = [
  'zimbabwe-trafficking-in-persons-act-2014',
  'spain-codigo-penal-lo-10-1995-texto-consolidado',
  'colombia-ley-985-trata-personas-2005',
  'belgium-code-penal-traite-des-etres-humains-2005',
];

/** Turns a law's text into a provision tree (the shipped segmenter unless a test passes another). */
export type Segmenter = (doc: SourceDocument, language: LanguageCode) => ProvisionTree;

const defaultSegmenter: Segmenter = (doc, language) => segment(doc, { language });

/** The number a match is cited by: the inserted unit's number in the amended law, else the unit's. */
export function citedNumber(m: RequirementMatch): string {
  return m.numbers[m.numbers.length - 1] ?? m.number;
}

/**
 * The same citation however it is spaced or cased: "433quinquies" and "433 quinquies", "188A" and
 * "188 A" (unit numbers are normalised with a space before a Latin suffix; a gold may cite it joined).
 */
export function citationKey(n: string): string {
  return n.toLowerCase().replace(/\s+/g, '');
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function figures(
  c: Omit<
    EvalFigures,
    | 'recallAt1'
    | 'recallAt3'
    | 'gapPrecision'
    | 'gapOrNotSuppliedPrecision'
    | 'elementPrecision'
    | 'elementRecall'
    | 'elementF1'
  >,
): EvalFigures {
  const p = ratio(c.elementTP, c.elementTP + c.elementFP);
  const r = ratio(c.elementTP, c.elementTP + c.elementFN);
  return {
    ...c,
    recallAt1: ratio(c.hitsAt1, c.mapped),
    recallAt3: ratio(c.hitsAt3, c.mapped),
    gapPrecision: ratio(c.gapsCorrect, c.gapsProposed),
    gapOrNotSuppliedPrecision: ratio(c.gapsCorrect + c.notSuppliedCorrect, c.gapsProposed + c.notSuppliedProposed),
    elementPrecision: p,
    elementRecall: r,
    elementF1: p + r === 0 ? 0 : (2 * p * r) / (p + r),
  };
}

/** Compare one analysis result with its gold. */
export function compare(gold: Gold, result: AnalysisResult): Omit<LawEval, 'law' | 'millis'> {
  const statuses: { confidence: number; right: boolean }[] = [];
  let notSupplied = 0;
  const byId = new Map(result.requirements.map((r) => [r.id, r]));
  const misses: string[] = [];
  let mapped = 0;
  let hitsAt1 = 0;
  let hitsAt3 = 0;
  let gapsProposed = 0;
  let gapsCorrect = 0;
  let compliantOnGap = 0;
  let notSuppliedCorrect = 0;
  for (const [id, goldList] of Object.entries(gold.requirements)) {
    if (goldList === null) continue;
    const expected = goldList.map(citationKey);
    const r = byId.get(id);
    if (!r) {
      misses.push(`${id}: not in the result`);
      continue;
    }
    const cites = r.matches.map(citedNumber).map(citationKey);
    if (r.reasonCode === 'not-supplied') {
      notSupplied++;
      if (expected.length === 0) notSuppliedCorrect++;
      if (expected.length > 0) misses.push(`${id}: not assessed (${r.reason}), gold ${expected.join(', ')}`);
    }
    if (r.status === 'gap' || r.status === 'partial' || r.status === 'compliant')
      statuses.push({ confidence: r.confidence, right: (r.status === 'gap') === (expected.length === 0) });
    if (r.status === 'gap') {
      gapsProposed++;
      if (expected.length === 0) gapsCorrect++;
      else misses.push(`${id}: proposed gap, gold ${expected.join(', ')}`);
    }
    if (expected.length === 0) {
      if (r.status === 'compliant') {
        compliantOnGap++;
        misses.push(`${id}: proposed compliant, gold is a gap (${r.reason})`);
      }
      continue;
    }
    mapped++;
    if (expected.includes(cites[0] ?? '')) hitsAt1++;
    if (cites.slice(0, 3).some((c) => expected.includes(c))) hitsAt3++;
    else misses.push(`${id}: gold ${expected.join(', ')}; top 3 ${cites.slice(0, 3).join(', ') || '(none)'}`);
  }
  const predicted = new Map<string, boolean>();
  for (const r of result.requirements)
    for (const e of r.elements) predicted.set(e.id, (predicted.get(e.id) ?? false) || e.present);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [id, expected] of Object.entries(gold.elements)) {
    const got = predicted.get(id) ?? false;
    if (expected && got) tp++;
    else if (!expected && got) {
      fp++;
      misses.push(`element ${id}: found, gold absent`);
    } else if (expected && !got) {
      fn++;
      misses.push(`element ${id}: not found, gold present`);
    }
  }
  return {
    ...figures({
      mapped,
      hitsAt1,
      hitsAt3,
      gapsProposed,
      gapsCorrect,
      notSuppliedProposed: notSupplied,
      notSuppliedCorrect,
      elementTP: tp,
      elementFP: fp,
      elementFN: fn,
      compliantOnGap,
    }),
    misses,
    statuses,
    notSupplied,
    kinds: (result.bodyOfLaw ?? []).flatMap((b) => b.kinds),
  };
}

/** Evaluate every fixture law (or those whose name contains `filter`). */
export function evaluateFixtures(options: { filter?: string; segmenter?: Segmenter } = {}): EvalReport {
  const library = loadReferenceLibrary();
  const seg = options.segmenter ?? defaultSegmenter;
  const laws: LawEval[] = [];
  for (const file of readdirSync(GOLD)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()) {
    const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as Gold;
    if (options.filter && !gold.law.includes(options.filter)) continue;
    const text = readFileSync(join(LAWS, gold.law), 'utf8');
    const started = performance.now();
    const tree = seg(sourceFromText(text, gold.law), gold.language);
    const result = analyze({
      acts: [{ file: gold.law, title: gold.law, language: gold.language, tree }],
      library,
      instruments: gold.instruments,
    });
    const millis = performance.now() - started;
    laws.push({ law: gold.law.replace(/\.txt$/, ''), millis, ...compare(gold, result) });
  }
  const newOnes = laws.filter((l) => NEW_LAWS.includes(l.law));
  return {
    laws,
    overall: pool(laws),
    mean: meanOf(laws),
    newLaws: newOnes.length > 0 ? pool(newOnes) : null,
  };
}

/** Counts summed over laws, ratios recomputed from the sums. */
function pool(laws: EvalFigures[]): EvalFigures {
  const sum = (k: keyof EvalFigures) => laws.reduce((s, l) => s + l[k], 0);
  return figures({
    mapped: sum('mapped'),
    hitsAt1: sum('hitsAt1'),
    hitsAt3: sum('hitsAt3'),
    gapsProposed: sum('gapsProposed'),
    gapsCorrect: sum('gapsCorrect'),
    notSuppliedProposed: sum('notSuppliedProposed'),
    notSuppliedCorrect: sum('notSuppliedCorrect'),
    elementTP: sum('elementTP'),
    elementFP: sum('elementFP'),
    elementFN: sum('elementFN'),
    compliantOnGap: sum('compliantOnGap'),
  });
}

/** Every figure averaged over laws, each law weighing the same. */
function meanOf(laws: EvalFigures[]): EvalFigures {
  const pooled = pool(laws);
  const avg = (k: keyof EvalFigures) => (laws.length === 0 ? 0 : laws.reduce((s, l) => s + l[k], 0) / laws.length);
  return {
    ...pooled,
    recallAt1: avg('recallAt1'),
    recallAt3: avg('recallAt3'),
    gapPrecision: avg('gapPrecision'),
    gapOrNotSuppliedPrecision: avg('gapOrNotSuppliedPrecision'),
    elementPrecision: avg('elementPrecision'),
    elementRecall: avg('elementRecall'),
    elementF1: avg('elementF1'),
  };
}

function line(name: string, f: EvalFigures, extra = ''): string {
  const pct = (x: number) => x.toFixed(2).padStart(5);
  return [
    name.padEnd(56),
    `r@1 ${pct(f.recallAt1)}`,
    `r@3 ${pct(f.recallAt3)} (${f.hitsAt3}/${f.mapped})`,
    `gapP ${pct(f.gapPrecision)} (${f.gapsCorrect}/${f.gapsProposed})`,
    `gap+ns P ${pct(f.gapOrNotSuppliedPrecision)} (${f.gapsCorrect + f.notSuppliedCorrect}/${f.gapsProposed + f.notSuppliedProposed})`,
    `elP ${pct(f.elementPrecision)} elR ${pct(f.elementRecall)} elF1 ${pct(f.elementF1)}`,
    `compliant-on-gap ${f.compliantOnGap}`,
    extra,
  ].join('  ');
}

/** Confidence bins of the calibration table, lowest first. */
const BINS = [0, 0.5, 0.6, 0.7, 0.8, 0.9];

/** Share of statuses proposed in each confidence bin that the gold agrees with. */
export function calibration(laws: LawEval[]): { from: number; to: number; n: number; right: number }[] {
  const all = laws.flatMap((l) => l.statuses);
  return BINS.map((from, i) => {
    const to = BINS[i + 1] ?? 1.0001;
    const inBin = all.filter((s) => s.confidence >= from && s.confidence < to);
    return { from, to: Math.min(to, 1), n: inBin.length, right: inBin.filter((s) => s.right).length };
  });
}

/** Share right among statuses proposed with confidence >= 0.8 (1 when there are none). */
export function highConfidenceRight(laws: LawEval[]): { n: number; right: number; share: number } {
  const high = laws.flatMap((l) => l.statuses).filter((s) => s.confidence >= 0.8);
  const right = high.filter((s) => s.right).length;
  return { n: high.length, right, share: ratio(right, high.length) };
}

/** Print the report; returns false when a target is missed. */
export function printReport(report: EvalReport, out: (s: string) => void = console.log): boolean {
  for (const l of report.laws) {
    out(
      line(
        l.law,
        l,
        `${Math.round(l.millis)} ms  [${l.kinds.join(', ')}; ${l.notSupplied} not assessed: law not supplied]`,
      ),
    );
    for (const m of l.misses) out(`    miss  ${m}`);
  }
  out(line('MEAN (per law)', report.mean));
  if (report.newLaws) out(line('new laws, before tuning', report.newLaws));
  out(line('OVERALL', report.overall));
  out('calibration (gap, partial and compliant proposals; right when gap <=> gold []):');
  for (const b of calibration(report.laws))
    out(
      `  confidence ${b.from.toFixed(2)}-${b.to.toFixed(2)}  n ${String(b.n).padStart(4)}  right ${b.n ? ((100 * b.right) / b.n).toFixed(0).padStart(3) : '  -'} %`,
    );
  const high = highConfidenceRight(report.laws);
  out(`  confidence >= 0.80: ${high.right}/${high.n} right (${(100 * high.share).toFixed(0)} %)`);
  const o = report.overall;
  const ok =
    o.recallAt3 >= 0.9 &&
    o.recallAt1 >= 0.75 &&
    o.elementF1 >= 0.95 &&
    o.gapPrecision >= 0.9 &&
    o.compliantOnGap === 0 &&
    high.share >= 0.9;
  out(
    ok
      ? 'targets met (recall@3 >= 0.90, recall@1 >= 0.75, element F1 >= 0.95, gap precision >= 0.90, no gap proposed compliant, confidence >= 0.8 right >= 90 %)'
      : 'TARGETS MISSED',
  );
  return ok;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const ok = printReport(evaluateFixtures({ filter: process.argv[2] }));
  process.exitCode = ok ? 0 : 1;
}
