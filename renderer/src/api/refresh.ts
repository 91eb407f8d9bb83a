import type { QueryClient } from '@tanstack/react-query';
import type { Channel } from '../../../shared/api/channels';
import { readsChangedTables, WRITES } from '../../../shared/api/tables';

/**
 * Mark stale the cached queries that read one of `tables` (queries are keyed by their channel
 * first); the ones on screen refetch. Queries of other tables keep their data.
 */
export function invalidateTables(client: QueryClient, tables: readonly string[]): Promise<void> {
  return client.invalidateQueries({ predicate: (q) => readsChangedTables(String(q.queryKey[0]), tables) });
}

/** After a write through `channel`: refresh what reads the tables it changes (nothing for a read). */
export function refreshAfter(client: QueryClient, channel: Channel): Promise<void> {
  const tables = (WRITES as Partial<Record<Channel, readonly string[]>>)[channel];
  return tables ? invalidateTables(client, tables) : Promise.resolve();
}
