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
  // Words quoted from no particular version: the laws' language when they all share one.
  const shared = useMemo(() => {
    const languages = new Set(byVersion.values());
    return languages.size === 1 ? [...languages][0] : undefined;
  }, [byVersion]);
  return useCallback(
    (versionId) => (versionId == null ? shared : (byVersion.get(versionId) ?? shared)),
    [byVersion, shared],
  );
}
