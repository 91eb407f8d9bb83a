import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult, ImportSource, VersionStatus } from '../../../../shared/api/act-schemas';
import { useApi } from '../../api/hooks';
import { isDesktop } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ImportFooter } from '../../components/ImportFooter';
import { ImportLanguageField, TextField, type ImportLanguage } from '../../components/Field';
import { SourceChooser } from '../../components/SourceChooser';
import { useImportSource } from '../../components/useImportSource';
import { useImport } from './useImport';
import { useDialog } from '../../components/useDialog';

const STATUSES: VersionStatus[] = ['in-force', 'draft', 'adopted', 'repealed'];

/**
 * Import a law: choose a file (or take the dropped one, or paste text), say what it is
 * (title, year, language, new act or new version), then follow the progress; cancel at any time.
 * Once the law is imported the dialog closes (onClose) and reports it (onImported).
 */
export function ImportDialog(props: {
  /** A file dropped or text pasted before the dialog opened. */
  initialSource?: ImportSource | null;
  onClose: () => void;
  onImported: (r: ImportResult) => void;
}) {
  const { t } = useTranslation();
  const acts = useApi('act:list', {});
  const imp = useImport();
  useDialog(props.onClose, !imp.running);
  const from = useImportSource(props.initialSource ?? null);
  const [title, setTitle] = useState('');
  const [year, setYear] = useState('');
  const [language, setLanguage] = useState<ImportLanguage>('auto');
  const [actId, setActId] = useState<number | 0>(0);
  const [versionLabel, setVersionLabel] = useState('');
  const [status, setStatus] = useState<VersionStatus>('in-force');

  const yearNumber = year.trim() ? Number(year) : null;
  const yearInvalid = yearNumber !== null && (!Number.isInteger(yearNumber) || yearNumber < 1000 || yearNumber > 3000);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (yearInvalid || imp.running) return;
    // In the desktop app without a chosen file, main shows the native file dialog.
    if (!from.source && !isDesktop) return from.fileInput.current?.click();
    const r = await imp.start(from.source ?? undefined, {
      title,
      year: yearNumber,
      language,
      actId: actId || undefined,
      versionLabel,
      status,
    });
    if (!r) return;
    props.onClose();
    props.onImported(r);
  }

  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-labelledby="import-heading">
      <form className="modal wide" onSubmit={submit} data-testid="import-dialog" noValidate>
        <h2 id="import-heading">{t('import.heading')}</h2>
        {imp.error && <ErrorBanner error={imp.error} onDismiss={imp.clearError} />}
        <SourceChooser
          state={from}
          onChooseFile={() => (isDesktop ? from.setFile(null) : from.fileInput.current?.click())}
          disabled={imp.running}
          testId="import"
          pastePlaceholder={t('import.pastePlaceholder')}
        />
        <div className="form-grid">
          <label className="field">
            <span>{t('import.addTo')}</span>
            <select value={actId} onChange={(e) => setActId(Number(e.target.value))} data-testid="import-act">
              <option value={0}>{t('import.newAct')}</option>
              {(acts.data ?? []).map((a) => (
                <option key={a.id} value={a.id}>
                  {t('import.newVersionOf', { title: a.title })}
                </option>
              ))}
            </select>
          </label>
          {actId === 0 && (
            <TextField
              label={t('import.title')}
              value={title}
              onChange={setTitle}
              placeholder={t('import.titlePlaceholder')}
              testId="import-title"
            />
          )}
          {actId === 0 && (
            <TextField
              label={t('import.year')}
              value={year}
              onChange={setYear}
              inputMode="numeric"
              invalid={yearInvalid}
              testId="import-year"
            >
              {yearInvalid && <small className="field-error">{t('import.yearInvalid')}</small>}
            </TextField>
          )}
          <ImportLanguageField
            label={t('import.language')}
            value={language}
            onChange={setLanguage}
            testId="import-language"
          />
          <TextField
            label={t('import.versionLabel')}
            value={versionLabel}
            onChange={setVersionLabel}
            placeholder={t('import.versionPlaceholder')}
          />
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
        <ImportFooter
          job={imp}
          onClose={props.onClose}
          submitDisabled={imp.running || yearInvalid || (from.pasting && !from.pasted.trim())}
          testIds={{ progress: 'import-progress', submit: 'import-submit', cancel: 'import-cancel' }}
        />
      </form>
    </div>
  );
}
