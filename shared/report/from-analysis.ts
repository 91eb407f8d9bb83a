import type { AnalysisResult } from '../analysis/types';
import type { ReferenceLibrary } from '../reference/types';
import type { ReportInput } from './input';

/** Version label of an act read straight from a file by the command line (not a named version). */
export const UNNAMED_VERSION = 'As imported';

/** Proposed candidates cited for a requirement nobody has reviewed yet. */
export const UNREVIEWED_CITATIONS = 3;

/** A citation as a drafter writes it: the act, then the unit, then what it inserts into another law. */
export function citationOf(actTitle: string, label: string, numbers: string[]): string {
  const inserted = numbers.slice(1);
  const unit = label || numbers[0] || '';
  return `${actTitle}, ${unit}${inserted.length ? ` (inserting ${inserted.join(', ')})` : ''}`;
}

/**
 * A report input straight from an analysis (the command line, before any review): every status is
 * the proposed one, citations are the best candidates, nothing is marked as reviewed.
 */
export function reportInputFromAnalysis(
  result: AnalysisResult,
  library: ReferenceLibrary,
  meta: {
    country: string;
    title: string;
    assessor: string;
    acts: { file: string; title: string; year: number | null }[];
  },
): ReportInput {
  const actMeta = new Map(meta.acts.map((a) => [a.file, a]));
  const units = new Map(
    result.acts.flatMap((a) => a.provisions.map((p) => [`${a.file}|${p.id}`, { act: a, unit: p }] as const)),
  );
  return {
    assessment: { country: meta.country, title: meta.title, assessor: meta.assessor, createdAt: result.generatedAt },
    acts: result.acts.map((a) => ({
      key: a.file,
      title: actMeta.get(a.file)?.title ?? a.title,
      year: actMeta.get(a.file)?.year ?? null,
      language: a.language,
      versionLabel: UNNAMED_VERSION,
      versionStatus: 'in-force',
      sourceFile: a.file,
      importedAt: result.generatedAt,
      units: a.provisions.map((p) => ({ number: p.number, label: p.label, text: p.text })),
    })),
    instruments: result.instruments,
    library,
    analysis: { generatedAt: result.generatedAt, reviewedCount: 0, totalCount: result.requirements.length },
    requirements: result.requirements.map((r) => ({
      id: r.id,
      instrument: r.instrument,
      ref: r.ref,
      obligation: r.obligation,
      status: r.status,
      reviewed: false,
      confidence: r.confidence,
      reason: r.reason,
      finding: null,
      recommendation: null,
      amendment: null,
      citations: r.matches.slice(0, UNREVIEWED_CITATIONS).flatMap((m) => {
        const found = units.get(`${m.act}|${m.unit}`);
        if (!found) return [];
        const title = actMeta.get(m.act)?.title ?? found.act.title;
        return [
          {
            act: m.act,
            citation: citationOf(title, found.unit.label, m.numbers),
            numbers: m.numbers,
            text: found.unit.text,
            origin: 'auto' as const,
            accepted: false,
            score: m.score,
            relation: null,
          },
        ];
      }),
      elements: r.elements,
      findings: r.findings,
    })),
  };
}
