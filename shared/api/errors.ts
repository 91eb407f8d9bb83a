/**
 * Error codes that cross the API boundary. The renderer translates them by code;
 * `message` is an English, user-facing explanation for the CLI and logs.
 */
export const ERROR_CODES = [
  'invalid-request',
  'unknown-channel',
  'not-found',
  'no-assessment',
  'file-exists',
  'file-refused',
  /** A write to a file opened read-only (another window or process holds it). */
  'read-only',
  /** The file stayed locked by another writer beyond the wait; nothing was saved, try again. */
  'busy',
  'import-failed',
  'resource-limit',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Extra facts for the message (a path, a version number, a limit). */
  details?: Record<string, string | number>;
}

/** The result of every API call: Electron loses error types across IPC, so errors travel as data. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/** An error a handler raises on purpose; anything else becomes `internal`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/**
 * A message with every absolute file path shortened to its last part ("/home/a/x.docx" → "x.docx",
 * "C:\\Users\\a\\x.docx" → "x.docx"), so an error never tells where files live on this machine.
 */
export function withoutPaths(message: string): string {
  return message
    .replace(/file:\/\/\/?/g, '/')
    .replace(/(?<![\w)./\\])\/(?:[^/\s'"`]+\/)+([^/\s'"`]*)/g, (_m, last: string) => last || '.')
    .replace(/(?<![\w])[A-Za-z]:\\(?:[^\\\s'"`]+\\)*([^\\\s'"`]*)/g, (_m, last: string) => last || '.');
}
