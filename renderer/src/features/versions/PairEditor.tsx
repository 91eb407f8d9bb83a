import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparedPair, CompareResult } from '../../../../shared/compare/types';
import versionsStyles from './versions.module.css';

/**
 * Correct a pairing: which unit of the old version the new unit(s) of this row came from
 * (or none: inserted); for a deleted unit, which new unit it became.
 */
export function PairEditor({
  pair,
  result,
  onSave,
  onCancel,
}: {
  pair: ComparedPair;
  result: CompareResult;
  onSave: (oldKeys: string[], newKeys: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const olds = result.pairs.flatMap((p) => p.old);
  const news = result.pairs.flatMap((p) => p.new);
  const fromNew = pair.new.length > 0;
  const [choice, setChoice] = useState<string>((fromNew ? pair.old[0]?.key : pair.new[0]?.key) ?? '');
  const options = fromNew ? olds : news;
  return (
    <form
      className={versionsStyles.pairEditor}
      onSubmit={(e) => {
        e.preventDefault();
        if (fromNew)
          onSave(
            choice ? [choice] : [],
            pair.new.map((u) => u.key),
          );
        else
          onSave(
            pair.old.map((u) => u.key),
            choice ? [choice] : [],
          );
      }}
    >
      <label>
        <span>{fromNew ? t('versions.pairedWithOld') : t('versions.pairedWithNew')}</span>
        <select value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="pair-choice">
          <option value="">{fromNew ? t('versions.noneInserted') : t('versions.noneDeleted')}</option>
          {options.map((u) => (
            <option key={u.key} value={u.key}>
              {u.label}
              {u.heading ? ` — ${u.heading}` : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" data-testid="pair-save">
        {t('versions.savePairing')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('versions.cancel')}
      </button>
    </form>
  );
}
