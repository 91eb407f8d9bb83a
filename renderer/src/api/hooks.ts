import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/api/contract';
import { call, onEvent, type ApiCallError } from './client';
import { invalidateTables, refreshAfter } from './refresh';

/** Query a read channel; cached by channel and request, refreshed when main announces changes. */
export function useApi<C extends Channel>(
  channel: C,
  payload: RequestOf<C>,
  options: Omit<UseQueryOptions<ResponseOf<C>, ApiCallError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ResponseOf<C>, ApiCallError>({
    queryKey: [channel, payload],
    queryFn: () => call(channel, payload),
    ...options,
  });
}

/** Call a write channel; the queries reading what it changed are refreshed afterwards. */
export function useApiMutation<C extends Channel>(channel: C) {
  const client = useQueryClient();
  return useMutation<ResponseOf<C>, ApiCallError, RequestOf<C>>({
    mutationFn: (payload) => call(channel, payload),
    onSuccess: () => refreshAfter(client, channel),
  });
}

/**
 * Refresh the queries reading the tables main says changed (a write here, in another window, a
 * menu command); the others keep their data.
 */
export function useChangeEvents(): void {
  const client = useQueryClient();
  useEffect(() => onEvent('assessment:changed', ({ tables }) => void invalidateTables(client, tables)), [client]);
}
