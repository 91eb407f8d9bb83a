import { clsx } from 'clsx';
import { useId, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewDetail } from '../../../../shared/api/review-schemas';
import { useAutosave, type SaveState } from './useAutosave';
import styles from './AssessmentFields.module.css';

type TextField = 'finding' | 'recommendation' | 'proposedWording';

function SaveNote({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <span
      className={clsx('save-note', styles[`save-${state}`])}
      aria-live="polite"
      data-testid="save-state"
      data-state={state}
    >
      {state === 'idle' ? '' : t(`review.save.${state}`)}
    </span>
  );
}

function AutosaveArea({
  field,
  initial,
  label,
  hint,
  rows,
  save,
  areaRef,
  children,
}: {
  field: TextField;
  initial: string | null;
  label: string;
  hint?: string;
  rows: number;
  save: (field: TextField, value: string | null) => Promise<unknown>;
  areaRef?: RefObject<HTMLTextAreaElement | null>;
  children?: (api: { value: string; replace: (text: string) => void }) => ReactNode;
}) {
  const id = useId();
  const { value, change, flush, state } = useAutosave(initial, (v) => save(field, v));
  return (
    <div className={styles.textField} data-testid="assessment-field">
      <div className={styles.textFieldHead}>
        <label htmlFor={id}>{label}</label>
        <SaveNote state={state} />
        {children?.({
          value,
          replace: (text) => {
            change(text);
            flush();
          },
        })}
      </div>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        ref={areaRef}
        rows={rows}
        value={value}
        onChange={(e) => change(e.target.value)}
        onBlur={flush}
        aria-describedby={hint ? `${id}-hint` : undefined}
        data-testid={`field-${field}`}
      />
    </div>
  );
}

/**
 * The reviewer's reasoning: finding, recommendation (which can start from the Model Law) and
 * proposed replacement wording. Saved while typing; see useAutosave.
 */
export function AssessmentFields({
  detail,
  save,
  findingRef,
}: {
  detail: ReviewDetail;
  save: (field: TextField, value: string | null) => Promise<unknown>;
  findingRef: RefObject<HTMLTextAreaElement | null>;
}) {
  const { t, i18n } = useTranslation();
  const suggestion = detail.suggestedRecommendations?.[i18n.language as 'en' | 'fr' | 'es'] ?? null;
  const labels: Record<TextField, string> = {
    finding: t('review.finding'),
    recommendation: t('review.recommendation'),
    proposedWording: t('review.proposedWording'),
  };
  const area = (field: TextField, rows: number) => ({
    field,
    initial: detail[field],
    label: labels[field],
    rows,
    save,
  });
  return (
    <section className={styles.assessmentFields} aria-labelledby="assessment-heading">
      <h3 id="assessment-heading">{t('review.assessment')}</h3>
      <AutosaveArea {...area('finding', 4)} hint={t('review.findingHint')} areaRef={findingRef} />
      <AutosaveArea {...area('recommendation', 4)}>
        {({ value, replace }) =>
          suggestion && (
            <button
              type="button"
              className={styles.useModelLaw}
              disabled={value.includes(suggestion)}
              onClick={() => replace(value.trim() ? `${value.trimEnd()}\n\n${suggestion}` : suggestion)}
              data-testid="use-model-law"
            >
              {t('review.useModelLaw')}
            </button>
          )
        }
      </AutosaveArea>
      <AutosaveArea {...area('proposedWording', 6)} hint={t('review.proposedWordingHint')} />
    </section>
  );
}
