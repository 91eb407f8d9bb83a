import { clsx } from 'clsx';
import { useTranslation } from 'react-i18next';
import type { RequirementStatus } from '../../../../shared/api/review-schemas';
import styles from './StatusBadge.module.css';

/** The assessment status of a requirement, coloured and always with its word (never colour alone). */
export function StatusBadge({ status, proposed = false }: { status: RequirementStatus; proposed?: boolean }) {
  const { t } = useTranslation();
  return (
    <span
      className={clsx('badge status-badge', `st-${status}`, proposed && styles.isProposal)}
      data-testid="status-badge"
      data-status={status}
    >
      {t(`reviewStatus.${status}`)}
    </span>
  );
}
