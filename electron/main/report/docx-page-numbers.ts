import type { PageNumberEstimator } from 'docx';

/**
 * The page numbers of the report's table of contents, laid out by `docx/layout` (guessing past what
 * it cannot lay out as Word does rather than leaving the numbers blank).
 *
 * The layout's estimator also works out the list number of each heading a contents entry points to,
 * by reading the whole document body once more before laying it out. The report's headings are not
 * numbered lists (their numbers are in their text, and the only list is bulleted), so that reading
 * could only ever find nothing: the estimator is given without it, which spares a full pass over
 * the body and writes the same entries.
 */
export function reportPageNumbers(layout: typeof import('docx/layout')): PageNumberEstimator {
  const estimate = layout.estimatePageNumbersWith({ guess: true });
  return (body, context) => estimate(body, context);
}
