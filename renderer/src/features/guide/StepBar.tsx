import { clsx } from 'clsx';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../../shared/api/act-schemas';
import { useApi } from '../../api/hooks';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ImportDialog } from '../acts/ImportDialog';
import { useAnalysisRun } from '../review/useAnalysisRun';
import { STEPS, guideState, type StepId } from './steps';
import styles from './StepBar.module.css';

/**
 * The way from the law to the report, always in view: each step with where it stands, and the one
 * primary action that comes next (import a law, run the analysis, review the mandatory gaps, export).
 */
export function StepBar({
  active,
  onStep,
  onImported,
}: {
  /** The step of the view on screen, if any. */
  active: StepId | null;
  onStep: (step: StepId) => void;
  onImported: (r: ImportResult) => void;
}) {
  const { t, i18n } = useTranslation();
  const status = useApi('analysis:status', {});
  const list = useApi('review:list', {});
  const analysis = useAnalysisRun();
  const [importing, setImporting] = useState(false);
  const g = guideState(status.data ?? undefined, list.data ?? []);
  const n = (value: number) => new Intl.NumberFormat(i18n.language).format(value);

  const detail: Record<StepId, string> = {
    acts: t('guide.acts.detail', { count: g.acts, n: n(g.acts) }),
    analysis: analysis.running ? t('guide.analysis.running') : t(`guide.analysis.${g.analysis}`),
    review:
      g.analysis === 'none'
        ? t('guide.review.waiting')
        : t('guide.review.detail', { count: g.toReview, reviewed: n(g.reviewed), total: n(g.toReview) }),
    report: t('guide.report.detail'),
  };
  const done: Record<StepId, boolean> = {
    acts: g.acts > 0,
    analysis: g.analysis === 'current',
    review: g.analysis !== 'none' && g.reviewed === g.toReview,
    report: false,
  };

  const primary = () => {
    if (g.next === 'acts') setImporting(true);
    else if (g.next === 'analysis')
      void analysis.run().then((ok) => {
        if (ok) onStep('review');
      });
    else onStep(g.next);
  };
  // The next step's action, unless it only opens the view already on screen.
  const showPrimary = !(g.next === active && (g.next === 'review' || g.next === 'report'));

  return (
    <>
      <nav className={styles.stepBar} aria-label={t('guide.label')} data-testid="step-bar" data-next={g.next}>
        <ol className={styles.steps}>
          {STEPS.map((s, i) => (
            <li
              key={s}
              className={clsx(
                styles.step,
                active === s && 'active',
                done[s] && styles.done,
                s === 'analysis' && g.analysis === 'outOfDate' && styles.warn,
              )}
            >
              <button
                type="button"
                className={styles.stepButton}
                onClick={() => onStep(s)}
                aria-current={active === s ? 'step' : undefined}
                data-testid={`step-${s}`}
                data-state={s === 'analysis' ? g.analysis : done[s] ? 'done' : 'open'}
              >
                <span className={styles.stepNumber} aria-hidden="true">
                  {done[s] ? '✓' : n(i + 1)}
                </span>
                <span className={styles.stepText}>
                  <span className={styles.stepName}>{t(`guide.${s}.name`)}</span>
                  <span className={styles.stepDetail} data-testid={`step-${s}-detail`}>
                    {detail[s]}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ol>
        {showPrimary && (
          <button
            type="button"
            className={`primary ${styles.stepPrimary}`}
            onClick={primary}
            disabled={analysis.running}
            aria-busy={analysis.running}
            data-testid="step-primary"
          >
            {analysis.running ? t('review.run.running') : t(`guide.${g.next}.action`)}
          </button>
        )}
      </nav>
      {analysis.error && <ErrorBanner error={analysis.error} onDismiss={analysis.clearError} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} onImported={onImported} />}
    </>
  );
}
