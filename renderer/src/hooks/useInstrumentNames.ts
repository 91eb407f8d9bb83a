import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/hooks';

/**
 * A short name per instrument for lists and charts ("TIP Protocol", "UNTOC"): the translated
 * abbreviation for the shipped instruments, the library's short title for any other.
 */
export function useInstrumentNames(): {
  nameOf: (instrument: string) => string;
  isModelLaw: (instrument: string) => boolean;
} {
  const { t } = useTranslation();
  const instruments = useApi('library:list-instruments', {});
  const byId = useMemo(() => new Map((instruments.data ?? []).map((i) => [i.id, i])), [instruments.data]);
  const nameOf = useCallback(
    (instrument: string) =>
      t(`instrumentAbbr.${instrument}`, { defaultValue: byId.get(instrument)?.shortTitle ?? instrument }),
    [t, byId],
  );
  const isModelLaw = useCallback(
    (instrument: string) =>
      (byId.get(instrument)?.kind ?? (instrument.startsWith('model-law') ? 'model-law' : 'treaty')) === 'model-law',
    [byId],
  );
  return { nameOf, isModelLaw };
}
