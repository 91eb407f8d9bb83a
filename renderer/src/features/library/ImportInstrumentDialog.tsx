import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportInstrumentResult } from '../../../../shared/api/library-schemas';
import { CUSTOM_ID_MAX_LENGTH, customIdProblem, suggestCustomId } from '../../../../shared/reference/custom-id';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ImportFooter } from '../../components/ImportFooter';
import { ImportLanguageField, TextField, type ImportLanguage } from '../../components/Field';
import { SourceChooser } from '../../components/SourceChooser';
import { useFileDrop, useImportSource } from '../../components/useImportSource';
import { useDialog } from '../../components/useDialog';
import { useInstrumentImport } from './useInstrumentImport';
import styles from './ImportInstrumentDialog.module.css';

/**
 * Import an instrument into the user's library: its text (a file chosen or dropped, or pasted),
 * its title, id and short title, then the progress, cancellable. The id is proposed from the
 * title until the user edits it.
 */
export function ImportInstrumentDialog(props: {
  /** Ids already in the library, to say at once that an id is taken. */
  takenIds: string[];
  onClose: () => void;
  onImported: (result: ImportInstrumentResult) => void;
}) {
  const { t } = useTranslation();
  const imp = useInstrumentImport();
  useDialog(props.onClose, !imp.running);
  const from = useImportSource();
  const drop = useFileDrop(from.takeFile);
  const [title, setTitle] = useState('');
  const [typedId, setTypedId] = useState<string | null>(null);
  const [shortTitle, setShortTitle] = useState('');
  const [citation, setCitation] = useState('');
  const [language, setLanguage] = useState<ImportLanguage>('auto');
  const [touched, setTouched] = useState(false);

  const id = typedId ?? suggestCustomId(title);
  const idProblem = customIdProblem(id);
  const idError = idProblem
    ? t(`customInstrument.idProblem.${idProblem.code}`, { max: CUSTOM_ID_MAX_LENGTH })
    : props.takenIds.includes(id)
      ? t('customInstrument.idProblem.taken')
      : null;
  const missing = { source: !from.source, title: !title.trim() };
  const invalid = missing.source || missing.title || idError !== null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (invalid || imp.running || !from.source) return;
    const result = await imp.start({
      source: from.source,
      id,
      title,
      language,
      ...(shortTitle.trim() ? { shortTitle } : {}),
      ...(citation.trim() ? { citation } : {}),
    });
    if (result) props.onImported(result);
  }

  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-labelledby="import-instrument-heading">
      <form
        className={drop.dragging ? 'modal wide dragging' : 'modal wide'}
        onSubmit={submit}
        {...drop.handlers}
        data-testid="import-instrument-dialog"
        noValidate
      >
        <h2 id="import-instrument-heading">{t('customInstrument.heading')}</h2>
        <p className="muted">{t('customInstrument.intro')}</p>
        {imp.error && <ErrorBanner error={imp.error} onDismiss={imp.clearError} />}
        <SourceChooser
          state={from}
          disabled={imp.running}
          testId="instrument"
          pastePlaceholder={t('customInstrument.pastePlaceholder')}
          hint={<span className="muted"> — {t('customInstrument.dropHint')}</span>}
        >
          {touched && missing.source && <small className="field-error">{t('customInstrument.sourceRequired')}</small>}
        </SourceChooser>
        <div className="form-grid">
          <TextField
            className={styles.wideField}
            label={t('customInstrument.title')}
            value={title}
            onChange={setTitle}
            placeholder={t('customInstrument.titlePlaceholder')}
            invalid={touched && missing.title}
            testId="instrument-title"
          >
            {touched && missing.title && <small className="field-error">{t('newAssessment.required')}</small>}
          </TextField>
          <label className="field">
            <span>{t('customInstrument.id')}</span>
            <input
              value={id}
              onChange={(e) => setTypedId(e.target.value.trim())}
              aria-invalid={(touched || typedId !== null) && idError !== null}
              aria-describedby="instrument-id-help"
              spellCheck={false}
              data-testid="instrument-id"
            />
            {(touched || typedId !== null) && idError ? (
              <small className="field-error" data-testid="instrument-id-error">
                {idError}
              </small>
            ) : (
              <small className="muted" id="instrument-id-help">
                {t('customInstrument.idHelp', { example: `${id || 'coe-convention'}:4` })}
              </small>
            )}
          </label>
          <TextField
            label={t('customInstrument.shortTitle')}
            value={shortTitle}
            onChange={setShortTitle}
            placeholder={t('customInstrument.shortTitlePlaceholder')}
            testId="instrument-short-title"
          />
          <TextField
            label={t('customInstrument.citation')}
            value={citation}
            onChange={setCitation}
            placeholder={t('customInstrument.citationPlaceholder')}
            testId="instrument-citation"
          />
          <ImportLanguageField label={t('customInstrument.language')} value={language} onChange={setLanguage} />
        </div>
        <ImportFooter
          job={imp}
          onClose={props.onClose}
          submitDisabled={imp.running || (touched && invalid)}
          testIds={{ progress: 'instrument-import-progress', submit: 'instrument-import-submit' }}
        />
      </form>
    </div>
  );
}
