import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../shared/api/schemas';

/**
 * Said at the top of every view while the assessment is open read-only because another window or
 * process has it open for writing: who and since when, and that changes cannot be saved here.
 */
export function ReadOnlyBanner({ current }: { current: AssessmentSummary }) {
  const { t, i18n } = useTranslation();
  if (!current.readOnly) return null;
  const by = current.lockedBy;
  const since = by?.since ? new Date(by.since) : null;
  return (
    <p className="notice read-only-banner" role="status" data-testid="read-only-banner">
      <strong>{t('oneWriter.banner')}</strong>{' '}
      {by?.user
        ? t('oneWriter.heldBy', {
            user: by.user,
            host: by.host,
            since: since && !Number.isNaN(since.getTime()) ? since.toLocaleString(i18n.language) : '',
          })
        : ''}{' '}
      {t('oneWriter.hint')}
    </p>
  );
}
