import { useCallback, useMemo } from 'react';
import { useApi } from '../api/hooks';

/**
 * The language of the law a version belongs to, to mark its quoted words (title, headings, text)
 * with a lang attribute: read aloud in its own language, and told apart from the interface's.
 */
export function useLawLanguage(): (versionId: number | null | undefined) => string | undefined {
  const acts = useApi('act:list', {});
  const byVersion = useMemo(
    () => new Map((acts.data ?? []).flatMap((a) => a.versions.map((v) => [v.id, a.language] as const))),
    [acts.data],
  );
  return useCallback((versionId) => (versionId == null ? undefined : byVersion.get(versionId)), [byVersion]);
}
