import { clsx } from 'clsx';
import { useTranslation } from 'react-i18next';
import type { LawFilter, MappingState } from './useProvisionMappings';
import styles from './MappingLegend.module.css';
import lawStyles from './law.module.css';

/** What the colours of the units mean, how many of each, and which units to show. */
export function MappingLegend({
  counts,
  filter,
  onFilter,
}: {
  counts: Record<MappingState, number>;
  filter: LawFilter;
  onFilter: (filter: LawFilter) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={styles.mappingLegend} data-testid="mapping-legend">
      {(['accepted', 'proposed', 'none'] as const).map((s) => (
        <span
          key={s}
          className={clsx(lawStyles.legendItem, lawStyles[`map-${s}`])}
          data-testid={`legend-${s}`}
          data-count={counts[s]}
        >
          <span className={lawStyles.swatch} aria-hidden="true" />
          {t(`lawMap.${s}`)} <strong>{counts[s]}</strong>
        </span>
      ))}
      <label className="inline-field">
        <span>{t('lawMap.show')}</span>
        <select value={filter} onChange={(e) => onFilter(e.target.value as LawFilter)} data-testid="law-filter">
          <option value="all">{t('lawMap.showAll')}</option>
          <option value="unmapped">{t('lawMap.showUnmapped', { count: counts.none })}</option>
          <option value="mapped">{t('lawMap.showMapped', { count: counts.accepted + counts.proposed })}</option>
        </select>
      </label>
    </div>
  );
}
