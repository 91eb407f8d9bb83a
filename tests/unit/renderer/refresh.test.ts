import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { CHANNELS } from '../../../shared/api/channels';
import { events } from '../../../shared/api/events';
import { CHANGE_TABLES, READS, WRITES, readsChangedTables } from '../../../shared/api/tables';
import { invalidateTables, refreshAfter } from '../../../renderer/src/api/refresh';

/** A client holding a fresh answer for each of these queries (keyed by channel, then request). */
function clientWith(keys: [string, unknown][]): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  for (const key of keys) client.setQueryData(key, { cached: key[0] });
  return client;
}

const stale = (client: QueryClient) =>
  client
    .getQueryCache()
    .getAll()
    .filter((q) => q.state.isInvalidated)
    .map((q) => q.queryKey[0] as string)
    .sort();

const CACHED: [string, unknown][] = [
  ['library:list-instruments', {}],
  ['library:get-instrument', { id: 'tip-protocol' }],
  ['terms:list', {}],
  ['act:list', {}],
  ['act:provisions', { versionId: 1 }],
  ['act:provision-mappings', { versionId: 1 }],
  ['review:list', {}],
  ['review:get', { requirementId: 'tip-protocol:3(a)' }],
  ['dashboard:summary', {}],
  ['assessment:recent', {}],
];

describe('which queries a change refreshes', () => {
  it('names only known channels and tables, and never lists a write as a read', () => {
    for (const [channel, tables] of [...Object.entries(READS), ...Object.entries(WRITES)]) {
      expect(CHANNELS).toContain(channel);
      for (const t of tables) expect(CHANGE_TABLES).toContain(t);
    }
    for (const channel of Object.keys(READS)) expect(Object.keys(WRITES)).not.toContain(channel);
    // A change event may carry every table, and nothing else.
    expect(events['assessment:changed'].safeParse({ tables: [...CHANGE_TABLES] }).success).toBe(true);
    expect(events['assessment:changed'].safeParse({ tables: ['mappings'] }).success).toBe(false);
    expect(events['assessment:changed'].safeParse({ tables: [] }).success).toBe(false);
  });

  it('refreshes the country terms alone when a term changes', async () => {
    const client = clientWith(CACHED);
    await invalidateTables(client, ['country_term']);
    expect(stale(client)).toEqual(['terms:list']);
  });

  it('refreshes what shows a mapping after a review decision, not the library nor the provisions', async () => {
    const client = clientWith(CACHED);
    await refreshAfter(client, 'review:set-mapping');
    expect(stale(client)).toEqual(['act:provision-mappings', 'dashboard:summary', 'review:get', 'review:list']);
  });

  it('refreshes the library views and what quotes requirement texts after an imported instrument changes', async () => {
    const client = clientWith(CACHED);
    await refreshAfter(client, 'library:update-article');
    expect(stale(client)).toEqual([
      'dashboard:summary',
      'library:get-instrument',
      'library:list-instruments',
      'review:get',
      'review:list',
    ]);
  });

  it('refreshes every reader of the assessment, but not the library, when another file is opened', async () => {
    const client = clientWith(CACHED);
    await refreshAfter(client, 'assessment:open');
    expect(stale(client)).toEqual(
      CACHED.map(([k]) => k)
        .filter((k) => !k.startsWith('library:'))
        .sort(),
    );
  });

  it('refreshes nothing after a channel that writes nothing', async () => {
    const client = clientWith(CACHED);
    await refreshAfter(client, 'versions:compare');
    expect(stale(client)).toEqual([]);
  });

  it('refreshes a query of a channel it has no entry for on any change, so nothing stays stale', () => {
    expect(readsChangedTables('some:future-read', ['settings'])).toBe(true);
    expect(readsChangedTables('terms:list', ['settings'])).toBe(false);
  });
});
