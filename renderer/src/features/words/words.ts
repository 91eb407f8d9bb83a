import type { TFunction } from 'i18next';
import type { ReviewRow } from '../../../../shared/api/review-schemas';
import { articleTitle } from '../review/articleTitle';

/** "TIP Protocol art. 3(a) — Use of terms": instrument, reference and article title in the user's words. */
export function requirementTitle(
  row: Pick<ReviewRow, 'instrument' | 'ref' | 'articleTitle' | 'articleTitleTranslations'>,
  nameOf: (instrument: string) => string,
  t: TFunction,
  language: string,
): string {
  const title = articleTitle(row as ReviewRow, language);
  return `${nameOf(row.instrument)} ${t('words.art', { ref: row.ref })}${title ? ` — ${title}` : ''}`;
}

export type ConfidenceLevel = 'high' | 'medium' | 'low';

/** Below MEDIUM a proposal is a guess to check; from HIGH on it is usually right. */
export const MEDIUM_CONFIDENCE = 0.5;
export const HIGH_CONFIDENCE = 0.75;

/** How sure the analysis is, in words rather than a number. */
export function confidenceLevel(value: number): ConfidenceLevel {
  return value >= HIGH_CONFIDENCE ? 'high' : value >= MEDIUM_CONFIDENCE ? 'medium' : 'low';
}

/** A candidate whose match is too slight to show unless asked ("show weak matches"). */
export const WEAK_MATCH = 0.2;

export function isWeakCandidate(m: { score: number | null; state: string; origin: string }): boolean {
  return m.origin === 'auto' && m.state === 'proposed' && m.score !== null && m.score < WEAK_MATCH;
}

/**
 * The provisions the review list cites for a requirement: the accepted ones; or, before review,
 * the best proposal only when the analysis finds the requirement met at least in part and is not
 * unsure of it, and the match is not weak. Otherwise nothing: the list says "no convincing match"
 * rather than show a guess as the answer.
 */
export function convincingCitations(
  row: Pick<ReviewRow, 'cited' | 'confidence' | 'proposedStatus' | 'reviewed'>,
): ReviewRow['cited'] {
  const accepted = row.cited.filter((c) => c.state === 'accepted');
  if (accepted.length || row.reviewed) return accepted;
  const meets = row.proposedStatus === 'compliant' || row.proposedStatus === 'partial';
  if (!meets || confidenceLevel(row.confidence) === 'low') return [];
  return row.cited.filter((c) => c.state === 'proposed' && (c.score === null || c.score >= WEAK_MATCH));
}

function localeFor(language: string): string {
  const system = typeof navigator !== 'undefined' ? navigator.language : language;
  return system.slice(0, 2) === language.slice(0, 2) ? system : language;
}

/**
 * A date (and time) in the user's locale: the system's regional format when it speaks the
 * interface language (en-GB day/month order), else the interface language's own.
 */
export function formatDate(iso: string | null, language: string, withTime = true): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString(
    localeFor(language),
    withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
  );
}

/** A number in the user's locale ("1,234", "1 234"). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}

/** A text in the interface language where the library has it in that language, else in English. */
export function inLanguage(english: string, translations: Partial<Record<string, string>>, language: string): string {
  return translations[language] ?? english;
}

/** A chapter heading in the interface language, from the official texts when the library has it. */
export function chapterName(row: Pick<ReviewRow, 'chapter' | 'chapterTranslations'>, language: string): string | null {
  return row.chapterTranslations[language as 'fr' | 'es'] ?? row.chapter;
}

/** English chapter heading → heading in the interface language, for views that only have the former. */
export function chapterNames(rows: ReviewRow[], language: string): (chapter: string) => string {
  const names = new Map<string, string>();
  for (const r of rows) if (r.chapter && !names.has(r.chapter)) names.set(r.chapter, chapterName(r, language)!);
  return (chapter) => names.get(chapter) ?? chapter;
}
