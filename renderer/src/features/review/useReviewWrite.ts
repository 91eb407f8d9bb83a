import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../../shared/api/errors';
import type { ReviewDetail } from '../../../../shared/api/review-schemas';
import { ApiCallError } from '../../api/client';

/** Queries a review decision changes, besides the requirement itself. */
const AFFECTED = new Set(['review:list', 'dashboard:summary', 'act:provision-mappings']);

/**
 * Send one review change. The server answers with the requirement as now stored, which replaces
 * the pane's copy at once; the list, the dashboard and the law view's colours refresh after.
 * A refusal (e.g. "compliant" without an accepted provision) is kept to be shown, and rethrown.
 */
export function useReviewWrite() {
  const client = useQueryClient();
  const [error, setError] = useState<ApiError | null>(null);
  const write = useCallback(
    async (send: () => Promise<ReviewDetail>): Promise<ReviewDetail> => {
      setError(null);
      try {
        const detail = await send();
        client.setQueryData(['review:get', { requirementId: detail.row.id }], detail);
        void client.invalidateQueries({ predicate: (q) => AFFECTED.has(String(q.queryKey[0])) });
        return detail;
      } catch (e) {
        setError(e instanceof ApiCallError ? e.error : { code: 'internal', message: String(e) });
        throw e;
      }
    },
    [client],
  );
  return { write, error, setError };
}
