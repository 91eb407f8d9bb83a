import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSource } from '../../../../shared/api/act-schemas';
import type { ImportInstrumentResult } from '../../../../shared/api/library-schemas';
import { CUSTOM_ID_MAX_LENGTH, customIdProblem, suggestCustomId } from '../../../../shared/reference/custom-id';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ImportProgress } from '../../components/ImportProgress';
import { sourceFromFile } from '../acts/fileSource';
import { SourceChooser } from '../../components/SourceChooser';
import { useDialog } from '../../components/useDialog';
import { useInstrumentImport } from './useInstrumentImport';
import styles from './ImportInstrumentDialog.module.css';

type Language = 'auto' | 'en' | 'fr' | 'es';

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
  const [source, setSource] = useState<ImportSource | null>(null);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [title, setTitle] = useState('');
  const [typedId, setTypedId] = useState<string | null>(null);
  const [shortTitle, setShortTitle] = useState('');
  const [citation, setCitation] = useState('');
  const [language, setLanguage] = useState<Language>('auto');
  const [touched, setTouched] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const id = typedId ?? suggestCustomId(title);
  const effectiveSource: ImportSource | null = pasting
    ? pasted.trim()
      ? { kind: 'text', text: pasted }
      : null
    : source;
  const idProblem = customIdProblem(id);
  const idError = idProblem
    ? t(`customInstrument.idProblem.${idProblem.code}`, { max: CUSTOM_ID_MAX_LENGTH })
    : props.takenIds.includes(id)
      ? t('customInstrument.idProblem.taken')
      : null;
  const missing = { source: !effectiveSource, title: !title.trim() };
  const invalid = missing.source || missing.title || idError !== null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (invalid || imp.running || !effectiveSource) return;
    const result = await imp.start({
      source: effectiveSource,
      id,
      title,
      language,
      ...(shortTitle.trim() ? { shortTitle } : {}),
      ...(citation.trim() ? { citation } : {}),
    });
    if (result) props.onImported(result);
  }

  async function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) {
      setPasting(false);
      setSource(await sourceFromFile(file));
    }
  }

  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-labelledby="import-instrument-heading">
      <form
        className={dragging ? 'modal wide dragging' : 'modal wide'}
        onSubmit={submit}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => void onDrop(e)}
        data-testid="import-instrument-dialog"
        noValidate
      >
        <h2 id="import-instrument-heading">{t('customInstrument.heading')}</h2>
        <p className="muted">{t('customInstrument.intro')}</p>
        {imp.error && <ErrorBanner error={imp.error} onDismiss={imp.clearError} />}
        <SourceChooser
          source={source}
          onSource={setSource}
          pasting={pasting}
          onPasting={setPasting}
          pasted={pasted}
          onPasted={setPasted}
          fileInput={fileInput}
          disabled={imp.running}
          testId="instrument"
          pastePlaceholder={t('customInstrument.pastePlaceholder')}
          hint={<span className="muted"> — {t('customInstrument.dropHint')}</span>}
        >
          {touched && missing.source && <small className="field-error">{t('customInstrument.sourceRequired')}</small>}
        </SourceChooser>
        <div className="form-grid">
          <label className={`field ${styles.wideField}`}>
            <span>{t('customInstrument.title')}</span>
            <input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              placeholder={t('customInstrument.titlePlaceholder')}
              aria-invalid={touched && missing.title}
              data-testid="instrument-title"
            />
            {touched && missing.title && <small className="field-error">{t('newAssessment.required')}</small>}
          </label>
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
          <label className="field">
            <span>{t('customInstrument.shortTitle')}</span>
            <input
              value={shortTitle}
              onChange={(e) => setShortTitle(e.target.value)}
              placeholder={t('customInstrument.shortTitlePlaceholder')}
              data-testid="instrument-short-title"
            />
          </label>
          <label className="field">
            <span>{t('customInstrument.citation')}</span>
            <input
              value={citation}
              onChange={(e) => setCitation(e.target.value)}
              placeholder={t('customInstrument.citationPlaceholder')}
              data-testid="instrument-citation"
            />
          </label>
          <label className="field">
            <span>{t('customInstrument.language')}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              <option value="auto">{t('import.detect')}</option>
              {(['en', 'fr', 'es'] as const).map((l) => (
                <option key={l} value={l}>
                  {t(`languageName.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {imp.progress && <ImportProgress progress={imp.progress} testId="instrument-import-progress" />}
        <div className="modal-actions">
          {imp.running ? (
            <button type="button" onClick={imp.cancel}>
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
            disabled={imp.running || (touched && invalid)}
            data-testid="instrument-import-submit"
          >
            {t('import.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
