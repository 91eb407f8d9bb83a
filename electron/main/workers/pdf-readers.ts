/**
 * Readers that share a long PDF's pages (see PdfReaders): one task worker per spare processor
 * core, each claiming chunks of pages of the file until none is left.
 */
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { ImportOptions } from '../import';
import type { PdfReaders } from '../import/pdf';
import { importFailure } from './failures';
import { runTask, TaskFailure } from './run';

/** At most this many readers beside the importing thread: past it pdf.js's per-file work (fonts, cross-references) outweighs the gain. */
const MOST_READERS = 3;

/** The readers for the file at `path`; none on a single core. */
export function pdfReadersFor(
  path: string,
  options: Pick<ImportOptions, 'maxBytes' | 'limits'>,
  cores = availableParallelism(),
): PdfReaders {
  return {
    count: Math.max(0, Math.min(MOST_READERS, cores - 1)),
    async read(shared, onPage, signal) {
      try {
        return await runTask('pdf-pages', { path, shared, options }, { signal, onProgress: () => onPage() });
      } catch (error) {
        if (error instanceof TaskFailure) throw importFailure(error, basename(path));
        throw error;
      }
    },
  };
}
