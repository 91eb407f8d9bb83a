import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../shared/api/errors';
import type { Channel } from '../../../shared/api/channels';
import { ApiCallError, call, onEvent } from './client';
import { refreshAfter } from './refresh';

export interface JobProgress {
  fraction: number;
  stage: string;
}

/**
 * One import at a time (a law or an instrument): a job id the server reports progress under
 * ("import:progress") and cancels by ("act:cancel-import"), the error if it fails, and the queries
 * reading what `channel` (the channel `run` calls) changes refreshed once it succeeds. Resolves
 * with the result, or null when it failed or was cancelled.
 */
export function useImportJob<Args extends unknown[], Result>(
  run: (jobId: string, ...args: Args) => Promise<Result>,
  channel: Channel,
) {
  const client = useQueryClient();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const job = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('import:progress', (payload) => {
        if (payload.jobId === job.current) setProgress({ fraction: payload.fraction, stage: payload.stage });
      }),
    [],
  );

  const start = useCallback(
    async (...args: Args): Promise<Result | null> => {
      const jobId = crypto.randomUUID();
      job.current = jobId;
      setRunning(true);
      setError(null);
      setProgress({ fraction: 0, stage: 'read' });
      try {
        const result = await run(jobId, ...args);
        await refreshAfter(client, channel);
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
    [client, run, channel],
  );

  const cancel = useCallback(() => {
    if (job.current) void call('act:cancel-import', { jobId: job.current });
  }, []);

  return { running, progress, error, start, cancel, clearError: () => setError(null) };
}
