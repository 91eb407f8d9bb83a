import { useTranslation } from 'react-i18next';
import type { ReviewDetail } from '../../../../shared/api/review-schemas';
import type { UiLanguage } from '../../i18n';
import styles from './RequirementText.module.css';

const LANGUAGES: UiLanguage[] = ['en', 'fr', 'es'];

/**
 * The requirement's text: the official text of a treaty paragraph in the chosen language, or,
 * for a Model Law article, the editorial summary the library holds (marked as not verbatim).
 */
export function RequirementText({
  detail,
  modelLaw,
  language,
  onLanguage,
}: {
  detail: ReviewDetail;
  modelLaw: boolean;
  language: UiLanguage;
  onLanguage: (l: UiLanguage) => void;
}) {
  const { t } = useTranslation();
  const textOf = (l: UiLanguage) => (l === 'en' ? detail.text : (detail.translations[l] ?? null));
  const shown = textOf(language) ?? detail.text;
  const shownLanguage = textOf(language) ? language : 'en';
  return (
    <section className="req-text-block" aria-labelledby="req-text-heading">
      <div className={styles.blockHead}>
        <h3 id="req-text-heading">{modelLaw ? t('review.modelLawSummary') : t('review.officialText')}</h3>
        {!modelLaw && (
          <div className={styles.segmented} role="group" aria-label={t('review.textLanguage')}>
            {LANGUAGES.map((l) => (
              <button
                key={l}
                type="button"
                aria-pressed={shownLanguage === l}
                disabled={!textOf(l)}
                title={
                  textOf(l) ? t(`languageName.${l}`) : t('review.noTranslation', { language: t(`languageName.${l}`) })
                }
                onClick={() => onLanguage(l)}
                data-testid={`text-lang-${l}`}
              >
                {l.toUpperCase()}
              </button>
            ))}
          </div>
        )}
      </div>
      {modelLaw ? (
        <div className="editorial">
          <p className="eyebrow">{t('library.editorial')}</p>
          <p className={styles.reqText} lang={shownLanguage}>
            {shown}
          </p>
        </div>
      ) : (
        <blockquote className={styles.reqText} lang={shownLanguage} data-testid="requirement-text">
          {shown}
        </blockquote>
      )}
      {/* The reference data's notes are in English only. */}
      {detail.obligationNote && (
        <p className="note" lang="en">
          {detail.obligationNote}
        </p>
      )}
    </section>
  );
}
