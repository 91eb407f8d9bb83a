import type { SearchHit, SearchResult } from '../../../shared/api/schemas';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/api/channels';
import { ftsPhrase, type Db } from './sqlite';

/*
 * The search over the reference database (the library views read the in-memory library: see
 * shared/reference/views.ts). Takes the handle first (tests pass their own).
 */

/** The French and Spanish of a text, as far as the database has them. */
function frEs(fr: string | null, es: string | null): Partial<Record<'fr' | 'es', string>> {
  return { ...(fr ? { fr } : {}), ...(es ? { es } : {}) };
}

/**
 * Words of a free-text query as an FTS5 expression: every word must occur (AND), the last one
 * as a prefix so results come while typing. Quotes keep FTS5 syntax characters inert.
 */
export function toFtsQuery(query: string): string | null {
  const words = query
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 20);
  if (words.length === 0) return null;
  return words.map((w, i) => ftsPhrase(w, i === words.length - 1)).join(' ');
}

/**
 * Ranking: bm25 (more negative is better) with the title and element labels weighted above the
 * body (they name what a requirement is about); definitions first among equals, since a term
 * search most often wants the paragraph that defines the term; the verbatim treaty text before
 * the Model Laws' editorial summaries.
 */
const SEARCH_SQL = `
  SELECT doc_id AS id, kind, instrument, article_number, title, ref, article_title,
    article_title_fr AS title_fr, article_title_es AS title_es,
    snippet(search, -1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 24) AS snippet,
    bm25(search, 0, 0, 0, 4.0, 3.0, 1.0, 0.5, 0, 0, 0, 0, 0, 0)
      * (CASE obligation WHEN 'definition' THEN 1.5 ELSE 1.0 END)
      * (CASE kind WHEN 'model-law-article' THEN 0.6 ELSE 1.0 END) AS rank
  FROM search s
  WHERE search MATCH @match %INSTRUMENTS%
  ORDER BY rank LIMIT @limit`;

export function search(db: Db, query: string, limit: number, instruments?: string[]): SearchResult {
  const match = toFtsQuery(query);
  if (!match) return { query, total: 0, hits: [] };
  const filter = instruments?.length ? `AND s.instrument IN (${instruments.map((_, i) => `@i${i}`).join(', ')})` : '';
  const params: Record<string, string | number> = { match, limit };
  instruments?.forEach((id, i) => (params[`i${i}`] = id));
  const hits = db.prepare(SEARCH_SQL.replace('%INSTRUMENTS%', filter)).all(params) as {
    id: string;
    kind: SearchHit['kind'];
    instrument: string;
    article_number: string;
    title: string;
    ref: string;
    article_title: string;
    title_fr: string | null;
    title_es: string | null;
    snippet: string;
  }[];
  const total = (
    db
      .prepare(`SELECT count(*) AS n FROM search s WHERE search MATCH @match ${filter}`)
      .get(Object.fromEntries(Object.entries(params).filter(([k]) => k !== 'limit'))) as { n: number }
  ).n;
  return {
    query,
    total,
    hits: hits.map((h) => ({
      id: h.id,
      kind: h.kind,
      instrument: h.instrument,
      articleNumber: h.article_number,
      title: h.title,
      ref: h.ref,
      articleTitle: h.article_title,
      articleTitleTranslations: frEs(h.title_fr, h.title_es),
      snippet: h.snippet,
    })),
  };
}
