/**
 * An import source (a file path, uploaded bytes or pasted text) read into its lines, for a law
 * and for an imported instrument alike. Files are read in a worker thread (see ../workers).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ImportSource } from '../../../shared/api/act-schemas';
import { AppError } from '../../../shared/api/errors';
import type { SourceDocument } from '../../../shared/domain/source';
import { importLawFileInWorker } from '../workers';
import { ImportError } from './errors';
import { importPastedText } from './index';

async function readSource(
  source: ImportSource,
  signal: AbortSignal,
  onProgress: (fraction: number, stage: string) => void,
): Promise<{ doc: SourceDocument; sha256: string | null }> {
  if (source.kind === 'text') {
    const doc = importPastedText(source.text);
    return { doc, sha256: createHash('sha256').update(source.text).digest('hex') };
  }
  let path: string;
  let scratch: string | null = null;
  if (source.kind === 'bytes') {
    // Uploaded bytes (a file dropped in a browser) go through the same adapters as a file on disk.
    scratch = mkdtempSync(join(tmpdir(), 'lexgap-import-'));
    path = join(scratch, basename(source.fileName));
    writeFileSync(path, Buffer.from(source.base64, 'base64'));
  } else path = source.path;
  try {
    // Read in a worker thread with a memory and time budget: a hostile file cannot freeze the app.
    const doc = await importLawFileInWorker(path, { signal, onProgress });
    let sha256: string | null = null;
    try {
      sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
    } catch {
      sha256 = null;
    }
    return { doc: { ...doc, fileName: basename(source.kind === 'bytes' ? source.fileName : path) }, sha256 };
  } finally {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Read an import source (file path, uploaded bytes or pasted text) into its lines with the
 * import adapters, with the SHA-256 of its bytes. A file that cannot be read becomes an
 * `import-failed` AppError with the adapter's message for the user, a cancellation `cancelled`.
 */
export async function readImportSource(
  source: ImportSource,
  signal: AbortSignal,
  onProgress: (fraction: number, stage: string) => void,
): Promise<{ doc: SourceDocument; sha256: string | null }> {
  try {
    return await readSource(source, signal, onProgress);
  } catch (error) {
    if (error instanceof ImportError)
      throw new AppError(error.code === 'cancelled' ? 'cancelled' : 'import-failed', error.message, {
        reason: error.code,
      });
    throw error;
  }
}
