/**
 * Instruments beyond the shipped ones: a full Model Law text, the Council of Europe Convention, a
 * regional model law… imported through the same adapters and segmentation as a national law, kept
 * in the user's library, and served as requirement sources of kind 'custom'. Every change is
 * validated against the whole library before it is kept, and recorded in the changelog.
 */
import type { ImportSource } from '../../../shared/api/act-schemas';
import { parseInstrumentRules, type InstrumentRules } from '../../../shared/analysis/rules-schema';
import { AppError } from '../../../shared/api/errors';
import type { LanguageCode } from '../../../shared/domain/source';
import { segment } from '../../../shared/segment';
import { detectLanguage } from '../../../shared/segment/language';
import {
  articlesFromTree,
  linkTargets,
  withCustomInstruments,
  type CustomArticle,
  type CustomInstrumentData,
} from '../../../shared/reference/custom';
import { customIdProblem } from '../../../shared/reference/custom-id';
import { SHIPPED_INSTRUMENT_IDS, normaliseRequirementId, validateLibrary } from '../../../shared/reference/library';
import type { Obligation, ReferenceLibrary } from '../../../shared/reference/types';
import { readImportSource } from '../import/source';
import type { UserLibrary } from './user-library';

/** What the user says of an instrument to import. */
export interface ImportInstrumentRequest {
  id: string;
  title: string;
  shortTitle?: string;
  citation?: string;
  /** Language of the text; detected when 'auto'. */
  language: 'auto' | LanguageCode;
  /**
   * Analysis rules shipped with the instrument: checklists of its articles, element rules in the
   * schema of resources/reference/rules/elements.json, anchors and usual homes (`lexgap.rules.instrument/1`).
   */
  rules?: unknown;
}

/** A change to one article of an imported instrument; absent fields stay as they are. */
export interface ArticleChange {
  instrumentId: string;
  number: string;
  obligation?: Obligation;
  /** The paragraphs it implements, replacing the current links. */
  implements?: string[];
}

function invalid(message: string, details?: Record<string, string | number>): never {
  throw new AppError('invalid-request', message, details);
}

function isShipped(id: string): boolean {
  return (SHIPPED_INSTRUMENT_IDS as readonly string[]).includes(id);
}

/**
 * Refuses a write whose result would make the library unusable (duplicate requirement ids,
 * links to nothing). Runs inside the write's transaction, so a refusal keeps nothing of it.
 */
function checkMerged(store: UserLibrary, shipped: ReferenceLibrary): void {
  const { instruments, version } = store.snapshot();
  const problems = validateLibrary(withCustomInstruments(shipped, instruments, version));
  if (problems.length) invalid(`The library would be inconsistent: ${problems.slice(0, 3).join('; ')}`);
}

/** The instrument and article an update names, or a not-found / invalid-request error. */
function requireArticle(store: UserLibrary, instrumentId: string, number: string): CustomArticle {
  if (isShipped(instrumentId))
    invalid(`${instrumentId} is shipped with LexGap and cannot be changed; only imported instruments can`, {
      id: instrumentId,
    });
  if (!store.has(instrumentId))
    throw new AppError('not-found', `No imported instrument "${instrumentId}" in your library`, { id: instrumentId });
  const article = store.article(instrumentId, number);
  if (!article)
    throw new AppError('not-found', `${instrumentId} has no article ${number}`, { id: instrumentId, number });
  return article;
}

/**
 * Link targets as requirement ids, each a paragraph of a shipped Protocol or Convention.
 * Accepts the Model Law files' form too ("tip-protocol 5(1)"); duplicates are dropped.
 */
