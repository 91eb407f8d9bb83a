import { useTranslation } from 'react-i18next';
import { Citation } from '../words/Citation';
import type { ReviewDetail } from '../../../../shared/api/review-schemas';
import { useApi } from '../../api/hooks';
import { currentLanguage } from '../../i18n';
import styles from './ElementStatus.module.css';

/** The elements (act / means / purpose …) the analysis found present or missing, by group. */
export function ElementStatus({
  requirementId,
  elements,
}: {
  requirementId: string;
  elements: ReviewDetail['elements'];
}) {
  const { t } = useTranslation();
  const checklist = useApi('library:get-elements', { requirementId }, { enabled: elements.length > 0 });
  const lang = currentLanguage();
  if (!elements.length) return null;
  const groups = [...new Set(elements.map((e) => e.group))];
  const groupLabel = (id: string) => checklist.data?.groups.find((g) => g.id === id)?.label[lang] ?? id;
  const present = elements.filter((e) => e.present).length;
  return (
    <section className="element-status" aria-labelledby="elements-heading" data-testid="element-checklist">
      <h3 id="elements-heading">
        {t('review.elements')}{' '}
        <span className="muted">{t('review.elementsPresent', { present, total: elements.length })}</span>
      </h3>
      {groups.map((g) => (
        <div key={g} className={styles.elementGroupRow}>
          <h4>{groupLabel(g)}</h4>
          <ul>
            {elements
              .filter((e) => e.group === g)
              .map((e) => (
                <li
                  key={e.id}
                  className={e.present ? `${styles.element} ${styles.present}` : `${styles.element} ${styles.missing}`}
                  // The analysis's note is in English only.
                  title={lang === 'en' ? e.note || undefined : undefined}
                  data-testid="element"
                  data-present={e.present}
                >
                  <span className={styles.elementMark} aria-hidden="true">
                    {e.present ? '✓' : '✗'}
                  </span>
                  <span className="sr-only">{e.present ? t('review.present') : t('review.missing')}: </span>
                  {e.label[lang]}
                  {e.present && e.unitNumber && (
                    <span className="muted">
                      {' '}
                      — <Citation number={e.unitNumber} heading={e.unitHeading} versionId={e.versionId} />
                    </span>
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
