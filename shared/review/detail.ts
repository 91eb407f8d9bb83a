import { explainFinding, explainReason, labelsFrom } from '../analysis/explain';
import type { ReasonParams } from '../analysis/types';
import type { MappingView, ReviewDetail, ReviewRow } from '../api/review-schemas';
import { LANGUAGES, type LanguageCode } from '../domain/source';
import { implementedBy } from '../reference/library';
import type { ModelLawArticle, ReferenceLibrary } from '../reference/types';
import { messages } from '../report/messages';
import { instrumentNames } from '../report/lookup';
import type { RequirementAssessment } from './rows';

/* Everything the review pane shows for one requirement, put together from what the store holds. */

/** Something said in each interface language. */
function inEveryLanguage(render: (lang: LanguageCode) => string): Record<LanguageCode, string> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, render(lang)])) as Record<LanguageCode, string>;
}

/** An element of the requirement's checklist as the reviewer or the analysis left it. */
export interface ElementAssessment {
  elementId: string;
  present: boolean;
  note: string;
  /** Citation of the provision that shows it ("3(1)(h)"), if any. */
  citation: string | null;
  /** The heading of the section or article holding that provision, and the version it is in. */
  unitHeading: string | null;
  versionId: number | null;
}

/** A finding of the analysis on the requirement. */
export interface StoredFinding {
  code: string;
  message: string;
  params: ReasonParams | null;
  citation: string | null;
  unitHeading: string | null;
  versionId: number | null;
}

export interface ReviewDetailInput {
  row: ReviewRow;
  assessment: RequirementAssessment;
  elements: readonly ElementAssessment[];
  findings: readonly StoredFinding[];
  mappings: MappingView[];
}

const SUGGESTION: Record<LanguageCode, (requirement: string, sources: string) => string> = {
  en: (requirement, sources) => `Bring the national law in line with ${requirement} drawing on ${sources}.`,
  fr: (requirement, sources) =>
    `Mettre la législation nationale en conformité avec ${requirement} en s’inspirant de ${sources}.`,
  es: (requirement, sources) =>
    `Armonizar la legislación nacional con ${requirement} tomando como referencia ${sources}.`,
};

/** The instrument a Model Law article belongs to. */
function holderOf(lib: ReferenceLibrary, m: ModelLawArticle): string {
  return lib.instruments.find((i) => i.modelLawArticles.includes(m))?.id ?? '';
}

const ARTICLE: Record<LanguageCode, string> = { en: 'article', fr: 'l’article', es: 'el artículo' };

/**
 * A recommendation to start from where Model Law articles implement the requirement: in each
 * interface language, the requirement cited by its article and instrument, the Model Law
 * articles by the names of the Model Laws that hold them.
 */
export function suggestedRecommendations(
  lib: ReferenceLibrary,
  row: ReviewRow,
  links: readonly ModelLawArticle[],
): Record<LanguageCode, string> | null {
  if (!links.length) return null;
  return inEveryLanguage((lang) => {
    const t = messages(lang);
    const requirement = `${ARTICLE[lang]} ${row.ref} ${instrumentNames(t, lib, row.instrument).of}`;
    const sources = links.map(
      (l) =>
        `${instrumentNames(t, lib, holderOf(lib, l)).abbr} art. ${l.number} (${l.titleTranslations[lang] ?? l.title})`,
    );
    return SUGGESTION[lang](requirement, sources.join(', '));
  });
}

/** The review pane's content for one requirement. */
export function assembleReviewDetail(lib: ReferenceLibrary, input: ReviewDetailInput): ReviewDetail {
  const { row, assessment: a } = input;
  const requirementId = row.id;
  const paragraph = lib.instruments
    .flatMap((i) => i.articles.flatMap((ar) => ar.paragraphs))
    .find((p) => p.id === requirementId);
  const model = lib.instruments.flatMap((i) => i.modelLawArticles).find((m) => m.id === requirementId);
  const links = paragraph ? implementedBy(lib, requirementId) : [];
  const checklist = lib.checklists.find((c) => c.requirementId === requirementId);
  const labels = labelsFrom(lib);
  const reasonParams = a.proposedReasonParams ? (JSON.parse(a.proposedReasonParams) as ReasonParams) : undefined;
  return {
    row,
    text: paragraph?.text ?? model?.summary ?? '',
    translations: paragraph?.translations ?? {},
    obligationNote: paragraph?.obligationNote ?? null,
    proposedReason: a.proposedReason,
    proposedReasons: inEveryLanguage((lang) =>
      explainReason(
        {
          reason: a.proposedReason,
          ...(a.proposedReasonCode ? { reasonCode: a.proposedReasonCode } : {}),
          ...(reasonParams ? { reasonParams } : {}),
        },
        lang,
        labels,
      ),
    ),
    finding: a.finding,
    recommendation: a.recommendation,
    proposedWording: a.proposedWording,
    reviewedBy: a.reviewedBy,
    reviewedAt: a.reviewedAt,
    implementedBy: links.map((l) => ({
      id: l.id,
      instrument: holderOf(lib, l),
      number: l.number,
      title: l.title,
      titleTranslations: l.titleTranslations,
      uncertain: l.uncertain,
      summary: l.summary,
    })),
    suggestedRecommendations: suggestedRecommendations(lib, row, links),
    mappings: input.mappings,
    elements: (checklist?.groups ?? []).flatMap((g) =>
      g.elements.map((e) => {
        const r = input.elements.find((x) => x.elementId === e.id);
        return {
          id: e.id,
          group: g.id,
          label: e.label,
          present: r?.present === true,
          unitNumber: r?.citation ?? null,
          unitHeading: r?.unitHeading ?? null,
          versionId: r?.versionId ?? null,
          note: r?.note ?? '',
        };
      }),
    ),
    findings: input.findings.map((f) => ({
      code: f.code,
      message: f.message,
      messages: inEveryLanguage((lang) =>
        explainFinding({ code: f.code, message: f.message, ...(f.params ? { params: f.params } : {}) }, lang, labels),
      ),
      unitNumber: f.citation,
      unitHeading: f.unitHeading,
      versionId: f.versionId,
    })),
  };
}
