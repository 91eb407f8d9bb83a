/**
 * The neutral form every import adapter produces: the law as lines of text,
 * each with the page it was printed on (when the format has pages).
 * Segmentation works on this and nothing else, so a law gives the same
 * provision tree whichever format it came in.
 */
export interface SourceLine {
  text: string;
  /** 1-based page number for paginated sources (PDF), otherwise null. */
  page: number | null;
}

export type SourceFormat = 'txt' | 'docx' | 'pdf' | 'html' | 'paste';

export interface SourceDocument {
  format: SourceFormat;
  /** Original file name (no directory), or "pasted text". */
  fileName: string;
  lines: SourceLine[];
  /** Non-fatal observations made during extraction (removed running headers, encoding used...). */
  notes: string[];
  /** Encoding the bytes were decoded from, for text files. */
  encoding?: string;
  pageCount?: number;
}

export type LanguageCode = 'en' | 'fr' | 'es';
export const LANGUAGES: readonly LanguageCode[] = ['en', 'fr', 'es'] as const;

/** A SourceDocument from plain text already decoded (a .txt file's contents, pasted text). */
export function sourceFromText(text: string, fileName: string, format: SourceFormat = 'txt'): SourceDocument {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return {
    format,
    fileName,
    lines: normalised.split('\n').map((t) => ({ text: t, page: null })),
    notes: [],
  };
}
