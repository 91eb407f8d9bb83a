import { useTranslation } from 'react-i18next';
import type { ParagraphView } from '../../../shared/api/schemas';

export function ObligationBadge({ obligation }: { obligation: ParagraphView['obligation'] }) {
  const { t } = useTranslation();
  return (
    <span className={`badge obligation-${obligation}`} data-testid="obligation-badge" data-obligation={obligation}>
      {t(`obligation.${obligation}`)}
    </span>
  );
}
