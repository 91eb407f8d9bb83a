import type {
  ElementChecklistView,
  ImportedFromView,
  InstrumentDetail,
  InstrumentSummary,
  ModelLawLink,
  SearchHit,
  SearchResult,
} from '../../../shared/api/schemas';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/api/channels';
import { AppError } from '../../../shared/api/errors';
import { ftsPhrase, type Db } from './sqlite';

/* Queries over the reference database. Every function takes the handle first (tests pass their own). */

interface InstrumentRow {
  id: string;
  kind: 'treaty' | 'model-law' | 'custom';
  title: string;
  short_title: string;
  citation: string;
  partial: number;
  partial_note: string | null;
  sources: string;
  language: InstrumentSummary['language'];
  imported: string | null;
  article_count: number;
  paragraph_count: number;
}

const INSTRUMENTS_SQL = `
  SELECT i.*,
    (SELECT count(*) FROM article a WHERE a.instrument_id = i.id)
      + (SELECT count(*) FROM model_law_article m WHERE m.instrument_id = i.id) AS article_count,
    (SELECT count(*) FROM paragraph p WHERE p.instrument_id = i.id) AS paragraph_count
  FROM instrument i`;

function toSummary(r: InstrumentRow): InstrumentSummary {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    shortTitle: r.short_title,
    citation: r.citation,
    partial: r.partial === 1,
    partialNote: r.partial_note,
    articleCount: r.article_count,
    paragraphCount: r.paragraph_count,
    language: r.language,
    imported: r.imported ? (JSON.parse(r.imported) as ImportedFromView) : null,
  };
}

/** `rows` grouped by `key`, each turned into `value`, in the rows' order. */
function groupBy<T, V>(rows: readonly T[], key: (r: T) => string, value: (r: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const r of rows) {
    const list = groups.get(key(r)) ?? [];
    list.push(value(r));
    groups.set(key(r), list);
  }
  return groups;
}

type LinkedParagraph = InstrumentDetail['modelLawArticles'][number]['implements'][number];

/**
 * The paragraphs each article of an instrument implements, by the article's id, in the query's
 * order: `source` names the article's id column in `from`, the rest of the query (tables, the
 * instrument as its parameter, order), where `p` is the linked paragraph.
 */
function implementedBySource(
  db: Db,
  source: string,
  from: string,
  instrumentId: string,
): Map<string, LinkedParagraph[]> {
  const rows = db
    .prepare(`SELECT ${source} AS source_id, p.id, p.instrument_id, p.ref, p.text ${from}`)
    .all(instrumentId) as {
    source_id: string;
    id: string;
    instrument_id: string;
    ref: string;
    text: string;
  }[];
  return groupBy(
    rows,
    (r) => r.source_id,
    (r) => ({ id: r.id, instrument: r.instrument_id, ref: r.ref, text: r.text }),
  );
}

/** The rows of one of an instrument's tables, in the instrument's order. */
function instrumentRows<T>(db: Db, table: 'paragraph' | 'article' | 'model_law_article', instrumentId: string): T[] {
  return db.prepare(`SELECT * FROM ${table} WHERE instrument_id = ? ORDER BY ord`).all(instrumentId) as T[];
}

export function listInstruments(db: Db): InstrumentSummary[] {
  return (db.prepare(`${INSTRUMENTS_SQL} ORDER BY i.ord`).all() as InstrumentRow[]).map(toSummary);
}

