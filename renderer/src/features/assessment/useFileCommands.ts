import { useCallback, useMemo, useState } from 'react';
import type { ApiError } from '../../../../shared/api/errors';
import type { NewAssessment } from '../../../../shared/api/schemas';
import { useApiMutation } from '../../api/hooks';
import { ApiCallError } from '../../api/client';

/** File commands (New, Open, Save As, Close) shared by the start screen and the native menu. */
export function useFileCommands() {
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const create = useApiMutation('assessment:create');
  const openFile = useApiMutation('assessment:open');
  const saveAsFile = useApiMutation('assessment:save-as');
  const closeFile = useApiMutation('assessment:close');
  const openSampleFile = useApiMutation('assessment:open-sample');

  const report = useCallback((e: unknown) => {
    setError(e instanceof ApiCallError ? e.error : { code: 'internal', message: String(e) });
  }, []);

  const { mutateAsync: createAsync } = create;
  const { mutate: openMutate } = openFile;
  const { mutate: saveAsMutate } = saveAsFile;
  const { mutate: closeMutate } = closeFile;
  const { mutate: sampleMutate } = openSampleFile;

  return useMemo(
    () => ({
      creating,
      error,
      busy: create.isPending || openFile.isPending || saveAsFile.isPending || openSampleFile.isPending,
      clearError: () => setError(null),
      startNew: () => {
        setError(null);
        setCreating(true);
      },
      cancelNew: () => setCreating(false),
      submitNew: async (input: NewAssessment) => {
        setError(null);
        try {
          const created = await createAsync(input);
          if (created) setCreating(false);
        } catch (e) {
          report(e);
        }
      },
      open: (path?: string) => {
        setError(null);
        openMutate(path ? { path } : {}, { onError: report });
      },
      saveAs: () => {
        setError(null);
        saveAsMutate({}, { onError: report });
      },
      close: () => closeMutate({}, { onError: report }),
      openSample: () => {
        setError(null);
        sampleMutate({}, { onError: report });
      },
    }),
    [
      creating,
      error,
      create.isPending,
      openFile.isPending,
      saveAsFile.isPending,
      openSampleFile.isPending,
      createAsync,
      openMutate,
      saveAsMutate,
      closeMutate,
      sampleMutate,
      report,
    ],
  );
}

export type FileCommands = ReturnType<typeof useFileCommands>;
