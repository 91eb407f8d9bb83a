import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ResponseOf } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/api/errors';
import { ApiCallError, call } from '../../api/client';

export type AnalysisOutcome = ResponseOf<'analysis:run'>;

/** Run the automatic analysis; keeps the outcome to show its counts. */
export function useAnalysisRun() {
  const client = useQueryClient();
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<AnalysisOutcome | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async () => {
    setRunning(true);
    setError(null);
    try {
      setOutcome(await call('analysis:run', {}));
      await client.invalidateQueries();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.error : { code: 'internal', message: String(e) });
    } finally {
      setRunning(false);
    }
  }, [client]);
  return { run, running, outcome, error, dismiss: () => setOutcome(null), clearError: () => setError(null) };
}
