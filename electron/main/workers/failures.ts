import { ImportError } from '../import/errors';
import type { TaskFailure } from './run';

/** The ImportError for a file whose reading did not finish. */
export function importFailure(failure: TaskFailure, fileName: string): ImportError {
  switch (failure.code) {
    case 'cancelled':
      return new ImportError('cancelled', 'The import was cancelled. Nothing was imported.');
    case 'out-of-memory':
      return new ImportError(
        'out-of-memory',
        `"${fileName}" was refused: reading it needed more than ${failure.budget.memoryMb} MB of memory (the limit), ` +
          'so it was stopped and nothing was imported. The file may be damaged or built to exhaust memory; if it is a genuine ' +
          'law, split it into smaller files or save it as plain text (.txt) and import that.',
      );
    case 'timed-out':
      return new ImportError(
        'timed-out',
        `"${fileName}" was refused: reading it took longer than ${Math.round(failure.budget.timeMs / 1000)} seconds (the limit), ` +
          'so it was stopped and nothing was imported. If it is a genuine law, split it into smaller files or save it as plain text (.txt).',
      );
    default:
      return new ImportError(
        'reader-crashed',
        `"${fileName}" could not be read: the reader stopped unexpectedly (${failure.message}). Nothing was imported. ` +
          'Open the file in its usual program and save it again, or save it as plain text (.txt), then import that file.',
      );
  }
}
