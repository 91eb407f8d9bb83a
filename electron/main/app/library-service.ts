import type { z } from 'zod';
import type { ArticleView } from '../../../shared/api/schemas';
import type {
  ImportInstrumentResult,
  importInstrumentRequestSchema,
  updateArticleRequestSchema,
} from '../../../shared/api/library-schemas';
import { getInstrument, listInstruments } from '../../../shared/reference/views';
import { deleteCustomInstrument, importCustomInstrument, updateCustomArticle } from '../library/custom-instruments';
import { loadReferenceLibrary } from '../reference/load';
import { reloadLibrary, type AppContext } from './context';

/* The library channels that change the user's imported instruments, on the app's context. */

/**
 * Import an instrument into the user's library (cancelled through `signal`), then serve it from
 * the rebuilt reference database.
 */
export async function importInstrument(
  ctx: AppContext,
  req: z.output<typeof importInstrumentRequestSchema>,
  signal: AbortSignal,
  onProgress: (fraction: number, stage: string) => void,
): Promise<ImportInstrumentResult> {
  const { warnings } = await importCustomInstrument(
    ctx.userLibrary,
    loadReferenceLibrary(),
    {
      id: req.id,
      title: req.title,
      ...(req.shortTitle ? { shortTitle: req.shortTitle } : {}),
      ...(req.citation ? { citation: req.citation } : {}),
      language: req.language,
      ...(req.rules !== undefined ? { rules: req.rules } : {}),
    },
    req.source,
    ctx.platform.userName,
    { signal, onProgress },
  );
  reloadLibrary(ctx, req.id);
  const summary = listInstruments(ctx.library).find((i) => i.id === req.id)!;
  return { ...summary, warnings };
}

/** Set an imported article's obligation level or links; answers the article as the library now serves it. */
export function updateArticle(ctx: AppContext, req: z.output<typeof updateArticleRequestSchema>): ArticleView {
  updateCustomArticle(
    ctx.userLibrary,
    loadReferenceLibrary(),
    {
      instrumentId: req.instrumentId,
      number: req.number,
      ...(req.obligation ? { obligation: req.obligation } : {}),
      ...(req.implements ? { implements: req.implements } : {}),
    },
    ctx.platform.userName,
  );
  reloadLibrary(ctx, req.instrumentId);
  return getInstrument(ctx.library, req.instrumentId).articles.find((a) => a.number === req.number)!;
}

/** Remove an imported instrument from the user's library and from the reference database. */
export function deleteInstrument(ctx: AppContext, id: string): null {
  deleteCustomInstrument(ctx.userLibrary, id, ctx.platform.userName);
  reloadLibrary(ctx, id);
  return null;
}
