import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActView, ImportResult, ImportSource, VersionStatus } from '../../../../shared/api/act-schemas';
import { isDesktop } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ImportProgress } from '../../components/ImportProgress';
import { SourceChooser } from '../../components/SourceChooser';
import { useImport } from './useImport';
import { useDialog } from '../../components/useDialog';

const STATUSES: VersionStatus[] = ['in-force', 'draft', 'adopted', 'repealed'];

/**
 * Import a law: choose a file (or take the dropped one, or paste text), say what it is
 * (title, year, language, new act or new version), then follow the progress; cancel at any time.
 */
export function ImportDialog(props: {
  acts: ActView[];
  initialSource: ImportSource | null;
  onClose: () => void;
  onImported: (r: ImportResult) => void;
}) {
  const { t } = useTranslation();
  const imp = useImport();
  useDialog(props.onClose, !imp.running);
  const [source, setSource] = useState<ImportSource | null>(props.initialSource);
  const [pasting, setPasting] = useState(props.initialSource?.kind === 'text');
  const [pasted, setPasted] = useState(props.initialSource?.kind === 'text' ? props.initialSource.text : '');
  const [title, setTitle] = useState('');
  const [year, setYear] = useState('');
  const [language, setLanguage] = useState<'auto' | 'en' | 'fr' | 'es'>('auto');
  const [actId, setActId] = useState<number | 0>(0);
  const [versionLabel, setVersionLabel] = useState('');
  const [status, setStatus] = useState<VersionStatus>('in-force');
  const fileInput = useRef<HTMLInputElement>(null);

  const yearNumber = year.trim() ? Number(year) : null;
  const yearInvalid = yearNumber !== null && (!Number.isInteger(yearNumber) || yearNumber < 1000 || yearNumber > 3000);
  const effectiveSource: ImportSource | null = pasting
    ? pasted.trim()
      ? { kind: 'text', text: pasted }
      : null
    : source;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (yearInvalid || imp.running) return;
    // In the desktop app without a chosen file, main shows the native file dialog.
    if (!effectiveSource && !isDesktop) return fileInput.current?.click();
    const r = await imp.start(effectiveSource ?? undefined, {
      title,
      year: yearNumber,
      language,
      actId: actId || undefined,
      versionLabel,
      status,
    });
    if (r) props.onImported(r);
  }

  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-labelledby="import-heading">
      <form className="modal wide" onSubmit={submit} data-testid="import-dialog" noValidate>
        <h2 id="import-heading">{t('import.heading')}</h2>
        {imp.error && <ErrorBanner error={imp.error} onDismiss={imp.clearError} />}
        <SourceChooser
          source={source}
          onSource={setSource}
          pasting={pasting}
          onPasting={setPasting}
          pasted={pasted}
          onPasted={setPasted}
          fileInput={fileInput}
          onChooseFile={() => (isDesktop ? setSource(null) : fileInput.current?.click())}
          disabled={imp.running}
          testId="import"
          pastePlaceholder={t('import.pastePlaceholder')}
        />
        <div className="form-grid">
          <label className="field">
            <span>{t('import.addTo')}</span>
            <select value={actId} onChange={(e) => setActId(Number(e.target.value))} data-testid="import-act">
              <option value={0}>{t('import.newAct')}</option>
              {props.acts.map((a) => (
                <option key={a.id} value={a.id}>
                  {t('import.newVersionOf', { title: a.title })}
                </option>
              ))}
            </select>
          </label>
          {actId === 0 && (
            <label className="field">
              <span>{t('import.title')}</span>
              <input
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                placeholder={t('import.titlePlaceholder')}
                data-testid="import-title"
              />
            </label>
          )}
          {actId === 0 && (
            <label className="field">
              <span>{t('import.year')}</span>
              <input
                value={year}
                onChange={(e) => setYear(e.target.value)}
                inputMode="numeric"
                aria-invalid={yearInvalid}
                data-testid="import-year"
              />
              {yearInvalid && <small className="field-error">{t('import.yearInvalid')}</small>}
            </label>
          )}
          <label className="field">
            <span>{t('import.language')}</span>
            <select
              value={language}
              onChange={(e) => setLanguage(e.target.value as typeof language)}
              data-testid="import-language"
            >
              <option value="auto">{t('import.detect')}</option>
              {(['en', 'fr', 'es'] as const).map((l) => (
                <option key={l} value={l}>
                  {t(`languageName.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('import.versionLabel')}</span>
            <input
              value={versionLabel}
              onChange={(e) => setVersionLabel(e.target.value)}
              placeholder={t('import.versionPlaceholder')}
            />
          </label>
          <label className="field">
            <span>{t('import.status')}</span>
            <select value={status} onChange={(e) => setStatus(e.target.value as VersionStatus)}>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`versionStatus.${s}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {imp.progress && <ImportProgress progress={imp.progress} testId="import-progress" />}
        <div className="modal-actions">
          {imp.running ? (
            <button type="button" onClick={imp.cancel} data-testid="import-cancel">
              {t('import.cancelImport')}
            </button>
          ) : (
            <button type="button" onClick={props.onClose}>
              {t('newAssessment.cancel')}
            </button>
          )}
          <button
            type="submit"
            className="primary"
            disabled={imp.running || yearInvalid || (pasting && !pasted.trim())}
            data-testid="import-submit"
          >
            {t('import.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
