import type { AppContext } from '../context';
import { exportFromAssessment } from '../export-service';
import { cancelJob, runJob, type Handlers } from './kit';

/** Exports of the open assessment: the Word report, the Excel matrix, CSV and JSON. */
export function reportHandlers(ctx: AppContext): Handlers<'report:export' | 'report:cancel'> {
  return {
    'report:export': (req) =>
      runJob(ctx, req.jobId, 'export:progress', (signal, onProgress) =>
        exportFromAssessment(ctx, req, signal, onProgress),
      ),
    'report:cancel': cancelJob(ctx),
  };
}