function resolveLinks(shipped: ReferenceLibrary, raw: string[]): string[] {
  const targets = linkTargets(shipped);
  const out: string[] = [];
  for (const given of raw) {
    let id: string;
    try {
      id = normaliseRequirementId(given);
    } catch {
      return invalid(`"${given}" is not a paragraph id; write it as instrument:paragraph, e.g. tip-protocol:5(1)`, {
        link: given,
      });
    }
    if (!targets.has(id))
      invalid(
        `Unknown paragraph "${id}": an article can be linked to paragraphs of the Protocols and the Convention, e.g. tip-protocol:5(1)`,
        { link: id },
      );
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * Import an instrument into the user's library: read the file (or pasted text) with the import
 * adapters, segment it like a national law, and keep its primary units as articles with the
 * obligation class their wording suggests (see `obligationFromWording`). Refuses an id that is
 * malformed, shipped or already imported, and a text without articles; on any refusal,
 * failure or cancellation nothing is written.
 */
export async function importCustomInstrument(
  store: UserLibrary,
  shipped: ReferenceLibrary,
  req: ImportInstrumentRequest,
  source: ImportSource,
  actor: string,
  options: { signal?: AbortSignal; onProgress?: (fraction: number, stage: string) => void } = {},
): Promise<{ instrument: CustomInstrumentData; warnings: string[] }> {
  const id = req.id.trim();
  const problem = customIdProblem(id);
  if (problem) invalid(problem.message, { id });
  if (store.has(id)) invalid(`"${id}" is already in your library; remove it first or choose another id`, { id });
  const title = req.title.trim();
  if (!title) invalid('The instrument needs a title');
  let rules: InstrumentRules | undefined;
  if (req.rules !== undefined)
    try {
      rules = parseInstrumentRules(req.rules, id);
    } catch (e) {
      invalid((e as Error).message, { id });
    }

  const signal = options.signal ?? new AbortController().signal;
  const onProgress = options.onProgress ?? (() => {});
  const { doc, sha256 } = await readImportSource(source, signal, onProgress);
  if (signal.aborted) throw new AppError('cancelled', 'Import cancelled; nothing was added');
  onProgress(0.9, 'segment');
  const language: LanguageCode =
    req.language === 'auto' ? detectLanguage(doc.lines.map((l) => l.text).join('\n')).language : req.language;
  const tree = segment(doc, { language });
  const { articles, warnings } = articlesFromTree(tree);
  if (articles.length === 0)
    throw new AppError(
      'import-failed',
      `No articles were found in ${doc.fileName}: LexGap reads an instrument's articles (or sections) like a law's; check that the text numbers them ("Article 1", "1.").`,
    );

  const unknown = rules?.checklists.find((c) => !articles.some((a) => `${id}:${a.number}` === c.requirementId));
  if (unknown) invalid(`Rules of ${id}: checklist ${unknown.requirementId} names no article of the text`, { id });

  const instrument: CustomInstrumentData = {
    id,
    title,
    shortTitle: req.shortTitle?.trim() || title,
    citation: req.citation?.trim() ?? '',
    language,
    imported: { fileName: doc.fileName, format: doc.format, importedAt: new Date().toISOString(), importedBy: actor },
    articles,
    ...(rules ? { rules } : {}),
  };
  onProgress(0.95, 'store');
  store.transaction(() => {
    // Checked again inside the transaction: another process may have imported the same id meanwhile.
    if (store.has(id)) invalid(`"${id}" is already in your library; remove it first or choose another id`, { id });
    store.insert(instrument, sha256);
    store.log({
      actor,
      action: 'import',
      instrumentId: id,
      articleNumber: null,
      detail: {
        title,
        fileName: doc.fileName,
        format: doc.format,
        sha256,
        articles: articles.length,
        language,
        ...(rules ? { checklists: rules.checklists.length } : {}),
      },
    });
    checkMerged(store, shipped);
  });
  onProgress(1, 'done');
  return { instrument, warnings: [...tree.warnings, ...warnings] };
}

/**
 * Set the obligation class or the links of an imported instrument's article. Links must name
 * paragraphs of the shipped Protocols and Convention. Returns the article as stored.
 */
export function updateCustomArticle(
  store: UserLibrary,
  shipped: ReferenceLibrary,
  change: ArticleChange,
  actor: string,
): CustomArticle {
  if (change.obligation === undefined && change.implements === undefined)
    invalid('Nothing to change: give an obligation level or links');
  const before = requireArticle(store, change.instrumentId, change.number);
  const links = change.implements === undefined ? before.implements : resolveLinks(shipped, change.implements);
  const obligation = change.obligation ?? before.obligation;
  store.transaction(() => {
    store.updateArticle(change.instrumentId, change.number, obligation, links);
    store.log({
      actor,
      action: 'update-article',
      instrumentId: change.instrumentId,
      articleNumber: change.number,
      detail: {
        ...(obligation !== before.obligation ? { obligation: { from: before.obligation, to: obligation } } : {}),
        ...(change.implements !== undefined ? { implements: { from: before.implements, to: links } } : {}),
      },
    });
    checkMerged(store, shipped);
  });
  return { ...before, obligation, implements: links };
}

/** Remove an imported instrument from the user's library; its changelog keeps the record. */
export function deleteCustomInstrument(store: UserLibrary, id: string, actor: string): void {
  if (isShipped(id)) invalid(`${id} is shipped with LexGap and cannot be removed`, { id });
  if (!store.has(id)) throw new AppError('not-found', `No imported instrument "${id}" in your library`, { id });
  store.transaction(() => {
    const { instruments } = store.snapshot();
    const gone = instruments.find((i) => i.id === id)!;
    store.remove(id);
    store.log({
      actor,
      action: 'delete',
      instrumentId: id,
      articleNumber: null,
      detail: { title: gone.title, fileName: gone.imported.fileName, articles: gone.articles.length },
    });
  });
}
