import type { ReferenceLibrary } from '../reference/types';
import type { Article, Instrument, ModelLawArticle, Paragraph } from '../reference/types';
import type { InstrumentNames, Messages } from './messages';

/** Look-ups both report layouts make in the reference library. */

export function findInstrument(library: ReferenceLibrary, id: string): Instrument | null {
  return library.instruments.find((i) => i.id === id) ?? null;
}

/** The names an instrument is cited by: the shipped ones, else built from an imported instrument's titles. */
export function instrumentNames(t: Messages, library: ReferenceLibrary, id: string): InstrumentNames {
  const known = t.instruments[id];
  if (known) return known;
  const inst = findInstrument(library, id);
  const short = inst?.shortTitle ?? id;
  return {
    title: inst?.title ?? id,
    short,
    abbr: short,
    inText: short,
    of: t.ofCustom(short),
    citation: inst?.citation ?? '',
  };
}

/** Where a requirement stands in its instrument: a Protocol or Convention paragraph, or a Model Law article. */
export function locateRequirement(
  inst: Instrument | null,
  requirementId: string,
): { paragraph: Paragraph | null; article: Article | null; modelLaw: ModelLawArticle | null } {
  for (const a of inst?.articles ?? []) {
    const p = a.paragraphs.find((x) => x.id === requirementId);
    if (p) return { paragraph: p, article: a, modelLaw: null };
  }
  return {
    paragraph: null,
    article: null,
    modelLaw: inst?.modelLawArticles.find((m) => m.id === requirementId) ?? null,
  };
}

/** A date as the report prints it, in the report's locale ("6 December 2026"). */
export function formatReportDate(locale: string, value: string | Date): string {
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}
