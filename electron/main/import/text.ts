import type { SourceDocument } from '../../../shared/domain/source';
import { cleanLineText, hasNoText, type ImportOptions } from './common';
import { decodeTextFile, LineSplitter } from './decode';
import { ImportError } from './errors';
import { limitsOf, lineTooLong } from './limits';
import { unwrapLines, wrappedNote } from './unwrap';

/**
 * Imports a plain-text law: one line of the file per source line, encoding detected (see
 * {@link decodeTextFile}) and recorded in `encoding` and `notes`. A text whose paragraphs are
 * broken into lines of a fixed width (copied out of a PDF viewer) has them joined again (see
 * {@link unwrapLines}).
 */
export async function importTextFile(
  path: string,
  fileName: string,
  size: number,
  options: ImportOptions,
): Promise<SourceDocument> {
  const { maxLineChars } = limitsOf(options);
  const decoded = await decodeTextFile(
    path,
    fileName,
    size,
    options,
    () =>
      new LineSplitter(
        (text) => ({ text: cleanLineText(text), page: null }),
        maxLineChars,
        (n) => lineTooLong(fileName, n, maxLineChars),
      ),
    { stage: 'Reading text' },
  );
  const { lines, width } = unwrapLines(decoded.result);
  if (hasNoText(lines)) {
    throw new ImportError(
      'empty-file',
      `"${fileName}" contains no text (only blank lines or spaces). Check that you chose the right file.`,
    );
  }
  const notes = width === null ? decoded.notes : [...decoded.notes, wrappedNote(width)];
  return { format: 'txt', fileName, lines, notes, encoding: decoded.encoding };
}
