import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ImportResult, ImportSource, VersionStatus } from '../../../../shared/api/act-schemas';
import type { ApiError } from '../../../../shared/api/errors';
import { ApiCallError, call, onEvent } from '../../api/client';

export interface ImportOptions {
  title: string;
  year: number | null;
  language: 'auto' | 'en' | 'fr' | 'es';
  actId?: number;
  versionLabel: string;
  status: VersionStatus;
}

/** One import at a time: progress from main's events, cancel, and the outcome. */
export function useImport() {
  const client = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
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
    async (source: ImportSource | undefined, options: ImportOptions) => {
      const id = crypto.randomUUID();
      job.current = id;
      setJobId(id);
      setError(null);
      setResult(null);
      setProgress({ fraction: 0, stage: 'read' });
      try {
        const r = await call('act:import', {
          jobId: id,
          ...(source ? { source } : {}),
          ...(options.actId ? { actId: options.actId } : {}),
          title: options.title || undefined,
          year: options.year,
          language: options.language,
          versionLabel: options.versionLabel || undefined,
          status: options.status,
        });
        setResult(r);
        await client.invalidateQueries();
        return r;
      } catch (e) {
        setError(e instanceof ApiCallError ? e.error : { code: 'internal', message: String(e) });
        return null;
      } finally {
        job.current = null;
        setJobId(null);
        setProgress(null);
      }
    },
    [client],
  );

  const cancel = useCallback(() => {
    if (job.current) void call('act:cancel-import', { jobId: job.current });
  }, []);

  return { running: jobId !== null, progress, result, error, start, cancel, clearError: () => setError(null) };
}
