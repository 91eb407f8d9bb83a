import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { NO_FILTER, type ReviewFilter } from '../review/filters';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import { InstrumentCoverage } from './InstrumentCoverage';
import { CoverageMatrix } from './CoverageMatrix';
import { UnmappedProvisions } from './UnmappedProvisions';
import { VersionsDeltaCard } from '../versions/VersionsDeltaCard';
import type { VersionsNav } from '../versions/VersionsView';
import { chapterNames } from '../words/words';
import styles from './DashboardView.module.css';

/**
 * The gap dashboard: how far the law meets each instrument, mandatory obligations first, as
 * figures and bars; requirements × acts; provisions nothing maps to. Every figure opens its items.
 */
export function DashboardView({
  onOpenReview,
  onOpenRequirement,
  onOpenUnmapped,
  onOpenVersions,
}: {
  onOpenReview: (filter: ReviewFilter) => void;
  onOpenRequirement: (requirementId: string) => void;
  onOpenUnmapped: (versionId: number) => void;
  onOpenVersions?: (nav: VersionsNav) => void;
}) {
  const { t, i18n } = useTranslation();
  const summary = useApi('dashboard:summary', {});
  const list = useApi('review:list', {});
  const { nameOf } = useInstrumentNames();
  const data = summary.data;
  if (!data) return <p className="muted">{t('app.loading')}</p>;
  if (!data.analysed)
    return (
      <section className="panel" data-testid="dashboard-empty">
        <h1>{t('dashboard.title')}</h1>
        <p>{t('dashboard.notAnalysed')}</p>
        <button type="button" className="primary" onClick={() => onOpenReview(NO_FILTER)}>
          {t('dashboard.goToReview')}
        </button>
      </section>
    );

  const mandatory = data.byInstrument.flatMap((i) => i.byObligation.filter((o) => o.obligation === 'mandatory'));
  const mandatoryGaps = mandatory.reduce((n, o) => n + o.counts.gap, 0);
  const mandatoryPartial = mandatory.reduce((n, o) => n + o.counts.partial, 0);
  const toReview = data.total - data.reviewed;
  const percent = data.total ? (data.reviewed / data.total) * 100 : 0;
  // "0 %" beside one reviewed requirement would read as none.
  const reviewedShare = data.reviewed > 0 && percent < 1 ? '< 1' : String(Math.round(percent));
  return (
    <div className={styles.dashboard} data-testid="dashboard-view">
      <h1 className="sr-only">{t('dashboard.title')}</h1>
      <div className={styles.headline} role="group" aria-label={t('dashboard.headline')}>
        <button
          type="button"
          className="headline-card"
          onClick={() => onOpenReview(NO_FILTER)}
          data-testid="dash-total"
          data-count={data.total}
        >
          <span className="headline-label">{t('dashboard.analysed')}</span>
          <strong>{data.total}</strong>
        </button>
        <button
          type="button"
          className="headline-card"
          onClick={() => onOpenReview({ ...NO_FILTER, unreviewed: true })}
          data-testid="dash-to-review"
          data-count={toReview}
        >
          <span className="headline-label">{t('dashboard.toReview')}</span>
          <strong>{toReview}</strong>
          <span className={styles.progressLine}>
            <span className={styles.progressTrack} aria-hidden="true">
              <span className={styles.progressFill} style={{ width: `${percent}%` }} />
            </span>
            <span className="muted">
              {t('dashboard.reviewedShare', { count: data.reviewed, share: reviewedShare })}
            </span>
          </span>
        </button>
        <button
          type="button"
          className={`headline-card ${styles.critical}`}
          onClick={() => onOpenReview({ ...NO_FILTER, mandatoryGaps: true })}
          data-testid="dash-mandatory-gaps"
          data-count={mandatoryGaps}
        >
          <span className="headline-label">{t('dashboard.mandatoryGaps')}</span>
          <strong>{mandatoryGaps}</strong>
        </button>
        <button
          type="button"
          className="headline-card warning"
          onClick={() => onOpenReview({ ...NO_FILTER, obligation: 'mandatory', status: 'partial' })}
          data-testid="dash-mandatory-partial"
          data-count={mandatoryPartial}
        >
          <span className="headline-label">{t('dashboard.mandatoryPartial')}</span>
          <strong>{mandatoryPartial}</strong>
        </button>
        {onOpenVersions && <VersionsDeltaCard onOpen={onOpenVersions} />}
      </div>
      {data.byInstrument.map((i) => (
        <InstrumentCoverage
          key={i.instrument}
          data={i}
          name={nameOf(i.instrument)}
          onOpen={onOpenReview}
          chapterLabel={chapterNames(list.data ?? [], i18n.language)}
        />
      ))}
      <div className={styles.dashGrid}>
        <CoverageMatrix
          matrix={data.matrix}
          rows={list.data ?? []}
          nameOf={nameOf}
          onOpenRequirement={onOpenRequirement}
        />
        <UnmappedProvisions unmapped={data.unmapped} onOpen={onOpenUnmapped} />
      </div>
    </div>
  );
}
