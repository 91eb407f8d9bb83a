/**
 * Import adapters: a law file (.txt, .docx, .pdf, .html) or pasted text becomes a SourceDocument,
 * the lines of the law in reading order, which segmentation then turns into provisions.
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { sourceFromText, type SourceDocument } from '../../../shared/domain/source';
import { DEFAULT_MAX_BYTES, cleanLineText, hasNoText, throwIfCancelled, type ImportOptions } from './common';
import { ImportError, formatSize } from './errors';
import { KIND_ADVICE, sniff, type SniffedKind } from './sniff';
import { unwrapLines, wrappedNote } from './unwrap';

export { ImportError, type ImportErrorCode } from './errors';
export { DEFAULT_MAX_BYTES, type ImportOptions } from './common';

/** File extensions accepted, by format. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.docx', '.pdf', '.html', '.htm'] as const;

/** Advice for formats people commonly try that are not read directly. */
const CONVERT_FIRST: Record<string, string> = {
  '.doc': 'Open it in Word or LibreOffice and save it as .docx, then import the .docx file.',
  '.rtf': 'Open it in Word or LibreOffice and save it as .docx, then import the .docx file.',
  '.odt': 'Open it in LibreOffice and save it as .docx (Word), then import the .docx file.',
  '.xhtml': 'Rename it with the .html extension and import it again.',
  '.md': 'Rename it with the .txt extension and import it again.',
};

async function fileSize(path: string, fileName: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      throw new ImportError('not-found', `"${fileName}" is a folder, not a file. Choose the law file itself.`);
    }
    return info.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ImportError(
        'not-found',
        `"${fileName}" was not found at ${path}. It may have been moved or deleted; choose it again.`,
        {
          cause: error,
        },
      );
    }
    throw new ImportError(
      'unreadable',
      `"${fileName}" could not be read (${code ?? 'unknown error'}). Check that you may open it, then try again.`,
      {
        cause: error,
      },
    );
  }
}

async function firstBytes(path: string, size: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const sample = new Uint8Array(Math.min(size, 1024));
    await handle.read(sample, 0, sample.length, 0);
    return sample;
  } finally {
    await handle.close();
  }
}

/** Refuses a file whose contents are not of the kind its extension promises, saying what it is. */
function checkKind(fileName: string, expected: 'pdf' | 'docx', actual: SniffedKind): void {
  if (expected === 'pdf' && actual !== 'pdf') {
    if (actual === 'unknown') {
      throw new ImportError(
        'corrupt-pdf',
        `"${fileName}" is not a PDF file, although its name ends in .pdf (it has no PDF header). Get a fresh copy of the PDF.`,
      );
    }
    throw new ImportError(
      'corrupt-pdf',
      `"${fileName}" is not a PDF file, although its name ends in .pdf: it is ${KIND_ADVICE[actual]}.`,
    );
  }
  if (expected === 'docx' && actual !== 'zip') {
    if (actual === 'unknown') {
      throw new ImportError(
        'corrupt-docx',
        `"${fileName}" is not a Word (.docx) document, although its name says so: it is damaged or of another kind. ` +
          'If it opens in Word or LibreOffice, save it again as .docx and import the new file.',
      );
    }
    throw new ImportError(
      'corrupt-docx',
      `"${fileName}" is not a Word (.docx) document: it is ${KIND_ADVICE[actual]}.`,
    );
  }
}

/**
 * Imports a law file into a SourceDocument, choosing the adapter by extension (.txt, .docx, .pdf,
 * .html/.htm) and checking that the contents match it. Files over `maxBytes` (default 200 MB)
 * are refused before being read. Throws {@link ImportError} with a code and a message for the
 * user; on any error nothing is returned, never part of a document.
 */
export async function importLawFile(path: string, options: ImportOptions = {}): Promise<SourceDocument> {
  const fileName = basename(path);
  throwIfCancelled(options.signal);
  const ext = extname(fileName).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    const advice = CONVERT_FIRST[ext] ?? 'Save the law as .docx, .pdf, .html or .txt and import that file.';
    throw new ImportError(
      'unsupported-format',
      `"${fileName}" cannot be imported: ${ext ? `${ext} files are` : 'files without an extension are'} not supported ` +
        `(LexGap reads .txt, .docx, .pdf, .html and .htm). ${advice}`,
    );
  }
  const size = await fileSize(path, fileName);
  if (size === 0) {
    throw new ImportError(
      'empty-file',
      `"${fileName}" is empty (0 bytes). Check that you chose the right file, or that it was saved completely.`,
    );
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (size > maxBytes) {
    throw new ImportError(
      'too-large',
      `"${fileName}" is ${formatSize(size)}, more than the ${formatSize(maxBytes)} limit for one law. ` +
        'Split it into smaller files (for example one per part or chapter), or save only the text of the law (.txt), which is much smaller.',
    );
  }
  // The PDF, Word and HTML readers (and their libraries) are loaded only for a file that needs them.
  switch (ext) {
    case '.txt':
      return (await import('./text')).importTextFile(path, fileName, size, options);
    case '.html':
    case '.htm':
      return (await import('./html')).importHtmlFile(path, fileName, size, options);
    case '.pdf':
      checkKind(fileName, 'pdf', sniff(await firstBytes(path, size)));
      return (await import('./pdf')).importPdfFile(path, fileName, size, options);
    default:
      checkKind(fileName, 'docx', sniff(await firstBytes(path, size)));
      return (await import('./docx')).importDocxFile(path, fileName, options);
  }
}

/** Imports text pasted by the user. Throws an 'empty-file' {@link ImportError} when it has no text. */
export function importPastedText(text: string): SourceDocument {
  const doc = sourceFromText(text, 'pasted text', 'paste');
  const { lines, width } = unwrapLines(doc.lines.map((line) => ({ text: cleanLineText(line.text), page: null })));
  doc.lines = lines;
  if (width !== null) doc.notes.push(wrappedNote(width));
  if (hasNoText(doc.lines)) {
    throw new ImportError('empty-file', 'The pasted text is empty. Copy the text of the law, then paste it again.');
  }
  return doc;
}