export function getInstrument(db: Db, id: string): InstrumentDetail {
  const row = db.prepare(`${INSTRUMENTS_SQL} WHERE i.id = ?`).get(id) as InstrumentRow | undefined;
  if (!row) throw new AppError('not-found', `No instrument "${id}" in the library`, { id });

  const links = db
    .prepare(
      `SELECT l.paragraph_id, m.id, m.instrument_id, m.number, m.title, m.uncertain
       FROM model_law_link l JOIN model_law_article m ON m.id = l.model_law_article_id
       JOIN paragraph p ON p.id = l.paragraph_id WHERE p.instrument_id = ? ORDER BY m.instrument_id, m.ord`,
    )
    .all(id) as {
    paragraph_id: string;
    id: string;
    instrument_id: string;
    number: string;
    title: string;
    uncertain: number;
  }[];
  // Then the imported instruments' articles linked to the paragraphs, in library order.
  const importedLinks = db
    .prepare(
      `SELECT l.target_id AS paragraph_id, s.id, s.instrument_id, s.article_number AS number, a.title, 0 AS uncertain
       FROM paragraph_link l JOIN paragraph s ON s.id = l.paragraph_id
       JOIN article a ON a.instrument_id = s.instrument_id AND a.number = s.article_number
       JOIN instrument i ON i.id = s.instrument_id
       JOIN paragraph p ON p.id = l.target_id WHERE p.instrument_id = ? ORDER BY i.ord, s.ord`,
    )
    .all(id) as typeof links;
  const linksByParagraph = groupBy(
    [...links, ...importedLinks],
    (l) => l.paragraph_id,
    (l): ModelLawLink => ({
      id: l.id,
      instrument: l.instrument_id,
      number: l.number,
      title: l.title,
      uncertain: l.uncertain === 1,
    }),
  );
  const withElements = new Set(
    (db.prepare('SELECT requirement_id FROM element_checklist').all() as { requirement_id: string }[]).map(
      (r) => r.requirement_id,
    ),
  );

  const paragraphs = instrumentRows<{
    id: string;
    article_number: string;
    ref: string;
    text: string;
    obligation: InstrumentDetail['articles'][number]['paragraphs'][number]['obligation'];
    obligation_by_wording: InstrumentDetail['articles'][number]['paragraphs'][number]['obligation'] | null;
    obligation_note: string | null;
    text_fr: string | null;
    text_es: string | null;
    wording_cue: string | null;
  }>(db, 'paragraph', id);
  const implementedByArticle = implementedBySource(
    db,
    'l.paragraph_id',
    `FROM paragraph_link l JOIN paragraph s ON s.id = l.paragraph_id JOIN paragraph p ON p.id = l.target_id
     JOIN instrument i ON i.id = p.instrument_id
     WHERE s.instrument_id = ? ORDER BY i.ord, p.ord`,
    id,
  );
  const articles = instrumentRows<{
    number: string;
    title: string;
    chapter: string | null;
    title_fr: string | null;
    title_es: string | null;
  }>(db, 'article', id).map((a) => ({
    number: a.number,
    title: a.title,
    titleFr: a.title_fr,
    titleEs: a.title_es,
    chapter: a.chapter,
    paragraphs: paragraphs
      .filter((p) => p.article_number === a.number)
      .map((p) => ({
        id: p.id,
        ref: p.ref,
        text: p.text,
        obligation: p.obligation,
        obligationByWording: p.obligation_by_wording,
        obligationNote: p.obligation_note,
        textFr: p.text_fr,
        textEs: p.text_es,
        implementedBy: linksByParagraph.get(p.id) ?? [],
        hasElements: withElements.has(p.id),
        implements: implementedByArticle.get(p.id) ?? [],
        wordingCue: p.wording_cue,
      })),
  }));

  const implementedByModelLawArticle = implementedBySource(
    db,
    'l.model_law_article_id',
    `FROM model_law_link l JOIN paragraph p ON p.id = l.paragraph_id
     JOIN model_law_article m ON m.id = l.model_law_article_id
     WHERE m.instrument_id = ? ORDER BY p.instrument_id, p.ord`,
    id,
  );
  const modelLawArticles = instrumentRows<{
    id: string;
    number: string;
    title: string;
    chapter: string;
    chapter_title: string;
    status: 'mandatory' | 'optional' | 'mixed' | 'unknown';
    summary: string;
    elements: string;
    options: string;
    text: string;
    uncertain: number;
  }>(db, 'model_law_article', id).map((m) => ({
    id: m.id,
    number: m.number,
    title: m.title,
    chapter: m.chapter,
    chapterTitle: m.chapter_title,
    status: m.status,
    summary: m.summary,
    elements: JSON.parse(m.elements) as string[],
    options: JSON.parse(m.options) as string[],
    text: m.text,
    uncertain: m.uncertain === 1,
    implements: implementedByModelLawArticle.get(m.id) ?? [],
  }));

  return { ...toSummary(row), sources: JSON.parse(row.sources) as string[], articles, modelLawArticles };
}

export function getElementChecklist(db: Db, requirementId: string): ElementChecklistView | null {
  const c = db.prepare('SELECT * FROM element_checklist WHERE requirement_id = ?').get(requirementId) as
    { requirement_id: string; title_en: string; title_fr: string; title_es: string; rule: string | null } | undefined;
  if (!c) return null;
  const elements = db.prepare('SELECT * FROM element WHERE requirement_id = ? ORDER BY ord').all(requirementId) as {
    id: string;
    group_id: string;
    group_label_en: string;
    group_label_fr: string;
    group_label_es: string;
    label_en: string;
    label_fr: string;
    label_es: string;
  }[];
  const groups: ElementChecklistView['groups'] = [];
  for (const e of elements) {
    let g = groups.find((x) => x.id === e.group_id);
    if (!g) {
      g = { id: e.group_id, label: { en: e.group_label_en, fr: e.group_label_fr, es: e.group_label_es }, elements: [] };
      groups.push(g);
    }
    g.elements.push({ id: e.id, label: { en: e.label_en, fr: e.label_fr, es: e.label_es } });
  }
  return { requirementId, title: { en: c.title_en, fr: c.title_fr, es: c.title_es }, rule: c.rule, groups };
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
  SELECT s.doc_id AS id, s.kind, s.instrument,
    coalesce(p.article_number, m.number) AS article_number,
    s.title,
    snippet(search, -1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 24) AS snippet,
    bm25(search, 0, 0, 0, 4.0, 3.0, 1.0, 0.5)
      * (CASE p.obligation WHEN 'definition' THEN 1.5 ELSE 1.0 END)
      * (CASE s.kind WHEN 'model-law-article' THEN 0.6 ELSE 1.0 END) AS rank
  FROM search s
  LEFT JOIN paragraph p ON p.id = s.doc_id AND s.kind = 'paragraph'
  LEFT JOIN model_law_article m ON m.id = s.doc_id AND s.kind = 'model-law-article'
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
      snippet: h.snippet,
    })),
  };
}
