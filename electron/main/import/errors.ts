/** Why a law file could not be imported. Each code has one user-facing message built by the adapter. */
export type ImportErrorCode =
  | 'not-found'
  | 'unreadable'
  | 'empty-file'
  | 'too-large'
  | 'unsupported-format'
  | 'binary-file'
  | 'no-text-layer'
  | 'encrypted-pdf'
  | 'corrupt-pdf'
  | 'corrupt-docx'
  | 'zip-bomb'
  | 'out-of-memory'
  | 'timed-out'
  | 'reader-crashed'
  | 'cancelled';

/**
 * A law file that cannot be turned into text. `message` is written for the person importing the
 * file: it says what is wrong and what to do about it, and can be shown as is.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A size for messages: "200 MB", "1.5 MB", "900 KB", "12 bytes" (binary units, as file managers show). */
export function formatSize(bytes: number): string {
  const round = (n: number) => (n >= 10 ? Math.round(n) : Math.round(n * 10) / 10);
  if (bytes >= 1024 * 1024) return `${round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
