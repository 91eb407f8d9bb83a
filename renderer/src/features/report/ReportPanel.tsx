import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/api/schemas';
import type { ApiError } from '../../../../shared/api/errors';
import { REQUIREMENT_STATUSES, type RequirementStatus } from '../../../../shared/domain/status';
import { ApiCallError, call, onEvent } from '../../api/client';
import { useApi } from '../../api/hooks';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import { UI_LANGUAGES, currentLanguage, type UiLanguage } from '../../i18n';

const STATUSES = REQUIREMENT_STATUSES;
type Kind = 'docx' | 'xlsx' | 'csv' | 'json';

/**
 * Export the recommendations report (Word), the mapping table (CSV) or the whole assessment
 * (JSON): instruments and statuses to include, report language, verbatim texts or not.
 */
export function ReportPanel({ current }: { current: AssessmentSummary }) {
  const { t } = useTranslation();
  const review = useApi('review:list', {});
  const { nameOf } = useInstrumentNames();
  const [language, setLanguage] = useState<UiLanguage>(currentLanguage());
  const [instruments, setInstruments] = useState<string[]>(current.instruments);
  const [statuses, setStatuses] = useState<RequirementStatus[]>([...STATUSES]);
  const [includeTexts, setIncludeTexts] = useState(true);
  const [fileName, setFileName] = useState('');
  // Who signs the report: the assessment's assessor, asked here when the assessment names none.
  const [assessor, setAssessor] = useState(current.assessor);
  const [organisation, setOrganisation] = useState('');
  const signs = (kind: Kind) => kind === 'docx' || kind === 'xlsx';
  const [progress, setProgress] = useState<{ fraction: number; stage: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const job = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('export:progress', (payload) => {
        if (payload.jobId === job.current) setProgress({ fraction: payload.fraction, stage: payload.stage });
      }),
    [],
  );

  const analysed = (review.data?.length ?? 0) > 0;
  const toggle = <T,>(list: T[], value: T) =>
    list.includes(value) ? list.filter((x) => x !== value) : [...list, value];

  async function run(kind: Kind) {
    const id = crypto.randomUUID();
    job.current = id;
    setError(null);
    setSaved(null);
    setProgress({ fraction: 0, stage: '' });
    try {
      const r = await call('report:export', {
        jobId: id,
        kind,
        language,
        instruments,
        statuses,
        includeTexts,
        ...(fileName.trim() ? { fileName: fileName.trim() } : {}),
        ...(signs(kind) && assessor.trim()
          ? { assessor: { name: assessor.trim(), organisation: organisation.trim() } }
          : {}),
      });
      if (r) setSaved(r.path);
    } catch (e) {
      setError(e instanceof ApiCallError ? e.error : { code: 'internal', message: String(e) });
    } finally {
      job.current = null;
      setProgress(null);
    }
  }

  return (
    <section className="panel report-panel" data-testid="report-panel">
      <header className="panel-head">
        <h2>{t('report.heading')}</h2>
      </header>
      {error && <ErrorBanner error={error} onDismiss={() => setError(null)} />}
      {!analysed ? (
        <p className="muted">{t('report.needAnalysis')}</p>
      ) : (
        <>
          <div className="form-grid">
            <fieldset className="field">
              <legend>{t('report.instruments')}</legend>
              {current.instruments.map((i) => (
                <label key={i} className="checkbox">
                  <input
                    type="checkbox"
                    checked={instruments.includes(i)}
                    onChange={() => setInstruments(toggle(instruments, i))}
                  />
                  <span>{nameOf(i)}</span>
                </label>
              ))}
            </fieldset>
            <fieldset className="field">
              <legend>{t('report.statuses')}</legend>
              {STATUSES.map((s) => (
                <label key={s} className="checkbox">
                  <input
                    type="checkbox"
                    checked={statuses.includes(s)}
                    onChange={() => setStatuses(toggle(statuses, s))}
                    data-testid={`report-status-${s}`}
                  />
                  <span>{t(`reviewStatus.${s}`)}</span>
                </label>
              ))}
              <button
                type="button"
                className="link"
                onClick={() => setStatuses(['gap', 'partial'])}
                data-testid="report-only-gaps"
              >
                {t('report.onlyGaps')}
              </button>
            </fieldset>
            <div>
              <label className="field">
                <span>{t('report.assessor')}</span>
                <input
                  value={assessor}
                  onChange={(e) => setAssessor(e.target.value)}
                  placeholder={t('report.assessorPlaceholder')}
                  required
                  data-testid="report-assessor"
                />
              </label>
              <label className="field">
                <span>{t('report.organisation')}</span>
                <input
                  value={organisation}
                  onChange={(e) => setOrganisation(e.target.value)}
                  placeholder={t('report.organisationPlaceholder')}
                  data-testid="report-organisation"
                />
              </label>
              <label className="field">
                <span>{t('report.language')}</span>
                <select
                  value={language}
                  onChange={(e) => setLanguage(e.target.value as UiLanguage)}
                  data-testid="report-language"
                >
                  {UI_LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {t(`languageName.${l}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="checkbox">
                <input type="checkbox" checked={includeTexts} onChange={(e) => setIncludeTexts(e.target.checked)} />
                <span>{t('report.includeTexts')}</span>
              </label>
              <label className="field">
                <span>{t('report.fileName')}</span>
                <input
                  value={fileName}
                  onChange={(e) => setFileName(e.target.value)}
                  placeholder={t('report.fileNamePlaceholder')}
                />
              </label>
            </div>
          </div>
          {progress && (
            <div className="progress" data-testid="report-progress">
              <progress max={1} value={progress.fraction} />
              <span>{progress.stage}</span>
            </div>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={!!progress || instruments.length === 0 || statuses.length === 0 || !assessor.trim()}
              onClick={() => void run('docx')}
              data-testid="export-docx"
            >
              {t('report.exportDocx')}
            </button>
            <button
              type="button"
              disabled={!!progress || instruments.length === 0 || !assessor.trim()}
              onClick={() => void run('xlsx')}
              data-testid="export-xlsx"
            >
              {t('report.exportXlsx')}
            </button>
            <button type="button" disabled={!!progress} onClick={() => void run('csv')} data-testid="export-csv">
              {t('report.exportCsv')}
            </button>
            <button type="button" disabled={!!progress} onClick={() => void run('json')} data-testid="export-json">
              {t('report.exportJson')}
            </button>
          </div>
          {!assessor.trim() && (
            <p className="muted" data-testid="report-assessor-needed">
              {t('report.assessorNeeded')}
            </p>
          )}
          {saved && (
            <p className="notice" data-testid="report-saved">
              {t('report.saved', { path: saved })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
