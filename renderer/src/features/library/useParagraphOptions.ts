import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { InstrumentDetail } from '../../../../shared/api/schemas';
import { call } from '../../api/client';
import { useApi } from '../../api/hooks';

/** A paragraph an imported article can be linked to, with words to recognise it by. */
export interface ParagraphOption {
  id: string;
  label: string;
}

const LABEL_LENGTH = 90;

/** Options from the instruments loaded so far; a stable function, so the result is recomputed only when they change. */
function toOptions(results: UseQueryResult<InstrumentDetail>[]): ParagraphOption[] {
  return results.flatMap(({ data: inst }) =>
    (inst?.articles ?? []).flatMap((a) =>
      a.paragraphs.map((p) => ({
        id: p.id,
        label: `${inst!.shortTitle} ${p.ref} — ${p.text.length > LABEL_LENGTH ? `${p.text.slice(0, LABEL_LENGTH)}…` : p.text}`,
      })),
    ),
  );
}

/**
 * Every paragraph of the Protocols and the Convention (the link targets the core accepts), for
 * the links editor's searchable list. Shares the cache of the Library view's instrument queries.
 */
export function useParagraphOptions(): ParagraphOption[] {
  const list = useApi('library:list-instruments', {});
  const treaties = (list.data ?? []).filter((i) => i.kind === 'treaty');
  return useQueries({
    queries: treaties.map((i) => ({
      queryKey: ['library:get-instrument', { id: i.id }],
      queryFn: () => call('library:get-instrument', { id: i.id }),
    })),
    combine: toOptions,
  });
}
