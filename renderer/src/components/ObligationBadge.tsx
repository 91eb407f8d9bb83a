import { clsx } from 'clsx';
import { useTranslation } from 'react-i18next';
import type { ParagraphView } from '../../../shared/api/schemas';
import styles from './ObligationBadge.module.css';

export function ObligationBadge({ obligation }: { obligation: ParagraphView['obligation'] }) {
  const { t } = useTranslation();
  return (
    <span
      className={clsx('badge', styles[`obligation-${obligation}`])}
      data-testid="obligation-badge"
      data-obligation={obligation}
    >
      {t(`obligation.${obligation}`)}
    </span>
  );
}
