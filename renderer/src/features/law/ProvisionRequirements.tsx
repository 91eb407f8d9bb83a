import { clsx } from 'clsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../../shared/api/contract';
import { shortRef } from '../review/filters';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import type { MappingState } from './useProvisionMappings';
import styles from './ProvisionRequirements.module.css';
import lawStyles from './law.module.css';

/** A definitions section can serve dozens of requirements: the first few show, the rest on demand. */
const FIRST = 6;

/** Beside a unit: its mapping state and the requirements it serves, each opening the review there. */
export function ProvisionRequirements({
  state,
  requirements,
  order,
  onOpen,
}: {
  state: MappingState;
  requirements: ResponseOf<'act:provision-mappings'>;
  /** Position of each requirement in the library, to list them in the instruments' order. */
  order: Map<string, number>;
  onOpen: (requirementId: string) => void;
}) {
  const { t } = useTranslation();
  const { nameOf } = useInstrumentNames();
  const [all, setAll] = useState(false);
  // Accepted ones first: they are the reviewed answer, the proposals are still open.
  const sorted = [...requirements].sort(
    (a, b) =>
      Number(b.state === 'accepted') - Number(a.state === 'accepted') ||
      (order.get(a.requirementId) ?? Infinity) - (order.get(b.requirementId) ?? Infinity),
  );
  const shown = all ? sorted : sorted.slice(0, FIRST);
  return (
    <div
      className={styles.provisionRequirements}
      onClick={(e) => e.stopPropagation()}
      data-testid="provision-requirements"
    >
      <span className={clsx('badge', lawStyles.mapBadge, lawStyles[`map-${state}`])}>{t(`lawMap.${state}`)}</span>
      {shown.map((r) => (
        <button
          key={r.requirementId}
          type="button"
          className={clsx(styles.reqChip, styles[`chip-${r.state}`])}
          onClick={() => onOpen(r.requirementId)}
          title={t('lawMap.openRequirement', { state: t(`lawMap.${r.state}`) })}
          data-testid="requirement-chip"
          data-requirement={r.requirementId}
        >
          {shortRef(r.requirementId, nameOf)}
        </button>
      ))}
      {sorted.length > FIRST && (
        <button type="button" className="link" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t('lawMap.fewer') : t('lawMap.more', { count: sorted.length - FIRST })}
        </button>
      )}
    </div>
  );
}
