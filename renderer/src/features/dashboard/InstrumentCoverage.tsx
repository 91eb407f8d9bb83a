import { clsx } from 'clsx';
import { useTranslation } from 'react-i18next';
import type { Dashboard, RequirementStatus } from '../../../../shared/api/review-schemas';
import { NO_CHAPTER, NO_FILTER, STATUSES, type ReviewFilter } from '../review/filters';
import { CoverageBar } from './CoverageBar';
import { headlineTone } from './headline';
import dashboardStyles from './dashboard.module.css';
import styles from './InstrumentCoverage.module.css';

type Coverage = Dashboard['byInstrument'][number];
type Counts = Record<RequirementStatus, number>;

/** Share of the applicable requirements (not counting "not applicable") that the law meets. */
function coverage(counts: Counts, total: number): number | null {
  const applicable = total - counts.not_applicable;
  return applicable > 0 ? counts.compliant / applicable : null;
}

function Figure({ n, label, onOpen, testId }: { n: number; label: string; onOpen: () => void; testId?: string }) {
  if (n === 0)
    return (
      <span className={`${dashboardStyles.fig} ${dashboardStyles.zero}`} aria-label={`${label}: 0`}>
        0
      </span>
    );
  return (
    <button
      type="button"
      className={dashboardStyles.fig}
      onClick={onOpen}
      aria-label={`${label}: ${n}`}
      data-testid={testId}
      data-count={n}
    >
      {n}
    </button>
  );
}

function CoverageRows({
  rows,
  open,
  instrumentName,
}: {
  rows: { key: string; label: string; counts: Counts; total: number; filter: Partial<ReviewFilter> }[];
  open: (f: Partial<ReviewFilter>) => void;
  instrumentName: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {rows.map((r) => {
        const c = coverage(r.counts, r.total);
        return (
          <tr key={r.key} data-testid="coverage-row" data-key={r.key}>
            <th scope="row">{r.label}</th>
            <td className={dashboardStyles.barCell}>
              <CoverageBar
                counts={r.counts}
                total={r.total}
                label={`${instrumentName}, ${r.label}`}
                onSegment={(status) => open({ ...r.filter, status })}
              />
            </td>
            {STATUSES.map((s) => (
              <td key={s} className={`num st-text-${s}`}>
                <Figure
                  n={r.counts[s]}
                  label={`${r.label}, ${t(`reviewStatus.${s}`)}`}
                  onOpen={() => open({ ...r.filter, status: s })}
                  testId={`fig-${r.key}-${s}`}
                />
              </td>
            ))}
            <td className="num">
              <Figure n={r.total} label={`${r.label}, ${t('dashboard.total')}`} onOpen={() => open(r.filter)} />
            </td>
            <td className={`num ${styles.coveragePct}`} title={t('dashboard.coverageHint')}>
              {c === null ? '—' : `${Math.round(c * 100)} %`}
            </td>
          </tr>
        );
      })}
    </>
  );
}

/** One instrument: its mandatory gaps first, then coverage by obligation level and by chapter. */
export function InstrumentCoverage({
  data,
  name,
  onOpen,
  chapterLabel = (c) => c,
}: {
  data: Coverage;
  name: string;
  onOpen: (filter: ReviewFilter) => void;
  /** A chapter heading in the interface language. */
  chapterLabel?: (chapter: string) => string;
}) {
  const { t } = useTranslation();
  const open = (f: Partial<ReviewFilter>) => onOpen({ ...NO_FILTER, instrument: data.instrument, ...f });
  const total = data.byObligation.reduce((n, o) => n + o.total, 0);
  const mandatory = data.byObligation.find((o) => o.obligation === 'mandatory');
  const mandatoryGaps = mandatory?.counts.gap ?? 0;
  const tone = headlineTone(mandatory?.counts, mandatory?.total ?? 0);
  // The Convention's paragraphs carry no chapter: a single "—" group says nothing.
  const chapters =
    data.byChapter.length > 1 || (data.byChapter[0] && data.byChapter[0].chapter !== NO_CHAPTER) ? data.byChapter : [];
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className={dashboardStyles.barCell}>
          <span className="sr-only">{t('dashboard.chart')}</span>
        </th>
        {STATUSES.map((s) => (
          <th key={s} scope="col" className="num">
            {t(`reviewStatus.${s}`)}
          </th>
        ))}
        <th scope="col" className="num">
          {t('dashboard.total')}
        </th>
        <th scope="col" className="num" title={t('dashboard.coverageHint')}>
          {t('dashboard.coverage')}
        </th>
      </tr>
    </thead>
  );
  return (
    <section
      className={dashboardStyles.dashCard}
      aria-labelledby={`dash-${data.instrument}`}
      data-testid="instrument-coverage"
      data-instrument={data.instrument}
    >
      <header className={dashboardStyles.dashCardHead}>
        <h2 id={`dash-${data.instrument}`}>{name}</h2>
        <span className="muted">{t('dashboard.requirements', { count: total })}</span>
        {mandatory && (
          <button
            type="button"
            className={clsx(styles.headlineFig, styles[tone])}
            data-tone={tone}
            onClick={() => open({ mandatoryGaps: true })}
            disabled={mandatoryGaps === 0}
            data-testid={`mandatory-gaps-${data.instrument}`}
            data-count={mandatoryGaps}
          >
            {tone === 'none' ? (
              t('dashboard.noMandatoryApplies')
            ) : (
              <>
                {t('dashboard.mandatoryGaps')} <strong>{mandatoryGaps}</strong>
              </>
            )}
          </button>
        )}
      </header>
      <table className={dashboardStyles.coverageTable} data-testid="coverage-table">
        <caption className="sr-only">{t('dashboard.byObligationCaption', { name })}</caption>
        {head(t('dashboard.obligation'))}
        <tbody>
          <CoverageRows
            instrumentName={name}
            open={open}
            rows={data.byObligation.map((o) => ({
              key: `${data.instrument}-${o.obligation}`,
              label: t(`obligation.${o.obligation}`),
              counts: o.counts,
              total: o.total,
              filter: { obligation: o.obligation },
            }))}
          />
        </tbody>
      </table>
      {chapters.length > 0 && (
        <details className={styles.byChapter} data-testid="by-chapter">
          <summary>{t('dashboard.byChapter', { count: chapters.length })}</summary>
          <table className={`${dashboardStyles.coverageTable} ${dashboardStyles.compact}`} data-testid="coverage-table">
            <caption className="sr-only">{t('dashboard.byChapterCaption', { name })}</caption>
            {head(t('dashboard.chapter'))}
            <tbody>
              <CoverageRows
                instrumentName={name}
                open={open}
                rows={chapters.map((c) => ({
                  key: `${data.instrument}-ch-${c.chapter}`,
                  label: chapterLabel(c.chapter),
                  counts: c.counts,
                  total: c.total,
                  filter: { chapter: c.chapter },
                }))}
              />
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
