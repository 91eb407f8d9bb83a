import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../../shared/api/contract';
import type { ImportInstrumentResult } from '../../../../shared/api/library-schemas';
import type { ApiError } from '../../../../shared/api/errors';
import { ApiCallError, call, onEvent } from '../../api/client';

/** What the dialog sends; the job id is the hook's. */
export type InstrumentImportRequest = Omit<RequestOf<'library:import-instrument'>, 'jobId'>;

/** One instrument import at a time: progress from main's events, cancel, and the outcome. */
export function useInstrumentImport() {
  const client = useQueryClient();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const job = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('import:progress', (payload) => {
        const p = payload as { jobId: string; fraction: number; stage: string };
        if (p.jobId === job.current) setProgress({ fraction: p.fraction, stage: p.stage });
      }),
    [],
  );

  const start = useCallback(
    async (request: InstrumentImportRequest): Promise<ImportInstrumentResult | null> => {
      const jobId = crypto.randomUUID();
      job.current = jobId;
      setRunning(true);
      setError(null);
      setProgress({ fraction: 0, stage: 'read' });
      try {
        const result = await call('library:import-instrument', { ...request, jobId });
        // The instrument list, the search and every assessment's instrument choice change.
        await client.invalidateQueries();
        return result;
      } catch (e) {
        setError(e instanceof ApiCallError ? e.error : { code: 'internal', message: String(e) });
        return null;
      } finally {
        job.current = null;
        setRunning(false);
        setProgress(null);
      }
    },
    [client],
  );

  const cancel = useCallback(() => {
    if (job.current) void call('act:cancel-import', { jobId: job.current });
  }, []);

  return { running, progress, error, start, cancel, clearError: () => setError(null) };
}
