import clsx from 'clsx';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import type { FileCommands } from './useFileCommands';
import { OBLIGATIONS, type Obligation } from '../../../../shared/reference/types';
import { useDialog } from '../../components/useDialog';
import { useInstrumentNames } from '../../hooks/useInstrumentNames';
import styles from './NewAssessmentDialog.module.css';
import { inLanguage } from '../words/words';

/** File → New assessment: country, title, assessor and the instruments that apply. */
export function NewAssessmentDialog({ defaultAssessor, files }: { defaultAssessor: string; files: FileCommands }) {
  const { t, i18n } = useTranslation();
  const instruments = useApi('library:list-instruments', {});
  const [country, setCountry] = useState('');
  const [title, setTitle] = useState('');
  const [assessor, setAssessor] = useState(defaultAssessor);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [obligations, setObligations] = useState<Obligation[]>([...OBLIGATIONS]);
  const [touched, setTouched] = useState(false);
  const { nameOf } = useInstrumentNames();
  useDialog(files.cancelNew);
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => firstField.current?.focus(), []);

  const selected = chosen ?? instruments.data?.map((i) => i.id) ?? [];
  const missing = {
    country: !country.trim(),
    title: !title.trim(),
    assessor: !assessor.trim(),
    instruments: selected.length === 0,
    obligations: obligations.length === 0,
  };
  const invalid = Object.values(missing).some(Boolean);

  function submit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (invalid) return;
    void files.submitNew({
      country,
      title,
      assessor,
      instruments: selected,
      ...(obligations.length < OBLIGATIONS.length ? { obligations } : {}),
    });
  }

  const toggle = (id: string) =>
    setChosen(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);

  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-labelledby="new-assessment-heading">
      <form className="modal" onSubmit={submit} data-testid="new-assessment-dialog" noValidate>
        <h2 id="new-assessment-heading">{t('newAssessment.heading')}</h2>
        <label className="field">
          <span>{t('assessment.country')}</span>
          <input
            ref={firstField}
            name="country"
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            placeholder={t('newAssessment.countryPlaceholder')}
            aria-invalid={touched && missing.country}
          />
          {touched && missing.country && <small className="field-error">{t('newAssessment.required')}</small>}
        </label>
        <label className="field">
          <span>{t('assessment.title')}</span>
          <input
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={t('newAssessment.titlePlaceholder')}
            aria-invalid={touched && missing.title}
          />
          {touched && missing.title && <small className="field-error">{t('newAssessment.required')}</small>}
        </label>
        <label className="field">
          <span>{t('assessment.assessor')}</span>
          <input
            name="assessor"
            value={assessor}
            onChange={(e) => setAssessor(e.target.value)}
            placeholder={t('newAssessment.assessorPlaceholder')}
            aria-invalid={touched && missing.assessor}
            aria-describedby="assessor-help"
          />
          <small id="assessor-help" className="muted">
            {t('newAssessment.assessorHelp')}
          </small>
          {touched && missing.assessor && <small className="field-error">{t('newAssessment.required')}</small>}
        </label>
        <fieldset className="field">
          <legend>{t('assessment.instruments')}</legend>
          <p className="muted">{t('newAssessment.instrumentsHelp')}</p>
          {instruments.data?.map((i) => (
            <label key={i.id} className="checkbox">
              <input
                type="checkbox"
                name="instrument"
                value={i.id}
                checked={selected.includes(i.id)}
                onChange={() => toggle(i.id)}
              />
              <span>
                {nameOf(i.id)}
                <small className={clsx('muted', styles.fullTitle)} lang={i.kind === 'custom' ? i.language : undefined}>
                  {i.kind === 'custom' ? i.title : inLanguage(i.title, i.titleTranslations, i18n.language)}
                </small>
              </span>
              {i.partial && <span className="badge partial">{t('library.partial')}</span>}
            </label>
          ))}
          {touched && missing.instruments && <small className="field-error">{t('newAssessment.chooseOne')}</small>}
        </fieldset>
        <fieldset className="field">
          <legend>{t('newAssessment.obligations')}</legend>
          <p className="muted">{t('newAssessment.obligationsHelp')}</p>
          <div className={styles.inlineChecks}>
            {OBLIGATIONS.map((o) => (
              <label key={o} className="checkbox">
                <input
                  type="checkbox"
                  name="obligation"
                  value={o}
                  checked={obligations.includes(o)}
                  onChange={() =>
                    setObligations(obligations.includes(o) ? obligations.filter((x) => x !== o) : [...obligations, o])
                  }
                />
                <span>{t(`obligation.${o}`)}</span>
              </label>
            ))}
          </div>
          {touched && missing.obligations && (
            <small className="field-error">{t('newAssessment.chooseOneObligation')}</small>
          )}
        </fieldset>
        <div className="modal-actions">
          <button type="button" onClick={files.cancelNew}>
            {t('newAssessment.cancel')}
          </button>
          <button type="submit" className="primary" disabled={files.busy} data-testid="create-assessment">
            {t('newAssessment.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
