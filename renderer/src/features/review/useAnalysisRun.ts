import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ResponseOf } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/errors';
import { ApiCallError, call } from '../../api/client';
import { refreshAfter } from '../../api/refresh';

export type AnalysisOutcome = ResponseOf<'analysis:run'>;

/** Run the automatic analysis; keeps the outcome to show its counts. */
export function useAnalysisRun() {
  const client = useQueryClient();
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<AnalysisOutcome | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  /** Resolves true when the analysis ran, false when it failed (the error is kept to show). */
  const run = useCallback(async (): Promise<boolean> => {
    setRunning(true);
    setError(null);
    try {
      setOutcome(await call('analysis:run', {}));
      await refreshAfter(client, 'analysis:run');
      return true;
    } catch (e) {
      setError(e instanceof ApiCallError ? e.error : { code: 'internal', message: String(e) });
      return false;
    } finally {
      setRunning(false);
    }
  }, [client]);
  return { run, running, outcome, error, dismiss: () => setOutcome(null), clearError: () => setError(null) };
}
