import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/errors';

/** A dismissible error message, translated by its code; the English detail stays available. */
export function ErrorBanner({ error, onDismiss }: { error: ApiError; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-banner" role="alert" data-testid="error-banner" data-error-code={error.code}>
      <span>{t(`errors.${error.code}`, { message: error.message })}</span>
      <button type="button" onClick={onDismiss}>
        {t('errors.dismiss')}
      </button>
    </div>
  );
}
