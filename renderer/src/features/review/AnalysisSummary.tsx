import { useTranslation } from 'react-i18next';
import { STATUSES } from './filters';
import type { AnalysisOutcome } from './useAnalysisRun';
import styles from './AnalysisSummary.module.css';

/** What a run found: how many requirements, by proposed status, and how many reviewed ones it left alone. */
export function AnalysisSummary({ outcome, onDismiss }: { outcome: AnalysisOutcome; onDismiss?: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      className={styles.analysisSummary}
      role="status"
      data-testid="analysis-summary"
      data-requirements={outcome.requirements}
      data-kept={outcome.keptReviewed}
    >
      <p>
        <strong>{t('review.run.done', { count: outcome.requirements })}</strong>{' '}
        {STATUSES.filter((s) => outcome.byStatus[s]).map((s, i) => (
          <span key={s} className="summary-count">
            {i > 0 && ' · '}
            {t(`reviewStatus.${s}`)}: <strong>{outcome.byStatus[s]}</strong>
          </span>
        ))}
        {'.'}
        {outcome.keptReviewed > 0 && (
          <span data-testid="kept-reviewed"> {t('review.run.kept', { count: outcome.keptReviewed })}</span>
        )}
      </p>
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          {t('errors.dismiss')}
        </button>
      )}
    </div>
  );
}
