import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/api/schemas';
import { useApi } from '../../api/hooks';
import type { FileCommands } from './useFileCommands';
import { ActsPanel } from '../acts/ActsPanel';
import { CountryTermsPanel } from '../terms/CountryTermsPanel';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import { formatDate } from '../words/words';
import styles from './AssessmentHome.module.css';

/** The start screen without an assessment; the assessment's overview with one. */
export function AssessmentHome({
  current,
  files,
  onOpenVersion,
}: {
  current: AssessmentSummary | null;
  files: FileCommands;
  onOpenVersion: (versionId: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const { nameOf } = useInstrumentNames();
  const recent = useApi('assessment:recent', {});
  const date = (iso: string) => formatDate(iso, i18n.language);

  if (current) {
    return (
      <div className={styles.assessmentHome}>
        <section className="panel assessment-overview" data-testid="assessment-overview">
          <h1>{current.title}</h1>
          {current.upgradedFrom !== null && (
            <p className="notice">
              {t('assessment.upgraded', { from: current.upgradedFrom, backup: current.backupPath })}
            </p>
          )}
          <dl className={styles.facts}>
            <dt>{t('assessment.country')}</dt>
            <dd data-testid="assessment-country">{current.country}</dd>
            <dt>{t('assessment.assessor')}</dt>
            <dd>{current.assessor}</dd>
            <dt>{t('assessment.instruments')}</dt>
            <dd>{current.instruments.map(nameOf).join(', ')}</dd>
            <dt>{t('assessment.created')}</dt>
            <dd>{date(current.createdAt)}</dd>
            <dt>{t('assessment.file')}</dt>
            <dd className={styles.path}>{current.path}</dd>
          </dl>
          <div className="actions">
            <button type="button" onClick={files.saveAs}>
              {t('assessment.saveAs')}
            </button>
            <button type="button" onClick={files.close}>
              {t('assessment.close')}
            </button>
          </div>
        </section>
        <ActsPanel onOpenVersion={onOpenVersion} />
        <CountryTermsPanel />
      </div>
    );
  }

  return (
    <section className="panel start" data-testid="start-screen">
      <h1>{t('app.name')}</h1>
      <p className={styles.tagline}>{t('app.tagline')}</p>
      <p>{t('start.intro')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={files.startNew} data-testid="new-assessment">
          {t('start.new')}
        </button>
        <button type="button" onClick={() => files.open()} data-testid="open-assessment">
          {t('start.open')}
        </button>
        <button type="button" onClick={files.openSample} disabled={files.busy} data-testid="open-sample">
          {t('start.sample')}
        </button>
      </div>
      <p className="muted">{t('start.sampleHint')}</p>
      <h2>{t('start.recent')}</h2>
      {recent.data?.length ? (
        <ul className={styles.recent} data-testid="recent-files">
          {recent.data.map((r) => (
            <li key={r.path}>
              <button
                type="button"
                className="link"
                disabled={!r.exists}
                onClick={() => files.open(r.path)}
                title={r.path}
              >
                {r.country} — {r.title}
              </button>
              <span className="muted"> {r.exists ? date(r.openedAt) : t('start.missing')}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('start.noRecent')}</p>
      )}
    </section>
  );
}
