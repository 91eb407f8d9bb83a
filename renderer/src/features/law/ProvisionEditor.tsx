import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProvisionRow } from '../../../../shared/api/act-schemas';
import { PROVISION_LEVELS } from '../../../../shared/domain/provision';
import styles from './ProvisionEditor.module.css';

/** Change a provision's number, label, heading or level. */
export function ProvisionEditor(props: {
  row: ProvisionRow;
  onSave: (changes: { number: string; label: string; heading: string | null; level: ProvisionRow['level'] }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { row } = props;
  const [number, setNumber] = useState(row.number);
  const [label, setLabel] = useState(row.label);
  const [heading, setHeading] = useState(row.heading ?? '');
  const [level, setLevel] = useState(row.level);
  function submit(e: FormEvent) {
    e.preventDefault();
    props.onSave({ number: number.trim(), label: label.trim(), heading: heading.trim() || null, level });
  }
  return (
    <form className={styles.provisionEditor} onSubmit={submit} data-testid="provision-editor">
      <label>
        <span>{t('law.number')}</span>
        <input value={number} onChange={(e) => setNumber(e.target.value)} data-testid="edit-number" />
      </label>
      <label>
        <span>{t('law.label')}</span>
        <input value={label} onChange={(e) => setLabel(e.target.value)} data-testid="edit-label" />
      </label>
      <label className={styles.grow}>
        <span>{t('law.heading')}</span>
        <input value={heading} onChange={(e) => setHeading(e.target.value)} data-testid="edit-heading" />
      </label>
      <label>
        <span>{t('law.level')}</span>
        <select
          value={level}
          onChange={(e) => setLevel(e.target.value as ProvisionRow['level'])}
          data-testid="edit-level"
        >
          {PROVISION_LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`level.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" data-testid="edit-save">
        {t('law.save')}
      </button>
      <button type="button" onClick={props.onCancel}>
        {t('newAssessment.cancel')}
      </button>
    </form>
  );
}
