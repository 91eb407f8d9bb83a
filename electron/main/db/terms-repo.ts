import { AppError } from '../../../shared/api/errors';
import type { CountryTerm } from '../../../shared/analysis/types';
import { CONCEPTS_DATA, conceptLabel } from '../../../shared/analysis/rules';
import { compilePattern } from '../../../shared/analysis/lexicon';
import type { Db } from './sqlite';

/**
 * Country terms of an assessment: words of the country's law added to a concept of the analysis
 * (resources/reference/rules/concepts.json) for this assessment only, stored in its file.
 */

export interface StoredCountryTerm extends CountryTerm {
  id: number;
  note: string | null;
  createdAt: string;
  createdBy: string;
}

const CONCEPT_IDS = new Set(CONCEPTS_DATA.concepts.map((c) => c.id));

interface Row {
  id: number;
  concept: string;
  language: 'en' | 'fr' | 'es';
  pattern: string;
  note: string | null;
  created_at: string;
  created_by: string;
}

export function listCountryTerms(db: Db): StoredCountryTerm[] {
  return (db.prepare('SELECT * FROM country_term ORDER BY concept, language, pattern').all() as Row[]).map((r) => ({
    id: r.id,
    concept: r.concept,
    language: r.language,
    pattern: r.pattern,
    note: r.note,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}

/** The terms as the analysis takes them. */
export function countryTermsForAnalysis(db: Db): CountryTerm[] {
  return listCountryTerms(db).map(({ concept, language, pattern }) => ({ concept, language, pattern }));
}

/** Add a term; refuses an unknown concept, an empty or unreadable pattern and a duplicate, saying which. */
export function addCountryTerm(
  db: Db,
  term: CountryTerm & { note?: string | null },
  actor: string,
  now = new Date(),
): StoredCountryTerm {
  const pattern = term.pattern.trim().replace(/\s+/g, ' ');
  if (!CONCEPT_IDS.has(term.concept))
    throw new AppError('invalid-request', `Unknown concept "${term.concept}": choose one of the analysis concepts`);
  if (pattern === '') throw new AppError('invalid-request', 'The term is empty: type the word or words of the law');
  if (pattern.length > 200) throw new AppError('invalid-request', 'The term is longer than 200 characters');
  try {
    new RegExp(compilePattern(pattern));
  } catch {
    throw new AppError('invalid-request', `The term "${pattern}" cannot be read: check its brackets and parentheses`);
  }
  const exists = db
    .prepare('SELECT id FROM country_term WHERE concept = ? AND language = ? AND pattern = ?')
    .get(term.concept, term.language, pattern);
  if (exists)
    throw new AppError(
      'invalid-request',
      `"${pattern}" is already a term for ${conceptLabel(term.concept).en} in this assessment`,
    );
  const id = Number(
    db
      .prepare(
        'INSERT INTO country_term(concept, language, pattern, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(term.concept, term.language, pattern, term.note ?? null, now.toISOString(), actor).lastInsertRowid,
  );
  return listCountryTerms(db).find((t) => t.id === id)!;
}

export function removeCountryTerm(db: Db, id: number): void {
  const r = db.prepare('DELETE FROM country_term WHERE id = ?').run(id);
  if (r.changes === 0) throw new AppError('not-found', `No country term ${id} in this assessment`);
}
