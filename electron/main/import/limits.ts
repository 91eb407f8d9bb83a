import { ImportError, formatSize } from './errors';

/**
 * Bounds on the work one import may do. Each is checked while the file is read, so that a small
 * hostile file (a decompression bomb, a page a billion points wide, a million nested elements)
 * is refused with a message naming the limit instead of exhausting memory or time.
 */
export interface ImportLimits {
  /** Longest line of a text or HTML file, in characters. A paragraph of a law is a few thousand. */
  maxLineChars: number;
  /** Deepest nesting of HTML elements. Pages saved from portals nest a few dozen levels. */
  maxHtmlDepth: number;
  /** Most pages in one PDF: a consolidated code or a year of gazettes stays well below. */
  maxPdfPages: number;
  /** Largest decompressed PDF stream other than an image (page contents, fonts, object streams). */
  maxPdfStreamBytes: number;
  /** All decompressed PDF streams other than images together. */
  maxPdfInflatedBytes: number;
  /**
   * Largest Word document body (the main part's XML, decompressed). Reading it takes about 20
   * times its size in memory (a 30 MB body peaks near 740 MB), so this keeps a Word import under
   * 1 GB; a body this large is over a thousand pages.
   */
  maxDocxMainBytes: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxLineChars: 1_000_000,
  maxHtmlDepth: 5_000,
  maxPdfPages: 5_000,
  maxPdfStreamBytes: 64 * 1024 * 1024,
  maxPdfInflatedBytes: 512 * 1024 * 1024,
  maxDocxMainBytes: 32 * 1024 * 1024,
};

/** The limits in force: the defaults, with any given in the import options instead. */
export function limitsOf(options: { limits?: Partial<ImportLimits> }): ImportLimits {
  return { ...DEFAULT_LIMITS, ...options.limits };
}

/** Numbers in messages: "1,000,000". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** The error for a text or HTML file with a line longer than the limit. */
export function lineTooLong(fileName: string, lineNumber: number, limit: number): ImportError {
  return new ImportError(
    'too-large',
    `"${fileName}" was refused: line ${formatCount(lineNumber)} is longer than ${formatCount(limit)} characters ` +
      `(the limit for one line). A law's paragraphs are far shorter; the file may not be the text of a law, ` +
      'or its line breaks were lost. Save it again with line breaks between paragraphs and import that file.',
  );
}

export { formatSize };
