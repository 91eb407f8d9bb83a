import type { SourceLine } from '../../../shared/domain/source';
import { ImportError } from './errors';
import type { ImportLimits } from './limits';
import type { PdfReaders } from './pdf';

/** Options shared by every import adapter. */
export interface ImportOptions {
  /** Aborting it stops the import between pages or chunks with an ImportError 'cancelled'. */
  signal?: AbortSignal;
  /** Called with the fraction done (0..1) and a short English description of the current stage. */
  onProgress?: (fraction: number, stage: string) => void;
  /** Largest file accepted, in bytes (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** Bounds on the work of the import, replacing those of {@link DEFAULT_LIMITS} given here. */
  limits?: Partial<ImportLimits>;
  /** Readers in other threads that a long PDF's pages are shared with (see PdfReaders). */
  pdfReaders?: PdfReaders;
}

/**
 * Default size limit. Consolidated codes as text or PDF reach tens of megabytes; 50 MB files are
 * imported by streaming (text) or page by page (PDF). Above 200 MB a file is almost certainly not
 * a single law (or is mostly images), and holding it would cost the app hundreds of MB of memory.
 */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

/** Throws the 'cancelled' ImportError once the caller has aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new ImportError('cancelled', 'The import was cancelled. Nothing was imported.');
  }
}

/** Reports progress, clamped to 0..1, and never lets a failing callback break the import. */
export function reportProgress(options: ImportOptions, fraction: number, stage: string): void {
  if (!options.onProgress) return;
  try {
    options.onProgress(Math.min(1, Math.max(0, fraction)), stage);
  } catch {
    // A broken progress display must not abort an otherwise good import.
  }
}

// C0/C1 control characters other than tab; form feeds and stray NULs come from page breaks and
// exporters and carry no text.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Text as every adapter hands it on: Unicode NFC (PDFs often give decomposed accents, which would
 * otherwise not match the same words typed in a text file), no control characters, no trailing
 * blanks. Leading indentation is kept: it can carry structure in plain-text laws.
 */
export function cleanLineText(text: string): string {
  return text.normalize('NFC').replace(CONTROL_CHARS, '').trimEnd();
}

/**
 * Points of indentation per leading space. Word and PDF indent by distance, text files by spaces;
 * the segmenter reads indentation as leading spaces (it marks text an amending act inserts) and
 * only compares it between lines, so one space per 5 points (about a space's width in a 10–12 pt
 * font) keeps the comparisons of every format alike.
 */
export const POINTS_PER_INDENT_SPACE = 5;

/** Leading spaces standing for `points` of indentation. */
export function indentSpaces(points: number): string {
  return ' '.repeat(Math.max(0, Math.round(points / POINTS_PER_INDENT_SPACE)));
}

/** True when no line has any visible character. */
export function hasNoText(lines: readonly SourceLine[]): boolean {
  return lines.every((l) => l.text.trim() === '');
}

/** The value at `fraction` (0..1) of the way through the sorted values; 0 for none. */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}
