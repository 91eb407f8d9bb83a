import type { ReviewRow } from '../../../../shared/api/review-schemas';

/** A requirement's article title in the interface language, from the official texts when they have one. */
export function articleTitle(row: ReviewRow, language: string): string {
  return row.articleTitleTranslations[language as 'fr' | 'es'] ?? row.articleTitle;
}
